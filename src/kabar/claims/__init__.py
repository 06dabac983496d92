"""Claims, not numbers: what sources state about one thing, compared only when it is the same thing.

A claim is a value with what it measures (the counted thing and its state or
predicate), its scope (places and the party it belongs to), its as-of time,
its issuer and its modality (stated, estimate, forecast, old or new value of
a stated change). Claims about the same thing at the same time are compared,
and each group gets a verdict: agree, disagree, update (a later count
supersedes an earlier one), change (before/after values the text states) or
different scope. Dates and clock times of one happening are compared too.

One entry point: :func:`verdicts` (the briefing's ``claims``); :func:`numbers`
gives the agree/disagree view the briefing keeps as ``numbers``. The rules and
why: ``docs/claims.md``.
"""
from __future__ import annotations

import datetime as dt
import statistics

from ..brief.sources import Sent, ref, term_weights
from . import compare, dates
from .extract import extract, published_day
from .independence import Sources
from .model import AGREE, CHANGE, CLOCK, COUNT, DATE, DISAGREE, NEW, OLD, SCOPE, TERM, UPDATE, VERDICTS, Claim, time_key
from .values import shown

TOPIC_WORDS = {DATE: "tanggal", CLOCK: "pukul"}  # a date or time conflict is named in the articles' language
__all__ = ["verdicts", "numbers", "key_figures", "VERDICTS", "Claim"]


def verdicts(sents_by_doc: dict[str, list[Sent]], story_docs: set[str]) -> list[dict]:
    """Every compared figure touching the story (claims from the rest of its storyline count too)."""
    anchor = _anchor([ss[0].doc for d, ss in sents_by_doc.items() if ss and d in story_docs])
    order = sorted(sents_by_doc, key=lambda d: d not in story_docs)  # story claims found groups first
    claims = [c for d in order for c in extract(sents_by_doc[d], anchor)]
    for c in claims:
        c.home = c.doc.id in story_docs
    weights = term_weights([s for ss in sents_by_doc.values() for s in ss])
    sources = Sources([ss[0].doc for ss in sents_by_doc.values() if ss])
    counts = [c for c in claims if c.kind in (COUNT, TERM)]
    compare.mark_sole(counts)
    groups = compare.group(counts, weights)
    out = []
    for g in groups:
        if _touches(g, story_docs):
            out.extend(_judged(g, weights, sources, story_docs))
    out.extend(_context(groups, out, sources, story_docs, weights))
    out.extend(_scopes(groups, sources, story_docs, weights))
    for verdict, g in dates.conflicts(claims, weights):
        if _touches(g, story_docs):
            out.append(entry(g, verdict, sources, story_docs, weights))
    out.sort(key=lambda n: (n["context"], VERDICTS.index(n["verdict"]) if n["verdict"] != DISAGREE else -1,
                            n["scope"] != "story", -n["outlets"]))
    return out


def numbers(entries: list[dict]) -> list[dict]:
    """The agree/disagree view: disagreements, agreements, and each value of an update or change that
    several outlets agree on."""
    out = [n for n in entries if n["verdict"] in (AGREE, DISAGREE)]
    for n in entries:
        if n["verdict"] in (UPDATE, CHANGE):
            out += [{**n, "verdict": AGREE, "agree": True, "values": [v], "part_of": n["verdict"],
                     "outlets": v["outlets"], "independent": v["independent"]}
                    for v in n["values"] if v["outlets"] >= 2]
    return out


def key_figures(entries: list[dict]) -> dict[tuple[str, int], list[str]]:
    """(doc id, sentence start) -> the figures a sentence states that a lead should carry: values several
    outlets agree on, the latest value of an update, the new value of a change, both sides of a conflict."""
    out: dict[tuple[str, int], list[str]] = {}
    for n in entries:
        if n["context"] or n["scope"] != "story" or n["verdict"] == SCOPE:
            continue
        vals = n["values"]
        if n["verdict"] in (UPDATE, CHANGE):
            vals = vals[-1:]
        elif n["verdict"] == AGREE and n["outlets"] < 2:
            continue
        for v in vals:
            for r in v["sources"]:
                out.setdefault((r["doc_id"], r["start"]), []).append(f"{n['topic']}={v['value']}")
    return out


