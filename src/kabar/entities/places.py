"""Places that only their position names: the later links of a chain of places.

News gives a place as a chain from the smallest unit to the largest, each link after a comma:
"di Gedung Sate, Bandung, Jawa Barat", "di JCC, Senayan, Selasa (5/9)". A one-word name that no
table or tagger explains, written between two commas, after a place (or any name that follows
the locative "di") and before another place or the day, is one more place of that chain; before
anything else ("asal Cibinong, Purwidi, 51 tahun") it is an appositive.

The home country's short name and its regions' alias names ("RI", "DKI Jakarta", "Jabar") after a national
body's name are the body's office there (:func:`home_alias`, used by :mod:`kabar.entities.canonical`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..lang.id.canonical_forms import HOME_COUNTRY, REGIONAL_OFFICES
from .gazetteer import Entry, _rows
from .lexicon import is_common
from .recognize import Mention

PLACE_TYPES = ("GPE", "LOC")
# What follows a chain's link that is not itself a mention: a comma and the day or date.
DAY_AFTER = re.compile(r", (?:%s)\b" % "|".join(sorted(WEEKDAYS | MONTHS, key=len, reverse=True)), re.IGNORECASE)
# The locative before the first link, when the first link is itself of no known type ("di JCC, ...").
LOCATIVE = re.compile(r"\b(?:di|ke|dari)\s+$", re.IGNORECASE)
LOCATIVE_REACH = 8  # characters before the first link searched for the locative


def type_chain_links(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions with untyped one-word links of place chains typed as places (GPE), in place."""
    for n in range(1, len(mentions)):
        prev, m = mentions[n - 1], mentions[n]
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if _untyped_word(m) and text[prev.end:m.start] == ", " and _opens_chain(prev, text) \
                and _closes_link(m, nxt, text):
            m.type, m.kind = "GPE", "name"
        elif _between_places(prev, m, nxt, text):
            m.type = "GPE"  # "Ceres Arena, Aarhus, Denmark": a link between two places, whatever the tagger said
    return mentions


def _closes_link(m: Mention, nxt: Mention | None, text: str) -> bool:
    """After the link: a comma and another place, or a comma and the day ("Senayan, Selasa")."""
    if nxt is not None and nxt.type in PLACE_TYPES and text[m.end:nxt.start] == ", ":
        return True
    return bool(DAY_AFTER.match(text, m.end))


def _between_places(prev: Mention, m: Mention, nxt: Mention | None, text: str) -> bool:
    """A one-word name no table or title made a person, written between two places of a chain."""
    return (nxt is not None and m.type == "PER" and m.kind == "name" and m.entry is None and not m.titled
            and " " not in m.text and prev.type in PLACE_TYPES and nxt.type in PLACE_TYPES
            and text[prev.end:m.start] == ", " and text[m.end:nxt.start] == ", ")


def _untyped_word(m: Mention) -> bool:
    """A one-word capitalised name of no known type that is no ordinary word."""
    return m.type is None and m.kind in ("name", "untagged") and " " not in m.text and not is_common(m.text)


def _opens_chain(prev: Mention, text: str) -> bool:
    """A place, or any name the locative "di" introduces."""
    if prev.type in PLACE_TYPES:
        return True
    return bool(LOCATIVE.search(text, max(0, prev.start - LOCATIVE_REACH), prev.start))


def home_alias(entry: Entry) -> bool:
    """A short or formal name of the home country ("RI") or of one of its regions ("DKI Jakarta", "Jabar")
    from the alias table: after a national body's name it is the body's office there, one name ("KPU RI").
    A city written as its own canonical name is where the body sits ("Kantor Kominfo Jakarta")."""
    return entry.source == "alias" and entry.type == "GPE" and entry.surface != entry.canonical and (
        entry.canonical == HOME_COUNTRY or entry.canonical in _region_canonicals())


@lru_cache(maxsize=1)
def _region_canonicals() -> frozenset[str]:
    """Canonical names of the home country's regions: the wilayah table's, renamed by the alias table."""
    rename = {s: c for s, c, t in _rows("aliases.tsv") if t == "GPE"}
    return frozenset(rename.get(c, c) for _, c, _ in _rows("gazetteer_wilayah.tsv"))


def office_canonical(body: str, place: str) -> str:
    """A body's office at a place ("Basarnas Padang"); at the home country itself, the body ("KPU RI")."""
    return body if place == HOME_COUNTRY else f"{REGIONAL_OFFICES.get(body, body)} {place}"
