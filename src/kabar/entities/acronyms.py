"""Unknown acronyms resolved inside one document: an acronym takes the name it was bracketed after or
inside ("Badan Pusat Statistik (BPS)"), or the first named organisation, law or event whose initials it
spells, in Indonesian or through the English translation of every word read backwards ("NSC" for "Dewan
Keamanan Nasional")."""
from __future__ import annotations

import re

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
