"""Commands for corpora beyond one process: ``kabar batch``, ``kabar load``, ``kabar export`` and
``kabar stories --lake`` (the work itself is in :mod:`kabar.batch`)."""
from __future__ import annotations

import json
import sys
import time

import click

from .cli import JSON_OPTS, _fail, _print_json, _settings, db_option, fetch_links_option, max_bytes_option, \
    today_option
from .errors import KabarError
from .settings import SERVICE_STAGE_BUDGET_S

scheduler_option = click.option("--scheduler", default=None, metavar="ADDR",
                                help="A running Dask scheduler (tcp://host:8786); default: a local cluster.")
workers_option = click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                              help="Worker processes of the local cluster (default: all cores).")


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "lake", required=True, metavar="LAKE", help="Folder of the Parquet lake (created).")
@scheduler_option
@workers_option
@max_bytes_option
@today_option
@fetch_links_option
@click.option("--stage-budget", type=click.FloatRange(min=0), default=SERVICE_STAGE_BUDGET_S, show_default=True,
              metavar="SECONDS", help="CPU seconds one stage may spend on one document (0: no limit); over it the "
                                      "stage yields nothing and the document keeps a warning.")
@click.option("--quiet", "-q", is_flag=True, help="No progress or summary.")
def batch(inputs, lake, scheduler, workers, max_bytes, today, fetch_links, stage_budget, quiet) -> None:
    """Analyse any number of inputs on Dask into a Parquet lake; a rerun does only what is missing."""
    _need_scale()
    from .batch.run import run_batch

    settings = _settings(max_bytes=max_bytes, today=today, fetch_links=fetch_links or None,
                         stage_budget_s=stage_budget or None)
    with _Progress(enabled=not quiet and sys.stderr.isatty()) as progress:
        try:
            report = run_batch(inputs, lake, settings, scheduler=scheduler, workers=workers,
                               on_progress=progress.update,
                               on_dashboard=None if quiet else lambda link: click.echo(f"Dask dashboard: {link}",
                                                                                      err=True))
        except KabarError as exc:
            _fail(str(exc))
    if not quiet:
        rate = report.documents / report.seconds if report.seconds else 0.0
        click.echo(f"{report.documents} documents, {report.errors} errors, {report.units - report.skipped_units} "
                   f"units run, {report.skipped_units} already done, {len(report.failed_units)} failed "
                   f"({rate:.1f} docs/s) -> {lake}", err=True)
    sys.exit(1 if report.failed_units or not (report.documents or report.skipped_units) else 0)


def _need_scale() -> None:
    """Dask and pyarrow come with the 'scale' extra; say so instead of a traceback."""
    try:
        import distributed  # noqa: F401
        import pyarrow  # noqa: F401
    except ImportError as exc:
        _fail(f"this command needs Dask and pyarrow ({exc.name} is missing): pip install 'kabar[scale]'")


class _Progress:
    """Documents/s, errors and ETA (over units) on a terminal; silent otherwise."""

    def __init__(self, enabled: bool):
        self.enabled, self.bar, self.task, self.t0 = enabled, None, None, time.perf_counter()

    def __enter__(self):
        if self.enabled:
            from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn
            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/"
                                "{task.total} units"), TimeRemainingColumn(), transient=True)
            self.bar.__enter__()
        return self

    def update(self, report, finished: int) -> None:
        if not self.bar:
            return
        if self.task is None:
            self.task = self.bar.add_task("", total=report.units - report.skipped_units)
        rate = report.documents / max(time.perf_counter() - self.t0, 1e-9)
        self.bar.update(self.task, completed=finished,
                        description=f"{report.documents} docs, {rate:.1f} docs/s, {report.errors} errors")

    def __exit__(self, *exc):
        if self.bar:
            self.bar.__exit__(*exc)


@click.command()
@click.argument("lake")
@db_option
@click.option("--quiet", "-q", is_flag=True)
def load(lake: str, db: str | None, quiet: bool) -> None:
    """Bulk-load a lake into the SQLite store (searchable, with stories) for `kabar serve`."""
    _need_scale()
    from .batch.transfer import load_lake

    settings = _settings(db=db)
    try:
        added, known = load_lake(lake, settings.db)
    except KabarError as exc:
        _fail(str(exc))
    if not quiet:
        click.echo(f"{added} added, {known} already stored ({settings.db})", err=True)
    sys.exit(0 if added + known else 1)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv", "jsonl", "graphml"]), required=True)
@click.option("--out", required=True, metavar="PATH", help="Folder (parquet, csv) or file (jsonl, graphml).")
def export(db: str | None, fmt: str, out: str) -> None:
    """Export the store: a Parquet lake, CSV tables, JSONL documents or the entity graph (GraphML)."""
    from .batch.transfer import export_store

    try:
        n = export_store(_settings(db=db).db, fmt, out)
    except KabarError as exc:
        _fail(str(exc))
    click.echo(f"{n} documents exported as {fmt} -> {out}", err=True)


def stories_lake(lake: str, scheduler: str | None, workers: int | None, fmt: str) -> None:
    """``kabar stories --lake``: cluster the lake on Dask and print the stories."""
    _need_scale()
    from .batch.run import connect
    from .batch.stories import cluster_lake

    try:
        with connect(scheduler, workers) as client:
            result = cluster_lake(lake, client)
    except KabarError as exc:
        _fail(str(exc))
    if fmt == "json":
        _print_json(result.stories)
        return
    for s in result.stories:
        click.echo(f"{s['id']}  {s['start'] or '----------'}..{s['end'] or '----------'}  {s['title']}")
        for d in s["documents"]:
            click.echo(f"    {d}")
    click.echo(json.dumps({"stories": len(result.stories), "windows": result.windows, "seconds": result.seconds},
                          **JSON_OPTS), err=True)
