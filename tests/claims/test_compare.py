"""Verdicts on invented reports: agree, disagree, update, change, different scope, and what is never compared."""
from __future__ import annotations

import datetime as dt

import pytest

from kabar.claims.context import part_of

from .conftest import article, judged

FLOOD = [
    article("Banjir bandang menerjang Desa Wanasari, Kabupaten Lembah Hijau, Senin (10/2/2025) malam. "
            "BPBD mencatat 12 warga meninggal dunia dan 40 orang luka-luka.", "Kabar Lembah", "2025-02-11"),
    article("BPBD mencatat 15 warga meninggal dunia akibat banjir bandang di Desa Wanasari hingga Selasa "
            "(11/2/2025) sore. Sebanyak 40 orang luka-luka dirawat di puskesmas.", "Warta Pagi", "2025-02-12"),
    article("Menurut BPBD, 12 warga meninggal dunia dalam banjir bandang di Desa Wanasari. Sebanyak 1.100 "
            "warga mengungsi ke balai desa.", "Suara Hulu", "2025-02-12"),
]


@pytest.fixture(scope="module")
def flood(make):
    docs = make(FLOOD)
    return judged(docs), docs


def _state(entries, state):
    return [n for n in entries if n["state"] == state and not n["context"]]


def test_a_stale_toll_beside_a_newer_one_is_a_disagreement(flood):
    entries, docs = flood
    died = _state(entries, "died")
    assert len(died) == 1 and died[0]["verdict"] == "disagree" and died[0]["agree"] is False
    by_value = {v["value"]: {r["doc_id"] for r in v["sources"]} for v in died[0]["values"]}
    assert by_value == {12: {docs[0].id, docs[2].id}, 15: {docs[1].id}}


def test_injured_are_not_mixed_with_the_dead(flood):
    entries, _ = flood
    injured = _state(entries, "injured")
    assert injured and all(v["state"] == "injured" for n in injured for v in n["values"])
    assert injured[0]["verdict"] == "agree"


def test_values_carry_as_of_issuer_and_independent_sources(flood):
    entries, docs = flood
    died = _state(entries, "died")[0]
    fifteen = next(v for v in died["values"] if v["value"] == 15)
    assert fifteen["as_of"].startswith("2025-02-11") and "Selasa" in fifteen["as_of_text"]
    twelve = next(v for v in died["values"] if v["value"] == 12)
    assert any(w in " ".join(twelve["issuers"]) for w in ("BPBD", "Penanggulangan Bencana"))
    assert twelve["outlets"] == 2 and twelve["independent"] == 2
    assert died["outlets"] == 3


def test_sources_cite_the_sentence_holding_the_value(flood):
    entries, docs = flood
    text = {d.id: d.text for d in docs}
    for n in entries:
        for v in n["values"]:
            for r in v["sources"]:
                assert v["text"] in text[r["doc_id"]][r["start"]:r["end"]]


def test_a_rising_toll_at_stated_times_is_an_update(make):
    docs = make([
        article("Gempa mengguncang Kabupaten Sigi. BNPB mencatat 7 warga meninggal dunia hingga Selasa "
                "(4/6/2024) pukul 06.30 WITA.", "Kabar Satu", "2024-06-04"),
        article("Korban meninggal akibat gempa Sigi bertambah. BNPB mencatat 11 warga meninggal dunia hingga "
                "Rabu (5/6/2024) pukul 12.00 WITA.", "Kabar Dua", "2024-06-05"),
    ])
    died = _state(judged(docs), "died")
    assert [n["verdict"] for n in died] == ["update"]
    assert [v["value"] for v in died[0]["values"]] == [7, 11]  # in time order


