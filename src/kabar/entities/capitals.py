"""Places by their use: a capital as the city or as the state acting (metonymy), and a country
spelt another way ("Paraguai" for Paraguay). Called by :mod:`kabar.entities.canonical`."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lang.id.calendar import WEEKDAYS
from ..lang.id.canonical_forms import CITY_WORDS
from ..lang.id.entity_heads import CITY_PREPOSITIONS, MOTION_VERBS, PLACE_SPELLING_FOLDS
from .gazetteer import Entry, Gazetteer
from .people import fold
from .recognize import Mention

# What ends an address: a stop, a bracket, a dash, the line's end, or a comma and the date
# ("Gedung DPR, Jakarta, Senin (5/10)"); not a comma going on with a list ("Washington, Seoul, dan Tokyo").
ADDRESS_END = re.compile(rf"\s*(?:[.;)\n]|[-–—]|$|,\s*(?:{'|'.join(map(re.escape, WEEKDAYS))}|\d))", re.I)
# What follows a city opening a dateline: a comma or dash and the outlet or the story.
DATELINE = re.compile(r"(?<!\s)\s*+(?:,|[-–—]\s)")


@lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """A place name with its foreign spellings folded ("Kazakhstan" and "Kazakstan" share one key;
    cached: documents repeat their place names)."""
    key = fold(name)
    for written, compared in PLACE_SPELLING_FOLDS:
        key = key.replace(written, compared)
    return key


def _countries_by_spelling(gaz: Gazetteer) -> dict[str, Entry | None]:
    """Country entries by spelling key (built once per gazetteer); a key two countries share is no evidence."""
    table = getattr(gaz, "_by_spelling", None)
    if table is None:
        table = {}
        for e in gaz.entries.values():
            if e.source == "country":
                k = spelling_key(e.surface)
                table[k] = e if table.get(k, e).canonical == e.canonical else None
        gaz._by_spelling = table
    return table


def _country_spelt(surface: str, gaz: Gazetteer) -> Entry | None:
    """The country a one- or two-word place name spells another way ("Paraguai" for Paraguay)."""
    if len(surface.split()) > 2 or len(surface) < 5:
        return None
    return _countries_by_spelling(gaz).get(spelling_key(surface))


def _is_city_use(m: Mention, text: str) -> bool:
    """The capital as a place: after a locative word or one naming a time zone or route ("waktu Jakarta"),
    at the end of an address ("Gedung DPR, Jakarta, Senin"), or a dateline at the very start."""
    before = re.findall(r"[\w’']+|,", text[max(0, m.start - 40):m.start].casefold())
    if not before or text[:m.start].endswith("\n"):
        return bool(DATELINE.match(text, m.end))  # "JAKARTA, KOMPAS.com -"
    words = [w for w in before if w != ","]
    prev = words[-1] if words else ""
    if prev in CITY_PREPOSITIONS or prev in CITY_WORDS or before[-2:] == ["ibukota", ","]:
        return True
    if before[-1] == "," and _after_name(text, m.start) and ADDRESS_END.match(text, m.end):
        return True  # an address: "di Gedung Putih, Washington, Senin", "Kantor PCO, Jakarta."
    return prev == "dari" and len(words) > 1 and words[-2] in MOTION_VERBS


def _after_name(text: str, start: int) -> bool:
    """A name and a comma right before ``start``: a place there ends an address ("Gedung DPR, Jakarta")."""
    head = text[max(0, start - 40):start].rstrip()
    words = head[:-1].split() if head.endswith(",") else []
    return bool(words) and words[-1][:1].isupper()
