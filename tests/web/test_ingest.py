"""Ingest through the API and the form: uploads, pasted text, URLs, limits."""
from __future__ import annotations

import http.server

import pytest
from fastapi.testclient import TestClient

from kabar.web import WebConfig, create_app

from .conftest import loopback_server

ARTICLE = ("Surabaya - Wali Kota Surabaya meresmikan taman baru pada Senin (3/6/2024). "
           "Taman seluas 2 hektare itu dibuka untuk umum setiap hari.")
OTHER = ("Medan - Banjir merendam 300 rumah di Kota Medan pada Rabu (5/6/2024). "
         "Warga mengungsi ke masjid terdekat.")


def test_json_text_is_analysed_stored_and_given_a_story(fresh_client):
    resp = fresh_client.post("/api/v1/documents", json={"text": ARTICLE, "title": "Taman Baru", "outlet": "x.id"})
    assert resp.status_code == 201
    job = resp.json()["job"]
    assert (job["status"], job["added"], job["stories_assigned"]) == ("done", 1, 1)
    doc = fresh_client.get(f"/api/v1/documents/{job['documents'][0]['id']}").json()["document"]
    assert doc["title"] == "Taman Baru" and doc["source"]["outlet"] == "x.id" and doc["entities"]
    assert fresh_client.get("/api/v1/stories").json()["pagination"]["total"] == 1


def test_same_text_twice_is_stored_once(fresh_client):
    first = fresh_client.post("/api/v1/documents", json={"text": ARTICLE}).json()["job"]
    again = fresh_client.post("/api/v1/documents", json={"text": ARTICLE}).json()["job"]
    assert (first["added"], again["added"], again["skipped"]) == (1, 0, 1)


def test_multipart_upload_of_several_files(fresh_client):
    files = [("files", ("taman.txt", ARTICLE.encode(), "text/plain")),
             ("files", ("banjir.md", f"# Banjir Medan\n\n{OTHER}".encode(), "text/markdown"))]
    job = fresh_client.post("/api/v1/documents", files=files).json()["job"]
    assert job["added"] == 2
    assert {d["title"] for d in job["documents"]} >= {"Banjir Medan"}


def test_no_wait_answers_202_and_the_job_finishes(fresh_client):
    resp = fresh_client.post("/api/v1/documents?wait=0", json={"text": OTHER})
    assert resp.status_code in (201, 202)
    url = resp.headers["location"]
    job = fresh_client.app.state.ingester.get(url.rsplit("/", 1)[-1])
    assert job.finished.wait(30)
    assert fresh_client.get(url).json()["job"]["status"] == "done"


@pytest.mark.parametrize("files, status", [
    ([("files", ("virus.exe", b"MZ", "application/octet-stream"))], 415),
    ([("files", ("laporan.pdf", b"%PDF-1.4", "application/pdf"))], 415),
    ([("files", ("gambar.txt", b"GIF89a", "image/gif"))], 415),
    ([("files", ("besar.txt", b"kata " * 1000, "text/plain"))], 413),
    ([("files", ("biner.txt", bytes(range(256)) * 4, "text/plain"))], 415),
    ([("files", (f"f{i}.txt", b"isi", "text/plain")) for i in range(5)], 400),
])
def test_upload_limits(fresh_client, files, status):
    resp = fresh_client.post("/api/v1/documents", files=files)
    assert resp.status_code == status, resp.text
    assert resp.json()["error"]["status"] == status


@pytest.mark.parametrize("kwargs, status", [
    ({"json": {"text": "   "}}, 400),
    ({"json": {"judul": "x", "text": "y"}}, 400),
    ({"json": ["text"]}, 400),
    ({"json": {"text": 5}}, 400),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
    ({"content": b"x" * 3000, "headers": {"content-type": "application/json"}}, 413),
    ({"content": b"text", "headers": {"content-type": "text/plain"}}, 415),
    ({"json": {"url": "ftp://example.com/a"}}, 400),
])
def test_bad_ingest_requests(fresh_client, kwargs, status):
    resp = fresh_client.post("/api/v1/documents", **kwargs)
    assert resp.status_code == status, resp.text
    assert resp.json()["error"]["status"] == status


def test_form_ingest_redirects_to_progress_page(fresh_client):
    resp = fresh_client.post("/ingest", data={"title": "Taman Baru", "text": ARTICLE}, follow_redirects=False)
    assert resp.status_code == 303
    job_page = resp.headers["location"]
    job = fresh_client.app.state.ingester.get(job_page.rsplit("/", 1)[-1])
    assert job.finished.wait(30)
    html = fresh_client.get(job_page).text
    assert 'id="job"' in html and "Taman Baru" in html


@pytest.fixture
def article_server():
    """A loopback server with one HTML article."""
    page = f"<html><head><title>Taman Baru</title></head><body><article><h1>Taman Baru</h1><p>{ARTICLE}</p>" \
           "</article></body></html>"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass
    with loopback_server(Handler) as base:
        yield base + "/taman"


def test_url_ingest_when_the_operator_allows_private_addresses(tmp_path, article_server):
    app = create_app(tmp_path / "url.db", config=WebConfig(allow_private_urls=True))
    with TestClient(app, base_url="http://localhost") as client:
        job = client.post("/api/v1/documents", json={"url": article_server}).json()["job"]
    assert job["added"] == 1, job["errors"]
    assert job["documents"][0]["title"] == "Taman Baru"


def test_url_ingest_refused_by_default(fresh_client, article_server):
    resp = fresh_client.post("/api/v1/documents", json={"url": article_server})
    assert resp.status_code == 403


def test_briefings_are_cached_until_the_store_changes(fresh_client, monkeypatch):
    from kabar.web import views
    built = []

    def build(store, story_id):
        built.append(story_id)
        return {"story": {"id": story_id}}
    monkeypatch.setattr(views, "brief_builder", lambda: build)
    fresh_client.post("/api/v1/documents", json={"text": ARTICLE})
    sid = fresh_client.get("/api/v1/stories").json()["stories"][0]["id"]
    for _ in range(3):
        assert fresh_client.get(f"/api/v1/stories/{sid}").json() == {"story": {"id": sid}, "labels": {}}
    assert len(built) == 1
    fresh_client.post("/api/v1/documents", json={"text": OTHER})
    fresh_client.get(f"/api/v1/stories/{sid}")
    assert len(built) == 2