def test_a_change_the_text_states_is_a_change_not_a_conflict(make):
    docs = make([
        article("Pemerintah menaikkan harga Pertalite dari Rp 7.650 menjadi Rp 10.000 per liter mulai Sabtu.",
                "Kabar Satu", "2022-09-03"),
        article("Harga Pertalite kini menjadi Rp 10.000 per liter, naik dari semula Rp 7.650 per liter.",
                "Kabar Dua", "2022-09-03"),
    ])
    entries = judged(docs)
    money = [n for n in entries if n["unit"] == "IDR"]
    assert money and all(n["verdict"] != "disagree" for n in money)
    change = next(n for n in money if n["verdict"] == "change")
    assert [v["value"] for v in change["values"]] == [7650, 10000]
    assert [v["modality"] for v in change["values"]] == ["old", "new"]


def test_other_places_are_a_different_scope(make):
    docs = make([
        article("Gempa di Sulawesi Tengah menewaskan 127 orang di Kota Palu, kata BNPB.", "Kabar Satu", "2018-09-30"),
        article("Gempa di Sulawesi Tengah menewaskan 2 orang di Kabupaten Donggala, kata BPBD.", "Kabar Dua",
                "2018-09-30"),
    ])
    entries = judged(docs)
    assert not [n for n in entries if n["verdict"] == "disagree"]


def test_a_forecast_is_never_compared_with_a_fact(make):
    docs = make([
        article("Ekonomi Indonesia tumbuh 5,05 persen pada 2023, kata Badan Pusat Statistik.", "Kabar Satu",
                "2024-02-05"),
        article("Bank Dunia memperkirakan ekonomi Indonesia akan tumbuh 4,9 persen pada 2023.", "Kabar Dua",
                "2024-02-05"),
    ])
    assert not [n for n in judged(docs) if n["verdict"] == "disagree"]


def test_vague_millions_against_a_quarter_million_disagree_as_a_range(make):
    docs = make([
        article("Jutaan tentara China bertempur melawan pasukan Amerika Serikat di Korea.", "Kabar Satu",
                "2020-10-23"),
        article("China mengirimkan 250 ribu tentara China ke Semenanjung Korea.", "Kabar Dua", "2020-10-23"),
    ])
    soldiers = [n for n in judged(docs) if n["what"]["thing"] == "tentara" and not n["context"]]
    assert soldiers and soldiers[0]["verdict"] == "disagree"
    vague = next(v for v in soldiers[0]["values"] if v["modifier"] == "vague")
    assert vague["low"] == 1_000_000 and vague["high"] < 10_000_000


def test_a_claim_of_another_story_is_another_happening_unless_one_party_owns_it(flood):
    _, docs = flood
    entries = judged(docs, story=[docs[1]])  # the other two belong to another story of the storyline
    assert not [n for n in _state(entries, "died") if n["verdict"] == "disagree"]


def test_a_toll_whose_subject_names_the_state_far_before_it_is_compared(make):
    docs = make([  # "jumlah korban meninggal dunia ... bertambah menjadi 271 orang": the state is the subject's
        article("BPBD mencatat korban meninggal dunia akibat gempa mencapai 268 orang hingga Selasa (22/11/2022) "
                "malam.", "Kabar Satu", "2022-11-23"),
        article("Jumlah korban meninggal dunia akibat gempa di Kabupaten Sukamaju bertambah menjadi 271 orang "
                "hingga Selasa (22/11/2022) malam.", "Kabar Dua", "2022-11-23"),
    ])
    died = _state(judged(docs), "died")
    assert [n["verdict"] for n in died] == ["disagree"]
    assert sorted(v["value"] for v in died[0]["values"]) == [268, 271]


def test_counts_of_one_day_follow_its_parts_morning_noon_night(make):
    docs = make([
        article("Banjir bandang melanda Kota Sukamaju. Hingga Senin (10/2/2025) pagi, 12 orang meninggal dunia.",
                "Kabar Satu", "2025-02-10"),
        article("Banjir bandang di Kota Sukamaju menewaskan 15 orang hingga Senin (10/2/2025) siang.", "Kabar Dua",
                "2025-02-10"),
        article("Korban meninggal akibat banjir bandang di Kota Sukamaju mencapai 19 orang hingga Senin "
                "(10/2/2025) malam.", "Kabar Tiga", "2025-02-11"),
    ])
    died = _state(judged(docs), "died")
    assert [n["verdict"] for n in died] == ["update"]
    assert [v["value"] for v in died[0]["values"]] == [12, 15, 19]


