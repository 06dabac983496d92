"""Which outlet published a page, from the best source there is.

In order: the page's metadata (``og:site_name``, JSON-LD publisher, an export's
outlet field: already on the document's source); the registrable domain of its
address (``https://m.nasional.tempo.co/read/...`` -> ``tempo.co``); the outlet a
dateline names ("KOTA, OUTLET.COM -", "Jakarta, NU Online"); a web name in a removed
credit, copyright, share or byline line ("Laporan Reporter Tribunnews.com, Nama",
"© 2024 Kompas.com"). Photo captions and credits name other outlets and are never
used. The store keeps one spelling per outlet (:mod:`kabar.store.outlets`).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..model import Boilerplate
from . import rules

# Second-level labels under which a name is registered (``nu.or.id``, ``bbc.co.uk``).
SECOND_LEVEL = frozenset("""
co or go ac sch web my biz net mil desa ponpes com org gov edu
""".split())
# Removed lines whose web names are the page's own outlet (captions and photo credits name others).
OWN_KINDS = ("byline", "source", "copyright", "share", "dateline", "site_prefix", "widget", "section")
_SPLIT = re.compile(r"[\s,;|()\[\]]+")


def registrable_domain(url: str | None) -> str | None:
    """The name an outlet registered: the last two labels, three under a second-level label."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2 or all(x.isdigit() for x in labels):
        return None
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    return ".".join(labels[-keep:])


def from_credits(boilerplate: list[Boilerplate]) -> str | None:
    """A web name in a removed line of the page's own (credits, copyright, share prompts, datelines)."""
    for b in boilerplate:
        if not b.kind.startswith(OWN_KINDS):
            continue
        for tok in _SPLIT.split(b.text):
            tok = tok.strip(".:/")
            if "/" not in tok and "@" not in tok and rules.DOMAIN_TOKEN.match(tok):
                return tok
    return None


def resolve(metadata: str | None, url: str | None, text_outlet: str | None,
            boilerplate: list[Boilerplate]) -> tuple[str | None, str | None]:
    """(outlet, where from): metadata, address, dateline, credit line; (None, None) when none names it."""
    for value, source in ((metadata, "metadata"), (registrable_domain(url), "url"), (text_outlet, "dateline"),
                          (from_credits(boilerplate), "credit")):
        if value and value.strip():
            return value.strip(), source
    return None, None
