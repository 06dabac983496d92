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
from .extract import After, Candidate, candidates
from .calendar_math import DAY
from .resolve import Context, Resolved, resolve

# A quotation's day is named among the last few expressions before it in its sentence ...
LOOK_BACK_EXPRESSIONS = 8
# ... or, in its reporting clause, among the first few expressions after it.
REPORTING_CLAUSE_EXPRESSIONS = 3
# Kinds that name the day a reporting clause ("kata Dave, Rabu (19/3/2025)") was spoken.
_REPORTING_DAYS = {"wd_date", "dmy", "num_date", "paren_dm", "weekday"}
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
    spoken_in: dict[int, dt.date | None] = {}  # quotation index -> the day it was spoken (found once per quote)
    out = []
    for i, c in enumerate(cands):
        rest = After(cands, i + 1)
        spoken = _speech_date(c, quotes, ctx, rest, spoken_in)
        if spoken and anchor:  # words in quotation marks are resolved against when they were spoken
            ctx.anchor = spoken
        r = resolve(c, ctx, rest)
        ctx.anchor = anchor
        if r is not None and spoken and anchor and spoken != anchor:
            r.note = "; ".join(x for x in (r.note, f"inside a quote spoken on {spoken}") if x)
        if r is not None and r.point is not None:
            ctx.history.append((c.start, r.point, r.value))
        if r is not None:
            ctx.last_end = c.end
        out.append((c, r))
    return out


def _speech_date(c: Candidate, quotes: list[tuple[int, int]], ctx: Context, following: list[Candidate],
                 spoken_in: dict[int, dt.date | None]) -> dt.date | None:
    """The day a quotation holding ``c`` was spoken: a dated day earlier in the quote's sentence, else
    the day its reporting clause names ('"... besok," kata Dave, Rabu (19/3/2025).'). Both are fixed
    once the quotation is reached, so each quotation is looked up once (``spoken_in``)."""
    k = bisect_left(quotes, c.start, key=lambda q: q[0]) - 1  # quotations are in order and never overlap
    if k < 0 or not c.start < quotes[k][1]:
        return None
    if k not in spoken_in:
        spoken_in[k] = _dated_before(quotes[k][0], ctx) or _dated_after(quotes[k][1], ctx, following)
    return spoken_in[k]


def _dated_after(q_end: int, ctx: Context, following: list[Candidate]) -> dt.date | None:
    """The day the first date or weekday after a quotation's end names, in the sentence the quotation ends
    in (the reporting clause: '..." kata Dave dalam rapat RPJMN 2025-2029, Rabu (19/3/2025)')."""
    j = bisect_left(following, q_end, key=lambda f: f.start)
    i = ctx.sentence_of(q_end)
    sentence_end = ctx.sentence_starts[i + 1] if i + 1 < len(ctx.sentence_starts) else len(ctx.text)
    for nxt in following[j:j + REPORTING_CLAUSE_EXPRESSIONS]:
        if nxt.start >= sentence_end:
            break
        if nxt.kind in _REPORTING_DAYS:
            r = resolve(Candidate(nxt.kind, nxt.start, nxt.end, dict(nxt.parts), nxt.mod), ctx, [])
            if r is None or r.point is None or r.granularity != DAY or "conflict" in (r.note or ""):
                return None  # a date whose weekday contradicts it cannot re-anchor the words
            return r.point.date
    return None


def _dated_before(q_start: int, ctx: Context) -> dt.date | None:
    """The day a dated expression earlier in the quotation's sentence names (among the last few before it)."""
    sentence_start = ctx.sentence_starts[ctx.sentence_of(q_start)]
    # the history is in text order: walk back from the quotation's start to its sentence's start
    last = bisect_left(ctx.history, q_start, key=lambda h: h[0]) - 1
    for i in range(last, max(-1, last - LOOK_BACK_EXPRESSIONS), -1):
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
