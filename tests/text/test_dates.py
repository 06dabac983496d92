"""Dates as datelines and labels print them (kabar.text.dates)."""
from __future__ import annotations

import datetime as dt

import pytest

from kabar.text.dates import labelled_date


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
