"""Downloads: stories, a briefing, search results and entities as CSV, JSON or Markdown.

    /export/stories.csv?outlet=…        the stories list (same filters as the page)
    /export/stories/{id}.md             one briefing (Markdown in the reader's language)
    /export/search.json?q=…&sort=…      every search hit (same facets as the page)
    /export/entities.csv?type=PER       entities

CSV starts with a byte-order mark so spreadsheet programs read it as UTF-8;
one row per item, its sources joined with "; ".
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Iterable

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from .. import l10n
from ..brief.render import _md, to_markdown
from ..errors import NotFound
from . import searching, views
from .api import state

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json",
           "md": "text/markdown; charset=utf-8"}
MAX_ROWS = 10_000
BOM = "\ufeff"
JOIN = "; "

router = APIRouter(prefix="/export", include_in_schema=False)


def _lang(request: Request) -> str:
    from .pages import request_lang
    return request_lang(request)


def _check(fmt: str) -> str:
    if fmt not in FORMATS:
        raise NotFound("format", fmt)
    return fmt


def download(body: str, fmt: str, name: str) -> Response:
    """``body`` as a file download called ``name.fmt``."""
    if fmt == "csv":
        body = BOM + body
    return Response(body, media_type=FORMATS[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})


def to_csv(header: list[str], rows: Iterable[list[Any]]) -> str:
    """Rows as CSV text (None as an empty cell)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return out.getvalue()


def to_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


# -- stories ---------------------------------------------------------------

