"""Within one document: give every mention its type and canonical name.

Rules, in order: gazetteer names take their table canonical; a capital is the city
after a place word ("tiba di Pyongyang") and otherwise the state acting (metonymy) (:mod:`.capitals`);
head-word names spell embedded aliases out ("Kongres AS" → "Kongres Amerika Serikat"),
write heads as official names do ("Kemenko X" → "Kementerian Koordinator Bidang X", "F-PD" →
"Fraksi PD") and fold onto a known alias they extend (:mod:`.compose`); an acronym in parentheses, or one
whose initials spell an earlier name, joins that name; "ORG, ORG, <verb>" appositions join (:mod:`.joins`);
a short person mention joins the most salient compatible full name (:mod:`.people`); a bare head or compass
word ("Semenanjung", "Selatan") stands for the earlier place it shortens (:mod:`.short_places`); a court named
with its seat is the court of the seat's place; a name holding a short form is the name spelling it out
(:mod:`.acronyms`); a shorter name folds onto a longer one of the document unless the longer adds a person,
or a region or another field to one body's name (:mod:`.folds`); then misspellings (:mod:`.spelling`),
initials (:mod:`.initials`), regional bodies (:mod:`.regions`), names two bodies share (:mod:`.namesakes`)
and events' editions (:mod:`.events`).
"""
from __future__ import annotations

import re

from ..lang.id.canonical_forms import ELIDED_ORG_HEADS
from .acronyms import fold_short_forms, resolve_acronyms
from .capitals import _country_spelt, _is_city_use
from .compose import _compose, _hyphened_head, _names_place, _proper_word
from .events import date_editions, event_years, home_elections, host_summits, summit, trophy
from .folds import _elided_heads_written, _fold_shorter_names, _seated_courts
from .gazetteer import Gazetteer
from .initials import join_initials
from .joins import _join_appositions, _join_parentheses, english_acronyms
from .people import (_context_people, _join_clipped_names, _join_nicknames, _known_person, _resolve_people,
                     fold, join_partial_names, person_name)  # noqa: F401  (fold: read by link)
from .namesakes import tell_namesakes
from .recognize import Mention
from .regions import join_regional_offices, regional_bodies, shared_city_names
from .short_places import _admin_lists, _elided_feature_heads, _resolve_short_places
from .spelling import fold_misspellings

# A short form in brackets inside a name ("(KTT)"); the short form itself is read by acronyms.BRACKETED_SHORT.
BRACKETED = re.compile(r"\(\s*[^()\s]+\s*\)")
ROMAN = re.compile(r"[IVXLC]+")
# An academic degree written after a name: capitals and short syllables with stops ("S.H.", "M.Hum.", "Ph.D").
DEGREE = re.compile(r"(?:[A-Z][A-Za-z]{0,3}\.)+[A-Za-z]{0,4}\.?")
# An age right after a name: ", 51 tahun", " (34)", ", 27,".
AGE_AFTER = re.compile(r"(?:,\s*\d{1,3}\s+tahun\b|\s*\(\d{1,3}(?:\s+tahun)?\))")
# "Putri"/"Putra" after a name and before no other capitalised word.
CHILD_SUFFIX = re.compile(r" (?:Putri|Putra)(?=[\s,.;:!?)”\"']|$)(?! +[A-Z])")
# The word before a law that makes it a bill.
BILL = re.compile(r"\bRancangan $")
BILL_REACH = len("Rancangan ") + 1


def resolve(mentions: list[Mention], text: str, gaz: Gazetteer,
            context: list[Mention] = (), year: str | None = None) -> list[Mention]:
    """Type and canonicalise every mention; drop those no rule can place.

    ``context`` holds mentions from outside the text (the headline): full person names
    there explain bare names in the text ("Kim" under a headline naming Kim Jong Un).
    """
    _child_suffixes(mentions, text)
    for m in mentions:
        _first_canonical(m, text, gaz)
    shared_city_names(mentions, gaz)
    mentions = join_regional_offices(mentions, text)
    _bills(mentions, text)
    event_years(mentions, text)
    _english_article(mentions, text)
    _join_parentheses(mentions, text)
    _join_appositions(mentions, text)
    resolve_acronyms(mentions)
    _elided_feature_heads(mentions)
    _aged_people(mentions, text)
    _resolve_people(mentions, gaz, _context_people(context, gaz))
    _join_nicknames(mentions, text)
    _join_clipped_names(mentions)
    join_partial_names(mentions, gaz)
    _resolve_short_places(mentions)
    _admin_lists(mentions, text, gaz)
    _seated_courts(mentions, gaz)
    _elided_heads_written(mentions)
    fold_short_forms(mentions)
    english_acronyms(mentions)
    _fold_shorter_names(mentions, gaz)
    host_summits(mentions, lambda words: _names_place(words, gaz) or _proper_word(words))
    fold_misspellings(mentions, gaz)
    join_initials(mentions)
    regional_bodies(mentions)
    tell_namesakes(mentions, text)
    if year:
        date_editions(mentions, year)
    home_elections(mentions)
    return [m for m in mentions if m.type and m.canonical]