def test_two_tolls_of_one_landslide_told_in_other_words_disagree(make):
    docs = make([  # the clauses around the values share no word; their sentences tell one happening
        article("Sebanyak 18 warga tewas tertimbun longsor di Desa Wanasari, Kabupaten Lembah Hijau, Selasa "
                "(14/3/2023).", "Kabar Satu", "2023-03-14"),
        article("Longsor di Desa Wanasari, Kabupaten Lembah Hijau, Selasa (14/3/2023), mengakibatkan 16 warga "
                "meninggal dunia.", "Kabar Dua", "2023-03-14"),
    ])
    died = _state(judged(docs), "died")
    assert [n["verdict"] for n in died] == ["disagree"]
    assert sorted(v["value"] for v in died[0]["values"]) == [16, 18]


def test_a_subject_states_what_is_counted_across_a_written_date(make):
    docs = make([  # "Rabu, 12 Februari 2025": the comma after a weekday breaks no clause
        article("Korban banjir di Desa Wanasari yang dinyatakan meninggal dunia hingga Rabu, 12 Februari 2025 "
                "berjumlah 21 orang.", "Kabar Satu", "2025-02-12"),
        article("BPBD mencatat 21 orang meninggal dunia akibat banjir di Desa Wanasari hingga Rabu (12/2/2025).",
                "Kabar Dua", "2025-02-12"),
    ])
    died = _state(judged(docs), "died")
    assert [(n["verdict"], n["outlets"]) for n in died] == [("agree", 2)]


def test_a_toll_told_as_risen_supersedes_an_earlier_one_of_the_same_day(make):
    docs = make([  # no time said for either count, one says the toll rose: an update, not a conflict
        article("Longsor menimbun permukiman di Desa Karangsari. Sebanyak 9 warga tewas tertimbun longsor di "
                "Desa Karangsari.", "Kabar Satu", "2024-03-05"),
        article("Jumlah warga tewas akibat longsor di Desa Karangsari bertambah menjadi 11 orang.", "Kabar Dua",
                "2024-03-05"),
    ])
    died = _state(judged(docs), "died")
    assert [n["verdict"] for n in died] == ["update"]
    assert [v["value"] for v in died[0]["values"]] == [9, 11]


def test_a_qualifier_of_the_next_figure_does_not_qualify_this_one(make):
    docs = make([  # "dari total 90 sampel": "total" is the samples', so both counts of cases are one figure
        article("Dinas Kesehatan mencatat 31 kasus demam berdarah dari total 90 sampel darah yang diperiksa.",
                "Kabar Satu", "2024-03-05"),
        article("Dinas Kesehatan mencatat 31 kasus demam berdarah dari 90 sampel darah yang diperiksa di "
                "laboratorium.", "Kabar Dua", "2024-03-05"),
    ])
    cases = [n for n in judged(docs) if n["unit"] == "kasus"]
    assert [(n["verdict"], n["outlets"]) for n in cases] == [("agree", 2)]


def test_one_measure_written_with_two_scale_words_in_one_article_is_a_disagreement(make):
    docs = make([  # "Rp45 triliun" and, further on, "puluhan miliar" for the same loss: a slipped scale word
        article("Kasus korupsi tambang itu merugikan negara Rp45 triliun. Hakim menjatuhkan vonis delapan tahun. "
                "Presiden menyebut pelaku telah merugikan negara hingga puluhan miliar.", "Kabar Satu",
                "2024-03-05"),
        article("Perkara tambang tersebut merugikan negara Rp45 triliun menurut jaksa.", "Kabar Dua", "2024-03-05"),
    ])
    money = [n for n in judged(docs) if n["unit"] == "IDR"]
    assert [n["verdict"] for n in money] == ["disagree"]
    vague = [v for v in money[0]["values"] if v["modifier"] == "vague"][0]
    assert vague["value"] == 10_000_000_000 and vague["high"] > vague["low"]  # named by its order, range kept


