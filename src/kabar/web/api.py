"""The JSON API under ``/api/v1``: the views' dicts as JSON, and ingest.

Errors come back as ``{"error": {"status", "message"}}`` (see app.py).
"""
from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..errors import InputError, NotFound
from ..io.decode import decode_bytes
from ..io.readers import parse_text
from ..model import Raw, Source
from . import i18n, searching, storylines, views
from .safety import Refused, check_upload, check_url

router = APIRouter(prefix="/api/v1", tags=["kabar"])
# Room for multipart boundaries and headers around the uploaded bytes.
MULTIPART_OVERHEAD = 64 * 1024
JSON_FIELDS = ("text", "title", "published", "outlet", "url")


def state(request: Request):
    """The app's shared objects (db, story index, ingester, config)."""
    return request.app.state


@router.get("/stories", summary="Stories, newest first")
def stories(request: Request, entity: str | None = None, outlet: str | None = None,
            date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
            limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    s = state(request)
    return views.stories_view(s.db, s.story_index, entity, outlet, date_from, date_to, limit, offset)


@router.get("/stories/{story_id}", summary="A story's briefing")
def story(request: Request, story_id: str) -> dict[str, Any]:
    return views.story_view(state(request).db, story_id, state(request).brief_cache)


@router.get("/documents", summary="Stored documents, newest first")
def documents(request: Request, limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    return views.documents_view(state(request).db, limit, offset)


@router.get("/storylines/{storyline_id}", summary="A storyline: its stories, timeline and coverage")
def storyline(request: Request, storyline_id: str) -> dict[str, Any]:
    s = state(request)
    return storylines.storyline_view(s.db, s.story_index, storyline_id)


@router.get("/documents/{document_id}", summary="One document with its annotations")
def document(request: Request, document_id: str, cite: str | None = None,
             lang: str = Query(i18n.DEFAULT_LANGUAGE, pattern="^(id|en)$")) -> dict[str, Any]:
    """``cite=START-END`` marks the sentences holding that span; ``lang`` is the tooltips' language."""
    s = state(request)
    return views.document_view(s.db, document_id, s.story_index, cite, lang)


@router.get("/entities", summary="Entities, most mentioned first")
def entities(request: Request, q: str | None = None, type: str | None = None,
             limit: int | None = None, offset: int | None = None) -> dict[str, Any]:
    return views.entities_view(state(request).db, q, type, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity")
def entity(request: Request, entity_id: str) -> dict[str, Any]:
    s = state(request)
    return views.entity_view(s.db, entity_id, s.story_index)


@router.get("/search", summary="Full-text search with facets")
def search(request: Request, q: str = "", limit: int | None = None, offset: int | None = None,
           sort: str = Query("relevance", pattern="^(relevance|newest|oldest)$"), outlet: str | None = None,
           month: str | None = None, entity: str | None = None, story: str | None = None) -> dict[str, Any]:
    """Hits for ``q`` with ``total`` and ``facets`` (outlet, month, entity, story); filter by any of them."""
    filters = {"outlet": outlet, "month": month, "entity": entity, "story": story}
    return searching.search_view(state(request).db, q, limit, offset, sort, filters)


@router.get("/jobs/{job_id}", summary="Progress of an ingest job")
def job(request: Request, job_id: str) -> dict[str, Any]:
    found = state(request).ingester.get(job_id)
    if found is None:
        raise NotFound("job", job_id)
    return {"job": found.to_dict()}


@router.post("/documents", summary="Ingest: a file upload, {\"url\"} or {\"text\", \"title\", ...}",
             status_code=201, responses={202: {"description": "accepted, still running"}})
async def ingest(request: Request, wait: float | None = None) -> JSONResponse:
    """Queue the inputs; wait up to ``wait`` seconds (default: the server's setting) for the result."""
    items, rejected = await read_inputs(request, _client_lang(request))
    return await submit(request, items, wait, rejected)


def _client_lang(request: Request) -> str:
    """The language an API client asked for with Accept-Language (English when it did not say)."""
    asked = request.headers.get("accept-language")
    return i18n.choose(None, None, asked) if asked else "en"


async def submit(request: Request, items: list[Raw | str], wait: float | None,
                 rejected: list[str] = ()) -> JSONResponse:
    """Hand ``items`` to the writer; 201 with the result when done in time, else 202."""
    s = state(request)
    job = s.ingester.submit(items, rejected)
    timeout = s.config.ingest_wait_s if wait is None else max(0.0, min(wait, s.config.ingest_wait_s))
    if timeout:
        await run_in_threadpool(job.finished.wait, timeout)
    done = job.finished.is_set()
    return JSONResponse({"job": job.to_dict()}, status_code=201 if done else 202,
                        headers={"Location": f"/api/v1/jobs/{job.id}"})


async def read_inputs(request: Request, lang: str = "en") -> tuple[list[Raw | str], list[str]]:
    """What the request asks to ingest, checked against the limits, and why each refused file was refused.

    Uploaded files are taken one by one: a file kabar cannot read is reported
    (in ``lang``) and the others go on; only when none is left is the request refused.
    """
    kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind == "application/json":
        return _json_inputs(request, await _json_body(request)), []
    if kind in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return await _form_inputs(request, lang)
    raise Refused(415, "send a multipart upload (field 'files'), or JSON {\"url\"} or {\"text\", \"title\", ...}")


async def _json_body(request: Request) -> dict[str, Any]:
    """The request's JSON object, within the upload limit."""
    limit = state(request).config.max_upload_bytes
    body = await _limited_body(request, limit)
    try:
        import json
        data = json.loads(body)
    except ValueError as exc:
        raise Refused(400, f"the request body is not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise Refused(400, "the request body must be a JSON object")
    return data


async def _limited_body(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it grows past ``limit``."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise Refused(413, f"the request is over the upload limit of {limit:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _json_inputs(request: Request, data: dict[str, Any]) -> list[Raw | str]:
    """``{"url"}`` (checked now, fetched by the writer) or ``{"text", ...}``."""
    unknown = set(data) - set(JSON_FIELDS)
    if unknown:
        raise Refused(400, f"unknown fields: {', '.join(sorted(unknown))} (expected {', '.join(JSON_FIELDS)})")
    if not any(isinstance(data.get(k), str) and data[k].strip() for k in ("text", "url")):
        raise Refused(400, "give either \"url\" or \"text\"")
    if any(v is not None and not isinstance(v, str) for v in data.values()):
        raise Refused(400, "every field must be a string")
    if data.get("text", "").strip():
        return [text_raw(data)]
    return [_checked_url(request, data["url"].strip())]


def text_raw(data: dict[str, Any]) -> Raw:
    """A pasted article as a raw input; a ``published`` that is no date is refused with 422."""
    from ..io.decode import normalize
    url = data.get("url") or None
    return Raw(source=Source(path=url or "pasted text", url=url, outlet=data.get("outlet") or None),
               text=normalize(data["text"]), title=data.get("title") or None,
               published=_published(data.get("published")), meta={"format": "text"})


def _published(value: str | None) -> str | None:
    """The ISO day of a given publication date (ISO or Indonesian, e.g. '3 Juni 2024'), or None when none."""
    from ..io.fields import date_value
    if value is None or not value.strip():
        return None
    day, problem = date_value("published", value.strip())
    if problem:
        raise Refused(422, f"published: {problem.reason} (write a date such as 2024-06-03)")
    return day


def _checked_url(request: Request, url: str) -> str:
    """``url`` when its host may be fetched (answered now; the fetch checks again)."""
    check_url(url, state(request).config.allow_private_urls)
    return url


async def _form_inputs(request: Request, lang: str) -> tuple[list[Raw | str], list[str]]:
    """Uploaded files (field ``files``), and/or ``url`` / ``text`` fields of a form; and the refused files."""
    config = state(request).config
    length = request.headers.get("content-length")
    if length is None:
        raise Refused(411, "uploads need a Content-Length")
    if int(length) > config.max_upload_bytes * config.max_upload_files + MULTIPART_OVERHEAD:
        raise Refused(413, f"the upload is over the limit of {config.max_upload_bytes:,} bytes per file")
    form = await request.form(max_files=config.max_upload_files, max_part_size=config.max_upload_bytes)
    items: list[Raw | str] = []
    rejected: list[tuple[int, str]] = []
    try:
        for upload in form.getlist("files") + form.getlist("file"):
            if isinstance(upload, str) or not upload.filename:
                continue
            try:
                items += await _upload_inputs(upload, config)
            except Refused as exc:
                rejected.append((exc.status, _why(exc, upload.filename, config, lang)))
        fields = {k: form.get(k) for k in JSON_FIELDS if isinstance(form.get(k), str) and form.get(k).strip()}
    finally:
        await form.close()
    if fields.get("text"):
        items.append(text_raw(fields))
    elif fields.get("url"):
        items.append(_checked_url(request, fields["url"].strip()))
    if not items and rejected:
        raise Refused(max(status for status, _ in rejected), "; ".join(why for _, why in rejected))
    if not items:
        raise Refused(400, "nothing to ingest: choose files, paste text or give a URL")
    return items, [why for _, why in rejected]


def _why(exc: Refused, filename: str, config, lang: str) -> str:
    """Why one uploaded file was refused, in ``lang`` (the file's own name first)."""
    name = filename.replace("\\", "/").rsplit("/", 1)[-1]
    detail = exc.message.removeprefix(f"'{filename}': ")
    return i18n.upload_reason(exc.status, name, detail, config.max_upload_bytes, lang)


async def _upload_inputs(upload, config) -> list[Raw]:
    """The documents in one uploaded file."""
    size = upload.size if upload.size is not None else 0
    suffix = check_upload(upload.filename, upload.content_type, size, config.upload_rules)
    data = await upload.read(config.max_upload_bytes + 1)
    check_upload(upload.filename, upload.content_type, len(data), config.upload_rules)
    name = upload.filename.replace("\\", "/").rsplit("/", 1)[-1]
    try:
        text = await asyncio.to_thread(decode_bytes, data, name)
    except InputError as exc:
        raise Refused(415, exc.reason) from exc
    out = []
    for item in parse_text(text, name, suffix):
        if isinstance(item, InputError):
            raise Refused(400, item.reason)
        out.append(item)
    return out
