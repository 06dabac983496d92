"""Unknown acronyms resolved inside one document: an acronym takes the name it was bracketed after or
inside ("Badan Pusat Statistik (BPS)"), or the first named organisation, law or event whose initials it
spells, in Indonesian or through the English translation of every word read backwards ("NSC" for "Dewan
Keamanan Nasional"). A name holding a short form, typed or not ("Fraksi PD", "Kemenkes"), is the name the
document writes with that short form spelled out (:func:`fold_short_forms`)."""
from __future__ import annotations

import re
from collections import Counter

from ..lang.id.entity_heads import ACRONYM_WORDS, NAME_CONNECTORS
from .recognize import Mention

BRACKETED_SHORT = re.compile(r"\(\s*([^()\s]+)\s*\)")


def resolve_acronyms(mentions: list[Mention]) -> None:
    """Unknown acronyms take the name they were bracketed after or inside, or whose initials they spell."""
    named = [m for m in mentions if m.kind in ("head", "gaz") and m.type in ("ORG", "LAW", "EVENT")]
    known = {m.text: m for m in mentions if m.kind == "acronym" and m.type}
    for m in mentions:
        if m.kind == "head" and m.canonical:
            known.update((short, m) for short in BRACKETED_SHORT.findall(m.text) if short not in known)
    spelled = _Spelled(named)
    for m in mentions:
        if m.kind != "acronym" or m.type:
            continue
        src = known.get(m.text) or spelled.first(m.text)
        if src:
            m.type, m.canonical = src.type, src.canonical


class _Spelled:
    """The first named mention whose name an acronym spells, found by index (not by trying every name).

    Initials are looked up in a table; only the few names whose every word has an English
    translation are tried one by one (acronyms of translations, read backwards).
    """

    def __init__(self, named: list[Mention]):
        self.named, self.initials, self.translated = named, {}, []
        for i, n in enumerate(named):
            words = _name_words(n.canonical)
            for ws in (words, words[:-1]):
                if len(ws) >= 2:
                    self.initials.setdefault("".join(w[0] for w in ws).casefold(), i)
            if any(len(ws) >= 2 and all(ACRONYM_WORDS.get(w.casefold()) for w in ws) for ws in (words, words[:-1])):
                self.translated.append(i)
        self._memo: dict[str, Mention | None] = {}

    def first(self, acronym: str) -> Mention | None:
        if acronym not in self._memo:
            letters = acronym.replace(".", "").casefold()
            found = [self.initials[letters]] if letters in self.initials else []
            found += [next((i for i in self.translated if _spells(acronym, self.named[i].canonical)), len(self.named))]
            best = min(found)
            self._memo[acronym] = self.named[best] if best < len(self.named) else None
        return self._memo[acronym]


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in NAME_CONNECTORS]


def _spells(acronym: str, name: str) -> bool:
    """Initials of the name in order, or of its English translation read backwards."""
    letters = acronym.replace(".", "").casefold()
    words = _name_words(name)
    # The country at the end of a name is often left out of its acronym (NSC of "... Filipina").
    return any(spells_words(letters, ws) for ws in (words, words[:-1]))


def spells_words(letters: str, words: list[str]) -> bool:
    """Whether the letters are the words' initials, or those of the words' English translations read backwards."""
    if len(words) < 2:
        return False
    if "".join(w[0] for w in words).casefold() == letters:
        return True
    options = [ACRONYM_WORDS.get(w.casefold()) for w in reversed(words)]
    if any(o is None for o in options) or len(options) != len(letters):
        return False
    return all(any(e[0] == ch for e in opts) for opts, ch in zip(options, letters))


# Types whose names fold onto the name that spells their short form out (persons are never short forms).
SHORT_FORM_TYPES = ("ORG", "EVENT", "LAW", "LOC", "GPE")
MIN_SPELLED = 2  # words a short form stands for