def test_a_count_said_to_include_the_crew_is_everyone_on_board(make):
    docs = make([  # "40 penumpang, termasuk awak kapal" is a total: against "46 orang" it disagrees
        article("KM Bahari Jaya tenggelam di perairan Selat Timur. Kapal itu mengangkut 40 penumpang, termasuk "
                "awak kapal.", "Kabar Satu", "2024-03-05"),
        article("KM Bahari Jaya tenggelam di perairan Selat Timur saat mengangkut 46 orang.", "Kabar Dua",
                "2024-03-05"),
    ])
    aboard = [n for n in judged(docs) if n["what"]["thing"] == "orang"]
    assert [n["verdict"] for n in aboard] == ["disagree"]
    assert sorted(v["value"] for v in aboard[0]["values"]) == [40, 46]


def test_one_article_timing_one_take_off_twice_contradicts_itself(make):
    docs = make([
        article("Pesawat perintis itu lepas landas dari Bandara Sentani pada Senin (4/3/2024) pukul 10.15 WIT. "
                "Petugas bandara menyebut pesawat take off sekitar pukul 09.45 WIT menuju Wamena.", "Kabar Satu",
                "2024-03-05"),
    ])
    times = [n for n in judged(docs) if n["unit"] == "time"]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in times] == [
        ("disagree", ["09:45", "10:15"])]


def test_two_outlets_timing_one_take_off_differently_disagree_in_whatever_words(make):
    docs = make([  # few words in common, one moment named by synonyms: lepas landas / take off
        article("Pesawat latih itu lepas landas dari Bandara Kalijati pukul 08.10 WIB, Selasa (5/3/2024), "
                "sebelum jatuh di sawah warga.", "Kabar Satu", "2024-03-05"),
        article("Menurut pengelola bandara, pesawat tersebut take off pukul 08.40 WIB pada Selasa (5/3/2024).",
                "Kabar Dua", "2024-03-05"),
    ])
    times = [n for n in judged(docs) if n["unit"] == "time"]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in times] == [
        ("disagree", ["08:10", "08:40"])]


SUGAR = [  # one article states this import and an earlier one of the year; two others state this one
    article("Pemerintah memutuskan menambah impor gula sebanyak 1 juta ton untuk menahan kenaikan harga di pasar, "
            "Rabu (10/7/2024). Pada awal tahun, pemerintah sudah menugaskan Perum Niaga mengimpor 2,6 juta ton "
            "gula setelah produksi 2023 merosot.", "Kabar Satu", "2024-07-10"),
    article("Perum Niaga ditugaskan mendatangkan impor gula sebanyak 1 juta ton, kata Menteri Perdagangan Budi "
            "Santosa, Rabu (10/7/2024).", "Kabar Dua", "2024-07-11"),
    article("Petani tebu khawatir gula impor sebanyak 1,5 juta ton yang akan masuk justru menekan harga tebu.",
            "Kabar Tiga", "2024-07-12"),
]


def test_a_figure_joins_its_best_match_not_the_first_group_that_fits(make):
    docs = make(SUGAR)
    tons = [n for n in judged(docs) if n["unit"] == "ton" and n["verdict"] == "disagree"]
    assert len(tons) == 1
    by_value = {v["value"]: {r["doc_id"] for r in v["sources"]} for v in tons[0]["values"]}
    assert by_value == {1_000_000: {docs[0].id, docs[1].id}, 1_500_000: {docs[2].id}}


