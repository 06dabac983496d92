"""Whether another outlet's sentence states the same fact as a summary line: a citation is earned.

A sentence of another outlet is cited for a line only when it states every
number, date and clock time the line states (the same values, however
written: "1.240" = "1240", "9/1/2021" = "9 Januari 2021", "Rp 1,2 miliar" =
"Rp 1.200.000.000"), names the line's actors (persons and organisations)
when it names any, and carries at least half of the line's content words
(the predicate). Shared digits or shared dates alone never earn a citation;
nor do shared words beside a different number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..quantities.numbers import parse_digits
from .sources import Sent, entity_key

MIN_WORD_SHARE = 0.5  # share of the line's content stems the cited sentence must carry
ACTOR_TYPES = frozenset({"PER", "ORG"})
_DIGITS = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_CLOCK = re.compile(r"T(\d{2}):(\d{2})")
_DATE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Facts:
    """The checkable content of one sentence."""

    numbers: frozenset[float]  # every value written in digits or read as a quantity
    dates: frozenset[tuple[int | None, int | None, int | None]]  # (year, month, day) of its dates
    clocks: frozenset[str]  # "14:40"
    actors: frozenset[str]  # entity keys of the persons and organisations it names


def facts(s: Sent) -> Facts:
    """The numbers, dates, clock times and actors a sentence states."""
    doc = s.doc
    times = [t for t in doc.times if s.start <= t.start < s.end]
    dates, clocks, spans = set(), set(), []
    for t in times:
        date = _date(t.value)
        if date:
            dates.add(date)
            spans.append((t.start, t.end))
        clock = _CLOCK.search(t.value or "")
        if clock:
            clocks.add(f"{clock.group(1)}:{clock.group(2)}")
    quantities = [q for q in doc.quantities if s.start <= q.start < s.end]
    numbers = {float(x) for q in quantities for x in (q.value if isinstance(q.value, list) else [q.value])
               if isinstance(x, (int, float))}
    spans += [(q.start, q.end) for q in quantities]
    numbers |= {float(x) for x in _raw_numbers(doc.text, s.start, s.end, spans)}
    actors = {entity_key(e) for e in doc.entities if e.type in ACTOR_TYPES and s.start <= e.start < s.end}
    return Facts(frozenset(numbers), frozenset(dates), frozenset(clocks), frozenset(actors))


def _date(value: str | None) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a dated time value; None for durations and references."""
    m = _DATE.match(value or "")
    if not m or (m.group(1) == "XXXX" and not m.group(2)):
        return None
    year = None if m.group(1) == "XXXX" else int(m.group(1))
    return year, int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None


def _raw_numbers(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[float]:
    """Values of the digit strings in text[start:end] outside the date spans ``skip``."""
    out = []
    for m in _DIGITS.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in skip) or _in_name(text, m.start()):
            continue
        value = parse_digits(m.group())
        if value is not None:
            out.append(value)
    return out


def _in_name(text: str, at: int) -> bool:
    """Digits glued to a word by a hyphen are part of a name ("SJ-182", "COVID-19"), not a number; an
    ordinal ("ke-43") is a number."""
    if at < 2 or text[at - 1] != "-" or not text[at - 2].isalpha():
        return False
    word = text[max(0, at - 12):at - 1].split()[-1:] or [""]
    return word[0].lower() != "ke"


def states_same_fact(line: Sent, other: Sent, line_facts: Facts | None = None,
                     context: list[Sent] = ()) -> bool:
    """Whether ``other`` states the fact of ``line``: its numbers, dates and clock times (in ``other`` or
    the sentences of ``context``, its neighbours: a fact told over two sentences), its actors, and half
    its content words."""
    mine = line_facts or facts(line)
    theirs = merged([facts(x) for x in [other, *context]])
    if not mine.numbers <= theirs.numbers | _date_numbers(theirs):
        return False
    if not all(any(_same_date(d, o) for o in theirs.dates) for d in mine.dates):
        return False
    if not mine.clocks <= theirs.clocks:
        return False
    if mine.actors and theirs.actors and not mine.actors & theirs.actors:
        return False
    return bool(line.stems) and len(line.stems & other.stems) >= MIN_WORD_SHARE * len(line.stems)


def merged(parts: list[Facts]) -> Facts:
    """The facts of several sentences together."""
    return Facts(*(frozenset().union(*(getattr(p, f) for p in parts)) for f in ("numbers", "dates", "clocks", "actors")))


def _date_numbers(f: Facts) -> set[float]:
    """Years a sentence dates (a line's bare "2021" is supported by a full date in that year)."""
    return {float(y) for y, _, _ in f.dates if y}


def _same_date(line: tuple, other: tuple) -> bool:
    """The same month (and year, where both give one) and, where the line gives a day, that day."""
    (y1, m1, d1), (y2, m2, d2) = line, other
    return m1 == m2 and (y1 is None or y2 is None or y1 == y2) and (d1 is None or d1 == d2)
