"""Numbers across articles: group the claims about one thing and say whether the values agree.

A claim is a quantity with what it counts (a counted-noun class, or for money
and percentages the words it is about), the state it is in (dead, injured,
detained ... from a word list), the party it belongs to ("tentara China") and
the years its sentence names. Claims join a group only when they are
compatible with every claim already in it, so groups do not chain.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.id.claims import (
    COUNTED_CLASSES, MEASURE_UNITS, SKIP_UNITS, STATE_WINDOW, STATE_WORDS, TOPIC_FILLERS, TOPIC_WINDOW,
    TOPIC_WORDS,
)
from ..model import Document, Quantity
from ..store.stemming import stems
from ..stories.features import stopwords
from ..text.tokens import tokenize
from .sources import Sent, entity_key, ref

EXACT_TOLERANCE = 0.01  # "1,2 juta" and "1.210.000" are the same figure rounded
APPROX_TOLERANCE = 0.05  # "sekitar Rp 1,2 miliar" still excludes Rp 1,4 miliar
VAGUE_SPAN = 10  # "ratusan ribu" is at least 100 000 and below a million
OWNER_GAP = 2  # characters between the figure and a name that owns it ("tentara China")
OWNER_TYPES = frozenset({"GPE", "NORP", "ORG", "LOC", "PER"})
YEAR_LEN = 4
MAX_STATE_WORDS = 2  # longest state phrase in words
STATE_AFTER = 3  # words after a figure read for its state ("tentara China gugur")
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "—", "–"})
MAX_RATIO = 20  # values further apart than this are different things, not a disagreement


@dataclass
class Claim:
    """One quantity in one sentence, with what it is about."""

    sent: Sent
    q: Quantity
    kind: str  # the counted class, or the unit of a measure (money, percent, length ...)
    unit: str
    state: str | None
    owner: str | None  # entity key of the party the figure belongs to
    owner_name: str | None
    topic: frozenset[str]  # stems of the words before the figure
    topic_text: str
    measure: bool  # a measure says nothing of what it measures: the topic words must match
    years: tuple[int, int] | None
    lo: float
    hi: float

    @property
    def doc(self) -> Document:
        return self.sent.doc


def extract(sents: list[Sent]) -> list[Claim]:
    """The claims of one document's sentences."""
    if not sents:
        return []
    doc = sents[0].doc
    by_start = {s.start: s for s in sents}
    starts = sorted(by_start)
    out = []
    for q in doc.quantities:
        unit = (q.unit or "").strip()
        if not unit or unit.lower() in SKIP_UNITS:
            continue
        sent = by_start[max([s for s in starts if s <= q.start] or [starts[0]])]
        out.append(_claim(sent, q, unit))
    return out


def _claim(sent: Sent, q: Quantity, unit: str) -> Claim:
    """Read what ``q`` counts, its state, owner and years from its sentence."""
    doc = sent.doc
    measure = unit in MEASURE_UNITS or unit.lower() in MEASURE_UNITS
    words = _topic(doc.text, sent.start, q.start)
    topic = frozenset(stems(w)[0] for w in words)
    kind = unit if measure else COUNTED_CLASSES.get(unit.lower(), unit.lower())
    owner, name = _owner(doc, sent, q)
    lo, hi = interval(q)
    return Claim(sent, q, kind, unit, _state(doc.text, sent, q), owner, name, topic, " ".join(words), measure,
                 _years(doc, sent), lo, hi)


def _topic(text: str, sent_start: int, q_start: int) -> list[str]:
    """The content words just before a figure, as written and in order ("uang pengganti")."""
    toks = [t.text.lower() for t in tokenize(text, sent_start, q_start) if t.text[0].isalpha()]
    stop = stopwords()
    out: list[str] = []
    for w in reversed(toks[-TOPIC_WINDOW:]):
        if w in TOPIC_FILLERS or w in stop:
            continue
        out.append(w)
        if len(out) == TOPIC_WORDS:
            break
    return out[::-1]


