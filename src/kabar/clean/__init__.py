"""Separate the article from what a site wraps around it, line by line and fragment by fragment.

In order: a store's metadata prefix is cut; boilerplate glued into a line ("Baca
Juga: ..." tails, "(Foto: ...)", end marks) is cut; the headline is found among
the first lines (:mod:`.headline`, a learned ranker); every other line is judged by
the learned line classifier (:mod:`.lines`, which weighs the lexicons and rules of
:mod:`kabar.lang.id.boilerplate` with the line's shape and place on the page); on the
lines kept, a dateline/outlet prefix ("KOTA, OUTLET.COM -") is cut where a paragraph
opens the body (or leads one of the first paragraphs, after a kept caption or
banner), or anywhere when it names a web outlet. Every removed line or fragment is
kept verbatim with its kind; credit lines become the byline; datelines give the
outlet and the date. A headline the page prints once opens the text as its own paragraph
(it is the article's own line, and names and figures in it belong to the article); a page
that prints it twice keeps it as the title only, so the text never holds a second copy of a
line the annotation convention marks as a repeat.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lang.id.boilerplate import SECTION_WORDS
from ..model import Boilerplate, Byline
from ..text.dates import labelled_date, parse_date_string
from . import rules
from .byline import parse_credit_line
from .headline import find_title
from .lines import classify, opens_with_dateline

_SENTENCE_END = (".", "!", "?", "”", '"', ":", "…")
CREDIT_KINDS = ("byline", "source")
OPENING_WORDS = 8
# A paragraph led by a dateline prefix ("KOTA, Warta -") among the first kept paragraphs is the lead even
# when a kept caption or quote banner comes first: its prefix is cut there too (once per page).
EARLY_PARAGRAPHS = 3
PREFIX_KINDS = ("site_prefix", "dateline")
# Removed lines whose dates are other stories' or photos', never the page's own.
UNDATED_KINDS = frozenset({"related_link", "caption", "repeated_headline", "tags", "comment_form"})


@dataclass
class Cleaned:
    text: str
    title: str | None
    boilerplate: list[Boilerplate] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    outlet: str | None = None
    dateline_date: str | None = None  # the first dateline's date
    # Every dated header or dateline line removed: (ISO date, the line, whether it gives a clock time).
    datelines: list[tuple[str, str, bool]] = field(default_factory=list)
    store_date: str | None = None  # the date of a store metadata prefix (" date 2023-10-02 ")


def clean_text(raw: str, title_hint: str | None = None) -> Cleaned:
    """Clean one article's raw text (one paragraph per line or blank-line separated blocks)."""
    lines = raw.split("\n")
    out = Cleaned(text="", title=None)
    _cut_store_prefix(lines, out)
    work, glued = _cut_glued(lines)
    title_idx, out.title = find_title(work, title_hint)
    kept: list[tuple[int, int, str]] = []  # (line number, block number, text)
    blocks = _block_numbers(lines)
    skip = {title_idx} if title_idx is not None else set()
    opened = False
    for v in classify(work, out.title, skip):
        i = v.line.idx
        if v.boilerplate:
            _record_whole(i, lines[i].strip(), v.kind, out, header=not opened)
            continue
        out.boilerplate.extend(glued.get(i, []))
        opens = not opened and _paragraph_like(v.line.text)
        late_lead = len(kept) < EARLY_PARAGRAPHS and opens_with_dateline(v.line) and not _prefix_cut(out)
        body = _cut_prefix(i, v.line.text, out, opens or late_lead)
        if body:
            kept.append((i, blocks[i], body))
            opened = opened or opens
    _open_with_headline(work, title_idx, out, kept)
    out.text = _assemble(kept, hard_wrapped=_blank_between(lines))
    return out


def _open_with_headline(work: list[str], idx: int | None, out: Cleaned, kept: list[tuple[int, int, str]]) -> None:
    """Put a headline printed once at the head of the kept paragraphs (its outlet name cut as a fragment)."""
    if idx is None or not out.title or not _printed_once(work, idx):
        return
    printed = " ".join(work[idx].split())
    if out.title not in printed:
        return
    kept.insert(0, (idx, -1, out.title))
    rest = printed.replace(out.title, " ", 1).strip(" -|:–—")
    if rest:
        at = next((k for k, b in enumerate(out.boilerplate) if b.line > idx), len(out.boilerplate))
        out.boilerplate.insert(at, Boilerplate(rest, "site_prefix", idx, fragment=True))


def _printed_once(work: list[str], idx: int) -> bool:
    """No other line of the page prints the same words as line ``idx``."""
    key = " ".join(work[idx].split()).casefold()
    return sum(1 for ln in work if " ".join(ln.split()).casefold() == key) == 1


def _cut_glued(lines: list[str]) -> tuple[list[str], dict[int, list[Boilerplate]]]:
    """Each line without the boilerplate glued into it (a 'Baca Juga:' tail, '(Foto: ...)', '(*)').

    A line that is nothing but such pieces is left whole, for the line classifier to judge.
    """
    work, glued = list(lines), {}
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            continue
        pieces, rest = _glued_pieces(i, s)
        if pieces and rest:
            work[i], glued[i] = rest, pieces
    return work, glued


