"""WARC archives: HTML responses become documents; other records are counted and skipped; damage is
reported once and reading goes on; byte ranges cover every record exactly once."""
from __future__ import annotations

import gzip
import os

import pytest

from kabar.batch.synthetic import Article, html_page, warc_record
from kabar.errors import InputError
from kabar.io import iter_inputs
from kabar.io.warc import WarcStats, byte_ranges, iter_warc
from kabar.model import Raw
from kabar.settings import Settings

BODY = ("Wali Kota Tarakan meresmikan pasar ikan baru di Kelurahan Selumit pada Senin (4/3/2024). "
        "Pedagang menyambut gembira bangunan dua lantai itu.\n\nKepala dinas setempat mengatakan pasar "
        "menampung 120 pedagang dan buka setiap hari.")


def _page(i: int) -> bytes:
    a = Article(f"a{i}", "e", f"Pasar ikan baru ke-{i} diresmikan", BODY.replace("120", str(100 + i)),
                "2024-03-04", f"https://contoh.id/{i}", "contoh.id")
    return html_page(a).encode("utf-8")


def _archive(path, records, packed=True):
    with open(path, "wb") as fh:
        for rec in records:
            fh.write(gzip.compress(rec) if packed else rec)
    return str(path)


def _urls(items):
    return [i.source.url for i in items if isinstance(i, Raw)]


@pytest.mark.parametrize("packed", [True, False])
def test_warc_html_responses_become_documents_with_url_and_crawl_date(tmp_path, packed):
    path = _archive(tmp_path / ("a.warc.gz" if packed else "a.warc"), [
        warc_record("https://contoh.id/0", b"", kind="request"),
        warc_record("https://contoh.id/0", _page(0), crawled="2024-03-05T01:02:03Z"),
        warc_record("https://contoh.id/logo.png", b"\x89PNG" + bytes(50), "image/png"),
        warc_record("https://contoh.id/old", _page(9), status="301 Moved Permanently"),
        warc_record("https://contoh.id/1", _page(1)),
    ], packed)
    stats = WarcStats()
    items = list(iter_warc(path, 10**6, stats=stats))
    assert _urls(items) == ["https://contoh.id/0", "https://contoh.id/1"]
    first = items[0]
    assert first.title.startswith("Pasar ikan baru ke-0") and "120" not in first.text and "100 pedagang" in first.text
    assert first.meta["crawled"].startswith("2024-03-05") and first.published == "2024-03-04"
    assert (stats.records, stats.responses, stats.documents, stats.skipped, stats.corrupt) == (5, 4, 2, 2, 0)


@pytest.mark.parametrize("packed", [True, False])
def test_warc_corrupt_record_is_counted_and_reading_goes_on(tmp_path, packed):
    good = [warc_record(f"https://contoh.id/{i}", _page(i)) for i in range(4)]
    broken = gzip.compress(good[2])[:30] + b"\x00damaged\x00" * 3 if packed else b"NOT A WARC RECORD\r\n\r\n"
    path = tmp_path / ("b.warc.gz" if packed else "b.warc")
    with open(path, "wb") as fh:
        for i, rec in enumerate(good):
            fh.write(broken if i == 2 else (gzip.compress(rec) if packed else rec))
    stats = WarcStats()
    items = list(iter_warc(str(path), 10**6, stats=stats))
    errors = [i for i in items if isinstance(i, InputError)]
    assert _urls(items) == ["https://contoh.id/0", "https://contoh.id/1", "https://contoh.id/3"]
    assert len(errors) == 1 and stats.corrupt == 1
    assert "corrupt WARC record" in str(errors[0]) and str(path) in str(errors[0])


@pytest.mark.parametrize("packed", [True, False])
def test_warc_byte_ranges_read_every_record_exactly_once(tmp_path, packed):
    path = _archive(tmp_path / ("c.warc.gz" if packed else "c.warc"),
                    [warc_record(f"https://contoh.id/{i}", _page(i)) for i in range(12)], packed)
    ranges = byte_ranges(path, os.path.getsize(path), 1500)
    assert len(ranges) > 3
    got = [u for a, b in ranges for u in _urls(iter_warc(path, 10**6, a, b))]
    assert got == [f"https://contoh.id/{i}" for i in range(12)]


def test_warc_compressed_as_one_stream_is_one_range(tmp_path):
    data = b"".join(warc_record(f"https://contoh.id/{i}", _page(i)) for i in range(6))
    path = tmp_path / "one.warc.gz"
    path.write_bytes(gzip.compress(data))
    assert byte_ranges(str(path), path.stat().st_size, 100) == [(0, None)]
    assert len(_urls(iter_warc(str(path), 10**6))) == 6


def test_warc_is_read_by_the_input_walk(tmp_path):
    _archive(tmp_path / "crawl.warc.gz", [warc_record("https://contoh.id/7", _page(7))])
    items = list(iter_inputs([str(tmp_path)], Settings()))
    assert _urls(items) == ["https://contoh.id/7"] and items[0].source.path.endswith("crawl.warc.gz")


def test_warc_page_over_the_limit_is_an_error_naming_the_record(tmp_path):
    path = _archive(tmp_path / "big.warc.gz", [warc_record("https://contoh.id/big", _page(1))])
    items = list(iter_warc(path, 100))
    assert len(items) == 1 and isinstance(items[0], InputError) and "over the limit" in str(items[0])
    assert "contoh.id/big" in str(items[0])
