"""Only here: facts (sentences with names, numbers or dates) that one outlet of a story reports alone.

A sentence is a fact when it carries a number, a date or at least
MIN_NAMES names. It is only in its outlet when no sentence of another
outlet in the story comes near it (content words and names), and its
numbers appear in no other article.
"""
from __future__ import annotations

from .sources import Sent, digits, is_statement, outlet, ref, similarity

ELSEWHERE = 0.25  # similarity from which another article is taken to state the same fact
MIN_NAMES = 2  # a sentence with two names and no number still reports who did what to whom
MAX_FACTS = 5  # per document, the most informative first


def is_fact(s: Sent) -> bool:
    """A statement with a number, a date or several names."""
    return is_statement(s) and (s.numbers > 0 or s.dates > 0 or len(s.entities) >= MIN_NAMES)


def _weight(s: Sent) -> int:
    """How much checkable detail a sentence holds."""
    return 2 * s.numbers + 2 * s.dates + len(s.entities)


def only_here(sents_by_doc: dict[str, list[Sent]]) -> list[dict]:
    """Per document, the facts no other document of the story states."""
    if len(sents_by_doc) < 2:
        return []
    out = []
    for doc_id, sents in sents_by_doc.items():
        others = [s for d, ss in sents_by_doc.items() if d != doc_id for s in ss]
        other_text_numbers = set().union(*(digits(s.text) for s in others)) if others else set()
        facts = [s for s in sents if is_fact(s) and _alone(s, others, other_text_numbers)]
        facts.sort(key=lambda s: (-_weight(s), s.index))
        if facts:
            doc = sents[0].doc
            out.append({"doc_id": doc_id, "outlet": outlet(doc),
                        "facts": [{"text": s.text.strip(), "source": ref(doc, s.start, s.end)}
                                  for s in sorted(facts[:MAX_FACTS], key=lambda s: s.index)]})
    return out


def _alone(s: Sent, others: list[Sent], other_numbers: set[str]) -> bool:
    """No other article states it: no close sentence, and none of its numbers appear elsewhere."""
    if any(similarity(s, o) >= ELSEWHERE for o in others):
        return False
    nums = digits(s.text)
    return not nums or not nums <= other_numbers
