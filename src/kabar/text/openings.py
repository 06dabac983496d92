"""Many patterns scanned in one pass over the text, each tried only where its matches can open.

Scanning a text once for each of forty patterns costs forty passes, most of them over positions where
the pattern cannot start. :class:`OpeningScan` reads from each pattern the strings of its first
:data:`OPENING_CHARS` characters that a match can open with ("sen", "sel", "rab" for a weekday, "1/2",
"12-" for a numeric date), walks the text once over the places a match can start (word starts and the
few other characters the patterns open with), and looks each place's next characters up in one table:
a pattern is matched (``re.match``) only at the places whose characters open one of its matches.
``matches(text)[k]`` equals ``list(patterns[k].finditer(text))``, match for match. Where every opening
string is three characters or more, the places are found by a :class:`HeadGate` regex (a word start
whose first three characters open some pattern, or hold a character the table cannot tell) rather than
by a Python walk over every word start.

The opening strings are over ASCII: a class such as ``\\d`` or ``\\s`` also holds non-ASCII characters,
so a place whose characters are not all ASCII is looked up by its ASCII head only (every pattern whose
openings agree with that head is tried). A pattern whose openings cannot be told (a back reference or a
broad class at its start, inline flags, a match that can be empty) or that can start inside a word or
at a non-ASCII character that is not a letter is scanned as written.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

from .prefilter import BoundaryScan

OPENING_CHARS = 4  # characters of a match looked up at once (fewer for a pattern with too many strings)
MAX_OPENINGS = 2000  # opening strings kept for one pattern; more and fewer characters are read
_ASCII = [chr(i) for i in range(128)]
# The characters opening strings are written in: printable ASCII and the line break. A class's other
# members (a tab, a non-ASCII space or digit) end the strings; places with one are looked up by their head.
_PLAIN = frozenset(ch for ch in _ASCII if ch.isprintable() or ch == "\n")
_WORD = re.compile(r"\w")
_CATEGORY_RE = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
_WORD_ONLY = {"CATEGORY_DIGIT", "CATEGORY_WORD"}  # categories whose non-ASCII members are word characters


_START = re.Match.start
_END = re.Match.end
_AGAIN = "again"  # a repeat's remaining count, pushed as an item of its own while unrolling it


class _Unsupported(Exception):
    """The pattern's openings cannot be told: it is scanned as written."""


class Openings(NamedTuple):
    """What a pattern's matches open with: ASCII strings (shorter ones where more cannot be told), and
    the non-word ASCII characters a match can start on (every other start is at a word start)."""

    strings: frozenset[str]
    nonword_starts: frozenset[str]


def openings(pattern: str, flags: int = 0, chars: int = OPENING_CHARS) -> Openings | None:
    """The openings of ``pattern`` (None where they cannot be told), with fewer characters where the
    strings of ``chars`` characters would be too many."""
    try:
        from re import _constants as c, _parser
        parsed = _parser.parse(pattern, flags)
    except (ImportError, AttributeError, re.error):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    for n in range(chars, 0, -1):
        walk = _Walk(c, n)
        try:
            strings = walk.expand(((parsed.data, 0),), n, False)
        except (_Unsupported, RecursionError):  # RecursionError: a repeat whose body can match nothing
            return None
        except _TooMany:
            continue
        return None if "" in strings else Openings(frozenset(strings), frozenset(walk.nonword))
    return None


class _TooMany(Exception):
    """More opening strings than :data:`MAX_OPENINGS`."""


