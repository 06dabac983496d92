"""What a Dask worker does with one unit: read it, analyse every record, write its tables."""
from __future__ import annotations

import os
import resource
import time
from typing import Any

from ..errors import InputError, KabarError
from ..settings import Settings
from . import lake as lake_io
from .schema import lake_record
from .units import Unit, read_unit

UNIT_SPAN = 1 << 24  # input_order = unit order x this + place in the unit
_PIPELINES: dict[Settings, Any] = {}  # built once per worker process


def pipeline_for(settings: Settings):
    if settings not in _PIPELINES:
        from ..analyze import default_pipeline
        _PIPELINES[settings] = default_pipeline(settings)
    return _PIPELINES[settings]


def process_unit(unit: Unit, lake: str, settings: Settings, order: int = 0) -> dict[str, Any]:
    """Analyse one unit into the lake; a summary for the driver (counts, seconds, peak memory).

    ``order`` is the unit's place in the planned inputs: with each record's place in the unit it gives
    every document its input order (``input_order``), the order ``kabar ingest`` would store them in.
    Documents are written as they are analysed, a chunk at a time (:class:`.lake.UnitWriter`), so a
    worker's memory does not depend on how many records a unit holds.
    """
    t0, cpu0 = time.perf_counter(), time.process_time()
    writer = lake_io.UnitWriter(lake, unit.id)
    try:
        documents, errors = _analyse(unit, settings, order, writer)
        writer.finish()
    except BaseException:
        writer.discard()
        raise
    entry = {"unit": unit.describe(), "order": order, "documents": documents, "errors": errors,
             "seconds": round(time.perf_counter() - t0, 3), "cpu_seconds": round(time.process_time() - cpu0, 3),
             "peak_rss_mb": peak_rss_mb(), "worker_pid": os.getpid()}
    writer.commit(entry)
    return entry


def _analyse(unit: Unit, settings: Settings, order: int, writer: lake_io.UnitWriter) -> tuple[int, int]:
    """Read and analyse every record of ``unit`` into ``writer``; (documents, errors)."""
    from ..analyze import analyze_raw

    pipeline = pipeline_for(settings)
    documents = errors = 0
    for position, item in enumerate(read_unit(unit, settings)):
        if isinstance(item, KabarError):
            writer.error(error_row(item, unit.id))
            errors += 1
            continue
        try:
            writer.add(lake_record(analyze_raw(item, pipeline), order * UNIT_SPAN + position))
            documents += 1
        except KabarError as exc:
            writer.error(error_row(exc, unit.id))
            errors += 1
    return documents, errors


def peak_rss_mb() -> float:
    """The peak resident memory of this process so far, in MB: its own (Linux ``VmHWM``), not the
    ``ru_maxrss`` a spawned worker inherits from the process that forked it (the driver's size at start)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def error_row(exc: KabarError, unit_id: str | None) -> dict[str, Any]:
    """One row of the errors table."""
    path = getattr(exc, "path", None) or getattr(exc, "doc_path", None)
    reason = exc.reason if isinstance(exc, InputError) else str(exc)
    return {"input": path, "line": getattr(exc, "line", None), "reason": reason, "kind": type(exc).__name__,
            "unit": unit_id}
