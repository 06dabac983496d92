"""Unit tests of the resolution rules: number words, year inference, extents, mods, anchors."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings, strategies as st

from kabar.model import Document, Sentence, Source
from kabar.settings import Settings
from kabar.stages.times import times as times_stage
from kabar.timex import best_reported_date, find_times, infer_publication
from kabar.timex.anchor import anniversary_year, sentence_starts
from kabar.timex.calendar_math import Point, nearest_year, range_end_year, weekday_near, year_from_weekday
from kabar.timex.extract import candidates
from kabar.timex.numbers import to_int

WED = dt.date(2023, 7, 26)
TODAY = dt.date(2026, 11, 22)


@pytest.mark.parametrize(("words", "value"), [
    ("tiga", 3), ("sebelas", 11), ("dua puluh lima", 25), ("seratus", 100), ("dua belas", 12),
    ("seribu sembilan ratus lima puluh", 1950), ("dua ribu dua puluh tiga", 2023), ("sepuluh", 10),
    ("tujuh puluh", 70), ("tiga ratus ribu", 300_000), ("11", 11), ("1.000", 1000), ("Lima", 5),
    ("empat", 4), ("delapan belas", 18), ("sembilan puluh sembilan", 99),
])
def test_number_words(words, value):
    assert to_int(words) == value


@pytest.mark.parametrize("words", ["tigaa", "lima orang", "", "kemarin"])
def test_not_number_words(words):
    assert to_int(words) is None


@pytest.mark.parametrize(("month", "day", "weekday", "year"), [
    (7, 11, 6, 2021),   # Minggu (11/7) → Sunday 11 July 2021
    (7, 25, 1, 2023),   # Selasa (25/7)
    (10, 22, 3, 2026),  # Kamis (22/10): the most recent such year, here this one
    (2, 29, 3, 2024),   # Kamis (29/2): only a leap year
])
def test_year_from_weekday(month, day, weekday, year):
    assert year_from_weekday(month, day, weekday, TODAY) == year


def test_year_from_weekday_never_after_today():
    assert year_from_weekday(11, 23, 0, TODAY) != 2026  # Monday 23 Nov 2026 is tomorrow
    assert year_from_weekday(11, 23, 0, TODAY) == 2020


@pytest.mark.parametrize(("anchor", "direction", "expected"), [
    (WED, "past", WED), (WED, "before", dt.date(2023, 7, 19)), (WED, "future", WED),
    (WED, "after", dt.date(2023, 8, 2)), (WED, "week", WED),
])
def test_weekday_near_same_weekday(anchor, direction, expected):
    assert weekday_near(anchor, 2, direction) == expected


@pytest.mark.parametrize(("month", "day", "anchor", "expected"), [
    (12, 28, dt.date(2024, 1, 3), dt.date(2023, 12, 28)),
    (1, 5, dt.date(2023, 12, 20), dt.date(2024, 1, 5)),
    (5, 16, WED, dt.date(2023, 5, 16)),
])
def test_nearest_year(month, day, anchor, expected):
    assert nearest_year(month, day, anchor) == expected


@pytest.mark.parametrize(("y1", "y2", "end"), [(1950, "53", 1953), (1950, "1953", 1953), (1998, "02", 1902)])
def test_range_end_year(y1, y2, end):
    assert range_end_year(y1, y2) == end


@pytest.mark.parametrize(("date", "granularity", "value"), [
    (dt.date(2023, 7, 26), "week", "2023-W30"), (dt.date(2024, 1, 1), "week", "2024-W01"),
    (dt.date(2021, 1, 1), "week", "2020-W53"), (dt.date(1934, 5, 1), "decade", "193X"),
    (dt.date(1901, 1, 1), "century", "19XX"), (dt.date(2023, 7, 26), "month", "2023-07"),
])
def test_point_values(date, granularity, value):
    assert Point(date, granularity).value() == value


@pytest.mark.parametrize(("sentence", "extent"), [
    ("Ia tiba pada 18 Juli di Busan.", "18 Juli"),
    ("Uji coba meningkat sejak minggu lalu.", "minggu lalu"),
    ("Ia dirawat selama 11 hari.", "11 hari"),
    ("Ia tiba di pagi hari itu dalam tiga jam.", "tiga jam"),
    ("Uji coba dilakukan sejak awal tahun 2022.", "awal tahun 2022"),
    ("Sejak itu, hubungan memburuk.", "Sejak itu"),
    ("Ketika itu, Korea Utara sedang memulai diplomasi.", "Ketika itu"),
])
def test_extent_leaves_out_prepositions(sentence, extent):
    anchored = "Pertemuan digelar Februari 2019. " + sentence
    texts = [t.text for t in find_times(anchored, WED, today=TODAY)]
    assert extent in texts


@pytest.mark.parametrize(("sentence", "extent", "mod"), [
    ("Sejak awal tahun 2022 uji coba meningkat.", "awal tahun 2022", "START"),
    ("Awal bulan ini ia berbicara.", "Awal bulan ini", "START"),
    ("Proyek selesai akhir tahun lalu.", "akhir tahun lalu", "END"),
    ("Kunjungan digelar pertengahan bulan ini.", "pertengahan bulan ini", "MID"),
    ("Pertemuan gagal pada Februari 2019. Sejak itu, uji coba meningkat.", "Sejak itu", "AFTER"),
    ("Rudal diuji tahun ini.", "tahun ini", None),
    ("Harga naik hingga akhir tahun.", "akhir tahun", "END"),
    ("Gaji dibayar awal bulan.", "awal bulan", "START"),
    ("Proyek selesai awal bulan Juni.", "awal bulan Juni", "START"),
    ("Laba naik pada akhir kuartal III-2024.", "akhir kuartal III-2024", "END"),
])
def test_mods(sentence, extent, mod):
    found = {t.text: t.mod for t in find_times(sentence, WED, today=TODAY)}
    assert found[extent] == mod


def test_offsets_point_into_the_text():
    text = "Media melaporkan pada hari Rabu bahwa delegasi tiba pada Selasa (25/7) malam, lima tahun lalu."
    for t in find_times(text, WED, today=TODAY):
        assert text[t.start:t.end] == t.text


def test_weekday_conflict_trusts_the_date():
    [t] = find_times("Polisi datang Senin (22/10/2020).", WED, today=TODAY)
    assert t.value == "2020-10-22"
    assert "conflict" in t.note


def test_a_weekday_conflict_one_month_off_the_report_week_is_read_as_that_week():
    """'Selasa (5/8/2023)' in a report of Tuesday 5 September 2023: a misprinted month."""
    [t] = find_times("Sidang digelar Selasa (5/8/2023) di Jakarta.", dt.date(2023, 9, 5), today=TODAY)
    assert t.value == "2023-09-05"
    assert "conflict" in t.note and "2023-08-05" in t.note


def test_a_weekday_conflict_one_day_off_keeps_the_date_as_written():
    """'Senin (3/9/2023)' in a report of Wednesday 6 September: Monday was the 4th; the weekday or the
    day may be the slip, so the date is kept as written and flagged."""
    [t] = find_times("Sidang digelar Senin (3/9/2023) di Jakarta.", dt.date(2023, 9, 6), today=TODAY)
    assert t.value == "2023-09-03"
    assert "conflict" in t.note


def test_a_weekday_conflict_with_no_neighbour_in_the_report_week_trusts_the_date():
    [t] = find_times("Sidang digelar Selasa (5/3/2023) di Jakarta.", dt.date(2023, 9, 5), today=TODAY)
    assert t.value == "2023-03-05"


def test_a_side_word_after_a_written_date_is_part_of_it():
    found = [(t.text, t.value) for t in find_times("Operasi berakhir Kamis (27/7/2023) kemarin.", WED, today=TODAY)]
    assert found == [("Kamis (27/7/2023) kemarin", "2023-07-27")]


def test_a_clock_time_takes_the_day_of_the_sentence_before_across_a_paragraph():
    text = "Pesawat hilang kontak pada Sabtu (22/7/2023) pukul 14.40 WIB.\n\nPesawat dijadwalkan tiba pukul 15.15 WIB."
    found = {t.text: t.value for t in find_times(text, WED, today=TODAY)}
    assert found["pukul 15.15 WIB"] == "2023-07-22T15:15"


def test_a_clock_time_far_from_any_day_takes_the_anchor():
    text = ("Pesawat hilang kontak pada Sabtu (22/7/2023).\n\nTim dikerahkan.\n\nCuaca cerah.\n\n"
            "Pencarian dimulai pukul 15.15 WIB.")
    found = {t.text: t.value for t in find_times(text, WED, today=TODAY)}
    assert found["pukul 15.15 WIB"] == "2023-07-26T15:15"


def test_relative_expressions_need_an_anchor():
    assert find_times("Kemarin hujan, minggu lalu panas, tahun lalu kering.", None, today=TODAY) == []


def test_anaphor_without_antecedent_is_dropped():
    assert find_times("Saat itu ia pergi.", WED, today=TODAY) == []


def test_given_sentences_limit_the_reference():
    text = "Pada 2010 ia masuk partai. Dua tahun kemudian ia menjadi ketua."
    [_, later] = find_times(text, WED, sentences=[(0, 26), (27, len(text))], today=TODAY)
    assert later.value == "2012"


@pytest.mark.parametrize(("text", "expected"), [
    ("Media pemerintah melaporkan Kamis (22/10/2020) bahwa Kim berziarah.", dt.date(2020, 10, 22)),
    ("Media pemerintah melaporkan pada hari Rabu bahwa delegasi tiba pada Selasa (25/7) malam. "
     "Peringatan tahun 2023 ini meriah.", dt.date(2023, 7, 26)),
    ("Kedua pemimpin pada Minggu (11/7) menyatakan keinginan mereka menandai peringatan 60 tahun "
     "perjanjian tahun 1961.", dt.date(2021, 7, 11)),
    ("Kapal tiba pada 18 Juli. Sidang akan digelar Kamis (27/7).", None),
    ("Perang Korea 1950-53 menewaskan jutaan orang.", None),
    ("Presiden mengatakan Jumat, 28 Juli 2023 bahwa harga turun.", dt.date(2023, 7, 28)),
    # future words inside a quotation are the speaker's: the reporting clause dates a day that has passed
    ("\"Rapat akan digelar besok,\" kata ketua panitia, Selasa (14/3/2023).", dt.date(2023, 3, 14)),
    # ... but a date inside the quotation is judged by the quotation's own words
    ("\"Sidang akan digelar Senin (20/3/2023),\" kata hakim, Selasa (14/3/2023).", dt.date(2023, 3, 14)),
    # a weekday told as past the day after the latest dated day: the report has reached that day
    ("\"Rapat akan digelar besok,\" kata ketua panitia, Selasa (14/3/2023). Warga berkumpul sejak Rabu pagi.",
     dt.date(2023, 3, 15)),
    # ... but a weekday further on is another day of the story told before, not the report's
    ("Ketua panitia bicara pada Selasa (14/3/2023). Warga berkumpul sejak Jumat pagi.", dt.date(2023, 3, 14)),
    ("Ketua panitia bicara pada Selasa (14/3/2023). Sebelumnya, pada Rabu, warga berkumpul.", dt.date(2023, 3, 14)),
])
def test_infer_publication(text, expected):
    found, evidence = infer_publication(text, TODAY)
    assert found == expected
    assert (evidence is None) == (expected is None)


def test_infer_publication_never_in_the_future():
    found, _ = infer_publication("KCNA melaporkan Senin (22/11/2027) bahwa parade digelar.", TODAY)
    assert found is None


def test_the_reporting_day_is_worked_out_afresh_for_another_day_or_text():
    # the answers are cached per (text, day): what one day or text gave is never handed to another
    text = "KCNA melaporkan Senin (22/11/2027) bahwa parade digelar."
    later = dt.date(2028, 1, 1)
    assert infer_publication(text, TODAY)[0] is None and best_reported_date(text, TODAY)[0] is None
    assert infer_publication(text, later)[0] == dt.date(2027, 11, 22)
    assert best_reported_date(text, later)[0] == dt.date(2027, 11, 22)
    assert infer_publication(text, TODAY)[0] is None
    moved = text.replace("Senin (22/11/2027)", "Selasa (23/11/2027)")
    assert infer_publication(moved, later)[0] == dt.date(2027, 11, 23)
    assert best_reported_date(moved, later)[0] == dt.date(2027, 11, 23)


@pytest.mark.parametrize(("text", "year"), [
    ("Pyongyang merayakan peringatan 70 tahun berakhirnya Perang Korea 1950-53.", 2023),
    ("Kedua negara menandai peringatan 60 tahun perjanjian tahun 1961.", 2021),
    ("China memperingati 70 tahun masuknya pasukan pada Oktober 1950.", 2020),
    ("Tidak ada peringatan di sini.", None),
])
def test_anniversary_year(text, year):
    assert anniversary_year(text, candidates(text), sentence_starts(text), TODAY) == year


def _doc(text: str, published: str | None) -> Document:
    doc = Document(id="t", source=Source(path="t.txt"), raw=text, text=text, published=published)
    doc.sentences = [Sentence(s, e) for s, e in zip(sentence_starts(text), sentence_starts(text)[1:] + [len(text)])]
    return doc


def test_stage_anchors_on_published():
    doc = times_stage(_doc("Harga naik minggu lalu.", "2023-07-26"), Settings(today="2026-11-22"))
    assert [t.value for t in doc.times] == ["2023-W29"]
    assert doc.meta["time_anchor"] == {"date": "2023-07-26", "source": "published"}


def test_stage_without_published_says_where_the_anchor_came_from():
    text = "Kapal tiba pada 18 Juli. Peringatan tahun 2023 ini meriah. Harga naik bulan lalu."
    doc = times_stage(_doc(text, None), Settings(today="2026-11-22"))
    assert doc.meta["time_anchor"]["date"] == "2023-07-18"
    assert doc.meta["time_anchor"]["source"].startswith("latest reported date")
    assert {t.text: t.value for t in doc.times}["bulan lalu"] == "2023-06"
    assert all("anchor 2023-07-18" in t.note for t in doc.times)


def test_date_then_age_is_not_a_year_range():
    values = [t.value for t in find_times("Melawan Liverpool, 23/05/2007 – 38 tahun, 331 hari.", WED, today=TODAY)]
    assert values[0] == "2007-05-23"
    assert not any("/" in v for v in values)


def test_quote_resolved_against_when_spoken():
    text = ("Austin pada 16 Mei 2022 mengatakan kepada Senat: “Kongres mengesahkannya tahun lalu.” "
            "Kongres menambah dana tahun lalu.")
    values = [(t.text, t.value) for t in find_times(text, WED, today=TODAY)]
    assert values == [("16 Mei 2022", "2022-05-16"), ("tahun lalu", "2021"), ("tahun lalu", "2022")]


@settings(max_examples=300, deadline=None)
@given(st.text("ab .!?\"”’'\n\t", max_size=40))
def test_sentence_starts_are_the_gaps_own_ends(text):
    """Sentence gaps matched only after a stop or at a line break: the pattern's own finditer's ends."""
    gap = re.compile(r"(?<=[.!?])[\"”’']?\s+|\n+")
    assert sentence_starts(text) == [0] + [m.end() for m in gap.finditer(text)]
