"""Shorter names folded onto longer ones (kabar.entities.folds): invented examples."""
from kabar.entities.folds import _fold_shorter_names
from kabar.entities.gazetteer import load
from kabar.entities.recognize import Mention


def _org(text: str) -> Mention:
    return Mention(0, len(text), text, "ORG", "head", 0, canonical=text)


def test_a_shorter_name_folds_onto_the_longer_name_holding_it():
    ms = [_org("Dinas Pertamanan Kota"), _org("Dinas Pertamanan Kota Sukamaju")]
    _fold_shorter_names(ms, load())
    assert ms[0].canonical == "Dinas Pertamanan Kota Sukamaju"


def test_no_fold_onto_a_name_that_ran_into_a_persons_initial():
    ms = [_org("Dinas Pertamanan Kota"), _org("Dinas Pertamanan Kota R")]  # "... Kota R. Hidayat mengatakan"
    _fold_shorter_names(ms, load())
    assert ms[0].canonical == "Dinas Pertamanan Kota"


def test_a_roman_numeral_is_no_initial():
    ms = [_org("Komisi Pertamanan"), _org("Komisi Pertamanan V")]
    _fold_shorter_names(ms, load())
    assert ms[0].canonical == "Komisi Pertamanan V"


def test_no_fold_onto_a_name_going_on_with_an_officers_rank():
    ms = [_org("Kepolisian Resor Sukamaju"), _org("Kepolisian Resor Sukamaju Komisaris Besar")]
    _fold_shorter_names(ms, load())
    assert ms[0].canonical == "Kepolisian Resor Sukamaju"


def test_a_longer_name_going_on_with_an_ordinary_word_still_folds():
    ms = [_org("Kepolisian Resor Sukamaju"), _org("Kepolisian Resor Sukamaju Barat")]
    _fold_shorter_names(ms, load())
    assert ms[0].canonical == "Kepolisian Resor Sukamaju Barat"


def test_a_table_body_does_not_fold_onto_its_name_with_unknown_words_glued_on():
    table = Mention(0, 23, "Kementerian Perdagangan", "ORG", "gaz", 0, canonical="Kementerian Perdagangan")
    ms = [table, _org("Kementerian Perdagangan Sutarno Wibisono")]
    _fold_shorter_names(ms, load())
    assert table.canonical == "Kementerian Perdagangan"


def test_a_table_body_folds_onto_its_name_with_the_home_country():
    table = Mention(0, 23, "Kementerian Perdagangan", "ORG", "gaz", 0, canonical="Kementerian Perdagangan")
    ms = [table, _org("Kementerian Perdagangan Republik Indonesia")]
    _fold_shorter_names(ms, load())
    assert table.canonical == "Kementerian Perdagangan Republik Indonesia"
