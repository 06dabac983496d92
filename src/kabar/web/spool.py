"""Accepted ingest jobs kept on disk until they are done, so a restart resumes them.

One JSON file per job in a folder beside the store (``kabar.db`` -> ``kabar.db-jobs/``),
written to a temporary name, flushed to disk and renamed, so a file is either whole
or absent. The file is removed once its documents are stored and assigned to stories;
a server killed before that finds it at its next start and runs the job again (the
store skips what it already holds, so nothing is stored twice).
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict
from pathlib import Path

from ..model import Raw, Source

SUFFIX = ".job.json"
log = logging.getLogger("kabar.web")


def spool_folder(db_path: str | Path) -> Path | None:
    """The job folder of a store file (None for an in-memory store)."""
    text = str(db_path)
    if not text or text == ":memory:" or text.startswith("file:"):
        return None
    return Path(f"{text}-jobs")


class Spool:
    """The on-disk queue of accepted jobs."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def save(self, job_id: str, created: str, items: list[Raw | str], errors: list[str]) -> None:
        """Persist one job before it is acknowledged."""
        data = {"id": job_id, "created": created, "errors": errors, "items": [_item_json(i) for i in items]}
        final = self.folder / f"{created.replace(':', '')}-{job_id}{SUFFIX}"
        temp = final.with_suffix(".tmp")
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, default=str)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, final)

    def remove(self, job_id: str) -> None:
        """Forget a finished job."""
        for path in self.folder.glob(f"*-{job_id}{SUFFIX}"):
            path.unlink(missing_ok=True)

    def pending(self) -> list[dict]:
        """The jobs left by an earlier run, oldest first: dicts with id, created, errors and items."""
        out = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                data["items"] = [_item_from(i) for i in data["items"]]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                path.rename(path.with_suffix(".unreadable"))  # kept for a person to look at
                log.warning("%s: an unreadable saved job was set aside (%s)", path, exc)
                continue
            out.append(data)
        for temp in self.folder.glob("*.tmp"):
            temp.unlink(missing_ok=True)  # a save cut short: its request was never acknowledged
        return out


def _item_json(item: Raw | str) -> dict:
    """One input as JSON: a URL still to fetch, or a raw document."""
    return {"url": item} if isinstance(item, str) else {"raw": asdict(item)}


def _item_from(data: dict) -> Raw | str:
    if "url" in data:
        return str(data["url"])
    raw = dict(data["raw"])
    raw["source"] = Source(**raw["source"])
    return Raw(**raw)
