"""Regional offices and regional bodies: a national body's office in a place ("Basarnas Padang") and a
body that exists only per region ("Badan Penanggulangan Bencana Daerah") named without its region.
Called by :func:`kabar.entities.canonical.resolve`.
"""
from __future__ import annotations

from ..lang.id.canonical_forms import REGION_UNITS, REGIONAL_BODY_WORD
from .gazetteer import Gazetteer
from .places import home_alias, office_canonical
from .recognize import Mention

REGENCY, CITY = sorted(REGION_UNITS)  # "Kabupaten", "Kota"


def join_regional_offices(mentions: list[Mention], text: str) -> list[Mention]:
    """A national body's one-word name the table knows, followed by a place, is its office there
    ("Basarnas Padang", "BPBD Agam"): one organisation, its canonical name the body's and the place's."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _regional(prev, m, text):
            prev.end, prev.text = m.end, text[prev.start:m.end]
            prev.canonical = office_canonical(prev.canonical, m.canonical)
            prev.kind = "regional"
            continue
        out.append(m)
    return out


# Tables of places inside a country, where a national body has offices (not countries or capitals).
REGIONAL_SOURCES = ("wilayah", "city")


def _regional(org: Mention, place: Mention, text: str) -> bool:
    return (org.type == "ORG" and org.kind == "gaz" and " " not in org.text and place.type in ("GPE", "LOC")
            and text[org.end:place.start] == " " and bool(place.canonical) and not place.metonymy
            and (place.entry is None or place.entry.source in REGIONAL_SOURCES or home_alias(place.entry)))


def regional_bodies(mentions: list[Mention]) -> None:
    """A body that exists only per region (its name ends in "Daerah": "Badan Penanggulangan Bencana
    Daerah", "Dewan Perwakilan Rakyat Daerah"), named without its region in a document that names exactly
    one regency or city, is that region's ("... Daerah Kabupaten Agam")."""
    regions = {m.canonical for m in mentions if m.type == "GPE" and m.canonical
               and m.canonical.split()[0] in REGION_UNITS and len(m.canonical.split()) > 1}
    if len(regions) != 1:
        return
    region = regions.pop()
    for m in mentions:
        if m.type == "ORG" and m.canonical and m.canonical.rsplit(" ", 1)[-1] == REGIONAL_BODY_WORD:
            m.canonical = f"{m.canonical} {region}"


def shared_city_names(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A city written with "kota" whose name a regency shares keeps the word that tells the two apart
    ("kota Kediri" is "Kota Kediri", not "Kabupaten Kediri"), and so does the bare name in that document."""
    cities = {}
    for m in mentions:
        unit, _, rest = m.text.partition(" ")
        if m.type == "GPE" and unit.casefold() == CITY.casefold() and rest and m.canonical == rest \
                and gaz.canonical_of(f"{REGENCY} {rest}") is not None:
            cities[rest] = m.canonical = f"{CITY} {rest}"
    for m in mentions:
        if m.type == "GPE" and m.canonical in cities:
            m.canonical = cities[m.canonical]
