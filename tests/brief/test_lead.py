"""The lead's first lines on invented articles: the first line tells, lists of names are no lead, a slipped
weekday is no main day."""
from __future__ import annotations

from kabar.brief import lead
from kabar.brief.sources import sentences


def _sents(*articles: tuple[str, str]) -> list:
    from kabar.analyze import analyze_text
    out = []
    for i, (text, published) in enumerate(articles):
        d = analyze_text(text, path=f"a{i}.txt")
        d.id, d.published = f"doc{i}", published
        out += sentences(d)
    return out


def _choose(sents, k=3):
    return lead.choose(sents, sents, {}, lambda text: False, k)


def test_the_first_line_tells_rather_than_quotes():
    sents = _sents(
        ("\"Jembatan itu putus diterjang banjir bandang di Desa Wanasari,\" kata Kepala BPBD Lembah Hijau Rudi "
         "Hartono, Senin (10/2/2025). Banjir bandang memutus jembatan gantung Desa Wanasari, Senin (10/2/2025).",
         "2025-02-10"),
        ("Jembatan gantung di Desa Wanasari putus akibat banjir bandang, kata Rudi Hartono.", "2025-02-10"),
    )
    first = _choose(sents)[0]
    assert not lead.quoted(first) and first.text.startswith("Banjir bandang memutus")


def test_a_list_of_names_is_worth_no_more_than_a_few(monkeypatch):
    many = ", ".join(f"Bupati {n}" for n in ("Andi Saputra", "Budi Hartono", "Candra Wijaya", "Dedi Kurnia",
                                              "Eko Prasetyo", "Fajar Nugroho", "Gilang Ramadhan"))
    sents = _sents(
        (f"Gubernur Rina Wulandari meresmikan Bendungan Sukamaju, Senin (10/2/2025). Acara dihadiri {many}. "
         "Bendungan itu mampu mengairi 5.000 hektare sawah.", "2025-02-10"),
        ("Bendungan Sukamaju diresmikan Gubernur Rina Wulandari, Senin (10/2/2025). Bendungan tersebut "
         "mengairi 5.000 hektare sawah petani.", "2025-02-10"),
    )
    second = [s.text for s in _choose(sents, 2)][1]
    assert "hektare" in second
    monkeypatch.setattr(lead, "NAMES_PER_LINE", 99)
    assert "Bupati" in [s.text for s in _choose(sents, 2)][1]  # every name counted: the list would lead


def test_a_date_with_a_slipped_weekday_is_no_main_day():
    sents = _sents(  # 4 October 2020 was a Sunday: "Senin (4/10/2020)" is a slip for Monday 5 October
        ("DPR mengesahkan undang-undang itu dalam rapat paripurna, Senin (4/10/2020).", "2020-10-05"),
        ("Undang-undang itu disahkan DPR dalam rapat paripurna, Senin (5/10/2020).", "2020-10-05"),
    )
    assert lead.main_days(sents) == {"2020-10-05"}


def test_a_photo_caption_told_as_a_sentence_is_no_lead_line():
    assert lead.photo_line("Bupati Lembah Hijau saat meninjau jembatan yang putus di Desa Wanasari, Senin "
                           "(10/2/2025).")
    assert lead.photo_line("Petugas gabungan ketika mengevakuasi warga di Desa Wanasari, Senin (10/2).")
    # a sentence with a verb of its own before "saat" tells something, whatever its ending
    assert not lead.photo_line("Bupati menyampaikan hal itu saat meninjau jembatan di Desa Wanasari, Senin "
                               "(10/2/2025).")
    assert not lead.photo_line("Bupati saat itu meninjau jembatan yang putus di Desa Wanasari.")


def test_a_line_stating_how_many_beats_a_retelling_in_other_words(monkeypatch):
    sents = _sents(
        ("Banjir bandang memutus jembatan gantung Desa Wanasari, Senin (10/2/2025). Tiang listrik di tepi sungai "
         "roboh. Sebanyak 230 rumah terendam.", "2025-02-10"),
        ("Banjir bandang memutus jembatan gantung Desa Wanasari, Senin (10/2/2025). Tiang listrik juga ambruk.",
         "2025-02-10"),
    )
    assert "230 rumah" in [s.text for s in _choose(sents, 2)][1]
    monkeypatch.setattr(lead, "QUANTITY_WEIGHT", 0.0)
    assert "Tiang listrik" in [s.text for s in _choose(sents, 2)][1]  # words alone: the retelling comes first


def test_a_clock_time_writes_no_day():
    sents = _sents(  # "pukul 15.15 WIB" is placed on the day, but a reader sees no date in the line
        ("Pesawat itu dijadwalkan tiba di Bandara Supadio sekitar pukul 15.15 WIB. Pesawat Nusa Air NA-101 jatuh "
         "di perairan Pulau Seribu, Sabtu (9/1/2021).", "2021-01-09"),
        ("Pesawat Nusa Air NA-101 jatuh di perairan Pulau Seribu pada Sabtu (9/1/2021) siang.", "2021-01-09"),
    )
    days = lead.main_days(sents)
    assert days == {"2021-01-09"}
    clock = next(s for s in sents if "15.15" in s.text)
    assert not lead.writes_day(clock, days) and not any(c.startswith("D:") for c in lead.concepts(clock, days, {}))
    assert lead.writes_day(next(s for s in sents if "(9/1/2021)." in s.text), days)
