"""Ingest jobs: analysed and stored by one writer thread, progress readable while they run.

A job holds what a request handed in (parsed uploads, pasted text, or a URL
to fetch). The single writer thread takes jobs in order, analyses each
input, stores it, and finally assigns the new documents to stories, so the
database only ever sees one writer.
"""
from __future__ import annotations

import queue
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

from ..analyze import analyze_raw, default_pipeline
from ..errors import KabarError
from ..model import Raw
from ..settings import SERVICE_STAGE_BUDGET_S, Settings
from ..store.stories import assign_pending
from .db import Database
from .safety import Refused

# Finished jobs kept for their progress pages; older ones are forgotten.
KEPT_JOBS = 200
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"


@dataclass
class Job:
    """One ingest request and how far it got."""

    id: str
    items: list[Raw | str]  # a str is a URL still to fetch
    status: str = QUEUED
    created: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    processed: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    stories_assigned: int = 0
    rejected: int = 0  # inputs refused before the job ran (counted as processed and failed)
    documents: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    finished: threading.Event = field(default_factory=threading.Event, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The job as the API shows it."""
        return {"id": self.id, "status": self.status, "created": self.created,
                "total": len(self.items) + self.rejected,
                "processed": self.processed, "added": self.added, "skipped": self.skipped, "failed": self.failed,
                "stories_assigned": self.stories_assigned, "documents": self.documents, "errors": self.errors,
                "url": f"/api/v1/jobs/{self.id}", "page": f"/ingest/jobs/{self.id}"}


class Ingester:
    """The queue of ingest jobs and the one thread that runs them."""

    def __init__(self, db: Database, settings: Settings, fetch: Callable[[str], Raw]):
        self.db, self.fetch = db, fetch
        # A stage that runs away on one upload must not freeze the server: it yields nothing after its budget.
        self.settings = settings if settings.stage_budget_s else settings.with_(stage_budget_s=SERVICE_STAGE_BUDGET_S)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._pipeline = None
        self._thread = threading.Thread(target=self._run, name="kabar-writer", daemon=True)
        self._thread.start()

    def submit(self, items: list[Raw | str], rejected: list[str] = ()) -> Job:
        """Queue a job for ``items``; ``rejected`` names inputs refused before the job (each counts as failed)."""
        job = Job(uuid.uuid4().hex[:12], items)
        job.errors.extend(rejected)
        job.rejected = job.failed = job.processed = len(rejected)
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT_JOBS:
                self._jobs.popitem(last=False)
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        """A job by id, or None once forgotten."""
        with self._lock:
            return self._jobs.get(job_id)

    def stop(self) -> None:
        """Let the writer thread finish its current job and end."""
        self._queue.put(None)
        self._thread.join(timeout=60)

    def _run(self) -> None:
        while (job := self._queue.get()) is not None:
            job.status = RUNNING
            try:
                self._ingest(job)
                job.status = DONE if job.added + job.skipped or not job.failed else FAILED
            except Exception as exc:  # the thread must survive any one job
                job.errors.append(f"ingest stopped: {exc}")
                job.status = FAILED
            finally:
                job.finished.set()

    def _ingest(self, job: Job) -> None:
        """Analyse and store every item, then assign stories."""
        for item in job.items:
            try:
                raw = self.fetch(item) if isinstance(item, str) else item
                self._store(job, analyze_raw(raw, self._get_pipeline()))
            except (KabarError, Refused) as exc:
                job.failed += 1
                job.errors.append(str(exc))
            job.processed += 1
        if job.added:
            with self.db.writing() as store:
                job.stories_assigned = assign_pending(store)

    def _store(self, job: Job, doc) -> None:
        with self.db.writing() as store:
            added = store.add(doc)
        job.added += added
        job.skipped += not added
        job.documents.append({"id": doc.id, "title": doc.title, "added": added, "href": f"/documents/{doc.id}"})

    def _get_pipeline(self):
        """The analysis pipeline, built on first use (it loads models)."""
        if self._pipeline is None:
            self._pipeline = default_pipeline(self.settings)
        return self._pipeline
