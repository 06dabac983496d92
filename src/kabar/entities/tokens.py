"""The token stream entity rules work on: words, dotted acronyms, and hyphens on their own.

Hyphens are separate tokens so that "Korut-China-Rusia" yields three names while
"Asia-Pasifik" and "Bangsa-Bangsa" still match the gazetteer ("asia", "-", "pasifik").
``glued`` says a token touches the previous one (no space between them).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*|\S", re.UNICODE)
HYPHENS = frozenset("-‐‑")


@dataclass(frozen=True)
class Tok:
    text: str
    start: int
    end: int
    glued: bool  # no whitespace between this token and the previous one
    low: str = field(init=False, repr=False, compare=False)  # the text case-folded, computed once

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", self.text.casefold())

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter (Korea, AS, A.S., McDonald)."""
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        """All capitals, two letters or more, digits allowed (PBB, KCNA, G20, A.S.)."""
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def has_digit(self) -> bool:
        return any(c.isdigit() for c in self.text)


# The clitic "-nya" on a name ("Jepangnya", "Komunisnya") is split off so the name matches;
# the stem must be long enough that names ending in -nya ("Kenya", "Sonya") stay whole.
CLITIC = "nya"
MIN_CLITIC_STEM = 4


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    out: list[Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text, start, end):
        word, s, e = m.group(), m.start(), m.end()
        if word[:1].isupper() and word.endswith(CLITIC) and len(word) - len(CLITIC) >= MIN_CLITIC_STEM:
            cut = e - len(CLITIC)
            out.append(Tok(text[s:cut], s, cut, s == prev_end))
            out.append(Tok(CLITIC, cut, e, True))
        else:
            out.append(Tok(word, s, e, s == prev_end))
        prev_end = e
    return out


def key_of(surface: str) -> tuple[str, ...]:
    """The lookup key of a name: its tokens, case-folded."""
    return tuple(t.low for t in tokenize(surface))