def test_a_figure_for_the_start_of_a_year_is_not_one_of_mid_year(make):
    docs = make(SUGAR[:2])  # "2,6 juta ton" of "awal tahun" against "1 juta ton" of 11 July: two imports
    tons = [n for n in judged(docs) if n["unit"] == "ton"]
    assert not [n for n in tons if n["verdict"] == "disagree"]
    assert [(n["verdict"], n["outlets"]) for n in tons] == [("agree", 2)]


def test_an_open_ended_figure_does_not_take_its_own_articles_other_figure(make):
    docs = make([  # "lebih dari 5.000" meets "21 ribu" of the same article, but it is the final's crowd
        article("Lebih dari 5.000 penonton memadati GOR Cendana pada laga final, Minggu (7/7/2024). Selama enam "
                "hari turnamen, tercatat 21 ribu penonton datang.", "Kabar Satu", "2024-07-08"),
        article("Sekitar 4.000 penonton memadati GOR Cendana pada laga final, Minggu (7/7/2024).", "Kabar Dua",
                "2024-07-08"),
    ])
    crowd = [n for n in judged(docs) if n["unit"] == "penonton" and n["verdict"] == "disagree"]
    assert [sorted(v["value"] for v in n["values"]) for n in crowd] == [[4000, 5000]]


def test_a_sum_per_kilogram_is_a_price_of_its_day(make):
    docs = make([  # two days' prices of one kind of rice, at two markets: no conflict
        article("Kenaikan juga terjadi pada beras premium yang kini menyentuh Rp 16.800 per kilogram.",
                "Kabar Satu", "2024-07-10"),
        article("Beras medium masih dijual Rp 15.000 per kilogram, sedangkan beras premium mencapai Rp 17.000 "
                "per kilogram.", "Kabar Dua", "2024-07-12"),
    ])
    assert not [n for n in judged(docs) if n["unit"] == "IDR" and n["verdict"] == "disagree"]


def test_a_period_modifier_narrows_the_period_to_its_part():
    first, last = dt.date(2024, 1, 1).toordinal(), dt.date(2024, 12, 31).toordinal()
    start, end = part_of(first, last, "START"), part_of(first, last, "END")
    assert dt.date.fromordinal(start[0]) == dt.date(2024, 1, 1) and dt.date.fromordinal(start[1]).month == 5
    assert dt.date.fromordinal(end[1]) == dt.date(2024, 12, 31) and dt.date.fromordinal(end[0]).month == 9
    mid = part_of(first, last, "MID")
    assert start[1] < mid[0] and mid[1] < end[0]
    assert part_of(first, last, None) == (first, last) and part_of(first, first, "END") == (first, first)


def test_each_articles_one_toll_of_the_story_is_one_figure_in_whatever_words(make):
    docs = make([  # "menewaskan 62 orang dan melukai ratusan warga": the injured are the hundreds
        article("Gempa bermagnitudo 6,4 mengguncang Kabupaten Sukamaju, Senin (3/3/2025). Gempa itu menewaskan "
                "62 orang dan melukai ratusan warga, kata Kepala BPBD Sukamaju.", "Kabar Satu", "2025-03-04"),
        article("Korban jiwa akibat gempa di Kabupaten Sukamaju mencapai 64 orang, Senin (3/3/2025), menurut data "
                "BNPB.", "Kabar Dua", "2025-03-04"),
    ])
    entries = judged(docs)
    assert [sorted(v["value"] for v in n["values"]) for n in _state(entries, "died")] == [[62, 64]]
    assert _state(entries, "died")[0]["verdict"] == "disagree"
    assert not [n for n in _state(entries, "injured") if n["verdict"] == "disagree"]


