"""An organisation's unit written right before its parent: one organisation.

Indonesian news names a programme, agency or directorate by its short form and then the body it
belongs to, with nothing between them: "DPP Partai Golkar", "TMC Polda Metro Jaya", "MKD DPR". The short form alone is no entity of the annotation's and no table knows it,
so the scanner keeps it as a bare acronym; the parent after it is an organisation the rules found.
The two are one name, and the unit is what the sentence talks about: a unit the table knows ("BAKTI
Kominfo") is named by the table's name of the unit.
"""
from __future__ import annotations

import re

from ..lang.id.canonical_forms import UNIT_HEADS
from ..lang.id.entity_heads import THING_ACRONYMS
from .recognize import Mention

# Kinds of the parent's mention that the rules are sure of (a table's or a head word's name).
PARENT_KINDS = ("gaz", "head", "name")
MIN_UNIT_LETTERS = 3  # "PT" or "RI" alone is no unit
ROMAN = re.compile(r"[IVXLC]+")  # "Komisi III | DPR", "Muktamar VII | Dewan ...": a number, not a unit


def join_units(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with every unknown acronym that stands one space before an organisation of the
    same sentence joined to it, as that organisation's unit (in text order)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _is_parent(m) and m.sent == prev.sent and text[prev.end:m.start] == " ":
            if _is_unit(prev):
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "ORG", "head", m.sent,
                                  titled=prev.titled, cue=prev.cue, initial=prev.initial)
                continue
            if _is_known_unit(prev, m):  # named by the table's name of the unit
                out[-1] = Mention(prev.start, m.end, text[prev.start:m.end], "ORG", "gaz", m.sent, prev.entry,
                                  titled=prev.titled, cue=prev.cue, initial=prev.initial)
                continue
        out.append(m)
    return out


def _is_known_unit(m: Mention, parent: Mention) -> bool:
    """A short form the table knows as a unit of a body ("BAKTI": "Badan Aksesibilitas ..."; its name opens
    with a unit's head word), before another body."""
    entry = m.entry
    return (m.kind == "gaz" and m.type == "ORG" and entry is not None and " " not in m.text and m.text[:1].isupper()
            and entry.canonical.split()[0].casefold() in UNIT_HEADS and entry.canonical != parent.canonical)


def _is_unit(m: Mention) -> bool:
    """A capitalised short form no table knows (the scanner's bare acronym), not a Roman number nor
    the short form of a thing ("APBN", "HUT")."""
    return (m.kind == "acronym" and m.type is None and m.entry is None and sum(c.isalpha() for c in m.text) >= MIN_UNIT_LETTERS
            and not ROMAN.fullmatch(m.text) and m.text.upper() not in THING_ACRONYMS)


def _is_parent(m: Mention) -> bool:
    """An organisation the rules found."""
    return m.type == "ORG" and m.kind in PARENT_KINDS
