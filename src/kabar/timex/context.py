"""What resolution knows at one point of the text, and the small helpers every kind of expression shares:
a day with its clock time or part of day, the text's present, a day as a resolution."""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from ..lang.id import time_words as tw
from ..lang.id.calendar import PARTS_OF_DAY
from .calendar_math import DAY, Point
from .extract import Candidate
from .result import Resolved

# Words that make a sentence point forward ("akan", "mendatang").
_FUTURE_RE = re.compile(rf"\b(?:{'|'.join(tw.FUTURE_CUES)})\b", re.I)


@dataclass
class Context:
    """What resolution knows at one point of the text."""

    text: str
    anchor: dt.date | None
    today: dt.date
    sentence_starts: list[int]
    year_hint: int | None = None  # the text's present year when there is no anchor
    history: list[tuple[int, Point, str]] = field(default_factory=list)  # (start, point, value) so far
    last_end: int = -100  # where the last resolved expression ends
    _forward: dict[int, bool] = field(default_factory=dict, repr=False)  # sentence index -> points forward

    @property
    def last(self) -> tuple[int, Point, str] | None:
        return self.history[-1] if self.history else None

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding offset ``pos``."""
        return bisect.bisect_right(self.sentence_starts, pos) - 1

    def future(self, c: Candidate) -> bool:
        """Whether the candidate's sentence points forward ("akan", "mendatang"); each sentence is read
        once, however many expressions it holds (a page with no full stops is one long sentence)."""
        i = self.sentence_of(c.start)
        if i not in self._forward:
            self._forward[i] = self._points_forward(i)
        return self._forward[i]

    def _points_forward(self, i: int) -> bool:
        start = self.sentence_starts[i]
        end = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) else len(self.text)
        return bool(_FUTURE_RE.search(self.text, start, end))


def day_value(d: dt.date, c: Candidate) -> str:
    """A date with its part-of-day suffix (T NI) or clock time (T21:20) when one was written;
    "pukul 24.00" is midnight, the start of the next day."""
    if "hh" in c.parts:
        hour = int(c.parts["hh"])
        if hour == tw.END_OF_DAY_HOUR:
            d, hour = d + dt.timedelta(days=1), 0
        return f"{d.isoformat()}T{hour:02d}:{c.parts['mm']}"
    part = c.parts.get("part")
    if part:
        # The TIMEX3 suffix with exactly one "T" (the calendar table writes "dini hari" as "TNI").
        return f"{d.isoformat()}T{PARTS_OF_DAY[' '.join(part.lower().split())].lstrip('T')}"
    return d.isoformat()



def present(ctx: Context) -> dt.date | None:
    """The reference 'now' of the text: the anchor, or the hinted year when there is none."""
    if ctx.anchor:
        return ctx.anchor
    return dt.date(ctx.year_hint, 7, 1) if ctx.year_hint else None


def anchored(ctx: Context, c: Candidate, d: dt.date | None) -> Resolved | None:
    return Resolved(day_value(d, c), DAY, Point(d, DAY)) if d else None
