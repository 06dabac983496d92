"""The token stream entity rules work on: words, dotted acronyms, and hyphens on their own.

Hyphens are separate tokens so that "Korut-China-Rusia" yields three names while
"Asia-Pasifik" and "Bangsa-Bangsa" still match the gazetteer ("asia", "-", "pasifik").
``glued`` says a token touches the previous one (no space between them).
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the compiled token stream (setup.py builds it where a C compiler is present)
    from . import _tokens as _compiled
except ImportError:
    _compiled = None

# A run of 16 or more of one symbol ("((((", "....") is one token: no cost per character of junk.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*|(\S)\1{15,}|\S", re.UNICODE)
HYPHENS = frozenset("-‐‑")
# A build with tokenize_facts makes tokens without a Python call each (an older build: tokenize, calling Tok).
_FILLS_SLOTS = hasattr(_compiled, "tokenize_facts")
# Token texts whose facts are kept (news repeats its words); past this the table starts again.
FACT_TEXTS = 200_000


class Tok:
    """One token: its text, offsets, whether it touches the previous token, and the facts the rules
    ask about it again and again (case-folded text, word, capitalised, digits), computed once."""

    __slots__ = ("text", "start", "end", "glued", "low", "is_word", "is_cap", "has_digit")

    def __init__(self, text: str, start: int, end: int, glued: bool):
        self.text, self.start, self.end, self.glued = text, start, end, glued  # glued: no space before it
        facts = _FACTS.get(text)
        self.low, self.is_word, self.is_cap, self.has_digit = facts if facts is not None else _facts(text)

    @property
    def is_acronym(self) -> bool:
        """All capitals, two letters or more, digits allowed (PBB, KCNA, G20, A.S.)."""
        return _acronym(self.text)

    def _key(self) -> tuple[str, int, int, bool]:
        return self.text, self.start, self.end, self.glued

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Tok(text={self.text!r}, start={self.start}, end={self.end}, glued={self.glued})"


_FACTS: dict[str, tuple[str, bool, bool, bool]] = {}


def _facts(text: str) -> tuple[str, bool, bool, bool]:
    """What a token's text says, once per text: case-folded, a word (letter or digit first),
    capitalised (Korea, AS, A.S., McDonald), holding a digit."""
    if len(_FACTS) >= FACT_TEXTS:
        _FACTS.clear()
    first = text[:1]
    found = _FACTS[text] = (text.casefold(), first.isalnum(), first.isupper(),
                            not text.isalpha() and any(map(str.isdigit, text)))
    return found


@lru_cache(maxsize=65536)
def _acronym(text: str) -> bool:
    """:attr:`Tok.is_acronym` of a token's text, once per text (the rules ask it again and again)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


# The clitic "-nya" on a name ("Jepangnya", "Komunisnya") is split off so the name matches;
# the stem must be long enough that names ending in -nya ("Kenya", "Sonya") stay whole.
CLITIC = "nya"
MIN_CLITIC_STEM = 4


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` (by :mod:`kabar.entities._tokens` where
    it is built: the same tokens)."""
    end = len(text) if end is None else end
    if _FILLS_SLOTS:  # the tokens made in C, their facts filled in from the table without calling Tok
        return _compiled.tokenize_facts(text, start, end, Tok, _FACTS, _facts)
    if _compiled is not None:
        return _compiled.tokenize(text, start, end, Tok)
    return python_tokenize(text, start, end)


def python_tokenize(text: str, start: int, end: int) -> list[Tok]:
    """:func:`tokenize` by the regular expression (where the compiled version is missing)."""
    out: list[Tok] = []
    prev_end = -1
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        s, e = m.span()
        if word.endswith(CLITIC) and word[:1].isupper() and len(word) - len(CLITIC) >= MIN_CLITIC_STEM:
            cut = e - len(CLITIC)
            out.append(Tok(text[s:cut], s, cut, s == prev_end))
            out.append(Tok(CLITIC, cut, e, True))
        else:
            out.append(Tok(word, s, e, s == prev_end))
        prev_end = e
    return out


@lru_cache(maxsize=65536)
def key_of(surface: str) -> tuple[str, ...]:
    """The lookup key of a name: its tokens, case-folded (kept per surface: names recur)."""
    return tuple(t.low for t in tokenize(surface))
