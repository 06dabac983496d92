"""The ``kabar`` command line's entry point: a quick path for ``kabar search``, click for everything else.

The commands live in :mod:`kabar.cli_commands` (click, rich). Importing those takes several times
as long as starting Python, so a plain search (a query and ``--db``/``--limit``/``--format``, its
output going to a pipe or a file) is answered by :mod:`kabar.cli_fast` without them; anything else
(help, errors, a terminal to colour) goes to the full command line, which prints the same thing.
Names of :mod:`kabar.cli_commands` (``cli``, the helpers) stay importable from here.
"""
from __future__ import annotations

import sys
from typing import Any, Iterable


def main(argv: Iterable[str] | None = None) -> None:
    """Run the command line on ``argv`` (default: the process's arguments)."""
    args = list(argv) if argv is not None else sys.argv[1:]
    from .cli_fast import quick_search
    if quick_search(args):
        return
    from .cli_commands import cli
    cli.main(args=args, prog_name="kabar")


def __getattr__(name: str) -> Any:
    """Everything else of the command line, imported on first use (not for the import system's probes)."""
    if name.startswith("__"):
        raise AttributeError(name)
    from . import cli_commands
    try:
        return getattr(cli_commands, name)
    except AttributeError:
        raise AttributeError(f"module 'kabar.cli' has no attribute {name!r}") from None
