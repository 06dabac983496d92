"""Search snippets: a short window of the body with the matches marked.

Built in Python from the text as written (the index is contentless), so a
word found through its stem (``mengunjungi`` for ``kunjungan``) is marked
too, which FTS5's own ``snippet()`` could not do.
"""
from __future__ import annotations

from bisect import bisect_left

from .query import ParsedQuery
from .stemming import WORD, fold, stems

SNIPPET_WORDS = 28
WORDS_BEFORE_FIRST_HIT = 6
ELLIPSIS = "…"
DEFAULT_MARKS = ("<mark>", "</mark>")
# Enough to find the best window in any article without scanning thousands of hits.
MAX_WINDOW_CANDIDATES = 200


def make_snippet(text: str, query: ParsedQuery, marks: tuple[str, str] = DEFAULT_MARKS,
                 size: int = SNIPPET_WORDS) -> str:
    """The densest ``size``-word window of ``text`` with matched words wrapped in ``marks``."""
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    if not spans:
        return text[:size * 8]
    folded = [fold(text[s:e]) for s, e in spans]
    hits = sorted(_matching(folded, query))
    first = _best_start(hits, folded, size)
    last = min(len(spans), first + size) - 1
    return _render(text, spans, set(hits), first, last, marks)


def _matching(folded: list[str], query: ParsedQuery) -> set[int]:
    """Indices of the words the query matched."""
    hits = {i for i, w in enumerate(folded) if _word_matches(w, query)}
    for phrase in query.phrases:
        n = len(phrase)
        for i in range(len(folded) - n + 1):
            if tuple(folded[i:i + n]) == phrase:
                hits.update(range(i, i + n))
    return hits


def _word_matches(word: str, query: ParsedQuery) -> bool:
    """Whether one folded word is a term, starts with a prefix, or shares a stem."""
    if word in query.terms or any(word.startswith(p) for p in query.prefixes):
        return True
    # A stem is a substring of its word (or so, after a restored k/p/t/s):
    # checking that first avoids stemming every word of every hit.
    if not any(s in word or (len(s) > 2 and s[1:] in word) for s in query.stems):
        return False
    return not query.stems.isdisjoint(stems(word))


def _best_start(hits: list[int], folded: list[str], size: int) -> int:
    """The window start covering the most different matched words, then the most hits."""
    best, best_score = 0, (0, 0)
    for h in hits[:MAX_WINDOW_CANDIDATES]:
        start = max(0, h - WORDS_BEFORE_FIRST_HIT)
        inside = hits[bisect_left(hits, start):bisect_left(hits, start + size)]
        score = (len({folded[i] for i in inside}), len(inside))
        if score > best_score:
            best, best_score = start, score
    return max(0, min(best, len(folded) - size))


def _render(text: str, spans: list[tuple[int, int]], hits: set[int], first: int, last: int,
            marks: tuple[str, str]) -> str:
    """Text from word ``first`` to ``last``, runs of hit words wrapped in marks."""
    out, pos, i = [], spans[first][0], first
    while i <= last:
        if i not in hits:
            i += 1
            continue
        j = i
        while j + 1 <= last and j + 1 in hits:
            j += 1
        out += [text[pos:spans[i][0]], marks[0], text[spans[i][0]:spans[j][1]], marks[1]]
        pos, i = spans[j][1], j + 1
    out.append(text[pos:spans[last][1]])
    body = " ".join("".join(out).split())  # one line: paragraphs and newlines collapse
    lead = ELLIPSIS if first > 0 else ""
    tail = ELLIPSIS if last < len(spans) - 1 else ""
    return f"{lead}{body}{tail}"
