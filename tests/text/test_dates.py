"""Dates as datelines and labels print them (kabar.text.dates)."""
from __future__ import annotations

import datetime as dt

import pytest

from kabar.text.dates import ANCHORED_DAY, anchored_day, labelled_date, url_stamp_date


@pytest.mark.parametrize("line, day, revision", [
    ("Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB", "2024-03-05", False),
    ("Publikasi: Senin, 04/03/2024 - 10:15", "2024-03-04", False),
    ("Posted on 5 Maret 2024 by Admin", "2024-03-05", False),
    ("Diperbarui: Rabu, 6 Maret 2024 08:00 WIB", "2024-03-06", True),
    ("Updated: March 6, 2024", "2024-03-06", True),
])
def test_a_label_gives_the_page_date_and_says_whether_it_dates_a_revision(line, day, revision):
    assert labelled_date(line) == (dt.date.fromisoformat(day), revision)


@pytest.mark.parametrize("line", [
    "Buku itu terbit 5 Maret 2024.",  # a sentence, not a label
    "Diterbitkan oleh penerbit daerah",  # no date
    "Updated 12.30 WIB",  # a clock time only
    "Terbitan 5 Maret 2024",  # another word
    "Terbit pada 5 Maret 2024, buku itu langsung laris di toko buku seluruh Indonesia dan di luar negeri",
])
def test_lines_that_label_no_page_date(line):
    assert labelled_date(line) is None


def test_dates_opening_with_a_digit_match_as_their_word_boundary_forms():
    """ISO, DMY_NAMED and DMY_NUMERIC are written so re jumps to digits; they find what the plain
    '\\b(\\d{1,2})' / '\\b(\\d{4})' forms find, spans and groups, on invented and random text."""
    import random
    import re

    from kabar.text import dates
    month = dates._MONTH_RE
    plain = {dates.ISO: re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})"),
             dates.DMY_NAMED: re.compile(rf"\b(\d{{1,2}})\s+({month})\.?\s+(\d{{4}})\b", re.I),
             dates.DMY_NUMERIC: re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b(?![:.]\d)")}
    rnd = random.Random(7)
    chars = "0123456789/.-: aJuliMretx_é١٢\n,"
    texts = ["Jakarta, 5 Juli 2024 - x", "a5 Juli 2024, 12/3/2023 dan 112/3/2023", "2024-01-02 x2024-01-02",
             "_7 Mei 2020", "١٢ Juli 2020"]
    texts += ["".join(rnd.choice(chars) for _ in range(rnd.randint(0, 40))) + " 9 Mei 2021 3/4/2022 2022-3-4"
              for _ in range(3000)]
    for new, old in plain.items():
        for text in texts:
            assert ([(m.span(), m.groups()) for m in new.finditer(text)]
                    == [(m.span(), m.groups()) for m in old.finditer(text)]), (new.pattern, text)
            m_new, m_old = new.search(text, 2), old.search(text, 2)
            assert (m_new and m_new.span()) == (m_old and m_old.span())


TODAY = dt.date(2026, 1, 10)


@pytest.mark.parametrize("url, day", [
    ("https://warta.id/read/1180000/12/banjir-rendam-desa-1709622000", "2024-03-05"),  # 07:00 UTC
    ("https://warta.id/read/1180000/12/banjir-rendam-desa-1709659800.html", "2024-03-06"),  # 17:30 UTC: 00:30 WIB
    ("https://warta.id/news/65e6a7f040448ba976b99814", "2024-03-05"),
    ("https://warta.id/news/65E6A7F040448BA976B99814/", "2024-03-05"),
])
def test_an_address_id_stamped_with_its_creation_time_gives_the_day_in_western_indonesian_time(url, day):
    assert url_stamp_date(url, TODAY) == dt.date.fromisoformat(day)


@pytest.mark.parametrize("url", [
    None,
    "https://warta.id/read/1180000/12/banjir-rendam-desa",
    "https://warta.id/read/1709622000/banjir-rendam-desa",  # an id inside the path, not closing the slug
    "https://warta.id/read/banjir-rendam-desa-1999999999",  # after today
    "https://warta.id/news/0a0b0c0d40448ba976b99814",  # an "ObjectId" of 1975: some other hex number
    "https://warta.id/news/123456789012345678901234",  # 24 digits: a number, not a hex id
    "https://warta.id/read/banjir?ts=1709622000",  # the query is not the path
])
def test_addresses_without_a_creation_stamp(url):
    assert url_stamp_date(url, TODAY) is None


@pytest.mark.parametrize("text, day", [
    ("pada Rabu (2/8/2023) kemarin", "2023-08-03"),
    ("pada Rabu malam (2/8/2023) kemarin", "2023-08-03"),
    ("pada Rabu (2/8/2023) dini hari kemarin", "2023-08-03"),
    ("kemarin sore, Rabu (2/8/2023)", "2023-08-03"),
    ("pada Rabu, 2 Agustus 2023 kemarin", "2023-08-03"),
    ("hari ini, Kamis (3/8/2023)", "2023-08-03"),
    ("besok pagi, Jumat, 4 Agustus 2023", "2023-08-03"),
])
def test_a_date_tied_to_the_writing_day_with_a_part_of_the_day(text, day):
    m = ANCHORED_DAY.search(text)
    assert m and anchored_day(m, TODAY) == dt.date.fromisoformat(day)


@pytest.mark.parametrize("text", ["pada Rabu (2/8/2023) malam", "Rabu, 2 Agustus 2023 malam", "kemarin malam saja"])
def test_a_date_without_kemarin_hari_ini_or_besok_is_tied_to_no_writing_day(text):
    assert ANCHORED_DAY.search(text) is None
