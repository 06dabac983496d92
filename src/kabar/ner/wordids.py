"""The rows of the model's weights that the features a word has and lends pick, found part by part.

:meth:`kabar.ner.features.FeatureMaker.word_and_context` defines a word's features as strings
("w=jakarta", "sh=Xx", "p2=ja", "c1=17", ...); looking each string up in the model's attribute
table means building it first. Here every kind of feature has its own table, keyed by what
follows its prefix (the lower-cased word, the shape, the affix, the cluster ids), so a new word
costs a few dictionary look-ups and no string building. The row ids come out in the order of the
strings, a feature the model never saw as :data:`MISSING` (the caller drops those in one array
operation: numpy sums a list of rows in an order that depends on its length, so the lists must be
those of the strings to give the same numbers, bit for bit; ``tests/ner/test_ner_wordids.py``
checks the ids against the strings).
"""
from __future__ import annotations

import re
from typing import Mapping, Sequence

from .features import AFFIXES, CUE_CLASSES, WINDOW, FeatureMaker, _flags, shape
from ..lang.id import ner_cues

# Orthographic flags a word lends its neighbours (the rest it keeps to itself).
LENT_FLAGS = frozenset({"cap", "allcap", "punct"})
# Cluster granularities a word lends (the coarsest ones), besides its casing class.
LENT_CLUSTERS = 2
try:  # the compiled look-ups (setup.py builds them where a C compiler is present); an older build lacks them
    from . import _crfdecode
except ImportError:
    _crfdecode = None
_CLUSTER = re.compile(r"c(\d+)=(.*)", re.DOTALL)  # a cluster feature: granularity and cluster id
MISSING = -1  # the id of a feature the model never saw
FLAGS = ("cap", "allcap", "dig", "hyph", "punct", "dot")  # every flag :func:`_flags` gives


def cue_index() -> dict[str, tuple[str, ...]]:
    """Word -> its cue classes in the order :func:`kabar.ner.features.cue_classes` gives them."""
    out: dict[str, tuple[str, ...]] = {}
    for name, words in CUE_CLASSES.items():
        for w in words:
            out[w] = out.get(w, ()) + (name,)
    for w in ner_cues.PLACES:
        out[w] = out.get(w, ()) + ("GAZ",)
    return out


CUE_OF = cue_index()


