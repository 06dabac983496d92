"""The briefing's figures section in Markdown and HTML: each compared figure with its verdict.

One entry per figure: what it counts, the verdict (agree, disagree, update,
different scope, change), how many outlets state it and how many of them
are independent; then each value as the text writes it, with its as-of time,
its issuer, how it is said (estimate, forecast, before/after a change) and
the sources citing the exact sentence. Words come from the reader's language
(``kabar.l10n``); everything from an article is escaped.
"""
from __future__ import annotations

from html import escape

from .. import l10n

VERDICT_CLASS = {"agree": "agree", "disagree": "disagree", "update": "update", "different_scope": "scope",
                 "change": "change"}


def _words(lang: str) -> dict[str, str]:
    return l10n.TABLES["brief"].get(lang, l10n.TABLES["brief"]["en"])


def entries(brief: dict) -> list[dict]:
    """The figures to show: the briefing's claims, or (an older briefing) its numbers."""
    if "claims" in brief:
        return brief["claims"]
    return [{**n, "verdict": "agree" if n["agree"] else "disagree"} for n in brief.get("numbers", [])]


def heading(n: dict, lang: str) -> tuple[str, str]:
    """(verdict word, details) of one figure: "DISAGREE", "3 outlets, 2 independent · storyline"."""
    w = _words(lang)
    verdict = w.get(f"verdict_{n['verdict']}", n["verdict"])
    bits = []
    if n.get("outlets"):
        bits.append(w["outlets"].format(n=l10n.number(n["outlets"], lang),
                                        m=l10n.number(n.get("independent", n["outlets"]), lang)))
    bits.append(w.get(f"scope_{n['scope']}", n["scope"]))
    if n.get("context"):
        bits.append(w["context"])
    return verdict, " · ".join(bits)


def value_words(v: dict, unit: str | None, lang: str) -> tuple[str, list[str]]:
    """(the value as written with its reading, notes: how said, as of when, by whom, where)."""
    w = _words(lang)
    shown = _reading(v, unit, lang)
    text = f"{v['text']} ({shown})" if v.get("text") and v["text"] != shown else shown
    notes = []
    if v.get("modality") and v["modality"] != "stated":
        notes.append(w.get(f"modality_{v['modality']}", v["modality"]))
    if v.get("as_of"):
        notes.append(w["as_of"].format(when=v.get("as_of_text") or l10n.timex(v["as_of"], lang)))
    if v.get("issuers"):
        notes.append(w["issuer"].format(who=", ".join(v["issuers"])))
    if v.get("scope"):
        notes.append(w["scope_of"].format(where=", ".join(v["scope"])))
    if v.get("outlets") and v.get("outlets") > 1:
        notes.append(w["outlets"].format(n=l10n.number(v["outlets"], lang),
                                         m=l10n.number(v.get("independent", v["outlets"]), lang)))
    return text, notes


def _reading(v: dict, unit: str | None, lang: str) -> str:
    """The value read in ``lang``: a vague one as its range, a hedged one with its hedge."""
    w = _words(lang)
    value = v["value"]
    if isinstance(value, str):
        return l10n.timex(value, lang) if value[:1].isdigit() and "-" in value else value
    if v.get("modifier") == "vague" and v.get("high") is not None:
        return w["range_of"].format(low=_num(v["low"], unit, lang), high=_num(v["high"], unit, lang))
    shown = _num(value, unit, lang)
    hedge = v.get("modifier")
    return f"{w[hedge]} {shown}" if hedge in ("at_least", "more_than", "less_than", "almost", "approx") else shown


def _num(value, unit: str | None, lang: str) -> str:
    if unit and l10n.is_currency(unit) and not isinstance(value, list):
        return l10n.quantity(value, unit, lang)
    return l10n.value_text(value, lang)


def markdown(brief: dict, cite, md, lang: str) -> list[str]:
    """The section's Markdown lines (``cite`` renders a list of refs, ``md`` escapes article text)."""
    out = []
    for n in entries(brief):
        verdict, details = heading(n, lang)
        out.append(f"- **{md(n['topic'])}** — {verdict} ({md(details)})")
        for v in n["values"]:
            text, notes = value_words(v, n.get("unit"), lang)
            extra = f" — {md('; '.join(notes))}" if notes else ""
            out.append(f"  - {md(text)}{extra} {cite(v['sources'])}")
    return out


def html(brief: dict, hcite, lang: str) -> list[str]:
    """The section's HTML (``hcite`` renders a list of refs)."""
    out = []
    for n in entries(brief):
        verdict, details = heading(n, lang)
        cls = VERDICT_CLASS.get(n["verdict"], "agree")
        out.append(f"<h3>{_e(n['topic'])} <span class=\"{cls}\">{_e(verdict)}</span> "
                   f"<span class=\"src\">{_e(details)}</span></h3><ul>")
        for v in n["values"]:
            text, notes = value_words(v, n.get("unit"), lang)
            extra = f" <span class=\"src\">{_e('; '.join(notes))}</span>" if notes else ""
            out.append(f"<li>{_e(text)}{extra} {hcite(v['sources'])}</li>")
        out.append("</ul>")
    return out


def _e(text) -> str:
    return escape(str(text if text is not None else ""), quote=True)
