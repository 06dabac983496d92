"""Where the text stands in time when no metadata says so: its present year and its publication date.

Evidence, strongest first: a full date the text gives ("Kamis (22/10/2020)"), a present-year phrase
("tahun 2023 ini"), anniversary arithmetic ("peringatan 60 tahun" + "tahun 1961" → 2021), and the
weekday of a day-and-month date (the most recent year, not after today, in which they agree).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from ..lang.id import time_words as tw
from ..lang.id.calendar import WEEKDAYS
from .calendar_math import full_year, range_end_year, weekday_near
from ..text.openings import matched_at
from ..text.prefilter import CaselessScan
from .extract import Candidate
from .numbers import NUMBER_PHRASE_RE, to_int

# "peringatan 70 tahun", "memperingati hari jadi militernya yang ke 70", "HUT ke-78"
_CUES = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in tw.ANNIVERSARY_CUES)
ANNIVERSARY = re.compile(
    rf"\b(?:{_CUES})\b(?:\s++[\w-]++){{0,3}}?\s++(?:(?P<n>\d{{1,3}}|{NUMBER_PHRASE_RE})\s+tahun\b"
    rf"|ke\s*+(?:-\s*+)?(?P<k>\d{{1,3}})\b)",
    re.I)
ANNIVERSARY_SCAN = CaselessScan(ANNIVERSARY)  # its matches, found faster
_END_CUES = re.compile(rf"\b(?:{'|'.join(re.escape(c) for c in tw.RANGE_END_CUES)})\b", re.I)
_REPORTING = re.compile(rf"\b(?:{'|'.join(tw.REPORTING_VERBS)})\b", re.I)
_FUTURE = re.compile(rf"\b(?:{'|'.join(tw.FUTURE_CUES)})\b", re.I)
# "Sebelumnya, pada Kamis, ...": a weekday told as earlier than the report, whatever day it is.
_EARLIER = re.compile(rf"\b(?:{'|'.join(tw.REF_BEFORE + tw.BEFORE_WORDS)})\b", re.I)
# Their first matches inside a sentence, found faster (through the lower-cased text: the same matches).
_REPORTING_SCAN, _FUTURE_SCAN, _EARLIER_SCAN = CaselessScan(_REPORTING), CaselessScan(_FUTURE), CaselessScan(_EARLIER)
# Kinds naming a year, and kinds naming one day with a year of their own.
_YEAR_KINDS = {"year", "bare_year", "mon_year", "dmy", "num_date", "wd_date"}


_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")
_STOP_OR_BREAK = re.compile(r"[.!?\n]")


def sentence_starts(text: str, sentences: list[tuple[int, int]] | None = None) -> list[int]:
    """Start offsets of the sentences (given, or split at end punctuation and line breaks)."""
    if sentences:
        return sorted({0, *(s for s, _ in sentences)})
    return list(_split_starts(text))


@lru_cache(maxsize=4)
def _split_starts(text: str) -> tuple[int, ...]:
    """The sentence starts of a text split at end punctuation and line breaks (cached: the time expressions
    and the reporting day read the same text)."""
    # a gap opens right after a stop or at a line break: matched only there (finditer's matches, faster)
    places = [m.start() + (m.group() != "\n") for m in _STOP_OR_BREAK.finditer(text)]
    return (0, *(m.end() for m in matched_at(_SENTENCE_GAP, text, places)))


def _sentence_bounds(text: str, starts: list[int], pos: int) -> tuple[int, int]:
    i = max(0, bisect_right(starts, pos) - 1)
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)


# A quotation within a paragraph, curly or straight.
_QUOTED = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")


class _SentenceCues:
    """Whether a sentence speaks of the future, and its reporting verb: searched once per sentence.

    Words inside a quotation are the speaker's, not the report's: '"... dijadwalkan besok," kata
    Dave, Rabu (19/3/2025)' reports a day that has passed, though the quoted words look ahead; a date
    inside a quotation is judged by the quotation's own words ('"Sidang akan digelar Senin (24/3)"').
    """

    def __init__(self, text: str):
        self.quotes = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        self.text = _QUOTED.sub(lambda m: " " * len(m.group()), text)
        self.raw = text
        self._seen: dict[tuple[int, int], tuple[bool, str | None]] = {}
        self._quote_future: dict[tuple[int, int], bool] = {}
        self._earlier: dict[tuple[int, int], bool] = {}

    def earlier(self, lo: int, hi: int) -> bool:
        """Whether the sentence tells of an earlier time ("sebelumnya", "pekan lalu"): searched once."""
        if (lo, hi) not in self._earlier:
            self._earlier[(lo, hi)] = bool(_EARLIER_SCAN.search_between(self.raw, lo, hi))
        return self._earlier[(lo, hi)]

    def __call__(self, lo: int, hi: int, pos: int | None = None) -> tuple[bool, str | None]:
        if (lo, hi) not in self._seen:
            verb = _REPORTING_SCAN.search_between(self.text, lo, hi)
            self._seen[(lo, hi)] = (bool(_FUTURE_SCAN.search_between(self.text, lo, hi)), verb.group() if verb else None)
        future, verb = self._seen[(lo, hi)]
        quote = self._quote_at(pos) if pos is not None else None
        if quote is None:
            return future, verb
        if quote not in self._quote_future:
            self._quote_future[quote] = bool(_FUTURE_SCAN.search_between(self.raw, *quote))
        return self._quote_future[quote], verb

    def _quote_at(self, pos: int) -> tuple[int, int] | None:
        k = bisect_right(self.quotes, (pos, len(self.raw))) - 1
        return self.quotes[k] if k >= 0 and self.quotes[k][0] <= pos < self.quotes[k][1] else None


def _mentioned_years(cands: list[Candidate]) -> list[tuple[int, int, int]]:
    """(position, first year, last year) of every year the text names; single years have first == last."""
    out = []
    for c in cands:
        if c.kind == "year_range":
            y1 = int(c.parts["y1"])
            out.append((c.start, y1, range_end_year(y1, c.parts["y2"])))
        elif c.kind in _YEAR_KINDS and c.parts.get("y"):
            y = full_year(c.parts["y"])
            out.append((c.start, y, y))
    return out


def anniversary_year(text: str, cands: list[Candidate], starts: list[int], today: dt.date) -> int | None:
    """The present year by anniversary arithmetic: a count of years added to a year the text names."""
    years = _mentioned_years(cands)
    votes: Counter[int] = Counter()
    for m in ANNIVERSARY_SCAN.finditer(text):
        n = to_int(m.group("n") or m.group("k") or "")
        if not n:
            continue
        lo, hi = _sentence_bounds(text, starts, m.start())
        for base in _bases(years, lo, hi, bool(_END_CUES.search(text, lo, hi))):
            if base + n <= today.year:
                votes[base + n] += 1
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


def _bases(years: list[tuple[int, int, int]], lo: int, hi: int, end_cue: bool) -> list[int]:
    """The years an anniversary counts from: those of its sentence, else the whole text's.

    An anniversary of an end ("berakhirnya", "gencatan senjata") counts from the end of a range,
    and looks for a range in the whole text when its own sentence has none.
    """
    here = [y for y in years if lo <= y[0] < hi]
    ranges = [y for y in years if y[1] != y[2]]
    if end_cue and ranges and not any(y[1] != y[2] for y in here):
        return [y[2] for y in ranges]
    pool = here or years
    return [y[2] if end_cue else y[1] for y in pool]


def present_year(text: str, cands: list[Candidate], starts: list[int], today: dt.date) -> int | None:
    """The year the text is written in, from a present-year phrase or anniversary arithmetic."""
    for c in cands:
        if c.kind in ("year", "bare_year") and (c.parts.get("rel") or "").lower() == "ini":
            return int(c.parts["y"])
    return anniversary_year(text, cands, starts, today)


REPORT_LAG_DAYS = 3
# A weekday told as past in a plain sentence ("Massa berkumpul sejak Kamis dini hari") the day after the
# latest dated day: the story has reached that day, so the report is no earlier.
NARRATED_LAG_DAYS = 1


def infer_publication(text: str, today: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """The publication date the text itself gives: the latest day it reports as the reporting day.

    Candidates are weekday-marked dates ("Kamis (22/10/2020)", "Minggu (11/7)") and full dates in
    reporting sentences, outside sentences that speak of the future; a bare weekday in a reporting
    sentence ("melaporkan pada hari Rabu") is the first such day on or after the latest of them.
    Returns ``(None, None)`` when nothing is well evidenced.
    """
    return _inferred(text, today or dt.date.today())


@lru_cache(maxsize=8)
def _inferred(text: str, today: dt.date) -> tuple[dt.date | None, str | None]:
    """:func:`infer_publication` for a known day (cached: the ``published`` stage and the ``times``
    stage both ask about the same text)."""
    found = _reported(text, today)
    starts = sentence_starts(text)
    dated: list[tuple[dt.date, str]] = []
    weekdays: list[tuple[Candidate, str, int]] = []
    cues = _SentenceCues(text)
    for c, r in found:
        future, verb = cues(*_sentence_bounds(text, starts, c.start), c.start)
        if future:
            continue
        snippet = text[c.start:c.end]
        marked = c.parts.get("wd") or c.parts.get("wd2") or verb
        if r is not None and r.point and r.granularity == "day" and c.kind in ("wd_date", "dmy", "num_date") and marked:
            if r.point.date <= today:
                dated.append((r.point.date, snippet))
        elif c.kind == "weekday" and not c.parts.get("rel"):
            lag = REPORT_LAG_DAYS if verb else NARRATED_LAG_DAYS
            if verb or not cues.earlier(*_sentence_bounds(text, starts, c.start)):
                weekdays.append((c, f"{verb} ... {snippet}" if verb else snippet, lag))
    if not dated:
        return None, None
    base, base_text = max(dated)
    best = (base, base_text)
    for c, evidence, lag in weekdays:
        d = weekday_near(base, WEEKDAYS[c.parts["wd"].lower()], "future")
        # A report follows its event within days; a weekday a week on is another day of the story.
        if d <= today and d > best[0] and (d - base).days <= lag:
            best = (d, f"{evidence} after {base_text}")
    return best


@lru_cache(maxsize=4)
def _reported(text: str, today: dt.date) -> tuple:
    """Every time expression of ``text`` resolved without an anchor, as (candidate, resolution) pairs
    (cached and shared, read only: the reporting day and the latest reported date both read them)."""
    from . import find_times_detailed  # late import: the package imports this module
    return tuple(find_times_detailed(text, None, today=today))


def best_reported_date(text: str, today: dt.date | None = None) -> tuple[dt.date | None, str | None]:
    """A fallback anchor: the latest day-level date the text reports (not in future-tense sentences)."""
    today = today or dt.date.today()
    starts = sentence_starts(text)
    best: tuple[dt.date, str] | None = None
    cues = _SentenceCues(text)
    for c, r in _reported(text, today):
        if r is None or not r.point or r.granularity != "day":
            continue
        if cues(*_sentence_bounds(text, starts, c.start), c.start)[0]:
            continue
        if r.point.date <= today and (best is None or r.point.date > best[0]):
            best = (r.point.date, text[c.start:c.end])
    return best if best else (None, None)
