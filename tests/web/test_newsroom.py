"""The newsroom features without a browser: partial uploads, storylines, citations, facets, exports, docs,
errors and numbers in the reader's language."""
from __future__ import annotations

import csv
import html
import io
import json

import pytest

from kabar.web import views

from .briefing_fixture import briefing
from .test_ingest import ARTICLE, OTHER


def story_id(client, outlet="kabar-dua.id") -> str:
    return client.get("/api/v1/stories", params={"outlet": outlet}).json()["stories"][0]["id"]


def test_mixed_upload_stores_the_good_files_and_reports_each_bad_one(fresh_client):
    files = [("files", ("taman.txt", ARTICLE.encode(), "text/plain")),
             ("files", ("virus.exe", b"MZ", "application/octet-stream")),
             ("files", ("biner.txt", bytes(range(256)) * 4, "text/plain"))]
    resp = fresh_client.post("/api/v1/documents", files=files)
    assert resp.status_code == 201
    job = resp.json()["job"]
    assert (job["added"], job["failed"], job["total"], job["processed"]) == (1, 2, 3, 3)
    assert len(job["errors"]) == 2
    assert "'virus.exe'" in job["errors"][0] and "'biner.txt'" in job["errors"][1]


def test_upload_reasons_in_the_clients_language(fresh_client):
    files = [("files", ("taman.txt", ARTICLE.encode(), "text/plain")),
             ("files", ("virus.exe", b"MZ", "application/octet-stream"))]
    job = fresh_client.post("/api/v1/documents", files=files, headers={"Accept-Language": "id"}).json()["job"]
    assert "bukan berkas teks" in job["errors"][0]


def test_an_upload_of_only_bad_files_is_still_refused(fresh_client):
    resp = fresh_client.post("/api/v1/documents", files=[("files", ("virus.exe", b"MZ", "application/octet-stream"))])
    assert resp.status_code == 415 and "virus.exe" in resp.json()["error"]["message"]


def test_form_upload_page_says_which_story_each_document_joined(fresh_client):
    files = [("files", ("taman.txt", ARTICLE.encode(), "text/plain")),
             ("files", ("rusak.json", b"{not json", "application/json"))]
    resp = fresh_client.post("/ingest", files=files, follow_redirects=False)
    job_page = resp.headers["location"]
    fresh_client.app.state.ingester.get(job_page.rsplit("/", 1)[-1]).finished.wait(30)
    html = fresh_client.get(job_page + "?lang=id").text
    assert 'class="joined-story"' in html and "cerita baru" in html
    assert "rusak.json" in html and 'class="job-errors"' in html


def test_pasted_text_takes_title_date_and_outlet(fresh_client):
    form = {"text": OTHER, "title": "Banjir Medan", "published": "2024-06-05", "outlet": "Warta Medan"}
    job = fresh_client.post("/api/v1/documents", data=form).json()["job"]
    doc = fresh_client.get(f"/api/v1/documents/{job['documents'][0]['id']}").json()["document"]
    assert (doc["title"], doc["published"], doc["source"]["outlet"]) == ("Banjir Medan", "2024-06-05", "Warta Medan")


def test_storyline_view_has_stories_coverage_and_first_report(client):
    sid = story_id(client)
    line = client.get("/api/v1/stories").json()["stories"]
    storyline = next(s["storyline"] for s in line if s["id"] == sid)
    data = client.get(f"/api/v1/storylines/{storyline}").json()
    assert [s["id"] for s in data["stories"]] and data["coverage"]["rows"]
    assert data["first"]["published"] <= data["latest"]["published"]
    page = client.get(f"/storylines/{storyline}").text
    assert 'id="coverage"' in page and 'class="first first_report"' in page
    assert client.get("/storylines/story-404").status_code == 404


def test_document_cites_the_sentence_a_chip_points_at(client):
    hit = client.get("/api/v1/search", params={"q": "beras"}).json()["hits"][0]
    data = client.get(f"/api/v1/documents/{hit['doc_id']}", params={"cite": "3-10"}).json()
    assert data["cited"]["start"] == 0 and data["cited"]["citation"].startswith("kabar-satu.id, “Harga Beras Naik”")
    page = client.get(f"/documents/{hit['doc_id']}?cite=3-10").text
    assert '<mark class="cited" id="cited" tabindex="-1">' in page and 'class="copy-cite"' in page
    bad = client.get(f"/api/v1/documents/{hit['doc_id']}", params={"cite": "9-2"}).json()
    assert bad["cited"] is None and not any(s["cited"] for s in bad["segments"])


def test_document_links_its_story(client):
    hit = client.get("/api/v1/search", params={"q": "beras"}).json()["hits"][0]
    story = client.get(f"/api/v1/documents/{hit['doc_id']}").json()["story"]
    assert story and story["id"].startswith("story-")


