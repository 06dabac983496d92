"""Analysis in worker processes for ``kabar analyze/ingest --workers N``, in input order.

The inputs are cut into tasks in the order :func:`kabar.io.iter_inputs` would read them: a
single-document file is read *and* analysed by a worker (HTML extraction is a good share of the
cost), a WARC archive goes out in byte ranges, and exports, feeds, standard input and URLs are read
here and their documents sent out in small batches. Results come back in task order, so the output
(and a store filled from it by one writer) is the same as with one process. At most a few tasks per
worker are in flight: memory stays flat however long the input.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from typing import Any, Iterable, Iterator

from .errors import InputError, KabarError
from .model import Document, Raw
from .settings import Settings

SINGLE_DOC = (".html", ".htm", ".txt", ".md")
RAW_BATCH = 8  # documents per task for inputs read here
WARC_RANGE = 4 << 20  # bytes of archive per task
IN_FLIGHT = 4  # tasks per worker submitted ahead
MIN_PARALLEL = 4  # fewer tasks than this are analysed here, without starting workers

_PIPELINE = None  # a worker's pipeline, built once per process
_KNOWN = None  # a worker's KnownContent (inputs the store holds are not analysed), or None


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def analyze_parallel(paths: Iterable[str], settings: Settings, workers: int,
                     known=None) -> Iterator[Document | KabarError]:
    """Every document under ``paths`` analysed by ``workers`` processes, in input order (``known``: see
    :func:`kabar.analyze.analyze`)."""
    tasks = iter_tasks(paths, settings)
    head = [t for _, t in zip(range(MIN_PARALLEL), tasks)]
    if len(head) < MIN_PARALLEL or workers <= 1:
        _init(settings, known)
        for task in [*head, *tasks]:
            yield from run_task(task)
        return
    yield from _pooled([*head], tasks, settings, workers, known)


def _pooled(head: list, tasks: Iterator, settings: Settings, workers: int,
            known=None) -> Iterator[Document | KabarError]:
    window: deque = deque()
    with _pool(settings, workers, known) as pool:
        for task in _chain(head, tasks):
            window.append(pool.apply_async(run_task_list, (task,)))
            while len(window) > workers * IN_FLIGHT:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


def _pool(settings: Settings, workers: int, known=None):
    """A process pool whose workers hold a built pipeline (forked from a warm parent where possible)."""
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork":
        _init(settings, known)  # workers inherit the loaded models instead of loading them each
        _warm()
        import gc
        gc.freeze()  # objects made so far stay out of the children's collections: fewer copied pages
    return mp.get_context(method).Pool(workers, initializer=_init, initargs=(settings, known))


def _warm() -> None:
    """Load what the stages load lazily (models, lexicons) once, before the workers are forked."""
    from .analyze import analyze_raw
    from .model import Raw, Source

    text = ("Presiden meresmikan Bendungan Sukamaju di Kabupaten Bogor, Jawa Barat, pada Senin (4/3/2024). "
            '"Bendungan ini mengairi 5.000 hektare sawah," kata Menteri Pekerjaan Umum di lokasi.')
    try:
        analyze_raw(Raw(source=Source(path="<warm-up>"), text=text), _PIPELINE)
    except KabarError:
        pass


def _init(settings: Settings, known=None) -> None:
    global _PIPELINE, _KNOWN
    if known is not None:
        import copy
        _KNOWN = copy.copy(known)  # each process its own connection
    else:
        _KNOWN = None
    if _PIPELINE is None or _PIPELINE.settings != settings:
        from .analyze import default_pipeline
        _PIPELINE = default_pipeline(settings)


# -- tasks ---------------------------------------------------------------------

def iter_tasks(paths: Iterable[str], settings: Settings) -> Iterator[tuple]:
    """Tasks in input order: ('file', path, settings), ('warc', path, start, end, settings), ('items', [...])."""
    from .io.readers import _walk, iter_inputs

    for given in paths:
        if given != "-" and not given.startswith(("http://", "https://")) and os.path.isdir(given):
            for path in _walk(given):
                yield from _file_tasks(path, settings)
        elif given != "-" and os.path.isfile(given):
            yield from _file_tasks(given, settings)
        else:  # stdin, URLs, missing paths: read here as the sequential reader would
            yield from _batched(iter_inputs([given], settings))


def _file_tasks(path: str, settings: Settings) -> Iterator[tuple]:
    from .io.compressed import split_suffix
    from .io.readers import iter_inputs

    inner, compression = split_suffix(path)
    if compression is None and inner in SINGLE_DOC:
        yield ("file", path, settings)
    elif inner == ".warc" and compression in (None, ".gz"):
        yield from _warc_tasks(path, settings)
    else:
        yield from _batched(iter_inputs([path], settings))


def _warc_tasks(path: str, settings: Settings) -> Iterator[tuple]:
    from .io.warc import byte_ranges

    try:
        ranges = byte_ranges(path, os.path.getsize(path), WARC_RANGE)
    except OSError as exc:
        yield ("items", [InputError(path, f"could not be read ({exc.strerror or exc})")])
        return
    for start, end in ranges:
        yield ("warc", path, start, end, settings)


def _batched(items: Iterable[Raw | InputError]) -> Iterator[tuple]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= RAW_BATCH:
            yield ("items", batch)
            batch = []
    if batch:
        yield ("items", batch)


def run_task_list(task: tuple) -> list[Document | KabarError]:
    """A worker's whole answer to one task (a list travels back in one piece)."""
    return list(run_task(task))


def run_task(task: tuple) -> Iterator[Document | KabarError]:
    """Read what the task names (if anything) and analyse it."""
    kind = task[0]
    if kind == "file":
        items = _read_file(task[1], task[2])
    elif kind == "warc":
        from .io.warc import iter_warc
        items = _guarded(task[1], lambda: iter_warc(task[1], task[4].max_bytes, task[2], task[3]))
    else:
        items = task[1]
    for item in items:
        yield analyse_item(item)


def _read_file(path: str, settings: Settings) -> Iterator[Raw | InputError]:
    from .io.readers import read_path
    return _guarded(path, lambda: read_path(path, settings))


def _guarded(path: str, produce) -> Iterator[Raw | InputError]:
    from .io.readers import _guard
    return _guard(path, produce)


def analyse_item(item: Any) -> Document | KabarError:
    """One read input through this process's pipeline; errors as values."""
    from .analyze import analyze_raw

    if isinstance(item, KabarError):
        return item
    if _KNOWN is not None and (found := _KNOWN.known(item)) is not None:
        return found
    try:
        return analyze_raw(item, _PIPELINE)
    except KabarError as exc:
        return exc
