"""Numbers that are not quantities though they parse as one.

News is full of numbers that count nothing: list markers ("1. Nama"), codes and labels
("SJ 182", "4G", "43rd", "paket 1, 2"), scores ("18-21"), coordinates, paths in links
("media/600/files"), ages in brackets after a name ("Titi (53)") and number words inside
names ("Nusa Dua"). The rule that removes most of them: a number with no unit, currency,
percent or scale word is a quantity only after a word that introduces a count
("mencapai 1.500", "sebanyak 12"). The others are read from the tokens around the number.
"""
from __future__ import annotations

import re

from ..lang.id.units import COUNT_CUES, CURRENCY_PREFIXES, GLUED_UNITS, HEDGES, MAX_ACRONYM_UNIT
from ..text.tokens import Token

_CODE = re.compile(r"^[A-Z]{1,5}$")
_PLAIN_INT = re.compile(r"^\d+$")
_LEADING_ZERO = re.compile(r"^0\d")
_PLAIN_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_LIST_JOINERS = frozenset({",", "dan", "atau"})
_COUNT_HEDGES = frozenset(h for h, mod in HEDGES.items() if mod != "up_to")


def low(tokens: list[Token], k: int) -> str:
    return tokens[k].text.lower() if 0 <= k < len(tokens) else ""


def counted_after_cue(tokens: list[Token], i: int) -> bool:
    """A count cue or a hedge right before token i ("mencapai 1.500", "lebih dari 40")."""
    one, two = low(tokens, i - 1), f"{low(tokens, i - 2)} {low(tokens, i - 1)}"
    return one in COUNT_CUES or one in _COUNT_HEDGES or two in _COUNT_HEDGES


def code_before(tokens: list[Token], i: int) -> bool:
    """A plain integer after a capital-letter code is a label ("SJ 182", "SJY 182", "KM 50")."""
    prev = tokens[i - 1].text if i > 0 else ""
    return bool(_CODE.match(prev)) and prev.lower() not in CURRENCY_PREFIXES and bool(_PLAIN_INT.match(tokens[i].text))


def beside_slash(text: str, tok: Token) -> bool:
    """A number in a path, a link or a pair like "20/P" (an age and a sex)."""
    before = text[tok.start - 1] if tok.start > 0 else " "  # the text's edge is no slash
    after = text[tok.end] if tok.end < len(text) else " "
    return before in "/\\" or after in "/\\"


def glued_code(tokens: list[Token], unit_tok: int) -> bool:
    """Letters glued to a number that are no unit of measure make a code ("4G", "43rd")."""
    t = tokens[unit_tok]
    if tokens[unit_tok - 1].end != t.start:
        return False
    unit = t.text if len(t.text) == 1 else t.text.lower()  # "5g" is grams, "4G" a network
    return unit not in GLUED_UNITS


def list_head(tokens: list[Token], i: int) -> int:
    """The first number of a list ending at token i ("paket 1, 2, dan 5"), or i itself."""
    k = i
    while k >= 2:
        sep = low(tokens, k - 1)
        j = k - 2 if sep in _LIST_JOINERS else -1
        if j >= 1 and tokens[j].text == "," and sep in ("dan", "atau"):
            j -= 1  # the serial comma: "1, 2, dan 5"
        if j < 0 or not _PLAIN_NUMBER.match(tokens[j].text):
            return k
        k = j
    return k


def proper_unit(tok: Token, title_case: bool) -> bool:
    """A capitalised "counted noun" is a name ("Nusa Dua Convention"), except in a title-case
    line and for short acronyms of people ("200 WNI", "3 ABK")."""
    w = tok.text
    if title_case or not w[:1].isupper():
        return False
    return not (w.isupper() and len(w) <= MAX_ACRONYM_UNIT)


def name_part(tokens: list[Token], i: int, title_case: bool) -> bool:
    """A capitalised number word after a capitalised word is part of a name ("Nusa Dua")."""
    if title_case or not tokens[i].text[:1].isupper() or i == 0:
        return False
    prev = tokens[i - 1].text
    return prev[:1].isupper() and prev.isalpha()


def leading_zero(tok: Token) -> bool:
    """"05", "007": codes and coordinates, not counts."""
    return bool(_LEADING_ZERO.match(tok.text))
