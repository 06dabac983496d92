"""Story boundaries: another edition of a recurring happening, undated reports of other months, another
stage of a case, leads dating their happenings on other days."""
from __future__ import annotations

import datetime as dt

from kabar.stories.boundary import (
    channel, codes, editions, month_days, other_edition, other_happening, series, stage, undated_far,
    year_editions,
)
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


def test_the_stage_of_a_case_is_the_furthest_the_headline_and_lead_name():
    assert stage(["Mantan Menteri Divonis 9 Tahun Penjara", "Jaksa mengajukan banding atas vonis itu."]) == {
        "stage:verdict": 1}  # filing an appeal is no appeal ruling
    assert stage(["Vonis 15 Tahun, Pengacara Kecewa", "Ia menanggapi putusan banding yang memperberat vonis."]) \
        == {"stage:appeal": 1}
    assert stage(["Jaksa Bacakan Tuntutan", "Jaksa menuntut hukuman 11 tahun penjara."]) == {"stage:demand": 1}
    assert stage(["Mahasiswa Sampaikan Tuntutan ke DPR", "Mereka menolak revisi undang-undang."]) == {}


def test_a_verdict_weeks_after_the_demand_opens_its_own_story():
    c = Clusterer()
    demand = summit("a", None, [day("2021-07-28")], day("2021-07-28"))
    demand.editions = stage(["Terdakwa Jalani Sidang Tuntutan Hari Ini"])
    s = c.assign(demand)
    verdict = summit("b", None, [], None)  # undated: only its words and names to go by
    verdict.editions = stage(["Media Asing Soroti Vonis Mantan Menteri"])
    assert c.assign(verdict) != s


def test_leads_dating_their_happenings_days_apart_tell_two_occasions():
    first, second = day("2023-12-03"), day("2023-12-16")
    assert other_happening(second, [second], {first}, {first}, 3)
    assert not other_happening(second, [first, second], {first}, {first}, 3)  # recalls the first: a follow-up
    assert not other_happening(second, [second], {first}, {first, second}, 3)  # the story named its day
    assert not other_happening(first + 2, [first + 2], {first}, {first}, 3)  # within the gap
    assert not other_happening(None, [], {first}, {first}, 3)  # a lead with no date: words decide


def test_an_eruption_two_weeks_later_opens_its_own_story_and_a_follow_up_joins():
    c = Clusterer()
    first = summit("a", None, [day("2023-12-03")], day("2023-12-03"))
    first.happening, first.mentioned = day("2023-12-03"), [day("2023-12-03")]
    s = c.assign(first)
    again = summit("b", None, [day("2023-12-16")], day("2023-12-16"))
    again.happening, again.mentioned = day("2023-12-16"), [day("2023-12-16")]
    assert c.assign(again) != s
    follow = summit("c", None, [day("2023-12-06")], day("2023-12-06"))
    follow.happening, follow.mentioned = day("2023-12-06"), [day("2023-12-03"), day("2023-12-06")]
    assert c.assign(follow) == s  # dated three days later and recalling the first day


def test_the_lead_day_is_the_first_date_of_the_first_sentences():
    from kabar.model import Document, Sentence, Source, TimeExpr
    from kabar.stories.features import from_document

    text = "Gunung itu meletus lagi pada Sabtu (16/12/2023). Letusan pertama pada 3 Desember menewaskan pendaki."
    at, at2 = text.index("Sabtu"), text.index("3 Desember")
    doc = Document(id="x", source=Source(path="x.txt"), raw=text, language="id", text=text, published="2023-12-17",
                   sentences=[Sentence(0, text.index(".") + 1), Sentence(text.index(".") + 2, len(text))],
                   times=[TimeExpr("Sabtu (16/12/2023)", at, at + 18, "2023-12-16", "day"),
                          TimeExpr("3 Desember", at2, at2 + 10, "2023-12-03", "day")])
    f = from_document(doc)
    assert f.happening == day("2023-12-16") and f.mentioned == [day("2023-12-03"), day("2023-12-16")]


def test_a_competition_named_by_its_year_in_the_lead_is_an_edition():
    assert year_editions(["Indonesia Juara Piala Thomas 2020", "Tim Thomas Cup 2024 tiba di Chengdu."]) == {
        "piala-tahun:2020": 1, "piala-tahun:2024": 1}
    assert year_editions(["Banjir melanda pada 2020, Selasa (5/1/2021)."]) == {}  # a year alone is no edition
    assert year_editions(["Piala yang diraih tahun 2019 dipajang."]) == {}  # not a name before the year
    assert other_edition(year_editions(["Final Piala Thomas 2024"]), {"piala-tahun:2020": 3})
    assert not other_edition(year_editions(["Final Piala Thomas 2024"]), {"ktt:43": 3})


def test_a_flight_number_in_the_lead_tells_the_incident():
    assert codes(["", "Pesawat Lion Air JT-610 jatuh di perairan Karawang."]) == {"code:610": 1}
    assert codes(["Sriwijaya Air SJ 182 Hilang Kontak", "Nomor penerbangan SJY 182."]) == {"code:182": 1}
    assert codes(["Sidang UU 12/2011 digelar pukul 14.30 WIB", "Kasus COVID-19 naik di RT 03."]) == {}
    assert other_edition(codes(["Lion Air JT-610 Jatuh"]), {"code:182": 4})


