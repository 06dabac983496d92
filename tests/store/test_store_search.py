"""Full-text search: stemming, phrases, prefixes, snippets, errors."""
from __future__ import annotations

import pytest

from kabar.errors import StoreError
from kabar.store import Store
from kabar.store.query import parse
from kabar.store.snippet import make_snippet
from kabar.store.stemming import stems

DOCS = {
    "visit": ("Shoigu ke Pyongyang",
              "Menteri Pertahanan Rusia Sergei Shoigu mengunjungi Pyongyang pada Selasa malam. "
              "Ia bertemu Kim Jong-un dan membahas kerja sama militer."),
    "trade": ("Ekspor kopi naik",
              "Nilai ekspor kopi dari Sumatra Utara meningkat tajam tahun ini, kata pejabat dinas perdagangan."),
    "storm": ("Banjir di Jakarta",
              "Banjir merendam ribuan rumah di Jakarta setelah hujan deras. Pemerintah kota membuka posko."),
    "talks": ("Pertemuan menteri",
              "Para menteri luar negeri ASEAN mengadakan pertemuan tentang kerja sama ekonomi di Jakarta."),
}


@pytest.fixture(params=["compact index", "v4 index"])
def store(request):
    """Every search test runs on a new store's compact index and on the index a migrated store keeps."""
    from .conftest import with_v4_index
    with Store(":memory:") as s:
        yield with_v4_index(s) if request.param == "v4 index" else s


@pytest.fixture
def ids(store, make_doc):
    """Store the four documents; name -> doc id."""
    out = {}
    for name, (title, text) in DOCS.items():
        doc = make_doc(text, title=title)
        store.add(doc)
        out[name] = doc.id
    return out


@pytest.mark.parametrize("query, expected", [
    ("kunjungan", {"visit"}),                # stem kunjung meets mengunjungi
    ("berkunjung", {"visit"}),
    ("Shoigu", {"visit"}),
    ("shoigu", {"visit"}),
    ("pertemuan", {"visit", "talks"}),       # bertemu / pertemuan share temu
    ('"kerja sama"', {"visit", "talks"}),
    ('"kerja sama militer"', {"visit"}),
    ('"militer kerja"', set()),              # phrases keep their word order
    ("Kim-Jong-un", {"visit"}),
    ('"Kim Jong Un"', {"visit"}),
    ("pyong*", {"visit"}),
    ("jakarta banjir", {"storm"}),
    ("jakarta OR kopi", {"storm", "talks", "trade"}),
    ("jakarta NOT banjir", {"talks"}),
    ("(kopi OR banjir) AND jakarta", {"storm"}),
    ("NEAR(ekspor tajam, 5)", {"trade"}),     # five words apart
    ("NEAR(ekspor tajam, 4)", set()),
    ("“kerja sama” ekonomi", {"talks"}),
    ("tidakada", set()),
])
def test_search_finds(store, ids, query, expected):
    found = {doc_id for doc_id in (h.doc_id for h in store.search(query))}
    assert found == {ids[name] for name in expected}


@pytest.mark.parametrize("query, marked", [
    ("kunjungan", "<mark>mengunjungi</mark>"),
    ("Shoigu", "Sergei <mark>Shoigu</mark> <mark>mengunjungi</mark>"[:22]),
    ('"Kim Jong Un"', "<mark>Kim Jong-un</mark>"),
    ("pyong*", "<mark>Pyongyang</mark>"),
])
def test_snippets_mark_what_matched(store, ids, query, marked):
    (hit,) = store.search(query)
    assert marked in hit.snippet
    assert (hit.title, hit.outlet, hit.published) == ("Shoigu ke Pyongyang", "contoh.id", "2024-03-01")


@pytest.mark.parametrize("text, marked", [
    ("Hari itu.\n\nKunjungan-kunjungan berlanjut.", "<mark>Kunjungan</mark>-<mark>kunjungan</mark>"),
    ("Mereka mengunjungi\nkota.", "<mark>mengunjungi</mark> kota"),
    ("Kunjungan café.", "<mark>Kunjungan</mark> café"),
])
def test_snippet_marks_words_at_line_and_text_edges(text, marked):
    assert marked in make_snippet(text, parse("kunjungan"))


def test_snippet_of_a_long_text_is_a_passage_around_the_hits():
    text = "Awal berita. " + "kata lain. " * 80 + "Menteri mengunjungi Jakarta. " + "akhir. " * 80
    snippet = make_snippet(text, parse("kunjungan jakarta"))
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>mengunjungi</mark> <mark>Jakarta</mark>" in snippet
    assert len(snippet) < 300


def test_custom_highlight_marks(store, ids):
    (hit,) = store.search("banjir", marks=("[", "]"))
    assert "[Banjir]" in hit.snippet and "<mark>" not in hit.snippet


def test_a_title_match_ranks_first(store, make_doc):
    body_only = make_doc("Laporan umum. Di akhir disebut juga soal vaksin.", title="Laporan umum")
    in_title = make_doc("Pemerintah mengumumkan program baru bulan ini.", title="Program vaksin nasional")
    store.add_many([body_only, in_title])
    hits = store.search("vaksin")
    assert [h.doc_id for h in hits] == [in_title.id, body_only.id]
    assert hits[0].score > hits[1].score


def test_limit_and_offset_page_through_hits(store, make_doc):
    for i in range(5):
        store.add(make_doc(f"Berita ke-{i} tentang gempa bumi."))
    first, rest = store.search("gempa", limit=2), store.search("gempa", limit=10, offset=2)
    assert len(first) == 2 and len(rest) == 3
    assert not {h.doc_id for h in first} & {h.doc_id for h in rest}


@pytest.mark.parametrize("query", ['"kerja sama', "(banjir OR", "banjir AND", "NOT banjir", 'NEAR("a b, 2)'])
def test_malformed_queries_raise_a_store_error(store, ids, query):
    with pytest.raises(StoreError, match="query|search"):
        store.search(query)


@pytest.mark.parametrize("query", ["", "   ", "!!! ---", "AND"])
def test_queries_without_words_find_nothing(store, ids, query):
    assert store.search(query) == []


@pytest.mark.parametrize("word, expected", [
    ("kunjungan", {"kunjung"}),
    ("mengunjungi", {"kunjung"}),        # nasal prefix: both readings kept
    ("pengunjung", {"kunjung"}),
    ("pasukannya", {"pasukan"}),         # exception list, through the clitic
    ("pemerintah", {"pemerintah"}),
    ("Shoigu", {"shoigu"}),
    ("2024", {"2024"}),
    ("Café", {"cafe"}),
])
def test_stems(word, expected):
    assert expected <= set(stems(word))
