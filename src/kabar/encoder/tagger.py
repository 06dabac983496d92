"""Word-level BIO tagging with the fine-tuned encoder, in numpy.

Words become pieces (``▁word`` segmented on its own), each word is labelled by
its first piece, and the label scores are decoded into a valid BIO sequence.
Long sentences are cut at word boundaries into windows the encoder accepts.
Sentences are run in batches of similar length, and each sentence's result is
cached, so a sentence seen again (a repeated lead, a second analysis) costs
nothing.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..ner.data import spans
from ..ner.tagger import TokenSpan
from . import weights
from .e5file import E5File
from .ensemble import mix
from .labels import allowed_transitions, decode
from .model import Encoder
from .tokenizer import Tokenizer

MAX_PIECES = 254  # content pieces per window (plus <s> and </s>)
BATCH_TOKENS = 4096  # padded pieces per forward batch
CACHE_SENTENCES = 20_000


@dataclass(frozen=True)
class Window:
    """One encoder input: piece ids with ``<s>``/``</s>`` and the position of each word's first piece."""

    ids: list[int]
    first: list[int]


def windows(tok: Tokenizer, words: Sequence[str], bos: int, eos: int, limit: int = MAX_PIECES) -> list[Window]:
    """Encoder inputs covering ``words`` in order, each at most ``limit`` content pieces."""
    out, ids, first = [], [], []
    for word in words:
        pieces = tok.encode_words([word])[0][:limit]
        if ids and len(ids) + len(pieces) > limit:
            out.append(Window([bos] + ids + [eos], first))
            ids, first = [], []
        first.append(len(ids) + 1)
        ids.extend(pieces)
    if first:
        out.append(Window([bos] + ids + [eos], first))
    return out


def log_softmax(x: np.ndarray) -> np.ndarray:
    x = x - x.max(axis=-1, keepdims=True)
    return x - np.log(np.exp(x).sum(axis=-1, keepdims=True))


class EncoderTagger:
    """The shipped fine-tuned encoder: words in, BIO labels and entity spans out."""

    def __init__(self, weights_path: Path, e5_path: Path | None = None, crf=None, crf_weight: float | None = None):
        """``crf``: a second expert (:class:`~kabar.encoder.ensemble.CrfMarginals`) mixed in with
        ``crf_weight`` (default: the weight stored with the model, chosen on dev splits)."""
        self.file = E5File(e5_path)
        tensors, self.meta = weights.load(weights_path, base=self.file)
        self.crf = crf
        self.crf_weight = float(self.meta.get("crf_weight", 0.0) if crf_weight is None else crf_weight)
        self.labels: list[str] = list(self.meta["labels"])
        self.head_w = tensors.pop("head.w").T.copy()
        self.head_b = tensors.pop("head.b")
        self.tok = Tokenizer(self.file.vocabulary)
        self.encoder = Encoder(self.file, overrides=tensors)
        self.window = min(MAX_PIECES, self.file.config.max_positions - 2)
        self._ok = allowed_transitions(self.labels)
        self._cache: OrderedDict[tuple[str, ...], np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def word_logprobs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """``[words, labels]`` log-probabilities per sentence (cached by the sentence's words)."""
        keys = [tuple(s) for s in sentences]
        with self._lock:
            todo = list(dict.fromkeys(k for k in keys if k and k not in self._cache))
        fresh = self._compute(todo) if todo else {}
        with self._lock:
            for key, value in fresh.items():
                self._remember(key, value)
            return [fresh.get(k, self._cache.get(k)) if k else np.zeros((0, len(self.labels))) for k in keys]

    def _remember(self, key: tuple[str, ...], value: np.ndarray) -> None:
        self._cache[key] = value
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_SENTENCES:
            self._cache.popitem(last=False)

    def _compute(self, sentences: list[tuple[str, ...]]) -> dict[tuple[str, ...], np.ndarray]:
        """Run every window of every sentence, batched by length; reassemble per sentence."""
        voc = self.file.vocabulary
        items = [(si, w) for si, s in enumerate(sentences)
                 for w in windows(self.tok, s, voc.bos, voc.eos, self.window)]
        order = sorted(range(len(items)), key=lambda i: len(items[i][1].ids))
        parts: dict[int, np.ndarray] = {}
        for batch in _batches(order, [len(items[i][1].ids) for i in range(len(items))]):
            hidden, _ = self.encoder.hidden([items[i][1].ids for i in batch])
            logits = hidden @ self.head_w + self.head_b
            for row, i in enumerate(batch):
                parts[i] = log_softmax(logits[row, items[i][1].first])
        per_sentence: dict[int, list[np.ndarray]] = {}
        for i, (si, _) in enumerate(items):
            per_sentence.setdefault(si, []).append(parts[i])
        return {sentences[si]: np.concatenate(p) for si, p in per_sentence.items()}

    def scores(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Per-word label log-probabilities: the encoder's, mixed with the CRF's where one is given."""
        encoder = self.word_logprobs(sentences)
        if self.crf is None or not self.crf_weight:
            return encoder
        return [mix(lp, self.crf.logprobs(s, self.labels), self.crf_weight) for s, lp in zip(sentences, encoder)]

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """The BIO label sequence of each sentence."""
        return [[self.labels[j] for j in decode(lp, self.labels, self._ok)] for lp in self.scores(sentences)]

    def entities(self, sentences: Sequence[Sequence[str]]) -> list[list[TokenSpan]]:
        """Entity spans of each sentence, scored by the mean probability of their words' labels."""
        out = []
        for lp in self.scores(sentences):
            path = decode(lp, self.labels, self._ok)
            labels = [self.labels[j] for j in path]
            probs = np.exp(lp[np.arange(len(path)), path]) if path else np.zeros(0)
            out.append([TokenSpan(s, e, kind, float(probs[s:e].mean())) for s, e, kind in spans(labels)])
        return out


def _batches(order: list[int], lengths: list[int]) -> list[list[int]]:
    """Consecutive groups of ``order`` (sorted by length) whose padded size stays under the budget."""
    out: list[list[int]] = []
    for i in order:
        if out and (len(out[-1]) + 1) * lengths[i] <= BATCH_TOKENS:
            out[-1].append(i)
        else:
            out.append([i])
    return out
