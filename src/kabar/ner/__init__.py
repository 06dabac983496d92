"""Named-entity recognition for Indonesian news: ``tag(text) -> [NerSpan]``.

A CRF trained by :mod:`kabar.train.ner` on the NER UI, NERGrit and NERP sets
(see ``models/NER_MODEL_CARD.md``) tags person, organisation and place names.
The model ships inside the package and is loaded once, on first use.
"""
from __future__ import annotations

import threading
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources

from ..lang.id.ner_cues import ABBREVIATIONS
from ..text.tokens import Token, tokenize, tokenize_spans
from .tagger import CrfTagger

MODEL_FILE = "ner.crfsuite"
CLUSTERS_FILE = "ner_clusters.tsv.gz"
GAZETTEER_FILE = "ner_gazetteer.tsv.gz"
LABELS = ("PER", "ORG", "LOC")
# Tokens that end a sentence when the caller gives no sentence boundaries.
SENTENCE_END = frozenset(".!?")
# Sentences tagged in one batch: the batch is padded to its longest sentence, so one batch for a whole
# long text costs its sentences times the longest of them (super-linear); batches keep it linear.
BATCH_SENTENCES = 64

__all__ = ["NerSpan", "tag", "LABELS"]


@dataclass(frozen=True)
class NerSpan:
    """A recognised name: ``text[start:end]``, its label and the model's confidence (0..1)."""

    start: int
    end: int
    label: str
    score: float


_lock = threading.Lock()
_cache: dict[str, CrfTagger] = {}
_files = ExitStack()  # keeps extracted resource files alive for the process


def _tagger() -> CrfTagger:
    """The shipped tagger, loaded on first call."""
    with _lock:
        if "model" not in _cache:
            models = resources.files("kabar") / "models"
            model = _files.enter_context(resources.as_file(models / MODEL_FILE))
            table = _files.enter_context(resources.as_file(models / CLUSTERS_FILE))
            gazetteer = _files.enter_context(resources.as_file(models / GAZETTEER_FILE))
            _cache["model"] = CrfTagger(model, table, gazetteer)
        return _cache["model"]


def _split(tokens: list[Token], text: str) -> list[list[Token]]:
    """Group tokens into rough sentences: after . ! ? or at a line break."""
    groups: list[list[Token]] = [[]]
    for i, tok in enumerate(tokens):
        if groups[-1] and "\n" in text[groups[-1][-1].end:tok.start]:
            groups.append([])
        groups[-1].append(tok)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        prev = tokens[i - 1].text.lower() if i else ""
        if tok.text in SENTENCE_END and nxt is not None and not nxt.text[:1].islower() \
                and not (tok.text == "." and prev in ABBREVIATIONS):
            groups.append([])
    return [g for g in groups if g]


def tag(text: str, sentences: list[tuple[int, int]] | None = None) -> list[NerSpan]:
    """Named entities in ``text`` (offsets into it), tagging sentence by sentence.

    ``sentences`` are ``(start, end)`` character offsets; without them the
    text is split at sentence-final punctuation and line breaks.
    """
    if sentences is None:
        groups = _split(tokenize(text), text)
    else:
        groups = tokenize_spans(text, sentences)
    tagger, found = _tagger(), []
    for k in range(0, len(groups), BATCH_SENTENCES):  # a batch is padded to its longest sentence
        found += tagger.entities_many([[t.text for t in toks] for toks in groups[k:k + BATCH_SENTENCES]])
    return [NerSpan(toks[ent.start].start, toks[ent.end - 1].end, ent.label, round(ent.score, 4))
            for toks, ents in zip(groups, found) for ent in ents]
