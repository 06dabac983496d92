"""One id per real entity across a story's articles.

Each article names its entities on its own: an article that only ever says
"Shoigu" gives him a different id from one that says "Sergei Shoigu". The
store's cross-document linker merges such entities; a briefing applies it
to the story's documents before counting actors and grouping quotes, so a
person is one actor however each outlet spells him.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from ..entities.link import link_entities
from ..model import Document
from .sources import entity_key


def link_story_entities(docs: list[Document]) -> None:
    """Rewrite entity ids and canonical names in ``docs`` (in place) to the story-wide merged entity."""
    rows = _rows(docs)
    if len(rows) < 2:
        return
    target = link_entities(list(rows.values()))
    name = {eid: rows[target.get(eid, eid)]["canonical"] for eid in rows}
    renamed = {rows[eid]["canonical"]: name[eid] for eid in rows if name[eid] != rows[eid]["canonical"]}
    for doc in docs:
        for e in doc.entities:
            key = entity_key(e)
            if key in target:
                e.entity_id, e.canonical = target[key], name[key]
        for q in doc.quotes:
            if q.speaker_entity_id in target:
                q.speaker_entity_id = target[q.speaker_entity_id]
            q.speaker = renamed.get(q.speaker, q.speaker)
        for ev in doc.events:
            ev.actor, ev.target = renamed.get(ev.actor, ev.actor), renamed.get(ev.target, ev.target)


def _rows(docs: list[Document]) -> dict[str, dict]:
    """The linker's input: one row per entity id with its names, types and counts."""
    names: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, Counter] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    doc_ids: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for e in doc.entities:
            key = entity_key(e)
            names[key][e.canonical or e.text] += 1
            types[key][e.type] += 1
            aliases[key].add(e.text)
            doc_ids[key].add(doc.id)
    return {key: {"entity_id": key, "canonical": names[key].most_common(1)[0][0],
                  "type": types[key].most_common(1)[0][0], "types": [t for t, _ in types[key].most_common()],
                  "aliases": sorted(aliases[key]), "mention_count": sum(names[key].values()),
                  "doc_count": len(doc_ids[key])} for key in names}
