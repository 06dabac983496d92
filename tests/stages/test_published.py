"""The publication date from the best evidence, with the evidence named; null when the page states none."""
from __future__ import annotations

import pytest

from kabar.analyze import analyze_raw, default_pipeline
from kabar.io.decode import normalize
from kabar.model import Raw, Source
from kabar.settings import Settings

TITLE = "Warga Dua Desa Terisolasi Setelah Jembatan Putus"
P1 = "Jembatan gantung satu-satunya di Desa Sungai Lima putus diterjang arus deras sungai."
P2 = "Kepala desa meminta pemerintah kabupaten segera memasang jembatan darurat bagi warga."
P3 = "\u201cAnak-anak tidak bisa berangkat ke sekolah,\u201d kata seorang warga kepada wartawan."
TODAY = Settings(today="2026-01-10")


def _doc(*lines: str, url: str | None = None):
    raw = Raw(source=Source(path="a.txt", url=url), text=normalize("\n".join(lines)), meta={"format": "text"})
    return analyze_raw(raw, default_pipeline(TODAY))


@pytest.mark.parametrize("dateline, day", [
    ("Kamis, 07 Nov 2024, 15:36 WIB", "2024-11-07"),
    ("- 10 Mei 2023, 12:14 WIB", "2023-05-10"),
    ("Headline \u00b7 16 Nov 2022 11:49 WITA", "2022-11-16"),
    ("Thursday, 19 May 2022", "2022-05-19"),
    ("Selasa, 24 Agustus 2021 08:00 WIB", "2021-08-24"),
    ("Warta Borneo - 05/03/2024, 10:15 WIB", "2024-03-05"),
    ("[Samarinda | 5 Maret 2024]", "2024-03-05"),
    ("Editor: Budi Santoso | 5 Maret 2024", "2024-03-05"),  # a credit line above the body, with a date
])
def test_published_from_the_dateline_shapes_pages_print(dateline, day):
    doc = _doc(TITLE, dateline, P1, P2, P3)
    assert (doc.published, doc.published_evidence) == (day, "dateline")
    assert dateline not in doc.text


def test_published_from_a_dateline_glued_to_the_lead():
    doc = _doc(TITLE, "Jakarta, 22 April 2022- " + P1, P2, P3)
    assert doc.published == "2022-04-22" and doc.text.startswith(TITLE + "\n\n" + P1)
    assert doc.source.outlet is None  # a place and a date name no outlet


@pytest.mark.parametrize("url, day", [
    ("https://www.warta.id/nasional/2022/12/06/jembatan-putus", "2022-12-06"),
    ("https://kabar.co.id/read/20181029/99/123456/jembatan-putus", "2018-10-29"),
])
def test_published_from_the_address_when_known(url, day):
    doc = _doc(TITLE, P1, P2, P3 + " Senin (4/3/2024).", url=url)
    assert (doc.published, doc.published_evidence) == (day, "url")


def test_published_from_the_store_metadata_prefix():
    doc = _doc(" date 2023-10-02 " + TITLE, P1, P2, P3)
    assert (doc.published, doc.published_evidence) == ("2023-10-02", "store metadata")
    assert doc.title == TITLE and "date 2023" not in doc.text


def test_a_month_from_the_address_corrects_a_mistyped_weekday_date():
    # 5/8/2023 was a Saturday; the page is of September 2023, whose 5th was the Tuesday named.
    doc = _doc(TITLE, P1 + " Ia berbicara pada Selasa (5/8/2023).", P2, url="https://x.id/2023/09/judul")
    assert doc.published == "2023-09-05" and "month" in doc.published_evidence


@pytest.mark.parametrize("sentence, day", [
    ("Sidang digelar hari ini, Rabu, 28 Juli 2021, di Pengadilan Tipikor.", "2021-07-28"),
    ("Tarif baru mulai berlaku besok, 9 April 2025, untuk semua barang.", "2025-04-08"),
    ("Jembatan itu putus pada Kamis (21/1/2021) kemarin.", "2021-01-22"),
    ("Jembatan itu putus Kamis malam (21/1/2021) kemarin.", "2021-01-22"),
    ("Jembatan itu putus pada Kamis (21/1/2021) sore kemarin.", "2021-01-22"),
    ("Jembatan itu putus kemarin sore, Kamis (21/1/2021).", "2021-01-22"),
    ("Jembatan itu putus pada Kamis, 21 Januari 2021 kemarin.", "2021-01-22"),
])
def test_published_from_a_date_the_text_ties_to_its_own_day(sentence, day):
    doc = _doc(TITLE, P1, sentence, P2)
    assert doc.published == day and doc.published_evidence.startswith("text")


