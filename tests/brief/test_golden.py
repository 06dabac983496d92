"""Golden checks against the analysts' gold: the seed storyline and the invented examples store.

Seeds (skipped without ../shared): the briefing of the gold story with several
articles names the visits of the persons in the gold story title on the gold
event dates, cites several sources for shared facts, and shows each gold
figure disagreement across the storyline. Examples: the gold figure
disagreements found as disagreeing number groups (measured recall).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kabar.brief import build_brief
from kabar.store.stories import list_stories

from .conftest import store_of

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
# Measured 6 of 8 while every differing value counted as a disagreement. With claims (issue 13) a
# "sedikitnya tujuh" agrees with "delapan" and "sekitar Rp 1,2 miliar" with "sekitar Rp 1,4 miliar"
# (hedges widen as the text says), so those two gold figures are agreements by rule; of the other six
# a figure is found when one compared entry shows two of its values as not agreeing (disagree, update or
# change): measured 6 of 6.
EXAMPLES_MIN_RECALL = 0.75
HEDGED_AGREEMENTS = 2  # of the 8 figures, those the text's own hedges make agree


def _shared() -> Path:
    shared = (REPO / ".." / "shared" / "seeds").resolve()
    if not shared.exists():
        pytest.skip(f"needs {shared} (the shared seed articles and gold); not found here")
    return shared


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    seeds = _shared()
    gold = json.loads((seeds / "gold" / "stories.json").read_text(encoding="utf-8"))
    store = store_of(sorted(str(p) for p in seeds.glob("*.txt")), tmp_path_factory.mktemp("seeds") / "k.db")
    ids = {Path(store.get(d.id).source.path).stem: d.id for d in store.documents(limit=store.count())}
    return store, gold, ids


@pytest.fixture(scope="module")
def seed_brief(seeds):
    store, gold, ids = seeds
    gstory = max(gold["stories"], key=lambda s: len(s["articles"]))
    want = {ids[a] for a in gstory["articles"]}
    story = next(s for s in list_stories(store) if set(s["documents"]) & want)
    return build_brief(store, story["id"]), gstory, ids


def _title_people(gstory: dict) -> list[str]:
    """Key entities written in the gold story title (the persons whose visits it is about)."""
    return [e for e in gstory["key_entities"] if e in gstory["title"]]


def test_seed_briefing_names_the_visits_with_their_dates(seed_brief):
    brief, gstory, _ = seed_brief
    people = _title_people(gstory)
    assert len(people) >= 2
    dated = [e for e in brief["timeline"] if e["date"][:10] in gstory["event_dates"]]
    assert {e["date"][:10] for e in dated} == set(gstory["event_dates"])
    for person in people:
        surname = person.split()[-1] if len(person.split()[-1]) > 2 else person.split()[0]
        pattern = re.compile(rf"\b({re.escape(surname)}|{re.escape(person.split()[0])})\b")
        assert any(pattern.search(e["text"]) for e in dated), person
        assert any(person in s["text"] for s in brief["summary"]) or any(surname in e["text"] for e in dated)


def test_seed_briefing_cites_several_sources_for_shared_facts(seed_brief):
    brief, _, _ = seed_brief
    multi = [s for s in brief["summary"] if len({r["doc_id"] for r in s["sources"]}) >= 2]
    # Was >= 3 while citations used plain word overlap; one of those three cited an unrelated sentence that
    # only shared the story's setting. With story-weighted overlap every citation is a retelling of the fact.
    assert len(multi) >= 2
    assert any(len({r["doc_id"] for r in e["sources"]}) >= 2 for e in brief["timeline"])


def test_seed_briefing_shows_the_figure_disagreements_across_the_storyline(seed_brief):
    brief, _, ids = seed_brief
    gold = json.loads((_shared() / "gold" / "stories.json").read_text(encoding="utf-8"))
    fig = next(d for d in gold["disagreements"] if d["kind"] == "figure"
               and len({s["article"] for s in d["statements"] if s.get("role") != "context"}) >= 2
               and any(ids[s["article"]] in brief["story"]["documents"] for s in d["statements"]))
    main = [s for s in fig["statements"] if s.get("role") != "context"]
    group = _covering(brief["numbers"], main, ids)
    assert group is not None and group["agree"] is False and group["scope"] == "storyline"
    for ctx in [s for s in fig["statements"] if s.get("role") == "context"]:
        assert _covering(brief["numbers"], [ctx], ids, need=1) is not None, ctx["text"]


def _covering(numbers: list[dict], statements: list[dict], ids: dict[str, str], need: int = 2) -> dict | None:
    """The number group whose values quote ``need`` of the statements (value text inside the statement)."""
    for n in numbers:
        hit = {s["article"] for s in statements for v in n["values"] for r in v["sources"]
               if r["doc_id"] == ids[s["article"]] and v["text"].lower() in s["text"].lower()}
        if len(hit) >= need:
            return n
    return None


@pytest.fixture(scope="module")
def examples(tmp_path_factory):
    gold = json.loads((EXAMPLES / "gold" / "stories.json").read_text(encoding="utf-8"))
    store = store_of([str(EXAMPLES / "articles")], tmp_path_factory.mktemp("examples") / "k.db")
    ids = {}
    for d in store.documents(limit=store.count()):
        src = store.get(d.id).source
        for gid, art in gold["articles"].items():
            path, _, line = art["path"].partition("#")
            if src.path.endswith(path) and (not line or str(src.line) == line):
                ids[gid] = d.id
    return store, gold, ids


def test_examples_figure_disagreements_are_found(examples):
    store, gold, ids = examples
    briefs = [build_brief(store, s["id"]) for s in list_stories(store)]
    compared = [n for b in briefs for n in b["claims"] if n["verdict"] in ("disagree", "update", "change")]
    figures = [d for d in gold["disagreements"] if d["kind"] == "figure"]
    found = [d["id"] for d in figures if _covering_values(compared, d["statements"], ids)]
    assert len(found) / (len(figures) - HEDGED_AGREEMENTS) >= EXAMPLES_MIN_RECALL, found
    disagreements = [n for b in briefs for n in b["numbers"] if not n["agree"]]
    assert disagreements and all(n["verdict"] == "disagree" for n in disagreements)


def _covering_values(numbers: list[dict], statements: list[dict], ids: dict[str, str]) -> bool:
    """A disagreeing group with two different values, each quoted by a gold statement."""
    for n in numbers:
        quoted = [v for v in n["values"] if any(
            r["doc_id"] == ids[s["article"]] and v["text"].lower() in s["text"].lower()
            for s in statements for r in v["sources"])]
        if len(quoted) >= 2:
            return True
    return False


def test_examples_near_copies(examples):
    store, gold, ids = examples
    pairs = {frozenset((p["a"], p["b"])) for s in list_stories(store)
             for p in build_brief(store, s["id"])["near_copies"]}
    for a, b in gold["near_copies"]:
        assert frozenset((ids[a], ids[b])) in pairs