def _state(text: str, sent: Sent, q: Quantity) -> str | None:
    """The state of what a figure counts: a state word right after it ("1.240 rumah rusak"),
    else the nearest one before it in the same clause ("menewaskan ratusan ribu orang")."""
    after = [t.text.lower() for t in tokenize(text, q.end, sent.end)]
    before = [t.text.lower() for t in tokenize(text, sent.start, q.start)]
    found = _first_state(_clause(after)[:STATE_AFTER])
    return found or _first_state(_clause(before[::-1])[:STATE_WINDOW], backwards=True)


def _clause(tokens: list[str]) -> list[str]:
    """Tokens up to the first clause boundary."""
    cut = next((i for i, t in enumerate(tokens) if t in CLAUSE_BREAKS), len(tokens))
    return tokens[:cut]


def _first_state(tokens: list[str], backwards: bool = False) -> str | None:
    """The first state word or phrase in ``tokens`` (which run away from the figure)."""
    for i in range(len(tokens)):
        for n in range(MAX_STATE_WORDS, 0, -1):
            words = tokens[i:i + n]
            phrase = " ".join(words[::-1] if backwards else words)
            if phrase in STATE_WORDS:
                return STATE_WORDS[phrase]
    return None


def _owner(doc: Document, sent: Sent, q: Quantity) -> tuple[str | None, str | None]:
    """The party a figure belongs to: a name right after it, else the actor of the event it sits in."""
    for e in doc.entities:
        if e.type in OWNER_TYPES and 0 <= e.start - q.end <= OWNER_GAP:
            return entity_key(e), e.canonical or e.text
    for ev in doc.events:
        if ev.actor and ev.sentence.get("start") == sent.start and q.text in ev.trigger:
            keys = {entity_key(e): e.canonical for e in doc.entities
                    if sent.start <= e.start < sent.end and (e.canonical == ev.actor or e.text == ev.actor)}
            if keys:
                key = next(iter(keys))
                return key, keys[key]
    return None, None


def _years(doc: Document, sent: Sent) -> tuple[int, int] | None:
    """The span of years the sentence's time expressions name (None when it names none)."""
    years: list[int] = []
    for t in doc.times:
        if sent.start <= t.start < sent.end:
            for part in t.value.split("/"):
                if part[:YEAR_LEN].isdigit():
                    years.append(int(part[:YEAR_LEN]))
    return (min(years), max(years)) if years else None


def interval(q: Quantity) -> tuple[float, float]:
    """The values a figure allows, given its rounding and hedges."""
    v = q.value
    if isinstance(v, list):
        return float(min(v)), float(max(v))
    v = float(v)
    if q.modifier == "vague":
        return v, v * VAGUE_SPAN - 1
    tol = APPROX_TOLERANCE if q.modifier == "approx" else EXACT_TOLERANCE
    return v * (1 - tol), v * (1 + tol)


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two claims count the same thing (so their values should match)."""
    if a.kind != b.kind or a.state != b.state or a.unit != b.unit:
        return False
    if a.years and b.years and (a.years[1] < b.years[0] or b.years[1] < a.years[0]):
        return False
    if a.doc.id == b.doc.id and not _overlaps(a, b):
        return False  # one article giving two values counts two different things
    if a.measure and not a.topic & b.topic:
        return False
    if max(a.lo, b.lo) > MAX_RATIO * max(1.0, min(a.hi, b.hi)):
        return False  # orders of magnitude apart: not the same count told differently
    return _same_owner(a, b) and _same_owner(b, a)


def _same_owner(a: Claim, b: Claim) -> bool:
    """An owned figure matches one with the same owner, or an unowned one whose sentence names it."""
    if a.owner is None:
        return True
    return b.owner == a.owner or (b.owner is None and a.owner in b.sent.entities)


def group(claims: list[Claim]) -> list[list[Claim]]:
    """Groups of mutually compatible claims; a claim joins the group whose topic words it shares most."""
    groups: list[list[Claim]] = []
    for c in claims:
        fits = [g for g in groups if all(compatible(c, o) for o in g)]
        home = max(fits, key=lambda g: (_topic_overlap(c, g), -_distance(c, g)), default=None)
        if home is None:
            groups.append([c])
        else:
            home.append(c)
    return groups


def _topic_overlap(c: Claim, g: list[Claim]) -> float:
    """The best Jaccard overlap of topic words between ``c`` and a group member."""
    return max((len(c.topic & o.topic) / len(c.topic | o.topic) for o in g if c.topic | o.topic), default=0.0)


def _distance(c: Claim, g: list[Claim]) -> float:
    """How far (as a ratio) ``c``'s value is from the nearest value in the group."""
    return min(max(c.lo, o.lo) / max(1e-9, min(c.hi, o.hi)) for o in g)