def _anchor(docs) -> dt.date | None:
    """The story's date: the median publication day of its documents."""
    days = sorted(d.toordinal() for doc in docs if (d := published_day(doc)))
    return dt.date.fromordinal(int(statistics.median_low(days))) if days else None


def _touches(g: list[Claim], story_docs: set[str]) -> bool:
    return any(c.doc.id in story_docs for c in g)


def _judged(g: list[Claim], weights: dict[str, float], sources: Sources, story_docs: set[str]) -> list[dict]:
    """The entries of one group: each part with its verdict, or (no verdict) one per value several outlets
    state."""
    out = []
    for verdict, part in compare.judge(g, weights):
        docs = {c.doc.id for c in part}
        if verdict in (CHANGE, DISAGREE) or (len(docs) >= 2 and verdict is not None):
            out.append(entry(part, verdict, sources, story_docs, weights))
        elif verdict is None:
            out += [entry(v, AGREE, sources, story_docs, weights) for v in compare.values(part)
                    if len({c.doc.id for c in v}) >= 2]
    return out


def _context(groups: list[list[Claim]], shown_entries: list[dict], sources: Sources,
             story_docs: set[str], weights: dict[str, float]) -> list[dict]:
    """A figure stated once about a shown figure's party in another state ("180.000 tentara China gugur"
    beside the soldiers sent), kept as context next to it."""
    heads = {(n["what"]["thing"], n["what"]["owner_key"]) for n in shown_entries if n["what"]["owner_key"]}
    out = []
    for g in groups:
        docs = {c.doc.id for c in g}
        owner = next((c.owner for c in g if c.owner), None)
        if len(docs) == 1 and owner and (g[0].thing, owner) in heads and _touches(g, story_docs):
            out.append({**entry(g, AGREE, sources, story_docs, weights), "context": True})
    return out


def _scopes(groups: list[list[Claim]], sources: Sources, story_docs: set[str],
            weights: dict[str, float]) -> list[dict]:
    """Figures of one measure for different places, persons or parties, shown side by side (never as a
    conflict): "2 tewas di Donggala" beside "127 tewas"."""
    out, used = [], set()
    for i, g in enumerate(groups):
        for j in range(i + 1, len(groups)):
            h = groups[j]
            if i in used or j in used or not _touches(g, story_docs) or not _touches(h, story_docs):
                continue
            if any(compare.other_scope(a, b, weights) for a in g for b in h):
                out.append(entry(g + h, SCOPE, sources, story_docs, weights))
                used.update((i, j))
    return out


def entry(g: list[Claim], verdict: str, sources: Sources, story_docs: set[str], weights: dict[str, float]) -> dict:
    """The briefing entry of one compared figure."""
    first = g[0]
    outlets, independent = sources.count(g)
    owner = next((c for c in g if c.owner), None)
    return {
        "topic": topic(g), "unit": first.unit, "verdict": verdict, "agree": verdict == AGREE,
        "scope": "story" if {c.doc.id for c in g} <= story_docs else "storyline",
        "state": first.state, "owner": owner.owner_name if owner else None, "context": False,
        "what": {"kind": first.kind, "thing": first.thing, "state": first.state, "unit": first.unit,
                 "owner": owner.owner_name if owner else None, "owner_key": owner.owner if owner else None},
        "outlets": outlets, "independent": independent,
        "values": [_value(v, g, sources, weights) for v in _ordered(compare.values(g) if first.kind in (COUNT, TERM)
                                                        else _by_value(g), verdict)],
    }


