"""A head-word name's canonical form: embedded aliases spelled out ("Kongres AS" → "Kongres Amerika
Serikat"), heads written as official names write them ("Kemenko X" → "Kementerian Koordinator Bidang X",
"Polres Bogor" → "Kepolisian Resor Bogor", "F-PD" → "Fraksi PD"), a bracketed short form in place of the
words it shortens, and a fold onto a known alias the name extends. Called by :mod:`kabar.entities.canonical`."""
from __future__ import annotations

import re

from ..lang.id.canonical_forms import (EVENT_SHORT_HEADS, HOME_COUNTRY, HOME_COUNTRY_FULL, HYPHENED_HEADS,
                                       OFFICIAL_HEADS, REGIONAL_HEADS)
from .acronyms import BRACKETED_SHORT, spells_words
from .gazetteer import Gazetteer
from .lexicon import is_common
from .places import office_canonical
from .tokens import tokenize

# A word written twice in a row by spelling an alias out.
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b")
# Words before a province's name that its canonical name leaves out.
PROVINCE_WORDS = frozenset({"provinsi", "propinsi", "prov"})
BILL_WORD = "rancangan"
COMPOSED_MEMO = 65536  # composed names remembered per gazetteer


def _compose(surface: str, type_: str, gaz: Gazetteer) -> str:
    """:func:`_composed`, remembered per gazetteer (the same heads recur from document to document)."""
    memo = gaz.__dict__.setdefault("_composed", {})
    key = surface, type_
    name = memo.get(key)
    if name is None:
        if len(memo) >= COMPOSED_MEMO:
            memo.clear()  # bounded: a long run meets ever new names
        name = memo[key] = _composed(surface, type_, gaz)
    return name  # never read back after the store: another thread may clear the memo in between


def _composed(surface: str, type_: str, gaz: Gazetteer) -> str:
    """A head-word name with embedded aliases spelled out, folded onto an alias it extends;
    a bracketed short form replaces the words it shortens ("Konferensi Tingkat Tinggi (KTT) G20"
    is "KTT G20"); a province keeps no "Provinsi"."""
    surface = _official_head(_short_heads(_regional_head(_short_form(surface), type_), type_), type_)
    words = surface.split()
    if type_ == "GPE" and len(words) > 1 and words[0].casefold() in PROVINCE_WORDS:
        rest = gaz.canonical_of(" ".join(words[1:]))
        if rest and rest.type == "GPE":
            return rest.canonical
    toks = tokenize(surface)
    if type_ in ("GPE", "LOC"):
        surface = _shortest_forms(surface, toks, gaz)
        toks = tokenize(surface)
    own = _home_body(surface, toks, gaz) if type_ == "ORG" else None
    if own:
        return own
    parts, i, last = [], 0, 0
    while i < len(toks) and type_ not in ("GPE", "LOC"):  # "Gedung DPR" keeps its short form
        hit = gaz.lookup(toks, i)
        if hit and not i and (hit[0] >= len(toks) or hit[1].type != "ORG"
                              or not _names_place(surface[toks[hit[0]].start:], gaz)):
            hit = None  # the head itself: only a short organisation name before a place ("Kemenlu Brasil") is spelled out
        if hit and hit[1].type in ("GPE", "ORG") and hit[1].source != "capital" \
                and (len(hit[1].canonical) >= toks[hit[0] - 1].end - toks[i].start  # spelt out, never cut ("DKI Jakarta")
                     or hit[1].type == "ORG" and _capital_acronym(hit[1].canonical)):  # but a body named by its acronym (ASEAN)
            spelt = hit[1].canonical if i else _without_home_country(hit[1].canonical)  # "Kemenlu | Brasil"
            parts.append(surface[last:toks[i].start] + spelt)
            last, i = toks[hit[0] - 1].end, hit[0]
        else:
            i += 1
    name = "".join(parts) + surface[last:]
    name = DOUBLED_WORD.sub(r"\1", name[:1].upper() + name[1:])  # "Partai" + "Partai NasDem"
    whole = gaz.canonical_of(name)
    if whole and whole.type == type_:
        return whole.canonical
    return _contained_alias(toks, type_, gaz) or name


def _home_body(surface: str, toks: list, gaz: Gazetteer) -> str | None:
    """A body the table knows followed by the home country only ("Kemenkes RI") is that body: Indonesian
    news names its own bodies with or without the country ("DPR RI" is "Dewan Perwakilan Rakyat")."""
    hit = gaz.lookup(toks, 0)
    if hit is None or hit[1].type != "ORG" or hit[0] >= len(toks):
        return None
    rest = gaz.canonical_of(surface[toks[hit[0]].start:])
    return hit[1].canonical if rest is not None and rest.type == "GPE" and rest.canonical == HOME_COUNTRY else None


def _shortest_forms(surface: str, toks: list, gaz: Gazetteer) -> str:
    """A place's name with a body's short form inside written in its shortest form the table knows for the
    same body ("Gedung DPR RI" is "Gedung DPR", as "DPR RI" and "DPR" are one body)."""
    for i in range(1, len(toks)):
        hit = gaz.lookup(toks, i)
        if hit and hit[0] - i > 1 and hit[1].type == "ORG":
            first = gaz.lookup(toks[:i + 1], i)
            if first and first[1].canonical == hit[1].canonical and toks[i].text.isupper():
                return surface[:toks[i].end] + surface[toks[hit[0] - 1].end:]
    return surface


