"""Names folded onto other names of the document: a shorter name onto a longer one that holds its words
(unless the longer adds a person, a region or another field), a court named with its seat, and a one-word
party name onto the head the document writes it with. Called by :mod:`kabar.entities.canonical`."""
from __future__ import annotations

import re
from collections import Counter

from ..lang.id.canonical_forms import ELIDED_ORG_HEADS, OFFICE_LEVELS, RANK_OPENERS, TROPHY_WORDS
from ..lang.id.titles import SERVICE_RANKS, TITLE_WORDS
from .compose import _compose, _names_place
from .gazetteer import Gazetteer
from .recognize import Mention
from .regions import REGIONAL_SOURCES

# Types whose shorter names fold onto a longer one in the same document.
FOLDED_TYPES = ("ORG", "EVENT", "LOC", "LAW")
# The word joining two fields of one body's name ("Kementerian Hukum dan Hak Asasi Manusia").
AND = "dan"
# The word joining a court's name to the court it sits at.
SEATED_AT = " pada "
# Words that number a name (an edition, a law's number) between words of its shorter form.
EDITION_WORDS = frozenset({"ke", "nomor", "no", "tahun", "tentang", "nomor:"})
# Trophies, whose editions are named by adding a year.
TROPHY_HEADS = frozenset(w.casefold() for w in TROPHY_WORDS.values())
# Words opening a person's name after a body's: titles and ranks ("Polda Metro Jaya | Komisaris Besar ...").
PERSON_OPENERS = TITLE_WORDS | SERVICE_RANKS | RANK_OPENERS
ROMAN_DIGITS = "IVX"  # one-letter Roman numerals that number a body's unit ("Komisi I", "Kodam V")
YEAR = re.compile(r"(?:1[89]|20)\d\d")


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
    another field after "dan" ("Kementerian Hukum dan Hak Asasi Manusia" beside "Kementerian Hukum") or
    capitalised words no table knows ("Kementerian Perdagangan Oke Nurwan") names another thing or has one
    glued on, as has a name ending in a person's initial ("Kementerian Agama M"
    of "... Agama M. Yusuf") or going on with a title or rank ("Polda Metro Jaya Komisaris Besar"): it is
    no longer name for the shorter."""
    tail = longer.casefold().split()[len(words):]
    if any(" ".join(tail[k:]) in people for k in range(len(tail))) or _ends_in_initial(longer) \
            or tail[:1] and tail[0] in PERSON_OPENERS and longer.casefold().split()[:len(words)] == words:
        return True  # "Polda Metro Jaya Komisaris Besar": the body and an officer's rank, not a longer name
    if not one_body:
        return False
    if tail[:1] == [AND] and longer.casefold().split()[:len(words)] == words:
        return True  # "Kementerian Hukum" is not "Kementerian Hukum dan Hak Asasi Manusia": one field of two
    if _unknown_tail(longer, words, gaz):
        return True  # "Kementerian Perdagangan Oke Nurwan": a person or a unit glued on the body's name
    have = set(words)
    extra = [w for w in longer.split() if w.casefold() not in have and not _edition_word(w.casefold())]
    runs = (" ".join(extra[i:j]) for i in range(len(extra)) for j in range(i + 1, len(extra) + 1))
    return any(_names_region(run, gaz) for run in runs)


def _unknown_tail(longer: str, words: list[str], gaz: Gazetteer) -> bool:
    """The longer name is the shorter one and capitalised words after it that number nothing and that no
    table knows (not "Republik Indonesia", not "2024")."""
    written = longer.split()
    tail = written[len(words):]
    return longer.casefold().split()[:len(words)] == words and bool(tail) \
        and all(w[:1].isupper() and not _edition_word(w.casefold()) for w in tail) \
        and gaz.canonical_of(" ".join(tail)) is None


def _ends_in_initial(name: str) -> bool:
    """The name's last word is one capital letter, with or without a stop, and no Roman numeral ("Komisi
    I"): the initial opening a person's name that the name ran into."""
    last = name.rsplit(" ", 1)[-1].rstrip(".")
    return " " in name and len(last) == 1 and last.isupper() and last not in ROMAN_DIGITS


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
