"""Conflicts beyond numbers: the day and the clock time of one happening, told differently.

* **weekday slip**: a date written with a weekday the calendar does not give it
  ("Senin (4/10/2020)": 4 October 2020 was a Sunday) beside another date the
  story gives with that same weekday, a few days or one month away ("Senin
  (5/10/2020)"): one of the two is a typo, and the reader should see both;
* **same happening, another day**: two sentences of different articles that
  retell one fact (their clauses overlap strongly, weighted by how rare a word
  is in the story) with days up to a month apart ("draf akhir ... 24 November"
  against "draf akhir versi 30 November");
* **same happening, another time**: two clock times of one day whose clauses
  tell the same happening ("hilang kontak ... 14.40" against "hilang kontak
  ... 14.30").

Plans and forecasts ("dijadwalkan", "akan") and stated changes ("ditunda
hingga") are never conflicts; they are what the text says happened to a date.
Nor is a happening of a series ("kembali erupsi", "gempa susulan") or one that
an article itself dates several times (eruptions at 22.00 and 23.57): then
the outlets tell several happenings, not one differently.
"""
from __future__ import annotations

import datetime as dt

from ..lang.id.claims import MOMENT_WORDS, REPEAT_CUES
from ..lang.id.time_words import REF_AFTER, REF_BEFORE
from .compare import context_similarity, shared_people
from ..text.tokens import tokenize
from .context import cue_words
from .model import CLOCK, DATE, DISAGREE, ESTIMATE, STATED, Claim

SLIP_DAYS = 3  # a weekday slip is a date this many days from the one the weekday fits ...
SAME_DAY_CONTEXT = 0.4  # clause overlap from which two dated sentences tell one happening (docs/claims.md)
MAX_DAY_GAP = 31  # ... whose days, when they differ, are at most this far apart
SAME_TIME_CONTEXT = 0.5  # clause overlap from which two clock times of one day time one happening
MAX_MINUTES = 180  # ... at most this far apart


def conflicts(claims: list[Claim], weights: dict[str, float]) -> list[tuple[str, list[Claim]]]:
    """(verdict, claims) of every date or clock-time conflict found."""
    dates = [c for c in claims if c.kind == DATE and c.modality in (STATED, ESTIMATE) and not c.extra.get("count_day")
             and not _anaphoric(c)]
    clocks = [c for c in claims if c.kind == CLOCK and c.modality in (STATED, ESTIMATE) and not _repeated(c)]
    found = weekday_slips(dates) + other_days(dates, weights) + other_times(clocks, weights) + twice_timed(clocks)
    return [(DISAGREE, g) for g in _distinct(found)]


def _anaphoric(c: Claim) -> bool:
    """Whether a date is told relative to another happening ("sehari sebelumnya", "dua hari kemudian"): its
    day is only as sure as the reading of what it leans on, no ground for a conflict."""
    low = f" {c.text.lower()} "
    return any(f" {w} " in low for w in REF_BEFORE + REF_AFTER)


def weekday_slips(dates: list[Claim]) -> list[list[Claim]]:
    """A date whose weekday is wrong, with the dates that carry that weekday rightly nearby."""
    out = []
    for c in dates:
        if not c.weekday_mismatch or c.extra.get("weekday") is None:
            continue
        fits = [o for o in dates if o is not c and not o.weekday_mismatch and o.value != c.value
                and o.extra.get("weekday") == c.extra["weekday"] and _slip(c, o)]
        own = [o for o in fits if o.doc.id == c.doc.id]
        fits = own or fits  # the article's own right date shows its slip best
        if fits:
            out.append([c] + fits)
    return out


def _slip(a: Claim, b: Claim) -> bool:
    """Days a slip of the pen apart: a few days, or the same day of the next or previous month or year."""
    da, db = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
    if abs((da - db).days) <= SLIP_DAYS:
        return True
    months = abs((da.year * 12 + da.month) - (db.year * 12 + db.month))
    return da.day == db.day and (months == 1 or (da.month == db.month and abs(da.year - db.year) == 1))


