"""What the story clusterer compares: stemmed content words, entities, dates, title words.

A :class:`Features` holds raw counts only (JSON-serialisable, so the store
can keep it); weights such as IDF are applied at comparison time from the
document frequencies seen so far, which is what lets the clustering run
incrementally.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from ..model import Document
from ..store.stemming import stems, words
from ..lang.id.story_cues import CHANNEL_SENTENCES
from .boundary import (
    channel, codes, editions, month_days, series, stage, statutes, written_month_days, year_editions,
)

STOPWORDS_FILE = "stopwords.txt"
# Entity types that name who/what/where a story is about (not times or numbers).
ENTITY_TYPES = frozenset({"PER", "ORG", "GPE", "LOC", "NORP", "EVENT", "LAW"})
MIN_WORD_LEN = 3
# Dates a text reports count as event dates only near the article's own date:
# a news event is reported within days; older dates are background.
EVENT_DATE_BEFORE_DAYS = 10
EVENT_DATE_AFTER_DAYS = 3
ENTITY_PREFIX = "E:"
_YEAR = re.compile(r"\d{4}")
DOUBT_DAYS = 28  # a publication date this far from what the article writes most is doubtful
LEAD_SENTENCES = 3  # body sentences read for the day of the happening (news dates it in its lead; chosen on tune)
MENTION_DAYS = 62  # days around its own date an article's named days are kept for (see stories.boundary)
TITLE_SHARE = 0.5  # share of a real headline's content words that recur in its article  # entity keys share the document-frequency table with words


@dataclass
class Features:
    """The comparable content of one document."""

    doc_id: str
    terms: dict[str, int] = field(default_factory=dict)  # stem -> count in title and body
    title: dict[str, int] = field(default_factory=dict)  # stem -> count in the title (or lead)
    entities: dict[str, int] = field(default_factory=dict)  # entity key -> mentions
    day: int | None = None  # the article's own date as an ordinal (published, else its anchor)
    event_days: list[int] = field(default_factory=list)  # reported dates near ``day``
    label: str = ""  # a human title for listings
    label_is_title: bool = True  # False when the label is the lead sentence standing in for a missing title
    editions: dict[str, int] = field(default_factory=dict)  # "ktt:43" -> mentions (see stories.boundary)
    month_days: list[str] = field(default_factory=list)  # "MM-DD" of year-less dates the text names
    happening: int | None = None  # the day its lead dates the happening on (see stories.boundary)
    mentioned: list[int] = field(default_factory=list)  # every day it names up to its own date

    def to_json(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "terms": self.terms, "title": self.title, "entities": self.entities,
                "day": self.day, "event_days": self.event_days, "label": self.label,
                "label_is_title": self.label_is_title, "editions": self.editions, "month_days": self.month_days,
                "happening": self.happening, "mentioned": self.mentioned}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> "Features":
        return cls(**d)

    def keys(self) -> Iterable[str]:
        """Every key counted in the document-frequency table (each once)."""
        yield from self.terms
        yield from (ENTITY_PREFIX + e for e in self.entities)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Function words and their stems."""
    text = resources.files("kabar.lang.id").joinpath(STOPWORDS_FILE).read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        w = line.strip()
        if w and not w.startswith("#"):
            out.add(w)
            out.update(stems(w))
    return frozenset(out)


def content_stems(text: str) -> Counter:
    """Counts of the stems of the content words of ``text`` (no function words, no numbers)."""
    stop = stopwords()
    out: Counter = Counter()
    for w in words(text):
        if len(w) < MIN_WORD_LEN or not w.isalpha() or w in stop:
            continue
        s = stems(w)[0]
        if s not in stop:
            out[s] += 1
    return out


def from_document(doc: Document) -> Features:
    """Features of an analysed document."""
    body = content_stems(doc.text or doc.raw)
    real = real_title(doc.title, body)
    title_text = doc.title if real else _lead(doc)
    title = content_stems(title_text)
    terms = body + title  # title words count twice: they state what the article is about
    ents = Counter(_entity_key(e.entity_id, e.canonical or e.text)
                   for e in doc.entities if e.type in ENTITY_TYPES)
    day = trusted_day(doc, _doc_day(doc))
    guessed = day is not None and _year_guessed(doc, day)
    return Features(doc_id=doc.id, terms=dict(terms), title=dict(title), entities=dict(ents),
                    day=None if guessed else day,
                    event_days=_written_days(doc) if guessed else _event_days(doc, day), label=(title_text or "").strip()[:200],
                    label_is_title=real, editions=_editions(doc, [doc.title if real else ""] + _openings(doc)),
                    month_days=month_days([t.value for t in doc.times] + written_month_days(doc.text or "")),
                    happening=None if guessed else lead_day(doc, day), mentioned=[] if guessed else named_days(doc, day))


