"""Split Indonesian news text into sentences, keeping character offsets.

One regex pass finds every candidate boundary (``.``, ``?``, ``!`` or an
ellipsis, any closing quotes or brackets glued to it, then whitespace); a small
rule set looks at the word before and the word after to decide. A line break is
always a boundary, because cleaned news text keeps one paragraph, headline or
caption per line.

Conventions follow the Universal Dependencies Indonesian treebanks: a closing
quote after the final period belongs to the sentence (``... kata dia.”``), an
attribution after a quoted question stays with it (``“Siapa?” tanya dia.``),
and a quotation that closes on the same line is never split inside
(``“Kami lelah. Perang harus berakhir,” katanya.`` is one sentence).
"""
from __future__ import annotations

import re

from ..lang.id.abbreviations import FINAL, NON_FINAL, STARTERS

# Characters that end a line; any of them ends a sentence too.
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_LINE = re.compile(f"[^{_LINE_BREAKS}]+")
_OPENERS = "\"“‘'«‹([{„‚"
_CLOSERS = "\"”’'»›)]}"
# Dashes and bullets that may open the next sentence before its first word.
_LEADERS = _OPENERS + "-–—•*·"

# term = the sentence punctuation, then closing quotes/brackets; the next token
# is peeked at. Starting the pattern with the punctuation lets the regex engine
# skip ahead quickly; the token before it is found with _PREVIOUS.
# (?<![.?!…]): a run of marks ("....") is one candidate, read once (else 20,000 dots cost seconds).
_CANDIDATE = re.compile(r"(?<![.?!…])(?P<term>[.?!…]++)[" + re.escape(_CLOSERS) + r"]*+(?=\s+(?P<next>\S+))")
# The last token before a position: greedy ".*" runs to the end, then backs up to
# the last space. Only _PREVIOUS_REACH characters are looked at.
_PREVIOUS = re.compile(r"(?s:.*\s)?(\S*)")
_PREVIOUS_REACH = 64
# Dotted abbreviations and degrees: each part one letter or a capitalised
# stub of up to four letters (A.S, B.J, M.Si, S.Kom, Ph.D, a.n) -- not URLs.
_DOTTED = re.compile(r"(?:[^\W\d_]|[A-Z][a-z]{1,3})(?:\.(?:[^\W\d_]|[A-Z][a-z]{1,3}))+")
# A list marker: "1.", "a.", "IV."
_ENUMERATION = re.compile(r"\d{1,3}|[^\W\d_]|[IVXLC]{1,6}")
# Punctuation before an inline list marker: "yaitu: 1. ..., 2. ...".
_LIST_PUNCTUATION = ":;,"
_LEADING_WORD = re.compile(r"\w+")
# A quotation that opens and closes on one line. A straight quote opens only at
# the start of a token and closes only at its end, so one stray quote cannot
# pair with the opening quote of the next quotation.
_QUOTATION = re.compile(r'“[^”“]*”|(?<![^\s(\[{—–-])"(?=\S)[^"]*(?<=\S)"(?![^\s.,;:!?)\]}—–-])')


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text``.

    Args:
        text: cleaned article text; lines are paragraphs, headlines or captions.

    Returns:
        ``(start, end)`` offsets into ``text``, in order, whitespace-trimmed,
        together covering every non-space character.
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), spans)
    return spans


def _split_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append the sentences of one line (``text[start:end]``) to ``spans``."""
    segment = text[start:end]
    start += len(segment) - len(segment.lstrip())
    end -= len(segment) - len(segment.rstrip())
    if start >= end:
        return
    sentence_start = start
    quotes = _quotations(text, start, end)
    for m in _CANDIDATE.finditer(text, start, end):
        while quotes and quotes[-1][1] <= m.end():
            quotes.pop()  # quotations are kept last-first; drop those already closed
        if quotes and quotes[-1][0] < m.start("term"):
            continue  # UD keeps a quoted passage whole: no split inside “...”
        if _is_boundary(text, m, start):
            spans.append((sentence_start, m.end()))
            sentence_start = m.start("next")
    spans.append((sentence_start, end))


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the quotations closed within ``text[start:end]``, last first."""
    if '"' not in text[start:end] and "“" not in text[start:end]:
        return []
    return [m.span() for m in reversed(list(_QUOTATION.finditer(text, start, end)))]


def _is_boundary(text: str, m: re.Match[str], line_start: int) -> bool:
    """Whether the candidate ``m`` (punctuation before the token ``next``) ends a sentence."""
    head = m["next"].lstrip(_LEADERS)
    if not head:
        return True  # a lone quote or dash opens whatever follows
    if head[0].islower():
        return False  # "... kata dia", "5 Jan. lalu": lower case continues the sentence
    term = m["term"]
    if "?" in term or "!" in term:
        return True
    # The token before the punctuation; it may be empty ("kata dia .").
    prev = _PREVIOUS.fullmatch(text, max(line_start, m.start() - _PREVIOUS_REACH), m.start())
    word = prev[1].strip(_OPENERS + _CLOSERS)
    if term != ".":
        return _after_ellipsis(word, head)
    if _ENUMERATION.fullmatch(word) and _opens_list_item(text, prev.start(1), line_start):
        return False  # "1. Pendahuluan", "yaitu: 1. Ekonomi, 2. Politik" are list markers
    return _after_period(word, head, m["next"])


def _after_ellipsis(word: str, head: str) -> bool:
    """An ellipsis ends a sentence when glued to a word and a capital follows."""
    if word and word.lower() not in NON_FINAL:
        return True
    return _leading_word(head) in STARTERS


def _after_period(word: str, head: str, nxt: str) -> bool:
    """Decide a single period after ``word``, before the token ``nxt`` (``head`` without openers)."""
    key = word.lower()
    if key in NON_FINAL:
        return False
    if key in FINAL:
        return head[0].isupper() and not nxt.startswith("(") and not _is_abbreviation(head)
    if _DOTTED.fullmatch(word) or (len(word) == 1 and word.isalpha()):
        # An initial or dotted acronym: a following name usually continues it.
        return _leading_word(head) in STARTERS
    return True


def _opens_list_item(text: str, pos: int, line_start: int) -> bool:
    """Whether a marker at ``pos`` starts the line or follows list punctuation (``:``, ``,``)."""
    i = pos - 1
    while i >= line_start and text[i].isspace():
        i -= 1
    return i < line_start or text[i] in _LIST_PUNCTUATION


def _is_abbreviation(token: str) -> bool:
    """Whether ``token`` (with its trailing period) is itself an abbreviation: ``Ltd.``, ``S.H.``."""
    if not token.endswith("."):
        return False
    stem = token[:-1]
    return stem.lower() in NON_FINAL or stem.lower() in FINAL or bool(_DOTTED.fullmatch(stem))


def _leading_word(token: str) -> str:
    """The first run of word characters of ``token``, lower-cased."""
    m = _LEADING_WORD.match(token)
    return m.group().lower() if m else ""
