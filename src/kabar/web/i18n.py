"""Page labels in Indonesian and English (data), and the choice of language per request.

The language is ``?lang=id|en`` (remembered in a cookie), else the first
supported language in ``Accept-Language``, else Indonesian.
"""
from __future__ import annotations

from .. import l10n
from ..errors import NotFound
from .labels import ERRORS, LABELS, NOT_FOUND_KINDS, UPLOAD_REASONS

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
COOKIE = "kabar_lang"

LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


def choose(query_lang: str | None, cookie_lang: str | None, accept_language: str | None) -> str:
    """The page language for a request."""
    for lang in (query_lang, cookie_lang):
        if lang in LANGUAGES:
            return lang
    for part in (accept_language or "").split(","):
        code = part.split(";", 1)[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def labels(lang: str) -> dict[str, str]:
    """The labels of ``lang`` (Indonesian for an unknown one)."""
    return LABELS.get(lang, LABELS[DEFAULT_LANGUAGE])


def error_text(status: int, exc: Exception | None, lang: str) -> tuple[str, str]:
    """(heading, explanation) of an error page in ``lang``."""
    table = ERRORS.get(lang, ERRORS[DEFAULT_LANGUAGE])
    heading, explanation = table.get(status) or table[500 if status >= 500 else 400]
    if isinstance(exc, NotFound):
        kinds = NOT_FOUND_KINDS.get(lang, NOT_FOUND_KINDS[DEFAULT_LANGUAGE])
        explanation = kinds.get(exc.kind, explanation).format(key=exc.key)
    return heading, explanation


def upload_reason(status: int, name: str, detail: str, limit: int, lang: str) -> str:
    """Why one uploaded file was not stored, in ``lang``."""
    reasons = UPLOAD_REASONS.get(lang, UPLOAD_REASONS[DEFAULT_LANGUAGE])
    return reasons.get(status, reasons[400]).format(name=name, detail=detail,
                                                   limit=l10n.number(limit, lang, compact=False))
