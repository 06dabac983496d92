"""Misspelt names inside one document: a name written once with a typo ("Fraksi Partai Demorkat")
beside the same name spelt right ("Fraksi Partai Demokrat") is that name.

Two names of one type are one name misspelt when they have the same words but one, and those two
words, five letters or more, are one edit apart (a letter changed, added or dropped, or two
neighbours swapped). The spelling kept is the table's, then the one written more often, then the
one whose differing word is an ordinary word or a name a table knows ("Jakarta", not "Jakart").
Persons fold only over a slip of the hand (two neighbouring letters swapped, a letter doubled or
undoubled: "Jhonny" for "Johnny", "Syamsudin" for "Syamsuddin"): "Putri" and "Putra", "Marlina" and
"Marlena" are two people's names, not one misspelt.
Called by :func:`kabar.entities.canonical.resolve`.
"""
from __future__ import annotations

from collections import Counter

from .gazetteer import Gazetteer
from .lexicon import is_common
from .recognize import Mention

FOLDED_TYPES = ("ORG", "EVENT", "LAW", "LOC", "GPE", "PER")
MIN_WORD = 5  # letters of the word that differs: shorter words differ by one letter and mean another thing
MAX_SIBLINGS = 64  # names differing in one place only, beyond which they are a list ("Kecamatan A, B, ..."), not typos


def fold_misspellings(mentions: list[Mention], gaz: Gazetteer | None = None) -> None:
    """Every mention of a misspelt name takes the spelling the document also writes."""
    rename = _misspelt(mentions, gaz)
    for m in mentions:
        if m.canonical and (m.type, m.canonical) in rename:
            m.canonical = rename[(m.type, m.canonical)]


def _misspelt(mentions: list[Mention], gaz: Gazetteer | None = None) -> dict[tuple[str, str], str]:
    """(type, misspelt name) -> the name spelt right."""
    times = Counter((m.type, m.canonical) for m in mentions if m.type in FOLDED_TYPES and m.canonical)
    tabled = {(m.type, m.canonical) for m in mentions if m.kind == "gaz"}
    groups: dict[tuple, list[tuple[str, str]]] = {}
    for type_, name in times:
        words = name.split()
        for i, w in enumerate(words):
            if len(words) > 1 and len(w) >= MIN_WORD:
                groups.setdefault((type_, i, tuple(words[:i]), tuple(words[i + 1:])), []).append((type_, name))
    rename: dict[tuple[str, str], str] = {}
    for (_, i, _, _), names in groups.items():
        if len(names) > MAX_SIBLINGS:
            continue
        for a in range(len(names)):
            for b in range(a + 1, len(names)):
                pair = names[a], names[b]
                wa, wb = (n[1].split()[i] for n in pair)
                if min(len(wa), len(wb)) >= MIN_WORD and wa.casefold() != wb.casefold() and _one_edit(wa, wb) \
                        and (pair[0][0] != "PER" or _slip(wa, wb)):
                    keep = max(pair, key=lambda n: (n in tabled, times[n], _known_word(n[1].split()[i], gaz)))
                    drop = pair[1] if keep is pair[0] else pair[0]
                    rename.setdefault(drop, keep[1])
    return rename


def _known_word(word: str, gaz: Gazetteer | None) -> bool:
    """An ordinary word, or a name one of the tables knows."""
    return is_common(word) or gaz is not None and gaz.canonical_of(word) is not None


def _slip(a: str, b: str) -> bool:
    """Two spellings one slip of the hand apart: neighbouring letters swapped, or a letter doubled."""
    a, b = a.casefold(), b.casefold()
    if len(a) == len(b):
        return sorted(a) == sorted(b)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return k > 0 and long_[k] == long_[k - 1]


def _one_edit(a: str, b: str) -> bool:
    """One letter changed, added or dropped, or two neighbouring letters swapped (case ignored)."""
    a, b = a.casefold(), b.casefold()
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1:]
