"""Safety: headers, escaping of untrusted text on every page, URL ingestion address rules."""
from __future__ import annotations

import http.server
import socket

import pytest

from kabar.web import safety, views

from .briefing_fixture import briefing
from .conftest import ESCAPED, LIVE_MARKUP, SCRIPT, loopback_server


# -- headers -------------------------------------------------------------

@pytest.mark.parametrize("url", ["/", "/search?q=gempa", "/api/v1/stories", "/static/kabar.css",
                                 "/api/v1/documents/none", "/no-such-page"])
def test_security_headers_everywhere(client, url):
    headers = client.get(url).headers
    csp = headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert headers["x-content-type-options"] == "nosniff"


def test_pages_have_no_inline_script_or_remote_assets(client):
    html = client.get("/").text
    assert "<script>" not in html and "<script src=\"/static/kabar.js\"" in html
    assert "http://" not in html and "https://" not in html


# -- escaping ------------------------------------------------------------

def hostile_ids(client) -> tuple[str, str]:
    """(document id, story id) of the hostile article."""
    doc_id = client.get("/api/v1/search", params={"q": "terbakar"}).json()["hits"][0]["doc_id"]
    story = next(s for s in client.get("/api/v1/stories").json()["stories"] if doc_id in s["documents"])
    return doc_id, story["id"]


def assert_inert(html: str, must_show: tuple[str, ...] = ()) -> None:
    """No live markup from the article; the given escaped forms are shown."""
    for live in LIVE_MARKUP:
        assert live not in html, f"live markup in page: {live}"
    for shown in must_show:
        assert shown in html


@pytest.mark.parametrize("page", ["stories", "document", "search", "entity", "entity_list", "filtered"])
def test_hostile_article_renders_inert(client, page):
    doc_id, _ = hostile_ids(client)
    url, shown = {
        "stories": ("/", ("&lt;script&gt;alert(&#39;judul&#39;)&lt;/script&gt;",)),
        "document": (f"/documents/{doc_id}", ESCAPED + ("&lt;b&gt;Maju&lt;/b&gt;", "a &lt; b &gt; c")),
        "search": ("/search?q=terbakar", ("&lt;b&gt;Maju&lt;/b&gt;", "<mark>terbakar</mark>")),
        "entity": ("/entities/toko-b-maju-b", ("Toko &lt;b&gt;Maju&lt;/b&gt;",)),
        "entity_list": ("/entities", ("Toko &lt;b&gt;Maju&lt;/b&gt;",)),
        "filtered": ("/?entity=%3Cscript%3Ealert(1)%3C/script%3E", ("&lt;script&gt;alert(1)&lt;/script&gt;",)),
    }[page]
    resp = client.get(url)
    assert resp.status_code == 200
    assert_inert(resp.text, shown)


def test_hostile_briefing_renders_inert(client, monkeypatch):
    doc_id, story_id = hostile_ids(client)
    monkeypatch.setattr(views, "brief_builder", lambda: lambda store, sid: briefing(sid, doc_id, doc_id))
    html = client.get(f"/stories/{story_id}").text
    assert_inert(html, ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
                        "sumber &lt;i&gt;data&lt;/i&gt;"))
    assert 'id="briefing"' in html


def test_error_pages_escape_the_request(client):
    resp = client.get("/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert resp.status_code == 404
    assert SCRIPT not in resp.text


def test_javascript_url_is_not_a_link(client):
    doc_id, _ = hostile_ids(client)
    html = client.get(f"/documents/{doc_id}").text
    assert "javascript:alert(4)" in html and 'href="javascript:' not in html


# -- URL ingestion ---------------------------------------------------------

def fake_dns(monkeypatch, answers: dict[str, list[str]]):
    """Make ``socket.getaddrinfo`` answer from ``answers`` (a list per call for a host: rebinding)."""
    calls: dict[str, int] = {}

    def getaddrinfo(host, port, *args, **kwargs):
        found = answers[host]
        if found and isinstance(found[0], list):  # successive answers
            found = found[min(calls.get(host, 0), len(found) - 1)]
        calls[host] = calls.get(host, 0) + 1
        return [(socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in found]
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://127.1.2.3:8080/x", "http://10.1.2.3/", "http://172.16.0.1/",
    "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fe80::1]/",
    "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/", "http://100.64.0.1/", "http://localhost/",
])
def test_private_addresses_are_refused(url):
    with pytest.raises(safety.Refused) as err:
        safety.check_url(url, allow_private=False)
    assert err.value.status == 403


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a", "gopher://x/", "http:///nohost"])
def test_other_schemes_are_refused(url):
    with pytest.raises(safety.Refused) as err:
        safety.check_url(url, allow_private=False)
    assert err.value.status == 400


@pytest.mark.parametrize("answers", [["10.0.0.7"], ["93.184.215.14", "192.168.0.9"], ["fd00::1"]])
def test_hostname_resolving_to_private_is_refused(monkeypatch, answers):
    fake_dns(monkeypatch, {"berita.example": answers})
    with pytest.raises(safety.Refused, match="berita.example"):
        safety.check_url("https://berita.example/artikel", allow_private=False)


def test_public_hostname_passes_and_operator_may_allow_private(monkeypatch):
    fake_dns(monkeypatch, {"berita.example": ["93.184.215.14"], "intranet.example": ["10.0.0.7"]})
    assert safety.check_url("https://berita.example/a", allow_private=False) == ("berita.example", 443)
    assert safety.check_url("http://intranet.example/a", allow_private=True) == ("intranet.example", 80)


def test_dns_rebinding_is_caught_at_connect(monkeypatch):
    """The first answer is public, the one used for connecting is private: refused before connecting."""
    fake_dns(monkeypatch, {"rebind.example": [["93.184.215.14"], ["127.0.0.1"]]})
    with pytest.raises(safety.Refused, match="127.0.0.1"):
        safety.fetch("http://rebind.example/", max_bytes=1000)


@pytest.fixture
def redirecting_server():
    """A loopback server whose every page redirects to a private address."""
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", "http://10.9.8.7/internal")
            self.end_headers()

        def log_message(self, *args):
            pass
    with loopback_server(Handler) as base:
        yield base + "/"


def test_redirect_to_private_address_is_refused(monkeypatch, redirecting_server):
    """Loopback allowed for the test server only; the redirect to 10.x is checked and refused."""
    real = safety.address_refusal
    monkeypatch.setattr(safety, "address_refusal", lambda a: None if a == "127.0.0.1" else real(a))
    with pytest.raises(safety.Refused, match="10.9.8.7"):
        safety.fetch(redirecting_server, max_bytes=1000)


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://10.0.0.1/", "http://169.254.169.254/",
                                 "http://[::1]/"])
def test_api_refuses_private_urls(client, url):
    resp = client.post("/api/v1/documents", json={"url": url})
    assert resp.status_code == 403
    assert "refusing" in resp.json()["error"]["message"]
