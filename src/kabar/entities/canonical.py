"""Within one document: give every mention its type and canonical name.

Rules, in order: gazetteer names take their table canonical; a capital is the city
after a place word ("tiba di Pyongyang") and otherwise the state acting (metonymy);
head-word names spell embedded aliases out ("Kongres AS" → "Kongres Amerika Serikat"),
write heads as official names do ("Kemenko X" → "Kementerian Koordinator Bidang X", "F-PD" →
"Fraksi PD") and fold onto a known alias they extend; an acronym in parentheses, or one whose
initials spell an earlier name, joins that name; "ORG, ORG, <verb>" appositions join; a short
person mention joins the most salient compatible full name (:mod:`.people`); a bare head or compass word
("Semenanjung", "Selatan") stands for the earlier place it shortens (:mod:`.short_places`); a court named
with its seat is the court of the seat's place; a name holding a short form is the name spelling it out
(:mod:`.acronyms`); a shorter name folds onto a longer one of the document unless the longer adds a person,
or a region or another field to one body's name; then misspellings (:mod:`.spelling`), initials
(:mod:`.initials`), regional bodies (:mod:`.regions`), names two bodies share (:mod:`.namesakes`) and
events' editions (:mod:`.events`).
"""
from __future__ import annotations

import re
from collections import Counter

from ..lang.id.calendar import WEEKDAYS
from ..lang.id.entity_heads import CITY_PREPOSITIONS, MOTION_VERBS, PLACE_SPELLING_FOLDS
from ..lang.id.canonical_forms import (CITY_WORDS, ELIDED_ORG_HEADS, ENGLISH_FUNCTION_WORDS, ENGLISH_ORG_HEADS,
                                       EVENT_SHORT_HEADS, HOME_COUNTRY, HOME_COUNTRY_FULL, HYPHENED_HEADS,
                                       OFFICE_LEVELS, OFFICIAL_HEADS, REGIONAL_HEADS, TROPHY_WORDS)
from .acronyms import BRACKETED_SHORT, fold_short_forms, resolve_acronyms, spells_words
from .events import date_editions, event_years, home_elections, host_summits, summit, trophy
from .gazetteer import Entry, Gazetteer
from .initials import join_initials
from .lexicon import is_common
from .people import (_context_people, _join_clipped_names, _join_nicknames, _known_person, _resolve_people,
                     fold, join_partial_names, person_name)
from .namesakes import tell_namesakes
from .recognize import Mention
from .regions import REGIONAL_SOURCES, join_regional_offices, regional_bodies
from .short_places import _admin_lists, _elided_feature_heads, _resolve_short_places
from .spelling import fold_misspellings
from .tokens import tokenize

# A word written twice in a row by spelling an alias out.
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b")
# Types whose shorter names fold onto a longer one in the same document.
FOLDED_TYPES = ("ORG", "EVENT", "LOC", "LAW")
# Words before a province's name that its canonical name leaves out.
PROVINCE_WORDS = frozenset({"provinsi", "propinsi", "prov"})
# A short form in brackets inside a name ("(KTT)"); the short form itself is read by acronyms.BRACKETED_SHORT.
BRACKETED = re.compile(r"\(\s*[^()\s]+\s*\)")
# The word joining two fields of one body's name ("Kementerian Hukum dan Hak Asasi Manusia").
AND = "dan"
# The word joining a court's name to the court it sits at.
SEATED_AT = " pada "
# Words that number a name (an edition, a law's number) between words of its shorter form.
EDITION_WORDS = frozenset({"ke", "nomor", "no", "tahun", "tentang", "nomor:"})
ROMAN = re.compile(r"[IVXLC]+")
# An age right after a name: ", 51 tahun", " (34)", ", 27,".
AGE_AFTER = re.compile(r"(?:,\s*\d{1,3}\s+tahun\b|\s*\(\d{1,3}(?:\s+tahun)?\))")
# "Putri"/"Putra" after a name and before no other capitalised word.
CHILD_SUFFIX = re.compile(r" (?:Putri|Putra)(?=[\s,.;:!?)”\"']|$)(?! +[A-Z])")
# The word before a law that makes it a bill.
BILL = re.compile(r"\bRancangan $")
BILL_REACH = len("Rancangan ") + 1
BILL_WORD = "rancangan"
# Trophies, whose editions are named by adding a year.
TROPHY_HEADS = frozenset(w.casefold() for w in TROPHY_WORDS.values())
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# After a name set off by commas, the sentence going on ("..., melaporkan"), not a list (", dan", ", serta").
CLAUSE_GOES_ON = re.compile(r",\s*(?!(?:dan|serta|atau|and|or)\s)[a-z]")
# What ends an address: a stop, a bracket, a dash, the line's end, or a comma and the date
# ("Gedung DPR, Jakarta, Senin (5/10)"); not a comma going on with a list ("Washington, Seoul, dan Tokyo").
ADDRESS_END = re.compile(rf"\s*(?:[.;)\n]|[-–—]|$|,\s*(?:{'|'.join(map(re.escape, WEEKDAYS))}|\d))", re.I)
# What follows a city opening a dateline: a comma or dash and the outlet or the story.
DATELINE = re.compile(r"(?<!\s)\s*+(?:,|[-–—]\s)")


