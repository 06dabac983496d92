"""Which outlet published a page, from the best source there is.

In order: the page's metadata (``og:site_name``, JSON-LD publisher, an export's
outlet field: already on the document's source); the registrable domain of its
address (``https://m.nasional.tempo.co/read/...`` -> ``tempo.co``); the outlet a
dateline names ("KOTA, OUTLET.COM -", "Jakarta, NU Online"); a web name in a removed
credit, copyright, share or byline line ("Laporan Reporter Tribunnews.com, Nama",
"© 2024 Kompas.com"); the name a follow prompt gives, removed or not ("Ikuti berita
Warta di Google News"); last, the newsroom the text says watched the scene
("Berdasarkan pantauan Warta di lokasi"). Photo captions and credits name other
outlets and are never used. The store keeps one spelling per outlet
(:mod:`kabar.store.outlets`).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..lang.id.boilerplate import NOT_OUTLET_WORDS
from ..model import Boilerplate
from . import rules

# Second-level labels under which a name is registered (``nu.or.id``, ``bbc.co.uk``).
SECOND_LEVEL = frozenset("""
co or go ac sch web my biz net mil desa ponpes com org gov edu
""".split())
# Removed lines whose web names are the page's own outlet (captions and photo credits name others).
OWN_KINDS = ("byline", "source", "copyright", "share", "dateline", "site_prefix", "widget", "section")
_SPLIT = re.compile(r"[\s,;|()\[\]]+")
# "Ikuti terus update berita warta di Google News": a follow prompt names its own outlet.
_FOLLOW = re.compile(r"\b(?:berita|artikel|update|info|konten)\s(?:dari\s)?(?P<name>[\w.-]{3,40})\s"
                     r"(?:di|via|melalui)\s(?:google\s?news|whatsapp|telegram)\b", re.I)
# "Berdasarkan pantauan Warta di lokasi": the page's own newsroom at the scene.
_OWN_WATCH = re.compile(r"\b(?i:pantauan)\s{1,3}(?P<name>[A-Z][\w.&'-]{1,30}(?:\s(?:dan\s)?[A-Z][\w.&'-]{0,30}){0,6})"
                        r"\sdi\s(?:lokasi|lapangan|tempat\skejadian|sekitar|TKP)\b")
MAX_PROMPT_CHARS = 300
MAX_NAME_WORDS = 2  # a longer name gives its web name or acronym ("Kantor Berita ... RMOL"), or nothing


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
        if b.kind.startswith(OWN_KINDS):
            name = _own_name(b.text, b.kind == "share")
            if name:
                return name
    return None


def from_prompts(raw: str) -> str | None:
    """A follow or promotion prompt of the page ('Ikuti berita Warta di Google News'), removed or not."""
    for line in (raw or "").split("\n"):
        if len(line) < MAX_PROMPT_CHARS and rules.whole_line_kind(line) == "share":
            name = _own_name(line, True)
            if name:
                return name
    return None


def _own_name(text: str, prompt: bool) -> str | None:
    """A web name in a line of the page's own; in a prompt, also the name it asks to follow."""
    for tok in _SPLIT.split(text):
        tok = tok.strip(".:/")
        if "/" not in tok and "@" not in tok and rules.DOMAIN_TOKEN.match(tok):
            return tok
    follow = _FOLLOW.search(text) if prompt else None
    if follow and follow.group("name").casefold() not in NOT_OUTLET_WORDS:
        return follow.group("name")
    return None


def from_scene_report(text: str) -> str | None:
    """The newsroom the text says watched the scene: 'pantauan Warta di lokasi' (not 'pantauan Tim SAR')."""
    for m in _OWN_WATCH.finditer(text or ""):
        words = m.group("name").split()
        if words[0].casefold() in NOT_OUTLET_WORDS:
            continue
        if len(words) <= MAX_NAME_WORDS:
            return " ".join(words)
        named = [w for w in words if rules.DOMAIN_TOKEN.match(w) or (len(w) >= 3 and w.isupper() and w.isalpha())]
        if named:
            return named[-1]
    return None


def resolve(metadata: str | None, url: str | None, text_outlet: str | None,
            boilerplate: list[Boilerplate], text: str = "") -> tuple[str | None, str | None]:
    """(outlet, where from): metadata, address, dateline, credit line, scene report; (None, None) when none
    names it."""
    for value, source in ((metadata, "metadata"), (registrable_domain(url), "url"), (text_outlet, "dateline"),
                          (from_credits(boilerplate), "credit")):
        if value and value.strip():
            return value.strip(), source
    for find, source in ((from_prompts, "credit"), (from_scene_report, "text")):
        value = find(text)
        if value:
            return value.strip(), source
    return None, None