def test_a_page_widget_date_far_after_the_story_is_not_the_publication_date():
    doc = _doc("Sabtu, 23 Agustus 2025", "Daerah", TITLE, P1 + " Peristiwa itu terjadi Rabu (19/3/2025).", P2, P3)
    assert doc.published != "2025-08-23"


def test_a_page_widget_date_far_after_a_yearless_weekday_date_is_not_the_publication_date():
    doc = _doc("Sabtu, 23 Agustus 2025", "Daerah", TITLE, P1 + " Peristiwa itu terjadi Rabu (19/3).", P2, P3)
    assert doc.published == "2025-03-19"


def test_a_dateline_of_a_revision_gives_way_to_the_publication_dateline():
    doc = _doc(TITLE, "Diperbarui: Jumat, 8 November 2024 09:00 WIB", "", "Kamis, 7 November 2024 13:30 WIB", "",
               P1, P2, P3)
    assert doc.published == "2024-11-07"


@pytest.mark.parametrize("label, day", [
    ("Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB", "2024-03-05"),
    ("Dipublikasikan pada 5 Maret 2024", "2024-03-05"),
    ("Published: March 5, 2024", "2024-03-05"),
    ("Terbit 05/03/2024 10:15", "2024-03-05"),
    ("Posted on 5 Maret 2024 by Admin", "2024-03-05"),
    ("Dimuat: Selasa, 05 Mar 2024 | 10:15 WIB", "2024-03-05"),
    ("Diposting: 5 Maret 2024", "2024-03-05"),
])
def test_a_line_that_labels_the_page_date_gives_it_before_the_texts_days(label, day):
    doc = _doc(TITLE, label, P1 + " Jembatan itu putus pada Senin (4/3/2024).", P2, P3)
    assert doc.published == day and doc.published_evidence == f"label: {label}"
    assert label not in doc.text and doc.title == TITLE


@pytest.mark.parametrize("where", ["bottom", "after the lead"])
def test_a_publication_label_below_the_headline_area_is_read_too(where):
    label = "Diterbitkan: 5 Maret 2024, 10:15 WIB"
    lines = [TITLE, P1 + " Jembatan itu putus pada Senin (4/3/2024).", P2, P3]
    lines.insert(len(lines) if where == "bottom" else 2, label)
    doc = _doc(*lines, "")  # a file's final newline
    assert doc.published == "2024-03-05" and doc.published_evidence.startswith("label")
    assert P2 in doc.text.split("\n\n")  # the label is not glued to a paragraph


def test_a_publication_label_outranks_a_revision_label_above_it():
    doc = _doc(TITLE, "Update: 6 Maret 2024 08:00 WIB", "Diterbitkan: 5 Maret 2024 07:00 WIB", P1, P2, P3)
    assert doc.published == "2024-03-05"


def test_a_sentence_about_a_book_published_is_no_label():
    doc = _doc(TITLE, P1, "Terbit pada 5 Maret 2024, buku itu langsung laris di toko buku seluruh negeri.", P2)
    assert doc.published_evidence is None or not doc.published_evidence.startswith("label")


def test_a_weekday_year_far_from_every_year_the_text_names_is_refused():
    # 'Rabu (10/9)' fell on a Wednesday in 2025; the text speaks of 2019 only.
    doc = _doc(TITLE, "Undang-undang tahun 2019 itu dibahas pada Rabu (10/9). " + P1, P2)
    assert doc.published is None or 2016 <= int(doc.published[:4]) <= 2022


def test_an_anniversary_counts_the_year_it_reaches():
    # 'Minggu (11/7)' of the treaty's 60th year: 1961 + 60 = 2021, when 11 July was a Sunday.
    doc = _doc(TITLE, "Kedua negara merayakan 60 tahun perjanjian tahun 1961 itu pada Minggu (11/7). " + P1, P2)
    assert doc.published == "2021-07-11"