def resolve(mentions: list[Mention], text: str, gaz: Gazetteer,
            context: list[Mention] = (), year: str | None = None) -> list[Mention]:
    """Type and canonicalise every mention; drop those no rule can place.

    ``context`` holds mentions from outside the text (the headline): full person names
    there explain bare names in the text ("Kim" under a headline naming Kim Jong Un).
    """
    _child_suffixes(mentions, text)
    for m in mentions:
        _first_canonical(m, text, gaz)
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
    _admin_lists(mentions, text)
    _seated_courts(mentions, gaz)
    _elided_heads_written(mentions)
    fold_short_forms(mentions)
    _fold_shorter_names(mentions, gaz)
    host_summits(mentions, lambda words: _names_place(words, gaz) or _proper_word(words))
    fold_misspellings(mentions)
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
        m.canonical = _known_person(person_name(m.text), gaz)
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


def spelling_key(name: str) -> str:
    """A place name with its foreign spellings folded ("Kazakhstan" and "Kazakstan" share one key)."""
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


def _compose(surface: str, type_: str, gaz: Gazetteer) -> str:
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
    """The alias a name extends by a word or two, unless the name ends in a place ("Pengadilan Tindak
    Pidana Korupsi Jakarta" is the Jakarta court, not the court in general) or starts with a word the
    alias has not (a unit before its body; a bill, "Rancangan ...", is named as its law)."""
    words = [t.text for t in toks if t.is_word]
    alias = gaz.contained_alias(words, type_)
    if alias is None:
        return None
    known = {w.casefold() for w in alias.split()}.union(
        *(need for need, _, canonical in gaz.by_type.get(type_, ()) if canonical == alias))  # "UU" of "UU Cipta Kerja"
    if not _opens_alias(words[0], known, gaz):
        return None  # a unit written before its body ("BAKTI Kementerian Komunikasi dan Informatika") is the unit
    rest = [w for w in words if w.casefold() not in known]
    return None if rest and _names_place(" ".join(rest), gaz) else alias


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


