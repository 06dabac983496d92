"""Joins between neighbouring mentions: a bracketed acronym after a name ("Otoritas Penarikan Presiden
(PDA)") and an apposition of two organisation names ("..., Korean Central News Agency, melaporkan"); an
English name is called by its capital-letter acronym. Called by :mod:`kabar.entities.canonical`."""
from __future__ import annotations

import re

from ..lang.id.canonical_forms import ENGLISH_FUNCTION_WORDS, ENGLISH_ORG_HEADS
from .acronyms import SHORT_FORM_TYPES, _spells, abbreviates
from .compose import _capital_acronym
from .recognize import Mention

PLACE_TYPES = ("GPE", "LOC")
HEAD_WORDS_LEFT_OUT = 2  # leading words a short form may leave out ("Jalan Tol" of "Jalan Tol Cikopo Palimanan")
# After a name set off by commas, the sentence going on ("..., melaporkan"), not a list (", dan", ", serta").
CLAUSE_GOES_ON = re.compile(r",\s*(?!(?:dan|serta|atau|and|or)\s)[a-z]")


def _join_parentheses(mentions: list[Mention], text: str) -> None:
    """"Otoritas Penarikan Presiden (PDA)": the bracketed acronym names the same thing. A bracketed short
    form that abbreviates the name ("Jawa Barat (Jabar)") names it wherever the document writes it, whatever
    type a tagger gave it or whether it opened a sentence. After a person, only a short form of the name
    ("Susilo Bambang Yudhoyono (SBY)") is that person. After a place, one bracketed word is the place only
    where it shortens it ("Daerah Istimewa Yogyakarta (DIY)"; a second name stays: "Kampung A (Kampung B)");
    another acronym of capitals is the body whose name ends in the place ("Konsulat Jenderal Republik
    Indonesia (KJRI)" is KJRI). An English name takes its capital-letter acronym as the name ("...
    Development (OECD)" is OECD)."""
    renamed: dict[str, str] = {}
    defined: dict[str, tuple[str, str]] = {}  # a short form the tagger typed otherwise -> the name's type, canonical
    for a, b in zip(mentions, mentions[1:]):
        if text[a.end:b.start].strip() != "(" or not text[b.end:].lstrip().startswith(")"):
            continue
        if b.kind != "gaz" and (b.kind == "initial" or b.type not in (None, a.type)) and _shortens(b, a):
            defined[b.text] = (a.type, a.canonical)
        if a.type == "PER" and not _shortens_person(b, a):
            continue  # "Jon Snow (Kit Harington)", "Oliver Rowland (DAMS)": the actor, the team
        if a.type in PLACE_TYPES and b.kind != "gaz" and " " not in b.text and not _shortens(b, a):
            if b.kind == "acronym" and b.type is None and _capital_acronym(b.text):
                b.type, b.canonical = "ORG", b.text  # "Konsulat Jenderal Republik Indonesia (KJRI)": the body
            continue  # "Liga Inggris (Championship)", "... Kampung Melayu (Becakayu)": another thing
        if b.kind == "acronym" or (b.kind in ("name", "untagged") and b.type in (None, a.type)) or b.text in defined:
            b.type, b.canonical = a.type, a.canonical
            if a.type == "ORG" and a.kind != "gaz" and _english_name(a.canonical or "") and _capital_acronym(b.text):
                renamed[a.canonical] = b.canonical = b.text
        elif a.kind in ("head", "name") and a.type == b.type:
            a.canonical = b.canonical
    for m in mentions:
        m.canonical = renamed.get(m.canonical, m.canonical)
        if m.text in defined and m.kind != "gaz":
            m.type, m.canonical = defined[m.text]


def _shortens_person(short: Mention, person: Mention) -> bool:
    """One word that shortens a person's name: its initials ("SBY") or its beginnings ("Jokowi" of "Joko
    Widodo"); a bracket after a person holds anything else too (a role, a team, an age)."""
    return " " not in short.text and abbreviates(short.text.replace(".", ""), (person.canonical or person.text).split())


def _shortens(short: Mention, name: Mention) -> bool:
    """One word that abbreviates a typed name ("Jabar" of "Jawa Barat"), its head words left out or not
    ("GBLA" of "Stadion Gelora Bandung Lautan Api", "Cipali" of "Jalan Tol Cikopo Palimanan"); a person's
    name has no short form."""
    words = (name.canonical or "").split()
    return name.type in SHORT_FORM_TYPES and bool(words) and " " not in short.text \
        and any(abbreviates(short.text, words[k:]) for k in range(min(HEAD_WORDS_LEFT_OUT, len(words) - 2) + 1))


def _english_name(name: str) -> bool:
    """A name written in English: an English function word inside, or an English head word last."""
    words = [w.casefold() for w in re.findall(r"[\w'’]+", name)]
    return len(words) > 1 and (any(w in ENGLISH_FUNCTION_WORDS for w in words[1:-1]) or words[-1] in ENGLISH_ORG_HEADS)


def _join_appositions(mentions: list[Mention], text: str) -> None:
    """"Kantor Berita Resmi Korea Utara, Korean Central News Agency, melaporkan": one ORG. Names of one head
    ("PT A, PT B, PT C"), or a second name not followed by a comma and the sentence going on in lower case
    ("A, B, C dan D", "A, B, dan C"), are a list, not one name twice."""
    for a, b in zip(mentions, mentions[1:]):
        if a.type != "ORG" or b.type != "ORG" or text[a.end:b.start] != ", ":
            continue
        if not CLAUSE_GOES_ON.match(text, b.end) or a.kind == "gaz" and b.kind == "gaz" \
                or a.text.split()[0] == b.text.split()[0]:
            continue  # "Kepolisian RI, Kejaksaan Agung, dan Mahkamah Agung", "PT A, PT B, PT C": a list
        known, other = (b, a) if b.kind == "gaz" else (a, b)
        other.canonical = known.canonical


def english_acronyms(mentions: list[Mention]) -> None:
    """An English organisation name that a capital-letter acronym of the document stands for is called by
    that acronym, wherever the two were joined ("Global Water Council" and "GWC" are GWC), as a bracketed one
    is (:func:`_join_parentheses`); a name the table knows keeps the table's canonical."""
    table = {m.canonical for m in mentions if m.kind == "gaz"}
    renamed: dict[str, str] = {}
    for m in mentions:
        name = m.canonical or ""
        if m.type == "ORG" and name not in table and name not in renamed and _capital_acronym(m.text) \
                and _english_name(name) and _spells(m.text, name):
            renamed[name] = m.text
    if renamed:
        for m in mentions:
            if m.type == "ORG":
                m.canonical = renamed.get(m.canonical, m.canonical)
