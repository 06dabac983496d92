"""Faster scans for patterns ``re`` cannot skip ahead through, with the same matches.

Python's ``re`` skips ahead quickly to where a match can start when a pattern opens with a literal
or a set of characters, but a pattern that opens with ``\\b`` or an optional group is tried at
every position of the text. :class:`BoundaryScan` gives ``finditer``'s matches faster two ways:

- the *body*: the pattern without its leading ``\\b`` where that opens with a literal or a set,
  a match kept only where the boundary holds;
- else a *gate*: the set of characters a match can open with is worked out from the pattern
  (through word boundaries, lookarounds, optional and repeated groups and alternations), and the
  gate ``[first](?<=(?=pattern).)`` opens with that set, so ``re`` jumps from one such character
  to the next and checks the whole pattern only there. A pattern with a back reference gets no
  gate: inside a lookbehind the reference would have to be relaxed to any text, and a relaxed
  ``(?s:.*?)`` runs on to the end of the text at every hit where the rest never follows
  (a 200 KB page of figures with no year after them took 5.7 s where the pattern alone took 0.01 s).

The leftmost match of the pattern from a position is the first gate (or body) hit that the
pattern matches, so ``finditer`` gives the same matches (spans and groups) as the pattern itself.
Where neither helps, the pattern is scanned as written.

Before any of that, a text that lacks every one of the pattern's *required strings* is not scanned at
all: strings read from the pattern such that every match holds one of them ("tahun" of a pattern
that must say it, "pukul" or "jam" of a clock time), found by ``str``'s substring search, far faster
than the pattern's scan. Each string is a search of its own, so only a pattern with a few such strings
is tested this way (a dozen month names cost more to look for than the scan they would save).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

_BOUNDARY = re.compile(r"\b")
_LEAD = r"\b"
# A back reference cannot stand inside the gate's lookbehind: such a pattern is scanned as written.
_BACKREF = re.compile(r"\(\?P=\w+\)")


class BoundaryScan:
    """``finditer`` of one compiled pattern, through a gate or its body after a leading ``\\b`` where that is faster."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.gate = _gate(rx)
        body = rx.pattern[len(_LEAD):] if isinstance(rx.pattern, str) and rx.pattern.startswith(_LEAD) else None
        self.body = re.compile(body, rx.flags) if body is not None and _skips_ahead(body, rx.flags) else None
        self.required = required_strings(rx.pattern, rx.flags) if isinstance(rx.pattern, str) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The non-overlapping matches of the pattern in ``text``, left to right (as ``rx.finditer``)."""
        if self.required is not None and not any(r in text for r in self.required):
            return  # no match can lack all of them
        if self.body is not None:  # a literal or a set right after the boundary: re skips by it, fastest
            yield from self._through_body(text)
        elif self.gate is not None:
            yield from self._gated(text)
        else:
            yield from self.rx.finditer(text)

    def _gated(self, text: str) -> Iterator[re.Match]:
        """The pattern matched only where the gate says a match can open."""
        search, match, pos = self.gate.search, self.rx.match, 0
        while (hit := search(text, pos)) is not None:
            start = hit.start()
            m = match(text, start)
            if m is None:  # not expected (the gate holds the whole pattern); never loop on it
                pos = start + 1
                continue
            yield m
            pos = m.end() if m.end() > start else start + 1

    def _through_body(self, text: str) -> Iterator[re.Match]:
        """The body's matches where the leading word boundary holds."""
        search, at_boundary, pos = self.body.search, _BOUNDARY.match, 0
        while (m := search(text, pos)) is not None:
            start = m.start()
            if at_boundary(text, start):
                yield m
                pos = m.end() if m.end() > start else start + 1
            else:
                pos = start + 1


