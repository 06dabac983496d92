"""Within one document: give every mention its type and canonical name.

Rules, in order: gazetteer names take their table canonical; a capital is the city
after a place word ("tiba di Pyongyang") and otherwise the state acting (metonymy);
head-word names spell embedded aliases out ("Kongres AS" → "Kongres Amerika Serikat")
and fold onto a known alias they extend; an acronym in parentheses, or one whose
initials spell an earlier name, joins that name; "ORG, ORG," appositions join; a short
person mention joins the most salient compatible full name (:mod:`.people`); a bare head or compass word
("Semenanjung", "Selatan") stands for the earlier place it shortens.
"""
from __future__ import annotations

import re
from collections import Counter

from ..lang.id.entity_heads import (ADMIN_UNITS, FEATURE_HEADS, CITY_PREPOSITIONS, DATED_EVENT_HEADS, LIST_OPENERS, COMPASS_WORDS, LOC_HEADS,
                                    MOTION_VERBS, ORG_HEADS, PLACE_SPELLING_FOLDS)
from ..lang.id.canonical_forms import (ELIDED_ORG_HEADS, ENGLISH_FUNCTION_WORDS, ENGLISH_ORG_HEADS, EVENT_SHORT_HEADS,
                                       REGIONAL_HEADS, TROPHY_WORDS)
from .acronyms import BRACKETED_SHORT, resolve_acronyms, spells_words
from .gazetteer import Entry, Gazetteer
from .lexicon import is_common
from .places import home_alias, office_canonical
from .people import (_context_people, _join_clipped_names, _join_nicknames, _known_person, _resolve_people,
                     fold, join_partial_names, person_name)
from .recognize import Mention
from .spelling import fold_misspellings
from .tokens import tokenize

# A bare compass word with no earlier "X Barat" still names the West as a region.
DEFAULT_COMPASS = {"barat": ("Barat", "LOC")}
# A word written twice in a row by spelling an alias out.
DOUBLED_WORD = re.compile(r"\b(\w+) \1\b")
# Types whose shorter names fold onto a longer one in the same document.
FOLDED_TYPES = ("ORG", "EVENT", "LOC", "LAW")
# Words before a province's name that its canonical name leaves out.
PROVINCE_WORDS = frozenset({"provinsi", "propinsi", "prov"})
# A short form in brackets inside a name ("(KTT)"); the short form itself is read by acronyms.BRACKETED_SHORT.
BRACKETED = re.compile(r"\(\s*[^()\s]+\s*\)")
# Words and marks read back from a place for the unit word of its list.
LIST_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")
LIST_REACH = 200  # characters
OPENER_WORDS = frozenset(w for phrase in LIST_OPENERS for w in phrase.split())
# A year or an ordinal ("ke-43") that already names an event's edition.
EDITION_MARK = re.compile(r"\b(?:1[89]|20)\d\d\b|\bke-?\s?\d|(?<!\d)\d{1,3}(?:st|nd|rd|th)\b", re.I)
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
# Trophies, whose editions are named by adding a year.
TROPHY_HEADS = frozenset(w.casefold() for w in TROPHY_WORDS.values())
YEAR = re.compile(r"(?:1[89]|20)\d\d")
# A list going on after its second item (", dan", ", serta", ", atau").
LIST_GOES_ON = re.compile(r",\s*(?:dan|serta|atau|and|or)\s", re.I)
# An English trophy name: "Thomas Cup", "Uber Cup 2024".
TROPHY = re.compile(rf"(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*) (?P<cup>{'|'.join(TROPHY_WORDS)})(?P<year> \d{{4}})?")
# An English summit: "43rd ASEAN Summit", "G20 Summit 2024".
SUMMIT = re.compile(r"(?:(?P<n>\d{1,3})(?:st|nd|rd|th) )?(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*) Summit(?P<year> \d{4})?")
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
    mentions = _join_regional_offices(mentions, text)
    _bills(mentions, text)
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
    _fold_shorter_names(mentions)
    fold_misspellings(mentions)
    if year:
        _date_editions(mentions, year)
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


def _join_regional_offices(mentions: list[Mention], text: str) -> list[Mention]:
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


def _date_editions(mentions: list[Mention], year: str) -> None:
    """A recurring event named without its year or number is the edition of the article's year
    ("KTT APEC" in a 2024 report: "KTT APEC 2024"); the document's own dated name was folded in already."""
    for m in mentions:
        if m.type == "EVENT" and m.canonical and m.canonical.split()[0].casefold() in DATED_EVENT_HEADS \
                and not EDITION_MARK.search(m.canonical):
            m.canonical = f"{m.canonical} {year}"


