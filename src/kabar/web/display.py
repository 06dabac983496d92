"""What a page shows for a document, outlet or value: readable names and the reader's locale.

Templates get these as filters bound to the page language (Jinja's context
holds ``lang``), so a template writes ``{{ d.published | date }}`` and a
reader of Indonesian sees "21 Mei 2024", of English "21 May 2024".
"""
from __future__ import annotations

from urllib.parse import urlsplit

from jinja2 import pass_context

from .. import l10n
from ..text.lead import lead_title


def outlet_name(outlet: str | None, url: str | None = None) -> str | None:
    """The outlet's name, else the host of its URL; never a file name or an id."""
    if outlet and outlet.strip():
        return outlet.strip()
    host = (urlsplit(url).hostname or "") if url and "://" in url else ""
    return host.removeprefix("www.") or None


def title_of(title: str | None, text: str | None = None) -> str | None:
    """The article's title, or one made from its first sentence."""
    return title.strip() if title and title.strip() else lead_title(text)


def _lang(ctx) -> str:
    return ctx.get("lang") or l10n.DEFAULT_LANGUAGE


@pass_context
def f_num(ctx, value) -> str:
    return l10n.number(value, _lang(ctx), compact=False)


@pass_context
def f_qty(ctx, value, unit=None) -> str:
    return l10n.quantity(value, unit, _lang(ctx))


@pass_context
def f_date(ctx, value, short: bool = False) -> str:
    return l10n.date(value, _lang(ctx), short=short)


@pass_context
def f_timex(ctx, value) -> str:
    return l10n.timex(value, _lang(ctx))


@pass_context
def f_word(ctx, code, table: str) -> str:
    return l10n.word(table, code, _lang(ctx))


@pass_context
def f_role(ctx, actor: dict) -> str:
    if actor.get("role_detail"):
        return l10n.role(actor["role_detail"], _lang(ctx))
    return actor.get("role") or ""


@pass_context
def f_evidence(ctx, evidence: str | None) -> str:
    """How the publication date was found, in words (the detail after ':' is quoted from the article)."""
    if not evidence:
        return ""
    kind, _, detail = evidence.partition(":")
    words = l10n.word("date_evidence", kind.strip(), _lang(ctx))
    return f"{words}: {detail.strip()}" if detail.strip() else words


def f_span(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """(start, end) with end None when it is the same day."""
    return start, (end if end and end != start else None)


FILTERS = {"num": f_num, "qty": f_qty, "date": f_date, "timex": f_timex, "word": f_word, "role": f_role,
           "evidence": f_evidence, "outlet_name": outlet_name, "title_of": title_of}
