"""A regex tokenizer for Indonesian news that keeps offsets.

It keeps together what news writes as one unit: dates and numbers
(``22/10/2020``, ``28.500``, ``1,5``), hyphenated names and reduplications
(``Kim Jong-un``, ``negara-negara``), dotted acronyms (``A.S.``), currency
(``$345``, ``US$``, ``Rp``) and clitics stay on their word (``negaranya``).
"""
from __future__ import annotations

import re
from functools import lru_cache

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
# Spans whose tokens are kept (a few documents' sentences).
TOKEN_CACHE_SPANS = 512


class Token:
    """One token and its offsets (a slotted class, cheaper to build than a frozen dataclass;
    tokens are shared between callers, so never change one)."""

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

    The last few hundred spans are remembered: the tagger and the event finder tokenise the
    same sentences of the same document.
    """
    return list(_tokens(text, start, len(text) if end is None else end))


@lru_cache(maxsize=TOKEN_CACHE_SPANS)
def _tokens(text: str, start: int, end: int) -> tuple[Token, ...]:
    """The tokens of one span (cached and shared; the caller gets its own list)."""
    out = [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
    return tuple(out)


def words(text: str) -> list[str]:
    """Only the token strings."""
    return [m.group() for m in _TOKEN.finditer(text)]
