"""Which dates in a sentence date a happening: the timeline's reading of time expressions.

A timeline lists happenings, not every date string. From the time expressions
of a sentence it keeps those that date something that happened (or is
planned, marked as such) and leaves out:

* years inside names ("masa sidang 2022-2023", "RPJMN 2025-2029", "bansos
  tahun 2020"): a year counts only after a temporal word ("pada 2012",
  "sejak 2018"), and year ranges never;
* relative years ("tahun lalu", "satu tahun yang lalu") and what a quoted
  speaker says in relative words ("hari ini, dunia ...");
* a relative day or a bare clock time beside a written date in the same
  sentence ("hari ini, Rabu, 28 Juli 2021": the written date wins) and a bare
  clock time on its own (its day is only a guess);
* relative expressions in an article whose publication date its own text
  belies (they were resolved against a wrong day).

A year-less date resolved far from the story is placed near the story's date
(on the weekday it names), and a date written with a weekday the calendar
does not give it, beside a date with that weekday a slip of the pen away
elsewhere in the story, is taken as that date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..claims.extract import near_anchor
from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..lang.id.claims import FORECAST_CUES
from ..model import Document, TimeExpr
from ..stories.features import parse_day, trusted_day
from ..text.tokens import tokenize

YEAR_CUES = frozenset({"pada", "sejak", "hingga", "sampai", "awal", "akhir", "pertengahan", "medio", "tahun",
                       "di", "dalam", "selama", "periode"})
YEAR_CUE_WINDOW = 2  # words before a year searched for a temporal word
PLAN_WINDOW = 6  # words before a date searched for a plan or forecast cue
SLIP_DAYS = 3
RESTATING_NOTES = ("restates the preceding date", "refers back to the last mentioned date")  # kabar.timex notes
_YEAR_ONLY = re.compile(r"^\d{4}$")
_YEAR_RANGE = re.compile(r"^\d{4}/\d{4}$")
_CLOCK_ONLY = re.compile(r"^(?:pukul|pkl\.?|jam)?\s*\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT))?$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Dated:
    """One date a sentence gives for a happening."""

    value: str
    start: int
    plan: bool = False


def restates(t: TimeExpr) -> bool:
    """Whether a time expression only refers back to a date already given ("hari itu", "tanggal tersebut")."""
    return any(n in (t.note or "") for n in RESTATING_NOTES)


def written(t: TimeExpr) -> bool:
    """Whether a time expression writes its date (digits or a month name), not a relative word."""
    return any(c.isdigit() for c in t.text) or any(w in MONTHS for w in _WORD.findall(t.text.lower()))


def clock_only(t: TimeExpr) -> bool:
    return bool(_CLOCK_ONLY.match(t.text.strip()))


def weekday_named(text: str) -> int | None:
    return next((WEEKDAYS[w] for w in _WORD.findall(text.lower()) if w in WEEKDAYS), None)


def weekday_fixes(docs: list[Document]) -> dict[str, str]:
    """Dates written with a weekday the calendar does not give them -> the date with that weekday a slip of
    the pen away that the story writes elsewhere ("Senin (4/10/2020)" -> 2020-10-05)."""
    right: dict[int, set[dt.date]] = {}
    wrong: list[tuple[dt.date, int]] = []
    for doc in docs:
        for t in doc.times:
            day, weekday = _date(t.value), weekday_named(t.text)
            if day is None or weekday is None:
                continue
            (right.setdefault(weekday, set()).add(day) if day.weekday() == weekday else wrong.append((day, weekday)))
    out = {}
    for day, weekday in wrong:
        fits = [d for d in right.get(weekday, ()) if _slip(day, d)]
        if len(fits) == 1:
            out[day.isoformat()] = fits[0].isoformat()
    return out


def _slip(a: dt.date, b: dt.date) -> bool:
    if abs((a - b).days) <= SLIP_DAYS:
        return True
    months = abs((a.year * 12 + a.month) - (b.year * 12 + b.month))
    return a.day == b.day and (months == 1 or (a.month == b.month and abs(a.year - b.year) == 1))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def doubtful(doc: Document) -> bool:
    """Whether relative dates of the article were resolved against a doubtful day: it has no publication
    date (they were placed from a date it reports), or its own text belies it (stories.features.trusted_day)."""
    day = parse_day(doc.published)
    return day is None or trusted_day(doc, day) != day


def happening_dates(doc: Document, start: int, end: int, times: list[TimeExpr], anchor: dt.date | None,
                    fixes: dict[str, str], shaky: bool) -> list[Dated]:
    """The dates the sentence doc.text[start:end] gives for happenings (``times``: its time expressions)."""
    has_written_day = any(written(t) and len(t.value) >= 10 and not clock_only(t) for t in times)
    out = []
    for t in times:
        if not _kept(doc, start, t, has_written_day, shaky):
            continue
        value = _placed(t, anchor, fixes)
        out.append(Dated(value, t.start, _planned(doc, start, t.start)))
    return out


def _kept(doc: Document, start: int, t: TimeExpr, has_written_day: bool, shaky: bool) -> bool:
    """Whether a time expression dates a happening (see the module's rules)."""
    if _YEAR_RANGE.match(t.value) or clock_only(t):
        return False
    if _YEAR_ONLY.match(t.value):
        return written(t) and _after_year_cue(doc, start, t.start)
    if not written(t) and (has_written_day or shaky or _in_quote(doc, t.start)):
        return False
    return True


def _after_year_cue(doc: Document, start: int, at: int) -> bool:
    before = [x.text.lower() for x in tokenize(doc.text, start, at)][-YEAR_CUE_WINDOW:]
    return any(w in YEAR_CUES for w in before)


def _in_quote(doc: Document, at: int) -> bool:
    return any(q.direct and q.start <= at < q.end for q in doc.quotes) or any(
        "inside a quote" in (t.note or "") for t in doc.times if t.start == at)


def _placed(t: TimeExpr, anchor: dt.date | None, fixes: dict[str, str]) -> str:
    """The value, a year-less date placed near the story and a weekday slip corrected."""
    value = t.value
    day = _date(value)
    if day is not None and anchor is not None and not re.search(r"\d{4}", t.text) and abs(day.year - anchor.year) > 1:
        near = near_anchor(day.month, day.day, weekday_named(t.text), anchor)
        if near:
            value = near.isoformat() + value[10:]
    return fixes.get(value[:10], value[:10]) + value[10:] if len(value) >= 10 else value


def _planned(doc: Document, start: int, at: int) -> bool:
    before = [x.text.lower() for x in tokenize(doc.text, start, at)][-PLAN_WINDOW:]
    return any(w in FORECAST_CUES for w in before)