class _Walk:
    """The walk over a parsed pattern that gathers its opening strings."""

    def __init__(self, c, chars: int):
        self.c, self.chars, self.nonword = c, chars, set()
        self.seen: dict[tuple, set[str]] = {}

    def expand(self, stack: tuple, left: int, bounded: bool) -> set[str]:
        """The opening strings (at most ``left`` characters) of what ``stack`` still has to match; a
        string cut short says nothing of what follows. ``bounded``: a word boundary stands before."""
        if left == 0:
            return {""}
        while stack and stack[-1][1] >= len(stack[-1][0]):
            stack = stack[:-1]
        if not stack:
            return {""}  # the match may end here
        key = (tuple(_frame_key(items, i) for items, i in stack), left, bounded)
        if key not in self.seen:  # the same rest is reached through every branch before it
            items, i = stack[-1]
            op, av = items[i]
            self.seen[key] = self._item(op, av, stack[:-1] + ((items, i + 1),), left, bounded)
        return self.seen[key]

    def _item(self, op, av, rest: tuple, left: int, bounded: bool) -> set[str]:
        """The opening strings from one parsed item on."""
        c = self.c
        if op == _AGAIN:
            return self._repeat(av, rest, left, bounded)
        if op is c.AT:
            return self.expand(rest, left, bounded or av is c.AT_BOUNDARY)
        if op is c.ASSERT_NOT and av[0] < 0 and _holds_word(av[1].data, c):
            return self.expand(rest, left, True)  # (?<![\w...]): a word starts after it
        if op in (c.ASSERT, c.ASSERT_NOT):
            return self.expand(rest, left, bounded)
        if op is c.SUBPATTERN:
            if av[1] or av[2]:
                raise _Unsupported  # inline flags
            return self.expand(rest + ((av[3].data, 0),), left, bounded)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return self.expand(rest + ((av.data, 0),), left, bounded)
        if op is c.BRANCH:
            return self._limit(set().union(*(self.expand(rest + ((alt.data, 0),), left, bounded) for alt in av[1])))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT)):
            return self._repeat(av, rest, left, bounded)
        if op is c.LITERAL:
            return self._chars({chr(av)}, rest, left, bounded, exotic=False)
        if op in (c.IN, c.NOT_LITERAL, c.ANY):
            members, exotic = _members(op, av, c)
            return self._chars(members, rest, left, bounded, exotic)
        return {""}  # a back reference, a conditional group: the strings end here, anything may follow

    def _repeat(self, av, rest: tuple, left: int, bounded: bool) -> set[str]:
        """A repeat unrolled: its body once more (while it must, or may), else what follows."""
        low, high, body = av[0], av[1], av[2]
        body = getattr(body, "data", body)
        if high == 0:
            return self.expand(rest, left, bounded)
        again = ((((_AGAIN, (max(0, low - 1), high - 1, body)),), 0),) if high > 1 else ()
        once = self.expand(rest + again + ((body, 0),), left, bounded)
        return self._limit(once | self.expand(rest, left, bounded)) if low == 0 else once

    def _chars(self, members: set[str], rest: tuple, left: int, bounded: bool, exotic: bool) -> set[str]:
        """One character from ``members`` (ASCII ones followed on; a non-ASCII one cuts the strings)."""
        if left == self.chars:  # the match's first character
            self._note_start(members, bounded, exotic)
        plain = members & _PLAIN
        if not plain:
            return set()  # only other characters: places with one are looked up by their plain head
        after = self.expand(rest, left - 1, False)
        if len(plain) * len(after) > MAX_OPENINGS:
            raise _TooMany
        return {ch + s for ch in plain for s in after}

    def _note_start(self, members: set[str], bounded: bool, exotic: bool) -> None:
        """Where a match can start: a word character only after a boundary, other characters listed."""
        for ch in members:
            if _WORD.match(ch):
                if not bounded:
                    raise _Unsupported  # a match could start inside a word
            elif ch.isascii():
                self.nonword.add(ch)
            else:
                raise _Unsupported  # a non-ASCII non-letter: not among the places walked
        if exotic:
            raise _Unsupported

    def _limit(self, strings: set[str]) -> set[str]:
        if len(strings) > MAX_OPENINGS:
            raise _TooMany
        return strings


def _by_head(by_length: list[dict[str, tuple[int, ...]]]) -> dict | None:
    """The patterns by their strings' first characters but the last: (those whose string ends there, those by
    the last character), for the walk's one look-up per place; None where shorter strings are left too."""
    width = len(by_length) - 1
    if any(by_length[n] for n in range(1, width - 1)):
        return None
    heads: dict[str, tuple[tuple[int, ...], dict[str, tuple[int, ...]]]] = {}
    for s, ks in by_length[width - 1].items():
        heads[s] = (ks, {})
    for s, ks in by_length[width].items():
        heads.setdefault(s[:-1], ((), {}))[1][s[-1]] = ks
    return heads


def _frame_key(items, i: int) -> tuple:
    """A frame of the walk's stack as a key: a parsed sequence (alive through the walk) by its identity,
    a repeat's remaining count by its value."""
    if items and items[0][0] == _AGAIN:
        low, high, body = items[0][1]
        return (_AGAIN, low, high, id(body), i)
    return (id(items), i)


def _holds_word(data, c) -> bool:
    """A lookbehind of one character class that holds every word character (``(?<![\\w.,])``)."""
    return (len(data) == 1 and data[0][0] is c.IN
            and any(o is c.CATEGORY and str(a) == "CATEGORY_WORD" for o, a in data[0][1]))


