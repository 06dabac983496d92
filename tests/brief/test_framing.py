"""Framing: loaded terms from the lexicon, in the outlet's own voice or reported."""
from __future__ import annotations

import pytest

from kabar.brief.framing import framing, terms
from kabar.lang.id.framing import FRAMING_TERMS
from kabar.model import Document, Quote, Sentence, Source
from kabar.text.sentences import split_sentences


def _doc(text: str, quotes: list[Quote] | None = None) -> Document:
    doc = Document(id="d1", source=Source(outlet="Contoh"), raw=text, text=text)
    doc.sentences = [Sentence(s, e) for s, e in split_sentences(text)]
    doc.quotes = quotes or []
    return doc


@pytest.mark.parametrize("text, term, quoted", [
    ("Pasukan separatis menyerang pos jaga di perbatasan.", "pasukan separatis", False),
    ("Menteri itu menyebut lawannya sebagai “agresor imperialis” dalam pidatonya.", "agresor imperialis", True),
    ("Juru bicara itu mengatakan bahwa rezim tersebut harus mundur.", "rezim", True),
    ("Rezim lama dinilai lalai menjaga hutan, kata seorang aktivis.", "rezim", True),
    ("Kelompok itu disebut teroris oleh pemerintah setempat.", "teroris", False),
])
def test_terms_are_found_and_marked_quoted_or_own_voice(text, term, quoted):
    found = terms(_doc(text))
    assert [(t["term"], t["quoted"]) for t in found] == [(term, quoted)]
    assert found[0]["category"] == FRAMING_TERMS[term]


@pytest.mark.parametrize("text", [
    "Pemerintah mempercepat pembebasan lahan untuk jalan tol.",  # land acquisition, not liberation
    "Warga menanam padi di sawah yang baru dibuka.",
    "Direzimkan bukan kata yang dikenal.",  # only whole words match
])
def test_ordinary_text_has_no_loaded_terms(text):
    assert terms(_doc(text)) == []


def test_a_quote_span_from_the_quotes_stage_marks_a_term_quoted():
    text = "Ia menilai sikap itu perilaku gangster yang memalukan."
    start = text.index("sikap")
    quote = Quote(text=text[start:-1], speaker="Ia", speaker_entity_id=None, cue="menilai", direct=False,
                  start=start, end=len(text) - 1)
    found = terms(_doc(text, [quote]))
    assert {t["term"] for t in found} == {"perilaku gangster", "memalukan"}
    assert all(t["quoted"] for t in found)


def test_framing_lists_only_documents_with_terms_and_counts_own_voice():
    doc = _doc("Rezim itu jatuh. Mereka menyebutnya “boneka” asing.")
    (entry,) = framing([doc, _doc("Harga beras naik.")])
    assert entry["doc_id"] == "d1" and entry["own_voice"] == 1
    assert entry["terms"][0]["source"]["start"] == 0
