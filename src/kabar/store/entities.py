"""Entities across documents: one id per real entity, its aliases, counts and documents.

A mention belongs to the entity its annotation's ``entity_id`` names (the
pipeline derives it from canonical name and type), or, for annotations
without one, to :func:`entity_key` of its canonical name. On top of that,
when ``kabar.entities.link`` is installed, its ``link_entities(rows)`` merges
entities across documents (a bare ``Shoigu`` into ``Sergei Shoigu``); it
receives one dict per entity (``entity_id``, ``canonical``, ``type``,
``types``, ``aliases``, ``mention_count``, ``doc_count``) and returns
``{entity_id: merged entity_id}``. Merging happens when listing, so it always
reflects the whole store.
"""
from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from typing import Callable

from .rows import DocRef, EntityDetail, EntityRow
from .stemming import fold, words

Linker = Callable[[list[dict]], dict[str, str]]
LINKER_MODULE = "kabar.entities.link"
# Guards against a linker mapping that loops (a -> b -> a).
MAX_LINK_HOPS = 16


def entity_key(canonical: str) -> str:
    """The entity id for a mention without one: a slug of its canonical name (``kim-jong-un``)."""
    return "-".join(words(canonical)) or fold(canonical).strip() or "entity"


def all_entities(conn: sqlite3.Connection) -> list[EntityDetail]:
    """Every stored entity, merged by the linker when one is installed."""
    base = _base_rows(conn)
    groups: dict[str, list[str]] = defaultdict(list)
    mapping = _link(list(base.values()))
    for eid in base:
        groups[_resolve(mapping, eid, base)].append(eid)
    merged = any(len(members) > 1 for members in groups.values())
    docs = _doc_sets(conn) if merged else {}
    return [_merge(target, members, base, docs) for target, members in groups.items()]


def filter_rows(rows: list[EntityDetail], type: str | None, query: str | None) -> list[EntityDetail]:
    """Rows of ``type`` (any of their types) whose name or an alias contains ``query``."""
    needle = fold(query).strip() if query else ""
    out = []
    for row in rows:
        if type and type.upper() not in row.types:
            continue
        if needle and not any(needle in fold(name) for name in [row.canonical, *row.aliases]):
            continue
        out.append(row)
    out.sort(key=lambda r: (-r.mention_count, r.canonical))
    return out


def find_entity_id(conn: sqlite3.Connection, name_or_id: str) -> str | None:
    """The stored entity an id, canonical name or alias names (the most mentioned on ties)."""
    lookups = (
        ("SELECT entity_id FROM entities WHERE entity_id = ?", name_or_id),
        ("SELECT entity_id FROM entities WHERE canonical = ? COLLATE NOCASE", name_or_id),
        # (a canonical name matched above: entity_alias holds the other spellings)
        ("SELECT e.entity_id FROM entity_alias a JOIN entities e ON e.key = a.entity"
         " JOIN entity_mentions m ON m.entity = a.entity"
         " WHERE a.alias = ? COLLATE NOCASE GROUP BY e.entity_id ORDER BY SUM(m.n) DESC, e.entity_id", name_or_id),
        ("SELECT entity_id FROM entities WHERE entity_id = ?", entity_key(name_or_id)),
    )
    for sql, arg in lookups:
        row = conn.execute(sql, (arg,)).fetchone()
        if row:
            return row[0]
    return None


def entity_documents(conn: sqlite3.Connection, members: list[str]) -> list[DocRef]:
    """The documents mentioning any of ``members``, newest first."""
    marks = ",".join("?" * len(members))
    rows = conn.execute(
        f"SELECT DISTINCT d.id, d.title, d.published, d.seq FROM entity_mentions m JOIN documents d ON d.seq = m.doc_seq"
        f" JOIN entities e ON e.key = m.entity WHERE e.entity_id IN ({marks}) ORDER BY d.published IS NULL, d.published DESC, d.seq DESC",
        members).fetchall()
    return [DocRef(r[0], r[1], r[2]) for r in rows]


