"""What happened: an extractive multi-document summary chosen for coverage and diversity.

Each sentence is scored for how central it is (how much of it the other
articles also say, how many of the story's frequent names and stems it
carries, and a lead bonus: news puts the essentials first). Maximal
marginal relevance then picks sentences one at a time, trading that score
against overlap with what was already picked. Every picked sentence cites
its own document and each other document with a sentence that states the
same thing.
"""
from __future__ import annotations

import re
from collections import Counter

from ..lang.id.discourse import DANGLING_EARLY, DANGLING_OPENERS, EARLY_WORDS

from . import lead
from .facts import facts, states_same_fact
from .sources import Sent, best_matches, is_statement, ref, similarity, term_weights

MIN_SENTENCES, MAX_SENTENCES = 5, 8
MMR_LAMBDA = 0.7  # weight of relevance against redundancy
# Weighted overlap from which another article's sentence is cited as stating the same fact. Set on the
# seed and example stories: wire copies and close rewrites of one fact score 0.5-0.8; sentences that only
# share the story's setting (same countries, same event words) stay under 0.35.
SOURCE_MATCH = 0.45
SUPPORT_FLOOR = 0.25  # partial retellings elsewhere still make a sentence central, without being cited
LEAD_SENTENCES = 3  # the first sentences of an article carry its news
LEAD_BONUS = 0.3
SUPPORT_WEIGHT = 1.0  # per other article that says the same
SALIENCE_WEIGHT = 1.0
CONFIRMED_WEIGHT = 1.0  # a fact every other outlet states in a sentence of its own
MAX_WORDS = 60  # very long sentences read badly in a summary
QUESTION = "?"
DANGLING_PENALTY = 0.5  # a sentence that needs its predecessor still counts, at half its worth
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def target_length(n_docs: int) -> int:
    """More articles, a longer summary: 5 for one article, up to 8."""
    return max(MIN_SENTENCES, min(MAX_SENTENCES, MIN_SENTENCES + n_docs - 1))


def candidates(sents: list[Sent]) -> list[Sent]:
    """Sentences fit for a summary: full statements, not questions, not too long."""
    return [s for s in sents if is_statement(s) and s.words <= MAX_WORDS and not s.text.rstrip().endswith(QUESTION)]


def relevance(cands: list[Sent], all_sents: list[Sent], weights: dict[str, float],
              told: dict[int, float] | None = None) -> dict[int, float]:
    """A 0..1-ish centrality score per candidate (keyed by id()); ``told``: the share of the other
    articles stating the same fact (a confirmed fact is worth more, CONFIRMED_WEIGHT)."""
    told = told or {}
    stem_df = Counter(st for s in all_sents for st in s.stems)
    ent_df = Counter(e for s in all_sents for e in s.entities)
    n_docs = len({s.doc.id for s in all_sents}) or 1
    raw = {}
    for s in cands:
        support = sum(score for _, score in best_matches(s, all_sents, SUPPORT_FLOOR, weights))
        salience = _salience(s, stem_df, ent_df)
        lead = LEAD_BONUS if s.index < LEAD_SENTENCES else 0.0
        score = SUPPORT_WEIGHT * support / n_docs + SALIENCE_WEIGHT * salience + lead + CONFIRMED_WEIGHT * told.get(
            id(s), 0.0)
        raw[id(s)] = score * (DANGLING_PENALTY if dangling(s.text) else 1.0)
    top = max(raw.values(), default=1.0) or 1.0
    return {k: v / top for k, v in raw.items()}


def dangling(text: str) -> bool:
    """Whether a sentence leans on the one before it ("Ia ...", "Selain itu ...", "Jaksa kemudian ...")."""
    words = [w.lower() for w in _WORD.findall(text[:120])]
    opening = " ".join(words[:3])
    if any(opening == o or opening.startswith(o + " ") for o in DANGLING_OPENERS):
        return True
    return any(w in DANGLING_EARLY for w in words[1:EARLY_WORDS])


def _salience(s: Sent, stem_df: Counter, ent_df: Counter) -> float:
    """How many of the story's recurring stems and names the sentence carries (normalised)."""
    if not s.stems:
        return 0.0
    stems = sum(min(stem_df[t], 10) for t in s.stems) / (10 * len(s.stems))
    names = sum(min(ent_df[e], 10) for e in s.entities) / 10 / max(1, len(s.entities))
    return (stems + names) / 2


def select(cands: list[Sent], scores: dict[int, float], k: int, before: list[Sent] = ()) -> list[Sent]:
    """Maximal marginal relevance: relevant, and unlike what was already chosen (``before`` included); a
    sentence that would repeat a chosen one is never taken."""
    chosen: list[Sent] = []
    pool = list(cands)
    while pool and len(chosen) < k:
        best = max(pool, key=lambda s: _mmr(s, scores, list(before) + chosen))
        pool.remove(best)
        if not any(similarity(best, c) >= lead.REDUNDANT for c in list(before) + chosen):
            chosen.append(best)
    return chosen


def _mmr(s: Sent, scores: dict[int, float], chosen: list[Sent]) -> float:
    redundancy = max((similarity(s, c) for c in chosen), default=0.0)
    return MMR_LAMBDA * scores[id(s)] - (1 - MMR_LAMBDA) * redundancy


def summarize(sents_by_doc: dict[str, list[Sent]], k: int | None = None,
              figures: dict[tuple[str, int], list[str]] | None = None) -> list[dict]:
    """The briefing's summary: a lead of LEAD_LINES lines chosen for coverage (who, what, when, where, the
    figures several outlets give), then sentences by relevance and diversity, ``k`` in all, each with all
    the documents that state it. ``figures``: (doc id, sentence start) -> the compared figures it states."""
    all_sents = [s for sents in sents_by_doc.values() for s in sents]
    cands = [lead.trim(s) for s in candidates(all_sents) if not lead.is_caption(s)]
    k = k or target_length(len(sents_by_doc))
    weights = term_weights(all_sents)
    at = {(s.doc.id, s.start): s.index for s in all_sents}
    by_index = {(d, at[(d, start)]): f for (d, start), f in (figures or {}).items() if (d, start) in at}
    cited = {id(s): citations(s, all_sents, weights) for s in cands}
    n_docs = len(sents_by_doc)
    told = {id(s): (len(refs) - 1) / max(1, n_docs - 1) for s in cands for refs in [cited[id(s)]]}
    first = lead.choose(cands, all_sents, by_index, dangling)
    rest = [s for s in cands if all(s is not c for c in first)]
    chosen = first + select(rest, relevance(rest, all_sents, weights, told), k - len(first), first)
    return [{"text": s.text.strip(), "sources": cited[id(s)]} for s in chosen]


def _neighbours(s: Sent, sents: list[Sent]) -> list[Sent]:
    """The sentences right before and after ``s`` in its article."""
    return [x for x in sents if abs(x.index - s.index) == 1]


def citations(s: Sent, all_sents: list[Sent], weights: dict[str, float]) -> list[dict]:
    """The line's own sentence, then each other outlet with a sentence stating the same fact."""
    mine = facts(s)
    by_doc: dict[str, list[Sent]] = {}
    for x in all_sents:
        by_doc.setdefault(x.doc.id, []).append(x)
    others = [o for o, _ in best_matches(s, all_sents, SOURCE_MATCH, weights)
              if states_same_fact(s, o, mine, _neighbours(o, by_doc[o.doc.id]))]
    return [ref(s.doc, s.start, s.end)] + [ref(o.doc, o.start, o.end) for o in others]
