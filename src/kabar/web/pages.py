"""HTML pages: the same view dicts as the API, rendered with autoescaping Jinja2 templates."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from .. import l10n
from ..errors import NotFound
from ..store.lookup import summaries
from . import i18n, searching, storylines, views
from .api import read_inputs, state
from .display import FILTERS

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
TEMPLATES.env.autoescape = True  # every template, whatever its name
WEB_SCHEMES = ("http", "https")
# A year: the language choice outlives the session.
LANG_COOKIE_AGE = 365 * 24 * 3600

router = APIRouter(include_in_schema=False)


def merge_query(params: dict[str, str], **changes) -> str:
    """The query string ``params`` with ``changes`` applied (None removes a key; for pager and facet links)."""
    merged = {**params, **{k: None if v is None else str(v) for k, v in changes.items()}}
    return urlencode({k: v for k, v in merged.items() if v not in ("", None)})


def is_web_url(value) -> bool:
    """Whether ``value`` is an http(s) URL, the only kind an article may link to (no javascript:)."""
    return isinstance(value, str) and urlsplit(value.strip()).scheme.lower() in WEB_SCHEMES


TEMPLATES.env.filters.update(merge_query=merge_query, is_currency=l10n.is_currency, **FILTERS)
TEMPLATES.env.tests["web_url"] = is_web_url


def request_lang(request: Request) -> str:
    """The page language of a request (query, then cookie, then Accept-Language)."""
    return i18n.choose(request.query_params.get("lang"), request.cookies.get(i18n.COOKIE),
                       request.headers.get("accept-language"))


def render(request: Request, template: str, data: dict[str, Any], status: int = 200) -> HTMLResponse:
    """``template`` over the view dict ``data`` (as ``v``) with the request's labels."""
    query_lang = request.query_params.get("lang")
    lang = request_lang(request)
    context = {"v": data, "t": i18n.labels(lang), "lang": lang, "languages": i18n.LANGUAGES,
               "language_names": i18n.LANGUAGE_NAMES, "path": request.url.path,
               "query": dict(request.query_params)}
    response = TEMPLATES.TemplateResponse(request, template, context, status_code=status)
    if query_lang in i18n.LANGUAGES:
        response.set_cookie(i18n.COOKIE, query_lang, max_age=LANG_COOKIE_AGE, samesite="lax", httponly=True)
    return response


def error_page(request: Request, status: int, message: str, exc: Exception | None = None) -> HTMLResponse:
    """The error page in the reader's language (also used by the app's exception handler)."""
    heading, explanation = i18n.error_text(status, exc, request_lang(request))
    return render(request, "error.html", {"status": status, "heading": heading, "explanation": explanation,
                                          "detail": message}, status)


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


@router.get("/storylines/{storyline_id}", response_class=HTMLResponse)
def storyline_page(request: Request, storyline_id: str):
    s = state(request)
    return render(request, "storyline.html", storylines.storyline_view(s.db, s.story_index, storyline_id))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str, cite: str | None = None):
    s = state(request)
    data = views.document_view(s.db, document_id, s.story_index, cite, request_lang(request))
    return render(request, "document.html", data)


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: str | None = None, type: str | None = None, limit: int | None = None,
                  offset: int | None = None):
    data = views.entities_view(state(request).db, q or None, type or None, limit, offset)
    return render(request, "entities.html", data)


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: str):
    s = state(request)
    return render(request, "entity.html", views.entity_view(s.db, entity_id, s.story_index))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", limit: int | None = None, offset: int | None = None,
                sort: str | None = None, outlet: str | None = None, month: str | None = None,
                entity: str | None = None, story: str | None = None):
    filters = {"outlet": outlet, "month": month, "entity": entity, "story": story}
    data = searching.search_view(state(request).db, q, limit, offset, sort, filters)
    return render(request, "search.html", data)


@router.get("/ingest", response_class=HTMLResponse)
def ingest_page(request: Request):
    s = state(request)
    with s.db.reader() as store:
        _, outlets = s.story_index.get(s.db, store)
    return render(request, "ingest.html", {"max_upload_bytes": s.config.max_upload_bytes,
                                           "max_upload_files": s.config.max_upload_files, "outlets": outlets})


@router.post("/ingest")
async def ingest_form(request: Request):
    """The form's inputs become a job; the browser goes to its progress page."""
    items, rejected = await read_inputs(request, request_lang(request))
    job = state(request).ingester.submit(items, rejected)
    return RedirectResponse(f"/ingest/jobs/{job.id}", status_code=303)


@router.get("/ingest/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str):
    s = state(request)
    job = s.ingester.get(job_id)
    if job is None:
        raise NotFound("job", job_id)
    data = job.to_dict()
    data["documents"] = _joined(s, [dict(d) for d in data["documents"]])
    return render(request, "job.html", {"job": data})


def _joined(s, docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The job's documents with a readable title and the story each joined."""
    with s.db.reader() as store:
        found = summaries(store, [d["id"] for d in docs])
        for d in docs:
            story = s.story_index.story_of(s.db, store, d["id"])
            d["story"] = {"id": story["id"], "title": story["title"], "count": story["count"]} if story else None
            title = d.get("title") or (found[d["id"]].title if d["id"] in found else None)
            d["display_title"] = title or views.readable_titles(store, [{"id": d["id"], "title": None}])[0]["title"]
    return docs