@router.get("/stories.{fmt}")
def stories(request: Request, fmt: str, entity: str | None = None, outlet: str | None = None,
            date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to")):
    found = _all_stories(state(request), entity, outlet, date_from, date_to)
    return download(_stories_body(found, _check(fmt), _lang(request)), fmt, "kabar-stories")


def _all_stories(s, entity, outlet, date_from, date_to) -> list[dict[str, Any]]:
    """Every story passing the filters (up to MAX_ROWS), page by page."""
    out: list[dict[str, Any]] = []
    while len(out) < MAX_ROWS:
        page = views.stories_view(s.db, s.story_index, entity or None, outlet or None, date_from or None,
                                  date_to or None, views.MAX_LIMIT, len(out))
        out += page["stories"]
        if page["pagination"]["next"] is None:
            break
    return out


def _stories_body(found: list[dict[str, Any]], fmt: str, lang: str) -> str:
    keys = ("id", "title", "start", "end", "count", "outlets", "storyline", "documents")
    if fmt == "json":
        return to_json([{k: s[k] for k in keys} for s in found])
    if fmt == "csv":
        return to_csv(list(keys), ([s["id"], s["title"], s["start"], s["end"], s["count"], JOIN.join(s["outlets"]),
                                    s["storyline"], JOIN.join(s["documents"])] for s in found))
    words = l10n.TABLES["brief"][lang]
    lines = [f"# {'Cerita' if lang == 'id' else 'Stories'}", ""]
    lines += [f"- **{_md(s['title'])}** ({_md(l10n.date(s['start'], lang))}, {s['count']} {words['articles']}; "
              f"{_md(', '.join(s['outlets']))}) `{s['id']}`" for s in found]
    return "\n".join(lines) + "\n"


# -- a briefing -------------------------------------------------------------

@router.get("/stories/{story_id}.{fmt}")
def briefing(request: Request, story_id: str, fmt: str):
    s = state(request)
    brief = views.story_view(s.db, story_id, s.brief_cache)
    lang = _lang(request)
    if _check(fmt) == "json":
        body = to_json({k: v for k, v in brief.items() if k != "labels"})
    elif fmt == "md":
        body = to_markdown(brief, lang)
    else:
        body = to_csv(BRIEF_COLUMNS, briefing_rows(brief, lang))
    return download(body, fmt, f"kabar-{story_id}")


BRIEF_COLUMNS = ["section", "date", "text", "who", "value", "verdict", "outlets", "titles", "documents", "urls"]


def briefing_rows(brief: dict[str, Any], lang: str) -> Iterable[list[Any]]:
    """One CSV row per summary line, timeline entry, actor, quote, number and source."""
    labels = brief.get("labels") or {}
    urls = {src["doc_id"]: src.get("url") for src in brief.get("sources", [])}
    cited = lambda refs: _cited(refs, labels, urls)  # noqa: E731
    for item in brief.get("summary", []):
        yield ["summary", None, item["text"], None, None, None, *cited(item["sources"])]
    for item in brief.get("timeline", []):
        yield ["timeline", l10n.timex(item["date"], lang), item["text"], None, None,
               "background" if item.get("historical") else None, *cited(item["sources"])]
    for a in brief.get("actors", []):
        yield ["actor", None, l10n.role(a["role_detail"], lang) if a.get("role_detail") else a.get("role"),
               a["name"], a["mentions"], l10n.word("entity_type", a["type"], lang), "", "", "", ""]
    for group in brief.get("quotes", []):
        for q in group["quotes"]:
            yield ["quote", None, q["text"], group.get("speaker"), None, "direct" if q.get("direct") else "indirect",
                   *cited([q["source"]])]
    for n in brief.get("numbers", []):
        for v in n["values"]:
            shown = l10n.quantity(v["value"], n.get("unit"), lang)
            yield ["number", None, v.get("text"), n["topic"], shown, "agree" if n["agree"] else "disagree",
                   *cited(v["sources"])]
    for src in brief.get("sources", []):
        yield ["source", src.get("published"), labels.get(src["doc_id"], {}).get("title") or src.get("title"),
               None, src.get("words"), None, *cited([{"doc_id": src["doc_id"], "outlet": src.get("outlet")}])]


def _cited(refs: list[dict], labels: dict, urls: dict) -> list[str]:
    """outlets, titles, document ids and URLs of the documents ``refs`` cite."""
    ids = list(dict.fromkeys(r["doc_id"] for r in refs))
    ref_outlet = {r["doc_id"]: r.get("outlet") for r in refs}
    outlets = [labels.get(i, {}).get("outlet") or ref_outlet.get(i) for i in ids]
    titles = [labels.get(i, {}).get("title") for i in ids]
    return [JOIN.join(filter(None, outlets)), JOIN.join(filter(None, titles)), JOIN.join(ids),
            JOIN.join(filter(None, (urls.get(i) for i in ids)))]


# -- search and entities ----------------------------------------------------

@router.get("/search.{fmt}")
def search(request: Request, fmt: str, q: str = "", sort: str | None = None, outlet: str | None = None,
           month: str | None = None, entity: str | None = None, story: str | None = None):
    filters = {"outlet": outlet, "month": month, "entity": entity, "story": story}
    hits = _all_hits(state(request).db, q, sort, filters)
    lang = _lang(request)
    keys = ("doc_id", "title", "outlet", "published", "score", "story", "snippet")
    rows = [{**{k: h[k] for k in keys}, "story": (h["story"] or {}).get("title"),
             "snippet": "".join(p["text"] for p in h["parts"])} for h in hits]
    if _check(fmt) == "json":
        body = to_json({"q": q, "filters": filters, "hits": rows})
    elif fmt == "csv":
        body = to_csv(list(keys), ([r[k] for k in keys] for r in rows))
    else:
        lines = [f"# {'Pencarian' if lang == 'id' else 'Search'}: {_md(q)}", ""]
        lines += [f"- **{_md(r['title'])}** ({_md(r['outlet'] or '')}, {_md(l10n.date(r['published'], lang))}): "
                  f"{_md(r['snippet'])}" for r in rows]
        body = "\n".join(lines) + "\n"
    return download(body, fmt, "kabar-search")


def _all_hits(db, q: str, sort: str | None, filters: dict) -> list[dict[str, Any]]:
    """Every hit (up to MAX_ROWS), page by page."""
    out: list[dict[str, Any]] = []
    while len(out) < MAX_ROWS:
        page = searching.search_view(db, q, views.MAX_LIMIT, len(out), sort, filters)
        out += page["hits"]
        if page["pagination"]["next"] is None:
            break
    return out


@router.get("/entities.{fmt}")
def entities(request: Request, fmt: str, q: str | None = None, type: str | None = None):
    data = views.entities_view(state(request).db, q or None, type or None, views.MAX_LIMIT, 0)
    rows = data["entities"]
    total = data["pagination"]["total"]
    while len(rows) < min(total, MAX_ROWS):
        rows += views.entities_view(state(request).db, q or None, type or None, views.MAX_LIMIT,
                                    len(rows))["entities"]
    lang = _lang(request)
    keys = ("entity_id", "canonical", "type", "mention_count", "doc_count", "aliases")
    if _check(fmt) == "json":
        body = to_json(rows)
    elif fmt == "csv":
        body = to_csv([*keys, "type_name"], ([*(JOIN.join(r[k]) if k == "aliases" else r[k] for k in keys),
                                             l10n.word("entity_type", r["type"], lang)] for r in rows))
    else:
        lines = [f"# {'Entitas' if lang == 'id' else 'Entities'}", ""]
        lines += [f"- **{_md(r['canonical'])}** ({l10n.word('entity_type', r['type'], lang)}): "
                  f"{r['mention_count']}, {r['doc_count']} `{r['entity_id']}`" for r in rows]
        body = "\n".join(lines) + "\n"
    return download(body, fmt, "kabar-entities")