class FeatureIds:
    """Per word: the row ids of its own features, and of the features it lends at each offset."""

    def __init__(self, features: FeatureMaker, attrs: Mapping[str, int], zero_row: int):
        self.attrs, self.clusters = attrs, features.clusters
        zero = self.zero = MISSING  # the default of every look-up; ``zero_row`` opens each list
        own = _by_prefix(attrs, ["w=", "sh="] + [f"{k}{n}=" for k in "ps" for n in AFFIXES])
        self.own_word, self.own_shape = own["w="], own["sh="]
        self.prefixes = [own[f"p{n}="] for n in AFFIXES]
        self.suffixes = [own[f"s{n}="] for n in AFFIXES]
        self.zeros = (zero,) * len(WINDOW)
        self.lent_any = self._lent_index()
        self.lent_word = {r[2:]: ids for r, ids in self.lent_any.items() if r.startswith("w=")}
        self.lent_shape = {r[3:]: ids for r, ids in self.lent_any.items() if r.startswith("sh=")}
        self.head = (zero_row,) if attrs.get("b") is None else (zero_row, attrs["b"])
        self.opening = (zero_row,) * len(WINDOW)
        self.own_flag = {f: attrs.get(f, zero) for f in FLAGS}
        self.lent_flag = {f: self.lent_any.get(f, self.zeros) for f in LENT_FLAGS}
        self._cluster_tables()
        self._tables = self.tables()
        self._compiled = hasattr(_crfdecode, "word_rows") and type(attrs) is dict and type(self.clusters) is dict

    def _lent_index(self) -> dict[str, tuple[int, ...]]:
        """For each feature a word lends its neighbours, the row id at every offset
        ("w=jakarta" -> ids of "-2:w=jakarta", "-1:w=jakarta", "1:w=jakarta", "2:w=jakarta")."""
        out: dict[str, list[int]] = {}
        position = {str(off): k for k, off in enumerate(WINDOW)}
        for attr, a in self.attrs.items():
            off, sep, rest = attr.partition(":")
            if sep and off in position:
                out.setdefault(rest, list(self.zeros))[position[off]] = a
        return {rest: tuple(ids) for rest, ids in out.items()}

    def word(self, word: str) -> tuple[list[int], list[tuple[int, ...]]]:
        """The row ids of ``word``'s own features, and per offset of :data:`WINDOW` those it lends,
        each list opened by the zero row and in the order of :meth:`FeatureMaker.word_and_context`'s
        strings (:data:`MISSING` for a feature the model never saw)."""
        lower, zero = word.lower(), self.zero
        shp, flags, cues = shape(word), _flags(word), CUE_OF.get(lower.rstrip("."), ())
        own = [*self.head, self.own_word.get(lower, zero), self.own_shape.get(shp, zero)]
        size = len(lower)
        if size > 1:
            own.extend(table.get(lower[:n], zero) for n, table in zip(AFFIXES, self.prefixes) if size > n)
            own.extend(table.get(lower[-n:], zero) for n, table in zip(AFFIXES, self.suffixes) if size > n)
        own.extend(map(self.own_flag.__getitem__, flags))
        columns = [self.opening, self.lent_word.get(lower, self.zeros), self.lent_shape.get(shp[:4], self.zeros)]
        columns.extend(self.lent_flag[f] for f in flags if f in LENT_FLAGS)
        if cues:
            get = self.attrs.get
            own.extend(get("q=" + c, zero) for c in cues)
            columns.extend(self.lent_any.get("q=" + c, self.zeros) for c in cues)
        cluster_own, cluster_lent = self._cluster(self.clusters.get(lower))
        own.extend(cluster_own)
        columns.extend(cluster_lent)
        return own, list(zip(*columns))

    def tables(self) -> tuple:
        """Every table :meth:`word` reads, in the order the compiled ``word_rows`` of
        :mod:`kabar.ner._crfdecode` takes them (flags by their place in :data:`FLAGS`)."""
        return (self.own_word, self.own_shape, self.prefixes, self.suffixes, tuple(AFFIXES),
                tuple(self.own_flag[f] for f in FLAGS), tuple(self.lent_flag.get(f) for f in FLAGS), CUE_OF,
                self.attrs, self.lent_any, self.lent_word, self.lent_shape, self.clusters, self.own_cluster,
                self.lent_cluster, self.own_case, self.lent_case, self.no_cluster, self.head, self.opening,
                self.zeros, MISSING, LENT_CLUSTERS)

    def rows(self, words: list[str]) -> tuple[list[int], list[int]]:
        """The lists of :meth:`word` of every word one after another (own, then each offset's), and where
        each list starts; by :mod:`kabar.ner._crfdecode` where it is built."""
        ids: list[int] = []
        starts: list[int] = []
        if self._compiled:
            _crfdecode.word_rows(list(words), self._tables, ids, starts)
            return ids, starts
        for word in words:
            own, lent = self.word(word)
            starts.append(len(ids))
            ids.extend(own)
            for column in lent:
                starts.append(len(ids))
                ids.extend(column)
        return ids, starts

    def _cluster(self, ids: Sequence[str] | None) -> tuple[list[int], list[tuple[int, ...]]]:
        """The row ids of the cluster features of a word with cluster ids ``ids`` (None or empty: no
        cluster), its own and, a tuple per feature, those it lends at each offset."""
        if not ids:
            return self.no_cluster, []
        own_c, lent_c, zeros = self.own_cluster, self.lent_cluster, self.zeros
        own = [own_c[g].get(c, MISSING) if g < len(own_c) else MISSING for g, c in enumerate(ids[:-1])]
        own.append(self.own_case.get(ids[-1], MISSING))
        lent = [lent_c[g].get(c, zeros) if g < len(lent_c) else zeros for g, c in enumerate(ids[:LENT_CLUSTERS])]
        lent.append(self.lent_case.get(ids[-1], zeros))
        return own, lent

    def _cluster_tables(self) -> None:
        """Cluster features by granularity and value ("c1=17" -> own_cluster[1]["17"]), and casing classes."""
        own_c: dict[int, dict[str, int]] = {}
        lent_c: dict[int, dict[str, tuple[int, ...]]] = {}
        for table, found in ((own_c, self.attrs), (lent_c, self.lent_any)):
            for feature, value in found.items():
                m = _CLUSTER.fullmatch(feature)
                if m:
                    table.setdefault(int(m[1]), {})[m[2]] = value
        self.own_cluster = [own_c.get(g, {}) for g in range(max(own_c, default=-1) + 1)]
        self.lent_cluster = [lent_c.get(g, {}) for g in range(max(lent_c, default=-1) + 1)]
        self.own_case = {f[5:]: a for f, a in self.attrs.items() if f.startswith("case=")}
        self.lent_case = {f[5:]: ids for f, ids in self.lent_any.items() if f.startswith("case=")}
        self.no_cluster = [self.attrs.get("c=none", MISSING)]


def _by_prefix(attrs: Mapping[str, int], prefixes: Sequence[str]) -> dict[str, dict[str, int]]:
    """For each prefix, the attributes that start with it, keyed by the rest ("w=budi" -> "budi")."""
    out: dict[str, dict[str, int]] = {p: {} for p in prefixes}
    for attr, a in attrs.items():
        head, sep, _ = attr.partition("=")
        prefix = head + sep
        if sep and prefix in out:
            out[prefix][attr[len(prefix):]] = a
    return out
