"""Currency signs and scale readings are never entities."""
from __future__ import annotations

import pytest

from kabar.entities import find_entities


@pytest.mark.parametrize("text, absent", [
    ("Jaksa menuntut Darmawan membayar denda Rp 400 juta subsider empat bulan kurungan.", "Rp"),
    ("Guncangan dirasakan dengan intensitas V MMI di Kota Gorontalo.", "V MMI"),
    ("Guncangan terasa III-IV MMI di Kota Manado.", "III-IV MMI"),
    ("Nilai proyek itu mencapai US$ 2 juta menurut Kementerian Keuangan.", "US$"),
])
def test_currency_and_scale_tokens_are_not_names(text, absent):
    found = [e.text for e in find_entities(text)]
    assert absent not in found
    assert any(found)  # the sentence's real name is still found


def test_a_name_that_merely_starts_like_a_scale_stays():
    assert "Vivi Maharani" in [e.text for e in find_entities("Juru bicara Vivi Maharani membantah kabar itu.")]


def test_english_weekdays_god_and_floors_are_no_names_and_a_title_after_dan_ends_a_name():
    from kabar.entities import find_entities

    def names(text):
        return [e.text for e in find_entities(text)]

    assert names("Semoga Allah SWT melindungi kita semua.") == []
    assert "Lt" not in names("Kantor itu pindah ke Plaza Sentosa, Lt. 4, Kuningan.")
    assert "Komisi VII DPR" in names("Ia masih duduk di Komisi VII DPR dan Bendahara Fraksi Demokrat.")


@pytest.mark.parametrize("text, absent", [
    ("Rapat itu InsyaAllah digelar besok di Gedung Sate, kata Rudi Hartono.", "InsyaAllah"),
    ("Dana bansos Corona diselewengkan pejabat Kementerian Sosial.", "Corona"),
])
def test_religious_expressions_and_diseases_are_no_names(text, absent):
    found = [e.text for e in find_entities(text)]
    assert absent not in found and any(found)