def fold_short_forms(mentions: list[Mention]) -> None:
    """A name holding a short form is the name the document also writes with it spelled out, the other
    words the same: "Fraksi PD" beside "Fraksi Partai Demokrat", "Pengadilan Tipikor Jakarta" beside
    "Pengadilan Tindak Pidana Korupsi Jakarta", "Kemenkes" beside "Kementerian Kesehatan". Of several
    such names, the one written most often."""
    times = Counter((m.type, m.canonical) for m in mentions if m.type in SHORT_FORM_TYPES and m.canonical)
    by_start: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}  # names split once, by type and first letter
    for type_, name in times:
        by_start.setdefault((type_, name[:1].casefold()), []).append((name, name.split()))
    rename: dict[tuple[str, str], str] = {}
    for type_, name in times:
        words = name.split()
        if len(words) > 4:
            continue
        for i, short in enumerate(words):
            if not _short_form_word(short):
                continue
            key = (type_, (words[0] if i else short)[:1].casefold())
            hits = [n for n, longer in by_start.get(key, ())
                    if len(longer) > len(words) and _spelled_out(words, i, longer)]
            if hits:
                rename[(type_, name)] = max(hits, key=lambda n: (times[(type_, n)], n))
                break
    for m in mentions:
        m.canonical = rename.get((m.type, m.canonical), m.canonical)


def _short_form_word(word: str) -> bool:
    """A capitalised word of two letters or more, letters only: a short form may be any ("PD", "Tipikor")."""
    return len(word) >= 2 and word.isalpha() and word[0].isupper()


def _spelled_out(words: list[str], i: int, longer: list[str]) -> bool:
    """``longer`` is ``words`` with ``words[i]`` replaced by two or more words it abbreviates."""
    tail = len(words) - i - 1
    middle = longer[i:len(longer) - tail]
    return (len(middle) >= MIN_SPELLED and longer[:i] == words[:i] and longer[len(longer) - tail:] == words[i + 1:]
            and abbreviates(words[i], middle))


def abbreviates(short: str, words: list[str]) -> bool:
    """Whether ``short`` is the words' initials (or their English translations' read backwards) or made
    of their beginnings, in order, every word but a connector giving one at least: "Kemenkes" for
    "Kementerian Kesehatan", "Tipikor" for "Tindak Pidana Korupsi". A syllable short form (not all
    capitals) of a name of three words or more may leave the last word out, when the others give one
    each ("Kemenlu" for "Kementerian Luar Negeri"); none opens with the first word whole ("Maluku" is no
    short form of "Maluku Utara") but the words written without spaces ("CNNIndonesia"). A short form of three capitals or
    fewer is initials only ("PD" is "Partai Demokrat", never two words starting "P" and "D...")."""
    words = _name_words(" ".join(words)) or words
    letters = short.casefold()
    if spells_words(letters, words):
        return True
    if short.isupper() and len(short) <= 3 or len(words) < MIN_SPELLED:
        return False
    low = [w.casefold() for w in words]
    if letters.startswith(low[0]):  # a name opening with the first word whole is no short form ("Maluku" of
        return letters == "".join(low)  # "Maluku Utara"), but the words glued may be ("CNNIndonesia")
    return _beginnings(letters, low, 0, 0) or (not short.isupper() and len(low) > MIN_SPELLED
                                              and _beginnings(letters, low[:-1], 0, 0))


def _beginnings(letters: str, words: list[str], i: int, j: int) -> bool:
    """``letters[i:]`` made of beginnings of ``words[j:]``, each word giving one (connectors may give none)."""
    if i == len(letters):
        return all(w in NAME_CONNECTORS for w in words[j:])
    if j == len(words):
        return False
    k = 1
    while i + k <= len(letters) and k <= len(words[j]) and letters[i:i + k] == words[j][:k]:
        if _beginnings(letters, words, i + k, j + 1):
            return True
        k += 1
    return words[j] in NAME_CONNECTORS and _beginnings(letters, words, i, j + 1)