def other_days(dates: list[Claim], weights: dict[str, float]) -> list[list[Claim]]:
    """Two articles retelling one fact with different days."""
    days_of: dict[int, set[str]] = {}
    for c in dates:
        days_of.setdefault(id(c.sent), set()).add(c.value)
    out = []
    for i, a in enumerate(dates):
        for b in dates[i + 1:]:
            if a.doc.id == b.doc.id or a.value == b.value or abs(a.lo - b.lo) > MAX_DAY_GAP:
                continue
            if b.value in days_of[id(a.sent)] or a.value in days_of[id(b.sent)] or _other_people(a, b):
                continue  # a sentence stating both days tells two happenings apart; other people, others
            if context_similarity(a, b, weights) >= SAME_DAY_CONTEXT and not _repeated(a) and not _repeated(b) \
                    and not _series(a, dates, weights, SAME_DAY_CONTEXT) and not _series(b, dates, weights, SAME_DAY_CONTEXT):
                out.append([a, b])
    return out


def _other_people(a: Claim, b: Claim) -> bool:
    """Whether the two sentences name persons and none in common (two athletes' medals, two hearings)."""
    return bool(a.parties and b.parties) and not shared_people(a, b)


def _repeated(c: Claim) -> bool:
    """Whether the happening a date or time belongs to is one of a series ("kembali", "susulan")."""
    return bool(cue_words([t.text.lower() for t in tokenize(c.doc.text, c.sent.start, c.sent.end)], REPEAT_CUES))


def _series(c: Claim, claims: list[Claim], weights: dict[str, float], floor: float) -> bool:
    """Whether ``c``'s own article gives another value for a happening told in like words."""
    return any(o.doc.id == c.doc.id and o.value != c.value and context_similarity(c, o, weights) >= floor
               for o in claims)


def other_times(clocks: list[Claim], weights: dict[str, float]) -> list[list[Claim]]:
    """Two clock times on one day that time one happening."""
    out = []
    for i, a in enumerate(clocks):
        for b in clocks[i + 1:]:
            if a.doc.id == b.doc.id or a.value == b.value or abs(a.lo - b.lo) > MAX_MINUTES:
                continue
            if a.as_of != b.as_of and a.extra.get("day_written") and b.extra.get("day_written") or _other_people(a, b):
                continue  # each time says its own, different day, or another person's happening
            if (context_similarity(a, b, weights) >= SAME_TIME_CONTEXT or one_moment(a, b)) and not _series(
                    a, clocks, weights, SAME_TIME_CONTEXT) and not _series(b, clocks, weights, SAME_TIME_CONTEXT):
                out.append([a, b])
    return out


def twice_timed(clocks: list[Claim]) -> list[list[Claim]]:
    """One article timing one happening of a moment (a take-off, a landing, a loss of contact) at two clock
    times of one day, each sentence naming that happening and no other time of it."""
    out = []
    for i, a in enumerate(clocks):
        for b in clocks[i + 1:]:
            if a.doc.id != b.doc.id or a.value == b.value or a.sent is b.sent or a.as_of != b.as_of:
                continue
            if abs(a.lo - b.lo) <= MAX_MINUTES and one_moment(a, b):
                out.append([a, b])
    return out


def one_moment(a: Claim, b: Claim) -> bool:
    """Whether two sentences each name one and the same happening of a moment (synonyms as one)."""
    ma, mb = moments(a), moments(b)
    return len(ma) == len(mb) == 1 and ma == mb


def moments(c: Claim) -> set[str]:
    """The happenings of a moment a claim's sentence names (synonyms as one)."""
    low = " " + " ".join(c.sent.text.lower().replace(",", " ").split()) + " "
    return {name for words, name in MOMENT_WORDS.items() if f" {words} " in low}


def _distinct(groups: list[list[Claim]]) -> list[list[Claim]]:
    """Groups merged where they share a claim (one conflict found twice is shown once)."""
    merged: list[list[Claim]] = []
    for g in groups:
        home = next((m for m in merged if any(x is y for x in g for y in m)), None)
        if home is None:
            merged.append(list(g))
        else:
            home.extend(x for x in g if all(x is not y for y in home))
    return merged
