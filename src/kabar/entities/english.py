"""English phrases inside Indonesian text that look like names but are titles, headings or terms.

"serial Game of Thrones", "tema 'Epicentrum of Growth'": capitalised words joined by an English
"of" that no head word, tail word or table made a name ("Bank of America", "Board of Peace" and
"Gulf of Aden" are found as names before this) are a title, and the tagger's one-word names
inside it are none. A "person" opening with the English article ("The Iron Throne") is no person.
A capitalised run made only of common English words ("Breaking News", "Plenary Session", "Live
Update") that no table, head word or tail word typed is a heading, a slogan or a term: no name.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from ..lang.id.entity_heads import ENGLISH_TAILS, MEDIA_TAILS
from .lexicon import is_common, is_person_word
from .recognize import Mention

# A capitalised word joined to the mention by an English "of" on either side.
OF_AFTER = re.compile(r" of [A-Z]")
OF_BEFORE = re.compile(r"[A-Za-z] of $")
OF_REACH = 5  # characters before a mention searched for "x of "
WORDS_FILE = "english_words.txt"
WORD_SPLIT = re.compile(r"[\s\-–’']+")
# A capitalised word right before a mention, one space between ("ASEAN Matters").
CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w.'’-]* $")
# What follows a heading label: a colon or an exclamation mark ("Breaking News:", "Hot News!").
LABEL_END = re.compile(r"\s*[:!]")


def drop_english_titles(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less the words of English titles, English common-word phrases and the persons
    opening with "The"."""
    return [m for m in mentions if not (_in_of_phrase(m, text) or _the_person(m) or _common_english(m, text)
                                        or _english_tail_word(m, text))]


def _in_of_phrase(m: Mention, text: str) -> bool:
    """A one-word name the rules found nowhere in a table, joined to a capitalised word by "of"."""
    if " " in m.text or m.kind in ("gaz", "head") or m.entry is not None:
        return False
    return bool(OF_AFTER.match(text, m.end) or OF_BEFORE.search(text, max(0, m.start - OF_REACH), m.start))


def _the_person(m: Mention) -> bool:
    """A person, or a name of no type yet, that opens with the English article ("The Iron Throne")."""
    return m.type in ("PER", None) and m.text.startswith("The ")


def _common_english(m: Mention, text: str = "") -> bool:
    """A run of two words or more that no table, head or tail word explains, every word a common
    English word or an ordinary Indonesian one, one at least English, and none a given name ("Hot News",
    "Plenary Session", "Update Minggu"; not "Jakarta Convention Center"). A media tail word names an
    outlet ("Fox News"), unless the phrase is a label, a colon or an exclamation after it ("Breaking News:")."""
    if m.kind not in ("name", "initial") or m.entry is not None:
        return False
    words = [w for w in WORD_SPLIT.split(m.text) if w]
    if len(words) < 2:
        return False
    last = words[-1].casefold()
    if last in ENGLISH_TAILS or last in MEDIA_TAILS and LABEL_END.match(text, m.end) is None:
        return False  # the label after it read only for a media tail
    common = english_words()
    english = [w.casefold() in common for w in words]
    return any(english) and all((e or is_common(w)) and not is_person_word(w) and not w.isupper()
                                for w, e in zip(words, english))


def _english_tail_word(m: Mention, text: str) -> bool:
    """One common English word the tagger split off the capitalised word before it ("ASEAN | Matters:",
    "the Gaza | Conflict"): the end of an English phrase, no name of its own."""
    if " " in m.text or m.kind not in ("name", "initial") or m.entry is not None or is_person_word(m.text):
        return False
    return m.text.casefold() in english_words() and bool(CAPITAL_BEFORE.search(text, max(0, m.start - OF_REACH * 4),
                                                                                m.start))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words (``lang/id/english_words.txt``)."""
    text = resources.files("kabar.lang.id").joinpath(WORDS_FILE).read_text(encoding="utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))
