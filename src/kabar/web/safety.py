"""What keeps untrusted articles and users from harming the server or the browser.

* Security headers on every response (a strict Content-Security-Policy: no
  inline script, nothing from other origins, no framing).
* URL ingestion that refuses loopback, private, link-local and reserved
  addresses: the host is resolved and *every* address checked before the
  request, the socket connects only to an address that passed the check
  (so a DNS answer cannot change between check and use), and each redirect
  goes through the same check.
* Upload limits: size and file type.
* Requests from elsewhere refused (:class:`RequestGuard`): a ``Host`` that is
  not an address or an allowed name of this server (DNS rebinding), and a
  state-changing request whose ``Origin`` (or ``Referer``) is another site (CSRF).
"""
from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Callable, Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse, PlainTextResponse

from ..errors import InputError, TooLarge
from ..io.decode import decode_bytes
from ..io.html import html_to_raw, looks_like_html
from ..model import Raw, Source

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # same-origin, not no-referrer: with no-referrer a browser sends "Origin: null" on the server's own form posts
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}
URL_SCHEMES = ("http", "https")
FETCH_TIMEOUT_S = 20
MAX_REDIRECTS = 5
USER_AGENT = "kabar/0.1 (+news analysis)"
# Uploads kabar can read, by extension; the declared content type must fit the kind.
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
UPLOAD_CONTENT_TYPES = ("text/", "application/json", "application/x-ndjson", "application/jsonl",
                        "application/octet-stream", "application/xhtml+xml", "")


class Refused(Exception):
    """A request kabar will not carry out (status says which HTTP error it is)."""

    def __init__(self, status: int, message: str):
        self.status, self.message = status, message
        super().__init__(message)


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every response (errors included)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)
        await self.app(scope, receive, send_with_headers)


# -- where requests come from ---------------------------------------------------

STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
LOCAL_NAMES = ("localhost",)


class RequestGuard:
    """ASGI middleware refusing (403) a foreign ``Host`` and a cross-origin state-changing request.

    ``allowed_hosts`` are the names (besides IP addresses and localhost) the server may be
    reached by; ``*`` allows any. A request without ``Host`` (HTTP/1.0), or a POST with
    neither ``Origin`` nor ``Referer`` (scripts, curl), comes from no browser page and passes.
    """

    def __init__(self, app, allowed_hosts: Iterable[str] = ()):
        self.app = app
        self.allowed = {_bare_host(h) for h in (*LOCAL_NAMES, *allowed_hosts) if h}

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = Headers(scope=scope)
            why = host_refusal(headers.get("host"), self.allowed)
            if why is None and scope.get("method", "GET").upper() in STATE_CHANGING:
                why = origin_refusal(headers)
            if why:
                kind = JSONResponse if scope.get("path", "").startswith("/api/") else PlainTextResponse
                body = {"error": {"status": 403, "message": why}} if kind is JSONResponse else why
                return await kind(body, status_code=403, headers=SECURITY_HEADERS)(scope, receive, send)
        await self.app(scope, receive, send)


def _bare_host(value: str) -> str:
    """The host name of a Host header or address, lower-cased, without port, brackets or final dot."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value[1:]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name.split("%", 1)[0])
    except ValueError:
        return False
    return True


def host_refusal(host: str | None, allowed: set[str]) -> str | None:
    """Why a request for ``host`` is refused (a name this server was not told it has), or None.

    An IP address passes: DNS rebinding needs a name the attacker's DNS answers for.
    """
    if host is None:
        return None
    name = _bare_host(host)
    if "*" in allowed or name in allowed or _is_address(name):
        return None
    return (f"the host name '{name[:100]}' is not one of this server's names"
            f" (allow it with kabar serve --allow-host {name[:100]})")


def origin_refusal(headers: Headers) -> str | None:
    """Why a state-changing request from a browser page of another site is refused, or None."""
    host = (headers.get("host") or "").strip().lower()
    origin = headers.get("origin")
    if origin is not None:
        if origin.strip().lower() == "null" or urlsplit(origin.strip()).netloc.lower() != host:
            return f"refusing a request sent by a page of another site (Origin: {origin[:100]})"
        return None
    referer = headers.get("referer")
    if referer and urlsplit(referer.strip()).netloc.lower() != host:
        return "refusing a request sent by a page of another site (Referer of another host)"
    return None


# -- addresses ---------------------------------------------------------------

def address_refusal(address: str) -> str | None:
    """Why ``address`` may not be fetched (loopback, private, ...), or None when it is public."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    for kind in ("loopback", "link_local", "private", "multicast", "reserved", "unspecified"):
        if getattr(ip, f"is_{kind}"):
            return f"{ip} is a {kind.replace('_', '-')} address"
    if not ip.is_global:
        return f"{ip} is not a public address"
    return None


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise Refused(400, f"cannot resolve host '{host}' ({exc.strerror})") from exc
    return list(dict.fromkeys(info[4][0] for info in infos))


