"""Compressed inputs: .gz .bz2 .xz (.zst with zstandard) read as the file inside; limits on the
decompressed size; damage is an error naming the file."""
from __future__ import annotations

import bz2
import gzip
import json
import lzma

import pytest

from kabar.errors import InputError, TooLarge
from kabar.io import iter_inputs
from kabar.model import Raw
from kabar.settings import Settings

LINES = [{"title": f"Judul {i}", "text": f"Gubernur meresmikan sekolah ke-{i} di Kota Palu pada Senin (4/3/2024).",
          "url": f"https://contoh.id/{i}"} for i in range(3)]
DATA = "".join(json.dumps(x) + "\n" for x in LINES).encode()


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


@pytest.mark.parametrize("suffix, pack", [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress),
                                          (".zst", _zstd)])
def test_compressed_jsonl_reads_as_the_plain_file(tmp_path, suffix, pack):
    plain = tmp_path / "plain.jsonl"
    plain.write_bytes(DATA)
    packed = tmp_path / f"export.jsonl{suffix}"
    packed.write_bytes(pack(DATA))
    a = [(r.title, r.text, r.source.line) for r in iter_inputs([str(plain)], Settings())]
    b = [(r.title, r.text, r.source.line) for r in iter_inputs([str(packed)], Settings())]
    assert a == b and len(a) == 3


def test_decompressed_size_is_limited(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a " * 5_000_000))
    (item,) = iter_inputs([str(bomb)], Settings(max_bytes=1_000_000))
    assert isinstance(item, TooLarge) and "decompressed" in str(item)


def test_corrupt_archive_names_the_file_and_the_walk_goes_on(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(DATA)[:-12] + b"garbage!")
    (tmp_path / "b.txt").write_text("Bupati membuka pasar murah di alun-alun kota pada Jumat.", encoding="utf-8")
    (tmp_path / "c.tar.gz").write_bytes(gzip.compress(b"x"))  # not a kind kabar reads: not walked
    items = list(iter_inputs([str(tmp_path)], Settings()))
    assert isinstance(items[0], InputError) and "a.jsonl.gz" in str(items[0])
    assert isinstance(items[-1], Raw) and items[-1].source.path.endswith("b.txt")
    assert not any("c.tar.gz" in str(i) for i in items if isinstance(i, InputError))