def _members(op, av, c) -> tuple[set[str], bool]:
    """(the ASCII characters one class item matches, whether it also matches non-ASCII characters that
    are not word characters)."""
    if op is c.ANY:
        return {ch for ch in _ASCII if ch != "\n"}, True
    if op is c.NOT_LITERAL:
        return {ch for ch in _ASCII if ch != chr(av)}, True
    pieces, exotic, negate = [], False, False
    for o, a in av:
        if o is c.NEGATE:
            negate = exotic = True
        elif o is c.LITERAL:
            pieces.append(re.escape(chr(a)))
            exotic |= not chr(a).isascii() and not _WORD.match(chr(a))
        elif o is c.RANGE:
            pieces.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            exotic |= a[1] >= 128
        elif o is c.CATEGORY and str(a) in _CATEGORY_RE:
            pieces.append(_CATEGORY_RE[str(a)])
            exotic |= str(a) not in _WORD_ONLY
        else:
            raise _Unsupported
    return _ascii_members(f"[{'^' if negate else ''}{''.join(pieces)}]"), exotic


@lru_cache(maxsize=None)
def _ascii_members(cls: str) -> frozenset[str]:
    """The ASCII characters a character class (written as a regex) matches."""
    rx = re.compile(cls)
    return frozenset(ch for ch in _ASCII if rx.match(ch))


class OpeningScan:
    """``finditer`` of several compiled patterns over one text, in one walk over the places where a
    match can start (a pattern whose openings cannot be told is scanned as written)."""

    def __init__(self, patterns: Sequence[re.Pattern]):
        self.patterns = list(patterns)
        found = [openings(p.pattern, p.flags) if isinstance(p.pattern, str) else None for p in self.patterns]
        self.walked = {k for k, o in enumerate(found) if o is not None}
        self.scans = {k: BoundaryScan(p) for k, p in enumerate(self.patterns) if k not in self.walked}
        self.table = _Table([(k, found[k].strings) for k in sorted(self.walked)])
        starts = sorted(set().union(*(found[k].nonword_starts for k in self.walked)))
        self.places = re.compile(r"\w+" + (f"|[{''.join(map(re.escape, starts))}]" if starts else ""))
        heads = self.table.by_head
        self.gate = HeadGate(heads, frozenset(starts)) if heads is not None else None

    def matches(self, text: str) -> list[list[re.Match]]:
        """For each pattern, its matches in ``text`` (those ``finditer`` gives, in order)."""
        heads = self.table.by_head
        if heads is not None:
            tried = self._by_head(text, self.gate.places(text), heads)
        else:
            tried = [[] for _ in self.patterns]
            for pos, found in self._in_full(text, list(map(_START, self.places.finditer(text)))):
                for k in found:
                    tried[k].append(pos)
        return [matched_at(rx, text, tried[k]) if k in self.walked else list(self.scans[k].finditer(text))
                for k, rx in enumerate(self.patterns)]

    def _by_head(self, text: str, places: list[int], heads: dict) -> list[list[int]]:
        """For each pattern, the places (of ``places``) where it can open: most are told by one look-up of
        their first characters but the last, the last character read only where a pattern opens there."""
        tried: list[list[int]] = [[] for _ in self.patterns]
        width, get, lookup = OPENING_CHARS, heads.get, self.table.lookup
        for pos in places:
            t = text[pos:pos + width]
            entry = get(t[:-1] if len(t) == width else t)
            if entry is not None and len(t) == width and t.isascii() and t.isprintable():
                found = entry[0] + entry[1].get(t[-1], ())
            elif entry is None and _plain(t[:width - 1], width - 1):
                continue  # a head no pattern opens with (a place the gate lets through)
            else:
                found = lookup(t)  # a shorter or other string, or a character the table does not hold
            for k in found:
                tried[k].append(pos)
        return tried

    def _in_full(self, text: str, places: list[int]) -> Iterator[tuple[int, list[int]]]:
        """(place, the patterns that can open there), each place looked up in full (shorter strings too)."""
        for pos in places:
            yield pos, self.table.lookup(text[pos:pos + OPENING_CHARS])


# A character no head holds (a line break, a non-ASCII one), or the text's end, among a place's first
# OPENING_CHARS - 1 characters (a head's length): the walk looks such a place up the slow way.
_ODD_NEAR = rf"[\x20-\x7e]{{0,{OPENING_CHARS - 2}}}(?:[^\x20-\x7e]|\Z)"


