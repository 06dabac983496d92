"""What readers see, in their language: numbers, money, dates, time expressions and codes as words.

One small module every renderer shares (web pages, exports, ``kabar brief --lang``):

    from kabar import l10n
    l10n.number(1240, "id")                    # "1.240"
    l10n.amount(3_850_000_000, "IDR", "en")    # "Rp 3.85 billion"
    l10n.date("2024-05-21", "id")              # "21 Mei 2024"
    l10n.timex("2023-W30", "id")               # "pekan ke-30 2023"
    l10n.word("event_type", "CONSULT", "id")   # "bertemu/berunding"

Languages are ``"id"`` (the default) and ``"en"``; CLDR data comes from Babel.
"""
from __future__ import annotations

from . import words as _words
from .dates import date, timex
from .numbers import amount, is_currency, number, quantity, value_text

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
TABLES = {
    "entity_type": _words.ENTITY_TYPES, "event_type": _words.EVENT_TYPES, "framing": _words.FRAMING,
    "language": _words.LANGUAGE_NAMES, "date_evidence": _words.DATE_EVIDENCE, "boilerplate": _words.BOILERPLATE,
    "part_of_day": _words.PARTS_OF_DAY, "brief": _words.BRIEF,
}

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "amount", "citation", "date", "is_currency", "number", "quantity",
           "role", "timex", "value_text", "word"]


def word(table: str, code: str | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The reader's word for ``code`` in one of :data:`TABLES` (the code itself when unknown)."""
    if code is None:
        return ""
    names = TABLES[table].get(lang) or TABLES[table][DEFAULT_LANGUAGE]
    return names.get(code, code)


def role(detail: dict | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """An actor's role (``kabar.brief`` actors' ``role_detail``) in words: title, quotes, what it does."""
    if not detail:
        return ""
    texts = _words.ROLES.get(lang, _words.ROLES[DEFAULT_LANGUAGE])
    parts = [detail["title"]] if detail.get("title") else []
    if detail.get("quoted"):
        parts.append(texts["quoted"].format(n=number(detail["quoted"], lang)))
    for key in ("actor", "target"):
        if detail.get(key):
            parts.append(texts[key].format(what=", ".join(word("event_type", c, lang) for c in detail[key])))
    return "; ".join(parts) or texts["mentioned"]


def citation(outlet: str | None, title: str | None, published: str | None, url: str | None,
             sentence: str | None = None, lang: str = DEFAULT_LANGUAGE) -> str:
    """One line citing a document (and the sentence quoted from it): outlet, "title", date, URL."""
    parts = [p for p in (outlet, f"“{title}”" if title else None, date(published, lang) if published else None,
                         url) if p]
    head = ", ".join(parts)
    return f"{head}: “{' '.join(sentence.split())}”" if sentence else head
