"""The compact row format of a stored document: the text once, everything else small.

A document row keeps its clean ``text`` as a column and nothing that repeats it:

* ``packed``: the annotations and the other fields of :meth:`Document.to_dict` that have no column
  of their own, as deflated JSON, with every annotation's ``text`` left out where it is the slice
  of the clean text between its offsets (it is cut again on read);
* ``raw_delta``: the raw input deflated against the clean text as a preset dictionary (a few dozen
  bytes when the raw input is the text plus some lines), or NULL when the raw input is the text.
  Where analysis left no clean text the ``raw`` column holds the input as it is.

:func:`unpack` gives back a :class:`Document` whose ``to_dict()`` equals the one stored.
"""
from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..model import Document

FORMAT = 2  # 1: the ``json`` column holds Document.to_dict() (schema v1-v2)
SLICED = ("entities", "times", "quantities", "quotes")  # annotation lists whose ``text`` is a slice
COLUMNS = ("id", "title", "published", "language", "text")  # fields the documents table holds as columns
DERIVED = ("boilerplate", "unattributed_quotes", "time_anchor")  # rebuilt by to_dict from other fields
WINDOW = 32_768  # deflate reaches this far back: the preset dictionary's useful size
LEVEL = 6


def pack(data: dict[str, Any], text: str) -> bytes:
    """``data`` (a Document.to_dict() plus "meta") without columns, derived fields and text slices."""
    keep = {k: v for k, v in data.items() if k not in COLUMNS and k not in DERIVED}
    for name in SLICED:
        keep[name] = [_cut(a, text) for a in keep.get(name) or []]
    return zlib.compress(json.dumps(keep, ensure_ascii=False, separators=(",", ":"), default=str).encode(), LEVEL)


def unpack(packed: bytes, columns: dict[str, Any], raw: str) -> Document:
    """The document of one compact row (``columns``: the values of COLUMNS)."""
    from ..model import Document

    data = json.loads(zlib.decompress(packed))
    text = columns["text"] or ""
    for name in SLICED:
        for a in data.get(name) or []:
            if "text" not in a:
                a["text"] = text[a["start"]:a["end"]]
    doc = Document.from_dict({**data, **columns}, raw=raw)
    doc.meta = data.get("meta") or {}
    return doc


def _cut(annotation: dict[str, Any], text: str) -> dict[str, Any]:
    """The annotation without its ``text`` when that is the slice its offsets give."""
    if annotation.get("text") == text[annotation["start"]:annotation["end"]]:
        return {k: v for k, v in annotation.items() if k != "text"}
    return annotation


def raw_columns(raw: str, text: str) -> tuple[str, bytes | None]:
    """(raw column, raw_delta column) for one document."""
    if not text:
        return raw, None
    if raw == text:
        return "", None
    deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, _dictionary(text))
    return "", deflate.compress(raw.encode()) + deflate.flush()


def raw_of(raw_column: str, delta: bytes | None, text: str) -> str:
    """The raw input back from its columns (see :func:`raw_columns`)."""
    if not text:
        return raw_column
    if delta is None:
        return text
    inflate = zlib.decompressobj(-15, zdict=_dictionary(text))
    return (inflate.decompress(delta) + inflate.flush()).decode()


def _dictionary(text: str) -> bytes:
    return text.encode()[:WINDOW]


UPGRADE_BATCH = 500


def upgrade_rows(conn) -> int:
    """Convert documents rows of the old format (full JSON, raw copy) to the compact one; returns how many.

    Each batch commits on its own and only touches rows still unconverted, so an interrupted upgrade
    resumes at the next open and two processes upgrading together do no harm.
    """
    done = 0
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            rows = conn.execute("SELECT seq, json, raw, text FROM documents WHERE packed IS NULL LIMIT ?",
                                (UPGRADE_BATCH,)).fetchall()
            conn.executemany("UPDATE documents SET json = '', packed = ?, raw = ?, raw_delta = ? WHERE seq = ?",
                             [_upgraded(*r) for r in rows])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        done += len(rows)
        if len(rows) < UPGRADE_BATCH:
            return done


def _upgraded(seq: int, old_json: str, raw: str, text: str) -> tuple[bytes, str, bytes | None, int]:
    """The compact columns of one old row."""
    raw_col, delta = raw_columns(raw, text)
    return pack(json.loads(old_json), text), raw_col, delta, seq