def checked_addresses(host: str, port: int, allow_private: bool) -> list[str]:
    """The addresses of ``host``; refused (403) when any of them is not public."""
    addresses = resolve(host, port)
    if not allow_private:
        for address in addresses:
            why = address_refusal(address)
            if why:
                raise Refused(403, f"refusing to fetch from '{host}': {why}"
                                   " (the operator can allow it with --allow-private-urls)")
    return addresses


def check_url(url: str, allow_private: bool) -> tuple[str, int]:
    """Validate scheme and host of ``url`` (resolving it); returns (host, port)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in URL_SCHEMES:
        raise Refused(400, f"only http and https URLs can be ingested, not '{parts.scheme or url}'")
    if not parts.hostname:
        raise Refused(400, f"the URL '{url}' has no host")
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as exc:
        raise Refused(400, f"the URL '{url}' has an invalid port") from exc
    checked_addresses(parts.hostname, port, allow_private)
    return parts.hostname, port


# -- fetching ----------------------------------------------------------------

def _pinned_connect(allow_private: bool) -> Callable:
    """A ``create_connection`` that connects only to checked addresses of the host."""
    def connect(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None, **kw):
        host, port = address
        last: OSError | None = None
        for ip in checked_addresses(host, port, allow_private):
            try:
                return socket.create_connection((ip, port), timeout, source_address)
            except OSError as exc:
                last = exc
        raise last or OSError(f"cannot connect to {host}")
    return connect


def _handlers(allow_private: bool) -> list:
    """urllib handlers whose connections go through :func:`_pinned_connect`."""
    connect = _pinned_connect(allow_private)

    # http.client sets _create_connection per instance in __init__, so replace it after.
    class Http(http.client.HTTPConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class Https(http.client.HTTPSConnection):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._create_connection = connect

    class HttpHandler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(Http, req)

    class HttpsHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(Https, req, context=self._context)

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def redirect_request(self, req, fp, code, msg, headers, newurl):
            check_url(newurl, allow_private)  # a redirect is a new request: same rules
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return [HttpHandler(), HttpsHandler(), Redirects()]


def fetch(url: str, max_bytes: int, allow_private: bool = False) -> Raw:
    """Fetch one page under the address rules; ``Refused`` or ``InputError`` on failure."""
    check_url(url, allow_private)
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.UnknownHandler(), urllib.request.HTTPDefaultErrorHandler(),
                    urllib.request.HTTPErrorProcessor(), *_handlers(allow_private)):
        opener.add_handler(handler)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(request, timeout=FETCH_TIMEOUT_S) as resp:
            data = resp.read(max_bytes + 1)
    except Refused:
        raise
    except Exception as exc:
        raise InputError(url, f"could not be fetched ({exc})") from exc
    if len(data) > max_bytes:
        raise TooLarge(url, f"the page is over the limit of {max_bytes:,} bytes")
    text = decode_bytes(data, url)
    if not looks_like_html(text):
        return Raw(source=Source(path=url, url=url), text=text, meta={"format": "text"})
    return html_to_raw(text, Source(path=url, url=url))


# -- uploads -----------------------------------------------------------------

@dataclass(frozen=True)
class UploadRules:
    """Limits on uploaded files."""

    max_bytes: int
    suffixes: tuple[str, ...] = UPLOAD_SUFFIXES


def check_upload(filename: str, content_type: str | None, size: int, rules: UploadRules) -> str:
    """The file's suffix when it may be ingested; ``Refused`` with 413 or 415 otherwise."""
    suffix = PurePosixPath(filename or "").suffix.lower()
    if suffix not in rules.suffixes:
        raise Refused(415, f"'{filename}': kabar reads {', '.join(rules.suffixes)} files, not '{suffix or 'no'}'"
                           " files")
    declared = (content_type or "").split(";", 1)[0].strip().lower()
    if not any(declared.startswith(t) if t.endswith("/") else declared == t for t in UPLOAD_CONTENT_TYPES):
        raise Refused(415, f"'{filename}': content type '{declared}' is not text")
    if size > rules.max_bytes:
        raise Refused(413, f"'{filename}' is over the upload limit of {rules.max_bytes:,} bytes")
    return suffix
