"""The outlet from metadata, the address, a dateline or a credit line; the headline without it."""
from __future__ import annotations

import json

import pytest

from kabar.analyze import analyze
from kabar.clean import clean_text
from kabar.clean.headline import strip_outlet
from kabar.clean.outlet import registrable_domain, resolve
from kabar.model import Boilerplate

BODY = ("Banjir merendam ratusan rumah warga di tiga kecamatan setelah hujan deras turun sejak Senin malam.\n"
        "Kepala BPBD menyebut sedikitnya 420 rumah terendam dan warga mulai mengungsi ke masjid.\n"
        "Petugas menyiapkan perahu karet dan dapur umum di setiap posko pengungsian.")


@pytest.mark.parametrize("url, domain", [
    ("https://m.nasional.warta.co.id/read/2024/03/05/banjir", "warta.co.id"),
    ("https://www.kabarkini.com/daerah/banjir", "kabarkini.com"),
    ("https://mail.nu.or.id/amp/nasional/x", "nu.or.id"),
    ("https://stg.ntvnews.id/ekonomi/0154605/x", "ntvnews.id"),
    ("http://127.0.0.1/x", None),
    (None, None),
])
def test_registrable_domain(url, domain):
    assert registrable_domain(url) == domain


def test_outlet_sources_in_order():
    credit = [Boilerplate("Laporan Reporter KabarKini.com, Rina Wati", "byline", 9)]
    photo = [Boilerplate("Foto: WartaLain.com/Budi", "caption", 3)]
    assert resolve("Kabar Kini", "https://kabarkini.com/x", "KABARKINI.COM", credit) == ("Kabar Kini", "metadata")
    assert resolve(None, "https://www.kabarkini.com/x", "KABARKINI.COM", credit) == ("kabarkini.com", "url")
    assert resolve(None, None, "KABARKINI.COM", credit) == ("KABARKINI.COM", "dateline")
    assert resolve(None, None, None, credit) == ("KabarKini.com", "credit")
    assert resolve(None, None, None, photo) == (None, None)  # a photo credit names another outlet


@pytest.mark.parametrize("first, outlet", [
    ("BALI [wartabali.co.id] \u2013 Presiden meninjau lokasi banjir di Denpasar.", "wartabali.co.id"),
    ("KBR, Jakarta- Presiden meninjau lokasi banjir di Denpasar bersama gubernur.", "KBR"),
    ("WARTAKITA.ID, Jakarta-Presiden meninjau lokasi banjir di Denpasar bersama gubernur.", "WARTAKITA.ID"),
    ("jpnn.com - JAKARTA - Presiden meninjau lokasi banjir di Denpasar bersama gubernur.", "jpnn.com"),
])
def test_dateline_prefixes_name_the_outlet_and_are_cut(first, outlet):
    res = clean_text(first + "\n" + BODY)
    assert res.outlet == outlet and res.text.startswith("Presiden meninjau")


def test_a_web_name_dateline_beats_a_label_before_it():
    res = clean_text("Headline \u00b7 16 Nov 2022 11:49 WITA\nBanjir Rendam Ratusan Rumah\n"
                     "DENPASAR, WARTABALI.ID - " + BODY)
    assert res.outlet == "WARTABALI.ID"


def test_a_place_and_name_line_names_the_outlet():
    res = clean_text("Banjir Rendam Ratusan Rumah\nKamis, 7 November 2024 | 13:30 WIB\nJakarta, Kabar Online\n" + BODY)
    assert res.outlet == "Kabar Online"


def test_jsonl_with_url_gives_outlet_and_date(tmp_path):
    p = tmp_path / "export.jsonl"
    p.write_text(json.dumps({"url": "https://www.wartabali.co.id/daerah/2024/03/05/banjir", "text": BODY}) + "\n",
                 encoding="utf-8")
    [doc] = list(analyze([str(p)]))
    assert doc.source.outlet == "wartabali.co.id"
    assert (doc.published, doc.published_evidence) == ("2024-03-05", "url")


