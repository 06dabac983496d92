"""The compact row format of a stored document: the text once, everything else small.

A document row keeps its clean ``text`` as a column and nothing that repeats it:

* ``packed``: the annotations and the other fields of :meth:`Document.to_dict` that have no column
  of their own, as deflated JSON, with every annotation's ``text`` left out where it is the slice
  of the clean text between its offsets (it is cut again on read). Since format 3 the lists of
  annotations are columns of values (keys once, offsets as the gap from the previous start and a
  length), a document's entities name each (type, canonical, id) once, and deflate starts from a
  preset dictionary of the field names (:data:`DICTIONARIES`); format 2 blobs read as before;
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

FORMAT = 3  # 1: the ``json`` column holds Document.to_dict() (schema v1-v2); 2: deflated JSON of lists of dicts
SLICED = ("entities", "times", "quantities", "quotes")  # annotation lists whose ``text`` is a slice
COLUMNS = ("id", "title", "published", "language", "text")  # fields the documents table holds as columns
DERIVED = ("boilerplate", "unattributed_quotes", "time_anchor")  # rebuilt by to_dict from other fields
WINDOW = 32_768  # deflate reaches this far back: the preset dictionary's useful size
LEVEL = 6


# Format 3's preset dictionary: the field names and frequent values of Document.to_dict(), so that a
# short document does not pay for spelling each out once. Never edit it: a blob names its dictionary by
# the Adler-32 in its zlib header; a new one is added beside it.
_DICTIONARY_1 = (
    '"warnings":[],"published_evidence":null,"boilerplate_detail":[{"text":"","kind":"site_prefix","line":0,'
    '"fragment":true}],"byline":{"authors":[],"editors":[],"agencies":[]},"source":{"path":"","url":null,'
    '"outlet":null,"line":null},"meta":{"format":"text","outlet_evidence":null,"datelines":[],"time_anchor":'
    '{"date":"","source":"published"},"unattributed_quotes":[]},"events":{"k":["type","actor","target","date",'
    '"location","trigger","sentence","negated","hypothetical","date_from_published"],"r":[["CONSULT",null,'
    'false,false,false]]},"quotes":{"k":["speaker","speaker_entity_id","cue","direct","start","end"],"r":'
    '[["","ent_","kata",true,"ujar",false,"katanya"]]},"quantities":{"k":["start","end","value","unit",'
    '"modifier","measured"],"r":[[0,"orang","persen","rupiah",null,"approx"]]},"times":{"k":["start","end",'
    '"value","granularity","mod"],"r":[[0,"day",null,"month","year","2017-"]]},"sentences":{"k":["start",'
    '"end"],"r":[[0,1],[1,1]]},"entities":{"u":[["GPE","Indonesia","ent_"],["ORG","","ent_"],["PER","",'
    '"ent_"]],"r":[[0,'
).encode()
DICTIONARIES = {zlib.adler32(d): d for d in (_DICTIONARY_1,)}
DICTIONARY = _DICTIONARY_1  # the one new blobs use
ENTITY_KEYS = frozenset({"start", "end", "type", "canonical", "entity_id", "metonymy"})


def pack(data: dict[str, Any], text: str) -> bytes:
    """``data`` (a Document.to_dict() plus "meta") without columns, derived fields and text slices."""
    keep = {k: v for k, v in data.items() if k not in COLUMNS and k not in DERIVED}
    for name in SLICED:
        keep[name] = [_cut(a, text) for a in keep.get(name) or []]
    for name, value in keep.items():
        if _dict_list(value):
            keep[name] = _entity_table(value) if name == "entities" else _columns(value)
    keep["_f"] = FORMAT
    deflate = zlib.compressobj(LEVEL, zdict=DICTIONARY)
    body = json.dumps(keep, ensure_ascii=False, separators=(",", ":"), default=str).encode()
    return deflate.compress(body) + deflate.flush()


def unpack(packed: bytes, columns: dict[str, Any], raw: str) -> Document:
    """The document of one compact row (``columns``: the values of COLUMNS)."""
    from ..model import Document

    data = json.loads(_inflate(packed))
    if data.pop("_f", 2) >= 3:
        for name, value in data.items():
            if isinstance(value, dict) and "r" in value and ("k" in value or "u" in value):
                data[name] = _entity_rows(value) if "u" in value else _rows(value)
    text = columns["text"] or ""
    for name in SLICED:
        for a in data.get(name) or []:
            if "text" not in a:
                a["text"] = text[a["start"]:a["end"]]
    doc = Document.from_dict({**data, **columns}, raw=raw)
    doc.meta = data.get("meta") or {}
    return doc


def _inflate(packed: bytes) -> bytes:
    """A blob's JSON bytes, with the preset dictionary its zlib header names (if any)."""
    if len(packed) > 6 and packed[1] & 0x20:  # FDICT: the dictionary's Adler-32 follows the header
        inflate = zlib.decompressobj(zdict=DICTIONARIES[int.from_bytes(packed[2:6], "big")])
        return inflate.decompress(packed) + inflate.flush()
    return zlib.decompress(packed)


def _dict_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def _spans(keys: list[str] | frozenset) -> bool:
    return "start" in keys and "end" in keys


def _columns(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Rows as the first row's keys once and a list of values per row (start as the gap from the
    previous row's start, end as the length); a row with other keys stays a dict."""
    keys, out, prev = list(rows[0]), [], 0
    for row in rows:
        if list(row) != keys or (_spans(keys) and not _int_span(row)):
            out.append(row)
        else:
            values = [row[k] for k in keys]
            if _spans(keys):
                values[keys.index("start")], values[keys.index("end")] = row["start"] - prev, row["end"] - row["start"]
            out.append(values)
        prev = row["start"] if _int_span(row) else prev
    return {"k": keys, "r": out}


def _rows(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows :func:`_columns` packed."""
    keys, out, prev = table["k"], [], 0
    for values in table["r"]:
        row = values
        if isinstance(values, list):
            row = dict(zip(keys, values))
            if _spans(keys):
                row["start"] = prev + row["start"]
                row["end"] = row["start"] + row["end"]
        out.append(row)
        prev = row["start"] if _int_span(row) else prev
    return out


def _entity_table(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Entity mentions as [start gap, length, index into the (type, canonical, id) list(, metonymy)]."""
    names: dict[tuple, int] = {}
    out, prev = [], 0
    for row in rows:
        if set(row) != ENTITY_KEYS or not _int_span(row):
            out.append(row)
        else:
            key = (row["type"], row["canonical"], row["entity_id"])
            index = names.setdefault(key, len(names))
            metonymy = [] if row["metonymy"] is False else [row["metonymy"]]
            out.append([row["start"] - prev, row["end"] - row["start"], index, *metonymy])
        prev = row["start"] if _int_span(row) else prev
    return {"u": [list(k) for k in names], "r": out}


def _entity_rows(table: dict[str, Any]) -> list[dict[str, Any]]:
    """The mentions :func:`_entity_table` packed."""
    names, out, prev = table["u"], [], 0
    for values in table["r"]:
        row = values
        if isinstance(values, list):
            type_, canonical, entity_id = names[values[2]]
            start = prev + values[0]
            row = {"start": start, "end": start + values[1], "type": type_, "canonical": canonical,
                   "entity_id": entity_id, "metonymy": values[3] if len(values) > 3 else False}
        out.append(row)
        prev = row["start"] if _int_span(row) else prev
    return out


def _int_span(row: dict[str, Any]) -> bool:
    return type(row.get("start")) is int and type(row.get("end")) is int


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
