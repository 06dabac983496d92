"""Short names of places and institutions inside one document: a bare head or compass word
("Semenanjung", "Selatan", "Kongres") stands for the earlier name it shortens; a mountain or lake is
meant where its name is written without its head word ("Marapi"); places listed after an
administrative unit word carry it ("kecamatan Banuhampu, Baso dan Matur"). Called by
:func:`kabar.entities.canonical.resolve`.
"""
from __future__ import annotations

import re

from ..lang.id.canonical_forms import REGION_UNITS
from ..lang.id.entity_heads import ADMIN_UNITS, COMPASS_WORDS, FEATURE_HEADS, LIST_OPENERS, LOC_HEADS, ORG_HEADS
from .gazetteer import Gazetteer
from .people import fold
from .recognize import Mention

# A bare compass word with no earlier "X Barat" still names the West as a region.
DEFAULT_COMPASS = {"barat": ("Barat", "LOC")}
# Words and marks read back from a place for the unit word of its list.
LIST_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
LIST_REACH = 200  # characters
OPENER_PHRASES = tuple(phrase.split() for phrase in LIST_OPENERS)
# Unit words of regencies, cities and provinces: above the units whose lists are read here.
REGION_WORDS = frozenset({"kabupaten", "kab", "kota", "provinsi", "propinsi"})
UNIT_WORDS = ADMIN_UNITS | REGION_WORDS  # a place opening with one carries its own unit


def _elided_feature_heads(mentions: list[Mention]) -> None:
    """A mountain, island or lake the document names with its head word ("Gunung Marapi", "Danau Toba")
    is meant where the name is written without it ("Marapi kembali erupsi"), also by its first words
    ("Lewotolok" for "Gunung Lewotolok Timur"): not a person, not an organisation. Table names stay."""
    features: dict[str, str | None] = {}
    for m in mentions:
        words = (m.canonical or "").split()
        if m.type == "LOC" and len(words) > 1 and words[0].casefold() in FEATURE_HEADS:
            for n in range(2, len(words) + 1):
                key = fold(" ".join(words[1:n]))
                features[key] = _one_feature(features[key], m.canonical) if key in features else m.canonical
    if not features:
        return
    for m in mentions:
        if m.entry is None and m.kind in ("name", "untagged", "initial") and features.get(fold(m.text)):
            m.type, m.canonical = "LOC", features[fold(m.text)]


def _one_feature(seen: str | None, canonical: str) -> str | None:
    """The feature a short name means, given the one already ``seen`` for it and another ``canonical``: the same, or
    the shorter where one name only adds words to the other ("Gunung Marapi" and "Gunung Marapi Terbaru" of a
    title-case line), else None (two features share it: "Gunung Lewotolok Timur" and "... Barat")."""
    if seen is None or seen == canonical:
        return seen
    short, long_ = sorted((seen, canonical), key=len)
    return short if long_.startswith(short + " ") else None


def _resolve_short_places(mentions: list[Mention]) -> None:
    """"Semenanjung" → Semenanjung Korea, "Selatan" → Korea Selatan, "Kongres" → Kongres AS.

    Each mention is looked up among the mentions before it (as they stand once resolved) by
    the first or last word of their canonical name, so the cost stays linear in the mentions."""
    earlier = _EarlierNames()
    for m in mentions:
        low = m.text.casefold()
        single = " " not in m.text
        if m.type is None and single and (low in LOC_HEADS or low in COMPASS_WORDS):
            _shorten_to_place(m, earlier, low)
        elif single and low in ORG_HEADS and (m.kind == "head" and m.type == "ORG" or m.kind == "initial"):
            prior = earlier.orgs.get(low)
            if prior:
                m.type, m.canonical = "ORG", prior
            elif m.type == "ORG":
                m.canonical = m.text
        earlier.add(m)


class _EarlierNames:
    """Canonical names of the mentions seen so far: the latest organisation by its first word, and
    places of two words or more by their first and by their last word."""

    def __init__(self):
        self.orgs: dict[str, str] = {}
        # word -> canonical -> [mentions, first type]; dicts keep the order names were first seen
        self.by_first: dict[str, dict[str, list]] = {}
        self.by_last: dict[str, dict[str, list]] = {}

    def add(self, m: Mention) -> None:
        if not m.canonical or " " not in m.canonical:
            return
        low = m.canonical.casefold()
        first, last = low.split(" ", 1)[0], low.rsplit(" ", 1)[1]
        if m.type == "ORG":
            self.orgs[first] = m.canonical
        elif m.type in ("GPE", "LOC"):
            for index, word in ((self.by_first, first), (self.by_last, last)):
                seen = index.setdefault(word, {}).setdefault(m.canonical, [0, m.type])
                seen[0] += 1

    def most_named(self, word: str, compass: bool) -> tuple[str, str] | None:
        """(canonical, type) of the place named most often whose last (``compass``) or first word is
        ``word``; on a tie the one named first."""
        names = (self.by_last if compass else self.by_first).get(word)
        if not names:
            return None
        best = max(names.items(), key=lambda kv: kv[1][0])  # max keeps the first of equals
        return best[0], best[1][1]


