"""Events' names: editions and the forms the news writes them in. A recurring event takes the year written
after it, or the article's year ("KTT APEC" in a 2024 report is "KTT APEC 2024"); a national election named
by its year alone is Indonesia's; an English trophy or summit is named the Indonesian way ("Thomas Cup" is
"Piala Thomas", "43rd ASEAN Summit" is "KTT ke-43 ASEAN"). Called by :func:`kabar.entities.canonical.resolve`.
"""
from __future__ import annotations

import re

from ..lang.id.canonical_forms import HOME_COUNTRY, HOME_ELECTIONS, TROPHY_WORDS
from ..lang.id.entity_heads import DATED_EVENT_HEADS
from .recognize import Mention

# A year or an ordinal ("ke-43") that already names an event's edition.
EDITION_MARK = re.compile(r"\b(?:1[89]|20)\d\d\b|\bke-?\s?\d|(?<!\d)\d{1,3}(?:st|nd|rd|th)\b", re.I)
# A year on its own.
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# The head of a summit's name.
SUMMIT_HEAD = "KTT"
# A year written right after a name, and no more digits.
YEAR_AFTER = re.compile(r" ((?:1[89]|20)\d\d)\b(?![.,]\d)")
# A national election named by its year alone.
HOME_ELECTION = re.compile(rf"({'|'.join(HOME_ELECTIONS)}) ((?:19|20)\d\d)")
# An English trophy name: "Thomas Cup", "Uber Cup 2024".
TROPHY = re.compile(rf"(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*) (?P<cup>{'|'.join(TROPHY_WORDS)})(?P<year> \d{{4}})?")
# An English summit: "43rd ASEAN Summit", "G20 Summit 2024".
SUMMIT = re.compile(r"(?:(?P<n>\d{1,3})(?:st|nd|rd|th) )?(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*) Summit(?P<year> \d{4})?")


def event_years(mentions: list[Mention], text: str) -> None:
    """A recurring event's name goes on over the year written right after it ("Pemilu 2019", "Pilpres
    2024"): the edition is part of the name."""
    for m in mentions:
        if m.type == "EVENT" and m.canonical and m.canonical.split()[0].casefold() in DATED_EVENT_HEADS \
                and not EDITION_MARK.search(m.canonical):
            found = YEAR_AFTER.match(text, m.end)
            if found:
                m.end = found.end()
                m.text = text[m.start:m.end]
                m.canonical = f"{m.canonical} {found.group(1)}"


def date_editions(mentions: list[Mention], year: str) -> None:
    """A recurring event named without its year or number is the edition of the article's year
    ("KTT APEC" in a 2024 report: "KTT APEC 2024"); the document's own dated name was folded in already."""
    for m in mentions:
        if m.type == "EVENT" and m.canonical and m.canonical.split()[0].casefold() in DATED_EVENT_HEADS \
                and not EDITION_MARK.search(m.canonical):
            m.canonical = f"{m.canonical} {year}"


# -- first pass: what each mention says on its own

def home_elections(mentions: list[Mention]) -> None:
    """A national election named by its year alone ("Pemilihan Presiden 2024") is Indonesia's, named as
    another country's is ("Pemilihan Presiden Indonesia 2024" as "Pemilihan Presiden Amerika Serikat
    2024"); one the document names with its country was folded in already."""
    for m in mentions:
        found = HOME_ELECTION.fullmatch(m.canonical or "") if m.type == "EVENT" else None
        if found:
            m.canonical = f"{found.group(1)} {HOME_COUNTRY} {found.group(2)}"


def trophy(surface: str) -> str | None:
    """An English trophy name in the Indonesian order ("Thomas Cup 2024" is "Piala Thomas 2024")."""
    m = TROPHY.fullmatch(surface)
    return f"{TROPHY_WORDS[m.group('cup')]} {m.group('name')}{m.group('year') or ''}" if m else None


def summit(surface: str) -> str | None:
    """An English summit's name in the Indonesian form ("43rd ASEAN Summit" is "KTT ke-43 ASEAN",
    "G20 Summit 2024" is "KTT G20 2024")."""
    m = SUMMIT.fullmatch(surface)
    if not m:
        return None
    edition = f"ke-{m.group('n')} " if m.group("n") else ""
    return f"KTT {edition}{m.group('name')}{m.group('year') or ''}"


def host_summits(mentions: list[Mention], is_place) -> None:
    """A summit named by its host city and its year ("KTT Kazan 2024") in a document whose other summits are all of one
    group ("KTT BRICS 2023") is that group's summit of the year ("KTT BRICS 2024"). ``is_place`` tells
    whether words name a place (or a proper name, which after "KTT" is its host's)."""
    groups, hosted = set(), []
    for m in mentions:
        words = (m.canonical or "").split()
        if m.type != "EVENT" or len(words) < 2 or words[0] != SUMMIT_HEAD:
            continue
        named = [w for w in words[1:] if not EDITION_MARK.fullmatch(w)]
        years = [w for w in words[1:] if YEAR.fullmatch(w)]
        if named and years and is_place(" ".join(named)):
            hosted.append((m, years))
        elif named:
            groups.add(" ".join(named))
    if len(groups) == 1:
        group = groups.pop()
        for m, edition in hosted:
            m.canonical = " ".join([SUMMIT_HEAD, group] + edition)
