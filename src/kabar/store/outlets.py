"""One spelling per outlet across the store.

Outlets name themselves in several ways: "PELITATIMUR.COM" in a signature
line, "Pelita Timur" in a feed, "pelitatimur.com" in a URL. They are one
outlet when their letters and digits agree once the web suffix is gone; the
store keeps the most readable spelling (words with spaces and lower-case
letters, no web suffix) for all of them, so lists, filters and briefings
show one name.
"""
from __future__ import annotations

import re

_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.I)
_WEB_SUFFIX = re.compile(r"(?:\.(?:co|or|go|ac|web|my|net|com))?\.(?:id|com|net|org|news|tv|co)$", re.I)
_NOT_ALNUM = re.compile(r"[\W_]+")


def outlet_key(name: str) -> str:
    """What two spellings of one outlet share: "PELITATIMUR.COM" and "Pelita Timur" -> "pelitatimur"."""
    host = _SCHEME.sub("", name.strip()).split("/")[0]
    bare = _WEB_SUFFIX.sub("", host)
    return _NOT_ALNUM.sub("", bare.casefold())


def readability(name: str) -> tuple[bool, bool, bool]:
    """Sort key: no web suffix, some lower-case letters, words apart."""
    return (not _WEB_SUFFIX.search(name), any(c.islower() for c in name), " " in name.strip())


def choose(spellings: list[str]) -> str:
    """The most readable spelling (the earliest on ties)."""
    return max(enumerate(spellings), key=lambda p: (readability(p[1]), -p[0]))[1]


def unify(conn, outlet: str | None) -> str | None:
    """The store's spelling for ``outlet``; rewrites stored rows when ``outlet`` reads better.

    Runs inside the caller's write transaction.
    """
    if not outlet or not outlet_key(outlet):
        return outlet
    key = outlet_key(outlet)
    same = [o for (o,) in conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")
            if outlet_key(o) == key]
    if not same:
        return outlet
    best = choose(same + [outlet])
    for old in same:
        if old != best:
            conn.execute("UPDATE documents SET outlet = ?, json = IIF(packed IS NULL, json_set(json, '$.source.outlet', ?), json)"
                         " WHERE outlet = ?", (best, best, old))
    return best
