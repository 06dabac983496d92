"""Story boundaries: another edition of a recurring happening, undated reports of other months."""
from __future__ import annotations

import datetime as dt

from kabar.stories.boundary import channel, editions, month_days, other_edition, undated_far
from kabar.stories.cluster import Clusterer, Story
from kabar.stories.features import Features

SUMMIT = ["ktt", "asean", "pemimpin", "negara", "sambut", "presiden", "pleno", "sidang"]


def day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def summit(doc_id: str, edition: int | None, days: list[int], day_: int | None = None) -> Features:
    eds = {f"ktt:{edition}": 3} if edition else {}
    return Features(doc_id, {w: 2 for w in SUMMIT}, {"ktt": 1, "asean": 1}, {"asean": 3, "jokowi": 2}, day_,
                    days, doc_id, editions=eds)


def test_editions_read_the_ordinal_after_an_event_noun():
    found = editions("Jokowi membuka KTT ASEAN ke-43 di Jakarta. Pada KTT ke 42 di Labuan Bajo ia ...")
    assert found == {"ktt:43": 1, "ktt:42": 1}
    assert editions("Trump, presiden ke-47 Amerika Serikat") == {}  # a person's ordinal is no edition


def test_the_edition_named_most_decides():
    assert other_edition({"ktt:42": 2}, {"ktt:43": 5, "ktt:42": 1})
    assert not other_edition({"ktt:43": 1, "ktt:42": 1}, {"ktt:43": 5})  # names both: no verdict
    assert not other_edition({"hut:77": 1}, {"ktt:43": 5})  # different happenings named: words decide
    assert not other_edition({}, {"ktt:43": 5})


def test_an_undated_report_of_another_edition_opens_its_own_story():
    c = Clusterer()
    may = c.assign(summit("a", 42, [day("2023-05-10")], day("2023-05-10")))
    assert c.assign(summit("b", 42, [day("2023-05-10")], day("2023-05-10"))) == may
    assert c.assign(summit("c", 43, [], None)) != may  # same words, names, no date: the 43rd summit


def test_undated_month_days_far_from_the_story_keep_it_apart():
    story = [day("2023-05-10"), day("2023-05-11")]
    assert month_days(["XXXX-09-05", "2023-09-05", "PRESENT_REF"]) == ["09-05"]
    assert undated_far(None, [], ["09-05"], story, 21)
    assert not undated_far(None, [], ["05-12"], story, 21)
    assert not undated_far(day("2023-09-05"), [], ["09-05"], story, 21)  # dated: date_factor decides
    assert not undated_far(None, [], ["01-02"], [day("2022-12-30")], 21)  # across the new year


def test_a_member_without_dates_does_not_let_any_date_through():
    c = Clusterer()
    sid = c.assign(summit("a", None, [day("2024-11-07")], day("2024-11-07")))
    c.assign(summit("b", None, [], None))  # undated member of the November story
    assert c.stories[sid].docs == ["a", "b"]
    assert c.assign(summit("c", None, [day("2025-08-01")], day("2025-08-01"))) != sid


def test_old_story_state_without_editions_still_loads():
    state = Story("s1").to_json()
    del state["editions"]
    assert Story.from_json(state).editions == {}
    assert Features.from_json({"doc_id": "x"}).editions == {}


def test_bracketed_dates_count_even_with_a_misprinted_year():
    from kabar.stories.boundary import written_month_days
    assert written_month_days("resmi membuka KTT di Bali, Selasa (15/11/20220). Lalu (3/4) dan (40/2).") == [
        "XXXX-11-15", "XXXX-04-03"]


def test_the_channel_is_read_from_the_headline_then_the_lead():
    assert channel(["Menteri Ucapkan Selamat Lewat Akun X", "Ia juga menelepon."]) == {"channel:post": 1}
    assert channel(["Menteri Ucapkan Selamat", "Menteri menelepon mitranya, lalu mengunggah videonya."]) == {
        "channel:phone": 1}
    assert channel(["Menteri Ucapkan Selamat", "Menteri menyampaikan ucapan selamat."]) == {}


def test_a_phone_call_days_after_a_post_opens_its_own_story():
    c = Clusterer()
    post = summit("a", None, [day("2024-11-06")], day("2024-11-07"))
    post.editions = channel(["Presiden ucapkan selamat lewat akun X"])
    s = c.assign(post)
    twin = summit("b", None, [day("2024-11-06")], day("2024-11-07"))
    twin.editions = channel(["", "Melalui akun X miliknya, presiden mengucapkan selamat."])
    assert c.assign(twin) == s
    call = summit("c", None, [day("2024-11-10")], day("2024-11-11"))
    call.editions = channel(["Presiden telepon presiden terpilih"])
    assert c.assign(call) != s  # same words and names, another channel: another occasion


def test_a_day_whose_year_only_a_weekday_guessed_is_no_date():
    from kabar.model import Document, Source, TimeExpr
    from kabar.stories.features import from_document

    text = "DPR mengesahkan undang-undang itu dalam rapat paripurna masa sidang 2020-2021, Senin (5/10)."
    at = text.index("Senin")
    doc = Document(id="x", source=Source(path="x.txt"), raw=text, language="id", text=text,
                   times=[TimeExpr("Senin (5/10)", at, at + 12, "2026-10-05", "day")],
                   meta={"time_anchor": {"date": "2026-10-05", "source": "inferred from text: Senin (5/10)"}})
    f = from_document(doc)
    assert f.day is None and f.event_days == [] and f.month_days == ["10-05"]  # placed by the story's years
    doc.published = "2020-10-05"
    assert from_document(doc).day == day("2020-10-05")
