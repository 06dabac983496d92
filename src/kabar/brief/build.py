"""Assemble a story's briefing (and a storyline's timeline) as one JSON-ready dict.

The shape is the one every renderer shares (CLI md/html/json, HTTP API, web
page); see ``build_brief``. Numbers are compared over the whole storyline,
since earlier stories of a topic often state the figures a new one repeats.
"""
from __future__ import annotations

from ..errors import NotFound
from ..model import Document
from ..stories.features import content_stems, real_title
from ..text.lead import lead_title
from ..store.stories import get_story, list_stories, story_documents, storyline_stories
from .. import claims
from . import actors as actors_mod
from . import framing, summary, timeline, unique
from .duplicates import story_pairs
from .link import link_story_entities
from .sources import Sent, outlet, sentences, similarity, word_count


def build_brief(store, story_id: str) -> dict:
    """The briefing of one story; raises :class:`NotFound` for an unknown story id."""
    story = get_story(store, story_id)
    if story is None:
        raise NotFound("story", story_id)
    docs = story_documents(store, story_id)
    link_story_entities(docs)
    sents = {d.id: sentences(d) for d in docs}
    line_sents = dict(sents)
    for other in storyline_stories(store, story["storyline"]) if story["storyline"] else []:
        if other["id"] != story_id:
            line_sents.update({d.id: sentences(d) for d in story_documents(store, other["id"])})
    anchor = timeline.anchor_date(docs)
    compared = claims.verdicts(line_sents, set(sents))
    digest = summary.summarize(sents, figures=claims.key_figures(compared))
    return {
        "story": {k: story[k] for k in ("id", "title", "start", "end", "storyline", "documents")},
        "headline": headline(docs, sents, story, digest),
        "summary": digest,
        "timeline": [timeline.to_dict(e, anchor) for e in timeline.build(sents, anchor)],
        "actors": actors_mod.actors(docs),
        "quotes": actors_mod.quotes(docs),
        "claims": compared,
        "numbers": claims.numbers(compared),
        "framing": framing.framing(docs),
        "only_here": unique.only_here(sents),
        "sources": [source(d) for d in docs],
        "near_copies": story_pairs(docs),
    }


def headline(docs: list[Document], sents: dict[str, list[Sent]], story: dict, digest: list[dict]) -> str:
    """The real headline closest to what all the articles say (a site slogan or section label taken for a
    title is none), else the first summary line."""
    titled = [d for d in docs if d.title and real_title(d.title, content_stems(d.text))]
    if len(titled) == 1:
        return titled[0].title
    if titled:
        return max(titled, key=lambda d: _title_support(d, sents)).title
    return (digest[0]["text"] if digest else "") or story.get("title") or ""


def _title_support(doc: Document, sents: dict[str, list[Sent]]) -> float:
    """How much of a title the other articles' sentences echo."""
    title = Sent(doc, -1, 0, 0, frozenset(content_stems(doc.title or "")), frozenset(), len(doc.title.split()))
    return sum(max((similarity(title, s) for s in ss), default=0.0) for d, ss in sents.items() if d != doc.id)


def source(doc: Document) -> dict:
    """The briefing's entry for one source document."""
    return {"doc_id": doc.id, "title": doc.title, "label": doc.title or lead_title(doc.text), "outlet": outlet(doc),
            "published": doc.published, "url": doc.source.url, "words": word_count(doc)}


def build_timeline(store, entity: str | None = None, storyline: str | None = None) -> dict:
    """Dated entries across stories (all, one storyline, and/or those naming one entity)."""
    keys = _entity_keys(store, entity) if entity else None
    entries = []
    for story in list_stories(store):
        if storyline and story["storyline"] != storyline:
            continue
        docs = story_documents(store, story["id"])
        sents = {d.id: sentences(d) for d in docs}
        anchor = timeline.anchor_date(docs)
        for e in timeline.build(sents, anchor):
            if keys is None or any(keys & s.entities for s in e.sents):
                entries.append({**timeline.to_dict(e, anchor), "story_id": story["id"], "_first": e.first})
    entries.sort(key=lambda x: (x["_first"], x["date"]))
    for x in entries:
        del x["_first"]
    return {"entity": entity, "storyline": storyline, "entries": entries}


def _entity_keys(store, name: str) -> set[str]:
    """The entity ids an entity name, alias or id stands for; NotFound when the store has none."""
    found = store.entity(name)
    if found is None:
        raise NotFound("entity", name)
    return set(getattr(found, "members", None) or [found.entity_id])