def test_a_vote_total_set_by_the_commission_with_a_transposed_digit_disagrees(make):
    docs = make([  # "KPU menetapkan ... memperoleh": a total set, not a suspect named
        article("Pasangan Andi-Budi meraih 1.254.320 suara sah dalam rekapitulasi KPU Provinsi Sukamaju, Rabu "
                "(4/12/2024).", "Kabar Satu", "2024-12-04"),
        article("KPU Provinsi Sukamaju menetapkan pasangan Andi-Budi memperoleh 1.245.320 suara sah dalam rapat "
                "pleno, Rabu (4/12/2024).", "Kabar Dua", "2024-12-05"),
    ])
    votes = [n for n in judged(docs) if n["verdict"] == "disagree"]
    assert [sorted(v["value"] for v in n["values"]) for n in votes] == [[1245320, 1254320]]


def test_the_day_a_figure_was_said_is_not_its_scope(make):
    docs = make([  # "..., kata X, Senin" and "..., ujar X, Selasa": one ship, told on two days
        article("Kapal motor Sinar Laut tenggelam di Selat Sempit. Kapal itu mengangkut 45 penumpang, kata Kepala "
                "Basarnas Ahmad Yani, Senin (10/2/2025).", "Kabar Satu", "2025-02-10"),
        article("Kapal motor Sinar Laut yang tenggelam di Selat Sempit mengangkut 48 penumpang, ujar Kepala Basarnas "
                "Ahmad Yani, Selasa (11/2/2025).", "Kabar Dua", "2025-02-11"),
    ])
    aboard = [n for n in judged(docs) if n["unit"] == "penumpang"]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in aboard] == [("disagree", [45, 48])]
    said = {v["value"]: v["as_of"] for v in aboard[0]["values"]}
    assert said == {45: "2025-02-10", 48: "2025-02-11"}


def test_a_toll_given_on_consecutive_days_is_an_update(make):
    docs = make([  # each sentence names its own day: when the toll was counted, not another happening
        article("BNPB mencatat 7 warga meninggal dunia akibat banjir di Kota Sukamaju, Senin (3/3/2025).",
                "Kabar Satu", "2025-03-03"),
        article("Korban meninggal akibat banjir di Kota Sukamaju bertambah menjadi 11 orang, Selasa (4/3/2025).",
                "Kabar Dua", "2025-03-04"),
    ])
    died = _state(judged(docs), "died")
    assert [(n["verdict"], [v["value"] for v in n["values"]]) for n in died] == [("update", [7, 11])]


def test_kilometres_and_metres_measure_one_depth(make):
    docs = make([
        article("Gempa mengguncang Kabupaten Sukamaju pada Senin (3/3/2025). Pusat gempa berada di kedalaman 10 km.",
                "Kabar Satu", "2025-03-03"),
        article("Gempa di Kabupaten Sukamaju pada Senin (3/3/2025) berpusat di kedalaman 14.000 meter.", "Kabar Dua",
                "2025-03-03"),
    ])
    depth = [n for n in judged(docs) if n["verdict"] == "disagree"]
    assert [sorted((v["value"], v["low"]) for v in n["values"]) for n in depth] == [[(10, 10), (14000, 14000)]]


def test_a_bill_approved_by_two_counts_of_members_disagrees(make):
    docs = make([  # "menyetujui" and "disetujui oleh": one vote
        article("Sebanyak 293 anggota DPR menyetujui RUU Penyiaran dalam rapat paripurna, Kamis (20/3/2025).",
                "Kabar Satu", "2025-03-20"),
        article("RUU Penyiaran disetujui oleh 301 anggota DPR yang hadir dalam rapat paripurna, Kamis (20/3/2025).",
                "Kabar Dua", "2025-03-20"),
    ])
    votes = [n for n in judged(docs) if n["state"] == "approve"]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in votes] == [("disagree", [293, 301])]


def test_tolls_of_two_days_published_on_one_are_no_conflict(make):
    docs = make([  # no "hingga", one publication day: counts of two days, which one is later is unsaid
        article("Banjir di Kota Sukamaju menewaskan 7 warga pada Senin (3/3/2025).", "Kabar Satu", "2025-03-04"),
        article("BNPB mencatat 11 warga meninggal dunia akibat banjir di Kota Sukamaju pada Selasa (4/3/2025).",
                "Kabar Dua", "2025-03-04"),
    ])
    assert not [n for n in _state(judged(docs), "died") if n["verdict"] == "disagree"]


