"""Time expressions in Indonesian news: find them, normalise them, anchor them.

``find_times`` returns :class:`kabar.model.TimeExpr` items with ISO-8601-style values
(``2023-07-25TNI``, ``2023-W30``, ``1950/1953``, ``193X``, ``P3Y``, ``PRESENT_REF``);
``infer_publication`` reads the publication date from the text when nothing else gives it.
"""
from __future__ import annotations

import datetime as dt

from ..model import TimeExpr
from .anchor import best_reported_date, infer_publication, present_year, sentence_starts
from .extract import Candidate, candidates
from .resolve import Context, Resolved, resolve

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
    out = []
    for i, c in enumerate(cands):
        r = resolve(c, ctx, cands[i + 1:])
        if r is not None and r.point is not None:
            ctx.history.append((c.start, r.point, r.value))
        if r is not None:
            ctx.last_end = c.end
        out.append((c, r))
    return out


def find_times(text: str, anchor: dt.date | None, sentences: list[tuple[int, int]] | None = None,
               today: dt.date | None = None) -> list[TimeExpr]:
    """The time expressions of ``text``, resolved against ``anchor`` (the publication date)."""
    return [TimeExpr(text[c.start:c.end], c.start, c.end, r.value, r.granularity, r.mod, r.note)
            for c, r in find_times_detailed(text, anchor, sentences, today) if r is not None]