def _without_home_country(name: str) -> str:
    """A body's name without the home country it ends in, to be followed by another country's name
    ("Kementerian Luar Negeri Republik Indonesia" before "Brasil" is "Kementerian Luar Negeri")."""
    return name[:-len(HOME_COUNTRY_FULL) - 1] if name.endswith(" " + HOME_COUNTRY_FULL) else name


def _regional_head(surface: str, type_: str) -> str:
    """A regional office's short head word spelled out before its place ("Polres Bogor" is
    "Kepolisian Resor Bogor"); the head alone is left as written."""
    head, _, rest = surface.partition(" ")
    full = REGIONAL_HEADS.get(head.casefold()) if type_ == "ORG" and rest[:1].isupper() else None
    return f"{full} {rest}" if full else surface


def _official_head(surface: str, type_: str) -> str:
    """A head the official names write longer ("Kementerian Koordinator Perekonomian" is "Kementerian
    Koordinator Bidang Perekonomian", "Tol Cipularang" is "Jalan Tol Cipularang"); as written otherwise."""
    low = surface.casefold()
    for written, official in OFFICIAL_HEADS.get(type_, {}).items():
        if low.startswith(written.casefold() + " ") and not low.startswith(official.casefold() + " "):
            return official + surface[len(written):]
    return surface


def _hyphened_head(surface: str) -> str | None:
    """An organisation's head word shortened to a letter glued by a hyphen, spelled out ("F-PD" is
    "Fraksi PD"); None where the name has none."""
    head, sep, rest = surface.partition("-")
    full = HYPHENED_HEADS.get(head) if sep and rest[:1].isupper() and " " not in surface else None
    return f"{full} {rest}" if full else None


def _short_heads(surface: str, type_: str) -> str:
    """An event's head written out that its name shortens ("Konferensi Tingkat Tinggi G20" is "KTT G20")."""
    if type_ != "EVENT":
        return surface
    for full, short in EVENT_SHORT_HEADS.items():
        if surface.casefold().startswith(full.casefold() + " "):
            return short + surface[len(full):]
    return surface


def _contained_alias(toks: list, type_: str, gaz: Gazetteer) -> str | None:
    """The alias a name extends by a word or two, unless the name ends in a place, a province's with or
    without "Provinsi" ("Pengadilan Tindak Pidana Korupsi Jakarta" is the Jakarta court, not the court in
    general; "Badan Narkotika Nasional Provinsi Bali" the office in Bali, named as "BNN Bali" is) or starts
    with a word the alias has not (a unit before its body; a bill, "Rancangan ...", is named as its law)."""
    words = [t.text for t in toks if t.is_word]
    alias = gaz.contained_alias(words, type_)
    if alias is None:
        return None
    known = {w.casefold() for w in alias.split()}.union(
        *(need for need, _, canonical in gaz.by_type.get(type_, ()) if canonical == alias))  # "UU" of "UU Cipta Kerja"
    if not _opens_alias(words[0], known, gaz):
        return None  # a unit written before its body ("BAKTI Kementerian Komunikasi dan Informatika") is the unit
    rest = [w for w in words if w.casefold() not in known]
    place = [w for w in rest if w.casefold() not in PROVINCE_WORDS]  # "Provinsi Bali" names Bali
    if not place or not _names_place(" ".join(place), gaz):
        return alias
    if len(place) < len(rest) and words[-len(rest):] == rest:  # the office, named as "BNN Bali" is
        return office_canonical(alias, gaz.canonical_of(" ".join(place)).canonical)
    return None


def _proper_word(words: str) -> bool:
    """One capitalised word, not an acronym nor an ordinary word: a name ("Kazan", not "BRICS" or "Iklim")."""
    return " " not in words and words.istitle() and not is_common(words)


def _opens_alias(word: str, known: set[str], gaz: Gazetteer) -> bool:
    """The first word of a name belongs to the alias it contains: one of its words, the short form of one
    ("UU" for "Undang-Undang"), or the word making a law a bill ("Rancangan")."""
    low = word.casefold()
    if low in known or low == BILL_WORD:
        return True
    entry = gaz.canonical_of(word)
    return entry is not None and entry.canonical.split()[0].casefold() in known


def _names_place(words: str, gaz: Gazetteer) -> bool:
    """The words name a place ("Brasil" after "Kemenlu", "Jakarta" after a court; not "TV")."""
    entry = gaz.canonical_of(words)
    return entry is not None and entry.type in ("GPE", "LOC")


def _short_form(surface: str) -> str:
    """"Tempat Pemakaman Umum (TPU) Karet Bivak" -> "TPU Karet Bivak" where the short form spells the
    words before it; otherwise the bracketed part is only dropped."""
    m = BRACKETED_SHORT.search(surface)
    if not m:
        return surface
    before, short, after = surface[:m.start()].split(), m.group(1), surface[m.end():].split()
    for n in range(len(before), 0, -1):
        if spells_words(short.casefold(), before[-n:]):
            return " ".join(before[:-n] + [short] + after)
    return " ".join(before + after)


def _capital_acronym(word: str) -> bool:
    """Three or more capital letters ("OECD", "USTR"; not "IsDB" or "AS")."""
    return len(word) >= 3 and word.isalpha() and word.isupper()