def test_the_dead_of_any_kind_of_person_are_one_toll(make):
    docs = make([  # "22 orang meninggal dunia" and "20 pendaki meninggal dunia": one toll of the eruption
        article("Erupsi Gunung Sarang di Kabupaten Lembah Hijau, Minggu (3/12/2023), menyebabkan 22 orang meninggal "
                "dunia, kata Kepala Basarnas.", "Kabar Satu", "2023-12-05"),
        article("Sebanyak 20 pendaki meninggal dunia akibat erupsi Gunung Sarang pada Minggu (3/12/2023).",
                "Kabar Dua", "2023-12-05"),
    ])
    died = _state(judged(docs), "died")
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in died] == [("disagree", [20, 22])]


def test_a_decimal_comma_does_not_cut_a_clause(make):
    docs = make([  # "dari 6,5 tahun menjadi 20 tahun": the person named before the decimal is the new term's
        article("Dalam sidang banding, Kamis (13/2/2025), hukuman Budi Hartono meningkat dari 6,5 tahun menjadi 20 "
                "tahun penjara.", "Kabar Satu", "2025-02-13"),
        article("Pengadilan Tinggi memperberat hukuman Budi Hartono menjadi 20 tahun penjara, Kamis (13/2/2025).",
                "Kabar Dua", "2025-02-13"),
    ])
    terms = [n for n in judged(docs) if n["what"]["kind"] == "term"]
    twenty = [v for n in terms for v in n["values"] if v["value"] == 20]
    assert [v["outlets"] for v in twenty] == [2]


def test_a_vote_count_belongs_to_the_name_before_its_verb_of_gaining(make):
    docs = make([  # "Budi Santoso, yang hanya meraih 383 suara": Budi's votes, never Andi's
        article("Dalam pemilihan kepala desa Sukamaju, Andi Wijaya memperoleh 412 suara, sedangkan Budi Santoso "
                "memperoleh 388 suara.", "Kabar Satu", "2025-03-04"),
        article("Panitia pemilihan kepala desa Sukamaju mengumumkan hasilnya. Budi Santoso, yang hanya meraih 383 "
                "suara, kalah dari pesaingnya.", "Kabar Dua", "2025-03-04"),
    ])
    votes = [n for n in judged(docs) if n["unit"] == "suara" and len(n["values"]) > 1]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in votes] == [("disagree", [383, 388])]


def test_each_articles_one_count_of_a_named_thing_is_one_figure(make):
    docs = make([  # two articles each naming one count of climbers on the mountain, in other words
        article("Gunung Sarang di Kabupaten Lembah Hijau erupsi pada Minggu (3/12/2023). Sebanyak 70 pendaki "
                "tengah berada di puncak saat itu.", "Kabar Satu", "2023-12-04"),
        article("Erupsi Gunung Sarang terjadi Minggu (3/12/2023) sore. Menurut petugas, ada 75 pendaki yang "
                "terjebak di sekitar kawah.", "Kabar Dua", "2023-12-04"),
    ])
    climbers = [n for n in judged(docs) if n["unit"] == "pendaki"]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in climbers] == [("disagree", [70, 75])]


def test_counts_of_one_day_published_hours_apart_are_an_update(make):
    docs = make([  # no time in the sentences: the datelines' clock times order the tallies
        article("Kamis, 7 November 2024 | 13:30 WIB\nHasil sementara pemilihan rektor menunjukkan Budi memperoleh "
                "223 suara dari anggota senat.", "Kabar Satu", "2024-11-07"),
        article("Kamis, 07 Nov 2024, 15:36 WIB\nDalam hitungan terbaru pemilihan rektor, Budi memperoleh 226 suara "
                "dari anggota senat.", "Kabar Dua", "2024-11-07"),
    ])
    votes = [n for n in judged(docs) if n["unit"] == "suara" and len(n["values"]) > 1]
    assert [(n["verdict"], [v["value"] for v in n["values"]]) for n in votes] == [("update", [223, 226])]
    assert [v["as_of"] for v in votes[0]["values"]] == ["2024-11-07T13:30", "2024-11-07T15:36"]


