"""The lake's Arrow schema, derived from the typed model, and the row <-> contract-object mapping.

The ``documents`` table holds every contract field (annotations as nested lists of structs whose
fields are the dataclass fields of :mod:`kabar.model`, so a field added there appears here), plus
``extra``: a JSON object of any other top-level field a stage adds, so nothing is lost. A row turns
back into exactly the object ``kabar analyze`` printed.

The flat tables (entities, mentions, quotes, quantities, times, events) hold one row per item with
the document id and publication month, for analysts opening the lake without kabar.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from typing import Any

import pyarrow as pa

from .. import model

# Top-level contract fields stored as typed columns, in order; the annotation lists by their item type.
LISTS = {"boilerplate_detail": model.Boilerplate, "sentences": model.Sentence, "entities": model.Entity,
         "times": model.TimeExpr, "quantities": model.Quantity, "quotes": model.Quote, "events": model.Event,
         "unattributed_quotes": model.Quote}
SCALARS = ("id", "title", "published", "published_evidence", "language", "text")
SOURCE = pa.struct([("path", pa.string()), ("url", pa.string()), ("outlet", pa.string()), ("line", pa.int64())])
BYLINE = pa.struct([(k, pa.list_(pa.string())) for k in ("authors", "editors", "agencies")])
SPAN = pa.struct([("start", pa.int64()), ("end", pa.int64())])


def _arrow(tp: Any) -> pa.DataType:
    """The Arrow type of one annotated dataclass field."""
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        if len(args) == 1:
            return _arrow(args[0])
        return pa.list_(pa.float64())  # a number or [low, high]: always a list (see _to_number)
    if typing.get_origin(tp) is list:
        return pa.list_(_arrow(args[0]))
    if typing.get_origin(tp) is dict:
        return SPAN  # Event.sentence: {"start", "end"}
    return {str: pa.string(), int: pa.int64(), bool: pa.bool_(), float: pa.float64()}[tp]


def struct_of(cls: type) -> pa.StructType:
    hints = typing.get_type_hints(cls)
    return pa.struct([(f.name, _arrow(hints[f.name])) for f in dataclasses.fields(cls)])


def documents_schema() -> pa.Schema:
    fields = [pa.field(name, pa.string()) for name in SCALARS]
    fields += [pa.field("source", SOURCE), pa.field("byline", BYLINE), pa.field("boilerplate", pa.list_(pa.string()))]
    fields += [pa.field(name, pa.list_(struct_of(cls))) for name, cls in LISTS.items()]
    # Not contract fields: the input text before cleaning and the stages' notes, so that a document
    # loaded into a store from the lake is stored exactly as ``kabar ingest`` stores it.
    fields += [pa.field("raw", pa.string()), pa.field("meta", pa.string()), pa.field("input_order", pa.int64())]
    fields += [pa.field("extra", pa.string()), pa.field("month", pa.string())]
    return pa.schema(fields)


NUMBER_FIELDS = {"quantities": "value"}
TYPED = set(SCALARS) | set(LISTS) | {"source", "byline", "boilerplate", "_raw", "_meta", "_order"}


def lake_record(doc: "model.Document", order: int | None = None) -> dict[str, Any]:
    """What the lake keeps of an analysed document: its contract object, raw text, stage notes and its
    place in the input (the order ``kabar ingest`` would have stored it in)."""
    return {**doc.to_dict(), "_raw": doc.raw, "_meta": json.dumps(doc.meta, ensure_ascii=False, default=_plain),
            "_order": order}


def _plain(obj: Any) -> Any:
    """Stage notes as JSON: a dataclass (an unattributed Quote) as its fields, anything else as text."""
    return dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) and not isinstance(obj, type) else str(obj)


def document_of(row: dict[str, Any]) -> "model.Document":
    """A documents-table row as the :class:`~kabar.model.Document` it was made from."""
    d = from_row(row)
    doc = model.Document.from_dict(d, raw=row.get("raw") or "")
    doc.meta = json.loads(row["meta"]) if row.get("meta") else {"time_anchor": d.get("time_anchor")}
    return doc


def month_of(published: str | None) -> str:
    """The partition a document goes to: its publication month, or 'unknown'."""
    if published and len(published) >= 7 and published[4] == "-":
        return published[:7]
    return "unknown"


def to_row(doc: dict[str, Any]) -> dict[str, Any]:
    """A contract object as a row of the documents table."""
    row = {k: doc.get(k) for k in SCALARS}
    src = doc.get("source") or {}
    row["source"] = {k: src.get(k) for k in ("path", "url", "outlet", "line")}
    row["byline"] = doc.get("byline")
    row["boilerplate"] = doc.get("boilerplate") or []
    for name in LISTS:
        items = doc.get(name) or []
        row[name] = [_number_to_list(i) for i in items] if name in NUMBER_FIELDS else items
    rest = {k: v for k, v in doc.items() if k not in TYPED}
    row["raw"], row["meta"], row["input_order"] = doc.get("_raw"), doc.get("_meta"), doc.get("_order")
    row["extra"] = json.dumps(rest, ensure_ascii=False, sort_keys=True) if rest else None
    row["month"] = month_of(doc.get("published"))
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A documents-table row back to the contract object (key order as ``Document.to_dict``)."""
    src = dict(row["source"] or {})
    if src.get("line") is None:
        src.pop("line", None)
    doc = {"id": row["id"], "source": src}
    for k in ("title", "published", "published_evidence", "language", "text"):
        doc[k] = row[k]
    doc["boilerplate"] = list(row["boilerplate"] or [])
    doc["boilerplate_detail"] = list(row["boilerplate_detail"] or [])
    doc["byline"] = row["byline"] or {"authors": [], "editors": [], "agencies": []}
    for name in ("sentences", "entities", "times", "quantities", "quotes", "events", "unattributed_quotes"):
        items = list(row[name] or [])
        doc[name] = [_list_to_number(i) for i in items] if name in NUMBER_FIELDS else items
    doc.update(json.loads(row["extra"]) if row.get("extra") else {})
    return doc


