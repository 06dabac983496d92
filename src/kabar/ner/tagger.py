"""The CRF tagger: a crfsuite model plus the word-cluster table it was trained with."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from . import clusters as cluster_table
from . import gazetteer as gazetteer_table
from .crfmodel import read_weights
from .decode import marginals, viterbi
from .emission import Emissions
from .features import FeatureMaker

# Sentences longer than this are tagged in windows: CRF cost is linear anyway,
# but a runaway "sentence" (a table, a list without stops) should stay bounded.
MAX_SEQUENCE = 400


@dataclass(frozen=True)
class TokenSpan:
    """An entity over tokens ``start`` to ``end`` (exclusive) with its tokens' mean label probability
    (the CRF's marginal, or the encoder's)."""

    start: int
    end: int
    label: str
    score: float


class CrfTagger:
    """Tags token lists with a trained crfsuite model.

    The model file is crfsuite's; scoring runs in numpy (:mod:`kabar.ner.decode`) on the weights
    read from it, a whole document's sentences at once. pycrfsuite stays the trainer, and the
    reference the tests compare this tagger with.
    """

    def __init__(self, model_path: Path, clusters_path: Path | None = None,
                 gazetteer_path: Path | None = None):
        table = cluster_table.load(clusters_path) if _exists(clusters_path) else {}
        gazetteer = gazetteer_table.load(gazetteer_path) if _exists(gazetteer_path) else {}
        self.features = FeatureMaker(table, gazetteer)
        weights = read_weights(model_path)
        self.label_names, self.trans = weights.labels, weights.trans
        self.emissions = Emissions(self.features, weights)

    def labels(self, tokens: Sequence[str]) -> list[str]:
        """The best BIO label sequence for one sentence."""
        if not tokens:
            return []
        return [self.label_names[k] for k in viterbi(self.emissions.sentences([tokens]), self.trans)[0]]

    def entities(self, tokens: Sequence[str]) -> list[TokenSpan]:
        """Entity spans of one sentence, each scored by its tokens' mean marginal probability."""
        return self.entities_many([tokens])[0]

    def entities_many(self, sentences: Sequence[Sequence[str]]) -> list[list[TokenSpan]]:
        """:meth:`entities` of every sentence, scored together (long ones in windows of MAX_SEQUENCE)."""
        windows = [(n, off, s[off:off + MAX_SEQUENCE]) for n, s in enumerate(sentences)
                   for off in range(0, len(s), MAX_SEQUENCE)]
        ems = self.emissions.sentences([w for _, _, w in windows]) if windows else []
        paths = viterbi(ems, self.trans)
        names = self.label_names
        outside = names.index("O") if "O" in names else -1
        marks = [(lab.startswith("B-"), lab.startswith("I-"), lab[2:]) for lab in names]
        found = [index_spans(p, marks, outside) if p.count(outside) != len(p) else [] for p in paths]  # a name in it
        todo = [k for k, f in enumerate(found) if f]
        probs = dict(zip(todo, marginals([ems[k] for k in todo], self.trans)))
        out: list[list[TokenSpan]] = [[] for _ in sentences]
        for k, (n, off, _) in enumerate(windows):
            for start, end, kind in found[k]:
                p = [float(probs[k][i, paths[k][i]]) for i in range(start, end)]
                out[n].append(TokenSpan(start + off, end + off, kind, sum(p) / len(p)))
        return out


def index_spans(path: Sequence[int], marks: Sequence[tuple[bool, bool, str]],
                outside: int) -> list[tuple[int, int, str]]:
    """:func:`kabar.ner.data.spans` of the labels ``path`` numbers (``marks``: per label, whether it opens
    a name, continues one, and its type), reading an outside label only where a name is open."""
    out, start, kind = [], None, None
    for i, k in enumerate(path):
        if k == outside and start is None:
            continue  # most tokens: nothing open, nothing opens
        opens, inside, typ = marks[k]
        if start is not None and not (inside and typ == kind):
            out.append((start, i, kind))
            start = None
        if opens or (inside and start is None):
            start, kind = i, typ
    if start is not None:
        out.append((start, len(path), kind))
    return out


def _exists(path: Path | None) -> bool:
    """True for a path that names an existing file."""
    return path is not None and Path(path).is_file()
