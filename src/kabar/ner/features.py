"""CRF features for one tokenised sentence.

Features are plain strings (binary indicators), which python-crfsuite reads
fastest. A token's own features depend only on its text, and so do the
features it lends its neighbours, so both are memoised per word: news
repeats its vocabulary, and that cache is what keeps tagging fast.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Sequence

from ..lang.id import ner_cues as cues

# Neighbour offsets whose features each token sees.
WINDOW = (-2, -1, 1, 2)
# Affix lengths taken from the lower-cased word.
AFFIXES = (1, 2, 3, 4)
# Cue classes looked up per single lower-cased token.
CUE_CLASSES: dict[str, frozenset[str]] = {
    "PTIT": cues.PERSON_TITLES, "PHON": cues.PERSON_HONORIFICS, "PMID": cues.PERSON_PARTICLES,
    "OPRE": cues.ORG_PREFIXES, "OSUF": cues.ORG_SUFFIXES, "LPRE": cues.LOC_PREFIXES,
    "LSUF": cues.LOC_SUFFIXES, "LOPP": cues.LOC_PREPOSITIONS, "PCTX": cues.PERSON_CONTEXT,
}
_CUE_PHRASES = {tuple(p.split()): cls for cls, ps in cues.MULTIWORD.items() for p in ps}
# Word-cache size: large enough for a news vocabulary, bounded for long-running servers.
CACHE_SIZE = 200_000

Clusters = Mapping[str, Sequence[str]]
# Gazetteer: lower-cased token tuple -> class name.
Gazetteer = Mapping[tuple[str, ...], str]


class PhraseMatcher:
    """Longest-match lookup of multi-token phrases, indexed by first token."""

    def __init__(self, phrases: Gazetteer):
        self.phrases = dict(phrases)
        self.lengths: dict[str, list[int]] = {}
        for key in self.phrases:
            self.lengths.setdefault(key[0], []).append(len(key))
        for sizes in self.lengths.values():
            sizes.sort(reverse=True)

    def marks(self, lowers: Sequence[str], prefix: str) -> list[list[str]]:
        """Per token, ``prefix`` + B/I + class of the longest phrase covering it."""
        out: list[list[str]] = [[] for _ in lowers]
        for i, size, cls in self.matches(lowers):
            out[i].append(f"{prefix}B{cls}")
            for j in range(i + 1, i + size):
                out[j].append(f"{prefix}I{cls}")
        return out

    def matches(self, lowers: Sequence[str], at: Sequence[int] | None = None) -> list[tuple[int, int, str]]:
        """(start, length, class) of the longest phrase at each position, left to right, none overlapping
        (``at``: the positions to try, in order, when the caller knows where the phrases' first words are)."""
        out, after, firsts = [], 0, self.lengths
        for i in range(len(lowers)) if at is None else at:
            if i < after or lowers[i] not in firsts:
                continue
            size = self._match(lowers, i)
            if size:
                out.append((i, size, self.phrases[tuple(lowers[i:i + size])]))
                after = i + size
        return out

    def _match(self, lowers: Sequence[str], i: int) -> int:
        """Length of the longest phrase starting at ``i`` (0 if none)."""
        for size in self.lengths.get(lowers[i], ()):
            if i + size <= len(lowers) and tuple(lowers[i:i + size]) in self.phrases:
                return size
        return 0


CUE_MATCHER = PhraseMatcher(_CUE_PHRASES)


def shape(word: str) -> str:
    """Character classes of a word with runs collapsed: ``Jong-un`` -> ``Xx-x``."""
    out = []
    for ch in word:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def cue_classes(lower: str) -> list[str]:
    """The cue classes a lower-cased word belongs to (trailing dot ignored: ``Jl.``)."""
    key = lower.rstrip(".")
    found = [name for name, words in CUE_CLASSES.items() if key in words]
    if key in cues.PLACES:
        found.append("GAZ")
    return found


def _flags(word: str) -> list[str]:
    """Orthographic indicator features."""
    out = []
    if word[:1].isupper():
        out.append("cap")
    if len(word) > 1 and word.isupper():
        out.append("allcap")
    if any(map(str.isdigit, word)):
        out.append("dig")
    if "-" in word:
        out.append("hyph")
    if not any(map(str.isalnum, word)):
        out.append("punct")
    if "." in word and len(word) > 1:
        out.append("dot")
    return out


class FeatureMaker:
    """Turns token lists into feature lists, given a word-cluster table."""

    def __init__(self, clusters: Clusters | None = None, gazetteer: Gazetteer | None = None):
        self.clusters = clusters or {}
        self.gazetteer = PhraseMatcher(gazetteer or {})
        self.word_features = lru_cache(CACHE_SIZE)(self._word_features)
        self.context_features = lru_cache(CACHE_SIZE)(self._context_features)

    def _cluster_ids(self, lower: str) -> list[str]:
        """Cluster ids of a word at every granularity and its casing class, or a 'none' marker."""
        ids = self.clusters.get(lower)
        if not ids:
            return ["c=none"]
        return [f"c{g}={c}" for g, c in enumerate(ids[:-1])] + ["case=" + ids[-1]]

    def _word_features(self, word: str) -> tuple[str, ...]:
        """Features of a token that depend only on its text."""
        return tuple(self.word_and_context(word)[0])

    def _context_features(self, word: str, offset: int) -> tuple[str, ...]:
        """Features a token lends to the token ``offset`` positions away."""
        return tuple(f"{offset}:{f}" for f in self.word_and_context(word)[1])

    def word_and_context(self, word: str) -> tuple[list[str], list[str]]:
        """A word's own features, and those it lends a neighbour (before the neighbour's offset
        is put in front), from one look at its shape, flags, cue classes and clusters."""
        lower = word.lower()
        shp, flags, cues = shape(word), _flags(word), ["q=" + c for c in cue_classes(lower)]
        own = ["b", "w=" + lower, "sh=" + shp]
        own += [f"p{n}={lower[:n]}" for n in AFFIXES if len(lower) > n]
        own += [f"s{n}={lower[-n:]}" for n in AFFIXES if len(lower) > n]
        own += flags + cues + self._cluster_ids(lower)
        lent = ["w=" + lower, "sh=" + shp[:4]] + [f for f in flags if f in ("cap", "allcap", "punct")] + cues
        ids = self.clusters.get(lower)
        if ids:
            lent += [f"c{g}={c}" for g, c in enumerate(ids[:2])] + ["case=" + ids[-1]]
        return own, lent

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        """Feature lists for every token of one sentence."""
        n = len(tokens)
        lowers = [t.lower() for t in tokens]
        phrase = CUE_MATCHER.marks(lowers, "mq=")
        gaz = self.gazetteer.marks(lowers, "gz=")
        lower_case_sentence = not any(map(str.isupper, "".join(tokens)))
        out = []
        for i, tok in enumerate(tokens):
            feats = list(self.word_features(tok))
            if i == 0:
                feats.append("bos")
            if i == n - 1:
                feats.append("eos")
            if lower_case_sentence:
                feats.append("lcs")  # a lower-cased corpus line: capitals say nothing
            feats += phrase[i] + gaz[i]
            for j in (i - 1, i + 1):  # a neighbour inside a known name is a strong hint
                if 0 <= j < n:
                    feats += [f"{j - i}:{g}" for g in gaz[j]]
            for off in WINDOW:
                j = i + off
                if 0 <= j < n:
                    feats.extend(self.context_features(tokens[j], off))
                else:
                    feats.append(f"{off}:pad")
            if i > 0:
                feats.append("bi=" + tokens[i - 1].lower() + "|" + tok.lower())
            out.append(feats)
        return out

