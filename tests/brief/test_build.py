"""The briefing dict (schema shared with the web UI), renderers, store reads and the CLI commands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kabar.brief import build_brief, build_timeline
from kabar.brief.render import timeline_markdown, to_html, to_markdown
from kabar.cli import cli
from kabar.errors import KabarError, NotFound
from kabar.store.stories import get_story, list_stories, story_documents, storyline_stories

REF_KEYS = {"doc_id", "outlet", "published", "start", "end"}
TOP_KEYS = {"story", "headline", "summary", "timeline", "actors", "quotes", "numbers", "framing", "only_here",
            "sources", "near_copies"}


@pytest.fixture(scope="module")
def story(invented_store):
    (only,) = list_stories(invented_store)
    return only


@pytest.fixture(scope="module")
def brief(invented_store, story):
    return build_brief(invented_store, story["id"])


def _refs(brief: dict):
    """Every Ref in a briefing."""
    for part in ("summary", "timeline"):
        for item in brief[part]:
            yield from item["sources"]
    for g in brief["quotes"]:
        yield from (q["source"] for q in g["quotes"])
    for n in brief["numbers"]:
        for v in n["values"]:
            yield from v["sources"]
    for f in brief["framing"]:
        yield from (t["source"] for t in f["terms"])
    for o in brief["only_here"]:
        yield from (f["source"] for f in o["facts"])


def test_store_reads(invented_store, story):
    assert get_story(invented_store, story["id"]) == story
    assert get_story(invented_store, "story-nope") is None
    assert [s["id"] for s in storyline_stories(invented_store, story["storyline"])] == [story["id"]]
    assert [d.id for d in story_documents(invented_store, story["id"])] == story["documents"]


def test_brief_has_the_shared_schema_and_is_json(brief, story):
    assert TOP_KEYS <= set(brief)
    assert set(brief["story"]) == {"id", "title", "start", "end", "storyline", "documents"}
    assert brief["story"]["documents"] == story["documents"]
    json.dumps(brief)
    for r in _refs(brief):
        assert REF_KEYS <= set(r) and r["doc_id"] in story["documents"] and r["start"] <= r["end"]
    for e in brief["timeline"]:
        assert {"date", "granularity", "text", "historical", "sources"} <= set(e)
    for a in brief["actors"]:
        assert {"entity_id", "name", "type", "role", "mentions", "documents"} <= set(a)
    assert [s["doc_id"] for s in brief["sources"]] == story["documents"]
    assert all(s["url"].startswith("https://") and s["words"] > 0 for s in brief["sources"])


def test_brief_content_on_the_invented_flood(brief):
    assert brief["headline"]
    assert 5 <= len(brief["summary"]) <= 8
    assert any(not n["agree"] for n in brief["numbers"])
    assert {t["term"] for f in brief["framing"] for t in f["terms"]} >= {"rezim", "penjahat perang"}


def test_unknown_story_raises_not_found(invented_store):
    with pytest.raises(NotFound) as err:
        build_brief(invented_store, "story-does-not-exist")
    assert isinstance(err.value, KabarError) and "story-does-not-exist" in str(err.value)


def test_timeline_over_the_store_and_by_entity(invented_store, story):
    everything = build_timeline(invented_store)
    assert everything["entries"] and all(e["story_id"] == story["id"] for e in everything["entries"])
    firsts = [e["date"][:4] for e in everything["entries"]]
    assert firsts == sorted(firsts)
    assert build_timeline(invented_store, storyline="no-such-line")["entries"] == []
    with pytest.raises(NotFound):
        build_timeline(invented_store, entity="Nama Yang Tidak Ada")
    assert "Timeline" in timeline_markdown(everything)


HOSTILE = '<script>alert(1)</script>'


def test_html_escapes_everything_from_articles(brief):
    evil = json.loads(json.dumps(brief))
    evil["headline"] = HOSTILE
    evil["summary"][0]["text"] = HOSTILE + ' " onmouseover="x'
    evil["sources"][0]["title"] = HOSTILE
    evil["sources"][0]["url"] = "javascript:alert(1)"
    page = to_html(evil)
    assert "<script>" not in page and "javascript:" not in page
    assert "&lt;script&gt;" in page
    assert page.startswith("<!doctype html>") and page.rstrip().endswith("</html>")


def test_markdown_has_every_section(brief):
    md = to_markdown(brief)
    for head in ("What happened", "Timeline", "Key actors", "Quotes", "Numbers", "Framing", "Sources"):
        assert f"## {head}" in md
    evil = json.loads(json.dumps(brief))
    evil["summary"][0]["text"] = "[klik](http://x) <b>"
    assert "\\[klik\\]" in to_markdown(evil)


@pytest.mark.parametrize("fmt, check", [
    ("md", lambda out: out.startswith("# ")),
    ("html", lambda out: out.startswith("<!doctype html>")),
    ("json", lambda out: json.loads(out)["story"]["documents"]),
])
def test_cli_brief_formats(invented_store, story, fmt, check):
    res = CliRunner().invoke(cli, ["brief", story["id"], "--db", invented_store.path, "--format", fmt])
    assert res.exit_code == 0, res.output
    assert check(res.output)


def test_cli_unknown_story_is_a_friendly_error(invented_store):
    res = CliRunner().invoke(cli, ["brief", "story-xyz", "--db", invented_store.path])
    assert res.exit_code == 1
    assert "no story with id 'story-xyz'" in res.output and "Traceback" not in res.output


def test_cli_timeline_and_duplicates(invented_store):
    res = CliRunner().invoke(cli, ["timeline", "--db", invented_store.path, "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.output)["entries"]
    res = CliRunner().invoke(cli, ["duplicates", "--db", invented_store.path, "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.output) == []


@pytest.mark.parametrize("lang, words", [
    ("en", ("DISAGREE", "as of", "according to", "outlet(s)", "independent")),
    ("id", ("BERBEDA", "per ", "menurut", "media", "independen")),
])
def test_figures_show_verdicts_as_of_issuers_and_independent_sources(brief, lang, words):
    died = next(n for n in brief["claims"] if n["state"] == "died" and not n["context"])
    assert died["verdict"] == "disagree" and died["outlets"] >= 2 and died["independent"] >= 1
    md, page = to_markdown(brief, lang), to_html(brief, lang)
    for w in words:
        assert w in md and w in page
