"""Entities: find, type and canonicalise persons, organisations, places, events and laws.

``find_entities(text, sentences)`` gives one :class:`kabar.model.Entity` per mention,
in text order; ``entity_id`` and ``link_entities`` identify entities across documents.
"""
from __future__ import annotations

from functools import lru_cache

from ..lang.id.not_names import NOT_NAME_PATTERNS, NOT_NAMES
from ..lang.id.calendar import MONTHS, WEEKDAYS
from ..lang.id.titles import TITLE_WORDS
from ..model import Entity
from .canonical import resolve
from .chrome import drop_stray_headline_names
from .crf import (_type_of, combine, crf_spans, join_home_countries, keep_tagged_acronyms, type_acronymed_names,
                  type_lone_words, type_org_short_forms)
from .english import drop_english_titles
from .gazetteer import load
from .initials import type_initials
from .link import entity_id, link_entities
from .parents import join_units
from .places import type_chain_links
from .recognize import recognize
from .split import drop_trailing_weekdays, split_glued

__all__ = ["find_entities", "entity_id", "link_entities"]

USE_CRF = True


def find_entities(text: str, sentences=None, context: str | None = None,
                  use_crf: bool = USE_CRF, accurate: bool = False, year: str | None = None) -> list[Entity]:
    """Every entity mention of ``text`` (sentences: objects with start/end, or None).

    ``context`` is text outside ``text`` that names the same people, such as a headline
    kept apart from the body; its names explain short mentions but are not returned.
    ``accurate`` takes the statistical opinion from the fine-tuned encoder
    (:mod:`kabar.encoder`) instead of the CRF, and lets it trim and veto capitalised runs.
    ``year`` (the publication year, when known) dates recurring events named without one.
    """
    gaz = load()
    around = resolve(recognize(context, None, gaz), context, gaz) if context else []
    spans = _statistical_spans(text, sentences, accurate) if use_crf else []
    found = recognize(text, sentences, gaz, spans)
    if use_crf:
        found = join_home_countries(combine(found, spans, text, gaz), text, gaz)
    if use_crf and accurate:
        found = _refine(found, spans, text, gaz)
    found = drop_english_titles(split_glued(join_units(type_initials(type_chain_links(found, text), text), text), gaz), text)
    found = drop_trailing_weekdays(drop_stray_headline_names(found, text), text)
    if use_crf:
        found = type_acronymed_names(type_org_short_forms(type_lone_words(found, text)), text)
    found = [m for m in found if not _never_a_name(m.text)]
    mentions = resolve(found, text, gaz, around, year)
    if use_crf:  # an acronym the document leaves unexplained is the tagger's name ("situs resmi UEFA")
        mentions = keep_tagged_acronyms(found, mentions, gaz)
    return [Entity(text=m.text, start=m.start, end=m.end, type=m.type, canonical=m.canonical,
                   entity_id=entity_id(m.canonical, m.type), metonymy=m.metonymy)
            for m in mentions]


def _statistical_spans(text: str, sentences, accurate: bool) -> list:
    """The CRF's spans, or the encoder's in accurate mode (kept apart: :mod:`kabar.encoder`)."""
    if not accurate:
        return crf_spans(text, sentences)
    from ..encoder import document_spans

    return document_spans(text, sentences)


def _refine(found: list, spans: list, text: str, gaz) -> list:
    """Accurate mode: the encoder trims and vetoes capitalised runs (:mod:`kabar.encoder.refine`)."""
    from ..encoder.refine import refine

    return refine(found, spans, text, lambda label, surface: _type_of(label, surface, gaz))


@lru_cache(maxsize=16384)
def _never_a_name(surface: str) -> bool:
    """Currency signs and scale readings ("Rp", "V MMI") that a tagger may take for names, titles,
    weekdays and months standing alone ("kata Presiden", "Minggu"), and social-media handles."""
    s = surface.strip()
    if s.casefold() in NOT_NAMES or any(p.match(s) for p in NOT_NAME_PATTERNS):
        return True
    if "@" in s:
        return True  # a social-media handle ("@prabowo") is not annotated as a name
    words = s.casefold().split()
    return bool(words) and (all(w in TITLE_WORDS for w in words) or all(w in WEEKDAYS or w in MONTHS for w in words))
