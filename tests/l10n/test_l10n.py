"""Numbers, dates and codes as readers of Indonesian and English see them."""
from __future__ import annotations

import pytest

from kabar import l10n


@pytest.mark.parametrize("value, unit, lang, shown", [
    (1240, "rumah", "id", "1.240 rumah"),
    (1240, "rumah", "en", "1,240 rumah"),
    (6.1, None, "id", "6,1"),
    (6.1, None, "en", "6.1"),
    (3_850_000_000, "IDR", "id", "Rp 3,85 miliar"),
    (3_850_000_000, "IDR", "en", "Rp 3.85 billion"),
    (14_900, "IDR", "id", "Rp 14.900"),
    (345_000_000, "USD", "id", "US$ 345 juta"),
    (1_500_000, "ton", "id", "1,5 juta ton"),
    (1_234_567, "ton", "id", "1.234.567 ton"),  # compact only when no digit is lost
    ([10, 15], "detik", "id", "10–15 detik"),
    (12.5, "%", "id", "12,5%"),
    (7.0, "orang", "id", "7 orang"),
])
def test_l10n_quantity_in_the_readers_locale(value, unit, lang, shown):
    assert l10n.quantity(value, unit, lang) == shown


@pytest.mark.parametrize("value, lang, shown", [
    ("2024-05-21", "id", "21 Mei 2024"),
    ("2024-05-21", "en", "21 May 2024"),
    ("2024-05", "id", "Mei 2024"),
    ("2024", "id", "2024"),
    ("2023-07-27T21:20", "id", "27 Juli 2023, pukul 21.20"),
    ("2023-07-27T21:20", "en", "27 July 2023, 21:20"),
    ("2024-02-30", "id", "2024-02-30"),  # not a date: shown as it is, never an error
])
def test_l10n_date(value, lang, shown):
    assert l10n.date(value, lang) == shown


@pytest.mark.parametrize("value, lang, shown", [
    ("2023-W30", "id", "pekan ke-30 2023"),
    ("2023-W30", "en", "week 30 of 2023"),
    ("2023-W30-WE", "id", "akhir pekan ke-30 2023"),
    ("2023-07-25TNI", "id", "25 Juli 2023 malam"),
    ("2023-07-25TMO", "en", "25 July 2023 (morning)"),
    ("1950/1953", "id", "1950–1953"),
    ("199X", "id", "1990-an"),
    ("199X", "en", "the 1990s"),
    ("20XX", "en", "the 21st century"),
    ("P3Y", "id", "3 tahun"),
    ("P1Y", "en", "1 year"),
    ("P2.5Y", "id", "2,5 tahun"),
    ("PXM", "id", "beberapa bulan"),
    ("PT2H", "en", "2 hours"),
    ("PT30M", "id", "30 menit"),
    ("P10D", "id", "10 hari"),
    ("2023-Q3", "id", "kuartal 3 2023"),
    ("XXXX-07-25", "id", "25 Juli"),
    ("PRESENT_REF", "id", "saat ini"),
    ("PAST_REF", "en", "in the past"),
    ("something-else", "id", "something-else"),
])
def test_l10n_timex_values_read_as_words(value, lang, shown):
    assert l10n.timex(value, lang) == shown


@pytest.mark.parametrize("table, code, lang, shown", [
    ("entity_type", "PER", "id", "Orang"),
    ("entity_type", "GPE", "en", "Country/region"),
    ("event_type", "CONSULT", "id", "bertemu/berunding"),
    ("event_type", "ASSAULT", "en", "attacks"),
    ("event_type", "NEWCODE", "id", "NEWCODE"),
])
def test_l10n_codes_as_words(table, code, lang, shown):
    assert l10n.word(table, code, lang) == shown


def test_l10n_role_and_citation():
    detail = {"title": "Gubernur", "quoted": 2, "actor": ["AID"], "target": []}
    assert l10n.role(detail, "id") == "Gubernur; dikutip 2 kali; pelaku: membantu"
    assert l10n.role({"quoted": 0}, "en") == "mentioned"
    cite = l10n.citation("Warta Desa", "Jembatan Baru", "2024-06-03", "https://warta.example/a",
                         "Jembatan  itu\nmenghubungkan dua dusun.", "id")
    assert cite == ("Warta Desa, “Jembatan Baru”, 3 Juni 2024, https://warta.example/a: "
                    "“Jembatan itu menghubungkan dua dusun.”")
