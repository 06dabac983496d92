"""Readers: every supported format, encodings, and bad input that names the file and goes on."""
from __future__ import annotations

import io
import json
import sys

import pytest

from kabar.errors import BinaryInput, EmptyInput, InputError, TooLarge, UnsupportedInput
from kabar.io import iter_inputs
from kabar.model import Raw
from kabar.settings import Settings

BODY = "Presiden meresmikan jembatan baru di Samarinda pada Senin (4/3/2024). Warga menyambut gembira."


def _items(paths, **kw):
    return list(iter_inputs([str(p) for p in paths], Settings(**kw)))


@pytest.mark.parametrize("name, data", [
    ("utf8.txt", BODY.encode("utf-8")),
    ("bom.txt", b"\xef\xbb\xbf" + BODY.encode("utf-8")),
    ("utf16.txt", BODY.encode("utf-16")),
    ("utf16le-nobom.txt", BODY.encode("utf-16-le")),
    ("cp1252.txt", (BODY + " Caf\u00e9 \u201cbaru\u201d.").encode("cp1252")),
    ("latin1.txt", (BODY + " Jos\u00e9 d\u00e9j\u00e0 vu.").encode("latin-1")),
])
def test_readers_decode_every_encoding(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    [raw] = _items([p])
    assert isinstance(raw, Raw)
    assert raw.text.startswith("Presiden meresmikan jembatan")
    assert "\ufeff" not in raw.text


def test_readers_cp1252_keeps_curly_quotes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes((BODY + " Ia berkata \u201csiap\u201d kepada warga.").encode("cp1252"))
    [raw] = _items([p])
    assert "\u201csiap\u201d" in raw.text


@pytest.mark.parametrize("name, data", [
    ("curly.txt", f"{BODY} Ia berkata \u201csiap\u201d.".encode("utf-8").replace(b"Warga", b"W\x92arga")),
    ("page.html", (f'<html><head><meta charset="utf-8"></head><body><p>{BODY}</p></body></html>'
                   .encode("utf-8").replace(b"Warga", b"W\xe9arga"))),
    ("declared.html", (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                       f'<body><p>{BODY}</p></body></html>').encode("utf-8").replace(b"Warga", b"W\xb0arga")),
])
def test_readers_utf8_with_one_stray_byte_stays_utf8(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    [raw] = _items([p])
    assert raw.text.count("\ufffd") == 1 and "W\ufffdarga" in raw.text
    assert "\u201csiap\u201d" in raw.text or name != "curly.txt"


def test_readers_latin1_degree_sign_is_not_read_as_a_japanese_code_page(tmp_path):
    p = tmp_path / "gempa.txt"
    p.write_bytes(f"{BODY} Pusat gempa di 0,61\u00b0 Lintang Utara dan 123,27\u00b0 Bujur Timur.".encode("latin-1"))
    [raw] = _items([p])
    assert "0,61\u00b0 Lintang Utara" in raw.text and "123,27\u00b0" in raw.text


def test_readers_declared_legacy_charset_is_used(tmp_path):
    p = tmp_path / "lama.html"
    p.write_bytes(f'<html><head><meta charset="windows-1252"></head><body><p>{BODY} Kata \u201cpasti\u201d.</p>'
                  '</body></html>'.encode("cp1252"))
    [raw] = _items([p])
    assert "\u201cpasti\u201d" in raw.text


@pytest.mark.parametrize("name, data, error", [
    ("empty.txt", b"", EmptyInput),
    ("blank.txt", b"  \n\n \t", EmptyInput),
    ("binary.txt", bytes(range(256)) * 20, BinaryInput),
    ("image.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, UnsupportedInput),
])
def test_readers_bad_input_is_an_error_naming_the_file(tmp_path, name, data, error):
    p = tmp_path / name
    p.write_bytes(data)
    [item] = _items([p])
    assert isinstance(item, error)
    assert name in str(item)


def test_readers_huge_file_is_refused_with_the_limit(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text(BODY * 100, encoding="utf-8")
    [item] = _items([p], max_bytes=1000)
    assert isinstance(item, TooLarge)
    assert "huge.txt" in str(item) and "1,000" in str(item)


def test_readers_missing_path(tmp_path):
    [item] = _items([tmp_path / "nope.txt"])
    assert isinstance(item, InputError) and "no such file" in str(item)


def test_readers_batch_goes_on_after_errors(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.md").write_text("# Judul\n\n" + BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    items = _items([tmp_path])
    assert [type(i).__name__ for i in items] == ["Raw", "EmptyInput", "Raw"]


def test_readers_walks_folders_recursively_in_order(tmp_path):
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "b.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY + " Satu.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    items = _items([tmp_path])
    assert [i.source.path.split("/")[-1] for i in items] == ["a.txt", "b.txt"]


@pytest.mark.parametrize("name", ["README.md", "readme.txt", "LICENSE.txt", "CHANGELOG.md"])
def test_readers_folder_walk_skips_folder_documentation(tmp_path, name):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / name).write_text(BODY + " Catatan.", encoding="utf-8")
    assert [i.source.path.split("/")[-1] for i in _items([tmp_path])] == ["a.txt"]
    assert [i.source.path.split("/")[-1] for i in _items([tmp_path / name])] == [name]


def test_readers_markdown_heading_is_the_title(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Jembatan Baru Diresmikan\n\n**Samarinda** - " + BODY + " [tautan](http://x.id)", encoding="utf-8")
    [raw] = _items([p])
    assert raw.title == "Jembatan Baru Diresmikan"
    assert "**" not in raw.text and "tautan" in raw.text and "http://x.id" not in raw.text


def test_readers_jsonl_fields_and_malformed_lines(tmp_path):
    p = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"title": "Satu", "content": BODY, "url": "https://contoh.id/1", "date": "2024-03-04T10:00:00+07:00",
                    "author": "Budi Santoso, Ani"}),
        "{not json",
        json.dumps({"judul": "Dua", "text": BODY, "published": "Senin, 4 Maret 2024 10:00 WIB", "outlet": "Contoh"}),
        json.dumps({"title": "Tanpa isi"}),
        json.dumps(["a list"]),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    items = _items([p])
    assert isinstance(items[0], Raw) and items[0].title == "Satu" and items[0].published == "2024-03-04"
    assert items[0].source.url == "https://contoh.id/1" and items[0].authors == ["Budi Santoso", "Ani"]
    assert isinstance(items[1], InputError) and ":2:" in str(items[1]) and "malformed JSON" in str(items[1])
    assert items[2].title == "Dua" and items[2].published == "2024-03-04" and items[2].source.outlet == "Contoh"
    assert isinstance(items[3], InputError) and "no article text" in str(items[3])
    assert isinstance(items[4], InputError) and "expected a JSON object" in str(items[4])


def test_readers_json_list_and_html_content(tmp_path):
    p = tmp_path / "dump.json"
    html = "<html><body><article><p>" + BODY + "</p><p>" + BODY.replace("Presiden", "Gubernur") + "</p></article></body></html>"
    p.write_text(json.dumps({"articles": [{"title": "A", "text": BODY}, {"title": "B", "content": html}]}), encoding="utf-8")
    items = _items([p])
    assert [i.title for i in items] == ["A", "B"]
    assert "<p>" not in items[1].text and "Gubernur meresmikan" in items[1].text


def test_readers_html_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(f"""<html><head><meta property="og:title" content="Jembatan Baru">
    <meta property="og:site_name" content="Kabar Timur"><meta property="article:published_time" content="2024-03-04T10:00:00+08:00">
    <meta name="author" content="Rina Wati"></head><body><nav>Beranda | Daerah</nav><article><h1>Jembatan Baru</h1>
    <p>{BODY}</p><p>Baca Juga: Harga beras naik</p><p>{BODY.replace('Presiden', 'Wali kota')}</p></article>
    <footer>Copyright 2024 Kabar Timur</footer><script>var x = 1;</script></body></html>""", encoding="utf-8")
    [raw] = _items([p])
    assert raw.title == "Jembatan Baru" and raw.published == "2024-03-04"
    assert raw.source.outlet == "Kabar Timur" and raw.authors == ["Rina Wati"]
    assert "var x" not in raw.text and "Wali kota meresmikan" in raw.text


@pytest.mark.parametrize("dateline, published, evidence", [
    ("<p>Senin, 4 Maret 2024 10:00 WITA</p>", "2024-03-04", "dateline"),
    ("", "2024-03-09", "metadata (the date of a revision)"),
])
def test_readers_html_dated_only_by_a_revision_gives_way_to_the_pages_dateline(tmp_path, dateline, published, evidence):
    from kabar.analyze import analyze
    p = tmp_path / "page.html"
    p.write_text(f"""<html><head><meta property="og:title" content="Jembatan Baru">
    <meta property="article:modified_time" content="2024-03-09T08:00:00+08:00"></head><body><article>
    <h1>Jembatan Baru</h1>{dateline}<p>{BODY}</p><p>{BODY.replace('Presiden', 'Wali kota')}</p></article></body></html>""",
                 encoding="utf-8")
    [doc] = list(analyze([str(p)]))
    assert (doc.published, doc.published_evidence) == (published, evidence)


def test_readers_broken_html_recovers_its_text(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text(f"<html><body><div><p>{BODY} <b>tebal <i>", encoding="utf-8")
    [item] = _items([p])
    assert isinstance(item, Raw) and "Presiden meresmikan" in item.text


def test_readers_html_without_text_or_metadata_is_an_error(tmp_path):
    p = tmp_path / "empty.html"
    p.write_text("<html><head></head><body><nav><a href='/'>Beranda</a></nav></body></html>", encoding="utf-8")
    [item] = _items([p])
    assert isinstance(item, InputError) and "empty.html" in str(item) and "no article text" in str(item)


def test_readers_html_without_body_keeps_its_metadata(tmp_path):
    from kabar.analyze import analyze
    p = tmp_path / "kosong.html"
    p.write_text('<html><head><meta property="og:title" content="Jembatan Baru Diresmikan">'
                 '<meta property="article:published_time" content="2024-03-04T10:00:00+08:00"></head>'
                 "<body><nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav><div id='app'></div></body></html>",
                 encoding="utf-8")
    [doc] = list(analyze([str(p)]))
    assert (doc.title, doc.published, doc.text) == ("Jembatan Baru Diresmikan", "2024-03-04", "")
    assert doc.warnings == [{"stage": "clean", "message": "no article text found; the page's metadata is kept"}]


def _portal(name: str) -> str:
    from pathlib import Path
    return (Path(__file__).resolve().parents[2] / "benchmarks" / "data" / "html_portals" / name).read_text(encoding="utf-8")


def test_readers_portal_page_body_without_teasers_or_links(tmp_path):
    import json
    from pathlib import Path
    from kabar.analyze import analyze
    from kabar.text.lead import headline_end
    gold = {g["file"]: g for g in map(json.loads, (Path(__file__).resolve().parents[2] / "benchmarks" / "data" /
                                                  "html_portals" / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    for name in ("01-detik.html", "11-teasers.html"):
        p = tmp_path / name
        p.write_text(_portal(name), encoding="utf-8")
        [doc] = list(analyze([str(p)]))
        assert doc.text[headline_end(doc.text, doc.title):].split("\n\n") == gold[name]["body"]


def test_readers_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode("utf-8"))))
    [raw] = _items(["-"])
    assert raw.source.path == "-" and raw.text.startswith("Presiden")


def test_readers_folder_walk_skips_the_file_stdout_writes_to(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        f.write(json.dumps({"title": "x", "text": BODY}) + "\n")
        f.flush()
        monkeypatch.setattr(sys, "stdout", f)
        items = _items([tmp_path])
    assert [i.source.path.rsplit("/", 1)[-1] for i in items] == ["a.txt"]


def test_markdown_marks_are_dropped_and_unclosed_brackets_kept_as_written():
    from kabar.io.readers import _markdown
    from kabar.model import Source
    raw = _markdown("# Judul\n\nHarga **naik** di [Pasar Induk](https://contoh.id/pasar) hari ini.\n"
                    + "tanda ** dan [ tanpa pasangan " * 50, Source(path="x.md"))
    assert raw.title == "Judul"
    assert "Harga naik di Pasar Induk hari ini." in raw.text
    assert raw.text.count("[") == 50