def test_search_counts_facets_and_sorts(client):
    data = client.get("/api/v1/search", params={"q": "gempa"}).json()
    assert data["total"] == len(data["hits"]) == 2
    facets = {f["key"]: f["buckets"] for f in data["facets"]}
    assert {b["value"] for b in facets["outlet"]} == {"kabar-satu.id", "kabar-dua.id"}
    assert facets["month"] == [{"value": "2024-05", "label": "2024-05", "count": 2, "selected": False}]
    narrowed = client.get("/api/v1/search", params={"q": "gempa", "outlet": "kabar-dua.id"}).json()
    assert narrowed["total"] == 1 and narrowed["hits"][0]["outlet"] == "kabar-dua.id"
    everything = client.get("/api/v1/search", params={"q": "gempa OR beras", "sort": "newest"}).json()
    dates = [h["published"] for h in everything["hits"]]
    assert dates == sorted(dates, reverse=True)


def test_entities_are_paginated_with_type_names_in_words(client):
    first = client.get("/api/v1/entities", params={"limit": 2}).json()
    assert first["pagination"]["total"] >= 3 and len(first["entities"]) == 2
    page = client.get("/entities?lang=id&type=GPE").text
    assert "Negara/daerah" in page and ">GPE<" not in page


def test_briefing_exports(client, monkeypatch):
    sid = story_id(client)
    monkeypatch.setattr(views, "brief_builder", lambda: lambda store, s: briefing(s, "doc-a", "doc-b"))
    resp = client.get(f"/export/stories/{sid}.csv")
    assert resp.headers["content-type"].startswith("text/csv") and "attachment" in resp.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(resp.text.lstrip("\ufeff"))))
    assert {"summary", "timeline", "actor", "quote", "number", "source"} <= {r["section"] for r in rows}
    number = next(r for r in rows if r["section"] == "number")
    assert number["value"] == "40 rumah" and number["verdict"] == "disagree"
    md = client.get(f"/export/stories/{sid}.md?lang=id").text
    assert md.startswith("# Gempa mengguncang Bone") and "## Apa yang terjadi" in md
    assert "labels" not in json.loads(client.get(f"/export/stories/{sid}.json").text)


@pytest.mark.parametrize("url", ["/export/stories.csv", "/export/stories.json", "/export/stories.md",
                                 "/export/search.csv?q=gempa", "/export/search.json?q=gempa",
                                 "/export/search.md?q=gempa", "/export/entities.csv", "/export/entities.json",
                                 "/export/entities.md?type=GPE"])
def test_every_list_exports(client, url):
    resp = client.get(url)
    assert resp.status_code == 200 and "attachment" in resp.headers["content-disposition"]
    assert len(resp.text) > 20


def test_unknown_export_format_is_404(client):
    assert client.get("/export/stories.xlsx").status_code == 404


def test_api_docs_are_served_by_kabar(client):
    page = client.get("/api/v1/docs").text
    assert "/api/v1/docs/assets/swagger-ui-bundle.js" in page and "/static/api-docs.js" in page
    assert "cdn" not in page.lower() and "<script>" not in page
    assert client.get("/api/v1/docs/assets/swagger-ui-bundle.js").status_code == 200


def test_error_pages_speak_the_readers_language(client):
    page = client.get("/documents/tidak-ada?lang=id")
    assert page.status_code == 404 and "Tidak ada dokumen dengan id 'tidak-ada'." in html.unescape(page.text)
    assert "There is no document" in client.get("/documents/tidak-ada?lang=en").text


def test_language_switch_keeps_the_page_and_query(client):
    page = client.get("/search?q=gempa&lang=id").text
    assert 'href="/search?q=gempa&amp;lang=en"' in page


def test_briefing_numbers_and_dates_in_the_readers_locale(client, monkeypatch):
    sid = story_id(client)
    built = briefing(sid, "doc-a", "doc-b")
    built["numbers"].append({"topic": "uang pengganti", "unit": "IDR", "agree": True, "scope": "story",
                             "values": [{"value": 3_850_000_000, "text": "Rp 3,85 miliar", "sources": []}]})
    built["numbers"][0]["values"][0]["value"] = 1240
    monkeypatch.setattr(views, "brief_builder", lambda: lambda store, s: built)
    indonesian = client.get(f"/stories/{sid}?lang=id").text
    english = client.get(f"/stories/{sid}?lang=en").text
    assert "1.240" in indonesian and "6,2" in indonesian and "Rp 3,85 miliar" in indonesian
    assert "21 Mei 2024" in indonesian and "22 Mei 2024" in indonesian
    assert "1,240" in english and "6.2" in english and "Rp 3.85 billion" in english and "21 May 2024" in english
