"""A document's text cut into plain segments carrying the annotations that cover them.

The page highlights entities, times, quantities and quotes inline. Spans may
nest (an entity inside a quote) or overlap, so the text is cut at every span
boundary and each piece lists the annotations over it; the template renders
each piece as escaped text in one element, never as markup built here.
"""
from __future__ import annotations

import bisect
from typing import Any

from .. import l10n
from ..model import Document
from ..store import entity_key
from ..text.lead import headline_end

ENTITY, TIME, QUANTITY, QUOTE = "entity", "time", "quantity", "quote"
# Marks put in search snippets by the store; private-use characters never typed in articles.
SNIPPET_MARKS = ("\ue000", "\ue001")


def entity_id_of(entity) -> str:
    """The store's id for an entity annotation (as ``Store.add`` assigns it)."""
    return entity.entity_id or entity_key(entity.canonical or entity.text)


def spans(doc: Document, lang: str = l10n.DEFAULT_LANGUAGE) -> list[dict[str, Any]]:
    """Every highlightable annotation as ``{start, end, kind, title, href}``, tooltips in ``lang``."""
    out = [{"start": e.start, "end": e.end, "kind": ENTITY,
            "title": f"{e.canonical or e.text} · {l10n.word('entity_type', e.type, lang)}",
            "href": f"/entities/{entity_id_of(e)}"} for e in doc.entities]
    out += [{"start": t.start, "end": t.end, "kind": TIME, "title": l10n.timex(t.value, lang), "href": None}
            for t in doc.times]
    out += [{"start": q.start, "end": q.end, "kind": QUANTITY, "title": l10n.quantity(q.value, q.unit, lang),
             "href": None} for q in doc.quantities]
    out += [{"start": q.start, "end": q.end, "kind": QUOTE,
             "title": f"{q.speaker or '?'}" + (f" · {q.cue}" if q.cue else ""), "href": None} for q in doc.quotes]
    n = len(doc.text)
    return [s for s in out if 0 <= s["start"] < s["end"] <= n]


def cited_span(doc: Document, cite: str | None) -> dict[str, int] | None:
    """The whole sentences holding the span ``"START-END"`` (a source chip's evidence), or None."""
    try:
        start, end = (int(x) for x in (cite or "").split("-", 1))
    except ValueError:
        return None
    if not 0 <= start < end <= len(doc.text):
        return None
    sentences = sorted((s.start, s.end) for s in doc.sentences) or [(0, len(doc.text))]
    first = max(0, bisect.bisect_right([s for s, _ in sentences], start) - 1)
    last = max(first, bisect.bisect_left([e for _, e in sentences], end))
    last = min(last, len(sentences) - 1)
    return {"start": min(start, sentences[first][0]), "end": max(end, sentences[last][1])}


def segments(text: str, annotations: list[dict[str, Any]],
             cited: dict[str, int] | None = None, start: int = 0) -> list[dict[str, Any]]:
    """``text[start:]`` as consecutive pieces ``{text, kinds, title, href, cited}``; a piece with no kinds is plain.

    Pieces inside ``cited`` carry ``cited``; the first and last of them
    ``cited_first`` / ``cited_last`` (where the page puts the anchor and the copy control).
    """
    bounds = (cited["start"], cited["end"]) if cited else ()
    marks = {*bounds, *(a["start"] for a in annotations), *(a["end"] for a in annotations)}
    cuts = sorted({start, len(text), *(m for m in marks if m > start)})
    out: list[dict[str, Any]] = []
    for start, end in zip(cuts, cuts[1:]):
        over = [a for a in annotations if a["start"] <= start and end <= a["end"]]
        piece = _piece(text[start:end], over)
        piece["cited"] = bool(cited) and cited["start"] <= start and end <= cited["end"]
        if out and (out[-1]["kinds"], out[-1]["title"], out[-1]["href"], out[-1]["cited"]) == \
                (piece["kinds"], piece["title"], piece["href"], piece["cited"]):
            out[-1]["text"] += piece["text"]
        else:
            out.append(piece)
    marked = [p for p in out if p["cited"]]
    if marked:
        marked[0]["cited_first"] = marked[-1]["cited_last"] = True
    return out


def body_start(text: str, title: str | None, cited: dict[str, int] | None = None) -> int:
    """Where the text goes on after a first paragraph that repeats the page's heading (0 when it does not,
    or when the cited span lies in that paragraph)."""
    end = headline_end(text, title)
    return 0 if cited and cited["start"] < end else end


def _piece(text: str, over: list[dict[str, Any]]) -> dict[str, Any]:
    """One segment: the innermost annotation's tooltip first, a link when one entity covers it."""
    over = sorted(over, key=lambda a: a["end"] - a["start"])
    links = [a["href"] for a in over if a["href"]]
    return {"text": text, "kinds": sorted({a["kind"] for a in over}),
            "title": " | ".join(dict.fromkeys(a["title"] for a in over)) or None,
            "href": links[0] if len(links) == 1 else None}


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """A snippet made with :data:`SNIPPET_MARKS` as ``[{text, mark}]`` pieces."""
    out, marked = [], False
    opening, closing = SNIPPET_MARKS
    pos = 0
    while pos < len(snippet):
        nxt = snippet.find(closing if marked else opening, pos)
        end = len(snippet) if nxt < 0 else nxt
        if end > pos:
            out.append({"text": snippet[pos:end], "mark": marked})
        if nxt < 0:
            break
        pos, marked = nxt + 1, not marked
    return out
