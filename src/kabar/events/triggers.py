"""Find trigger phrases of the event lexicon in a sentence's tokens."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.id import event_triggers as lex

GAP = "*"


@dataclass(frozen=True)
class Pattern:
    words: tuple[str, ...]
    type: str
    frame: str


@dataclass(frozen=True)
class Match:
    first: int  # token index of the first trigger word
    last: int  # token index of the last trigger word (inclusive)
    type: str
    frame: str


@lru_cache(maxsize=1)
def patterns_by_first_word() -> dict[str, list[Pattern]]:
    """The lexicon indexed by its first word, longest pattern first."""
    index: dict[str, list[Pattern]] = {}
    for phrase, type_, frame in lex.TRIGGERS:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(Pattern(words, type_, frame))
    for pats in index.values():
        pats.sort(key=lambda p: -len(p.words))
    return index


def _match_at(words: list[str], i: int, pat: Pattern) -> int | None:
    """Index of the last token matched by ``pat`` starting at ``i``, or None."""
    j, k = i, 0
    while k < len(pat.words):
        want = pat.words[k]
        if want == GAP:
            nxt = pat.words[k + 1]
            for skip in range(lex.GAP_MAX + 1):
                if j + skip < len(words) and words[j + skip] == nxt:
                    j += skip
                    break
            else:
                return None
            k += 1  # the word after the gap is matched on the next round
            continue
        if j >= len(words) or words[j] != want:
            return None
        j += 1
        k += 1
    return j - 1


def find_triggers(words: list[str]) -> list[Match]:
    """Non-overlapping trigger matches in lower-cased ``words``, left to right."""
    index = patterns_by_first_word()
    found: list[Match] = []
    i = 0
    while i < len(words):
        hit = None
        for pat in index.get(words[i], ()):
            last = _match_at(words, i, pat)
            if last is not None:
                hit = Match(i, last, pat.type, pat.frame)
                break
        if hit:
            found.append(hit)
            i = hit.last + 1
        else:
            i += 1
    return found
