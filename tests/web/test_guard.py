"""Requests from elsewhere (issue 17 #5) and request validation (#8, #9): foreign Host, cross-origin posts,
dates that are no dates, offsets and queries out of bounds."""
from __future__ import annotations

import pytest

ARTICLE = ("Ambon - Pasar Mardika kembali dibuka pada Senin (3/6/2024) setelah renovasi. "
           "Ratusan pedagang menempati kios baru, kata kepala dinas.")
FORM = {"text": ARTICLE, "title": "Pasar Dibuka"}


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "kabar.local.attacker.net"])
def test_a_foreign_host_is_refused(client, host):
    """DNS rebinding: a page of another name reaching the loopback server through its own domain."""
    resp = client.get("/api/v1/stories", headers={"Host": host})
    assert resp.status_code == 403 and "--allow-host" in resp.json()["error"]["message"]


@pytest.mark.parametrize("host", ["localhost", "localhost:8321", "127.0.0.1:8321", "[::1]:8321", "10.1.2.3"])
def test_addresses_and_localhost_are_served(client, host):
    assert client.get("/api/v1/stories", headers={"Host": host}).status_code == 200


def test_an_allowed_name_is_served(store_path):
    from fastapi.testclient import TestClient

    from kabar.web import WebConfig, create_app
    with TestClient(create_app(store_path, config=WebConfig(allowed_hosts=("kabar.lan",))),
                    base_url="http://kabar.lan:8321") as c:
        assert c.get("/api/v1/stories").status_code == 200
        assert c.get("/api/v1/stories", headers={"Host": "other.lan"}).status_code == 403


@pytest.mark.parametrize("headers", [{"Origin": "http://evil.example"}, {"Origin": "null"},
                                     {"Origin": "http://localhost:9999"},
                                     {"Referer": "http://evil.example/page.html"}])
def test_cross_origin_posts_are_refused_and_store_nothing(fresh_client, headers):
    """Issue 17 #5: cross-origin form and multipart POSTs to /ingest and /api/v1/documents were stored."""
    files = {"files": ("a.txt", ARTICLE.encode(), "text/plain")}
    for url, kwargs in (("/ingest", {"data": FORM}), ("/api/v1/documents", {"files": files}),
                        ("/api/v1/documents", {"json": FORM})):
        resp = fresh_client.post(url, headers=headers, **kwargs)
        assert resp.status_code == 403, (url, resp.status_code)
    assert fresh_client.get("/api/v1/documents").json()["pagination"]["total"] == 0


def test_same_origin_and_headerless_posts_are_taken(fresh_client):
    same = fresh_client.post("/api/v1/documents", json=FORM, headers={"Origin": "http://localhost"})
    assert same.status_code == 201
    scripted = fresh_client.post("/api/v1/documents", json={"text": ARTICLE + " Pedagang senang."})
    assert scripted.status_code == 201
    form = fresh_client.post("/ingest", data={"text": ARTICLE + " Kios baru."}, follow_redirects=False,
                             headers={"Origin": "http://localhost", "Referer": "http://localhost/ingest"})
    assert form.status_code == 303


@pytest.mark.parametrize("published", ["kemarin sore", "2024-13-45", "1e300", "Infinity"])
def test_a_published_that_is_no_date_is_refused_with_422(fresh_client, published):
    """Issue 17 #8: '"published": "kemarin sore"' was stored unchecked and its entity pages answered 500."""
    resp = fresh_client.post("/api/v1/documents", json={**FORM, "published": published})
    assert resp.status_code == 422
    assert "published" in resp.json()["error"]["message"]
    assert fresh_client.get("/api/v1/documents").json()["pagination"]["total"] == 0


def test_a_written_date_is_taken_as_its_day(fresh_client):
    job = fresh_client.post("/api/v1/documents", json={**FORM, "published": "3 Juni 2024"}).json()["job"]
    doc = fresh_client.get(f"/api/v1/documents/{job['documents'][0]['id']}").json()["document"]
    assert doc["published"] == "2024-06-03"


@pytest.mark.parametrize("url", ["/api/v1/documents?offset=99999999999999999999999",
                                 "/api/v1/stories?offset=-1", "/api/v1/entities?offset=10000001",
                                 "/api/v1/search?q=gempa&offset=99999999999999999999999",
                                 "/?offset=99999999999999999999999"])
def test_huge_or_negative_offsets_are_refused_not_500(client, url):
    """Issue 17 #9: a huge offset gave 500."""
    assert client.get(url).status_code == 422


def test_an_oversized_search_is_refused(client):
    """Issue 17 #9: a 2,000-term OR search cost ~20 s with 4 read connections."""
    for many in (" OR ".join(f"kata{i}" for i in range(2_000)), " OR ".join(f"k{i}" for i in range(100))):
        resp = client.get("/api/v1/search", params={"q": many})
        assert resp.status_code == 400 and "too" in resp.json()["error"]["message"]
    assert client.get("/api/v1/search", params={"q": " OR ".join(["gempa", "beras", "banjir"])}).status_code == 200
