"""The weights of a trained crfsuite model, read straight from its file.

A first-order crfsuite model (``crf1d``) holds its labels and attributes in two CQDB string
tables and its features in one array: a state feature ties an attribute to a label, a
transition feature a label to the next. Reading them here (rather than through
``pycrfsuite.Tagger.info()``, which dumps the model as text and parses it, about 0.3 s)
lets :mod:`kabar.ner.decode` score sentences with numpy. The layout follows crfsuite's
``crf1d_model.c`` and ``cqdb.c``: little-endian 32-bit integers and 64-bit floats.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC, MODEL_TYPE = b"lCRF", b"FOMC"
HEADER = struct.Struct("<4sI4sIIIIIIIII")  # magic, size, type, version, #features, #labels, #attrs, offsets
CHUNK_SIZE = 12  # chunk id, size, item count
FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
CQDB_HEADER = struct.Struct("<4sIIIII")  # "CQDB", size, flag, byte order, #ids, offset of the id array
STATE, TRANSITION = 0, 1


class ModelFormatError(ValueError):
    """The file is not a first-order crfsuite model this reader understands."""


@dataclass(frozen=True)
class CrfWeights:
    """Labels, attribute ids, state weights (attributes x labels) and transitions (from x to)."""

    labels: list[str]
    attrs: dict[str, int]
    state: np.ndarray
    trans: np.ndarray


def read_weights(path: Path | str) -> CrfWeights:
    """Every weight of the crfsuite model at ``path``."""
    buf = Path(path).read_bytes()
    magic, _size, kind, _ver, _nf, n_labels, n_attrs, off_feat, off_labels, off_attrs, *_ = \
        HEADER.unpack_from(buf, 0)
    if magic != MAGIC or kind != MODEL_TYPE:
        raise ModelFormatError(f"{path}: not a crfsuite crf1d model")
    labels = _strings(buf, off_labels, n_labels)
    attrs = {a: i for i, a in enumerate(_strings(buf, off_attrs, n_attrs))}
    feats = _features(buf, off_feat)
    state = np.zeros((n_attrs, n_labels))
    trans = np.zeros((n_labels, n_labels))
    st, tr = feats[feats["type"] == STATE], feats[feats["type"] == TRANSITION]
    state[st["src"], st["dst"]] = st["weight"]
    trans[tr["src"], tr["dst"]] = tr["weight"]
    return CrfWeights(labels, attrs, state, trans)


def _features(buf: bytes, offset: int) -> np.ndarray:
    """The feature array of the chunk at ``offset``."""
    chunk, _size, count = struct.unpack_from("<4sII", buf, offset)
    if chunk != b"FEAT":
        raise ModelFormatError("no feature chunk where the header points")
    return np.frombuffer(buf, dtype=FEATURE, count=count, offset=offset + CHUNK_SIZE)


def _strings(buf: bytes, offset: int, count: int) -> list[str]:
    """The strings of the CQDB table at ``offset``, by id (its backward array gives each record)."""
    chunk, _size, _flag, _order, n_ids, bwd = CQDB_HEADER.unpack_from(buf, offset)
    if chunk != b"CQDB" or n_ids != count:
        raise ModelFormatError("a string table does not match the model header")
    out = []
    for rec in struct.unpack_from(f"<{n_ids}I", buf, offset + bwd):
        _id, ksize = struct.unpack_from("<II", buf, offset + rec)
        start = offset + rec + 8
        out.append(buf[start:start + ksize - 1].decode("utf-8"))  # the key ends in a NUL byte
    return out