def test_climbers_found_in_the_state_a_bracket_names_are_the_dead(make):
    docs = make([  # "ditemukan ... (meninggal dunia)": found dead, one toll with "dalam keadaan MD (meninggal dunia)"
        article("Erupsi Gunung Sarang terjadi Minggu (3/12/2023). Sebanyak 9 pendaki ditemukan dengan status A1 "
                "(meninggal dunia).", "Kabar Satu", "2023-12-04"),
        article("Tim gabungan telah menemukan 11 pendaki dalam keadaan MD (meninggal dunia) di sekitar kawah Gunung "
                "Sarang.", "Kabar Dua", "2023-12-04"),
        article("Tim SAR menemukan 5 pendaki selamat dan 3 pendaki dalam kondisi luka-luka di Gunung Sarang.",
                "Kabar Tiga", "2023-12-04"),
    ])
    entries = judged(docs)
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in _state(entries, "died")] == [
        ("disagree", [9, 11])]
    assert all(v["value"] != 5 for n in _state(entries, "injured") for v in n["values"])  # the 3 are injured


def test_a_name_after_a_sentence_end_owns_no_figure(make):
    docs = make([  # "... mencapai 18 orang. Tim SAR ...": the next sentence's subject is not the toll's owner
        article("Banjir bandang melanda Desa Wanasari, Sabtu (4/3/2023). Sebanyak 16 warga ditemukan meninggal "
                "dunia.", "Kabar Satu", "2023-03-05"),
        article("Jumlah korban jiwa banjir bandang di Desa Wanasari mencapai 18 orang. Tim SAR gabungan masih "
                "mencari warga yang hilang.", "Kabar Dua", "2023-03-05"),
    ])
    died = _state(judged(docs), "died")
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in died] == [("disagree", [16, 18])]


def test_a_pair_named_in_short_is_the_same_pair_named_in_full(make):
    docs = make([  # "Andi-Budi" and "Andi Wijaya-Budi Santoso": the same people, one vote total
        article("KPU menetapkan pasangan Andi Wijaya-Budi Santoso sebagai pemenang pilkada dengan perolehan "
                "345.678 suara.", "Kabar Satu", "2024-12-05"),
        article("Pasangan Andi-Budi unggul dengan 345.687 suara dalam rekapitulasi KPU, Rabu (4/12/2024).",
                "Kabar Dua", "2024-12-05"),
    ])
    votes = [n for n in judged(docs) if n["unit"] == "suara"]
    assert [(n["verdict"], sorted(v["value"] for v in n["values"])) for n in votes] == [
        ("disagree", [345678, 345687])]


def test_an_articles_old_value_is_set_aside_when_its_new_one_meets_another_outlets(make):
    docs = make([  # "bertambah menjadi 64 ... Sebelumnya, BPBD melaporkan 20": 64 against 62, both Monday night
        article("Korban meninggal dunia akibat gempa Sukamaju bertambah menjadi 64 orang hingga Senin (21/11/2022) "
                "malam. Sebelumnya, BPBD melaporkan 20 orang tewas.", "Warta Dua", "2022-11-21"),
        article("Hingga Senin malam, BNPB mencatat 62 orang meninggal dunia akibat gempa Sukamaju.", "Kabar Satu",
                "2022-11-21"),
    ])
    died = [n for n in _state(judged(docs), "died") if n["verdict"] == "disagree"]
    assert [sorted(v["value"] for v in n["values"]) for n in died] == [[62, 64]]
