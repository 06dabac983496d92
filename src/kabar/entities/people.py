"""People in one document: full names, the bare names that stand for them, nicknames and clipped
names, and the well-known persons of the gazetteer a name can be matched to however it is spelt.
Called by :func:`kabar.entities.canonical.resolve`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lang.id.entity_heads import NAME_VARIANTS, NICKNAME_AFTER_FULL, NICKNAME_BEFORE_FULL
from .gazetteer import Gazetteer
from .lexicon import is_common, is_person_word
from .recognize import Mention

# Salience weights for choosing the referent of a bare surname.
FAMOUS_BONUS = 0.5
RELATIVE_PENALTY = 0.5
RECENT_BONUS = 1.0
RECENT_SENTENCES = 1
CONTEXT_DISTANCE = 100  # sentences: a headline name never counts as recent
FAMOUS_WORD_MIN = 6  # letters of a bare name read as one well-known person's first or last name
# The shortest one-word name read as clipped from a full name ("Setnov").
MIN_CLIPPED = 4

# The words between a nickname and the full name it stands for, either way round.
_PHRASES = lambda ps: "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(ps, key=len, reverse=True))
NICK_FIRST = re.compile(rf"\s*+,\s*+(?:{_PHRASES(NICKNAME_BEFORE_FULL)})\s++", re.I)
NICK_LAST = re.compile(rf"\s*+,?+\s*+(?:{_PHRASES(NICKNAME_AFTER_FULL)})\s++", re.I)
# A comma before a generation suffix in a name ("Ferdinand Marcos, Jr.").
GENERATION_COMMA = re.compile(r"(?<!\s)\s*,\s*(?=(?:Jr|Sr)\b)")


@dataclass
class _Person:
    canonical: str
    words: tuple[str, ...]
    count: float
    last_sent: int
    relative: bool
    famous: bool


_FOLDED = re.compile(r"[\s\-.'’\"]+")
_DOUBLED = re.compile(r"(.)\1+")
_WORD_GAPS = re.compile(r"[\s\-]+")  # what separates a name's words (compiled once: split per mention)
_WORD_GAPS_DOTS = re.compile(r"[\s\-.]+")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A comparison key: no case, spaces, hyphens, dots or quotes (cached: a document compares its
    names with each other many times)."""
    return _FOLDED.sub("", name).casefold()


@lru_cache(maxsize=65536)
def _gap_words(name: str) -> tuple[str, ...]:
    """A name's words in lower case, split at spaces and hyphens (cached: names recur)."""
    return tuple(w.casefold() for w in _WORD_GAPS.split(name) if w)


def person_name(surface: str) -> str:
    """A person's name with spelling variants folded ("Sergey" → "Sergei") and no comma before a
    generation suffix ("Marcos, Jr." → "Marcos Jr.")."""
    surface = GENERATION_COMMA.sub(" ", surface)
    return " ".join(NAME_VARIANTS.get(w.casefold(), w) for w in surface.split())


def _known_person(name: str, gaz: Gazetteer) -> str:
    """A well-known person written with a middle name, initial or without one ("Donald J. Trump",
    "Purbaya Sadewa"), or after a word the tagger glued on: the table's full name sharing the first and
    last words, where only one does."""
    words = name.split()
    if len(words) < 2:
        return name
    table = _people_by_ends(gaz)
    found = table.get((loose_key(words[0]), loose_key(words[-1])))
    if found is None and len(words) > 2:  # an office's short name glued before it ("Aptika Semuel Pangerapan")
        found = table.get((loose_key(words[1]), loose_key(words[-1])))
    return found or name


@lru_cache(maxsize=65536)
def loose_key(word: str) -> str:
    """A name word with the spelling news varies left out: no "h", no doubled letter, "oe" as "u"
    ("Syamsudin" and "Syamsuddin", "Jhonny" and "Johnny" share one key)."""
    key = fold(word).replace("oe", "u").replace("h", "")
    return _DOUBLED.sub(r"\1", key)


def _people_by_ends(gaz: Gazetteer) -> dict[tuple[str, str], str | None]:
    """(first word, last word) -> the one well-known person's canonical name (built once per gazetteer)."""
    table = getattr(gaz, "_people_by_ends", None)
    if table is None:
        table = {}
        for canonical in sorted(gaz.famous):
            words = canonical.split()
            if len(words) >= 2:
                key = (loose_key(words[0]), loose_key(words[-1]))
                table[key] = canonical if table.get(key, canonical) == canonical else None
        gaz._people_by_ends = table
    return table