def _admin_lists(mentions: list[Mention], text: str, gaz: Gazetteer | None = None) -> None:
    """Places named after an administrative unit word, alone or in a list, carry it in their canonical
    name ("di kecamatan Banuhampu, Baso dan Matur", "Kecamatan Cibinong, Citeureup dan Babakan Madang");
    not a place opening with its own unit word, nor a regency, city or province the regions' table knows:
    after "Kecamatan Girimarto," a regency is the next link of an address ("..., Wonogiri")."""
    folded = text.casefold()  # a unit word in reach of a place is in the document: the cheap test first
    if not any(unit in folded for unit in ADMIN_UNITS):
        return
    for m in mentions:
        if m.type not in ("GPE", "LOC", None) or m.text.split()[0].casefold() in UNIT_WORDS:
            continue
        unit, written_lower = _admin_unit(text, m.start)
        if unit and (written_lower or m.kind != "gaz") and not _region(m.text, gaz):
            m.type, m.canonical = "GPE", f"{unit.capitalize()} {m.text}"  # "Kabupaten Agam, Sumatera Barat": no list


def _region(name: str, gaz: Gazetteer | None) -> bool:
    """A regency, city or province of the regions' table ("Wonogiri" of "Kabupaten Wonogiri")."""
    if gaz is None:
        return False
    return any(e is not None and e.source == "wilayah"
               for e in (gaz.canonical_of(name), *(gaz.canonical_of(f"{unit} {name}") for unit in REGION_UNITS)))


def _admin_unit(text: str, start: int) -> tuple[str | None, bool]:
    """The unit word governing a place at ``start`` across the list items before it, and whether it
    was written in lower case (a common noun: "di kecamatan A, B")."""
    window = text[max(0, start - LIST_REACH):start]
    folded = window.casefold()  # case folding goes character by character: a unit word is inside it
    if not any(unit in folded for unit in ADMIN_UNITS):
        return None, False  # no unit word in reach: the cheap test before the tokens
    toks = LIST_TOKEN.findall(window)
    i = len(toks)
    while i and (toks[i - 1] == "," or toks[i - 1].casefold() in ("dan", "serta") or toks[i - 1][:1].isupper()):
        if toks[i - 1].casefold() in ADMIN_UNITS and toks[i - 1][:1].isupper():
            return toks[i - 1], False  # a list opened by "Kecamatan X"
        if toks[i - 1].casefold() in REGION_WORDS:
            return None, False  # "Kecamatan A, Kabupaten B, Provinsi C": an address going up, no list
        i -= 1
    after_unit = i < len(toks) and toks[i] == ","  # "kelurahan, Muslimat NU": a clause, no list
    opened = False  # the words before the list, read from its end (only the last few are asked about)
    while i:
        n = 1 if toks[i - 1] == ":" else _opener_before(toks, i)
        if not n:
            break
        i -= n
        opened = True
    if opened and i and toks[i - 1] == ",":
        i -= 1  # "kecamatan, yakni A": a comma only before a word opening the list
    unit = toks[i - 1].casefold() if i else None
    return (unit, True) if unit in ADMIN_UNITS and (opened or not after_unit) else (None, False)


def _opener_before(toks: list[str], i: int) -> int:
    """How many of the tokens before ``i`` are a whole phrase opening a list ("yakni", "di antaranya"), or 0."""
    return next((len(p) for p in OPENER_PHRASES if [t.casefold() for t in toks[max(0, i - len(p)):i]] == p), 0)


def _shorten_to_place(m: Mention, earlier: _EarlierNames, low: str) -> None:
    best = earlier.most_named(low, low in COMPASS_WORDS)
    if best:
        m.canonical, m.type = best
    elif low in DEFAULT_COMPASS and not m.initial:
        m.canonical, m.type = DEFAULT_COMPASS[low]