def _aged_people(mentions: list[Mention], text: str) -> None:
    """A name no tagger typed, followed by an age ("Purwidi, 51 tahun", "Sari (34)"), is a person."""
    for m in mentions:
        if m.type is None and m.kind in ("name", "untagged") and not m.initial and AGE_AFTER.match(text, m.end):
            m.type, m.kind = "PER", "name"


def _child_suffixes(mentions: list[Mention], text: str) -> None:
    """"Putri" or "Putra" right after a person's name, with no name after it, ends that name
    ("Megawati Soekarno Putri, ..."): it is a title only before a name."""
    for m in mentions:
        if m.type == "PER":
            found = CHILD_SUFFIX.match(text, m.end)
            if found:
                m.end = found.end()
                m.text = text[m.start:m.end]


def _bills(mentions: list[Mention], text: str) -> None:
    """A law written after "Rancangan" is the bill: one name over both ("Rancangan Undang-Undang Cipta
    Kerja"), named as the law."""
    for m in mentions:
        if m.type == "LAW" and BILL.search(text, max(0, m.start - BILL_REACH), m.start):
            m.start -= len(BILL.search(text, max(0, m.start - BILL_REACH), m.start).group())
            m.text = text[m.start:m.end]


def _english_article(mentions: list[Mention], text: str) -> None:
    """An English name written after its article keeps it ("The Jakarta Post", "The Hague Group")."""
    for m in mentions:
        if m.type in ("ORG", "EVENT", "LAW", "LOC") and text[max(0, m.start - 4):m.start] == "The " \
                and (m.start == 4 or not text[m.start - 5].isalnum()):
            old, m.start = m.text, m.start - 4
            m.text = text[m.start:m.end]
            if m.canonical == old:
                m.canonical = m.text


def _first_canonical(m: Mention, text: str, gaz: Gazetteer) -> None:
    if m.kind != "gaz" and m.type in (None, "PER") and not m.titled and " " not in m.text:
        country = _country_spelt(m.text, gaz)  # "Paraguai" taken for a name
        if country is not None:
            m.type, m.canonical = "GPE", country.canonical
            return
    if m.kind == "gaz":
        _from_entry(m, text)
    elif m.kind == "head":
        m.canonical = _compose(m.text, m.type, gaz)
    elif m.type == "PER" and _holds_acronym(m.text):
        m.type, m.canonical = "ORG", m.text  # "BEM SI", "Red Bull KTM": an organisation's name, no person's
    elif m.type == "PER":
        m.canonical = _known_person(person_name(_without_degrees(m.text)), gaz)
    elif m.type == "ORG" and _hyphened_head(m.text):
        m.canonical = _compose(_hyphened_head(m.text), "ORG", gaz)  # "F-PD": "Fraksi Partai Demokrat"
    elif m.type in ("ORG", "EVENT", "LAW"):
        m.canonical = _elided_head(m.text, m.type, gaz) or (trophy(m.text) or summit(m.text) if m.type == "EVENT"
                                                            else None) or _unbracketed(m.text)
    elif m.type in ("GPE", "LOC"):
        entry = gaz.canonical_of(m.text) or _country_spelt(m.text, gaz)
        m.canonical = entry.canonical if entry else m.text
        if entry is not None and entry.source == "country":
            m.type = "GPE"


def _without_degrees(surface: str) -> str:
    """A person's name without the academic degrees written after it ("Fathur Rahman M.Hum." is Fathur
    Rahman): letters with a stop inside ("S.H.", "M.Si", "Ph.D."), never an initial ("G.") or "Jr."."""
    words = surface.split()
    n = len(words)
    while len(words) > 1 and DEGREE.fullmatch(words[-1].rstrip(",")) and "." in words[-1].rstrip(",.")[:-1]:
        words.pop()
    return " ".join(words).rstrip(",") if len(words) < n else surface


def _holds_acronym(surface: str) -> bool:
    """Two words or more, one of them three capital letters or more that are no Roman numeral: a
    person's name has initials ("Retno LP Marsudi"), not acronyms."""
    words = surface.split()
    return len(words) > 1 and any(len(w) > 2 and w.isalpha() and w.isupper() and not ROMAN.fullmatch(w)
                                  for w in words)


def _unbracketed(surface: str) -> str:
    """A name without the short form bracketed inside it ("World Economic Forum (WEF) 2026")."""
    if "(" not in surface:
        return surface
    return " ".join(BRACKETED.sub(" ", surface).split()) or surface


def _elided_head(surface: str, type_: str, gaz: Gazetteer) -> str | None:
    """A one-word organisation name the table knows with its head word ("Demokrat": "Partai Demokrat")."""
    if type_ != "ORG" or " " in surface:
        return None
    for head in ELIDED_ORG_HEADS:
        entry = gaz.canonical_of(f"{head} {surface}")
        if entry is not None and entry.type == "ORG":
            return entry.canonical
    return None


def _from_entry(m: Mention, text: str) -> None:
    entry = m.entry
    m.canonical = entry.canonical
    if entry.source == "capital" and not _is_city_use(m, text):
        m.canonical, m.metonymy = entry.state, True
    if entry.type == "PER":
        m.canonical = entry.canonical
