"""Faster scans for patterns that open with a word boundary (``\\b``), with the same matches.

Python's ``re`` skips ahead quickly to where a match can start when a pattern opens with a literal
or a set of characters, but a pattern that opens with ``\\b`` is tried at every position of the text.
:class:`BoundaryScan` searches the pattern without its leading ``\\b`` (which does open with a literal
or a set) and keeps a match only where the boundary holds, searching on from the next position
otherwise: the leftmost match of the whole pattern is the first such match, so ``finditer`` gives
the same matches (spans and groups) as the pattern itself. Where dropping the ``\\b`` gives the
engine nothing to skip by, the pattern is scanned as written.
"""
from __future__ import annotations

import re
from typing import Iterator

_BOUNDARY = re.compile(r"\b")
_LEAD = r"\b"


class BoundaryScan:
    """``finditer`` of one compiled pattern, through its body after a leading ``\\b`` where that is faster."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        body = rx.pattern[len(_LEAD):] if isinstance(rx.pattern, str) and rx.pattern.startswith(_LEAD) else None
        self.body = re.compile(body, rx.flags) if body is not None and _skips_ahead(body, rx.flags) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The non-overlapping matches of the pattern in ``text``, left to right (as ``rx.finditer``)."""
        if self.body is None:
            yield from self.rx.finditer(text)
            return
        search, at_boundary, pos = self.body.search, _BOUNDARY.match, 0
        while (m := search(text, pos)) is not None:
            start = m.start()
            if at_boundary(text, start):
                yield m
                pos = m.end() if m.end() > start else start + 1
            else:
                pos = start + 1


def _skips_ahead(pattern: str, flags: int) -> bool:
    """Whether ``re`` scans for the start of ``pattern`` by a literal or a set of characters (the
    test of its compiler's prefix and charset analysis); False when that cannot be told."""
    try:
        from re import _constants as c, _parser
        data = _parser.parse(pattern, flags).data
    except (ImportError, AttributeError, re.error):
        return False
    while data and data[0][0] is c.SUBPATTERN:
        data = data[0][1][3].data
    if not data:
        return False
    op, av = data[0]
    if flags & re.IGNORECASE:  # the compiler gives up on letters there
        return op is c.IN and all(o is c.CATEGORY for o, _ in av)
    if op in (c.LITERAL, c.IN):
        return True
    return op is c.BRANCH and all(alt.data and alt.data[0][0] is c.LITERAL for alt in av[1])
