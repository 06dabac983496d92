"""The tagger's opinion at a token (kabar.entities.scan_tags), asked of an invented sentence's scanner."""
from kabar.entities.gazetteer import load
from kabar.entities.recognize import _Scanner
from kabar.entities.tokens import tokenize
from kabar.ner import NerSpan


def scanner(text: str, tagged: list) -> _Scanner:
    return _Scanner(text, tokenize(text), 0, load(), sorted(tagged, key=lambda sp: sp.start))


def test_a_person_the_tagger_starts_at_a_token_and_how_sure_it_is():
    text = "Kemarin Budi Santoso tiba di Bandung."
    s = scanner(text, [NerSpan(8, 20, "PER", 0.7)])
    assert s._person_at(1) and not s._person_at(1, 0.9) and not s._person_at(2)
    assert s._person_end(1) == 3 and s._person_end(2) == 2
    assert not s._org_at(1) and not s._other_tag_at(1)


def test_an_organisation_the_tagger_ends_before_a_token():
    text = "PT Astra Djony Bunarto hadir."
    s = scanner(text, [NerSpan(0, 8, "ORG", 0.8), NerSpan(9, 22, "PER", 0.8)])
    assert s._org_at(0) and s._other_tag_at(0) and s._tag_ends(2) and not s._tag_ends(3)


def test_a_place_the_table_knows_starts_at_a_token():
    s = scanner("Kemarin Budi Santoso tiba di Jakarta.", [])
    assert s._place_at(5) and not s._place_at(1) and not s._place_at(9)


def test_a_tagger_name_of_two_words_opens_at_a_token():
    text = "Kemudian Sergei Lavrov tiba."
    s = scanner(text, [NerSpan(9, 22, "PER", 0.95)])
    assert s._tag_opens(1) and not s._tag_opens(0)


def test_a_tagger_person_ends_before_a_lower_case_word_it_took_in():
    text = "Begitu kampanye, Rina nempel banget dengan dia."
    s = scanner(text, [NerSpan(17, 28, "PER", 0.6)])
    assert s._person_end(3) == 4
    s = scanner("Ia bertemu Abdullah bin Zayed kemarin.", [NerSpan(11, 29, "PER", 0.9)])
    assert s._person_end(2) == 5


class _NoScan(list):
    """The tagger's spans, refusing to be walked whole (each question must be a look-up)."""

    def __iter__(self):
        raise AssertionError("walked every tagged span")


def test_where_the_tagger_ends_an_organisation_is_a_look_up_not_a_walk():
    # fuzz #76199 (seed 17): a 200 KB page asked this for every capitalised word, walking all
    # the tagger's spans each time (43 million steps, 4-5 s of CPU)
    text = "PT Astra Djony Bunarto hadir."
    s = scanner(text, [NerSpan(0, 8, "ORG", 0.8), NerSpan(9, 22, "PER", 0.8)])
    s.tagged = _NoScan(s.tagged)
    assert s._tag_ends(2) and not s._tag_ends(3)
