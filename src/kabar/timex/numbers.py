"""Indonesian number words to integers: "tiga" → 3, "sebelas" → 11, "dua puluh lima" → 25."""
from __future__ import annotations

import re

from ..lang.id.calendar import MULTIPLIERS, TEENS, UNITS
from ..text.alternation import tree

# Units without the bound prefix "se", which only counts inside a word (sebelas, seratus).
_FREE_UNITS = {w: n for w, n in UNITS.items() if w != "se"}
_SCALES = {w: n for w, n in MULTIPLIERS.items() if w != "belas"}
# "se" + multiplier written as one word: seratus, seribu, sepuluh handled in TEENS.
_SE_WORDS = {"se" + w: n for w, n in _SCALES.items()}
_THOUSAND = 1000
_WORD = set(_FREE_UNITS) | set(TEENS) | set(_SCALES) | set(_SE_WORDS) | {"belas"}

# A regex alternation of number words, longest first so "sebelas" wins over "se" (a prefix tree: the same
# matches as the flat alternation, fewer branches tried).
NUMBER_WORD_RE = tree(_WORD)
# A phrase of one or more number words: "dua puluh lima". At most MAX_PHRASE_WORDS, so a search
# over a long run of number words costs a bounded amount per word, not the rest of the run.
MAX_PHRASE_WORDS = 24
NUMBER_PHRASE_RE = rf"(?:(?:{NUMBER_WORD_RE})(?:\s+(?:{NUMBER_WORD_RE})){{0,{MAX_PHRASE_WORDS - 1}}})"


def words_to_int(phrase: str) -> int | None:
    """The integer a phrase of number words names, or None when it is not one."""
    parts = phrase.lower().split()
    if not parts or any(p not in _WORD for p in parts):
        return None
    # total: closed thousands groups; group: hundreds and tens so far; small: the pending units.
    total = group = small = 0
    for word in parts:
        if word in _FREE_UNITS or word in TEENS:
            small += _FREE_UNITS.get(word, TEENS.get(word, 0))
        elif word == "belas":  # "dua belas" = 2 + 10
            small += 10
        elif word in _SE_WORDS or word in _SCALES:
            scale = _SE_WORDS.get(word) or _SCALES[word]
            count = 1 if word in _SE_WORDS else max(small, 1)
            if scale >= _THOUSAND:  # thousands and above close a group: "dua ribu tiga ratus"
                total += max(group + small, 1) * scale if word in _SCALES else scale
                group = 0
            else:
                group += count * scale
            small = 0
    return total + group + small


def to_int(text: str) -> int | None:
    """Digits ("11", "1.000") or number words ("sebelas") to an integer."""
    text = text.strip()
    digits = text.replace(".", "")
    if digits.isdigit():
        return int(digits)
    return words_to_int(text)
