"""Names two bodies or places share: the United States' Democratic Party is written "Partai Demokrat", as
is Indonesia's; Georgia is a country and a state. Where the document writes what only the other one's
setting has (the Republican Party, "negara bagian"), the name is the other one's, and its canonical name
says which (:data:`kabar.lang.id.canonical_forms.NAMESAKES`).
Called by :func:`kabar.entities.canonical.resolve`.
"""
from __future__ import annotations

from ..lang.id.canonical_forms import NAMESAKES
from .recognize import Mention


def tell_namesakes(mentions: list[Mention], text: str) -> None:
    """Every mention of a shared name takes the foreign body's canonical name where the text writes one
    of the words only the foreign body's setting has."""
    for name, (cues, foreign) in NAMESAKES.items():
        if any(m.canonical == name for m in mentions) and any(cue in text for cue in cues):
            for m in mentions:
                if m.canonical == name:
                    m.canonical = foreign
