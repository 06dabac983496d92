"""A regex tokenizer for Indonesian news that keeps offsets.

It keeps together what news writes as one unit: dates and numbers
(``22/10/2020``, ``28.500``, ``1,5``), hyphenated names and reduplications
(``Kim Jong-un``, ``negara-negara``), dotted acronyms (``A.S.``), currency
(``$345``, ``US$``, ``Rp``) and clitics stay on their word (``negaranya``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?:US|S|A|HK)?\$\d[\d.,]*              # $345, US$1,5
  | Rp\.?\s?\d[\d.,]*                      # Rp 2,3 / Rp10.000
  | \d+(?:[./:,-]\d+)+(?:-an)?             # 22/10/2020, 28.500, 1,5, 21:20, 1950-53, 1930-an
  | \d+(?:-an|-nya)?                       # 1930an? plain numbers, ke-70 handled by word rule
  | (?:[A-Za-z]\.){2,}                     # A.S., U.S.
  | \w+(?:[-’'`]\w+)*                       # words, Jong-un, negara-negara, Jum'at, ke-70
  | \S                                     # any other single symbol
    """,
    re.VERBOSE | re.UNICODE,
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def words(text: str) -> list[str]:
    """Only the token strings."""
    return [m.group() for m in _TOKEN.finditer(text)]
