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



def _pair(make, a: str, b: str, published: str = "2023-05-10"):
    docs = make([article(a, "Kabar Satu", published), article(b, "Warta Dua", published)])
    return [n for n in judged(docs) if n["unit"] not in ("date", "time")]


def test_a_unit_that_names_the_state_gives_it(make):
    found = _pair(make, "Gempa mengguncang Kabupaten Lembah Hijau, Senin (21/11/2022). Kepala BNPB mengatakan korban "
                        "meninggal dunia mencapai 268 orang.",
                  "Gempa Lembah Hijau, Senin (21/11/2022), menelan 270 korban jiwa.", "2022-11-22")
    assert [(n["verdict"], n["state"], sorted(v["value"] for v in n["values"])) for n in found] == [
        ("disagree", "died", [268, 270])]


def test_inmates_and_residents_of_a_prison_are_persons_of_one_toll(make):
    found = _pair(make, "Kebakaran melanda Lapas Kelas I Sukamaju pada Rabu dini hari. Sebanyak 41 narapidana tewas.",
                  "Kebakaran di Lapas Sukamaju menyebabkan 43 warga binaan meninggal dunia.", "2021-09-08")
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in found if n["state"] == "died"] == [
        ("disagree", [41, 43])]


def test_two_prison_terms_of_one_defendant_disagree_and_the_demand_is_apart(make):
    found = _pair(make, "Majelis hakim menjatuhkan vonis 10 tahun penjara kepada terdakwa Rudi Hartono. Vonis itu "
                        "lebih ringan dari tuntutan jaksa, yakni 12 tahun penjara.",
                  "Rudi Hartono dihukum 11 tahun penjara oleh Pengadilan Tipikor Jakarta, Rabu (10/5/2023).")
    terms = [n for n in found if n["what"]["kind"] == "term"]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in terms if n["verdict"] == "disagree"] == [
        ("disagree", [10, 11])]
    assert all(12 not in [v["value"] for v in n["values"]] for n in terms if n["verdict"] == "disagree")


def test_sementara_opening_a_clause_qualifies_nothing(make):
    found = _pair(make, "Terdakwa utama divonis hukuman mati. Sementara itu Rina Marlina divonis 20 tahun penjara.",
                  "Rina Marlina dijatuhi pidana penjara selama 18 tahun oleh majelis hakim.")
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in found] == [("disagree", [18, 20])]


def test_a_sum_written_with_its_currencys_country_is_a_sum(make):
    found = _pair(make, "Peretas meminta tebusan sebesar 8 juta dolar AS kepada pemerintah.",
                  "Kelompok peretas itu meminta uang tebusan 8 juta dolar AS.", "2024-06-25")
    assert [(n["verdict"], n["unit"], [v["value"] for v in n["values"]]) for n in found] == [
        ("agree", "USD", [8000000])]


def test_a_clock_duration_is_a_figure_compared_in_seconds(make):
    found = _pair(make, "Pemadaman listrik di Kota Tirta berlangsung selama 6 jam pada Minggu (4/8/2019).",
                  "Listrik di Kota Tirta padam selama 8 jam, Minggu (4/8/2019).", "2019-08-05")
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in found] == [("disagree", [6, 8])]
    same = _pair(make, "Rapat itu berlangsung selama 1,5 jam di Gedung Sate.",
                 "Rapat di Gedung Sate itu berlangsung selama 90 menit.", "2019-08-05")
    assert [n["verdict"] for n in same] == ["agree"]


def test_a_bare_number_counts_what_its_subject_names(make):
    found = _pair(make, "Korban tewas dalam kecelakaan bus di Tol Sukamaju mencapai 34. Sebanyak 12 di antaranya "
                        "anak-anak.",
                  "Kecelakaan bus di Tol Sukamaju menewaskan 32 orang.", "2024-06-05")
    assert [(n["verdict"], n["state"], sorted(v["value"] for v in n["values"])) for n in found] == [
        ("disagree", "died", [32, 34])]  # "12 di antaranya" is a part of the 34, no count of its own


