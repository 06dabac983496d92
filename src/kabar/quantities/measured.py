"""What a quantity counts or measures, as written: the ``measured`` field.

A count names it after the number ("1.240 rumah rusak" -> "rumah rusak"); money, percentages,
magnitudes and bare counts name it before ("kerugian negara mencapai Rp 300 triliun" ->
"kerugian negara", "inflasi naik 2,5 persen" -> "inflasi"). None where the phrase says nothing.
"""
from __future__ import annotations

from ..lang.id.units import FUNCTION_WORDS, MEASURE_LINKS, MEASURED_WORDS, VERB_MIN_LEN, VERB_PREFIXES
from ..text.tokens import Token

_STATE_WORDS_AFTER = 1  # "rumah rusak", "orang tewas": one state word after the counted noun
_PASSIVE_PREFIX = "di"


def is_content(word: str) -> bool:
    """A word that can be part of a noun phrase: letters, not a function word."""
    return word.replace("-", "").isalpha() and word.lower() not in FUNCTION_WORDS


def is_verb(word: str) -> bool:
    w = word.lower()
    return len(w) >= VERB_MIN_LEN and w.startswith(VERB_PREFIXES + (_PASSIVE_PREFIX,))


def after_count(text: str, tokens: list[Token], unit_start: int, unit_end: int) -> str:
    """The counted noun and a state word right after it ("rumah rusak", "orang tewas")."""
    end = unit_end
    for k in range(unit_end, min(len(tokens), unit_end + _STATE_WORDS_AFTER)):
        w = tokens[k].text
        if not (is_content(w) and w.islower() and not is_verb(w)):
            break
        end = k + 1
    return text[tokens[unit_start].start:tokens[end - 1].end]


def before_figure(text: str, tokens: list[Token], i: int) -> str | None:
    """The noun phrase before a figure, past linking words ("kerugian negara [mencapai]")."""
    k = i - 1
    while k >= 0 and tokens[k].text.lower() in MEASURE_LINKS:
        k -= 1
    end = k
    while k >= 0 and end - k < MEASURED_WORDS and is_content(tokens[k].text):
        k -= 1
    if k == end:
        return None
    return text[tokens[k + 1].start:tokens[end].end]


def measured(text: str, tokens: list[Token], num_start: int, unit_tok: int | None, end: int) -> str | None:
    """What the quantity at tokens[num_start:end] counts (``unit_tok``: its counted noun's token)."""
    if unit_tok is not None:
        return after_count(text, tokens, unit_tok, end)
    return before_figure(text, tokens, num_start)
