"""Analyse inputs and keep them in the store, one committed document at a time."""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .analyze import analyze
from .errors import KabarError
from .settings import Settings


@dataclass
class IngestReport:
    added: int = 0
    skipped: int = 0
    failed: int = 0
    doc_ids: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def ingest(paths: Iterable[str], settings: Settings, progress: bool = False,
           on_error: Callable[[KabarError], None] | None = None, store=None, workers: int = 1) -> IngestReport:
    """Analyse ``paths`` into the store at ``settings.db``; re-ingesting the same content is a no-op.

    Each document is committed on its own, so an interrupted run keeps everything before it.
    ``workers`` > 1 analyses in that many processes; this one stays the only writer, in input order.
    """
    from .store import Store

    report = IngestReport()
    own = store is None
    store = store or Store(settings.db)
    try:
        with _progress(progress) as bar:
            task = bar.add_task("ingesting", total=None) if bar else None
            for item in analyze(paths, settings, workers=workers):
                _take(item, store, report, on_error)
                if bar:
                    bar.update(task, advance=1, description=f"{report.added} new, {report.skipped} known")
    finally:
        if own:
            store.close()
    return report


def _take(item, store, report: IngestReport, on_error) -> None:
    if isinstance(item, KabarError):
        report.failed += 1
        report.errors.append(str(item))
        if on_error:
            on_error(item)
        return
    if store.add(item):
        report.added += 1
    else:
        report.skipped += 1
    report.doc_ids.append(item.id)


def _progress(enabled: bool):
    if not enabled:
        return nullcontext(None)
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed} docs"),
                    TimeElapsedColumn(), transient=True)
