"""Accurate mode's say over the rule-found mentions of a document.

The rules find names by capitals, head words and tables; in the default mode the
CRF only types what they leave untyped and adds names it is sure of. The encoder
(mixed with the CRF) is trusted further:

* a capitalised run the rules took for a name (kind ``name`` or ``initial``) that no
  statistical span touches is dropped: the models read it as an ordinary capitalised
  word ("Hukum", "Anda", an English phrase);
* a capitalised run holding exactly one statistical span, shorter than itself, is cut
  to that span and takes its type: a title or job word glued before a person
  ("Mensos Juliari Batubara" → "Juliari Batubara").

Gazetteer, head-word and acronym mentions are left as the rules made them.
"""
from __future__ import annotations

from typing import Callable, Sequence

from ..entities.recognize import Mention

# Mentions that exist only because a word was capitalised.
CAPITALISED_RUNS = frozenset({"name", "initial"})


def _overlapping(spans: Sequence, m: Mention) -> list:
    return [s for s in spans if s.start < m.end and m.start < s.end]


def trim_to_span(m: Mention, spans: Sequence, text: str, type_of: Callable[[str, str], str]) -> None:
    """Cut a capitalised run to the one shorter statistical span inside it."""
    touching = _overlapping(spans, m)
    if m.kind != "name" or len(touching) != 1:
        return
    sp = touching[0]
    if m.start <= sp.start and sp.end <= m.end and sp.end - sp.start < m.end - m.start:
        m.start, m.end, m.text = sp.start, sp.end, text[sp.start:sp.end]
        m.type = type_of(sp.label, m.text)


def refine(mentions: list[Mention], spans: Sequence, text: str,
           type_of: Callable[[str, str], str]) -> list[Mention]:
    """Trim, then drop the capitalised runs no statistical span supports (see the module text)."""
    for m in mentions:
        trim_to_span(m, spans, text, type_of)
    return [m for m in mentions if m.kind not in CAPITALISED_RUNS or _overlapping(spans, m)]