def _editions(doc: Document, opening: list[str]) -> dict[str, int]:
    """Every edition the article names (see stories.boundary): ordinals anywhere; the channel, the stage
    of a case, a flight or ship number, a year edition and a summit's or cup's series in its headline and
    first sentences
    (``opening``); the laws its lead names."""
    return {**editions(f"{doc.title or ''}\n{doc.text or doc.raw}"), **channel(opening), **stage(opening),
            **codes(opening), **year_editions(opening), **series(opening),
            **statutes(_lead_laws(doc))}


def real_title(title: str | None, body: Counter) -> bool:
    """Whether a title is the article's headline: most of its content words recur in the body. A site's
    slogan or section label taken for a title ("The Most Engaging Media ...", "Headline Humaniora") shares
    few or none."""
    words = content_stems(title or "")
    if not words:
        return False
    shared = sum(1 for w in words if w in body)
    return shared >= TITLE_SHARE * len(words)


def _lead(doc: Document) -> str:
    """The first sentence, standing in for a missing title."""
    if doc.sentences:
        return doc.sentence_text(0)
    return (doc.text or doc.raw)[:200]


def _openings(doc: Document) -> list[str]:
    """The first sentences of the body (past a repeated headline), where news says how a happening took place."""
    first = _lead_start(doc)
    n = min(first + CHANNEL_SENTENCES, len(doc.sentences or []))
    return [doc.sentence_text(i) for i in range(first, n)] if n else [(doc.text or doc.raw or "")[:300]]


def _lead_start(doc: Document) -> int:
    """The first body sentence that is no repeat of the headline: a page whose body opens with its headline
    again says its news in the sentences after it (0 when it does not repeat it, or has no headline)."""
    head = _folded(doc.title)
    if not head or not doc.sentences:
        return 0
    return 1 if len(doc.sentences) > 1 and _folded(doc.sentence_text(0)) == head else 0


def _folded(text: str | None) -> str:
    """A text's words in lower case, one space apart (so a repeat matches whatever its spacing and stops)."""
    return " ".join(words(text or ""))


def _entity_key(entity_id: str | None, name: str) -> str:
    """One key per entity: the linker's id, else the folded canonical name."""
    return entity_id or " ".join(words(name))


def parse_day(value: str | None) -> int | None:
    """The ordinal of an ISO ``YYYY-MM-DD`` prefix, or None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def _doc_day(doc: Document) -> int | None:
    """Publication date, else the date the extractor anchored the text to."""
    day = parse_day(doc.published)
    if day is None:
        anchor = doc.meta.get("time_anchor") if isinstance(doc.meta, dict) else None
        day = parse_day((anchor or {}).get("date") if isinstance(anchor, dict) else None)
    return day


def _year_guessed(doc: Document, day: int) -> bool:
    """Whether an article without a publication date got its day from a weekday and a day-month alone
    ("Senin (5/10)" placed in the latest year that fits): its year is a guess, not the text's."""
    if parse_day(doc.published) is not None:
        return False
    return not any(_YEAR.search(t.text) and parse_day(t.value) == day for t in doc.times)


def _written_days(doc: Document) -> list[int]:
    """The days of the dates an article writes with their year."""
    return sorted({d for t in doc.times if _YEAR.search(t.text) and (d := parse_day(t.value)) is not None})


