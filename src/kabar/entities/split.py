"""Persons that the tagger glued to something else, taken apart with the document's own evidence.

* a ticket of two people joined by a hyphen ("Pramono Anung-Rano Karno"): two persons;
* an "organisation" of an acronym and a person's surname that the document names in full
  ("USTR Greer" beside "Jamieson Greer"): the organisation, then the person;
* an organisation written right before a person ("CEO Danantara Rosan Roeslani"), where the
  document names that organisation elsewhere ("BPI Danantara"): the organisation, then the person;
* a "person" ending in an organisation's name ("Ditjenpas Kemenkumham"), made of an acronym and
  words of an organisation the document names ("BPI Danantara"), or one word of such a name that
  no person of the document bears ("Danantara"): an organisation.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..lang.id.calendar import PARTS_OF_DAY, WEEKDAYS
from ..lang.id.entity_heads import ORG_HEADS
from .gazetteer import Gazetteer
from .lexicon import is_person_word
from .recognize import Mention

# Two names of two words or more joined by a glued hyphen between capitalised words.
TICKET = re.compile(r"^([^\s-]+(?: [^\s-]+)+)-([A-Z][^\s-]*(?: [^\s-]+)+)$")
MIN_GLUED_WORDS = 3
BRACKETS = "()[],"  # an organisation word and a person of two words at least
# A weekday that ends a name and opens a time expression: a bracketed date, a part of the day or a relative word
# after it ("Harian Vostra | Selasa (4/4) malam", "... | Senin lalu").
DAY_AFTER = re.compile(r" ?\(\d|,? (?:%s|lalu|kemarin|ini|depan)\b"
                       % "|".join(sorted(PARTS_OF_DAY, key=len, reverse=True)))


def drop_trailing_weekdays(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with a weekday cut from their end where a time expression goes on after it ("Harian Vostra
    Selasa (4/4)" is "Harian Vostra"): a date follows the name, it is no part of it. Table names keep theirs."""
    for m in mentions:
        last = m.text.rsplit(" ", 1)
        if len(last) == 2 and m.kind != "gaz" and last[1].casefold() in WEEKDAYS and DAY_AFTER.match(text, m.end):
            m.end -= len(last[1]) + 1
            m.text = last[0]
    return mentions


def split_glued(mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions with glued persons taken apart (see the module docstring), in text order."""
    others = _other_words(mentions)
    out: list[Mention] = []
    for m in mentions:
        out.extend(_apart(m, others, gaz) if m.type == "PER" else [m])
    people = {w.casefold() for m in out if m.type == "PER" and " " in m.text for w in m.text.split()}
    return [x for m in out for x in _with_people(m, others, people)]


def _with_people(m: Mention, others: dict[str, str], people: set[str]) -> list[Mention]:
    """A mention read against the words of the document's persons of two words or more."""
    if m.type == "PER" and " " not in m.text and others.get(m.text.casefold()) == "ORG" \
            and m.text.casefold() not in people and not is_person_word(m.text):
        return [replace(m, type="ORG")]  # "Danantara" alone, named inside "BPI Danantara"
    if m.type == "ORG" and _acronym_and_surname(m.text, people):
        cut = m.start + m.text.index(" ")  # "USTR Greer" beside "Jamieson Greer"
        return [_piece(m, m.start, cut, "ORG"), _piece(m, cut + 1, m.end, "PER")]
    return [m]


def _acronym_and_surname(text: str, people: set[str]) -> bool:
    """An organisation's acronym and one word that a person of the document bears."""
    words = text.split()
    return len(words) == 2 and words[0].isupper() and len(words[0]) > 1 and words[1][:1].isupper() \
        and not words[1].isupper() and words[1].casefold() in people


def _other_words(mentions: list[Mention]) -> dict[str, str]:
    """Lower-case words of the document's organisation and place names -> that name's type."""
    words: dict[str, str] = {}
    for m in mentions:
        if m.type in ("ORG", "GPE", "LOC"):
            for w in m.text.split():
                words.setdefault(w.strip(BRACKETS).casefold(), m.type)
    return words


def _apart(m: Mention, others: dict[str, str], gaz: Gazetteer) -> list[Mention]:
    """One person mention as the mentions it really is."""
    ticket = TICKET.match(m.text)
    if ticket:
        cut = m.start + ticket.end(1)
        return [_piece(m, m.start, cut, "PER"), _piece(m, cut + 1, m.end, "PER")]
    words = m.text.split()
    last = words[-1].casefold()
    if len(words) > 1 and (last in ORG_HEADS or _is_org(words[-1], gaz)):
        return [replace(m, type="ORG")]
    if any(w.isupper() and len(w) > 1 for w in words) and all(others.get(w.casefold()) == "ORG" for w in words):
        return [replace(m, type="ORG")]  # "BPI Danantara" after "Badan Pengelola Investasi (BPI) Danantara"
    first = words[0]
    if len(words) >= MIN_GLUED_WORDS and first.casefold() in others and not is_person_word(first):
        cut = m.start + len(first)
        return [_piece(m, m.start, cut, others[first.casefold()]), _piece(m, cut + 1, m.end, "PER")]
    return [m]


def _is_org(word: str, gaz: Gazetteer) -> bool:
    """A word the gazetteer knows as an organisation's whole name ("Kemenkumham", "Polri")."""
    entry = gaz.canonical_of(word)
    return entry is not None and entry.type == "ORG" and entry.surface == word  # "Un" is not "UN"


def _piece(m: Mention, start: int, end: int, type_: str) -> Mention:
    """Part of a mention, as a mention of its own."""
    text = m.text[start - m.start:end - m.start]
    return replace(m, start=start, end=end, text=text, type=type_, canonical=None,
                   titled=m.titled if start == m.start else False)