def test_a_comment_timestamp_is_not_a_year():
    doc = _doc(TITLE, P1, P2, "Komentar: bagus sekali 19.10.1912:48")
    assert not (doc.published or "").startswith("1912")


def test_a_mistyped_five_digit_year_is_read_from_the_weekday():
    doc = _doc(TITLE, "KTT itu resmi dibuka Selasa (15/11/20220) di Nusa Dua. " + P1, P2 + " Tahun 2022 jadi saksi.")
    assert doc.published == "2022-11-15"


def test_no_evidence_no_date():
    doc = _doc(TITLE, P1, P2, P3)
    assert doc.published is None and doc.published_evidence is None


def test_a_planned_span_end_is_not_the_report_day():
    # The text reports a day inside the span: the page was written while the fair ran.
    fair = "Pameran kerajinan desa digelar pada (8/10/2018) hingga Minggu (14/10/2018) di balai desa."
    doc = _doc(TITLE, P1, fair, P2, "Bupati meresmikan jembatan darurat pada Jumat (12/10/2018).", P3)
    assert doc.published == "2018-10-12"


def test_a_finished_span_end_is_still_the_report_day():
    search = "Pencarian warga hanyut berlangsung sejak Sabtu (9/1/2021) hingga Kamis (21/1/2021)."
    assert _doc(TITLE, P1, search, P2, P3).published == "2021-01-21"


def test_a_photo_caption_dates_a_page_whose_text_gives_no_day():
    caption = "Warga melintasi sisa jembatan gantung di Desa Sungai Lima, Selasa (6/12/2022)."
    doc = _doc(TITLE, "Foto: Dok. Warga", caption, P1, P2, P3)
    assert (doc.published, doc.published_evidence) == ("2022-12-06", "caption")
    assert caption not in doc.text


def test_a_yearless_weekday_date_takes_the_fitting_year_near_the_texts():
    # 5 October fell on a Monday in 2020 and in 2015; the text speaks of 2014-2015.
    lead = "Jembatan itu diresmikan dalam rapat paripurna masa sidang I 2014-2015, Senin (5/10), pukul 17.50 WIB."
    assert _doc(TITLE, lead, P2, P3).published == "2015-10-05"


@pytest.mark.parametrize("caption", [
    "Foto dok. warga melintasi jembatan gantung di Desa Sungai Lima, Selasa (6/12/2022).",
    "Ilustrasi jembatan gantung di Desa Sungai Lima, Selasa (6/12/2022).",
])
def test_an_archive_photo_or_illustration_does_not_date_the_page(caption):
    assert _doc(TITLE, "Foto: Dok. Warga", caption, P1, P2, P3).published is None


def test_span_cover_agrees_with_checking_every_span():
    """The bisection that tells whether a date lies inside an earlier pattern's date (linear in the dates)."""
    import random

    from kabar.stages.published import _Cover
    rng = random.Random(17)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 30), None) for s in (rng.randint(0, 200) for _ in range(rng.randint(0, 12)))]
        inside = _Cover(spans)
        for _ in range(20):
            a = rng.randint(0, 230)
            b = a + rng.randint(1, 20)
            assert inside(a, b) == any(s <= a and b <= e for s, e, _ in spans)


@pytest.mark.parametrize("url", [
    "https://nasional.warta.id/read/1180000/12/jembatan-gantung-putus-1709622000",  # a Unix time closing the slug
    "https://warta.id/news/65e6a7f040448ba976b99814",  # an ObjectId: its first 8 hex digits are the seconds
])
def test_published_from_an_id_in_the_address_stamped_with_its_creation_time(url):
    doc = _doc(TITLE, P1, P2, P3 + " Jembatan itu putus pada Senin (4/3/2024).", url=url)
    assert (doc.published, doc.published_evidence) == ("2024-03-05", "url id stamp")


def test_a_dateline_wins_over_an_id_stamp_in_the_address():
    doc = _doc(TITLE, "Selasa, 5 Maret 2024 10:15 WIB", P1, P2, P3,
               url="https://warta.id/read/jembatan-gantung-putus-1709794800")
    assert (doc.published, doc.published_evidence) == ("2024-03-05", "dateline")
