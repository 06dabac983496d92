"""Time expressions in Indonesian news: find them, normalise them, anchor them.

``find_times`` returns :class:`kabar.model.TimeExpr` items with ISO-8601-style values
(``2023-07-25TNI``, ``2023-W30``, ``1950/1953``, ``193X``, ``P3Y``, ``PRESENT_REF``);
``infer_publication`` reads the publication date from the text when nothing else gives it.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from ..model import TimeExpr
from .anchor import best_reported_date, infer_publication, present_year, sentence_starts
from .extract import Candidate, candidates
from .calendar_math import DAY
from .resolve import Context, Resolved, resolve

# Quotations, curly or straight, within one paragraph.
_QUOTE = re.compile(r"“[^“”\n]*”|\"[^\"\n]*\"")

__all__ = ["find_times", "infer_publication", "best_reported_date", "find_times_detailed"]


def find_times_detailed(text: str, anchor: dt.date | None, sentences: list[tuple[int, int]] | None = None,
                        today: dt.date | None = None) -> list[tuple[Candidate, Resolved | None]]:
    """Every candidate with its resolution (None where it could not be resolved), in text order."""
    today = today or dt.date.today()
    cands = candidates(text)
    starts = sentence_starts(text, sentences)
    ctx = Context(text, anchor, today, starts)
    if anchor is None:
        ctx.year_hint = present_year(text, cands, starts, today)
    quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
    out = []
    for i, c in enumerate(cands):
        spoken = _speech_date(c, quotes, ctx)
        if spoken and anchor:  # words in quotation marks are resolved against when they were spoken
            ctx.anchor = spoken
        r = resolve(c, ctx, cands[i + 1:])
        ctx.anchor = anchor
        if r is not None and spoken and anchor and spoken != anchor:
            r.note = "; ".join(x for x in (r.note, f"inside a quote spoken on {spoken}") if x)
        if r is not None and r.point is not None:
            ctx.history.append((c.start, r.point, r.value))
        if r is not None:
            ctx.last_end = c.end
        out.append((c, r))
    return out


def _speech_date(c: Candidate, quotes: list[tuple[int, int]], ctx: Context) -> dt.date | None:
    """The day a quotation holding ``c`` was spoken: a dated day earlier in the quote's sentence."""
    k = bisect_left(quotes, c.start, key=lambda q: q[0]) - 1  # quotations are in order and never overlap
    if k < 0 or not c.start < quotes[k][1]:
        return None
    q_start = quotes[k][0]
    sentence_start = ctx.sentence_starts[ctx.sentence_of(q_start)]
    # the history is in text order: walk back from the quotation's start to its sentence's start
    for i in range(bisect_left(ctx.history, q_start, key=lambda h: h[0]) - 1, -1, -1):
        start, p, _ = ctx.history[i]
        if start < sentence_start:
            break
        if p.granularity == DAY:
            return p.date
    return None


def find_times(text: str, anchor: dt.date | None, sentences: list[tuple[int, int]] | None = None,
               today: dt.date | None = None) -> list[TimeExpr]:
    """The time expressions of ``text``, resolved against ``anchor`` (the publication date)."""
    return [TimeExpr(text[c.start:c.end], c.start, c.end, r.value, r.granularity, r.mod, r.note)
            for c, r in find_times_detailed(text, anchor, sentences, today) if r is not None]
