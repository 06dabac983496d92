"""Which whole lines of a page are not article body: the learned line classifier.

The model (``kabar/models/boilerplate_lines.json``, card in ``BOILERPLATE_MODEL_CARD.md``)
weighs the features of :mod:`kabar.clean.features`; the whole-line rules of
:mod:`kabar.clean.rules` are among its evidence, not the verdict. A removed line
keeps the kind its rule names, or the kind its shape suggests.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from contextlib import AbstractContextManager

from . import model as model_io
from . import rules
from .features import NAMES, Line, headline_shaped, line_features

MODEL_FILE = "boilerplate_lines.json"
MIN_DATELINE_WORDS = 8
SENTENCE_WORDS = 6  # the prefix and at least a clause after it
_SLOT = model_io.Slot(MODEL_FILE)


@dataclass
class Verdict:
    """One non-empty line with the model's probability that it is boilerplate."""

    line: Line
    p: float
    boilerplate: bool
    kind: str | None


def active_model() -> model_io.Model:
    """The model in use: an override set by :func:`use_model`, else the shipped one."""
    return _SLOT.active()


def use_model(model: model_io.Model) -> AbstractContextManager[None]:
    """Run the cleaner with another line model (cross-validation, tests)."""
    return _SLOT.use(model)


def classify(lines: list[str], title: str | None, skip: set[int] = frozenset()) -> list[Verdict]:
    """A verdict for every non-empty line of ``lines`` except those in ``skip``."""
    items, X = line_features(lines, title)
    model = active_model()
    model.check(NAMES)
    probs = model.predict(X)
    header = X[:, NAMES.index("before_prose")] > 0 if len(items) else []
    out = []
    for it, p, in_header in zip(items, probs, header):
        if it.idx in skip:
            continue
        bp = bool(p >= model.threshold) and not opens_with_dateline(it) or (in_header and it.rule == "dateline")
        out.append(Verdict(it, float(p), bp, (it.rule or guess_kind(it, title)) if bp else None))
    _keep_some_body(out)
    _keep_listed_items(out)
    return out


# A dateline line above the first paragraph ("Kamis, 07 Nov 2024, 15:36 WIB", "Sabtu, 23 Agustus 2025")
# always goes, whatever the score: every such line in the gold is boilerplate (a dated line further
# down may be a timeline entry of the story, and the score decides).


def opens_with_dateline(it: Line) -> bool:
    """A paragraph led by a dateline prefix naming its outlet or place ("KOTA, OUTLET.COM - ", "Kota (Antara) - ")
    opens the body: on every annotated page such a line is body, so no score removes it."""
    found = rules.site_prefix(it.text)
    return bool(found) and len(it.words) >= MIN_DATELINE_WORDS and (
        rules.strong_prefix(found[0].text) or any(c in found[0].text for c in ",(|"))


def _keep_some_body(verdicts: list[Verdict]) -> None:
    """When every line would go, the sentences no rule names stay after all (a list of links does not)."""
    if any(not v.boilerplate for v in verdicts):
        return
    for v in verdicts:
        if v.line.rule is None and _sentence(v.line):
            v.boilerplate, v.kind = False, None


# A list item: a dash, bullet or number, then the item ("- lansia", "• warga lanjut usia", "2. anak-anak").
_LIST_ITEM = re.compile(r"^(?:[-\u2013\u2022\u00b7*]|\d{1,2}[.)])\s+\S")
LIST_INTRO_WORDS = 4  # "..., seperti:" closing a sentence of the body, not a bare label ("Sumber :")


def _keep_listed_items(verdicts: list[Verdict]) -> None:
    """The items of a list a kept paragraph announces with a colon ("... kelompok berisiko, seperti:") are body,
    however short: a run of dash, bullet or numbered lines right after it that no rule names and that are not
    headlines (a list of related links is one of headlines, and its "Baca juga:" is no kept paragraph)."""
    intro = False
    for v in verdicts:
        it = v.line
        if intro and _LIST_ITEM.match(it.text) and it.rule is None and not headline_shaped(it):
            v.boilerplate, v.kind = False, None
            continue
        intro = not v.boilerplate and len(it.words) >= LIST_INTRO_WORDS and it.text.endswith((":", "\uff1a"))


def _sentence(it: Line) -> bool:
    return len(it.words) >= SENTENCE_WORDS and it.text.endswith((".", "!", "?", "\u201d", '"'))


def guess_kind(it: Line, title: str | None) -> str:
    """A kind for a line the model removed that no rule names."""
    s = it.text
    if title and it.norm == " ".join(title.split()).casefold():
        return "repeated_headline"
    if rules.is_dateline(s) or rules.TIME_OF_DAY.search(s) and len(s) < 80:
        return "dateline"
    first = it.words[0].casefold() if it.words else ""
    if first in ("penulis", "editor", "reporter", "wartawan", "pewarta", "oleh", "by", "laporan"):
        return "byline"
    if headline_shaped(it):
        return "related_link" if len(it.words) >= 5 else "section"
    if len(s) >= 60:
        return "caption"
    return "widget"
