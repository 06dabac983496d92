"""A regex tokenizer for Indonesian news that keeps offsets.

It keeps together what news writes as one unit: dates and numbers
(``22/10/2020``, ``28.500``, ``1,5``), hyphenated names and reduplications
(``Kim Jong-un``, ``negara-negara``), dotted acronyms (``A.S.``), currency
(``$345``, ``US$``, ``Rp``) and clitics stay on their word (``negaranya``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from functools import lru_cache

try:  # the compiled scan (setup.py builds it where a C compiler is present)
    from . import _tokens as _compiled
except ImportError:
    _compiled = None

_TOKEN = re.compile(
    r"""
    (?:US|S|A|HK)?\$\d[\d.,]*              # $345, US$1,5
  | Rp\.?\s?\d[\d.,]*                      # Rp 2,3 / Rp10.000
  | \d+(?:[./:,-]\d+)+(?:-an)?             # 22/10/2020, 28.500, 1,5, 21:20, 1950-53, 1930-an
  | \d+(?:-an|-nya)?                       # 1930an? plain numbers, ke-70 handled by word rule
  | (?:[A-Za-z]\.){2,}                     # A.S., U.S.
  | \w+(?:[-’'`]\w+)*                       # words, Jong-un, negara-negara, Jum'at, ke-70
  | (\S)\1{15,}                           # a run of 16 or more of one symbol: one token, not thousands
  | \S                                     # any other single symbol
    """,
    re.VERBOSE | re.UNICODE,
)
# Spans whose tokens are kept (a few documents' sentences), and whole texts tokenised once and shared.
TOKEN_CACHE_SPANS = 512
WHOLE_TEXTS = 4


class Token:
    """One token and its offsets (a slotted class, cheaper to build than a frozen dataclass;
    tokens are shared between callers, so never change one). The compiled scan makes tokens without
    calling ``__init__``, filling the slots ``text``, ``start`` and ``end`` itself: keep them its only state."""

    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start}, end={self.end})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    The last few hundred spans are remembered, and a text tokenised whole (:func:`tokenize_spans`,
    or a call for all of it) answers for its spans: the tagger, the quantities and the event finder
    read the same document.
    """
    return list(_tokens(text, start, len(text) if end is None else end))


def tokenize_spans(text: str, spans: list[tuple[int, int]]) -> list[list[Token]]:
    """The tokens of each span of ``text`` (its sentences), the whole text tokenised once."""
    _whole(text)
    return [tokenize(text, s, e) for s, e in spans]


@lru_cache(maxsize=TOKEN_CACHE_SPANS)
def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of one span (cached and shared; the caller gets its own list)."""
    whole = _WHOLE.get(text)
    if whole is None and (start, end) == (0, len(text)):
        whole = _whole(text)
    return whole.span(text, start, end) if whole is not None else _scan(text, start, end)


def _scan(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of ``text[start:end]`` (by :mod:`kabar.text._tokens` where it is built: the same tokens)."""
    if _compiled is not None:
        return _compiled.scan(text, start, end, Token)
    return regex_scan(text, start, end)


def regex_scan(text: str, start: int, end: int) -> tuple[Token, ...]:
    """:func:`_scan` by the regular expression (where the compiled version is missing)."""
    return tuple([Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)])


class _Tokenised:
    """A whole text's tokens, and their offsets for finding those of a span."""

    def __init__(self, text: str):
        self.tokens = _scan(text, 0, len(text))
        self.starts = [t.start for t in self.tokens]
        self.ends = [t.end for t in self.tokens]

    def span(self, text: str, start: int, end: int) -> tuple[Token, ...]:
        """The tokens of ``text[start:end]``: the whole text's that lie inside it, where no token crosses
        either edge. Tokens start only at a non-space character and the whole text's cover every one, so
        a scan from ``start`` meets the same tokens; none of the token patterns looks past its own
        characters, so the text ending at ``end`` changes none that ends before it. Where a token
        crosses an edge, the span is scanned on its own."""
        i, j = bisect_left(self.ends, start + 1), bisect_left(self.starts, end)
        if (i < len(self.starts) and self.starts[i] < start) or (j and self.ends[j - 1] > end):
            return _scan(text, start, end)
        return self.tokens[i:j]


_WHOLE: OrderedDict[str, _Tokenised] = OrderedDict()


def _whole(text: str) -> _Tokenised:
    """The whole text tokenised (the last WHOLE_TEXTS texts are kept)."""
    found = _WHOLE.get(text)
    if found is None:
        found = _WHOLE[text] = _Tokenised(text)
        if len(_WHOLE) > WHOLE_TEXTS:
            _WHOLE.popitem(last=False)
    else:
        _WHOLE.move_to_end(text)
    return found


def words(text: str) -> list[str]:
    """Only the token strings."""
    return [m.group() for m in _TOKEN.finditer(text)]
