"""The typed document that every stage reads and annotates.

A :class:`Document` owns one clean ``text``; every annotation (sentence,
entity, time, quantity, quote, event) points into it with ``start``/``end``
Python string offsets, so provenance and highlighting come for free.
``to_dict`` gives the JSON shape of ``docs/contract.md``.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class Source:
    """Where a document came from."""

    path: str | None = None
    url: str | None = None
    outlet: str | None = None
    line: int | None = None  # line number inside a JSONL export


@dataclass
class Raw:
    """One input as read from disk or the network, before any analysis."""

    source: Source
    text: str
    title: str | None = None
    published: str | None = None  # ISO date from metadata, if any
    authors: list[str] = field(default_factory=list)
    html: str | None = None  # the original markup for HTML inputs
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[dict[str, str]] = field(default_factory=list)  # {"stage": "read", "message"}: fields refused


@dataclass
class Boilerplate:
    """A removed line or fragment, verbatim, with what kind of noise it was."""

    text: str
    kind: str
    line: int  # 0-based line number in the raw text
    fragment: bool = False


@dataclass
class Byline:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    start: int
    end: int


@dataclass
class Entity:
    text: str
    start: int
    end: int
    type: str  # PER ORG GPE LOC NORP EVENT LAW
    canonical: str
    entity_id: str | None = None
    metonymy: bool = False


@dataclass
class TimeExpr:
    text: str
    start: int
    end: int
    value: str
    granularity: str
    mod: str | None = None
    note: str | None = None


@dataclass
class Quantity:
    text: str
    start: int
    end: int
    value: float | int | list[float | int]  # a number, or [low, high] for a range or a vague amount
    unit: str | None = None
    modifier: str | None = None  # approx, more_than, less_than, almost, at_least, up_to, vague
    measured: str | None = None  # what is counted or measured, as written ("rumah rusak", "kerugian negara")


@dataclass
class Quote:
    text: str
    speaker: str | None
    speaker_entity_id: str | None
    cue: str | None
    direct: bool
    start: int
    end: int
    speaker_text: str | None = None
    role: str | None = None


@dataclass
class Event:
    type: str
    actor: str | None
    target: str | None
    date: str | None
    location: str | None
    trigger: str
    sentence: dict[str, int]
    negated: bool = False
    hypothetical: bool = False
    date_from_published: bool = False


@dataclass
class Document:
    """One article and everything kabar knows about it."""

    id: str
    source: Source
    raw: str
    title: str | None = None
    published: str | None = None
    published_evidence: str | None = None  # metadata | dateline | text
    language: str | None = None
    text: str = ""
    boilerplate: list[Boilerplate] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)  # {"stage", "message"} per failed stage
    meta: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_raw(cls, raw: Raw) -> "Document":
        """A fresh document whose id is derived from the content (a metadata date that is no ISO day is dropped)."""
        from .io.fields import iso_day
        published = iso_day(raw.published)
        warnings = [dict(w) for w in raw.warnings]
        if raw.published and not published:
            warnings.append({"stage": "read", "message": f"field 'published': {raw.published[:40]!r} is not a date"
                                                        " (YYYY-MM-DD); ignored"})
        return cls(id=content_id(raw.text), source=raw.source, raw=raw.text,
                   title=raw.title, published=published,
                   published_evidence="metadata" if published else None,
                   byline=Byline(authors=list(raw.authors)), meta=dict(raw.meta), warnings=warnings)

    def sentence_text(self, i: int) -> str:
        s = self.sentences[i]
        return self.text[s.start:s.end]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the ``kabar analyze`` contract (plus extra fields)."""
        src = {"path": self.source.path, "url": self.source.url, "outlet": self.source.outlet}
        if self.source.line is not None:
            src["line"] = self.source.line
        return {
            "id": self.id,
            "source": src,
            "title": self.title,
            "published": self.published,
            "published_evidence": self.published_evidence,
            "language": self.language,
            "text": self.text,
            "boilerplate": [b.text for b in self.boilerplate],
            "boilerplate_detail": [record(b) for b in self.boilerplate],
            "byline": record(self.byline),
            "sentences": [record(s) for s in self.sentences],
            "entities": [record(e) for e in self.entities],
            "times": [record(t) for t in self.times],
            "quantities": [record(q) for q in self.quantities],
            "quotes": [record(q) for q in self.quotes],
            "events": [record(e) for e in self.events],
            # Extra fields (the contract allows additions): what else a stage found.
            "unattributed_quotes": [_plain(q) for q in self.meta.get("unattributed_quotes") or []],
            "time_anchor": self.meta.get("time_anchor"),
            "warnings": [dict(w) for w in self.warnings],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], raw: str = "") -> "Document":
        """Rebuild a document from its ``to_dict`` form (as kept in the store)."""
        src = d.get("source") or {}
        doc = cls(id=d["id"], source=Source(src.get("path"), src.get("url"), src.get("outlet"), src.get("line")),
                  raw=raw, title=d.get("title"), published=d.get("published"),
                  published_evidence=d.get("published_evidence"), language=d.get("language"),
                  text=d.get("text") or "")
        doc.boilerplate = [Boilerplate(**b) for b in d.get("boilerplate_detail") or []]
        doc.byline = Byline(**(d.get("byline") or {}))
        doc.sentences = [Sentence(**s) for s in d.get("sentences") or []]
        doc.entities = [Entity(**e) for e in d.get("entities") or []]
        doc.times = [TimeExpr(**t) for t in d.get("times") or []]
        doc.quantities = [Quantity(**q) for q in d.get("quantities") or []]
        doc.quotes = [Quote(**q) for q in d.get("quotes") or []]
        doc.events = [Event(**e) for e in d.get("events") or []]
        doc.warnings = [dict(w) for w in d.get("warnings") or []]
        return doc


# Values ``asdict`` hands on as they are (a deep copy of one is itself).
_ATOMS = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def record(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict(obj)`` for an annotation, faster: its fields read directly where each holds a
    string, a number, None, or a list or dict of those (copied, as ``asdict`` copies them); any other
    value (a nested dataclass, a tuple) leaves the whole record to ``asdict``."""
    cls = type(obj)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))
    out = {}
    for name in names:
        value = getattr(obj, name)
        kind = type(value)
        if kind in _ATOMS:
            out[name] = value
        elif kind is list and all(type(v) in _ATOMS for v in value):
            out[name] = list(value)
        elif kind is dict and all(type(k) in _ATOMS and type(v) in _ATOMS for k, v in value.items()):
            out[name] = dict(value)
        else:
            return asdict(obj)
    return out


def _plain(obj: Any) -> Any:
    """A dataclass as a dict; anything else unchanged."""
    from dataclasses import is_dataclass
    return record(obj) if is_dataclass(obj) and not isinstance(obj, type) else obj


def content_id(text: str) -> str:
    """A stable id from the content: the same article always gets the same id."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]
