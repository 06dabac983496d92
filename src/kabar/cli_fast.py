"""The ``kabar`` entry point: ``kabar search`` without click or rich where it can, the full command line otherwise.

Importing the click commands (:mod:`kabar.cli`, with click and rich) takes several times as long as
starting Python, so :func:`main` first tries :func:`quick_search`, which answers
``kabar search QUERY [--db FILE] [--limit N] [--format text|json]`` exactly as the full command does
(:func:`kabar.cli.search`) when the output goes to a pipe or a file, and returns True; for anything
else (help, an unknown option, a missing store, a malformed query, a terminal to colour) it returns
False before printing anything, and :func:`kabar.cli.main` answers.
"""
from __future__ import annotations

import os
import sys

OPTIONS = {"--db": "db", "--limit": "limit", "--format": "format"}
# Environment variables with which rich would colour or reshape output even in a pipe.
RICH_ENV = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "COLUMNS")
MARKS = ("\ue000", "\ue001")  # what kabar.cli.SNIPPET_MARKS holds
# kabar.store.SearchHit's fields: the hits come as tuples (Store.search_rows), without the dataclass
FIELDS = ("doc_id", "title", "published", "outlet", "snippet", "score")


def main(argv: list[str] | None = None) -> None:
    """Run the command line on ``argv`` (default: the process's arguments)."""
    args = list(argv) if argv is not None else sys.argv[1:]
    if quick_search(args):
        return
    from .cli import main as full
    full(args)


def parse(args: list[str]) -> dict | None:
    """The search's query and options, or None when the arguments are anything but a plain search."""
    if not args or args[0] != "search":
        return None
    opts: dict = {"db": None, "limit": "10", "format": "text", "query": None}
    rest = iter(args[1:])
    for arg in rest:
        name, eq, value = arg.partition("=")
        if name in OPTIONS:
            value = value if eq else next(rest, None)
            if value is None:
                return None
            opts[OPTIONS[name]] = value
        elif arg.startswith("-") or opts["query"] is not None:
            return None
        else:
            opts["query"] = arg
    if opts["query"] is None or opts["format"] not in ("text", "json") or not opts["limit"].strip().isdigit():
        return None
    return {**opts, "limit": int(opts["limit"])}


def quick_search(args: list[str]) -> bool:
    """Answer a plain search (True), or leave it to the full command line (False, nothing printed)."""
    opts = parse(args)
    if opts is None or (opts["format"] == "text" and (sys.stdout.isatty() or any(map(os.environ.get, RICH_ENV)))):
        return False
    hits = _hits(opts)
    if hits is None:
        return False
    sys.stdout.write(_json(hits) if opts["format"] == "json" else _text(hits))
    return True


def _hits(opts: dict):
    """The search hits, or None where the full command must explain a problem."""
    from .errors import KabarError
    from .store.store import Store
    from .store.snippet import DEFAULT_MARKS

    path = opts["db"] or os.environ.get("KABAR_DB") or "kabar.db"
    if path != ":memory:" and not os.path.exists(path):
        return None
    try:
        with Store(path) as store:
            return store.search_rows(opts["query"], limit=opts["limit"],
                                     marks=DEFAULT_MARKS if opts["format"] == "json" else MARKS)
    except KabarError:
        return None


def _json(hits: list[tuple]) -> str:
    """The hits as ``kabar search --format json`` prints them (SearchHit's fields in order)."""
    import json
    return json.dumps([dict(zip(FIELDS, h)) for h in hits], ensure_ascii=False, indent=2) + "\n"


def _text(hits: list[tuple]) -> str | None:
    """The text listing: a line per hit and its snippet indented, the matched words unmarked."""
    if not hits:
        return "No documents match.\n"
    lines = []
    for doc_id, title, published, outlet, snippet, _ in hits:
        lines.append(f"{doc_id}  {published or '----------'}  {outlet or ''}  {title or ''}".rstrip())
        lines.append("    " + snippet.replace(MARKS[0], "").replace(MARKS[1], ""))
    return "\n".join(lines) + "\n"