def _glued_pieces(i: int, s: str) -> tuple[list[Boilerplate], str]:
    """The glued pieces of one stripped line and what is left of it."""
    pieces = []
    related = rules.glued_related(s)
    if related:
        pieces.append(Boilerplate(related.text, "related_link", i, fragment=True))
        s = (s[:related.start].rstrip() + " " + s[related.end:].lstrip()).strip()
    for piece in reversed(rules.caption_fragments(s)):
        pieces.append(Boilerplate(piece.text, "caption", i, fragment=True))
        s = (s[:piece.start].rstrip() + " " + s[piece.end:].lstrip()).strip()
    marker = rules.end_marker(s)
    if marker:
        pieces.append(Boilerplate(marker.text, "end_marker", i, fragment=True))
        s = s[:marker.start].rstrip()
    return pieces, s.strip()


def _prefix_cut(out: Cleaned) -> bool:
    return any(b.fragment and b.kind in PREFIX_KINDS for b in out.boilerplate)


def _paragraph_like(s: str) -> bool:
    """A line that reads as a paragraph (the first such opens the body): long, or a finished sentence."""
    return len(s.split()) >= OPENING_WORDS or s.endswith(_SENTENCE_END)


def _blank_between(lines: list[str]) -> bool:
    """Whether a blank line parts two lines of text (paragraphs set off by blank lines); the blank lines
    before the first and after the last line of text (a file's final newline) say nothing."""
    filled = [i for i, ln in enumerate(lines) if ln.strip()]
    return bool(filled) and filled[-1] - filled[0] + 1 > len(filled)


def _block_numbers(lines: list[str]) -> list[int]:
    """The blank-line separated block each line belongs to."""
    out, block = [], 0
    for ln in lines:
        if not ln.strip():
            block += 1
        out.append(block)
    return out


def _cut_store_prefix(lines: list[str], out: Cleaned) -> None:
    """A store's metadata prefix (" date 2023-10-02 ") glued before the first line: cut, its date kept."""
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        m = rules.STORE_PREFIX.match(ln)
        if m:
            out.boilerplate.append(Boilerplate(m.group(0), "store_metadata", i, fragment=True))
            out.store_date = m.group("date")
            lines[i] = ln[m.end():]
        return


def _record_whole(i: int, s: str, kind: str, out: Cleaned, dateline: str | None = None,
                  header: bool = True) -> None:
    """One removed line; a dated one above the body, or one anywhere that labels the page's date
    ("Diterbitkan: 5 Maret 2024, 10:15 WIB" under the article), is a dateline candidate."""
    related = rules.glued_related(s)
    if related and rules.is_dateline(s[:related.start].rstrip()):  # "Outlet | 27 Juli 2023, 21:20 WIBBaca Juga: ..."
        kind, dateline = "dateline+related_link", s[:related.start].rstrip()
    out.boilerplate.append(Boilerplate(s, kind, i, fragment=False))
    if kind in CREDIT_KINDS:
        parse_credit_line(s, out.byline)
    head = dateline or s
    _name_outlet(out, rules.place_outlet_line(s))
    if kind.startswith("dateline"):
        found = parse_date_string(head)
        if found and not out.dateline_date:
            out.dateline_date = found.isoformat()
        _name_outlet(out, rules.dateline_outlet(head))
    if (header or labelled_date(head)) and kind not in UNDATED_KINDS:
        _note_dateline(head, out, credit=kind in CREDIT_KINDS)


def _name_outlet(out: Cleaned, name: str | None) -> None:
    """Keep the best outlet name a dateline gives: a web name ('TEMPO.CO') over words ('NU Online')."""
    if not name or name.casefold() in SECTION_WORDS:
        return
    if out.outlet is None or (rules.DOMAIN_TOKEN.match(name) and not rules.DOMAIN_TOKEN.match(out.outlet)):
        out.outlet = name


def _note_dateline(s: str, out: Cleaned, credit: bool = False) -> None:
    """A removed line that dates the page ('Kamis, 07 Nov 2024, 15:36 WIB', 'By Nama, Senin, 18 Oktober 2021 |
    08:30 WIB', a credit line above the body 'Editor: Nama | 5 Maret 2024'): a date, and either a clock time,
    a credit or little else."""
    found = parse_date_string(s)
    timed = bool(rules.TIME_OF_DAY.search(s))
    if found and (timed or credit or rules.is_dateline(s)):
        out.datelines.append((found.isoformat(), s, timed))


def _cut_prefix(i: int, s: str, out: Cleaned, opens_body: bool) -> str:
    """A dateline/outlet prefix: on the paragraph that opens the body, or on any line when it names a web outlet."""
    found = rules.site_prefix(s)
    if not found or not (opens_body or rules.strong_prefix(found[0].text)):
        return s
    piece, outlet = found
    out.boilerplate.append(Boilerplate(piece.text, piece.kind, i, fragment=True))
    _name_outlet(out, outlet)
    _note_dateline(piece.text, out)  # "Jakarta, 22 April 2022 -"
    return s[piece.end:]


def _assemble(kept: list[tuple[int, int, str]], hard_wrapped: bool) -> str:
    """Paragraphs joined by a blank line.

    Where the text separates paragraphs by blank lines, a line of one block that does not
    finish its sentence was wrapped by hand and is joined to the next by a space.
    """
    parts: list[str] = []
    prev_block = None
    for _, block, text in kept:
        if hard_wrapped and parts and block == prev_block and not parts[-1].endswith(_SENTENCE_END):
            parts[-1] = parts[-1] + " " + text
        else:
            parts.append(text)
        prev_block = block
    return "\n\n".join(parts)