def _context_people(context: list[Mention], gaz: Gazetteer) -> list[_Person]:
    """People fully named in the context, weighted as one mention, long before the text."""
    people: list[_Person] = []
    for m in context:
        if m.type == "PER" and m.kind in ("gaz", "name"):
            name = m.entry.canonical if m.kind == "gaz" else person_name(m.text)
            words = _gap_words(name)
            if len(words) > 1 and all(fold(p.canonical) != fold(name) for p in people):
                people.append(_Person(name, words, 1, -CONTEXT_DISTANCE, m.relative, name in gaz.famous))
    return people


def _resolve_people(mentions: list[Mention], gaz: Gazetteer, people: list[_Person]) -> None:
    """Full names found entities; bare names join the most salient compatible one."""
    pending: list[Mention] = []
    for m in mentions:
        if not _maybe_person(m):
            _retype_bare_surname(m, people)
            continue
        words = _gap_words(m.canonical or m.text)
        if len(words) > 1 and m.type == "PER":
            _add_person(people, m, words, gaz)
            continue
        best = _best_person(people, words[0] if words else "", m.sent)
        if best:
            m.type, m.canonical = "PER", best.canonical
            best.count += 1
            best.last_sent = m.sent
        elif m.type == "PER" and m.kind == "gaz":
            _add_person(people, m, words, gaz)
        else:
            pending.append(m)
    for m in pending:
        _settle_unmatched(m, people, gaz)


def _retype_bare_surname(m: Mention, people: list[_Person]) -> None:
    """A one-word name a tagger typed as an organisation or place ("vonis untuk Batubara") that is the
    last word of a person named in full earlier: that person. Table and head-word names stay, and so
    does a first word ("Sriwijaya" of a misread "Sriwijaya Air")."""
    if m.kind != "name" or m.entry is not None or m.type not in ("ORG", "GPE", "LOC") or " " in m.text:
        return
    best = _best_person(people, m.text.casefold(), m.sent)
    if best and best.words[-1] == m.text.casefold():
        m.type, m.canonical = "PER", best.canonical
        best.count += 1
        best.last_sent = m.sent


def join_partial_names(mentions: list[Mention], gaz: Gazetteer) -> None:
    """A person written with fewer words of the same full name in the document ("Yong Kim" beside
    "Jim Yong Kim", "Johnny Plate" beside "Johnny G Plate"): its words, in order, sharing the first
    or last word of exactly one longer person's name, are that person. Where the shorter name is a
    well-known person's name, the longer one is written out and takes it instead."""
    full = {m.canonical for m in mentions if m.type == "PER" and m.canonical and " " in m.canonical}
    words_of = {name: _name_words(name) for name in full}
    joined: dict[str, str] = {}
    for name in sorted(full, key=len):
        short = words_of[name]
        hits = [n for n in full if len(words_of[n]) > len(short) and _partial_of(short, words_of[n])]
        if len(hits) != 1:
            continue
        if name in gaz.famous and hits[0] not in gaz.famous:
            joined[hits[0]] = name
        else:
            joined[name] = hits[0]
    for m in mentions:
        if m.type == "PER" and m.canonical in joined:
            m.canonical = joined[m.canonical]


def _name_words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD_GAPS_DOTS.split(name) if w]


def _partial_of(short: list[str], longer: list[str]) -> bool:
    """``short`` occurs in ``longer`` in order and shares its first or its last word."""
    if short[0] != longer[0] and short[-1] != longer[-1]:
        return False
    it = iter(longer)
    return all(w in it for w in short)


def _join_clipped_names(mentions: list[Mention]) -> None:
    """A one-word name clipped from the first syllables of a full name in the document
    ("Setnov" for Setya Novanto, "Jokowi" for Joko Widodo) is that person."""
    full = {m.canonical for m in mentions if m.type == "PER" and m.canonical and " " in m.canonical}
    words_of = [(name, name.casefold().split()) for name in full]  # split once, not per mention
    for m in mentions:
        if m.type != "PER" or " " in m.text or m.canonical != m.text or len(m.text) < MIN_CLIPPED:
            continue
        short = m.text.casefold()
        hits = [name for name, words in words_of  # the first word's first two letters open it, or no clip
                if words and words[0][:2] == short[:2] and _clipped_from(short, words)]
        if len(hits) == 1:
            m.canonical = hits[0]


def _clipped_from(short: str, words: list[str]) -> bool:
    """``short`` is made of the starts (two letters or more) of two or more of ``words`` in order,
    the first of them included."""
    def go(i: int, j: int, used: int) -> bool:
        if i == len(short):
            return used >= 2
        if j == len(words):
            return False
        k = 2
        while i + k <= len(short) and k <= len(words[j]) and short[i:i + k] == words[j][:k]:
            if go(i + k, j + 1, used + 1):
                return True
            k += 1
        return used > 0 and go(i, j + 1, used)  # a middle word left out ("Susilo Bambang | Yudhoyono")

    return go(0, 0, 0)