@pytest.mark.parametrize("title, clean", [
    ("Banjir Rendam Ratusan Rumah - Kompas.com", "Banjir Rendam Ratusan Rumah"),
    ("Banjir Rendam Ratusan Rumah | Warta Online", "Banjir Rendam Ratusan Rumah"),
    ("KapanLagi.com: Banjir Rendam Ratusan Rumah", "Banjir Rendam Ratusan Rumah"),
    ("KTT G20 Bali: Presiden Minta Perang Dihentikan", "KTT G20 Bali: Presiden Minta Perang Dihentikan"),
    ("Jokowi: Winter Is Coming!", "Jokowi: Winter Is Coming!"),
])
def test_strip_outlet(title, clean):
    assert strip_outlet(title) == clean


def test_strip_the_known_outlet_however_spelled():
    assert strip_outlet("Banjir Rendam Ratusan Rumah - Warta Bali", "wartabali.co.id") == "Banjir Rendam Ratusan Rumah"


@pytest.mark.parametrize("page, title", [
    (["Menu", "Mode Gelap", "Banjir Rendam Ratusan Rumah di Samarinda", "Penulis: Rina Wati"] + BODY.split("\n"),
     "Banjir Rendam Ratusan Rumah di Samarinda"),
    (BODY.split("\n"), None),  # a page that prints no headline gets none, never its lead sentence
    (["Bencana"] + BODY.split("\n"), None),  # nor a one-word label
])
def test_headline_found_or_none(page, title):
    assert clean_text("\n".join(page)).title == title


@pytest.mark.parametrize("first, outlet", [
    ("Wartaku|Denpasar-Presiden meninjau lokasi banjir di Denpasar bersama gubernur.", "Wartaku"),
    ("Nasional, Wartaku: Presiden meninjau lokasi banjir di Denpasar bersama gubernur.", "Wartaku"),
])
def test_bar_and_section_label_prefixes_name_the_outlet_and_are_cut(first, outlet):
    res = clean_text(first + "\n" + BODY)
    assert res.outlet == outlet and res.text.startswith("Presiden meninjau")


@pytest.mark.parametrize("prompt, outlet", [
    ("Ikuti terus update berita wartaku di Google News", "wartaku"),
    ("Temukan artikel informatif lainnya melalui Wartaku. wartaku.co.id", "wartaku.co.id"),
])
def test_a_follow_prompt_names_the_outlet_and_goes(prompt, outlet):
    res = clean_text(BODY + "\n" + prompt)
    assert prompt not in res.text
    assert resolve(None, None, res.outlet, res.boilerplate) == (outlet, "credit")


@pytest.mark.parametrize("scene, outlet", [
    ("Berdasarkan pantauan Wartaku di lokasi, air mulai surut.", "Wartaku"),
    ("Pantauan\nKantor Berita Warta dan Kabar WARTAKU di lokasi, air mulai surut.", "WARTAKU"),
    ("Berdasarkan pantauan Tim SAR di lokasi, air mulai surut.", None),
])
def test_the_newsroom_at_the_scene_names_the_outlet_last(scene, outlet):
    assert resolve(None, None, None, [], BODY + "\n" + scene)[0] == outlet
    assert resolve(None, None, "KABARKINI.COM", [], BODY + "\n" + scene)[0] == "KABARKINI.COM"


def test_a_dateline_prefix_after_a_kept_quote_banner_is_still_cut():
    banner = "\u201cKami sudah dua hari tidak bisa pulang ke rumah,\u201d kata seorang warga di posko, Selasa (5/3/2024)."
    lead = "WARTA, Bekasi- Banjir kiriman dari hulu sungai kembali merendam permukiman warga di tepi kali."
    res = clean_text(banner + "\n" + lead + "\n" + BODY)
    assert res.outlet == "WARTA" and "WARTA, Bekasi-" not in res.text
    assert "Banjir kiriman dari hulu sungai" in res.text


def test_a_follow_prompt_the_line_model_kept_still_names_the_outlet():
    page = BODY + "\nIkuti berita Wartaku di Google News"
    assert resolve(None, None, None, [], page) == ("Wartaku", "credit")
