"""Quotation marks: pair them into quoted spans, across sentence and paragraph breaks.

Outlets mix straight and curly marks, and some open with the closing mark (”Kami siap,” kata X)
or swap the pair (”Kami siap, “ ujarnya): a closing mark after a space opens a quotation that the
next mark not glued to a word closes, within its paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.id.quote_cues import MAX_QUOTE_CHARS, QUOTE_PAIRS

_STRAIGHT = "\""
_RIGHT = "”"  # some outlets open with the closing mark too (”Kami siap,” kata X), or swap the two
_TRAILING = ",.;"
_CLOSING = {"\"": re.compile("[\"”]"), "“": re.compile("[”\"“]"),  # mixed marks close each other
            _RIGHT: re.compile("[”“]")}
_OPENING = re.compile("[" + re.escape("".join(QUOTE_PAIRS) + _RIGHT) + "]")
_PARAGRAPH = re.compile(r"\n\s*\n")  # punctuation just inside the closing mark is not part of the words


@dataclass(frozen=True)
class Quoted:
    """A quoted span: ``start``/``end`` include the marks, ``inner_*`` are the words."""
    start: int
    end: int
    inner_start: int
    inner_end: int


def opens_here(text: str, i: int) -> bool:
    """A mark opens a quotation when it follows a space, a bracket or the text start."""
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-:"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past spaces and a trailing comma or period."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    return start, end


def closes_here(text: str, j: int) -> bool:
    """A mark closes a quotation when it follows a word or punctuation and no word is glued after it."""
    return j > 0 and not text[j - 1].isspace() and (j + 1 >= len(text) or not text[j + 1].isalnum())


def close_of(text: str, i: int, opener: str) -> int:
    """Index of the mark that closes the quotation opened at i, or -1.

    Sites mix straight and curly marks ('"Kami siap,” kata X'), so a straight opener also closes
    on ”, and “ on a straight mark that closes. A straight quotation runs on into one more paragraph
    when that paragraph opens with no mark of its own and its first mark closes it.
    """
    limit = min(len(text), i + MAX_QUOTE_CHARS)
    marks = _CLOSING.get(opener) or re.compile(re.escape(QUOTE_PAIRS[opener]))
    j = i + 1
    while True:
        m = marks.search(text, j, limit)
        if m is None:
            return -1
        j = m.start()
        if opener == _STRAIGHT and not runs_on(text, i + 1, j, limit):
            return -1
        if opener in (_STRAIGHT, _RIGHT) and _PARAGRAPH.search(text, i, j):
            return j if closes_here(text, j) else -1  # past a paragraph the first mark must close
        if ok_closer(text, j, opener):
            return j
        if opener == "“" and text[j] == "“":
            brk = _PARAGRAPH.search(text, i, j)
            return brk.start() - 1 if brk else -1  # a quotation running on over paragraphs reopens each
        j += 1


def ok_closer(text: str, j: int, opener: str) -> bool:
    """Whether the mark at j closes a quotation opened by ``opener``."""
    c = text[j]
    if opener in ("‘", _RIGHT):
        return j + 1 >= len(text) or not text[j + 1].isalnum()  # not the apostrophe of "Jum’at"
    return opener != "“" or c == "”" or closes_here(text, j)


def runs_on(text: str, start: int, j: int, limit: int) -> bool:
    """Whether a straight quotation from ``start`` may reach j: one paragraph break at most, and the
    paragraph after it opens with no mark of its own."""
    breaks = [m.end() for m in _PARAGRAPH.finditer(text, start, j)]
    if not breaks:
        return True
    nxt = text[breaks[0]:limit].lstrip()[:1]
    return len(breaks) == 1 and bool(nxt) and nxt not in QUOTE_PAIRS


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted span in the text, in order, without overlaps."""
    out, i = [], 0
    while True:
        m = _OPENING.search(text, i)
        if m is None:
            break
        i, c = m.start(), m.group()
        if c not in ("‘", _RIGHT) or opens_here(text, i):
            j = close_of(text, i, c)
            if j > i:
                s, e = trim(text, i + 1, j)
                if e > s:
                    out.append(Quoted(i, j + 1, s, e))
                i = j + 1
                continue
        i += 1
    return out