def _gate(rx: re.Pattern) -> re.Pattern | None:
    """``[first](?<=(?=pattern).)``: a hit wherever the pattern can match (None where the opening
    characters cannot be told, take any letter, or the gate does not compile)."""
    if not isinstance(rx.pattern, str) or rx.flags & re.IGNORECASE or _BACKREF.search(rx.pattern):
        return None
    first = first_chars(rx.pattern, rx.flags)
    if not first:
        return None
    try:
        return re.compile(f"[{''.join(sorted(first))}](?<=(?={rx.pattern})(?s:.))", rx.flags)
    except re.error:
        return None


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of ``pattern`` can open with, as pieces of a character set (``a``,
    ``\\d``, ``0-9``); None where that cannot be told, includes any letter, or the pattern can
    match the empty string."""
    try:
        from re import _constants as c, _parser
        data = _parser.parse(pattern, flags).data
    except (ImportError, AttributeError, re.error):
        return None
    first, empty = _first_of(data, c)
    return None if empty else first


def _first_of(items, c) -> tuple[set[str] | None, bool]:
    """(opening characters, can match empty) of a sequence of parsed items."""
    out: set[str] = set()
    for op, av in items:
        first, empty = _first_item(op, av, c)
        if first is None:
            return None, False
        out |= first
        if not empty:
            return out, False
    return out, True


def _first_item(op, av, c) -> tuple[set[str] | None, bool]:
    """(opening characters, can match empty) of one parsed item; (None, False) where unknown."""
    if op is c.LITERAL:
        return {re.escape(chr(av))}, False
    if op is c.IN:
        return _charset(av, c), False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: what follows opens the match
    if op is c.SUBPATTERN:
        return (None, False) if av[1] or av[2] else _first_of(av[3].data, c)  # no inline flags
    if op is c.BRANCH:
        parts = [_first_of(alt.data, c) for alt in av[1]]
        if any(first is None for first, _ in parts):
            return None, False
        return set().union(*(first for first, _ in parts)), any(empty for _, empty in parts)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        first, empty = _first_of(av[2].data, c)
        return first, empty or av[0] == 0
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _first_of(av.data, c)
    return None, False


_NARROW = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s"}


def _charset(items, c) -> set[str] | None:
    """The pieces of a parsed character set; None for a negated set or a broad category."""
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is c.RANGE:
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is c.CATEGORY and str(av) in _NARROW:
            out.add(_NARROW[str(av)])
        else:
            return None
    return out


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


def lower_pattern(pattern: str) -> str:
    """The pattern with its literal letters lower-cased (escapes and group names left alone)."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
        elif pattern.startswith(("(?P<", "(?P="), i):
            j = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i:j + 1])
            i = j + 1
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


# The only characters IGNORECASE matches to an ASCII letter otherwise than through ``str.lower``
# (dotted and dotless i, long s, the Kelvin sign): a text holding one is scanned as written.
_FOLDS_ODDLY = re.compile("[\u0130\u0131\u017f\u212a]")


