"""Analyse inputs and keep them in the store, one committed document at a time."""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .analyze import analyze
from .errors import KabarError
from .io.readers import count_inputs
from .settings import Settings
from .store.known import Known


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
    An input whose content the store already holds is skipped before analysis.
    """
    from .store import Store
    from .store.known import KnownContent

    report = IngestReport()
    own = store is None
    store = store or Store(settings.db)
    paths = list(paths)
    try:
        with _progress(progress) as bar:
            task = bar.add_task("ingesting", total=count_inputs(paths)) if bar else None
            current = None
            known = KnownContent(store.path)
            for item in analyze(paths, settings, workers=workers, known=known):
                _take(item, store, report, on_error)
                if bar:
                    here = _input_of(item)
                    if current is not None and here != current:
                        bar.advance(task)  # the previous file is done
                    current = here
                    bar.update(task, description=f"{report.added} new, {report.skipped} known, "
                                                 f"{report.failed} failed")
            if bar:
                bar.update(task, completed=bar.tasks[0].total)
    finally:
        if own:
            store.close()
    return report


def _input_of(item) -> str | None:
    """The input (file, URL) a document or error came from: the progress bar counts inputs."""
    if isinstance(item, KabarError):
        return getattr(item, "path", None) or getattr(item, "doc_path", None)
    return item.source.path or item.source.url


def _take(item, store, report: IngestReport, on_error) -> None:
    if isinstance(item, KabarError):
        report.failed += 1
        report.errors.append(str(item))
        if on_error:
            on_error(item)
        return
    if isinstance(item, Known):
        report.skipped += 1
        report.doc_ids.append(item.doc_id)
        return
    if store.add(item):
        report.added += 1
    else:
        report.skipped += 1
    report.doc_ids.append(item.id)


def _progress(enabled: bool):
    if not enabled:
        return nullcontext(None)
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("files"), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                    transient=True)
