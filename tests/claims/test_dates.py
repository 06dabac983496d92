"""Conflicts beyond numbers: a weekday slip, one happening on two days or at two times, and series that are not."""
from __future__ import annotations

from .conftest import article, judged


def _dates(entries):
    return [n for n in entries if n["what"]["kind"] in ("date", "time")]


def test_a_weekday_slip_is_shown_beside_the_right_date(make):
    docs = make([  # 4 October 2020 was a Sunday: "Senin (4/10/2020)" is a slip for Monday 5 October
        article("Rapat paripurna DPR mengesahkan undang-undang itu pada Senin (4/10/2020) malam.", "Kabar Satu",
                "2020-10-05"),
        article("DPR mengesahkan undang-undang itu dalam rapat paripurna, Senin (5/10/2020).", "Kabar Dua",
                "2020-10-05"),
    ])
    found = _dates(judged(docs))
    assert len(found) == 1 and found[0]["verdict"] == "disagree"
    assert sorted(v["value"] for v in found[0]["values"]) == ["2020-10-04", "2020-10-05"]


def test_one_happening_at_two_clock_times_is_a_disagreement(make):
    docs = make([
        article("Pesawat itu hilang kontak pada pukul 14.40 WIB, Sabtu (9/1/2021).", "Kabar Satu", "2021-01-09"),
        article("Pesawat tersebut hilang kontak sekira pukul 14.30 WIB, Sabtu (9/1/2021).", "Kabar Dua",
                "2021-01-09"),
    ])
    found = _dates(judged(docs))
    assert [sorted(v["value"] for v in n["values"]) for n in found] == [["14:30", "14:40"]]


def test_a_series_of_eruptions_is_no_conflict(make):
    docs = make([
        article("Gunung Lewotobi kembali erupsi pada pukul 22.00 WITA, Sabtu (9/11/2024).", "Kabar Satu",
                "2024-11-10"),
        article("Gunung Lewotobi erupsi pukul 21.15 WITA, Sabtu (9/11/2024). Gunung itu erupsi lagi pukul "
                "23.40 WITA.", "Kabar Dua", "2024-11-10"),
    ])
    assert not _dates(judged(docs))


def test_a_plan_and_its_postponement_are_no_conflict(make):
    docs = make([
        article("Tarif itu dijadwalkan mulai berlaku pada 9 Juli 2025.", "Kabar Satu", "2025-07-08"),
        article("Amerika Serikat menunda pemberlakuan tarif itu hingga 1 Agustus 2025.", "Kabar Dua", "2025-07-08"),
    ])
    assert not _dates(judged(docs))


def test_both_countries_is_no_second_happening(make):
    docs = make([  # "kedua negara" is both countries: the meeting is one happening dated on two days
        article("Menlu Rina Wulandari bertemu Menlu Jepang di Tokyo pada Kamis (12/5/2022) untuk membahas kerja "
                "sama perdagangan kedua negara.", "Kabar Satu", "2022-05-13"),
        article("Menlu Rina Wulandari bertemu Menlu Jepang di Tokyo pada Rabu (11/5/2022) untuk membahas kerja "
                "sama perdagangan.", "Kabar Dua", "2022-05-13"),
    ])
    found = _dates(judged(docs))
    assert [sorted(v["value"] for v in n["values"]) for n in found] == [["2022-05-11", "2022-05-12"]]


def test_a_date_is_compared_as_written_even_when_its_reading_mends_the_weekday():
    from kabar.brief.sources import Sent
    from kabar.claims.extract import date_claim
    from kabar.model import Document, Source, TimeExpr

    text = "KTT itu dibuka pada Selasa (5/8/2023) di Jakarta."  # 5 August 2023 was a Saturday
    at = text.index("Selasa")
    doc = Document(id="d", source=Source(path="d.txt"), raw=text, language="id", text=text)
    sent = Sent(doc, 0, 0, len(text), frozenset(), frozenset(), 9)
    claim = date_claim(sent, TimeExpr("Selasa (5/8/2023)", at, at + 17, "2023-09-05", "day"), None)
    assert claim.value == "2023-08-05" and claim.weekday_mismatch


def test_places_before_a_date_do_not_make_two_happenings_one(make):
    docs = make([  # the clauses before the dates are places: the happenings (a death, a burial) differ
        article("Seorang pengemudi ojek tewas tertabrak mobil patroli di kawasan Tanah Abang, Jakarta Pusat, "
                "Kamis (28/8/2025) malam.", "Kabar Satu", "2025-08-29"),
        article("Jenazah pengemudi ojek itu dimakamkan di TPU Karet, Jakarta Pusat, Jumat (29/8/2025) pagi.",
                "Kabar Dua", "2025-08-29"),
    ])
    assert not _dates(judged(docs))


def test_the_day_a_toll_was_counted_is_no_happenings_day(make):
    docs = make([  # dates of rolling counts ("hingga hari ini", a toll's sentence) are compared as counts
        article("Sebanyak 11 pendaki Gunung Sarang ditemukan meninggal dunia, Senin (4/12/2023).", "Kabar Satu",
                "2023-12-04"),
        article("Pendaki Gunung Sarang yang ditemukan meninggal dunia hingga hari ini, Rabu (6/12/2023), "
                "berjumlah 22 orang.", "Kabar Dua", "2023-12-06"),
    ])
    assert not _dates(judged(docs))


def test_the_day_a_plan_was_told_is_no_day_of_the_plan(make):
    docs = make([  # "..., kata Dedi di kompleks parlemen, Rabu": when it was said, not when it was passed
        article("RUU itu disahkan dalam rapat paripurna di Kompleks Parlemen, Senayan, Jakarta, Kamis (20/3/2025).",
                "Kabar Satu", "2025-03-20"),
        article("\"RUU itu akan dibawa ke rapat paripurna besok,\" kata Dedi di kompleks parlemen, Senayan, "
                "Jakarta, Rabu (19/3/2025).", "Kabar Dua", "2025-03-19"),
    ])
    assert not _dates(judged(docs))



def test_a_day_told_relative_to_another_happening_is_no_ground_for_a_conflict():
    from types import SimpleNamespace

    from kabar.claims.dates import _anaphoric
    assert _anaphoric(SimpleNamespace(text="sehari sebelumnya"))
    assert _anaphoric(SimpleNamespace(text="dua hari kemudian"))
    assert not _anaphoric(SimpleNamespace(text="Jumat (15/3/2024) sore"))
