"""Stories: near-duplicates, shared passages, incremental clustering, storylines, the store and CLI."""
from __future__ import annotations

import json
import math

import pytest

from kabar.model import Document, Source, content_id
from kabar.stories.cluster import Clusterer, Story, Weights, date_factor, entity_overlap
from kabar.stories.dedup import near_duplicates, shared_passages
from kabar.stories.evaluate import bcubed
from kabar.stories.features import Features

QUAKE = ("Gempa bermagnitudo 6,1 mengguncang Kabupaten Bone Bolango pada Selasa dini hari. Sedikitnya tujuh warga "
         "meninggal dunia tertimpa reruntuhan rumah. Badan Penanggulangan Bencana Daerah mendirikan tenda pengungsian "
         "di lapangan desa. Ratusan rumah warga rusak berat akibat guncangan yang terasa hingga Gorontalo.")
QUAKE_EDIT = QUAKE.replace("Sedikitnya tujuh", "Tujuh") + " Warga diminta menjauhi bangunan yang retak."
RICE = ("Harga beras medium di pasar induk naik tajam dalam sepekan terakhir. Pedagang mengeluhkan pasokan dari "
        "sentra produksi yang seret karena panen mundur. Pemerintah menyiapkan operasi pasar untuk menahan harga.")


def make_doc(text: str) -> Document:
    """A stored-looking document (clean text, a publication date)."""
    return Document(id=content_id(text), source=Source(path=f"{content_id(text)}.txt"), raw=text,
                    published="2024-05-21", language="id", text=text)


def feats(doc_id, words, ents, day):
    terms = {w: 2 for w in words}
    return Features(doc_id, terms, {w: 1 for w in words[:3]}, {e: 1 for e in ents}, day, [day], doc_id)


@pytest.mark.parametrize("a, b, copies", [(QUAKE, QUAKE_EDIT, 1), (QUAKE, RICE, 0), (RICE, RICE, 1)])
def test_near_duplicates(a, b, copies):
    assert len(near_duplicates([("a", a), ("b", b)])) == copies


def test_shared_passages_report_what_each_outlet_added():
    sp = shared_passages(QUAKE, QUAKE_EDIT)
    assert len(sp.shared) == 4 and sp.only_a == []
    assert sp.only_b == ["Warga diminta menjauhi bangunan yang retak."]


@pytest.mark.parametrize("gap, expected", [(0, 1.0), (3, 1.0), (30, 0.0)])
def test_date_factor(gap, expected):
    assert date_factor([100], {100 + gap}, Weights()) == pytest.approx(expected)


QUAKE_W = ["gempa", "guncang", "bolango", "korban", "rumah", "tenda"]
RICE_W = ["beras", "harga", "pasar", "pasok", "impor", "bulog"]


@pytest.mark.parametrize("docs, gold", [
    ([("q1", QUAKE_W, ["bnpb"], 10), ("r1", RICE_W, ["bulog"], 10), ("q2", QUAKE_W[1:], ["bnpb"], 11)],
     {"q1": "q", "q2": "q", "r1": "r"}),
    # the same words a year apart are two stories
    ([("q1", QUAKE_W, ["bnpb"], 10), ("q2", QUAKE_W, ["bnpb"], 375)], {"q1": "a", "q2": "b"}),
])
def test_incremental_clustering(docs, gold):
    c = Clusterer()
    pred = {d: c.assign(feats(d, w, e, day)) for d, w, e, day in docs}
    assert bcubed(gold, pred)["f1"] == 1.0


def test_store_assigns_new_documents_without_reclustering(tmp_path):
    from kabar.store import Store
    from kabar.store.stories import assign_pending, list_stories
    with Store(tmp_path / "k.db") as store:
        store.add(make_doc(QUAKE))
        assert assign_pending(store) == 1
        first = list_stories(store)
        store.add(make_doc(RICE))
        assert assign_pending(store) == 1  # only the new one
        rows = list_stories(store)
    assert sorted(d for s in rows for d in s["documents"]) == sorted(
        [first[0]["documents"][0], *[d for s in rows for d in s["documents"] if d != first[0]["documents"][0]]])
    assert {s["id"] for s in first} <= {s["id"] for s in rows}
    assert all(set(s) == {"id", "title", "documents", "start", "end", "storyline"} for s in rows)


