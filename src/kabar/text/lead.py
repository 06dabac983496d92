"""A readable name for an article that has no title: its first sentence, cut at a word."""
from __future__ import annotations

import re

TITLE_CHARS = 90  # a title made from the first sentence is cut near here, at a word
_FIRST_SENTENCE = re.compile(r"^(.{12,}?[.!?])(?:\s|$)", re.S)


def lead_title(text: str | None, limit: int = TITLE_CHARS) -> str | None:
    """The first sentence of ``text`` (at most about ``limit`` characters, cut at a word), or None."""
    first = " ".join((text or "").split())
    if not first:
        return None
    m = _FIRST_SENTENCE.match(first)
    first = m.group(1) if m else first
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