# -- first pass: what each mention says on its own

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
    elif m.type in ("ORG", "EVENT", "LAW"):
        m.canonical = _elided_head(m.text, m.type, gaz) or (_trophy(m.text) or _summit(m.text) if m.type == "EVENT"
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


def _trophy(surface: str) -> str | None:
    """An English trophy name in the Indonesian order ("Thomas Cup 2024" is "Piala Thomas 2024")."""
    m = TROPHY.fullmatch(surface)
    return f"{TROPHY_WORDS[m.group('cup')]} {m.group('name')}{m.group('year') or ''}" if m else None


def _summit(surface: str) -> str | None:
    """An English summit's name in the Indonesian form ("43rd ASEAN Summit" is "KTT ke-43 ASEAN",
    "G20 Summit 2024" is "KTT G20 2024")."""
    m = SUMMIT.fullmatch(surface)
    if not m:
        return None
    edition = f"ke-{m.group('n')} " if m.group("n") else ""
    return f"KTT {edition}{m.group('name')}{m.group('year') or ''}"


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
    """The capital as a place: after a locative word, or a dateline at the very start."""
    before = re.findall(r"[\w’']+|,", text[max(0, m.start - 40):m.start].casefold())
    if not before or text[:m.start].endswith("\n"):
        return bool(DATELINE.match(text, m.end))  # "JAKARTA, KOMPAS.com -"
    words = [w for w in before if w != ","]
    prev = words[-1] if words else ""
    if prev in CITY_PREPOSITIONS or before[-2:] == ["ibukota", ","]:
        return True
    return prev == "dari" and len(words) > 1 and words[-2] in MOTION_VERBS


def _compose(surface: str, type_: str, gaz: Gazetteer) -> str:
    """A head-word name with embedded aliases spelled out, folded onto an alias it extends;
    a bracketed short form replaces the words it shortens ("Konferensi Tingkat Tinggi (KTT) G20"
    is "KTT G20"); a province keeps no "Provinsi"."""
    surface = _short_heads(_regional_head(_short_form(surface), type_), type_)
    words = surface.split()
    if type_ == "GPE" and len(words) > 1 and words[0].casefold() in PROVINCE_WORDS:
        rest = gaz.canonical_of(" ".join(words[1:]))
        if rest and rest.type == "GPE":
            return rest.canonical
    toks = tokenize(surface)
    parts, i, last = [], 0, 0
    while i < len(toks) and type_ not in ("GPE", "LOC"):  # "Gedung DPR" keeps its short form
        hit = gaz.lookup(toks, i)
        if hit and not i and (hit[0] >= len(toks) or hit[1].type != "ORG"
                              or not _names_place(surface[toks[hit[0]].start:], gaz)):
            hit = None  # the head itself: only a short organisation name before a place ("Kemenlu Brasil") is spelled out
        if hit and hit[1].type in ("GPE", "ORG") and hit[1].source != "capital" \
                and (len(hit[1].canonical) >= toks[hit[0] - 1].end - toks[i].start  # spelt out, never cut ("DKI Jakarta")
                     or hit[1].type == "ORG" and _capital_acronym(hit[1].canonical)):  # but a body named by its acronym (ASEAN)
            parts.append(surface[last:toks[i].start] + hit[1].canonical)
            last, i = toks[hit[0] - 1].end, hit[0]
        else:
            i += 1
    name = "".join(parts) + surface[last:]
    name = DOUBLED_WORD.sub(r"\1", name[:1].upper() + name[1:])  # "Partai" + "Partai NasDem"
    whole = gaz.canonical_of(name)
    if whole and whole.type == type_:
        return whole.canonical
    return _contained_alias(toks, type_, gaz) or name


def _regional_head(surface: str, type_: str) -> str:
    """A regional office's short head word spelled out before its place ("Polres Bogor" is
    "Kepolisian Resor Bogor"); the head alone is left as written."""
    head, _, rest = surface.partition(" ")
    full = REGIONAL_HEADS.get(head.casefold()) if type_ == "ORG" and rest[:1].isupper() else None
    return f"{full} {rest}" if full else surface


def _short_heads(surface: str, type_: str) -> str:
    """An event's head written out that its name shortens ("Konferensi Tingkat Tinggi G20" is "KTT G20")."""
    if type_ != "EVENT":
        return surface
    for full, short in EVENT_SHORT_HEADS.items():
        if surface.casefold().startswith(full.casefold() + " "):
            return short + surface[len(full):]
    return surface


def _contained_alias(toks: list, type_: str, gaz: Gazetteer) -> str | None:
    """The alias a name extends by a word or two, unless the name ends in a place: "Pengadilan Tindak
    Pidana Korupsi Jakarta" is the Jakarta court, not the court in general."""
    words = [t.text for t in toks if t.is_word]
    alias = gaz.contained_alias(words, type_)
    if alias is None:
        return None
    known = {w.casefold() for w in alias.split()}
    rest = [w for w in words if w.casefold() not in known]
    return None if rest and _names_place(" ".join(rest), gaz) else alias


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


def _fold_shorter_names(mentions: list[Mention]) -> None:
    """A head-word name whose words all occur, in order, in a longer name of the same type in the
    document is that name ("KTT ASEAN" in "KTT ke-42 ASEAN", "Gedung Bundar" in "Gedung Bundar Kejaksaan Agung");
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
                      and not _ends_with_person(n, words, people)]
            folded[key] = max(longer, key=lambda n: (named_times[(m.type, n)], len(n))) if longer else None
        m.canonical = folded[key] or m.canonical
    for m in mentions:  # an acronym standing for a folded name follows it ("PDN" for "Pusat Data Nasional")
        if m.kind not in ("head", "gaz", "name") and folded.get((m.type, m.canonical)):
            m.canonical = folded[(m.type, m.canonical)]


def _ends_with_person(longer: str, words: list[str], people: set[str]) -> bool:
    """A longer name ending in a person's name the document writes on its own is a place or body with
    the person glued on ("Kepulauan Seribu Junaedi" beside "Junaedi"), not a longer name for it."""
    tail = longer.casefold().split()[len(words):]
    return any(" ".join(tail[k:]) in people for k in range(len(tail)))


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
    """"Kantor Berita Resmi Korea Utara, Korean Central News Agency, melaporkan": one ORG."""
    for a, b in zip(mentions, mentions[1:]):
        if a.type != "ORG" or b.type != "ORG" or text[a.end:b.start] != ", ":
            continue
        if text[b.end:b.end + 1] != "," or a.kind == "gaz" and b.kind == "gaz" or LIST_GOES_ON.match(text, b.end):
            continue  # "Kepolisian RI, Kejaksaan Agung, dan Mahkamah Agung": a list, not one name twice
        known, other = (b, a) if b.kind == "gaz" else (a, b)
        other.canonical = known.canonical


# -- people

# -- short places and institutions

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
                features[key] = m.canonical if features.get(key, m.canonical) == m.canonical else None
    if not features:
        return
    for m in mentions:
        if m.entry is None and m.kind in ("name", "untagged", "initial") and features.get(fold(m.text)):
            m.type, m.canonical = "LOC", features[fold(m.text)]


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


def _admin_lists(mentions: list[Mention], text: str) -> None:
    """Places named after an administrative unit word, alone or in a list, carry it in their canonical
    name ("di kecamatan Banuhampu, Baso dan Matur", "Kecamatan Cibinong, Citeureup dan Babakan Madang")."""
    for m in mentions:
        if m.type not in ("GPE", "LOC", None) or m.text.split()[0].casefold() in ADMIN_UNITS:
            continue
        unit, written_lower = _admin_unit(text, m.start)
        if unit and (written_lower or m.kind != "gaz"):  # "Kabupaten Agam, Sumatera Barat": no list
            m.type, m.canonical = "GPE", f"{unit.capitalize()} {m.text}"


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
        i -= 1
    opened = False  # the words before the list, read from its end (only the last few are asked about)
    while i and (toks[i - 1] == ":" or toks[i - 1].casefold() in OPENER_WORDS):
        i -= 1
        opened = True
    if opened and i and toks[i - 1] == ",":
        i -= 1  # "kecamatan, yakni A": a comma only before a word opening the list
    unit = toks[i - 1].casefold() if i else None
    return (unit, True) if unit in ADMIN_UNITS else (None, False)


def _shorten_to_place(m: Mention, earlier: _EarlierNames, low: str) -> None:
    best = earlier.most_named(low, low in COMPASS_WORDS)
    if best:
        m.canonical, m.type = best
    elif low in DEFAULT_COMPASS and not m.initial:
        m.canonical, m.type = DEFAULT_COMPASS[low]
