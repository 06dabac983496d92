"""Run one fuzz input the way ``kabar ingest`` would, and judge what came back.

An input passes when reading and analysing it raised nothing past kabar's own error
values, every document it gave is serialisable (no lone surrogates), every annotation
lies inside the clean text with ``start <= end``, and the store accepted it.
"""
from __future__ import annotations

import json
import os
import tempfile
import time
import traceback
from dataclasses import dataclass, field

from kabar.analyze import analyze, default_pipeline
from kabar.errors import KabarError
from kabar.model import Document
from kabar.settings import Settings

SLOW_CPU_S = 5.0
ANNOTATION_LISTS = ("sentences", "entities", "times", "quantities", "quotes")


@dataclass
class Outcome:
    """What one input did."""

    cpu_s: float = 0.0
    documents: int = 0
    errors: int = 0  # clean InputError/StageError values: expected for garbage
    uncaught: str | None = None  # traceback of an exception that escaped
    broken: list[str] = field(default_factory=list)  # invariants a document violated


class Harness:
    """A pipeline, a scratch folder and a throwaway store, reused across inputs."""

    def __init__(self, store_every: int = 1):
        self.settings = Settings(today="2024-06-10")
        self.pipeline = default_pipeline(self.settings)
        self.folder = tempfile.mkdtemp(prefix="kabar-fuzz-")
        self.store_every = store_every
        self._store, self._count = None, 0

    def run(self, suffix: str, data: bytes) -> Outcome:
        """Analyse (and store) one input; CPU seconds measured for this process."""
        path = os.path.join(self.folder, "input" + suffix)
        with open(path, "wb") as f:
            f.write(data)
        out = Outcome()
        start = time.process_time()
        try:
            for item in analyze([path], self.settings, self.pipeline):
                if isinstance(item, KabarError):
                    out.errors += 1
                    continue
                out.documents += 1
                out.broken += check_document(item)
                self._keep(item)
        except Exception:  # exactly what the fuzzer hunts for
            out.uncaught = traceback.format_exc(limit=8)
        out.cpu_s = time.process_time() - start
        return out

    def _keep(self, doc: Document) -> None:
        """Store the document in a scratch store (renewed now and then so it stays small)."""
        from kabar.store import Store
        self._count += 1
        if self._count % self.store_every:
            return
        if self._store is None or self._count % 2000 == 0:
            if self._store is not None:
                self._store.close()
            self._store = Store(":memory:")
        self._store.add(doc)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def check_document(doc: Document) -> list[str]:
    """Invariants of an analysed document: serialisable, annotations inside the text, start <= end."""
    broken = []
    try:
        json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError, UnicodeEncodeError) as exc:
        broken.append(f"not serialisable: {type(exc).__name__}: {exc}"[:200])
    size = len(doc.text)
    for name in ANNOTATION_LISTS:
        for a in getattr(doc, name):
            if not (0 <= a.start <= a.end <= size):
                broken.append(f"{name} span {a.start}..{a.end} outside 0..{size} or reversed")
                break
    return broken
