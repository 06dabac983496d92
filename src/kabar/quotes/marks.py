"""Quotation marks: pair them into quoted spans, across sentence and paragraph breaks."""
from __future__ import annotations

from dataclasses import dataclass

from ..lang.id.quote_cues import MAX_QUOTE_CHARS, QUOTE_PAIRS

_STRAIGHT = "\""
_TRAILING = ",.;"
_ALSO_CLOSES = {"\"": "\"”", "“": "”\""}  # punctuation just inside the closing mark is not part of the words


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
    closers = _ALSO_CLOSES.get(opener, QUOTE_PAIRS[opener])
    limit = min(len(text), i + MAX_QUOTE_CHARS)
    j, crossed = i + 1, False
    while j < limit:
        c = text[j]
        if c in closers and (opener not in ("‘", "“") or c == QUOTE_PAIRS[opener] or closes_here(text, j)):
            if opener != "‘" or j + 1 >= len(text) or not text[j + 1].isalnum():
                if not (crossed and not closes_here(text, j)):
                    return j
                return -1
        if opener == _STRAIGHT and c == "\n" and text[j + 1:j + 2] == "\n":
            nxt = text[j:limit].lstrip()[:1]
            if crossed or not nxt or nxt in QUOTE_PAIRS:
                return -1  # straight quotes run on into one more paragraph at most
            crossed = True
        j += 1
    return -1


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted span in the text, in order, without overlaps."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c in QUOTE_PAIRS and (c != "‘" or opens_here(text, i)):
            j = close_of(text, i, c)
            if j > i:
                s, e = trim(text, i + 1, j)
                if e > s:
                    out.append(Quoted(i, j + 1, s, e))
                i = j + 1
                continue
        i += 1
    return out