def test_cli_stories_json(tmp_path):
    from click.testing import CliRunner
    from kabar.cli import cli
    from kabar.store import Store
    db = tmp_path / "k.db"
    with Store(db) as store:
        store.add(make_doc(QUAKE))
    out = CliRunner().invoke(cli, ["stories", "--db", str(db), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert len(json.loads(out.output)) == 1


@pytest.mark.parametrize("doc_ents, story_ents, expected", [
    ({"a": 1, "b": 1}, {"a": 1}, 0.5),
    # the entity named four times carries more of the document than the one named once
    ({"a": 4, "b": 1}, {"a": 1}, (1 + math.log(4)) / (2 + math.log(4))),
    ({"a": 1}, {}, 0.0),
])
def test_entity_overlap_weighs_mentions(doc_ents, story_ents, expected):
    assert entity_overlap(doc_ents, story_ents, lambda k: 1.0) == pytest.approx(expected)


def test_entity_match_is_mutual_a_story_naming_much_else_matches_less():
    c = Clusterer()
    summit = Features("a", {"piagam": 2, "tanda": 2}, {"piagam": 1},
                      {"prabowo": 3, "trump": 2, "davos": 3, "dewan perdamaian": 4, "forum ekonomi dunia": 2}, 100, [100])
    story = c.stories[c.assign(summit)]
    call = Features("b", {"ucapan": 2, "selamat": 2}, {"ucapan": 1}, {"prabowo": 2, "trump": 2}, 101, [101])
    every = Features("c", {"ucapan": 2, "selamat": 2}, {"ucapan": 1}, dict(summit.entities), 101, [101])
    for f in (call, every):
        c.df.add(f)
    # no shared words: the score is the entity weight times the entity match; every name of the call is in
    # the story, but most of the story's (the summit, the city, the charter) are not in the call
    assert c.score(every, story) == pytest.approx(c.w.entity)
    assert c.score(call, story) < 0.7 * c.w.entity


def test_document_matches_a_member_when_the_centroid_has_drifted():
    # one event told from many angles (joined on a shared name); a late report repeats one angle, names no one
    c = Clusterer()
    angles = [[f"w{a}{i}" for i in range(6)] for a in range(10)]
    ids = {c.assign(feats(f"q{a}", words, ["bnpb"], 10)) for a, words in enumerate(angles)}
    assert len(ids) == 1
    c.assign(feats("r1", RICE_W, ["bulog"], 10))
    assert c.assign(feats("late", angles[9], [], 11)) in ids


def test_story_state_round_trips_and_reads_old_state():
    c = Clusterer()
    sid = c.assign(feats("q1", QUAKE_W, ["bnpb"], 10))
    state = c.stories[sid].to_json()
    assert Story.from_json(json.loads(json.dumps(state))).members == c.stories[sid].members
    old = {k: v for k, v in state.items() if k != "members"}
    assert Story.from_json(old).members == []


def test_a_real_headline_replaces_a_lead_sentence_as_the_story_label():
    lead = Features("a", {"gempa": 3}, {"gempa": 1}, {}, 100, [100], "Gempa mengguncang kota itu Selasa dini hari.",
                    label_is_title=False)
    titled = Features("b", {"gempa": 3}, {"gempa": 1}, {}, 100, [100], "Gempa M6,2 Guncang Bone Bolango")
    later = Features("c", {"gempa": 3}, {"gempa": 1}, {}, 100, [100], "Warga Bone Bolango Mengungsi")
    story = Story("s1")
    for f in (lead, titled, later):
        story.add(f)
    assert story.label == "Gempa M6,2 Guncang Bone Bolango"
    assert Story.from_json(json.loads(json.dumps(story.to_json()))).label_is_title is True


def test_a_long_story_matches_on_the_names_its_members_share_not_on_every_name_it_met():
    story = Story("s1")
    for i in range(20):  # twenty reports naming the same two parties and one passer-by each
        story.add(Features(f"d{i}", {"banjir": 2}, {}, {"bpbd": 2, "bupati": 1, f"saksi{i}": 1}, 100, [100], ""))
    core = story.core_entities()
    assert {"bpbd", "bupati"} <= set(core) and not any(e.startswith("saksi") for e in core)
    small = Story("s2")
    small.add(Features("x", {"banjir": 2}, {}, {"bpbd": 1, "saksi": 1}, 100, [100], ""))
    assert set(small.core_entities()) == {"bpbd", "saksi"}  # a short story keeps every name


def test_undated_reports_are_assigned_after_the_dated_ones():
    """Assigned first, an undated report opens a story that the next dated report joins, whatever
    its year; assigned last it joins the story of its own days."""
    from kabar.stories.cluster import assignment_key
    old = feats("old", ["banjir", "sungai", "tanggul", "warga", "posko", "hujan"], ["bpbd"], 100)
    new = feats("new", ["banjir", "sungai", "tanggul", "warga", "posko", "hujan"], ["bpbd"], 1200)
    undated = feats("undated", ["banjir", "sungai", "tanggul", "warga", "posko", "hujan"], ["bpbd"], None)
    undated.days = []
    order = sorted([undated, new, old], key=assignment_key)
    assert [f.doc_id for f in order] == ["old", "new", "undated"]


def test_an_undated_report_matching_two_occasions_alike_opens_its_own_story():
    """Without any date, a report as close to the tariff story of April as to the one of July cannot say
    which it reports; closer to one of them, it joins it."""
    words = ["tarif", "impor", "persen", "negosiasi", "dagang", "ekspor"]
    c = Clusterer()
    april = c.assign(feats("april", words, ["trump", "prabowo"], 1000))
    july = c.assign(feats("july", words, ["trump", "prabowo"], 1090))
    assert april != july
    undated = feats("undated", words, ["trump", "prabowo"], None)
    undated.event_days = []
    assert c.assign(undated) not in (april, july)
    c = Clusterer()
    april = c.assign(feats("april", words, ["trump", "prabowo"], 1000))
    c.assign(feats("july", ["surat", "tetap", "agustus", "berlaku", "dagang", "ekspor"], ["trump", "prabowo"], 1090))
    assert c.assign(undated) == april
