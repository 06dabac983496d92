"""The CRF tagger: a crfsuite model plus the word-cluster table it was trained with."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from . import clusters as cluster_table
from . import gazetteer as gazetteer_table
from .data import spans
from .features import FeatureMaker

# Sentences longer than this are tagged in windows: CRF cost is linear anyway,
# but a runaway "sentence" (a table, a list without stops) should stay bounded.
MAX_SEQUENCE = 400


@dataclass(frozen=True)
class TokenSpan:
    """An entity over tokens ``start`` to ``end`` (exclusive) with its mean marginal."""

    start: int
    end: int
    label: str
    score: float


class CrfTagger:
    """Tags token lists with a trained crfsuite model."""

    def __init__(self, model_path: Path, clusters_path: Path | None = None,
                 gazetteer_path: Path | None = None):
        import pycrfsuite

        table = cluster_table.load(clusters_path) if _exists(clusters_path) else {}
        gazetteer = gazetteer_table.load(gazetteer_path) if _exists(gazetteer_path) else {}
        self.features = FeatureMaker(table, gazetteer)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def labels(self, tokens: Sequence[str]) -> list[str]:
        """The best BIO label sequence for one sentence."""
        if not tokens:
            return []
        return list(self._tagger.tag(self.features.sentence(tokens)))

    def entities(self, tokens: Sequence[str]) -> list[TokenSpan]:
        """Entity spans of one sentence, each scored by its tokens' mean marginal probability."""
        out = []
        for offset in range(0, len(tokens), MAX_SEQUENCE):
            out += self._entities_window(tokens[offset:offset + MAX_SEQUENCE], offset)
        return out

    def _entities_window(self, tokens: Sequence[str], offset: int) -> list[TokenSpan]:
        """Entities of one bounded window of tokens."""
        if not tokens:
            return []
        labels = self.labels(tokens)  # also leaves the sequence set for marginals
        found = []
        for start, end, kind in spans(labels):
            probs = [self._tagger.marginal(labels[i], i) for i in range(start, end)]
            found.append(TokenSpan(start + offset, end + offset, kind, sum(probs) / len(probs)))
        return found


def _exists(path: Path | None) -> bool:
    """True for a path that names an existing file."""
    return path is not None and Path(path).is_file()