class HeadGate:
    """The places the head look-up of :meth:`OpeningScan._by_head` does not pass over, found by the regex
    engine rather than by a walk over every word start. After a non-word character (``\\W``, the engine's
    quick first test) a word whose first three characters are a head (the heads as a prefix tree) or hold a
    character no head holds; an opening non-word character likewise; and the text's first character.
    ``places(text)``: every place the walk looks up and only places it visits (a few it passes over), in order."""

    def __init__(self, heads: Collection[str], starts: frozenset[str]):
        word = [h for h in heads if _WORD.match(h)]
        after = f"(?:{prefix_tree(word)}|(?=\\w){_ODD_NEAR})" if word else f"(?=\\w){_ODD_NEAR}"
        self.after_nonword = re.compile(f"\\W(?={after})")
        other = [h for h in heads if h[0] in starts]
        chars = "".join(map(re.escape, sorted(starts)))
        here = f"(?:{prefix_tree(other)}|{_ODD_NEAR})" if other else _ODD_NEAR
        self.opening = re.compile(f"[{chars}](?<=(?={here}).)") if starts else None

    def places(self, text: str) -> list[int]:
        """The places of ``text`` the walk looks up, in order (a place it would pass over may be among them)."""
        found = list(map(_END, self.after_nonword.finditer(text)))  # the match is the character before
        if text and _WORD.match(text):
            found.insert(0, 0)  # the first word has no character before it; the walk's own test tells it
        if self.opening is not None and (opening := list(map(_START, self.opening.finditer(text)))):
            found = sorted(found + opening)
        return found


def prefix_tree(strings: Iterable[str]) -> str:
    """A regex matching exactly ``strings`` (literal, case-sensitive) at a place, as a prefix tree: the
    engine checks one character per level rather than each string in turn."""
    root: dict = {}
    for s in strings:
        node = root
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree_regex(root)


def _tree_regex(node: dict) -> str:
    """One node of :func:`prefix_tree` (a string ending here last)."""
    alts = [re.escape(ch) + _tree_regex(sub) if ch else "" for ch, sub in sorted(node.items(), key=_last_empty)]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _last_empty(item: tuple[str, dict]) -> tuple[bool, str]:
    return item[0] == "", item[0]


def _plain(t: str, width: int) -> bool:
    """``t`` is ``width`` printable ASCII characters (a line break is looked up the slow way)."""
    return len(t) == width and t.isascii() and t.isprintable()


def matched_at(rx: re.Pattern, text: str, places: list[int]) -> list[re.Match]:
    """The non-overlapping matches of ``rx`` starting at some of ``places`` (in order), leftmost first:
    finditer's matches when every match starts at one of them."""
    out, end, match = [], 0, rx.match
    for pos in places:
        if pos >= end and (m := match(text, pos)) is not None:
            out.append(m)
            end = m.end() if m.end() > pos else pos + 1
    return out


class _Table:
    """Which patterns can open at a place, from the place's next characters."""

    def __init__(self, strings: list[tuple[int, frozenset[str]]]):
        by_length: list[dict[str, set[int]]] = [{} for _ in range(OPENING_CHARS + 1)]
        self.kept: list[tuple[int, list[str]]] = []
        for k, found in strings:
            # a string with a shorter string of the same pattern at its start adds no place
            kept = [s for s in found if not any(s[:n] in found for n in range(1, len(s)))]
            for s in kept:
                by_length[len(s)].setdefault(s, set()).add(k)
            self.kept.append((k, kept))
        self.by_length = [{s: tuple(sorted(ks)) for s, ks in table.items()} for table in by_length]
        self.lengths = [n for n in range(1, OPENING_CHARS + 1) if self.by_length[n]]
        self.by_head = _by_head(self.by_length)
        self._heads: list[dict[str, set[int]]] | None = None

    def lookup(self, t: str) -> list[int]:
        """The patterns one of whose opening strings agrees with ``t`` (a place's next characters): equal
        to a string or its start, or to their ASCII head where a non-ASCII character follows it."""
        head = next((j for j, ch in enumerate(t) if ch not in _PLAIN), len(t))
        found = {k for n in self.lengths if n <= head for k in self.by_length[n].get(t[:n], ())}
        if head < len(t):
            found.update(self.heads()[head].get(t[:head], ()))
        return sorted(found)

    def heads(self) -> list[dict[str, set[int]]]:
        """For each length j, the patterns by the first j characters of their longer strings (built
        once, on the first place with a non-ASCII character)."""
        if self._heads is None:
            self._heads = [{} for _ in range(OPENING_CHARS + 1)]
            for k, kept in self.kept:
                for s in kept:
                    for j in range(len(s)):
                        self._heads[j].setdefault(s[:j], set()).add(k)
        return self._heads
