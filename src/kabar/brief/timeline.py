"""A timeline of dated events across a story's articles, deduplicated, with history marked apart.

Each resolved time expression (and each event dated from the text) gives
an entry: its date and the sentence that states it. A date that only tells
when something was reported ("melaporkan pada hari Rabu bahwa ...") is
dropped when the sentence names another date. Entries with the same date
that state the same thing are merged, keeping every source. Dates long
before the story's first article are historical context.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..lang.id.quote_cues import PASSIVE_CUES, POST_CUES, PRE_CUES
from ..model import Document
from ..text.tokens import tokenize
from . import happenings
from .facts import Facts, facts, states_same_fact
from .sources import Sent, best_matches, is_statement, ref, similarity, term_weights

HISTORICAL_DAYS = 365  # a date ending a year before the story's first article is background
SAME_EVENT = 0.3  # similarity from which two sentences with one date tell one event
RETELLING = 0.45  # weighted overlap from which another outlet's undated sentence retells an entry (as citations)
MAX_TEXT = 320  # longest entry text; longer sentences are cut around the date
REPORT_CUE_WINDOW = 3  # tokens before a date checked for a reporting verb
REPORT_CUES = PRE_CUES | POST_CUES | PASSIVE_CUES
GRANULARITY_RANK = {"decade": 0, "year": 1, "range": 1, "quarter": 2, "month": 3, "week": 4, "day": 5}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")


@dataclass
class Entry:
    """One dated statement, possibly told by several documents."""

    date: str
    granularity: str
    first: dt.date
    last: dt.date
    sent: Sent
    text: str
    sents: list[Sent] = field(default_factory=list)
    plan: bool = False  # a plan, schedule or forecast, not (yet) a happening


def parse_date(value: str) -> tuple[str, str, dt.date, dt.date] | None:
    """(display date, granularity, first day, last day) of a resolved time value, or None."""
    if "/" in value:
        parts = [parse_date(p) for p in value.split("/", 1)]
        if all(parts):
            return value, "range", parts[0][2], parts[1][3]
        return None
    try:
        return _parse_one(value)
    except ValueError:  # an impossible date written in an article
        return None


def _parse_one(value: str) -> tuple[str, str, dt.date, dt.date] | None:
    if m := _DAY.match(value):
        d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        return d.isoformat(), "day", d, d
    if m := _WEEK.match(value):
        first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return value, "week", first, first + dt.timedelta(days=6)
    if m := _MONTH.match(value):
        first = dt.date(int(m[1]), int(m[2]), 1)
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return value, "month", first, nxt - dt.timedelta(days=1)
    if m := _YEAR.match(value):
        y = int(m[1])
        return value, "year", dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := _DECADE.match(value):
        y = int(m[1]) * 10
        return value, "decade", dt.date(y, 1, 1), dt.date(y + 9, 12, 31)
    return None


def doc_entries(sents: list[Sent], anchor: dt.date | None = None, fixes: dict[str, str] | None = None) -> list[Entry]:
    """Dated entries of one document, from its times and its text-dated events (statements only: no
    headlines of related links, no datelines)."""
    if not sents:
        return []
    doc = sents[0].doc
    shaky = happenings.doubtful(doc)
    out: dict[tuple[int, str], Entry] = {}
    for i, s in enumerate(sents):
        if not is_statement(s):
            continue
        for d in _sentence_dates(doc, s, anchor, fixes or {}, shaky):
            parsed = parse_date(d.value)
            if parsed and (i, parsed[0]) not in out:
                out[(i, parsed[0])] = Entry(parsed[0], parsed[1], parsed[2], parsed[3], s, _cut(doc.text, s, d.start),
                                            plan=d.plan)
    return list(out.values())


def _sentence_dates(doc: Document, s: Sent, anchor: dt.date | None, fixes: dict[str, str],
                    shaky: bool) -> list[happenings.Dated]:
    """The dates a sentence states about its own happenings."""
    times = [t for t in doc.times if s.start <= t.start < s.end and not happenings.restates(t) and parse_date(t.value)]
    found = happenings.happening_dates(doc, s.start, s.end, times, anchor, fixes, shaky)
    if len(found) > 1:
        own = [d for d in found if not _reported_on(doc.text, s.start, d.start)]
        found = own or found
    if not found and not times:
        found = [happenings.Dated(e.date, s.start) for e in doc.events
                 if e.date and e.sentence.get("start") == s.start and not e.date_from_published
                 and not e.hypothetical and not e.negated]
    return found


def _reported_on(text: str, sent_start: int, at: int) -> bool:
    """Whether a date follows a reporting verb (it dates the report, not the event)."""
    before = [t.text.lower() for t in tokenize(text, sent_start, at)][-REPORT_CUE_WINDOW:]
    return any(w in REPORT_CUES for w in before)


def _cut(text: str, s: Sent, at: int) -> str:
    """The sentence, cut around offset ``at`` when it is too long."""
    body = text[s.start:s.end].strip()
    if len(body) <= MAX_TEXT:
        return body
    lo = max(s.start, min(at - MAX_TEXT // 2, s.end - MAX_TEXT))
    piece = text[lo:lo + MAX_TEXT]
    piece = piece.split(" ", 1)[1] if lo > s.start and " " in piece else piece
    return ("…" if lo > s.start else "") + piece.rsplit(" ", 1)[0] + "…"


def merge(entries: list[Entry]) -> list[Entry]:
    """Entries with one date that tell the same thing become one, with all their sentences."""
    out: list[Entry] = []
    for e in sorted(entries, key=lambda x: (x.first, x.date)):
        same = next((o for o in out if o.date == e.date and _same_event(o, e)), None)
        if same is None:
            e.sents = [e.sent]
            out.append(e)
        elif all(s.doc.id != e.sent.doc.id for s in same.sents):
            same.sents.append(e.sent)
    return out


def _same_event(a: Entry, b: Entry) -> bool:
    if a.sent.doc.id == b.sent.doc.id:
        return a.sent.index == b.sent.index
    return any(similarity(s, b.sent) >= SAME_EVENT for s in a.sents)


def build(sents_by_doc: dict[str, list[Sent]], anchor: dt.date | None = None) -> list[Entry]:
    """The merged entries of several documents, in date order."""
    fixes = happenings.weekday_fixes([ss[0].doc for ss in sents_by_doc.values() if ss])
    entries = [e for sents in sents_by_doc.values() for e in _own_dates(doc_entries(sents, anchor, fixes), anchor)]
    merged = merge(entries)
    all_sents = [x for ss in sents_by_doc.values() for x in ss]
    weights = term_weights(all_sents)
    for e in merged:
        e.sents += retellings(e, all_sents, weights)
    merged.sort(key=lambda e: (e.first, GRANULARITY_RANK.get(e.granularity, 0), e.date))
    return merged


def retellings(e: Entry, all_sents: list[Sent], weights: dict[str, float]) -> list[Sent]:
    """Sentences of other outlets that tell the entry's happening without dating it themselves (the same
    fact: its words, names and numbers; see kabar.brief.facts), one per outlet."""
    have = {s.doc.id for s in e.sents}
    mine = facts(e.sent)
    undated = Facts(mine.numbers, frozenset(), frozenset(), mine.actors)
    out = []
    for o, _ in best_matches(e.sent, all_sents, RETELLING, weights):
        if o.doc.id not in have and states_same_fact(e.sent, o, undated):
            out.append(o)
            have.add(o.doc.id)
    return out


def _own_dates(entries: list[Entry], anchor: dt.date | None) -> list[Entry]:
    """Drop a historical date from a sentence that also has a recent one.

    In "delegations came this week for the anniversary of the 1950-1953 war"
    the old years only name a past event; the sentence reports the recent one.
    """
    recent = {e.sent.index for e in entries if not is_historical(e, anchor)}
    return [e for e in entries if not (is_historical(e, anchor) and e.sent.index in recent)]


def is_historical(e: Entry, anchor: dt.date | None) -> bool:
    """Whether an entry ends long before the story's first article."""
    return anchor is not None and (anchor - e.last).days > HISTORICAL_DAYS


def to_dict(e: Entry, anchor: dt.date | None) -> dict:
    """The briefing's timeline entry."""
    return {"date": e.date, "granularity": e.granularity, "text": e.text, "historical": is_historical(e, anchor),
            "plan": e.plan, "sources": [ref(s.doc, s.start, s.end) for s in e.sents]}


def anchor_date(docs: list[Document]) -> dt.date | None:
    """The earliest publication date among ``docs``."""
    days = []
    for d in docs:
        try:
            days.append(dt.date.fromisoformat((d.published or "")[:10]))
        except ValueError:
            continue
    return min(days) if days else None