def _fold_shorter_names(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A head-word name whose words all occur, in order, in a longer name of the same type in the
    document is that name ("KTT ASEAN" in "KTT ke-42 ASEAN", "Gedung Bundar" in "Gedung Bundar Kejaksaan Agung"),
    unless the longer one adds a person, or a region or another field to one body's name (:func:`_adds_another`);
    of several such names, the one the document writes most often."""
    named = [m for m in mentions if m.type in FOLDED_TYPES and m.canonical and m.kind in ("head", "gaz", "name")
             and (" " in m.canonical or m.type == "ORG" and m.kind == "name")]  # "Danantara" in "BPI Danantara"
    by_word: dict[tuple[str, str], dict[str, None]] = {}  # (type, word) -> the names holding it, in order
    for n in named:
        for w in n.canonical.casefold().split():
            by_word.setdefault((n.type, w), {})[n.canonical] = None
    for n in _coordinations(named):  # "Piala Thomas dan Uber" beside "Piala Uber": two names, no fold target
        for w in n.canonical.casefold().split():
            by_word.get((n.type, w), {}).pop(n.canonical, None)
    folded: dict[tuple[str, str], str | None] = {}  # each distinct name is looked at once
    people = {m.text.casefold() for m in mentions if m.type == "PER"}
    named_times = Counter((n.type, n.canonical) for n in named)  # the name written most often wins a tie of targets
    for m in named:
        key = (m.type, m.canonical)
        if key not in folded:
            words = m.canonical.casefold().split()
            longer = [n for n in by_word.get((m.type, words[0]), {}) if len(n.split()) > len(words)
                      and _in_order(words, n.casefold().split(), m.kind != "gaz") and not _trophy_edition(words, n)
                      and not _adds_another(n, words, people, gaz, _one_body(m))]
            folded[key] = max(longer, key=lambda n: (named_times[(m.type, n)], len(n))) if longer else None
        m.canonical = folded[key] or m.canonical
    for m in mentions:  # an acronym standing for a folded name follows it ("PDN" for "Pusat Data Nasional")
        if m.kind not in ("head", "gaz", "name") and folded.get((m.type, m.canonical)):
            m.canonical = folded[(m.type, m.canonical)]


def _seated_courts(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A court named with the court it sits at ("Pengadilan Tipikor pada PN Jakarta Pusat") is named by
    its own name and the seat's place, as the document writes it with the fewest words of that place
    ("Pengadilan Tindak Pidana Korupsi Jakarta" where the document names it so), else the whole place."""
    names = {m.canonical for m in mentions if m.type == "ORG" and m.canonical}
    for m in mentions:
        own, at, seat = (m.canonical or "").partition(SEATED_AT)
        if m.type != "ORG" or not at or not own:
            continue
        place = _seat_place(seat.split(), gaz)
        if place:
            own = _compose(own, "ORG", gaz)
            named = [f"{own} {' '.join(place[:k])}" for k in range(1, len(place) + 1)]
            m.canonical = next((n for n in named if n in names), named[-1])


def _seat_place(words: list[str], gaz: Gazetteer) -> list[str] | None:
    """The place words of a court's name: after the longest head the table knows as an organisation
    ("Pengadilan Negeri | Bandung"), or the longest end naming a place ("... | Jakarta Pusat")."""
    for k in range(len(words) - 1, 0, -1):
        head = gaz.canonical_of(" ".join(words[:k]))
        if head is not None and head.type == "ORG" and words[k][:1].isupper():
            return words[k:]
    return next((words[k:] for k in range(1, len(words)) if _names_place(" ".join(words[k:]), gaz)), None)


def _adds_another(longer: str, words: list[str], people: set[str], gaz: Gazetteer, one_body: bool) -> bool:
    """A longer name that adds to the shorter one a person's name the document writes on its own
    ("Kepulauan Seribu Junaedi" beside "Junaedi") or, to the table's name of ``one_body`` (one body, not a
    class of offices), a region ("Komisi Pemilihan Umum Jawa Barat" beside "Komisi Pemilihan Umum") or
    another field after "dan" ("Kementerian Hukum dan Hak Asasi Manusia" beside "Kementerian Hukum") names
    another thing or has one glued on: it is no longer name for the shorter."""
    tail = longer.casefold().split()[len(words):]
    if any(" ".join(tail[k:]) in people for k in range(len(tail))):
        return True
    if not one_body:
        return False
    if tail[:1] == [AND] and longer.casefold().split()[:len(words)] == words:
        return True  # "Kementerian Hukum" is not "Kementerian Hukum dan Hak Asasi Manusia": one field of two
    have = set(words)
    extra = [w for w in longer.split() if w.casefold() not in have and not _edition_word(w.casefold())]
    runs = (" ".join(extra[i:j]) for i in range(len(extra)) for j in range(i + 1, len(extra) + 1))
    return any(_names_region(run, gaz) for run in runs)


def _names_region(words: str, gaz: Gazetteer) -> bool:
    """The words name a region inside a country, where a national body has an office ("Jawa Barat", not "China")."""
    entry = gaz.canonical_of(words)
    return entry is not None and entry.type in ("GPE", "LOC") and entry.source in REGIONAL_SOURCES


def _one_body(m: Mention) -> bool:
    """A table's organisation that is one body (Komisi Pemilihan Umum), not a class of offices each region
    has, named by its level ("Pengadilan Negeri", "Kejaksaan Tinggi", "Badan ... Daerah")."""
    return m.kind == "gaz" and m.type == "ORG" and m.canonical.rsplit(" ", 1)[-1].casefold() not in OFFICE_LEVELS


def _elided_heads_written(mentions: list[Mention]) -> None:
    """A one-word organisation name ("Demokrat") that the document also writes after a head word its name
    drops ("Fraksi Partai Demokrat") is named with that head ("Partai Demokrat"), as the table's parties are."""
    written = {}
    for m in mentions:
        words = (m.canonical or "").split() if m.type == "ORG" else []
        if len(words) > 1 and words[-2] in ELIDED_ORG_HEADS:  # the head and one word end the name
            written.setdefault(words[-1].casefold(), f"{words[-2]} {words[-1]}")
    if written:
        for m in mentions:
            if m.type == "ORG" and m.canonical == m.text and " " not in m.text and m.text.casefold() in written:
                m.canonical = written[m.text.casefold()]


def _trophy_edition(words: list[str], longer: str) -> bool:
    """"Piala Thomas 2020" is one edition of the trophy "Piala Thomas", not another name for it."""
    rest = longer.split()[len(words):]
    return words[0] in TROPHY_HEADS and len(rest) == 1 and bool(YEAR.fullmatch(rest[0]))


def _coordinations(named: list[Mention]) -> list[Mention]:
    """Names joining two of the same kind with "dan" ("Piala Thomas dan Uber") where the document
    also names the second on its own ("Piala Uber")."""
    names = {(n.type, n.canonical.casefold()) for n in named}
    out = []
    for n in named:
        words = n.canonical.split()
        if "dan" in words[2:-1]:
            second = " ".join([words[0]] + words[words.index("dan") + 1:]).casefold()
            if (n.type, second) in names:
                out.append(n)
    return out


def _in_order(words: list[str], longer: list[str], inside: bool = True) -> bool:
    """``words`` occur in ``longer`` in the same order, the first word first; without ``inside``, with
    nothing but an edition's number between two of them: a table's name ("Kitab Undang-Undang Hukum
    Pidana") is not another name that writes more words inside it ("... Hukum Acara Pidana")."""
    if not longer or words[0] != longer[0]:
        return False
    k = 0
    for w in longer:
        if k < len(words) and w == words[k]:
            k += 1
        elif 0 < k < len(words) and not inside and not _edition_word(w):
            return False
    return k == len(words)


def _edition_word(word: str) -> bool:
    """A word that numbers a name rather than naming something else ("ke-42", "2024", "Nomor", "tentang")."""
    return any(c.isdigit() for c in word) or word in EDITION_WORDS


# -- joins between mentions

def _join_parentheses(mentions: list[Mention], text: str) -> None:
    """"Otoritas Penarikan Presiden (PDA)": the bracketed acronym names the same thing. An English
    name takes its capital-letter acronym as the name ("... Development (OECD)" is OECD)."""
    renamed: dict[str, str] = {}
    for a, b in zip(mentions, mentions[1:]):
        if text[a.end:b.start].strip() != "(" or not text[b.end:].lstrip().startswith(")"):
            continue
        if b.kind == "acronym" or (b.kind in ("name", "untagged") and b.type in (None, a.type)):
            b.type, b.canonical = a.type, a.canonical
            if a.type == "ORG" and a.kind != "gaz" and _english_name(a.canonical or "") and _capital_acronym(b.text):
                renamed[a.canonical] = b.canonical = b.text
        elif a.kind in ("head", "name") and a.type == b.type:
            a.canonical = b.canonical
    for m in mentions:
        m.canonical = renamed.get(m.canonical, m.canonical)


def _english_name(name: str) -> bool:
    """A name written in English: an English function word inside, or an English head word last."""
    words = [w.casefold() for w in re.findall(r"[\w'’]+", name)]
    return len(words) > 1 and (any(w in ENGLISH_FUNCTION_WORDS for w in words[1:-1]) or words[-1] in ENGLISH_ORG_HEADS)


def _capital_acronym(word: str) -> bool:
    """Three or more capital letters ("OECD", "USTR"; not "IsDB" or "AS")."""
    return len(word) >= 3 and word.isalpha() and word.isupper()


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


# -- people
