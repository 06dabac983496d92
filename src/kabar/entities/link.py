"""Entity ids, and linking entities across documents.

``entity_id`` depends only on the canonical name (compared without case, spaces or
hyphens) and the type, so the same entity gets the same id in every run and document.
``link_entities`` merges, over a whole store, a short canonical into the one longer
canonical of the same type it abbreviates ("Shoigu" → "Sergei Shoigu"), and spelling
variants into one another.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from functools import lru_cache

from .canonical import fold, person_name

ID_PREFIX = "ent_"
ID_HEX_CHARS = 16


@lru_cache(maxsize=16384)
def entity_id(canonical: str, type: str) -> str:
    """A stable id for (canonical, type) (cached: the same names recur across documents)."""
    key = f"{type.upper()}|{fold(canonical)}"
    return ID_PREFIX + hashlib.sha1(key.encode("utf-8")).hexdigest()[:ID_HEX_CHARS]


def _words(name: str) -> list[str]:
    return [w.casefold() for w in re.split(r"[\s\-]+", name) if w]


def link_entities(rows: list[dict]) -> dict[str, str]:
    """Map every row's entity_id to the entity_id it merges into (itself when none).

    Rows carry ``entity_id``, ``canonical``, ``type``, ``aliases`` and ``doc_count``.
    """
    target = {r["entity_id"]: r["entity_id"] for r in rows}
    by_key = _merge_variants(rows, target)
    _merge_short_names(rows, target, by_key)
    _merge_aliases(rows, target)
    return {k: _root(target, k) for k in target}


def _root(target: dict[str, str], k: str) -> str:
    while target[k] != k:
        k = target[k]
    return k


def _better(a: dict, b: dict) -> dict:
    """The row to keep: more documents, then the longer name, then the smaller id."""
    return max((a, b), key=lambda r: (r.get("doc_count") or 0, len(r["canonical"]), r["entity_id"]))


def _merge_variants(rows: list[dict], target: dict[str, str]) -> dict[tuple[str, str], dict]:
    """Rows whose canonicals differ only in spelling (Kim Jong-un / Kim Jong Un) merge."""
    by_key: dict[tuple[str, str], dict] = {}
    for r in rows:
        key = (r["type"], fold(person_name(r["canonical"])))
        if key in by_key:
            keep = _better(by_key[key], r)
            drop = r if keep is by_key[key] else by_key[key]
            target[drop["entity_id"]] = keep["entity_id"]
            by_key[key] = keep
        else:
            by_key[key] = r
    return by_key


def _merge_short_names(rows, target, by_key) -> None:
    """A one-word PER canonical merges into the single longer PER it begins or ends."""
    longer: dict[str, list[dict]] = defaultdict(list)
    for r in by_key.values():
        words = _words(r["canonical"])
        if r["type"] == "PER" and len(words) > 1:
            for w in {words[0], words[-1]}:
                longer[w].append(r)
    for r in by_key.values():
        words = _words(r["canonical"])
        if r["type"] != "PER" or len(words) != 1:
            continue
        cands = {c["entity_id"]: c for c in longer.get(words[0], [])}
        if len(cands) == 1:
            target[r["entity_id"]] = next(iter(cands))


def _merge_aliases(rows: list[dict], target: dict[str, str]) -> None:
    """A row whose canonical is another same-type row's alias joins that row."""
    owner: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        for a in r.get("aliases") or []:
            owner[(r["type"], fold(a))].add(r["entity_id"])
    for r in rows:
        owners = owner.get((r["type"], fold(r["canonical"])), set()) - {r["entity_id"]}
        if len(owners) == 1 and _root(target, r["entity_id"]) == r["entity_id"]:
            other = next(iter(owners))
            if _root(target, other) != r["entity_id"]:
                target[r["entity_id"]] = _root(target, other)
