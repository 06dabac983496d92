"""Summary (MMR, all sources cited), only-here facts, actors and quotes on invented articles."""
from __future__ import annotations

import pytest

from kabar.brief.actors import actors, quotes
from kabar.brief.sources import sentences
from kabar.brief.summary import MAX_SENTENCES, MIN_SENTENCES, summarize, target_length
from kabar.brief.unique import only_here


def test_target_length_stays_between_five_and_eight():
    assert [target_length(n) for n in (1, 2, 4, 10)] == [5, 6, 8, 8]


def test_summary_cites_every_outlet_stating_a_sentence(invented_docs):
    sents = {d.id: sentences(d) for d in invented_docs}
    out = summarize(sents)
    assert MIN_SENTENCES <= len(out) <= MAX_SENTENCES
    assert len({s["text"] for s in out}) == len(out)
    text = {d.id: d.text for d in invented_docs}
    for item in out:
        first = item["sources"][0]
        assert text[first["doc_id"]][first["start"]:first["end"]].strip() == item["text"]
        assert len({r["doc_id"] for r in item["sources"]}) == len(item["sources"])
    # The lead (issue 13) is chosen for coverage: its first line says where and when, whichever outlet's
    # sentence says most (here the one that also names the emergency status); a fact told elsewhere is cited.
    assert "Wanasari" in out[0]["text"] and "10/2/2025" in out[0]["text"]
    assert any(len(s["sources"]) >= 2 for s in out[:3])


def test_a_source_stating_another_number_is_not_cited(invented_docs):
    sents = {d.id: sentences(d) for d in invented_docs}
    for item in summarize(sents, k=8):
        if "15 warga" in item["text"]:
            assert len(item["sources"]) == 1


def test_only_here_keeps_facts_one_outlet_reports_alone(invented_docs):
    sents = {d.id: sentences(d) for d in invented_docs}
    facts = {o["doc_id"]: [f["text"] for f in o["facts"]] for o in only_here(sents)}
    first, _, third = invented_docs
    assert any("230 rumah" in f for f in facts[first.id])
    assert any("Rp 2,5 miliar" in f for f in facts[third.id])
    shared = "Banjir bandang menerjang Desa Wanasari"
    assert not any(f.startswith(shared) for fs in facts.values() for f in fs)


def test_only_here_needs_two_documents(invented_docs):
    doc = invented_docs[0]
    assert only_here({doc.id: sentences(doc)}) == []


def test_actors_and_quotes(invented_docs):
    people = {a["name"]: a for a in actors(invented_docs)}
    assert people["Sutrisno Hadi"]["documents"] == 2 and "quoted" in people["Sutrisno Hadi"]["role"]
    groups = {g["speaker"]: g for g in quotes(invented_docs)}
    assert any(q["direct"] for q in groups["Sutrisno Hadi"]["quotes"])


def _story_sentences(*articles: str) -> list:
    from kabar.analyze import analyze_text
    docs = [analyze_text(text, path=f"a{i}.txt") for i, text in enumerate(articles)]
    for i, d in enumerate(docs):
        d.id = f"doc{i}"
    return [s for d in docs for s in sentences(d)]


def test_a_sentence_sharing_only_the_story_setting_is_not_cited():
    from kabar.brief.sources import best_matches, term_weights
    from kabar.brief.summary import SOURCE_MATCH
    setting = "Banjir bandang di Desa Wanasari, Kabupaten Lembah Hijau, "
    first = (setting + "merusak jembatan gantung di tepi Sungai Cikaro. "
             + setting + "membuat warga mengungsi ke balai desa. "
             + setting + "menutup jalan kabupaten selama dua hari.")
    second = (setting + "dipicu penebangan liar di hulu menurut aktivis lingkungan. "
              + "Jembatan gantung di tepi Sungai Cikaro rusak diterjang banjir bandang di Desa Wanasari. "
              + setting + "membuat sekolah diliburkan.")
    sents = _story_sentences(first, second)
    weights = term_weights(sents)
    bridge = next(s for s in sents if s.doc.id == "doc0" and "jembatan" in s.text)
    cited = [o.text for o, _ in best_matches(bridge, sents, SOURCE_MATCH, weights)]
    assert len(cited) == 1 and "Jembatan gantung" in cited[0]
    road = next(s for s in sents if s.doc.id == "doc0" and "jalan kabupaten" in s.text)
    assert best_matches(road, sents, SOURCE_MATCH, weights) == []


@pytest.mark.parametrize("text, expected", [
    ("Jaksa kemudian menuntut terdakwa tujuh tahun penjara.", True),
    ("Ia menambahkan bahwa bantuan sudah dikirim.", True),
    ("Selain itu, jalan desa juga rusak.", True),
    ("Kasus tersebut bermula pada Maret.", True),
    ("Banjir bandang menerjang Desa Wanasari pada Senin malam.", False),
    ("Iamah Sutrisna terpilih sebagai ketua.", False),
    ("Itulah sebabnya warga mengungsi.", False),
])
def test_dangling_sentences_are_recognised(text, expected):
    from kabar.brief.summary import dangling
    assert dangling(text) is expected
