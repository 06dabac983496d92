"""A small store of hand-made documents (one hostile), served by a TestClient."""
from __future__ import annotations

import http.server
import threading
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient

from kabar.model import Document, Entity, Quantity, Quote, Sentence, Source, TimeExpr, content_id
from kabar.store import Store
from kabar.web import WebConfig, create_app

SCRIPT = "<script>alert(1)</script>"
HOSTILE_TITLE = "<script>alert('judul')</script> Toko <b>Maju</b> terbakar"
HOSTILE_TEXT = (f"Jakarta - Toko <b>Maju</b> terbakar pada Senin (3/6/2024). {SCRIPT} "
                "Kerugian mencapai Rp 2 miliar. <img src=x onerror=alert(2)> "
                '"Kami <i>sedih</i> sekali," kata pemilik toko. Rumus: a < b > c.')
HOSTILE_URL = "javascript:alert(4)"
# Escaped forms that must appear where the hostile text is shown.
ESCAPED = ("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;")
LIVE_MARKUP = (SCRIPT, "<img src=x", "<b>Maju</b>", "<i>sedih</i>", 'href="javascript:', "<script>alert('judul')")

PLAIN = [
    ("Gempa bumi mengguncang Kabupaten Bone pada Selasa (21/5/2024). Warga Bone mengungsi.",
     "Gempa Guncang Bone", "kabar-satu.id", "2024-05-21"),
    ("Gempa di Bone merusak puluhan rumah pada Selasa (21/5/2024). BMKG mencatat magnitudo 6,2.",
     "Puluhan Rumah Rusak Akibat Gempa Bone", "kabar-dua.id", "2024-05-21"),
    ("Harga beras di Cipinang naik pada Senin (8/7/2024). Pedagang beras mengeluh.",
     "Harga Beras Naik", "kabar-satu.id", "2024-07-08"),
]


def _entity(text: str, surface: str, type_: str, canonical: str) -> Entity:
    start = text.index(surface)
    return Entity(surface, start, start + len(surface), type_, canonical)


def hostile_document() -> Document:
    """An article whose text, title, entity, quote and URL carry markup and script."""
    text = HOSTILE_TEXT
    doc = Document(id=content_id(text), source=Source(path="hostile.txt", url=HOSTILE_URL, outlet="<i>outlet</i>"),
                   raw=text, title=HOSTILE_TITLE, published="2024-06-03", language="id", text=text)
    doc.sentences = [Sentence(0, len(text))]
    doc.entities = [_entity(text, "Jakarta", "GPE", "Jakarta"),
                    _entity(text, "Toko <b>Maju</b>", "ORG", "Toko <b>Maju</b>")]
    when = text.index("Senin (3/6/2024)")
    doc.times = [TimeExpr("Senin (3/6/2024)", when, when + 16, "2024-06-03", "day")]
    money = text.index("Rp 2 miliar")
    doc.quantities = [Quantity("Rp 2 miliar", money, money + 11, 2_000_000_000, "IDR")]
    quote = text.index("Kami <i>")
    doc.quotes = [Quote("Kami <i>sedih</i> sekali,", "Toko <b>Maju</b>", None, "kata", True, quote, quote + 24)]
    return doc


def plain_document(text: str, title: str, outlet: str, published: str) -> Document:
    doc = Document(id=content_id(text), source=Source(path=f"{content_id(text)}.txt", outlet=outlet), raw=text,
                   title=title, published=published, language="id", text=text)
    doc.sentences = [Sentence(0, len(text))]
    for name, type_ in (("Bone", "GPE"), ("BMKG", "ORG"), ("Cipinang", "LOC")):
        if name in text:
            doc.entities.append(_entity(text, name, type_, name))
    return doc


@pytest.fixture(scope="session")
def store_path(tmp_path_factory):
    """A store file with the plain documents and the hostile one."""
    path = tmp_path_factory.mktemp("web") / "web.db"
    with Store(path) as store:
        for args in PLAIN:
            store.add(plain_document(*args))
        store.add(hostile_document())
    return path


@pytest.fixture(scope="session")
def client(store_path):
    """A client of an app over the shared store (read-only use)."""
    with TestClient(create_app(store_path), base_url="http://localhost") as c:
        yield c


@pytest.fixture
def fresh_client(tmp_path):
    """A client over an empty store of its own, with small upload limits (for ingest tests)."""
    config = WebConfig(max_upload_bytes=2_000, max_upload_files=3, ingest_wait_s=30)
    with TestClient(create_app(tmp_path / "fresh.db", config=config), base_url="http://localhost") as c:
        yield c


@contextmanager
def loopback_server(handler: type[http.server.BaseHTTPRequestHandler]):
    """Serve ``handler`` on a free loopback port for the duration; yields the base URL."""
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