def trusted_day(doc: Document, day: int | None) -> int | None:
    """The article's own date, unless its text belies it.

    When the date the article writes out in full (with the year) most often, at least twice, lies more than
    DOUBT_DAYS from its own date and is written more often than all the dates near it, its own date is
    doubtful (a page widget, a typo read as the date): that written date stands for the article's day.
    """
    if day is None:
        return None
    lo, hi = day - EVENT_DATE_BEFORE_DAYS, day + EVENT_DATE_AFTER_DAYS
    written = Counter(d for t in doc.times if _YEAR.search(t.text) and (d := parse_day(t.value)) is not None)
    if written:
        top, n = written.most_common(1)[0]
        near = sum(c for d, c in written.items() if lo <= d <= hi)
        if n >= 2 and n > near and abs(top - day) > DOUBT_DAYS:
            return top
    return day


def _event_days(doc: Document, day: int | None) -> list[int]:
    """Day-precise dates the article reports close to its own date."""
    found = {d for d in (parse_day(t.value) for t in doc.times) if d is not None}
    if day is None:
        return sorted(found)
    lo, hi = day - EVENT_DATE_BEFORE_DAYS, day + EVENT_DATE_AFTER_DAYS
    return sorted({day} | {d for d in found if lo <= d <= hi})


def _lead_end(doc: Document) -> int:
    """Where the article's first LEAD_SENTENCES sentences past a repeated headline end (0 without sentences)."""
    return doc.sentences[min(_lead_start(doc) + LEAD_SENTENCES, len(doc.sentences)) - 1].end if doc.sentences else 0


def _lead_laws(doc: Document) -> list[str]:
    """The names of the laws the article's lead (its first LEAD_SENTENCES sentences) names."""
    end = _lead_end(doc)
    return [e.canonical or e.text for e in doc.entities if e.type == "LAW" and e.start < end]


def lead_day(doc: Document, day: int | None) -> int | None:
    """The day the article's first sentences date its happening on: the first day-precise date there,
    on or up to EVENT_DATE_BEFORE_DAYS before its own date (None when they date nothing)."""
    if day is None or not doc.sentences:
        return None
    end = _lead_end(doc)
    for t in sorted(doc.times, key=lambda t: t.start):
        if t.start >= end:
            break
        d = parse_day(t.value)
        if d is not None and 0 <= day - d <= EVENT_DATE_BEFORE_DAYS:
            return d
    return None


def named_days(doc: Document, day: int | None) -> list[int]:
    """Every day the article names on or up to MENTION_DAYS before its own date: a day-precise date, or a day
    and month written without a year ("Sabtu (9/1)") placed in the year that puts it nearest. A later day is
    a plan or a deadline ("berlaku besok, 9 April"), not a happening the article recalls: another occasion
    falling on it is no follow-up (see stories.boundary.other_happening)."""
    if day is None:
        return []
    found = {d for t in doc.times if (d := parse_day(t.value)) is not None}
    year = date.fromordinal(day).year
    for md in month_days([t.value for t in doc.times] + written_month_days(doc.text or "")):
        for y in (year - 1, year, year + 1):
            try:
                found.add(date(y, int(md[:2]), int(md[3:])).toordinal())
            except ValueError:  # 29 February of another year
                pass
    return sorted(d for d in found if 0 <= day - d <= MENTION_DAYS)


def day_iso(day: int | None) -> str | None:
    """An ordinal back to ``YYYY-MM-DD``."""
    return date.fromordinal(day).isoformat() if day else None


# IDF moves slowly once a collection is large: recomputing it at every comparison was most of the
# clustering time; memoised values are renewed once the collection grew by this share.
IDF_REFRESH = 0.02


class DocFreq:
    """Document frequencies of words and entities, updated as documents arrive."""

    def __init__(self, counts: dict[str, int] | None = None, docs: int = 0):
        self.counts: Counter = Counter(counts or {})
        self.docs = docs
        self._cache: dict[str, float] = {}
        self._cached_at = docs

    def add(self, feats: Features) -> None:
        self.docs += 1
        self.counts.update(set(feats.keys()))

    def idf(self, key: str) -> float:
        """Smoothed IDF; a key never seen counts as rare.

        Values are memoised until the collection has grown by IDF_REFRESH
        (exact for small collections: below 1/IDF_REFRESH documents the
        memo is renewed at every new document).
        """
        if self.docs > self._cached_at * (1 + IDF_REFRESH):
            self._cache.clear()
            self._cached_at = self.docs
        value = self._cache.get(key)
        if value is None:
            value = self._cache[key] = math.log((self.docs + 1) / (self.counts.get(key, 0) + 1)) + 1.0
        return value

