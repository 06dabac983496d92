"""The shipped-weights format: int8 rows for matrices, float16 vectors, metadata."""
from __future__ import annotations

import numpy as np

from kabar.encoder import weights


def test_round_trip_within_int8_precision(tmp_path):
    rng = np.random.default_rng(1)
    w, b, head = rng.normal(0, 0.05, (48, 32)), rng.normal(0, 0.1, 48), rng.normal(0, 1, (5, 32))
    path = tmp_path / "w.npz"
    weights.save(path, {"l1.q.w": w, "l1.q.b": b, "head.w": head}, {"labels": ["O", "B-PER"]})
    tensors, meta = weights.load(path)
    assert meta == {"labels": ["O", "B-PER"]}
    step = np.abs(w).max(axis=1, keepdims=True) / 127
    assert np.all(np.abs(tensors["l1.q.w"] - w) <= step / 2 + 1e-7)
    np.testing.assert_allclose(tensors["l1.q.b"], b, atol=1e-3)
    np.testing.assert_array_equal(tensors["head.w"], head.astype(np.float32))  # the head stays float32


def test_zero_rows_survive(tmp_path):
    path = tmp_path / "w.npz"
    weights.save(path, {"m": np.zeros((3, 4))}, {})
    np.testing.assert_array_equal(weights.load(path)[0]["m"], np.zeros((3, 4)))