def _base_rows(conn: sqlite3.Connection) -> dict[str, EntityDetail]:
    """One row per stored entity with its counts, types and aliases."""
    rows: dict[str, EntityDetail] = {}
    for eid, canonical, mentions, docs in conn.execute(
            "SELECT e.entity_id, e.canonical, SUM(m.n), COUNT(DISTINCT m.doc_seq)"
            " FROM entities e JOIN entity_mentions m ON m.entity = e.key GROUP BY e.entity_id ORDER BY e.entity_id"):
        rows[eid] = EntityDetail(eid, canonical, "", mention_count=mentions, doc_count=docs, members=[eid])
    type_counts: dict[str, Counter] = defaultdict(Counter)
    for eid, type_, n in conn.execute("SELECT e.entity_id, m.type, SUM(m.n) FROM entity_mentions m"
                                      " JOIN entities e ON e.key = m.entity GROUP BY e.entity_id, m.type"
                                      " ORDER BY e.entity_id, m.type"):
        type_counts[eid][type_] = n
    aliases: dict[str, list[str]] = defaultdict(list)
    for eid, alias in conn.execute("SELECT entity_id, alias FROM entity_aliases ORDER BY alias"):
        aliases[eid].append(alias)
    for eid, row in rows.items():
        row.types = [t for t, _ in type_counts[eid].most_common()]
        row.type = row.types[0]
        row.aliases = aliases[eid]
    return rows


def _doc_sets(conn: sqlite3.Connection) -> dict[str, set[int]]:
    """The documents of every entity, for counting merged entities' documents."""
    out: dict[str, set[int]] = defaultdict(set)
    for eid, doc_id in conn.execute("SELECT DISTINCT e.entity_id, m.doc_seq FROM entity_mentions m"
                                    " JOIN entities e ON e.key = m.entity"):
        out[eid].add(doc_id)
    return out


def _merge(target: str, members: list[str], base: dict[str, EntityDetail],
           docs: dict[str, set[int]]) -> EntityDetail:
    """One entity made of ``members``, named as ``target``."""
    head = base[target]
    if len(members) == 1:
        return head
    types: Counter = Counter()
    for m in members:
        types.update({t: base[m].mention_count for t in base[m].types[:1]})
    ordered_types = [t for t, _ in types.most_common()]
    ordered_types += [t for m in members for t in base[m].types if t not in ordered_types]
    return EntityDetail(
        target, head.canonical, ordered_types[0], types=list(dict.fromkeys(ordered_types)),
        aliases=sorted({a for m in members for a in base[m].aliases}),
        mention_count=sum(base[m].mention_count for m in members),
        doc_count=len(set().union(*(docs[m] for m in members))),
        members=sorted(members, key=lambda m: m != target))


def _resolve(mapping: dict[str, str], eid: str, base: dict[str, EntityDetail]) -> str:
    """Follow the linker's mapping from ``eid`` to a stored entity."""
    current = eid
    for _ in range(MAX_LINK_HOPS):
        nxt = mapping.get(current)
        if nxt is None or nxt == current or nxt not in base:
            break
        current = nxt
    return current


def _link(rows: list[EntityRow]) -> dict[str, str]:
    """The cross-document merges proposed by the linker, or none without one."""
    linker = _linker()
    if not linker or not rows:
        return {}
    return linker([{"entity_id": r.entity_id, "canonical": r.canonical, "type": r.type, "types": r.types,
                    "aliases": r.aliases, "mention_count": r.mention_count, "doc_count": r.doc_count}
                   for r in rows])


def _linker() -> Linker | None:
    """``kabar.entities.link.link_entities`` when that module exists."""
    try:
        from importlib import import_module
        module = import_module(LINKER_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name and LINKER_MODULE.startswith(exc.name):
            return None
        raise
    return getattr(module, "link_entities", None)
