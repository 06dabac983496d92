"""Indonesian numerals, in digits and in words, to numbers.

``parse_number("dua ratus lima puluh ribu") == 250000``,
``parse_number("1,5 juta") == 1500000``, ``parse_number("28.500") == 28500``.
Indonesian writes ``.`` between thousands and ``,`` before decimals; an
English-style ``1.5`` (one dot, not three digits after it) is read as a decimal.
"""
from __future__ import annotations

import re

from ..lang.id.units import NUMBER_WORDS, SCALES, SE_PREFIX, VAGUE, WORD_MULTIPLIERS

Number = int | float

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
_THOUSANDS_GROUP = re.compile(r"^\d{1,3}(?:\.\d{3})+$")  # 28.500, 1.500.000
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3}){2,}$")  # 1,000,000 (English)
_ENGLISH_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+\.\d+$")  # 1,234.5
_INDONESIAN_DECIMAL = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d+$")  # 1.234,5
_LIST_ITEM = re.compile(r"\d+")
_SMALL_MULTIPLIERS = {"puluh": 10, "ratus": 100}
_TEEN_WORD = "belas"


def tidy(value: float) -> Number:
    """An integral float becomes an int, so 1.5 * 10**6 prints as 1500000."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return round(value, 6) if isinstance(value, float) else value


def parse_digits(text: str) -> Number | None:
    """``28.500`` → 28500, ``1,5`` → 1.5, ``1.500.000`` → 1500000; None if not a numeral."""
    s = text.strip()
    if not _DIGITS.match(s):
        return None
    if _THOUSANDS_GROUP.match(s):
        return int(s.replace(".", ""))
    if _COMMA_THOUSANDS.match(s):
        return int(s.replace(",", ""))
    if _ENGLISH_THOUSANDS.match(s):
        return tidy(float(s.replace(",", "")))
    if _INDONESIAN_DECIMAL.match(s):
        return tidy(float(s.replace(".", "").replace(",", ".")))
    if s.count(",") + s.count(".") > 1:
        return None  # "1,2,5" is a list (see parse_list), "1.2.5" a version or a code
    return tidy(float(s.replace(",", "."))) if ("," in s or "." in s) else int(s)


def parse_list(text: str) -> list[tuple[int, int, int]] | None:
    """``1,2,5`` written without spaces: the items as (start, end, value); None unless a list.

    A list has three or more comma-separated items of one or two digits, so neither
    decimals (``1,5``) nor thousands (``1,000,000``) are read as one.
    """
    parts = text.split(",")
    if len(parts) < 3 or not all(p.isdigit() and len(p) <= 2 for p in parts):
        return None
    return [(m.start(), m.end(), int(m.group())) for m in _LIST_ITEM.finditer(text)]


def split_se(word: str) -> list[str]:
    """``seratus`` → [satu, ratus]; other words unchanged."""
    w = word.lower()
    if w.startswith(SE_PREFIX) and w[len(SE_PREFIX):] in WORD_MULTIPLIERS:
        return ["satu", w[len(SE_PREFIX):]]
    return [w]


def is_number_word(word: str) -> bool:
    """True for a word that can be part of a numeral in words."""
    parts = split_se(word)
    return all(p in NUMBER_WORDS or p in WORD_MULTIPLIERS for p in parts)


def parse_words(words: list[str]) -> Number | None:
    """Numeral in words to a number: [dua, puluh, lima] → 25; None if not a numeral."""
    parts = [p for w in words for p in split_se(w)]
    if not parts or not all(p in NUMBER_WORDS or p in WORD_MULTIPLIERS for p in parts):
        return None
    total, group, pending = 0, 0, None
    for p in parts:
        if p in NUMBER_WORDS:
            if pending is not None:  # "dua tiga" is not one numeral
                return None
            pending = NUMBER_WORDS[p]
        elif p == _TEEN_WORD:
            group += (pending or 1) + 10
            pending = None
        elif p in _SMALL_MULTIPLIERS:
            group += (1 if pending is None else pending) * _SMALL_MULTIPLIERS[p]
            pending = None
        else:  # ribu, juta, miliar ...: closes the group below it
            group += pending or 0
            total += (group or 1) * WORD_MULTIPLIERS[p]
            group, pending = 0, None
    return total + group + (pending or 0)


def parse_number(text: str) -> Number | list[int] | None:
    """Any numeral: digits, words, digits with scale words (``1,5 juta``); vague ones
    (``ratusan ribu``) are ranges ``[low, high]``."""
    words = text.lower().split()
    if not words:
        return None
    head = parse_digits(words[0])
    if head is not None:
        rest = words[1:]
        scale = 1
        for w in rest:
            if w not in SCALES:
                return None
            scale *= SCALES[w]
        return tidy(head * scale) if isinstance(head, float) else head * scale
    if words[0] in VAGUE:
        scale = 1
        for w in words[1:]:
            if w not in SCALES:
                return None
            scale *= SCALES[w]
        return vague_range(words[0], scale)
    return parse_words(words)


def vague_range(word: str, scale: int = 1) -> list[int]:
    """``ratusan`` → [100, 999]; ``ratusan ribu`` (scale 1000) → [100000, 999999]."""
    low, top = VAGUE[word.lower()]
    return [low * scale, top * scale - 1]
