"""Which dates date a happening: no years inside names, no relative words beside a written date, weekday slips."""
from __future__ import annotations

import datetime as dt

from kabar.brief import happenings
from kabar.model import Document, Source, TimeExpr


def doc_with(text: str, times: list[tuple[str, str]], published: str | None = "2021-07-28") -> Document:
    d = Document(id="d", source=Source(path="d.txt"), raw=text, text=text, published=published)
    for surface, value in times:
        i = text.index(surface)
        d.times.append(TimeExpr(surface, i, i + len(surface), value, "day"))
    return d


def test_a_year_inside_a_name_dates_nothing_but_a_year_after_pada_does():
    text = "Sidang paripurna masa persidangan II tahun sidang 2022-2023 digelar. Pesawat itu beroperasi pada 2012."
    d = doc_with(text, [("2022-2023", "2022/2023"), ("2012", "2012")])
    found = happenings.happening_dates(d, 0, len(text), d.times, None, {}, False)
    assert [x.value for x in found] == ["2012"]


def test_a_written_date_wins_over_a_relative_day_in_one_sentence():
    text = "Sidang tuntutan digelar hari ini, Rabu, 28 Juli 2021."
    d = doc_with(text, [("hari ini", "2021-07-26"), ("Rabu, 28 Juli 2021", "2021-07-28")])
    found = happenings.happening_dates(d, 0, len(text), d.times, None, {}, False)
    assert [x.value for x in found] == ["2021-07-28"]


def test_a_bare_clock_time_and_a_plan():
    text = "Pesawat dijadwalkan tiba pukul 15.15 WIB dan akan mendarat Sabtu (9/1/2021)."
    d = doc_with(text, [("pukul 15.15 WIB", "2021-01-09T15:15"), ("Sabtu (9/1/2021)", "2021-01-09")])
    found = happenings.happening_dates(d, 0, len(text), d.times, None, {}, False)
    assert [(x.value, x.plan) for x in found] == [("2021-01-09", True)]


def test_a_weekday_slip_is_corrected_to_the_date_the_story_gives_that_weekday():
    a = doc_with("Rapat paripurna digelar Senin (4/10/2020).", [("Senin (4/10/2020)", "2020-10-04")])
    b = doc_with("DPR mengesahkan undang-undang itu Senin (5/10/2020).", [("Senin (5/10/2020)", "2020-10-05")])
    assert happenings.weekday_fixes([a, b]) == {"2020-10-04": "2020-10-05"}


def test_a_year_less_date_is_placed_near_the_story():
    text = "RUU itu disahkan Senin (5/10) sore."
    d = doc_with(text, [("Senin (5/10)", "2026-10-05")], published="2026-10-05")
    found = happenings.happening_dates(d, 0, len(text), d.times, dt.date(2020, 10, 6), {}, False)
    assert [x.value for x in found] == ["2020-10-05"]
