"""Ingest jobs: analysed and stored by one writer thread, progress readable while they run.

A job holds what a request handed in (parsed uploads, pasted text, or a URL
to fetch). It is saved to the job folder (:mod:`.spool`) before the request
is answered, so a restart resumes what a stop or crash left. The single writer
thread takes jobs in order, analyses each input and stores it; once the queue
is empty (or every 64 jobs / 5 s under a steady stream) it assigns every new
document to stories in one pass (many small jobs cost one assignment, not one each). When idle it also notices documents another
process (``kabar ingest``) stored and gives them their stories.
"""
from __future__ import annotations

import queue
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

from ..analyze import analyze_raw, default_pipeline
from ..errors import KabarError
from ..model import Raw, content_id
from ..settings import SERVICE_STAGE_BUDGET_S, Settings
from ..store.stories import assign_pending, pending_count, with_story
from .db import Database
from .safety import Refused
from .spool import Spool

# Finished jobs kept for their progress pages; older ones are forgotten.
KEPT_JOBS = 200
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
# How often an idle writer looks for documents other processes stored.
POLL_S = 2.0
# How long a stopping server keeps running queued jobs; the rest resume at the next start.
DRAIN_S = 60.0
# Stored jobs wait for one story assignment until the queue is empty, or at most this many / this long.
FINISH_EVERY_JOBS = 64
FINISH_EVERY_S = 5.0


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

    def __init__(self, db: Database, settings: Settings, fetch: Callable[[str], Raw], spool: Spool | None = None,
                 poll_s: float = POLL_S):
        self.db, self.fetch, self.spool, self.poll_s = db, fetch, spool, poll_s
        # A stage that runs away on one upload must not freeze the server: it yields nothing after its budget.
        self.settings = settings if settings.stage_budget_s else settings.with_(stage_budget_s=SERVICE_STAGE_BUDGET_S)
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._pipeline = None
        self._seen_version = self._data_version()
        for saved in spool.pending() if spool else ():
            self._enqueue(Job(saved["id"], saved["items"], created=saved["created"], errors=saved["errors"]))
        self._thread = threading.Thread(target=self._run, name="kabar-writer", daemon=True)
        self._thread.start()

    def submit(self, items: list[Raw | str], rejected: list[str] = ()) -> Job:
        """Queue a job for ``items`` (saved to the job folder first); ``rejected`` names inputs refused
        before the job (each counts as failed)."""
        job = Job(uuid.uuid4().hex[:12], items)
        job.errors.extend(rejected)
        job.rejected = job.failed = job.processed = len(rejected)
        if self.spool and items:
            self.spool.save(job.id, job.created, items, job.errors)
        self._enqueue(job)
        return job

    def _enqueue(self, job: Job) -> None:
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT_JOBS:
                self._jobs.popitem(last=False)
        self._queue.put(job)

    def get(self, job_id: str) -> Job | None:
        """A job by id, or None once forgotten."""
        with self._lock:
            return self._jobs.get(job_id)

    def stop(self, drain_s: float = DRAIN_S) -> None:
        """Run the queued jobs (for up to ``drain_s`` seconds), then end the writer thread."""
        self._queue.put(None)
        self._thread.join(timeout=drain_s)

    def _run(self) -> None:
        waiting: list[Job] = []  # stored, waiting for the next story assignment
        since = 0.0
        while True:
            try:
                job = self._queue.get(timeout=self.poll_s)
            except queue.Empty:
                self._pick_up()
                continue
            if job is None:
                break
            since = since if waiting else time.monotonic()
            waiting.append(job)
            self._run_job(job)
            if self._queue.empty() or len(waiting) >= FINISH_EVERY_JOBS or time.monotonic() - since > FINISH_EVERY_S:
                self._finish(waiting)
                waiting = []
        self._finish(waiting)

    def _run_job(self, job: Job) -> None:
        job.status = RUNNING
        try:
            self._ingest(job)
        except Exception as exc:  # the thread must survive any one job
            job.errors.append(f"ingest stopped: {exc}")
            job.status = FAILED

    def _finish(self, jobs: list[Job]) -> None:
        """Assign stories to what ``jobs`` stored, then mark them done and drop them from the job folder."""
        try:
            if any(job.added for job in jobs):
                with self.db.writing() as store:
                    assign_pending(store)
                    for job in jobs:
                        job.stories_assigned = with_story(store, [d["id"] for d in job.documents if d["added"]])
        except Exception as exc:  # noqa: BLE001 - the documents are stored; stories come at the next pass
            for job in jobs:
                job.errors.append(f"stories not assigned yet: {exc}")
        for job in jobs:
            if job.status == RUNNING:
                job.status = DONE if job.added + job.skipped or not job.failed else FAILED
            if self.spool:
                self.spool.remove(job.id)
            job.finished.set()

    def _pick_up(self) -> None:
        """Give stories to documents another process stored since the last look (cheap when nothing changed)."""
        version = self._data_version()
        if version == self._seen_version:
            return
        self._seen_version = version
        try:
            with self.db.writing() as store:
                if pending_count(store):
                    assign_pending(store)
        except Exception:  # noqa: BLE001 - tried again at the next change
            pass

    def _data_version(self) -> int:
        return self.db.writer.data_version()

    def _ingest(self, job: Job) -> None:
        """Analyse and store every item."""
        for item in job.items:
            try:
                raw = self.fetch(item) if isinstance(item, str) else item
                if not self._known(job, raw):
                    self._store(job, analyze_raw(raw, self._get_pipeline()))
            except (KabarError, Refused) as exc:
                job.failed += 1
                job.errors.append(str(exc))
            job.processed += 1

    def _known(self, job: Job, raw: Raw) -> bool:
        """Whether the store holds this content already (counted as skipped, not analysed again)."""
        with self.db.reader() as store:
            if not raw.text or not store.has_content(raw.text):
                return False
        job.skipped += 1
        doc_id = content_id(raw.text)
        job.documents.append({"id": doc_id, "title": raw.title, "added": False, "href": f"/documents/{doc_id}"})
        return True

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

