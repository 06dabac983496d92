"""The JSON API: shapes, pagination, filters and the one error shape."""
from __future__ import annotations

import pytest

from kabar.web import views

from .briefing_fixture import briefing


def first_story_id(client, **params) -> str:
    return client.get("/api/v1/stories", params=params).json()["stories"][0]["id"]


@pytest.mark.parametrize("url, keys", [
    ("/api/v1/stories", {"stories", "outlets", "filters", "pagination"}),
    ("/api/v1/documents", {"documents", "pagination"}),
    ("/api/v1/entities", {"entities", "filters"}),
    ("/api/v1/search?q=gempa", {"q", "hits", "pagination"}),
    ("/api/v1/openapi.json", {"openapi", "paths"}),
])
def test_list_endpoints_have_their_keys(client, url, keys):
    resp = client.get(url)
    assert resp.status_code == 200
    assert keys <= set(resp.json())


def test_story_objects_follow_the_contract(client):
    story = client.get("/api/v1/stories").json()["stories"][0]
    assert {"id", "title", "start", "end", "storyline", "documents", "outlets", "count"} <= set(story)
    assert story["count"] == len(story["documents"])


def test_stories_are_newest_first(client):
    ends = [s["end"] for s in client.get("/api/v1/stories").json()["stories"]]
    assert ends == sorted(ends, reverse=True)


@pytest.mark.parametrize("limit, offset, shown, previous, nxt", [
    (1, 0, 1, None, 1),
    (1, 1, 1, 0, 2),
    (2, 2, 1, 0, None),
    (10, 0, 3, None, None),
    (1, 50, 0, 49, None),
])
def test_stories_pagination(client, limit, offset, shown, previous, nxt):
    data = client.get("/api/v1/stories", params={"limit": limit, "offset": offset}).json()
    assert len(data["stories"]) == shown
    assert (data["pagination"]["previous"], data["pagination"]["next"]) == (previous, nxt)
    assert data["pagination"]["total"] == 3


def test_documents_pagination_walks_every_document(client):
    seen, offset = [], 0
    while offset is not None:
        data = client.get("/api/v1/documents", params={"limit": 2, "offset": offset}).json()
        seen += [d["id"] for d in data["documents"]]
        offset = data["pagination"]["next"]
    assert len(seen) == len(set(seen)) == 4


@pytest.mark.parametrize("params, titles", [
    ({"outlet": "kabar-dua.id"}, {"Gempa Guncang Bone"}),
    ({"entity": "BMKG"}, {"Gempa Guncang Bone"}),
    ({"entity": "Cipinang"}, {"Harga Beras Naik"}),
    ({"entity": "tidak-ada-entitas"}, set()),
    ({"from": "2024-07-01"}, {"Harga Beras Naik"}),
    ({"to": "2024-05-31"}, {"Gempa Guncang Bone"}),
    ({"from": "2024-05-01", "to": "2024-06-30", "outlet": "kabar-satu.id"}, {"Gempa Guncang Bone"}),
])
def test_story_filters(client, params, titles):
    stories = client.get("/api/v1/stories", params=params).json()["stories"]
    assert {s["title"] for s in stories} == titles


def test_document_has_contract_fields_and_segments(client):
    doc_id = client.get("/api/v1/search", params={"q": "beras"}).json()["hits"][0]["doc_id"]
    data = client.get(f"/api/v1/documents/{doc_id}").json()
    assert data["document"]["id"] == doc_id
    assert "".join(s["text"] for s in data["segments"]) == data["document"]["text"]
    assert any(s["kinds"] == ["entity"] and s["text"] == "Cipinang" for s in data["segments"])


def test_entity_detail(client):
    data = client.get("/api/v1/entities/bone").json()
    assert data["entity"]["name"] == "Bone" and data["entity"]["documents"] == 2
    assert {n["name"] for n in data["cooccurring"]} == {"BMKG"}
    assert sum(b["count"] for b in data["mentions_over_time"]["bars"]) == 2  # one mention in each


def test_search_snippet_keeps_only_marks(client):
    hit = client.get("/api/v1/search", params={"q": "terbakar"}).json()["hits"][0]
    assert "<mark>terbakar</mark>" in hit["snippet"]
    assert "<b>" not in hit["snippet"] and "&lt;b&gt;Maju&lt;/b&gt;" in hit["snippet"]
    assert any(p["mark"] and p["text"] == "terbakar" for p in hit["parts"])


def test_briefing_is_the_builders_dict(client, monkeypatch):
    story_id = first_story_id(client, outlet="kabar-dua.id")
    built = briefing(story_id, "a", "b")
    monkeypatch.setattr(views, "brief_builder", lambda: lambda store, sid: built if sid == story_id else None)
    got = client.get(f"/api/v1/stories/{story_id}").json()
    assert {k: v for k, v in got.items() if k != "labels"} == built
    assert got["labels"]["b"] == {"outlet": "kabar-dua.id", "title": "Puluhan <b>Rumah</b> Rusak"}


def test_briefing_unavailable_is_503(client, monkeypatch):
    def missing():
        raise views.BriefUnavailable("briefings are not available")
    monkeypatch.setattr(views, "brief_builder", missing)
    resp = client.get("/api/v1/stories/story-000001")
    assert resp.status_code == 503
    assert resp.json() == {"error": {"status": 503, "message": "briefings are not available"}}


def test_real_briefing_when_installed(client):
    pytest.importorskip("kabar.brief", reason="kabar.brief is not installed yet")
    story_id = first_story_id(client, outlet="kabar-dua.id")
    data = client.get(f"/api/v1/stories/{story_id}").json()
    assert data["story"]["id"] == story_id
    assert client.get("/api/v1/stories/story-999999").status_code == 404


@pytest.mark.parametrize("url, status", [
    ("/api/v1/documents/0000000000000000", 404),
    ("/api/v1/entities/tidak-ada", 404),
    ("/api/v1/jobs/nope", 404),
    ("/api/v1/nothing-here", 404),
    ("/api/v1/search?q=%22tanpa%20tutup", 400),
    ("/api/v1/stories?limit=banyak", 422),
])
def test_errors_have_one_shape(client, url, status):
    resp = client.get(url)
    assert resp.status_code == status
    body = resp.json()
    assert set(body) == {"error"} and body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_wrong_method_is_an_error_in_shape(client):
    resp = client.delete("/api/v1/documents")
    assert resp.status_code == 405 and resp.json()["error"]["status"] == 405


@pytest.mark.parametrize("url", ["/api/v1/documents", "/"])
def test_unexpected_failure_is_a_500_without_details(store_path, monkeypatch, url):
    from fastapi.testclient import TestClient

    from kabar.web import create_app

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")
    monkeypatch.setattr(views, "documents_view", broken)
    monkeypatch.setattr(views, "stories_view", broken)
    with TestClient(create_app(store_path), raise_server_exceptions=False, base_url="http://localhost") as c:
        resp = c.get(url)
    assert resp.status_code == 500 and "secret" not in resp.text
    assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]
    if url.startswith("/api/"):
        assert resp.json() == {"error": {"status": 500, "message": "internal error"}}
