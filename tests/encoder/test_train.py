"""The fine-tuning path (needs the ``train`` extra: torch), on the toy model file and invented sentences."""
from __future__ import annotations

import pytest

from kabar.encoder import weights
from kabar.encoder.e5file import E5File
from kabar.encoder.labels import bio_labels
from kabar.encoder.model import Encoder
from kabar.encoder.tagger import EncoderTagger
from kabar.encoder.tokenizer import Tokenizer
from kabar.ner.data import Sentence

from . import fake_e5

torch = pytest.importorskip("torch", reason="the training path needs the train extra (pip install torch==2.13.0)")
from kabar.train import encoder as train  # noqa: E402

LABELS = bio_labels(["PER", "LOC"])
# Toy words of the toy vocabulary, each with its own first piece: "kabar" is a person, "ka" a place.
SENTENCES = [Sentence(["a", "kabar", "bar", "ka"], ["O", "B-PER", "O", "B-LOC"]),
             Sentence(["ka", "a", "bar", "kabar", "kabar"], ["B-LOC", "O", "O", "B-PER", "I-PER"]),
             Sentence(["bar", "ka", "kabar"], ["O", "B-LOC", "B-PER"])] * 6


@pytest.fixture()
def toy(tmp_path):
    path = tmp_path / "tiny.bin"
    fake_e5.write(path)
    e5 = E5File(path)
    return path, e5, Encoder(e5), Tokenizer(e5.vocabulary)


@pytest.mark.parametrize("freeze", [0, 1])
def test_fit_learns_the_toy_names_and_the_export_tags_them(toy, tmp_path, freeze, monkeypatch):
    path, e5, encoder, tok = toy
    monkeypatch.setattr(train, "E5File", lambda *a, **k: e5)
    examples = train.make_examples(SENTENCES, LABELS, encoder, tok, freeze)
    recipe = train.Recipe(freeze=freeze, epochs=15, lr=3e-3, head_lr=3e-2, batch=4, dropout=0.0, seed=1)
    model, best = train.fit(examples, examples, LABELS, e5, recipe, log=lambda m: None)
    assert best == 1.0
    out = tmp_path / "toy.npz"
    train.export(model, recipe, LABELS, out, e5)
    tagger = EncoderTagger(out, e5_path=path)
    assert tagger.tag([["a", "kabar", "bar", "ka"]]) == [["O", "B-PER", "O", "B-LOC"]]
    shipped = {name.split(".")[0] for name in weights.load(out, e5)[0]}
    assert shipped == {f"l{i}" for i in range(freeze, fake_e5.LAYERS)} | {"head"}  # frozen layers stay in the wheel


def test_cached_examples_round_trip(toy, tmp_path):
    _, _, encoder, tok = toy
    first = train.cached_examples("toy:train", SENTENCES[:3], LABELS, encoder, tok, 1, tmp_path)
    again = train.cached_examples("toy:train", [], LABELS, encoder, tok, 1, tmp_path)  # read back, not recomputed
    assert [(e.first, e.labels) for e in first] == [(e.first, e.labels) for e in again]
    assert all((a.states == b.states).all() for a, b in zip(first, again))
