"""Entity-level scoring: a predicted entity counts only with exact span and type."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from .data import spans


@dataclass(frozen=True)
class Score:
    """Micro-averaged precision, recall and F1 over exact (span, type) matches."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> Score:
    """Score paired BIO sequences (one pair per sentence)."""
    tp = n_pred = n_gold = 0
    for g, p in zip(gold, predicted, strict=True):
        g_spans, p_spans = set(spans(list(g))), set(spans(list(p)))
        tp += len(g_spans & p_spans)
        n_pred += len(p_spans)
        n_gold += len(g_spans)
    return Score(tp, n_pred, n_gold)
