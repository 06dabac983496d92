"""Small learned models of the cleaner, stored as JSON and run with numpy alone.

Two kinds are read: gradient-boosted trees of a fixed depth (``"kind": "gbdt"``)
and logistic regression over standardised features (``"kind": "logreg"``). Both
give the probability of the positive class for each row of a feature matrix
whose columns are named in the model (a model trained on other columns is
refused, so features and weights never drift apart silently).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np


class Model:
    """A loaded model: ``predict(X)`` gives one probability per row."""

    def __init__(self, data: dict):
        self.data = data
        self.kind = data["kind"]
        self.features = tuple(data["features"])
        self.threshold = float(data.get("threshold", 0.5))
        if self.kind == "gbdt":
            self.base = float(data["base"])
            self.rate = float(data["learning_rate"])
            self.depth = int(data["depth"])
            self.feat = np.array(data["feature"], dtype=np.int64)      # (trees, internal nodes)
            self.thresh = np.array(data["threshold_at"], dtype=float)  # (trees, internal nodes)
            self.leaf = np.array(data["leaf"], dtype=float)            # (trees, leaves)
        elif self.kind == "logreg":
            self.mean = np.array(data["mean"], dtype=float)
            self.scale = np.array(data["scale"], dtype=float)
            self.coef = np.array(data["coef"], dtype=float)
            self.intercept = float(data["intercept"])
        else:
            raise ValueError(f"unknown model kind {self.kind!r}")

    def check(self, names: tuple[str, ...]) -> None:
        """Refuse a feature matrix whose columns are not the ones the model was trained on."""
        if tuple(names) != self.features:
            missing = sorted(set(self.features) ^ set(names))
            raise ValueError(f"model features differ from the extractor's: {missing[:8]}")

    def margin(self, X: np.ndarray) -> np.ndarray:
        """The log-odds for each row."""
        if X.shape[0] == 0:
            return np.zeros(0)
        if self.kind == "logreg":
            return ((X - self.mean) / self.scale) @ self.coef + self.intercept
        return self.base + self.rate * _trees(X, self.feat, self.thresh, self.leaf, self.depth).sum(axis=1)

    def predict(self, X: np.ndarray) -> np.ndarray:
        """The probability of the positive class for each row."""
        return 1.0 / (1.0 + np.exp(-self.margin(X)))


def _trees(X: np.ndarray, feat: np.ndarray, thresh: np.ndarray, leaf: np.ndarray, depth: int) -> np.ndarray:
    """Every tree's leaf value for every row: (rows, trees); complete binary trees, left when x <= t."""
    n, trees = X.shape[0], feat.shape[0]
    node = np.zeros((n, trees), dtype=np.int64)
    cols = np.arange(trees)[None, :]
    rows = np.arange(n)[:, None]
    for _ in range(depth):
        f = feat[cols, node]
        go_right = X[rows, f] > thresh[cols, node]
        node = 2 * node + 1 + go_right
    return leaf[cols, node - (2 ** depth - 1)]


@lru_cache(maxsize=8)
def load(name: str) -> Model:
    """A model shipped in ``kabar/models`` (by file name)."""
    text = resources.files("kabar").joinpath("models", name).read_text(encoding="utf-8")
    return Model(json.loads(text))


def load_path(path: str | Path) -> Model:
    """A model from any file (training and tests)."""
    return Model(json.loads(Path(path).read_text(encoding="utf-8")))


class Slot:
    """A shipped model that cross-validation and tests may swap for another for a while."""

    def __init__(self, name: str):
        self.name = name
        self._override: list[Model] = []

    def active(self) -> Model:
        """The model in use: the innermost override, else the shipped one."""
        return self._override[-1] if self._override else load(self.name)

    @contextmanager
    def use(self, model: Model) -> Iterator[None]:
        """Use ``model`` inside the ``with`` block."""
        self._override.append(model)
        try:
            yield
        finally:
            self._override.pop()
