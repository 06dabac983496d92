"""Title-case lines: headlines and decks whose every word is capitalised.

In such a line capitals are no evidence of a name ("Gempa Guncang Cianjur, 1.240 Rumah Rusak"),
so extractors that read capitals ask :class:`TitleLines` first.
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+")
TITLE_SHARE = 0.7  # a line whose words are this capitalised is a title-case headline
TITLE_MIN_WORDS = 4
TITLE_SHORT_WORD = 4  # "dan", "di", "yang", "atau", "soal" stay lower case in title-case headlines
TITLE_LOWER_SHARE = 0.1


def is_title_case(words: list[str]) -> bool:
    """Most words capitalised and hardly a long word in lower case: a body sentence dense with
    names still has its lower-case verbs and nouns ("dalam acara ... di Nusa Dua")."""
    if len(words) < TITLE_MIN_WORDS:
        return False
    upper = sum(1 for w in words if w[0].isupper())
    long_lower = sum(1 for w in words if w.islower() and len(w) > TITLE_SHORT_WORD)
    return upper >= TITLE_SHARE * len(words) and long_lower <= TITLE_LOWER_SHARE * len(words)


class TitleLines:
    """Which lines of a text are title case ("Gempa M6,2 Guncang Cianjur, 1.240 Rumah Rusak"),
    each line judged the first time it is asked about."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.flags: dict[int, bool] = {}

    def at(self, pos: int) -> bool:
        """Whether the line holding ``pos`` is title case."""
        start = self.text.rfind("\n", 0, pos) + 1
        if start not in self.flags:
            end = self.text.find("\n", pos)
            line = self.text[start:end if end >= 0 else len(self.text)]
            self.flags[start] = is_title_case(_WORD.findall(line))
        return self.flags[start]
