"""Figures of kinds beyond digits and counted nouns: one written as "seorang", durations, shares of a named
thing, damage told by a verb, and small tolls a few apart (invented reports)."""
from __future__ import annotations

import pytest

from .conftest import article, judged

PAIRS = {
    "one_in_words": ("Seorang pengendara motor tewas tertabrak truk di Jalan Merdeka, Kota Tirta, Selasa (4/2/2025).",
                     "Dua pengendara motor tewas tertabrak truk di Jalan Merdeka, Kota Tirta, Selasa (4/2/2025)."),
    "duration": ("Kebakaran hutan di Bukit Lestari berlangsung selama tiga hari sebelum padam.",
                 "Kebakaran hutan di Bukit Lestari berlangsung selama empat hari sebelum akhirnya padam."),
    "duration_same": ("Masa jabatan dewan pengawas itu sembilan bulan, kata juru bicara.",
                      "Juru bicara menyebut masa jabatan dewan pengawas selama 9 bulan."),
    "share_of": ("Pasangan calon itu meraih 58,6 persen suara dalam pilkada Kota Tirta.",
                 "Pasangan calon tersebut memperoleh 56,8 persen suara di pilkada Kota Tirta."),
    "damage_verb": ("Gempa merusak 1.240 rumah di Kabupaten Lembah Hijau, Senin (10/2/2025).",
                    "Sebanyak 1.420 rumah rusak akibat gempa di Kabupaten Lembah Hijau pada Senin (10/2/2025)."),
}


@pytest.fixture(scope="module")
def figures(make):
    out = {}
    for name, (a, b) in PAIRS.items():
        docs = make([article(a, "Kabar Satu", "2025-02-13"), article(b, "Warta Dua", "2025-02-13")])
        out[name] = [n for n in judged(docs) if n["unit"] not in ("date", "time")]
    return out


def _values(entries) -> list[tuple[str, list]]:
    return [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in entries]


def test_seorang_with_a_state_is_a_count_of_one_and_a_small_toll_two_apart_disagrees(figures):
    assert _values(figures["one_in_words"]) == [("disagree", [1, 2])]


def test_a_duration_is_a_figure_of_what_lasted(figures):
    assert _values(figures["duration"]) == [("disagree", [3, 4])]
    assert figures["duration"][0]["unit"] == "hari"


def test_a_duration_in_words_agrees_with_its_digits(figures):
    assert _values(figures["duration_same"]) == [("agree", [9])]


def test_a_share_is_named_by_the_noun_after_it(figures):
    assert _values(figures["share_of"]) == [("disagree", [56.8, 58.6])]


def test_a_verb_of_damage_puts_its_object_in_the_damaged_state(figures):
    assert _values(figures["damage_verb"]) == [("disagree", [1240, 1420])]
    assert figures["damage_verb"][0]["state"] == "damaged"


def test_a_lone_seorang_without_a_state_claims_nothing(make):
    docs = make([article("Seorang warga mengatakan jalan itu sering macet.", "Kabar Satu", "2025-02-13"),
                 article("Seorang pedagang menyebut jalan itu sering macet.", "Warta Dua", "2025-02-13")])
    assert [n for n in judged(docs) if n["unit"] not in ("date", "time")] == []


def test_a_window_of_time_is_no_duration_figure(make):
    docs = make([article("Dalam 5 tahun terakhir harga beras naik tajam.", "Kabar Satu", "2025-02-13"),
                 article("Dalam 6 tahun terakhir harga beras naik tajam.", "Warta Dua", "2025-02-13")])
    assert [n for n in judged(docs) if n["unit"] == "tahun"] == []

