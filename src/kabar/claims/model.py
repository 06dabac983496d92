"""What a claim is: a value with what it measures, where and for whom, as of when, by whom, and how said."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..model import Document

if TYPE_CHECKING:  # the briefing's sentences; kabar.brief imports this package
    from ..brief.sources import Sent

# kinds of claims
COUNT = "count"  # "62 penumpang", "Rp 300 triliun", "32 persen"
TERM = "term"  # a legal duration: "12 tahun penjara"
DATE = "date"  # the day a happening took place: "Senin (5/10/2020)"
CLOCK = "time"  # the clock time of a happening: "pukul 14.40 WIB"

# modalities
STATED = "stated"
ESTIMATE = "estimate"
FORECAST = "forecast"  # a plan, target or prediction, not a fact yet
OLD = "old"  # the value before a change the text states ("semula", "dari")
NEW = "new"  # the value after it ("menjadi", "kini")

# verdicts
AGREE = "agree"
DISAGREE = "disagree"
UPDATE = "update"
SCOPE = "different_scope"
CHANGE = "change"
VERDICTS = (AGREE, DISAGREE, UPDATE, SCOPE, CHANGE)


# parts of a day as TIMEX3 writes them ("2025-02-10TMO"), at a typical hour, so that a morning count comes
# before an afternoon one
PART_OF_DAY_HOURS = {"MO": "08:00", "MI": "12:00", "DT": "12:00", "AF": "15:00", "EV": "19:00", "NI": "22:00"}


def time_key(value: str | None) -> str:
    """A sort key for an as-of value: a part of day read as its typical hour ("2025-02-10T08:00")."""
    if not value:
        return ""
    day, sep, rest = value.partition("T")
    return f"{day}{sep}{PART_OF_DAY_HOURS.get(rest[:2], rest)}" if sep else day


@dataclass(eq=False)  # a claim is itself: compared by identity, never field by field
class Claim:
    """One value stated in one sentence, with what it is about."""

    sent: "Sent"
    start: int  # offsets of the value as written
    end: int
    kind: str  # COUNT, TERM, DATE or CLOCK
    value: float | int | str | list  # as shown: a number, an ISO date, "14:40"
    lo: float  # the values the text allows (days for dates, minutes for clock times)
    hi: float
    unit: str  # the counted noun or the measure ("penumpang", "IDR", "%", "date")
    thing: str  # what is counted (for a measure: its unit): the class of the counted noun, or the noun a generic count names
    measure: bool = False  # money, percent, length ...: the words before it say what it measures
    state: str | None = None  # died, injured ... (None: there were / it is)
    topic: frozenset[str] = frozenset()  # content stems of the clause around the value
    topic_text: str = ""  # the words just before the value, for a label
    places: frozenset[str] = frozenset()  # the words naming the places of the clause ("wanasari")
    parties: frozenset[str] = frozenset()  # entity keys of the persons named in the clause
    qualifiers: frozenset[str] = frozenset()  # "terkuat", "susulan", "total" ... in the clause
    names: dict[str, str] = field(default_factory=dict)  # entity key -> name, for places and parties
    owner: str | None = None  # entity key of the party the figure belongs to ("tentara China")
    owner_name: str | None = None
    as_of: str | None = None  # ISO date or date-time the value holds at
    as_of_text: str | None = None  # the words that say so ("hingga Selasa sore"), None when from publication
    issuer: str | None = None  # who gives the value ("BNPB")
    modality: str = STATED
    hedge: str | None = None  # exact (None), approx, more_than, at_least, less_than, almost, vague, range
    years: tuple[int, int] | None = None  # years the sentence names
    periods: tuple[tuple[int, int], ...] = ()  # (first, last) day ordinals of the times the sentence names
    weekday_mismatch: bool = False  # a date written with a weekday the calendar does not give it
    written_year: bool = True  # a date whose year the text writes (else resolved from context)
    home: bool = True  # stated in the briefed story (False: another story of its storyline)
    extra: dict = field(default_factory=dict)

    @property
    def doc(self) -> Document:
        return self.sent.doc

    @property
    def text(self) -> str:
        return self.doc.text[self.start:self.end]

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    @property
    def party_names(self) -> dict[str, str]:
        """The persons of its clause (of its sentence, for a date or a time): entity key -> name."""
        names = {**self.names, **self.extra.get("party_names", {})}
        return {k: names[k] for k in self.parties if k in names}

    def overlaps(self, other: "Claim") -> bool:
        """Whether the values both texts allow meet (they may state one figure)."""
        return self.lo <= other.hi and other.lo <= self.hi

    def ratio(self, other: "Claim") -> float:
        """How far apart two values are, as a ratio >= 1 (inf when one is zero or negative)."""
        a, b = max(self.lo, other.lo), min(self.hi, other.hi)
        if b <= 0 or not math.isfinite(a):
            return math.inf
        return max(a / b, 1.0)