def _join_nicknames(mentions: list[Mention], text: str) -> None:
    """"Jojo, sapaan akrab Jonatan Christie" and "Jonatan Christie yang akrab disapa Jojo": every
    mention of the one-word nickname takes the full name."""
    nick: dict[str, str] = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.type != "PER" or b.type != "PER":
            continue
        gap = text[a.end:b.start]
        if NICK_FIRST.fullmatch(gap) and " " not in a.text and " " in b.canonical:
            nick[a.text] = b.canonical
        elif NICK_LAST.fullmatch(gap) and " " not in b.text and " " in a.canonical:
            nick[b.text] = a.canonical
    for m in mentions:
        if m.type == "PER" and m.text in nick:
            m.canonical = nick[m.text]


def _maybe_person(m: Mention) -> bool:
    return m.type == "PER" or (m.type is None and m.kind in ("name", "initial", "untagged"))


def _add_person(people: list[_Person], m: Mention, words: tuple[str, ...], gaz: Gazetteer) -> None:
    key = fold(m.canonical)
    for p in people:
        if fold(p.canonical) == key:
            p.count += 1
            p.last_sent = m.sent
            m.canonical = p.canonical
            return
    people.append(_Person(m.canonical, words, 1, m.sent, m.relative, m.canonical in gaz.famous))


def _best_person(people: list[_Person], word: str, sent: int) -> _Person | None:
    """The compatible person (first or last name matches) with the highest salience."""
    cands = [p for p in people if len(p.words) > 1 and word in (p.words[0], p.words[-1])]
    if not cands:
        return None
    # A name seen only in the headline loses to one the body writes: headline casing is no evidence
    # of where a name ends ("Juliari Batubara Jalani Sidang" above "Juliari Batubara").
    in_body = [p for p in cands if p.last_sent > -CONTEXT_DISTANCE]
    return max(in_body or cands, key=lambda p: _salience(p, sent))


def _salience(p: _Person, sent: int) -> float:
    score = p.count + FAMOUS_BONUS * p.famous - RELATIVE_PENALTY * p.relative
    return score + (RECENT_BONUS if sent - p.last_sent <= RECENT_SENTENCES else 0.0)


def _settle_unmatched(m: Mention, people: list[_Person], gaz: Gazetteer) -> None:
    """A bare name no earlier full name explains: a later full name, or a person of its own."""
    word = m.text.casefold()
    later = [p for p in people if len(p.words) > 1 and word in (p.words[0], p.words[-1])]
    later = later or _by_middle_word(people, word, m)
    if later:
        m.type, m.canonical = "PER", max(later, key=lambda p: p.count).canonical
    elif m.type == "PER" or not (is_common(m.text) or m.initial or m.kind in ("initial", "untagged")):
        m.type, m.canonical = "PER", _famous_by_word(m.text, gaz) or person_name(m.text)


def _by_middle_word(people: list[_Person], word: str, m: Mention) -> list[_Person]:
    """The one person of the document whose middle name the bare name is ("Dasco" for Sufmi Dasco
    Ahmad): Indonesian news often calls a person by the middle word of a three-word name. Only a
    word no one's first or last name explains, written as a name (not a common word), and only
    where one person fits."""
    if m.type != "PER" and (is_common(m.text) or m.initial or m.kind in ("initial", "untagged")):
        return []
    found = [p for p in people if len(p.words) > 2 and word in p.words[1:-1]]
    return found if len({p.canonical for p in found}) == 1 else []


def _famous_by_word(word: str, gaz: Gazetteer) -> str | None:
    """A bare name no full name in the document explains, naming one well-known person by first or
    last word ("Lodewijk", "Semuel"); never a short word, an ordinary one or a common given name."""
    if " " in word or len(word) < FAMOUS_WORD_MIN or is_common(word) or is_person_word(word):
        return None  # "Ahmad", "Hidayat": many people's names, no one person's
    return _people_by_word(gaz).get(loose_key(word))


def _people_by_word(gaz: Gazetteer) -> dict[str, str | None]:
    """First or last word -> the one well-known person's canonical name (built once per gazetteer)."""
    table = getattr(gaz, "_people_by_word", None)
    if table is None:
        table = {}
        for canonical in sorted(gaz.famous):
            words = canonical.split()
            for w in {words[0], words[-1]} if len(words) > 1 else ():
                key = loose_key(w)
                table[key] = canonical if table.get(key, canonical) == canonical else None
        gaz._people_by_word = table
    return table
