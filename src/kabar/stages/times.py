"""Stage ``times``: time expressions resolved against the publication date.

When ``published`` is unknown the anchor is read from the text (the reporting day
:func:`kabar.timex.infer_publication` finds, else the latest reported date); the choice
is recorded in ``doc.meta["time_anchor"]`` and in the note of every anchored expression.
"""
from __future__ import annotations

import datetime as dt

from ..model import Document
from ..pipeline import register
from ..settings import Settings
from ..timex import best_reported_date, find_times, infer_publication


def _today(settings: Settings) -> dt.date:
    return dt.date.fromisoformat(settings.today) if settings.today else dt.date.today()


def choose_anchor(doc: Document, today: dt.date) -> tuple[dt.date | None, str]:
    """The anchor date and where it came from ("published", "inferred: ...", "reported: ..." or "none")."""
    if doc.published:
        try:
            return dt.date.fromisoformat(doc.published[:10]), "published"
        except ValueError:
            pass
    found, evidence = infer_publication(doc.text, today)
    if found:
        return found, f"inferred from text: {evidence}"
    found, evidence = best_reported_date(doc.text, today)
    if found:
        return found, f"latest reported date: {evidence}"
    return None, "none"


@register("times", requires=("text", "sentences", "published"), provides=("times",))
def times(doc: Document, settings: Settings) -> Document:
    today = _today(settings)
    anchor, source = choose_anchor(doc, today)
    doc.meta["time_anchor"] = {"date": anchor.isoformat() if anchor else None, "source": source}
    sentences = [(s.start, s.end) for s in doc.sentences]
    doc.times = find_times(doc.text, anchor, sentences, today)
    if source != "published":
        for t in doc.times:
            t.note = "; ".join(x for x in (t.note, f"anchor {anchor} ({source})") if x)
    return doc