def values(claims: list[Claim]) -> list[dict]:
    """Distinct values of a group, each with every source that states it."""
    out: list[tuple[Claim, list[Claim]]] = []
    for c in claims:
        same = next((v for v in out if _overlaps(v[0], c)), None)
        if same is None:
            out.append((c, [c]))
        else:
            same[1].append(c)
    return [{"value": c.q.value, "text": c.q.text, "modifier": c.q.modifier,
             "state": c.state, "sources": _refs(members)} for c, members in out]


def _overlaps(a: Claim, b: Claim) -> bool:
    return a.lo <= b.hi and b.lo <= a.hi


def _refs(members: list[Claim]) -> list[dict]:
    """One citation per document (its first sentence stating the value)."""
    seen: dict[str, dict] = {}
    for c in members:
        seen.setdefault(c.doc.id, ref(c.doc, c.sent.start, c.sent.end))
    return list(seen.values())


def topic(claims: list[Claim]) -> str:
    """A short name for what the group counts ("tentara China", "IDR uang pengganti")."""
    first = claims[0]
    owner = next((c.owner_name for c in claims if c.owner_name), None)
    head = f"{first.topic_text} ({first.unit})" if first.measure and first.topic_text else first.kind
    parts = [head] + ([owner] if owner else [])
    label = " ".join(parts)
    return f"{label} ({first.state})" if first.state else label


def disagreements(sents_by_doc: dict[str, list[Sent]], story_docs: set[str]) -> list[dict]:
    """Number groups stated by at least two documents, at least one of them in the story.

    A figure stated once about the same thing in another state ("180.000 tentara
    China gugur" beside the soldiers sent) is kept as context next to its group.
    """
    claims = [c for sents in sents_by_doc.values() for c in extract(sents)]
    claims.sort(key=lambda c: c.doc.id not in story_docs)  # story claims found groups first
    groups = group(claims)
    shown = [g for g in groups if len({c.doc.id for c in g}) >= 2 and _touches(g, story_docs)]
    heads = {(g[0].kind, _owner_of(g)) for g in shown}
    context = [g for g in groups if g not in shown and _touches(g, story_docs)
               and (g[0].kind, _owner_of(g)) in heads and _owner_of(g)]
    out = [_number(g, story_docs, False) for g in shown] + [_number(g, story_docs, True) for g in context]
    out.sort(key=lambda n: (n["context"], n["agree"], n["scope"] != "story"))
    return out


def _touches(g: list[Claim], story_docs: set[str]) -> bool:
    return any(c.doc.id in story_docs for c in g)


def _owner_of(g: list[Claim]) -> str | None:
    return next((c.owner for c in g if c.owner), None)


def _number(g: list[Claim], story_docs: set[str], context: bool) -> dict:
    """The briefing entry of one group."""
    docs = {c.doc.id for c in g}
    vals = values(g)
    return {"topic": topic(g), "unit": g[0].unit, "agree": len(vals) == 1,
            "scope": "story" if docs <= story_docs else "storyline",
            "state": g[0].state, "owner": next((c.owner_name for c in g if c.owner_name), None),
            "context": context, "values": vals}
