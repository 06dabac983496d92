"""Units of batch work: a line range of a JSONL export, a byte range of a WARC archive, a whole file,
or a run of consecutive small files (a folder of pages is not one task and one set of lake files per
page).

A unit's id is derived from the input's path, size and modification time and the range, so a rerun
over unchanged inputs plans the same units and the manifest tells which are done. A unit reads its
records itself (on whichever worker runs it); nothing but its description travels.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from typing import Iterable, Iterator

from ..errors import InputError, TooLarge
from ..io.compressed import CHUNK, open_decompressed, split_suffix
from ..model import Raw
from ..settings import Settings

JSONL_LINES = 500  # lines of an export per unit
WARC_BYTES = 2 << 20  # bytes of archive per unit (about a thousand news pages)
FILES_PER_UNIT = 64  # consecutive files (pages, JSON, feeds) read as one unit ...
FILES_BYTES = 2 << 20  # ... up to this many bytes together


@dataclass(frozen=True)
class Unit:
    """One piece of input: ``kind`` file | files | jsonl | warc | items; ``start``/``end`` lines or bytes;
    ``members`` the (path, stamp) of each file of a ``files`` unit (``path`` is the first)."""

    kind: str
    path: str
    start: int = 0
    end: int | None = None
    offset: int = 0  # jsonl: byte offset of line ``start`` (uncompressed files)
    stamp: str = ""  # size and mtime of the input when planned
    members: tuple[tuple[str, str], ...] = ()
    nbytes: int = 0  # bytes of input it covers (as stored: compressed for a WARC), to run big units first

    @property
    def id(self) -> str:
        if self.kind == "files":
            key = json.dumps([self.kind, [[os.path.abspath(p), stamp] for p, stamp in self.members]])
        else:
            key = json.dumps([self.kind, os.path.abspath(self.path), self.start, self.end, self.stamp])
        return hashlib.sha1(key.encode()).hexdigest()[:20]

    def describe(self) -> dict:
        return {**asdict(self), "id": self.id}


def plan(paths: Iterable[str], done: Iterable[str] = ()) -> Iterator[Unit | InputError]:
    """The units of every input, in input order (folders walked as ``kabar analyze`` walks them).

    Consecutive whole files are grouped (:data:`FILES_PER_UNIT`, :data:`FILES_BYTES`); a file whose
    own unit is in ``done`` (a lake written before files were grouped) stays that unit.
    """
    done = set(done)
    group: list[Unit] = []
    for item in _each(paths):
        if isinstance(item, Unit) and item.kind == "file" and item.id not in done:
            group.append(item)
            if len(group) >= FILES_PER_UNIT or sum(_size(u) for u in group) >= FILES_BYTES:
                yield _grouped(group)
                group = []
            continue
        if group and isinstance(item, Unit):
            yield _grouped(group)
            group = []
        yield item
    if group:
        yield _grouped(group)


def _each(paths: Iterable[str]) -> Iterator[Unit | InputError]:
    from ..io.readers import _walk

    for given in paths:
        if given.startswith(("http://", "https://")) or given == "-":
            yield Unit("items", given)
        elif os.path.isdir(given):
            for path in _walk(given):
                yield from _file_units(path)
        elif os.path.isfile(given):
            yield from _file_units(given)
        else:
            yield InputError(given, "no such file or folder")


def _size(unit: Unit) -> int:
    return int(unit.stamp.split(":", 1)[0] or 0)


def _grouped(group: list[Unit]) -> Unit:
    """One unit for a run of whole files (a single file stays a ``file`` unit)."""
    if len(group) == 1:
        return group[0]
    return Unit("files", group[0].path, members=tuple((u.path, u.stamp) for u in group),
                nbytes=sum(u.nbytes for u in group))


def _stamp(path: str) -> str:
    st = os.stat(path)
    return f"{st.st_size}:{st.st_mtime_ns}"


def _file_units(path: str) -> Iterator[Unit | InputError]:
    inner, compression = split_suffix(path)
    try:
        stamp = _stamp(path)
        if inner == ".jsonl":
            yield from _jsonl_units(path, compression, stamp)
        elif inner == ".warc" and compression in (None, ".gz"):
            from ..io.warc import byte_ranges
            size = os.path.getsize(path)
            yield from (Unit("warc", path, a, b, 0, stamp, nbytes=(size if b is None else b) - a) for a, b in
                        byte_ranges(path, size, WARC_BYTES))
        else:
            yield Unit("file", path, stamp=stamp, nbytes=os.path.getsize(path))
    except OSError as exc:
        yield InputError(path, f"could not be read ({exc.strerror or exc})")


def _jsonl_units(path: str, compression: str | None, stamp: str) -> Iterator[Unit]:
    ranges, total = jsonl_ranges(path, compression)
    ends = [off for _, _, off in ranges[1:]] + [total]
    for (a, b, off), end in zip(ranges, ends):
        yield Unit("jsonl", path, a, b, off, stamp, nbytes=end - off)


def jsonl_ranges(path: str, compression: str | None, lines: int | None = None) -> tuple[list[tuple[int, int, int]], int]:
    """(first line, line after the last, byte offset of the first line) for every ``lines`` lines, and the
    bytes of the whole export (decompressed)."""
    lines = lines or JSONL_LINES
    out, line, offset, start = [], 1, 0, (1, 0)
    with open_decompressed(path, compression) as f:
        while chunk := f.read(CHUNK):
            pos = chunk.find(b"\n")
            while pos != -1:
                line += 1
                if (line - 1) % lines == 0:
                    out.append((start[0], line, start[1]))
                    start = (line, offset + pos + 1)
                pos = chunk.find(b"\n", pos + 1)
            offset += len(chunk)
    if offset > start[1]:
        out.append((start[0], line + 1, start[1]))
    return out, offset


# -- reading a unit ----------------------------------------------------------------------------------

def read_unit(unit: Unit, settings: Settings) -> Iterator[Raw | InputError]:
    """The records of one unit, in order; unreadable ones as errors."""
    from ..io.readers import _guard, iter_inputs, read_path

    if unit.kind == "items":
        return iter_inputs([unit.path], settings)
    if unit.kind == "file":
        return _guard(unit.path, lambda: read_path(unit.path, settings))
    if unit.kind == "files":
        return _each_file([path for path, _ in unit.members], settings)
    if unit.kind == "warc":
        from ..io.warc import iter_warc
        return _guard(unit.path, lambda: iter_warc(unit.path, settings.max_bytes, unit.start, unit.end))
    return _guard(unit.path, lambda: _jsonl_lines(unit, settings))


def _each_file(paths: list[str], settings: Settings) -> Iterator[Raw | InputError]:
    from ..io.readers import _guard, read_path

    for path in paths:
        yield from _guard(path, lambda: read_path(path, settings))


def _jsonl_lines(unit: Unit, settings: Settings) -> Iterator[Raw | InputError]:
    """Records of lines [start, end) of an export; each line within ``max_bytes``."""
    _, compression = split_suffix(unit.path)
    with open_decompressed(unit.path, compression) as f:
        n = 1
        if compression is None:  # seek straight to the range; a compressed stream is skipped through
            f.seek(unit.offset)
            n = unit.start
        for data in f:
            if n >= unit.end:
                return
            if n >= unit.start:
                yield from _jsonl_record(data, unit.path, n, settings)
            n += 1


def _jsonl_record(data: bytes, path: str, n: int, settings: Settings) -> Iterator[Raw | InputError]:
    from ..io.decode import normalize
    from ..io.records import iter_jsonl

    if len(data) > settings.max_bytes:
        yield TooLarge(path, f"the line is over the limit of {settings.max_bytes:,} bytes", line=n)
        return
    try:
        text = normalize(data.decode("utf-8-sig" if n == 1 else "utf-8"))
    except UnicodeDecodeError as exc:
        yield InputError(path, f"the line is not UTF-8 ({exc.reason} at byte {exc.start})", line=n)
        return
    for item in iter_jsonl(text, path):  # one line: its errors and records carry line 1, renumbered here
        yield _renumber(item, n)


def _renumber(item: Raw | InputError, n: int) -> Raw | InputError:
    from dataclasses import replace

    if isinstance(item, InputError):
        return type(item)(item.path, item.reason, n)
    item.source = replace(item.source, line=n)
    return item
