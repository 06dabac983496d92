"""Interval questions over many spans in log time, so a long text costs no more per span than a short one.

    SpanIndex([(0, 4), (10, 12)]).overlaps(3, 8)   # True
    chosen = Disjoint(); chosen.add(0, 4); chosen.fits(4, 9)   # True
"""
from __future__ import annotations

from bisect import bisect_left, insort
from itertools import accumulate
from typing import Iterable


class SpanIndex:
    """A fixed set of [start, end) spans (they may overlap): does any overlap a given span?"""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        items = sorted(spans)
        self.starts = [s for s, _ in items]
        self.reach = list(accumulate((e for _, e in items), max))  # furthest end among the first k spans

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # spans starting before ``end``
        return k > 0 and self.reach[k - 1] > start


class Disjoint:
    """A growing set of non-overlapping [start, end) spans: may one more join without overlapping?"""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: dict[int, int] = {}

    def fits(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)  # spans starting before ``end``; only the last can reach ``start``
        return k == 0 or self.ends[self.starts[k - 1]] <= start

    def add(self, start: int, end: int) -> None:
        insort(self.starts, start)
        self.ends[start] = end
