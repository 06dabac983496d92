"""HTML pages: the same view dicts as the API, rendered with autoescaping Jinja2 templates."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from ..errors import NotFound
from . import i18n, views
from .api import read_inputs, state

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.autoescape = True  # every template, whatever its name
WEB_SCHEMES = ("http", "https")
# A year: the language choice outlives the session.
LANG_COOKIE_AGE = 365 * 24 * 3600

router = APIRouter(include_in_schema=False)


def merge_query(params: dict[str, str], **changes) -> str:
    """The query string ``params`` with ``changes`` applied (for pager links)."""
    merged = {**params, **{k: str(v) for k, v in changes.items()}}
    return urlencode({k: v for k, v in merged.items() if v not in ("", None)})


def number(value) -> str:
    """A number as people read it (thousands separated, no trailing .0)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def is_web_url(value) -> bool:
    """Whether ``value`` is an http(s) URL, the only kind an article may link to (no javascript:)."""
    return isinstance(value, str) and urlsplit(value.strip()).scheme.lower() in WEB_SCHEMES


TEMPLATES.env.filters.update(merge_query=merge_query, num=number)
TEMPLATES.env.tests["web_url"] = is_web_url


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
    """``template`` over the view dict ``data`` (as ``v``) with the request's labels."""
    query_lang = request.query_params.get("lang")
    lang = i18n.choose(query_lang, request.cookies.get(i18n.COOKIE), request.headers.get("accept-language"))
    context = {"v": data, "t": i18n.labels(lang), "lang": lang, "languages": i18n.LANGUAGES,
               "path": request.url.path, "query": dict(request.query_params)}
    response = TEMPLATES.TemplateResponse(request, template, context, status_code=status)
    if query_lang in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, query_lang, max_age=LANG_COOKIE_AGE, samesite="lax", httponly=True)
    return response


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """The error page (also used by the app's exception handler)."""
    return render(request, "error.html", {"status": status, "message": message}, status)


@router.get("/", response_class=HTMLResponse)
def stories_page(request: Request, entity: str | None = None, outlet: str | None = None,
                 date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
                 limit: int | None = None, offset: int | None = None):
    s = state(request)
    data = views.stories_view(s.db, s.story_index, entity or None, outlet or None, date_from or None,
                              date_to or None, limit, offset)
    return render(request, "stories.html", data)


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str):
    s = state(request)
    return render(request, "story.html", views.story_view(s.db, story_id, s.brief_cache))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str):
    return render(request, "document.html", views.document_view(state(request).db, document_id))


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: str | None = None, type: str | None = None, limit: int | None = None):
    return render(request, "entities.html", views.entities_view(state(request).db, q or None, type or None, limit))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    return render(request, "entity.html", views.entity_view(state(request).db, entity_id))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", limit: int | None = None, offset: int | None = None):
    return render(request, "search.html", views.search_view(state(request).db, q, limit, offset))


@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request):
    config = state(request).config
    return render(request, "ingest.html", {"max_upload_bytes": config.max_upload_bytes,
                                           "max_upload_files": config.max_upload_files})


@router.post("/ingest")
async def ingest_form(request: Request):
    """The form's inputs become a job; the browser goes to its progress page."""
    job = state(request).ingester.submit(await read_inputs(request))
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str):
    job = state(request).ingester.get(job_id)
    if job is None:
        raise NotFound("job", job_id)
    return render(request, "job.html", {"job": job.to_dict()})
