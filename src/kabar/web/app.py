"""The FastAPI application behind ``kabar serve``: pages, JSON API, static assets, error shape.

    app = create_app("kabar.db")             # then: uvicorn.run(app)
"""
from __future__ import annotations

import logging
from collections import namedtuple
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from ..errors import InputError, KabarError, NotFound, StoreError
from ..settings import Settings
from ..store.stories import assign_pending
from . import api, docs, exports, pages, safety
from .db import DEFAULT_POOL_SIZE, Busy, Database
from .jobs import Ingester
from .spool import Spool, spool_folder
from .views import BriefCache, BriefUnavailable, StoryIndex

HERE = Path(__file__).parent
OPENAPI_URL = "/api/v1/openapi.json"
log = logging.getLogger("kabar.web")

Option = namedtuple("Option", ("name", "default", "help"))
OPTIONS = (
    Option("allow_private_urls", False, "Let URL ingestion fetch loopback, private and link-local addresses"),
    Option("max_upload_bytes", 5_000_000, "Largest uploaded file (or JSON body), in bytes; larger gets 413"),
    Option("max_upload_files", 20, "Most files in one upload"),
    Option("pool_size", DEFAULT_POOL_SIZE, "Read-only database connections shared by request threads"),
    Option("ingest_wait_s", 60.0, "How long POST /api/v1/documents waits for its job before answering 202"),
    Option("allowed_hosts", (), "Host names (besides IP addresses and localhost) the server answers; '*': any"),
)


@dataclass(frozen=True)
class WebConfig:
    """The server's own settings (see :data:`OPTIONS`)."""

    allow_private_urls: bool = OPTIONS[0].default
    max_upload_bytes: int = OPTIONS[1].default
    max_upload_files: int = OPTIONS[2].default
    pool_size: int = OPTIONS[3].default
    ingest_wait_s: float = OPTIONS[4].default
    allowed_hosts: tuple[str, ...] = OPTIONS[5].default

    @property
    def upload_rules(self) -> safety.UploadRules:
        return safety.UploadRules(max_bytes=self.max_upload_bytes)


def create_app(db_path: str | Path, settings: Settings | None = None, config: WebConfig | None = None) -> FastAPI:
    """The web app over the store at ``db_path`` (created if missing)."""
    settings = settings or Settings(db=str(db_path))
    config = config or WebConfig()
    db = Database(db_path, pool_size=config.pool_size)
    with db.writing() as store:
        assign_pending(store)  # documents ingested from the command line get their stories now
    folder = spool_folder(db_path)
    ingester = Ingester(db, settings, lambda url: safety.fetch(url, settings.max_bytes, config.allow_private_urls),
                        Spool(folder) if folder else None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        ingester.stop()
        db.close()

    app = FastAPI(title="kabar", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=OPENAPI_URL,
                  description="Indonesian news, read carefully: stories, briefings, documents, entities, search.")
    app.state.db, app.state.settings, app.state.config = db, settings, config
    app.state.story_index, app.state.ingester, app.state.brief_cache = StoryIndex(), ingester, BriefCache()
    app.add_middleware(safety.RequestGuard, allowed_hosts=config.allowed_hosts)
    app.add_middleware(safety.SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(exports.router)
    app.include_router(pages.router)
    docs.mount(app, OPENAPI_URL)
    _error_handlers(app)
    return app


# -- errors ----------------------------------------------------------------

def status_of(exc: Exception) -> tuple[int, str]:
    """The HTTP status and message for an exception."""
    if isinstance(exc, HTTPException):
        return exc.status_code, str(exc.detail)
    if isinstance(exc, RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return 422, f"invalid request: {where}: {first.get('msg', 'invalid value')}"
    if isinstance(exc, safety.Refused):
        return exc.status, exc.message
    if isinstance(exc, NotFound):
        return 404, str(exc)
    if isinstance(exc, (Busy, BriefUnavailable)):
        return 503, str(exc)
    if isinstance(exc, (StoreError, InputError)):
        return 400, str(exc)
    if isinstance(exc, KabarError):
        return 500, str(exc)
    return 500, "internal error"


def _error_handlers(app: FastAPI) -> None:
    """One error shape under /api, an error page elsewhere."""
    async def handle(request: Request, exc: Exception):
        status, message = status_of(exc)
        if status >= 500 and not isinstance(exc, (Busy, BriefUnavailable)):
            log.exception("error on %s", request.url.path, exc_info=exc)
        if request.url.path.startswith("/api/"):
            response = JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
        else:
            response = pages.error_page(request, status, message, exc)
        # A 500 is answered outside the middleware stack: add the headers here too.
        response.headers.update(safety.SECURITY_HEADERS)
        return response

    for kind in (HTTPException, RequestValidationError, KabarError, safety.Refused, Exception):
        app.add_exception_handler(kind, handle)
