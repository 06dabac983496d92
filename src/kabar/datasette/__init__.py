"""Open a kabar store in Datasette as it is: titles, descriptions, search and useful queries.

    kabar datasette-metadata --db kabar.db > metadata.json
    datasette kabar.db --metadata metadata.json

:func:`metadata` describes every table and column for people, tells
Datasette that ``documents`` is searched through the ``doc_fts`` index
(whose rows are ``documents.seq``), picks label columns so rows that point
at an entity or story show its name, and adds a few canned queries
(stories with their articles, who said what, numbers by unit).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .schema import COLUMNS, QUERIES, TABLES

__all__ = ["metadata", "write_metadata", "metadata_path"]

TITLE = "kabar: Indonesian news, read carefully"
DESCRIPTION = ("Articles analysed by kabar: clean text, publication dates, entities, time expressions, "
               "quantities, quotes and events, grouped into stories and storylines. The search box of the "
               "'documents' table finds words as written; the 'Search articles' query takes FTS5 syntax "
               "(\"phrases\", prefix*, AND/OR/NOT).")


def database_name(db_path: str | Path) -> str:
    """The name Datasette gives the store: its file name without the extension."""
    return Path(db_path).stem


def metadata(db_path: str | Path) -> dict[str, Any]:
    """Datasette metadata for the store at ``db_path``."""
    tables = {}
    for name, (title, description, extra) in TABLES.items():
        tables[name] = {"title": title, "description": description, **extra}
        if name in COLUMNS:
            tables[name]["columns"] = COLUMNS[name]
    return {"title": TITLE, "description": DESCRIPTION,
            "databases": {database_name(db_path): {"title": TITLE, "description": DESCRIPTION,
                                                   "tables": tables, "queries": QUERIES}}}


def metadata_path(db_path: str | Path) -> Path:
    """Where the metadata is written beside a store: ``NAME.metadata.json``."""
    path = Path(db_path)
    return path.with_name(path.stem + ".metadata.json")


def write_metadata(db_path: str | Path) -> Path:
    """Write :func:`metadata` beside the store; returns the file written."""
    target = metadata_path(db_path)
    target.write_text(json.dumps(metadata(db_path), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target