class CaselessScan:
    """``finditer`` of a case-insensitive pattern written in ASCII and caseless characters, through its lower-cased form scanned (by
    :class:`BoundaryScan`) over the lower-cased text without IGNORECASE, the slow part of ``re``; the
    pattern itself then matches at each start found, so the matches are the pattern's own. Lower-casing
    keeps word, digit and space characters what they are, so where the text keeps its length and holds
    none of the few letters IGNORECASE folds otherwise, both scans find the same starts."""

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        usable = isinstance(rx.pattern, str) and rx.flags & re.IGNORECASE and all(
            ch.isascii() or ch.lower() == ch == ch.upper() for ch in rx.pattern)  # ASCII or caseless ("’")
        self.low = BoundaryScan(re.compile(lower_pattern(rx.pattern), rx.flags & ~re.IGNORECASE)) if usable else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches of the pattern in ``text`` (as ``rx.finditer``)."""
        low = self._lowered(text)
        if low is None:
            return self.rx.finditer(text)
        found = []
        for hit in self.low.finditer(low):
            m = self.rx.match(text, hit.start())
            if m is None or m.end() != hit.end():  # not expected; never answer differently from the pattern
                return self.rx.finditer(text)
            found.append(m)
        return iter(found)

    def search(self, text: str) -> re.Match | None:
        """The first match (as ``rx.search``)."""
        low = self._lowered(text)
        hit = next(self.low.finditer(low), None) if low is not None else False
        if hit is None:
            return None
        m = self.rx.match(text, hit.start()) if hit else None
        return m if m is not None and m.end() == hit.end() else self.rx.search(text)

    def search_between(self, text: str, start: int, end: int) -> re.Match | None:
        """The first match inside ``text[start:end]`` (as ``rx.search(text, start, end)``)."""
        low = self._lowered(text)
        hit = _first_between(self.low, low, start, end) if low is not None else False
        if hit is None:
            return None
        m = self.rx.match(text, hit.start(), end) if hit else None
        return m if m is not None and m.end() == hit.end() else self.rx.search(text, start, end)

    def _lowered(self, text: str) -> str | None:
        """The lower-cased text, or None where it cannot stand in for the text (nor the pattern be lowered)."""
        return None if self.low is None else lowered(text)


def _first_between(scan: BoundaryScan, text: str, start: int, end: int) -> re.Match | None:
    """``scan.rx.search(text, start, end)``: through the body after its leading word boundary where there is one
    (the boundary tested as the pattern tests it, against the text before ``start`` and up to ``end``)."""
    if scan.body is None:
        return scan.rx.search(text, start, end)
    search, at_boundary, pos = scan.body.search, _BOUNDARY.match, start
    while (m := search(text, pos, end)) is not None:
        if at_boundary(text, m.start(), end):
            return m
        pos = m.start() + 1
    return None


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """``text`` lower-cased where that keeps its length and it holds none of the letters IGNORECASE folds
    otherwise, else None (cached: several patterns scan the same text)."""
    low = text.lower()
    return low if len(low) == len(text) and not _FOLDS_ODDLY.search(text) else None


# Required strings: a set is worth testing only when its shortest string is this long (a letter or two
# is in every text) and it holds at most MAX_TESTED strings; a run of literals is followed through at
# most MAX_REQUIRED strings.
MIN_REQUIRED_CHARS = 3
MAX_TESTED = 4
MAX_REQUIRED = 64


def required_strings(pattern: str, flags: int = 0, most: int = MAX_TESTED) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` holds (at most ``most`` of them), the set whose
    shortest string is longest among the pattern's runs of literals and alternations; None where none
    can be told, or the set is too large or its strings too short to be worth looking for."""
    if flags & re.IGNORECASE:
        return None
    try:
        from re import _constants as c, _parser
        parsed = _parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):
        return None
    if parsed.state.flags & re.IGNORECASE:  # "(?i)" at the start
        return None
    best = _best(_sequence(parsed.data, c)[1])
    if not best or min(map(len, best)) < MIN_REQUIRED_CHARS:
        return None
    # a text holding a longer string holds each shorter one inside it: only the shortest are looked for
    found = tuple(sorted(r for r in best if not any(o != r and o in r for o in best)))
    return found if len(found) <= most else None


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest string is longest (then the smallest set)."""
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def _sequence(items, c) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(every string the sequence can match where that is a small finite set, else None; the sets of
    strings one of which every match of the sequence holds)."""
    run: frozenset[str] | None = frozenset({""})
    whole: frozenset[str] | None = frozenset({""})
    found: list[frozenset[str]] = []
    for op, av in items:
        exact, inner = _item(op, av, c)
        found += inner
        if exact is None:
            if run is not None and run != {""}:
                found.append(run)
            run = frozenset({""})
            whole = None
            continue
        joined = _concat(run, exact)
        if joined is None:  # too many strings to follow: what was gathered so far holds, and a new run opens
            if run != {""}:
                found.append(run)
            joined = exact
        run, whole = joined, _concat(whole, exact)
    if run is not None and run != {""}:
        found.append(run)
    return whole, [s for s in found if "" not in s]


def _concat(a: frozenset[str] | None, b: frozenset[str]) -> frozenset[str] | None:
    if a is None or len(a) * len(b) > MAX_REQUIRED:
        return None
    return frozenset(x + y for x in a for y in b)


def _item(op, av, c) -> tuple[frozenset[str] | None, list[frozenset[str]]]:
    """(the strings one parsed item can match, if few; the required sets inside it)."""
    if op is c.LITERAL:
        return frozenset({chr(av)}), []
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""}), []  # zero width
    if op is c.IN:
        chars = [chr(a) for o, a in av if o is c.LITERAL]
        return (frozenset(chars), []) if len(chars) == len(av) and len(chars) <= 8 else (None, [])
    if op is c.SUBPATTERN:
        return (None, []) if av[1] or av[2] else _sequence(av[3].data, c)  # no inline flags
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(av.data, c)
    if op is c.BRANCH:
        alts = [_sequence(alt.data, c) for alt in av[1]]
        exact = None if any(e is None for e, _ in alts) else frozenset().union(*(e for e, _ in alts))
        picks = [_best(inner + ([e] if e is not None and "" not in e else [])) for e, inner in alts]
        return exact, ([frozenset().union(*picks)] if all(picks) else [])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
        low, high, body = av[0], av[1], av[2].data
        exact, inner = _sequence(body, c)
        if low == 0:
            return (exact | {""} if exact is not None and high == 1 else None), []
        return (exact if low == high == 1 else None), inner + ([exact] if exact is not None and "" not in exact else [])
    return None, []