def _by_value(g: list[Claim]) -> list[list[Claim]]:
    """Date and clock claims by the exact value they state."""
    out: dict[str, list[Claim]] = {}
    for c in g:
        out.setdefault(str(c.value), []).append(c)
    return list(out.values())


def _ordered(vals: list[list[Claim]], verdict: str) -> list[list[Claim]]:
    """Values in the order a reader follows: old before new, earlier before later, else most told first."""
    if verdict == CHANGE:
        return sorted(vals, key=lambda v: 0 if any(c.modality == OLD for c in v) else
                      (2 if any(c.modality == NEW for c in v) else 1))
    if verdict == UPDATE:
        return sorted(vals, key=lambda v: (min(time_key(c.as_of) for c in v), any(compare.updated(c) for c in v)))
    if verdict == SCOPE:
        return vals
    return sorted(vals, key=lambda v: -len({c.doc.id for c in v}))


def _cited(v: list[Claim], g: list[Claim], weights: dict[str, float]) -> dict[str, Claim]:
    """Per document, the claim to cite: where one article states a value twice, the sentence told most like
    the rest of the figure's claims (a lead's loose wording and the body's exact one are not always one
    figure)."""
    by_doc: dict[str, list[Claim]] = {}
    for x in v:
        by_doc.setdefault(x.doc.id, []).append(x)
    return {d: max(xs, key=lambda x: sum(compare.context_similarity(x, o, weights) for o in g if o.doc.id != d))
            for d, xs in by_doc.items()}


def _value(v: list[Claim], g: list[Claim], sources: Sources, weights: dict[str, float]) -> dict:
    """One value of a figure, with when, by whom and how it was said, and every source stating it."""
    c = v[0]
    outlets, independent = sources.count(v)
    refs = {d: ref(x.doc, x.sent.start, x.sent.end) for d, x in _cited(v, g, weights).items()}
    modality = next((x.modality for x in v if x.modality in (OLD, NEW)), c.modality)
    return {"value": shown(_headline_value(c)), "text": c.text, "low": _finite(c.lo, c), "high": _finite(c.hi, c),
            "modifier": c.hedge, "modality": modality, "state": c.state,
            "as_of": max((x.as_of for x in v if x.as_of), key=time_key, default=None),
            "as_of_text": next((x.as_of_text for x in v if x.as_of_text), None),
            "issuers": sorted({x.issuer for x in v if x.issuer}),
            "scope": sorted({n for x in v for n in x.names.values()}),
            "outlets": outlets, "independent": independent, "sources": list(refs.values())}


def _headline_value(c: Claim):
    """The value a figure is named by: a vague quantity ("ratusan miliar") by the order it names (its low
    end, as "jutaan" is a million), its range kept in low/high."""
    if c.hedge == "vague" and isinstance(c.value, list):
        return min(c.value)
    return c.value


def _finite(x: float, c: Claim) -> float | int | None:
    """A bound of a numeric value for the JSON (None when open or not a number)."""
    if c.kind not in (COUNT, TERM) or x in (float("inf"), float("-inf")):
        return None
    return shown(round(x / c.extra.get("scale", 1), 6))  # in the unit as written


def topic(g: list[Claim]) -> str:
    """A short name for what the figure counts ("pendaki (died)", "IDR uang pengganti", "date")."""
    first = g[0]
    owner = next((c.owner_name for c in g if c.owner_name), None)
    head = f"{first.topic_text} ({first.unit})" if first.measure and first.topic_text else first.thing
    if first.kind == TERM:
        head = f"{first.thing} ({first.unit})"
    if first.kind in (DATE, CLOCK):
        words = next((c.topic_text for c in g if c.topic_text), "")
        kind = TOPIC_WORDS[first.kind]
        head = f"{kind}: {words}" if words else kind
    label = " ".join([head] + ([owner] if owner else []))
    return f"{label} ({first.state})" if first.state else label

