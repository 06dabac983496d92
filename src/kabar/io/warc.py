"""WARC crawl archives (``.warc``, ``.warc.gz``): each HTML ``response`` record becomes a document.

Read with FastWARC. A document keeps the record's target URL and its crawl date (``meta['crawled']``);
the publication date still comes from the page itself. Records that are not an HTML page answered
with 200 are counted and skipped; a corrupt record yields one error naming the archive and byte
offset, and reading goes on from the next record that parses (plain and record-wise gzipped archives;
a stream compressed as one piece cannot be resynchronised and ends at the damage).

A byte range ``[start, end)`` reads only the records that *begin* inside it, so an archive can be
split into ranges read in parallel without a record being read twice or missed.
"""
from __future__ import annotations

import zlib
from dataclasses import dataclass
from typing import BinaryIO, Iterator

from ..errors import InputError, TooLarge
from ..model import Raw, Source
from .decode import decode_bytes, normalize
from .html import html_to_raw

HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_MAGIC = b"WARC/1."
SCAN_CHUNK = 1 << 20
# A gzip member larger than this is not one record: the archive is one compressed stream.
MAX_MEMBER = 64 << 20


@dataclass
class WarcStats:
    """What reading one archive (or range) met."""

    records: int = 0  # WARC records of any type
    responses: int = 0
    documents: int = 0
    skipped: int = 0  # responses that are not an HTML page answered with 200
    corrupt: int = 0  # damaged stretches skipped


def iter_warc(path: str, max_bytes: int, start: int = 0, end: int | None = None,
              stats: WarcStats | None = None) -> Iterator[Raw | InputError]:
    """Documents of the HTML responses whose records begin in ``[start, end)``; errors as values."""
    stats = stats if stats is not None else WarcStats()
    gz = is_gzip(path)
    with open(path, "rb") as f:
        pos = start if start == 0 else resync(f, start, gz)
        reported = False
        while pos is not None and (end is None or pos < end):
            last = None
            try:
                for rec in _records(f, pos):
                    last = rec.stream_pos
                    if end is not None and last >= end:
                        return
                    reported = False
                    item = _document(rec, path, max_bytes, stats)
                    if item is not None:
                        yield item
                return
            except OSError as exc:
                at = pos if last is None else last
                if not reported:  # one error per damaged stretch, however many resync tries it takes
                    stats.corrupt += 1
                    reported = True
                    yield InputError(path, f"corrupt WARC record at or after byte {at:,} ({exc}); skipped")
                pos = resync(f, at + 1, gz) if gz is not None else None


def _records(f: BinaryIO, pos: int):
    from fastwarc.warc import ArchiveIterator

    f.seek(pos)
    return ArchiveIterator(f, parse_http=False, auto_decode="none")


def _document(rec, path: str, max_bytes: int, stats: WarcStats) -> Raw | InputError | None:
    """The document of one record, an error, or None for a record that is not an HTML page."""
    from fastwarc.warc import WarcRecordType

    stats.records += 1
    if rec.record_type != WarcRecordType.response:
        return None
    stats.responses += 1
    rec.parse_http(auto_decode="all")
    url = rec.headers.get("WARC-Target-URI")
    ctype = (rec.http_content_type or "").lower()
    if rec.http_headers is None or rec.http_headers.status_code != 200 or ctype not in HTML_TYPES:
        stats.skipped += 1
        return None
    data = rec.reader.read(max_bytes + 1)
    where = f"record at byte {rec.stream_pos:,} ({url})"
    if len(data) > max_bytes:
        return TooLarge(path, f"{where}: the page is over the limit of {max_bytes:,} bytes")
    try:
        raw = html_to_raw(_decode(data, rec.http_charset, path), Source(path=path, url=url))
    except InputError as exc:
        return InputError(path, f"{where}: {exc.reason}")
    raw.meta.update({"format": "warc", "warc_offset": rec.stream_pos, "crawled": _iso(rec.record_date)})
    stats.documents += 1
    return raw


def _decode(data: bytes, charset: str | None, path: str) -> str:
    """The page text under its declared charset, else detected."""
    if charset:
        try:
            return normalize(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data, path)


def _iso(value) -> str | None:
    try:
        return value.isoformat() if value else None
    except AttributeError:
        return None


def is_gzip(path: str) -> bool | None:
    """True for gzip, False for a plain WARC, None for another compression (zstd, lz4)."""
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(GZIP_MAGIC[:2]):
        return True
    if head.startswith(WARC_MAGIC):
        return False
    return None


def resync(f: BinaryIO, at: int, gz: bool | None) -> int | None:
    """The offset of the first record at or after ``at`` that parses, or None at the end."""
    if gz is None:
        return None
    magic = GZIP_MAGIC if gz else WARC_MAGIC
    for cand in _candidates(f, at, magic, gz):
        try:
            first = next(iter(_records(f, cand)), None)
        except OSError:
            continue
        if first is not None and first.stream_pos == cand:
            return cand
    return None


def _candidates(f: BinaryIO, at: int, magic: bytes, gz: bool) -> Iterator[int]:
    """Offsets from ``at`` on where a record could begin (a plain record begins a line)."""
    pos = at
    while True:
        f.seek(pos)
        chunk = f.read(SCAN_CHUNK + len(magic))
        if len(chunk) < len(magic):
            return
        i = chunk.find(magic)
        while i != -1 and i < SCAN_CHUNK:
            if gz or _line_start(f, pos + i):
                yield pos + i  # the caller reads from there; this scan goes on in ``chunk``
            i = chunk.find(magic, i + 1)
        pos += SCAN_CHUNK


def _line_start(f: BinaryIO, offset: int) -> bool:
    if offset == 0:
        return True
    f.seek(offset - 1)
    return f.read(1) == b"\n"


def byte_ranges(path: str, size: int, target: int) -> list[tuple[int, int | None]]:
    """Split an archive into ranges of about ``target`` bytes (one range if it cannot be split)."""
    gz = is_gzip(path)
    if size <= target or gz is None or (gz and not _member_wise(path, size)):
        return [(0, None)]
    cuts = list(range(0, size, target))
    return [(a, b if b < size else None) for a, b in zip(cuts, cuts[1:] + [size])]


def _member_wise(path: str, size: int) -> bool:
    """True when the first gzip member ends before the file does (one member per record)."""
    d = zlib.decompressobj(wbits=31)
    read = 0
    with open(path, "rb") as f:
        while not d.eof and read < min(size, MAX_MEMBER):
            chunk = f.read(SCAN_CHUNK)
            if not chunk:
                break
            read += len(chunk)
            try:
                d.decompress(chunk, 1 << 16)
                while d.unconsumed_tail and not d.eof:
                    d.decompress(d.unconsumed_tail, 1 << 16)
            except zlib.error:
                return False
    return d.eof and (read - len(d.unused_data)) < size
