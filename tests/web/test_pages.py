"""HTML pages: stable ids for browser tests, the briefing's parts, labels in two languages."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kabar.cli import cli
from kabar.web import i18n, views

from .briefing_fixture import briefing


def story_id(client, outlet="kabar-dua.id") -> str:
    return client.get("/api/v1/stories", params={"outlet": outlet}).json()["stories"][0]["id"]


def doc_id(client, q="beras") -> str:
    return client.get("/api/v1/search", params={"q": q}).json()["hits"][0]["doc_id"]


@pytest.mark.parametrize("url, marks", [
    ("/", ['id="stories"', 'class="story"', 'form id="search"', 'id="filters"']),
    ("/search?q=gempa", ['id="hits"', 'class="hit"', "<mark>"]),
    ("/entities", ['id="entities"', 'class="entity type-GPE"']),
    ("/entities/bone", ['id="entity"', 'id="mentions-chart"', "<svg", 'class="bar"', 'id="cooccurring"']),
    ("/ingest", ['form id="ingest"', 'type="file"', 'name="url"', 'enctype="multipart/form-data"']),
])
def test_pages_have_stable_ids(client, url, marks):
    resp = client.get(url)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    for mark in marks:
        assert mark in resp.text, mark


def test_document_page_highlights_inline_with_hover_values(client):
    html = client.get(f"/documents/{doc_id(client)}?lang=en").text
    assert re.search(r'<a class="ann entity entity" href="/entities/cipinang" title="Cipinang · Place">Cipinang</a>',
                     html)
    hostile = client.get(f"/documents/{doc_id(client, 'terbakar')}?lang=id").text
    assert 'title="3 Juni 2024"' in hostile  # a time shows its normalised value, in words
    assert 'title="Rp 2 miliar"' in hostile  # a quantity its value and unit, in the reader's locale
    assert 'class="ann quote"' in hostile and 'id="original"' in hostile and 'id="boilerplate"' in hostile


def test_briefing_page_shows_every_part(client, monkeypatch):
    sid = story_id(client)
    monkeypatch.setattr(views, "brief_builder", lambda: lambda store, s: briefing(s, "doc-a", "doc-b"))
    html = client.get(f"/stories/{sid}?lang=en").text
    for part in ('id="briefing"', 'id="summary"', 'class="chip"', 'class="timeline"', 'class="event historical"',
                 'class="entity type-ORG" href="/entities/bmkg"', 'id="quotes"', 'tr class="disagree"',
                 'tr class="agree"', "50–60", 'class="sources"', 'class="only-here"', "Sources disagree",
                 'href="/documents/doc-b"'):
        assert part in html, part


def test_briefing_numbers_mark_sources_from_other_stories_and_name_units_once(client, monkeypatch):
    sid = story_id(client)
    monkeypatch.setattr(views, "brief_builder", lambda: lambda store, s: briefing(s, "doc-a", "doc-b"))
    html = client.get(f"/stories/{sid}?lang=en").text
    assert re.search(r'class="chip elsewhere" href="/documents/doc-earlier\?cite=0-9#cited" title="[^"]*another story',
                     html)
    assert 'class="chip elsewhere" href="/documents/doc-a' not in html
    assert "korban meninggal" in html and "(korban)" not in html  # the unit is already in the topic
    assert "(M)" in html


def test_briefing_page_without_builder_is_a_503_page(client, monkeypatch):
    def missing():
        raise views.BriefUnavailable("not yet")
    monkeypatch.setattr(views, "brief_builder", missing)
    resp = client.get(f"/stories/{story_id(client)}")
    assert resp.status_code == 503 and 'id="error"' in resp.text


def test_unknown_story_is_404_page(client):
    pytest.importorskip("kabar.brief", reason="kabar.brief is not installed yet")
    assert client.get("/stories/story-999999").status_code == 404


def test_pager_links_keep_filters(client):
    html = client.get("/?limit=1&outlet=kabar-satu.id").text
    assert 'href="?limit=1&amp;outlet=kabar-satu.id&amp;offset=1"' in html


@pytest.mark.parametrize("kwargs, expected", [
    ({}, "Cerita terbaru"),
    ({"params": {"lang": "en"}}, "Latest stories"),
    ({"headers": {"accept-language": "en-US,en;q=0.8"}}, "Latest stories"),
    ({"headers": {"accept-language": "fr-FR, id;q=0.5"}}, "Cerita terbaru"),
    ({"params": {"lang": "id"}, "headers": {"accept-language": "en"}}, "Cerita terbaru"),
])
def test_language_choice(client, kwargs, expected):
    client.cookies.clear()
    assert f"<h1>{expected}</h1>" in client.get("/", **kwargs).text


def test_language_choice_is_remembered(client):
    client.cookies.clear()
    client.get("/", params={"lang": "en"})
    assert "Latest stories" in client.get("/").text
    client.cookies.clear()


def test_both_languages_have_every_label():
    assert set(i18n.LABELS["id"]) == set(i18n.LABELS["en"])


def test_every_label_used_by_templates_exists():
    from pathlib import Path
    templates = Path(views.__file__).parent / "templates"
    used = {m for f in templates.glob("*.html") for m in re.findall(r"\bt\.(\w+)", f.read_text())}
    assert used and used <= set(i18n.LABELS["en"]), used - set(i18n.LABELS["en"])


def test_serve_command_is_registered():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--allow-private-urls", "127.0.0.1"):
        assert option in result.output
