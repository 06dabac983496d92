"""Persons named by their initials: "tersangka berinisial AR", "saudara JP", "korban NL dan RA".

Crime and court news hides a suspect's, a victim's or a witness's name behind its initials. The scanner
keeps such a run of two or three capitals as a bare acronym that no table knows; after a word that
introduces a person of a case (:data:`kabar.lang.id.titles.INITIALS_CUES`), or after "dan" joining it
to such initials, it is a person.
"""
from __future__ import annotations

import re

from ..lang.id.titles import INITIALS_CUES
from .recognize import Mention

INITIALS = re.compile(r"[A-Z]{2,3}")
JOINED = re.compile(r" (?:dan|serta) |, ")
WORD_GAPS = re.compile(r"[\s.\-]+")  # what separates a name's words and initials
CUE_REACH = 16  # characters before the initials searched for the cue


def type_initials(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with initials after a case's person cue typed as persons, in place."""
    prev_person = None
    for m in mentions:
        if _bare_initials(m) and (_after_cue(m, text) or _joined_to(prev_person, m, text)):
            m.type, m.kind = "PER", "name"
            prev_person = m
        else:
            prev_person = None
    return mentions


def _bare_initials(m: Mention) -> bool:
    """Two or three capitals that no table knows: the scanner's bare acronym."""
    return m.kind == "acronym" and m.type is None and m.entry is None and bool(INITIALS.fullmatch(m.text))


def _after_cue(m: Mention, text: str) -> bool:
    """The word right before the initials (one space between, a full stop after it allowed:
    "Sdr. JP") is a case's person cue."""
    before = text[max(0, m.start - CUE_REACH):m.start]
    if not before.endswith(" "):
        return False
    words = before[:-1].rstrip(".").rsplit(None, 1)
    return bool(words) and words[-1].casefold() in INITIALS_CUES


def _joined_to(prev: Mention | None, m: Mention, text: str) -> bool:
    """Initials joined by "dan" or a comma to initials just typed a person ("SN dan RA")."""
    return prev is not None and bool(JOINED.fullmatch(text[prev.end:m.start]))


def join_initials(mentions: list[Mention]) -> None:
    """Initials typed a person ("saudara JP") that are the initials of exactly one person named in full in
    the document ("Johnny G Plate": every word's, or those of the words longer than a letter) are that person."""
    people: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "PER" and m.canonical and " " in m.canonical:
            for key in _initials_of(m.canonical):
                people.setdefault(key, set()).add(m.canonical)
    for m in mentions:
        if m.type == "PER" and m.canonical == m.text and INITIALS.fullmatch(m.text):
            hits = people.get(m.text, set())
            if len(hits) == 1:
                m.canonical = next(iter(hits))


def _initials_of(name: str) -> set[str]:
    """A full name's initials: of every word, and of its words longer than one letter."""
    words = [w for w in WORD_GAPS.split(name) if w and w[0].isalpha()]
    if len(words) < 2:
        return set()
    return {"".join(w[0].upper() for w in words), "".join(w[0].upper() for w in words if len(w) > 1)}
