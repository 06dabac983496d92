"""A readable name for an article that has no title (its first sentence, cut at a word), and where the
body proper starts in a text that opens with its headline."""
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


def headline_end(text: str, title: str | None) -> int:
    """Where the body proper starts when ``text`` opens with the headline as its own paragraph (else 0)."""
    return len(title) + 2 if title and text.startswith(title + "\n\n") else 0