def test_a_count_told_as_risen_does_not_supersede_a_larger_one(make):
    found = _pair(make, "Jumlah korban meninggal dunia akibat gempa di Kabupaten Sukamaju bertambah menjadi 62, "
                        "Selasa (22/11/2022).",
                  "Gempa di Kabupaten Sukamaju menewaskan 64 orang, Selasa (22/11/2022).", "2022-11-22")
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in found] == [("disagree", [62, 64])]


def test_a_measure_after_a_date_is_named_by_the_words_before_the_date(make):
    found = _pair(make, "PVMBG melaporkan tinggi kolom abu erupsi Gunung Sarang pada Minggu (3/12/2023) sore mencapai "
                        "3.000 meter dari puncak.",
                  "Gunung Sarang erupsi Minggu (3/12/2023) sore dengan kolom abu setinggi 3 km.", "2023-12-04")
    assert [(n["verdict"], n["unit"]) for n in found if n["what"]["thing"] == "m"] == [("agree", "meter")]


def test_a_one_word_noun_that_is_a_state_word_names_no_state_of_its_own(make):
    docs = make([article("Dua tersangka pemberi suap adalah direktur dua perusahaan swasta.", "Kabar Satu",
                         "2024-03-15"),
                 article("Forum warga mendesak KPK tidak berhenti pada empat tersangka.", "Warta Dua", "2024-03-16")])
    found = judged(docs)
    assert not [n for n in found if n["verdict"] in ("update", "disagree")]


def test_a_substitute_term_for_an_unpaid_fine_is_its_own_figure_and_its_condition_no_plan(make):
    found = _pair(make, "Majelis hakim memvonis Andi Wijaya 9 tahun penjara dan denda Rp 300 juta subsider 4 bulan "
                        "kurungan, Selasa (9/5/2023).",
                  "Andi Wijaya dihukum 9 tahun penjara. Ia juga harus membayar denda Rp 300 juta dan akan menjalani "
                  "empat bulan penjara lagi jika tidak mampu membayar.")
    terms = sorted((n["what"]["thing"], n["verdict"], [v["value"] for v in n["values"]])
                   for n in found if n["what"]["kind"] == "term")
    assert terms == [("kurungan", "agree", [4]), ("penjara", "agree", [9])]


def test_a_term_after_a_condition_of_not_paying_is_a_substitute_and_the_sentence_is_not(make):
    found = _pair(make, "Hakim menghukum Budi Santoso 7 tahun penjara dan uang pengganti Rp 50 miliar. Jika hartanya "
                        "tidak mencukupi untuk membayar uang pengganti, maka hukuman penjaranya diperpanjang 3 tahun.",
                  "Budi Santoso divonis 7 tahun penjara. Uang pengganti Rp 50 miliar yang tidak dibayar diganti "
                  "dengan pidana penjara selama 3 tahun.", "2023-05-10")
    terms = sorted((n["what"]["thing"], n["verdict"], [v["value"] for v in n["values"]])
                   for n in found if n["what"]["kind"] == "term")
    assert terms == [("kurungan", "agree", [3]), ("penjara", "agree", [7])]


@pytest.mark.parametrize("before, after, expected", [
    (["subsider", "juta", "300", "rp"], ["kurungan", "."], True),
    (["selama", "penjara", "pidana", "dengan", "diganti"], ["."], True),
    (["menjalani", "akan"], ["penjara", "lagi", "jika", "tidak", "mampu", "membayar", "."], True),
    (["diperpanjang", "penjaranya", "hukuman", "maka", ",", "mencukupi", "tidak", "hartanya", "jika"], ["."], True),
    (["divonis", "budi"], ["penjara", ";", "jika", "tidak", "membayar", "denda"], False),  # another clause's condition
    (["selama", "penjara", "divonis"], ["karena", "tidak", "membayar", "pajak"], False),  # a reason, no condition
    (["divonis"], ["penjara", "dan", "uang", "pengganti", "rp", "10", "miliar", "yang", "apabila", "tidak", "dibayar",
                   "diganti"], False),  # the condition of the sum told after it
])
def test_substitute_term_reads_the_cue_or_the_condition_of_the_terms_own_clause(before, after, expected):
    from kabar.claims.extract import substitute_term
    assert substitute_term(before, after) is expected
