"""The shipped model through the public ``kabar.ner.tag`` interface."""
from importlib import resources

import pytest

import kabar.ner as ner
from kabar.ner import NerSpan, tag

MODEL = resources.files("kabar") / "models" / ner.MODEL_FILE
pytestmark = pytest.mark.skipif(not MODEL.is_file(), reason="shipped NER model not built (python -m kabar.train.ner)")


@pytest.mark.parametrize("text, expected", [
    ("Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir di Kabupaten Demak, Senin.",
     {("Jawa Tengah", "LOC"), ("Ganjar Pranowo", "PER")}),
    ("Kementerian Luar Negeri memanggil Duta Besar Australia di Jakarta.",
     {("Kementerian Luar Negeri", "ORG"), ("Jakarta", "LOC")}),
    ('"Kami akan bekerja keras," kata Sri Mulyani kepada wartawan di Bandung.',
     {("Sri Mulyani", "PER"), ("Bandung", "LOC")}),
    ("KPK menahan dua pejabat Pemerintah Kota Medan pada Rabu malam.",
     {("KPK", "ORG")}),
])
def test_shipped_model_finds_names(text, expected):
    found = {(text[s.start:s.end], s.label) for s in tag(text)}
    assert expected <= found


def test_no_names_in_plain_sentence():
    assert tag("Harga beras naik tajam sejak pekan lalu karena panen gagal.") == []


def test_offsets_labels_and_scores_with_given_sentences():
    text = "Hujan turun sejak pagi.  Presiden Prabowo tiba di Surabaya."
    spans = tag(text, sentences=[(0, 23), (25, len(text))])
    assert spans and all(isinstance(s, NerSpan) for s in spans)
    assert all(s.label in ner.LABELS and 0.0 < s.score <= 1.0 for s in spans)
    assert ("Surabaya", "LOC") in {(text[s.start:s.end], s.label) for s in spans}
    assert all(s.start >= 25 for s in spans)


def test_empty_text():
    assert tag("") == []
    assert tag("   \n ") == []


@pytest.mark.parametrize("text, n", [
    ("Dia datang. Kami pergi.", 2),
    ("Kantornya di Jl. Sudirman. Besok tutup.", 2),   # no split after an abbreviation
    ("Satu baris\nbaris lain", 2),                      # a line break ends a sentence
    ("Angka 3.5 dan kata. lalu huruf kecil", 1),        # lower-case after the stop: same sentence
])
def test_rough_sentence_split(text, n):
    from kabar.text.tokens import tokenize
    assert len(ner._split(tokenize(text), text)) == n


def test_index_spans_reads_label_numbers_as_spans_reads_labels():
    import itertools

    from kabar.ner.data import spans
    from kabar.ner.tagger import index_spans
    names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"]
    marks = [(lab.startswith("B-"), lab.startswith("I-"), lab[2:]) for lab in names]
    for n in range(6):
        for path in itertools.product(range(len(names)), repeat=n):
            assert index_spans(list(path), marks, 0) == spans([names[k] for k in path])
