"""Compressed inputs: ``.gz``, ``.bz2``, ``.xz`` (standard library) and ``.zst`` (with ``zstandard``).

A compressed file is read as the file inside it (``export.jsonl.gz`` is a JSONL export). Reading stops
past ``max_bytes`` of *decompressed* data, so a small archive cannot expand into all of memory.
"""
from __future__ import annotations

import bz2
import gzip
import lzma
from pathlib import Path
from typing import IO

from ..errors import InputError, TooLarge

COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")
CHUNK = 1 << 20


def split_suffix(path: str) -> tuple[str, str | None]:
    """(inner suffix, compression suffix or None): ``a.jsonl.gz`` -> ('.jsonl', '.gz')."""
    p = Path(path)
    outer = p.suffix.lower()
    if outer in COMPRESSIONS:
        return Path(p.stem).suffix.lower(), outer
    return outer, None


def open_decompressed(path: str, compression: str | None) -> IO[bytes]:
    """A binary file object yielding the decompressed bytes of ``path``."""
    if compression is None:
        return open(path, "rb")
    if compression == ".gz":
        return gzip.open(path, "rb")
    if compression == ".bz2":
        return bz2.open(path, "rb")
    if compression == ".xz":
        return lzma.open(path, "rb")
    if compression == ".zst":
        return _open_zstd(path)
    raise InputError(path, f"unknown compression '{compression}'")


def _open_zstd(path: str) -> IO[bytes]:
    try:
        import zstandard
    except ImportError:
        raise InputError(path, "reading .zst files needs the 'zstandard' package (pip install zstandard)") from None
    return zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True)


def read_decompressed(path: str, compression: str | None, max_bytes: int) -> bytes:
    """All decompressed bytes of ``path``; TooLarge past ``max_bytes``, InputError when corrupt."""
    chunks, total = [], 0
    try:
        with open_decompressed(path, compression) as f:
            while chunk := f.read(CHUNK):
                total += len(chunk)
                if total > max_bytes:
                    raise TooLarge(path, f"the decompressed content is over the limit of {max_bytes:,} bytes "
                                         "(raise it with --max-bytes)")
                chunks.append(chunk)
    except InputError:
        raise
    except Exception as exc:  # gzip/bz2/lzma/zstandard each raise their own kinds on corrupt data
        raise InputError(path, f"the {compression} archive is corrupt or truncated ({exc})") from exc
    return b"".join(chunks)
