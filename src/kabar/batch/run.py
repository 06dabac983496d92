"""``kabar batch``: analyse any number of inputs on a Dask cluster into a Parquet lake.

The driver plans units (:mod:`.units`), skips those the manifest lists as done, submits the rest to
a Dask scheduler (one given with ``--scheduler``, or a ``LocalCluster`` of worker processes it
starts and stops), and reports progress as units finish. Workers write the lake themselves
(:mod:`.lake`), so the lake must be on a file system every worker sees. A unit whose worker dies is
run again by Dask on another worker; a unit that still fails is reported and left for the next run.
"""
from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..errors import InputError, KabarError
from ..settings import Settings
from . import lake as lake_io
from .units import Unit, plan
from .work import error_row, process_unit

UNIT_RETRIES = 2  # besides Dask's own rescheduling of a unit whose worker died


class BatchError(KabarError):
    """The batch could not start (no scheduler, missing dependency)."""


@dataclass
class BatchReport:
    units: int = 0
    skipped_units: int = 0  # done in an earlier run
    documents: int = 0
    errors: int = 0
    failed_units: list[str] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # per worker process
    busy_seconds: dict[str, float] = field(default_factory=dict)  # per worker process: time inside units
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # per worker process: its CPU inside units
    dashboard: str | None = None

    def add(self, entry: dict[str, Any], worker: str) -> None:
        self.documents += entry["documents"]
        self.errors += entry["errors"]
        self.peak_rss_mb[worker] = max(self.peak_rss_mb.get(worker, 0.0), entry["peak_rss_mb"])
        self.busy_seconds[worker] = self.busy_seconds.get(worker, 0.0) + entry.get("seconds", 0.0)
        self.cpu_seconds[worker] = self.cpu_seconds.get(worker, 0.0) + entry.get("cpu_seconds", 0.0)


def run_batch(inputs: Iterable[str], lake: str, settings: Settings, scheduler: str | None = None,
              workers: int | None = None, on_progress: Callable[[BatchReport, int], None] | None = None,
              on_dashboard: Callable[[str], None] | None = None) -> BatchReport:
    """Analyse ``inputs`` into ``lake``; resumable (units already in the manifest are skipped)."""
    t0 = time.perf_counter()
    report = BatchReport()
    lake_io.prepare(lake)
    done = lake_io.done_units(lake)
    units, planning_errors = _plan(inputs, done)
    _record_planning_errors(lake, planning_errors, report)
    todo = [u for u in units if u.id not in done]
    report.units, report.skipped_units = len(units), len(units) - len(todo)
    if todo:
        with connect(scheduler, workers) as client:
            report.dashboard = _dashboard(client)
            if report.dashboard and on_dashboard:
                on_dashboard(report.dashboard)
            _run(client, units, todo, lake, settings, report, on_progress)
    report.seconds = time.perf_counter() - t0
    return report


def _plan(inputs: Iterable[str], done: Iterable[str] = ()) -> tuple[list[Unit], list[InputError]]:
    units, errors = [], []
    for item in plan(inputs, done):
        (errors if isinstance(item, InputError) else units).append(item)
    return units, errors


def _record_planning_errors(lake: str, errors: list[InputError], report: BatchReport) -> None:
    """Inputs that could not even be planned (missing files) go to the errors table too."""
    if not errors:
        return
    import hashlib
    key = hashlib.sha1("\n".join(str(e) for e in errors).encode()).hexdigest()[:20]
    rows = [error_row(e, None) for e in errors]
    lake_io.write_unit(lake, f"plan-{key}", [], rows, {"unit": {"kind": "plan"}, "documents": 0, "errors": len(rows)})
    report.errors += len(rows)


def _run(client, units: list[Unit], todo: list[Unit], lake: str, settings: Settings, report: BatchReport, on_progress) -> None:
    from distributed import as_completed

    order = {u.id: i for i, u in enumerate(units)}
    # The biggest units first, so that the last ones to finish are small and no worker waits long for another.
    futures = [client.submit(process_unit, u, lake, settings, order[u.id], key=f"kabar-unit-{u.id}", pure=False,
                             retries=UNIT_RETRIES, priority=u.nbytes) for u in todo]
    by_key = {f.key: u for f, u in zip(futures, todo)}
    finished = 0
    for future in as_completed(futures):
        finished += 1
        try:
            entry = future.result()
        except Exception as exc:  # a unit that kept failing: reported, left for the next run
            logging.getLogger("kabar.batch").warning("unit %s failed: %s", by_key[future.key].describe(), exc)
            report.failed_units.append(by_key[future.key].id)
        else:
            report.add(entry, str(entry.get("worker_pid")))
        future.release()
        if on_progress:
            on_progress(report, finished)


@contextmanager
def connect(scheduler: str | None, workers: int | None) -> Iterator[Any]:
    """A Dask client: to the scheduler at ``scheduler``, or to a LocalCluster started (and stopped) here."""
    try:
        from distributed import Client
    except ImportError:
        raise BatchError("kabar batch needs Dask: pip install 'kabar[scale]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise BatchError(f"no Dask scheduler answers at {scheduler} ({exc})") from exc
        with client:
            yield client
        return
    from ..parallel import default_workers
    cluster = local_cluster(workers or default_workers(), dashboard=_has_bokeh())
    with cluster, Client(cluster) as client:
        yield client


# Dask's statistical profiler samples every worker's stack 100 times a second and keeps the last 1,000
# one-second profiles: over kabar's deep analysis stacks worker memory grew with the run (1,000 -> 8,000
# documents: 247 -> 325 MB; twelve 150-document units in a row: 204 -> 252 MB) though nothing of kabar's
# did. Without it the same units stay at 197-201 MB.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False}


def local_cluster(workers: int, dashboard: bool = False):
    """A LocalCluster of ``workers`` one-thread worker processes, without Dask's worker profiler."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):  # the nannies pass this configuration on to their workers
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=":0" if dashboard else None, silence_logs=logging.ERROR)


def _has_bokeh() -> bool:
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return False
    return True


def _dashboard(client) -> str | None:
    try:
        return client.dashboard_link if _has_bokeh() or client.scheduler_info().get("services", {}).get(
            "dashboard") else None
    except Exception:
        return None
