"""Search snippets: a short passage of the body with the matches marked.

Built in Python from the text as written (the index is contentless), so a
word found through its stem (``mengunjungi`` for ``kunjungan``) is marked
too, which FTS5's own ``snippet()`` could not do. Search must stay fast, so
the text is never tokenized whole: one regex pass finds the places a match
could be, and only the words there are checked and stemmed.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .query import ParsedQuery
from .stemming import fold, stems

SNIPPET_CHARS = 200
CHARS_BEFORE_FIRST_HIT = 50
ELLIPSIS = "…"
DEFAULT_MARKS = ("<mark>", "</mark>")
# Enough to find the best passage in any article without scanning thousands of hits.
MAX_WINDOW_CANDIDATES = 200
# A stem may lack the first letter of its word's spelling (meN- ate a k/p/t/s),
# so stems longer than this are also looked for without their first letter.
MIN_RESTORED_STEM = 3
# A word is a run of letters and digits, as FTS5's unicode61 tokenizer sees it.
_WORD_END = re.compile(r"[^\W_]*")
# Searched over a slice ending where the word is cut: (?<!...) lets only the start of a run of
# word characters begin a match, so the slice is read once. \Z: $ would also match before a newline.
_WORD_START = re.compile(r"(?<![^\W_])[^\W_]*\Z")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# How far back to look for the start of a word that a match falls inside.
MAX_WORD_LEN = 64

Span = tuple[int, int]


def make_snippet(text: str, query: ParsedQuery, marks: tuple[str, str] = DEFAULT_MARKS,
                 size: int = SNIPPET_CHARS) -> str:
    """About ``size`` characters of ``text`` covering most query words, matches wrapped in ``marks``."""
    lowered = _fold_same_length(text)
    hits = _merge(sorted(_word_hits(lowered, query) | _phrase_hits(lowered, query)))
    start = _best_start(hits, lowered, size)
    end = _word_boundary_after(text, min(len(text), start + size))
    inside = [h for h in hits if h[0] >= start and h[1] <= end]
    return _render(text, start, end, inside, marks)


def _fold_same_length(text: str) -> str:
    """``text`` lower-cased and without diacritics, keeping every offset (else just ``text``)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(lambda m: _fold_char(m.group()), lowered)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character without its diacritics, when that stays one character."""
    folded = fold(char)
    return folded if len(folded) == 1 else char


def _word_hits(lowered: str, query: ParsedQuery) -> set[Span]:
    """Spans of words equal to a term, starting with a prefix, or sharing a stem."""
    finder = _candidate_finder(frozenset(query.terms | query.stems), frozenset(query.prefixes))
    if finder is None:
        return set()
    out = set()
    for m in finder.finditer(lowered):
        span = _word_around(lowered, m.start(), m.end())
        word = lowered[span[0]:span[1]]
        if (word in query.terms or any(word.startswith(p) for p in query.prefixes)
                or not query.stems.isdisjoint(stems(word))):
            out.add(span)
    return out


def _word_around(text: str, start: int, end: int) -> Span:
    """The whole word that ``text[start:end]`` lies in."""
    low = max(0, start - MAX_WORD_LEN)
    before = _WORD_START.search(text[low:start])
    after = _WORD_END.match(text, end)
    return low + before.start(), after.end()


@lru_cache(maxsize=256)
def _candidate_finder(words: frozenset[str], prefixes: frozenset[str]) -> re.Pattern | None:
    """A regex finding every place a matching word could be (a superset, checked after)."""
    parts = set(words) | set(prefixes)
    parts |= {w[1:] for w in words if len(w) > MIN_RESTORED_STEM}
    parts = {p for p in parts if p}
    if not parts:
        return None
    return re.compile("|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)))


def _phrase_hits(lowered: str, query: ParsedQuery) -> set[Span]:
    """Spans of every occurrence of a quoted phrase."""
    return {m.span() for phrase in query.phrases for m in _phrase_pattern(phrase).finditer(lowered)}


@lru_cache(maxsize=256)
def _phrase_pattern(phrase: tuple[str, ...]) -> re.Pattern:
    """Whole words of ``phrase`` separated by anything that is not a word character."""
    body = r"[\W_]+".join(re.escape(w) for w in phrase)
    return re.compile(rf"(?<![^\W_]){body}(?![^\W_])")


def _merge(spans: list[Span]) -> list[Span]:
    """Sorted spans with overlapping ones joined."""
    out: list[Span] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _best_start(hits: list[Span], lowered: str, size: int) -> int:
    """The passage start covering the most different matched words, then the most hits."""
    best, best_score = 0, (0, 0)
    starts = [s for s, _ in hits]
    for s, _ in hits[:MAX_WINDOW_CANDIDATES]:
        start = max(0, s - CHARS_BEFORE_FIRST_HIT)
        inside = hits[bisect_left(starts, start):bisect_left(starts, start + size)]
        score = (len({lowered[a:b] for a, b in inside}), len(inside))
        if score > best_score:
            best, best_score = start, score
    return _word_boundary_before(lowered, best)


def _word_boundary_before(text: str, pos: int) -> int:
    """``pos`` moved back to the start of the word it falls in."""
    if pos <= 0:
        return 0
    return _WORD_START.search(text, max(0, pos - MAX_WORD_LEN), pos).start()


def _word_boundary_after(text: str, pos: int) -> int:
    """``pos`` moved on to the end of the word it falls in."""
    return _WORD_END.match(text, pos).end() if pos < len(text) else len(text)


def _render(text: str, start: int, end: int, hits: list[Span], marks: tuple[str, str]) -> str:
    """``text[start:end]`` on one line with every hit wrapped in marks."""
    out, pos = [], start
    for s, e in hits:
        out += [text[pos:s], marks[0], text[s:e], marks[1]]
        pos = e
    out.append(text[pos:end])
    body = " ".join("".join(out).split())  # one line: paragraphs and newlines collapse
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text.rstrip()) else ""
    return f"{lead}{body.strip()}{tail}"
