"""Names that only a stray headline or a related link inside the body gives: another story's, not this one's.

A page's links to other stories ("Baca juga" lists without their label, a box of related headlines)
sometimes stay in the body as lines of their own. Such a line has a headline's shape: title case,
six words or more, no closing punctuation, not a numbered or quoted line. An in-article subheading
has that shape too, but the names in it come back in the paragraphs under it; a name that only such
a line gives belongs to the other story, and is dropped. The first line (the article's own headline,
where the cleaner kept it) is never one. A related link with its label ("Baca juga: ...", "(Baca: ...)")
left inside a paragraph names another story the same way. A name reaching the end of a page cut off in
mid-word may be cut short, and counts only where the text writes it elsewhere.
"""
from __future__ import annotations

import re

from ..lang.id.boilerplate import RELATED_MARKERS
from .recognize import Mention
from .scan_runs import is_headline
from .tokens import tokenize

# A link to another story left inside the body: a related-link label and a colon, up to the closing
# bracket ("(Baca: ...)") or the end of the line ("Baca juga: ...").
RELATED_SEGMENT = re.compile(r"(?:\((?:%s|baca)\s*:[^)\n]*\)?|\b(?:%s|baca)\s*:[^\n]*)"
                             % ("|".join(RELATED_MARKERS), "|".join(RELATED_MARKERS)), re.IGNORECASE)

MIN_WORDS = 6
MIN_CUT_PAGE = 1000  # characters of a page long enough to have been cut off by the store
# A line ending like a sentence, a quote or a clause is no headline; one opening like a list item or a
# quote is the article's own.
CLOSERS = (".", "!", "?", "”", '"', "’", "'", ":", ")", "…", ",", ";")
OPENERS = ("“", '"', "‘", "'", "-", "•", "*", "(")


def drop_stray_headline_names(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions less those whose surface only headline-shaped body lines give."""
    if not mentions:
        return mentions
    spans = _stray_headlines(text) + _related_segments(text) + _cut_end(text)
    if not spans:
        return mentions
    inside = [any(m.start < e and m.end > s for s, e in spans) for m in mentions]
    elsewhere = {m.text.casefold() for m, on in zip(mentions, inside) if not on}
    return [m for m, on in zip(mentions, inside) if not on or m.text.casefold() in elsewhere]


def _related_segments(text: str) -> list[tuple[int, int]]:
    """(start, end) of every related link with its label; each holds a colon, so a text without one
    (most) skips the case-blind scan."""
    return [m.span() for m in RELATED_SEGMENT.finditer(text)] if ":" in text else []


def _cut_end(text: str) -> list[tuple[int, int]]:
    """The last word of a page cut off in mid-word (stored pages often stop after some 2,000 characters):
    the text ends in a letter with no closing punctuation, so a name reaching its end may be cut short
    ("Kementerian Ko")."""
    body = text.rstrip()
    if len(body) < MIN_CUT_PAGE or not body[-1].isalnum():
        return []  # a short text (a headline, a snippet) ends where its writer ended it
    start = max(body.rfind(" "), body.rfind("\n")) + 1
    return [(start, len(body))]


def _stray_headlines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every headline-shaped line after the first."""
    out, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        start, pos = pos, pos + len(line) + 1
        if n and _shaped(line) and is_headline(tokenize(text, start, start + len(line))):
            out.append((start, start + len(line)))
    return out


def _shaped(line: str) -> bool:
    """The cheap tests: long enough, no closing punctuation, no list or quote opening it."""
    s = line.strip()
    return (s.count(" ") + 1 >= MIN_WORDS and not s.endswith(CLOSERS) and not s.startswith(OPENERS)
            and not s[:1].isdigit())