def test_a_follow_up_naming_the_day_of_the_happening_joins_weeks_later():
    from kabar.stories.cluster import Weights
    for follow_up, joins in ((True, True), (False, False)):
        c = Clusterer(Weights(follow_up=follow_up))
        first = summit("a", None, [day("2021-01-09")], day("2021-01-09"))
        first.happening, first.mentioned = day("2021-01-09"), [day("2021-01-09")]
        s = c.assign(first)
        later = summit("b", None, [day("2021-01-28"), day("2021-01-29")], day("2021-01-29"))
        later.mentioned = [day("2021-01-09"), day("2021-01-28")]  # its lead dates nothing; it recalls the 9th
        assert (c.assign(later) == s) is joins
    c = Clusterer()
    s = c.assign(first)
    other = summit("c", None, [day("2021-01-29")], day("2021-01-29"))
    other.happening, other.mentioned = day("2021-01-29"), [day("2021-01-09"), day("2021-01-29")]
    assert c.assign(other) != s  # its lead dates a happening of its own, far from the story's


def test_a_follow_up_naming_a_day_the_story_reported_joins_when_its_lead_dates_nothing():
    c = Clusterer()
    first = summit("a", None, [day("2021-01-09")], day("2021-01-09"))  # its lead dates no happening either
    first.mentioned = [day("2021-01-09")]
    s = c.assign(first)
    later = summit("b", None, [day("2021-01-29")], day("2021-01-29"))
    later.mentioned = [day("2021-01-09"), day("2021-01-29")]  # names the day the story's report came out
    assert c.assign(later) == s
    c = Clusterer()
    s = c.assign(first)
    silent = summit("c", None, [day("2021-01-29")], day("2021-01-29"))
    silent.mentioned = [day("2021-01-29")]
    assert c.assign(silent) != s  # names no day of the story: twenty days are too far


def test_the_series_of_a_summit_or_cup_tells_which_happening():
    assert series(["KTT G20 Resmi Dibuka", "Presiden membuka Konferensi Tingkat Tinggi (KTT) G-20 di Nusa Dua."]) == {
        "ktt-seri:g20": 2}
    assert series(["Jokowi Buka KTT ke-43 ASEAN", "KTT ASEAN-Jepang digelar di sela ASEAN Summit."]) == {
        "ktt-seri:asean": 3}
    assert series(["Tim Uber Cup tiba", "Skuad Piala Thomas berlatih di Chengdu."]) == {
        "piala-seri:uber": 1, "piala-seri:thomas": 1}
    # a host city or a spelled-out name after "KTT" is no series; nor is a lower-case word after "piala"
    assert series(["KTT Jakarta ditutup", "KTT ke-43 Perhimpunan Bangsa-Bangsa Asia Tenggara", "piala bergilir"]) == {}
    assert other_edition(series(["Buka KTT ASEAN, Jokowi Sapa Pemimpin"]), {"ktt-seri:g20": 3})


def test_the_law_a_lead_names_tells_which_plenary():
    from kabar.stories.boundary import statute_key, statutes
    assert statute_key("RUU TNI") == statute_key("UU Nomor 34 Tahun 2004 tentang Tentara Nasional Indonesia")
    assert statute_key("KUHP") == statute_key("Kitab Undang-Undang Hukum Pidana") == "hp"
    assert statute_key("RKUHAP") == statute_key("Kitab Undang-Undang Hukum Acara Pidana") == "hap"
    assert statute_key("Piagam PBB") is None and statute_key("RUU") is None
    assert statutes(["RUU Penyiaran", "UU Penyiaran", "Pancasila"]) == {"uu:penyiaran": 2}
    assert other_edition(statutes(["RUU TNI"]), {"uu:ck": 3})
    assert not other_edition(statutes(["KUHP"]), {"uu:hp": 2, "uu:hap": 2})  # a story of both laws


def test_a_headline_repeated_as_the_first_sentence_does_not_use_up_the_lead():
    from kabar.model import Document, Sentence, Source
    from kabar.stories.features import from_document

    title = "Menteri Ucapkan Selamat kepada Mitranya"
    text = (f"{title}\nMenteri menyampaikan ucapan selamat atas kemenangan mitranya. "
            "Ucapan itu disampaikan melalui akun media sosial X miliknya.")
    ends = [len(title), text.index(".") + 1, len(text)]
    sentences = [Sentence(0, ends[0]), Sentence(ends[0] + 1, ends[1]), Sentence(ends[1] + 1, ends[2])]
    doc = Document(id="x", source=Source(path="x.txt"), raw=text, language="id", text=text, title=title,
                   published="2024-11-07", sentences=sentences)
    assert from_document(doc).editions == {"channel:post": 1}
    doc.title = "Ucapan Selamat"  # no repeat: the lead is the first two sentences, which name no channel
    assert from_document(doc).editions == {}


def test_a_deadline_an_article_names_is_no_day_it_recalls():
    from kabar.model import Document, Sentence, Source, TimeExpr
    from kabar.stories.features import from_document

    text = "Tarif itu diumumkan pada 2 April lalu dan mulai berlaku besok, 9 April 2025."
    at, at2 = text.index("2 April"), text.index("9 April")
    doc = Document(id="x", source=Source(path="x.txt"), raw=text, language="id", text=text, published="2025-04-08",
                   sentences=[Sentence(0, len(text))],
                   times=[TimeExpr("2 April", at, at + 7, "2025-04-02", "day"),
                          TimeExpr("9 April 2025", at2, at2 + 12, "2025-04-09", "day")])
    f = from_document(doc)
    assert f.happening == day("2025-04-02") and f.mentioned == [day("2025-04-02")]  # the 9th is a plan
    c = Clusterer()
    s = c.assign(summit("a", None, f.event_days, f.day))
    c.stories[s].happenings, c.stories[s].mentioned = {f.happening}, set(f.mentioned)
    other = summit("b", None, [day("2025-04-09")], day("2025-04-09"))
    other.happening, other.mentioned = day("2025-04-09"), [day("2025-04-09")]
    assert c.assign(other) != s  # another occasion that falls on the day the story named in advance