def _number_to_list(item: dict[str, Any]) -> dict[str, Any]:
    value = item.get("value")
    return {**item, "value": list(value) if isinstance(value, (list, tuple)) else [value]}


def _list_to_number(item: dict[str, Any]) -> dict[str, Any]:
    values = [_tidy(v) for v in item.get("value") or []]
    return {**item, "value": values[0] if len(values) == 1 else values}


def _tidy(v: float | None) -> float | int | None:
    """Whole numbers come back as integers, as the quantity parser gives them."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


# -- flat tables -----------------------------------------------------------------------------------

def flat_rows(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """One document's rows for each flat table."""
    base = {"doc_id": doc["id"], "published": doc.get("published"), "month": month_of(doc.get("published"))}
    out: dict[str, list[dict[str, Any]]] = {"mentions": [], "entities": [], "quotes": [], "quantities": [],
                                            "times": [], "events": []}
    per_entity: dict[str, dict[str, Any]] = {}
    for e in doc.get("entities") or []:
        out["mentions"].append({**base, **{k: e.get(k) for k in ("text", "start", "end", "type", "canonical",
                                                                   "entity_id")}})
        key = e.get("entity_id") or e.get("canonical") or e.get("text")
        agg = per_entity.setdefault(key, {**base, "entity_id": e.get("entity_id"), "canonical": e.get("canonical"),
                                          "type": e.get("type"), "mentions": 0, "first_start": e.get("start")})
        agg["mentions"] += 1
    out["entities"] = list(per_entity.values())
    for q in doc.get("quotes") or []:
        out["quotes"].append({**base, **{k: q.get(k) for k in ("text", "speaker", "speaker_entity_id", "cue",
                                                               "direct", "start", "end")}})
    for q in doc.get("quantities") or []:
        v = q.get("value")
        low, high = (v[0], v[-1]) if isinstance(v, (list, tuple)) and v else (v, v)
        out["quantities"].append({**base, "text": q.get("text"), "start": q.get("start"), "end": q.get("end"),
                                  "value": None if isinstance(v, (list, tuple)) else v, "low": low, "high": high,
                                  "unit": q.get("unit")})
    for t in doc.get("times") or []:
        out["times"].append({**base, **{k: t.get(k) for k in ("text", "start", "end", "value", "granularity")}})
    for ev in doc.get("events") or []:
        out["events"].append({**base, **{k: ev.get(k) for k in ("type", "actor", "target", "date", "location",
                                                                "trigger", "negated", "hypothetical")}})
    return out


_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
_BASE = [("doc_id", _S), ("published", _S), ("month", _S)]
FLAT_SCHEMAS = {
    "mentions": pa.schema(_BASE + [("text", _S), ("start", _I), ("end", _I), ("type", _S), ("canonical", _S),
                                   ("entity_id", _S)]),
    "entities": pa.schema(_BASE + [("entity_id", _S), ("canonical", _S), ("type", _S), ("mentions", _I),
                                   ("first_start", _I)]),
    "quotes": pa.schema(_BASE + [("text", _S), ("speaker", _S), ("speaker_entity_id", _S), ("cue", _S),
                                 ("direct", _B), ("start", _I), ("end", _I)]),
    "quantities": pa.schema(_BASE + [("text", _S), ("start", _I), ("end", _I), ("value", _F), ("low", _F),
                                     ("high", _F), ("unit", _S)]),
    "times": pa.schema(_BASE + [("text", _S), ("start", _I), ("end", _I), ("value", _S), ("granularity", _S)]),
    "events": pa.schema(_BASE + [("type", _S), ("actor", _S), ("target", _S), ("date", _S), ("location", _S),
                                 ("trigger", _S), ("negated", _B), ("hypothetical", _B)]),
}
ERRORS_SCHEMA = pa.schema([("input", _S), ("line", _I), ("reason", _S), ("kind", _S), ("unit", _S)])
