"""The cleaner: boilerplate out (kept verbatim with its kind), body kept, metadata from credits."""
from __future__ import annotations

import pytest
from hypothesis import assume, given, settings as hsettings, strategies as st

from kabar.clean import clean_text

BODY1 = "Gubernur Kalimantan Timur meninjau lokasi banjir di Samarinda pada Selasa (5/3/2024)."
BODY2 = "Ia meminta warga tetap waspada karena hujan diperkirakan turun hingga akhir pekan."
TITLE = "Banjir Rendam Ratusan Rumah di Samarinda"
MORE = ("Menurut data BPBD, air mulai naik sejak Senin malam dan merendam sedikitnya 420 rumah di tiga kecamatan.",
        "\u201cKami sudah menyiapkan perahu karet dan dapur umum di setiap posko,\u201d kata Kepala BPBD kepada wartawan.",
        "Warga yang mengungsi ditampung di masjid dan sekolah yang tidak terendam air.")
# Where a kind of line sits on a page: under the headline, between paragraphs, or at the end.
HEADER_KINDS = {"dateline", "byline"}
FOOTER_KINDS = {"tags", "comment_form", "copyright", "source", "pagination", "share", "read_more"}


def _clean(*lines: str):
    return clean_text("\n".join(lines))


def _page_with(line: str, kind: str):
    """An article page with ``line`` where its kind of line sits; the text the cleaner must return
    (the headline, printed once, opens it)."""
    body = [BODY1, MORE[0], MORE[1], BODY2, MORE[2]]
    if kind in HEADER_KINDS:
        page = [TITLE, line] + body
    elif kind in FOOTER_KINDS:
        page = [TITLE] + body + [line]
    else:
        page = [TITLE] + body[:2] + [line] + body[2:]
    return clean_text("\n".join(page)), "\n\n".join([TITLE] + body), page.index(line)


@pytest.mark.parametrize("line, kind", [
    ("Baca Juga: Harga Beras Naik Lagi di Pasar Induk", "related_link"),
    ("BACA JUGA: Harga Beras Naik Lagi", "related_link"),
    ("Baca juga Harga Beras Naik Lagi", "related_link"),
    ("Baca Juga : Banjir Rendam Tiga Desa", "related_link"),
    ("Lihat Juga: Video Banjir Samarinda", "related_link"),
    ("Berita Terkait: Banjir Rendam Tiga Desa", "related_link"),
    ("Penulis : Rina Wati Editor : Dedi", "byline"),
    ("Reporter: Rina Wati | Editor: Dedi Kurnia", "byline"),
    ("Editor: Dedi Kurnia", "byline"),
    ("Laporan Wartawan Kabar Timur, Rina Wati", "byline"),
    ("Sumber : Reuters / AFP", "source"),
    ("Tags: banjir, samarinda, bmkg", "tags"),
    ("Halaman: 1 2 3", "pagination"),
    ("Halaman selanjutnya", "pagination"),
    ("Artikel Pilihan", "section"),
    ("Berita Terpopuler", "section"),
    ("Leave a Reply", "comment_form"),
    ("Your email address will not be published. Required fields are marked *", "comment_form"),
    ("Tinggalkan Balasan", "comment_form"),
    ("Simak berita lainnya di Google News", "share"),
    ("Ikuti saluran WhatsApp Kabar Timur untuk update berita terkini", "share"),
    ("Bagikan: Facebook Twitter WhatsApp", "share"),
    ("Read Entire Article", "read_more"),
    ("Baca selengkapnya", "read_more"),
    ("© 2024 Kabar Timur. All rights reserved.", "copyright"),
    ("ADVERTISEMENT", "advertisement"),
    ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
    ("Foto: Dok. Humas Pemprov Kaltim", "caption"),
    ("(Foto: Antara/Rina)", "caption"),
    ("Kabar Timur daerah | 5 Maret 2024, 21:20 WIB", "dateline"),
    ("Selasa, 5 Maret 2024 10:15 WIB", "dateline"),
    ("05/03/2024 10:15 WIB", "dateline"),
])
def test_clean_whole_line_boilerplate(line, kind):
    res, body, at = _page_with(line, kind)
    assert [b.kind for b in res.boilerplate] == [kind]
    assert res.boilerplate[0].text == line and res.boilerplate[0].line == at
    assert res.text == body and res.title == TITLE


@pytest.mark.parametrize("first, body, outlet", [
    ("WARTA.ID - " + BODY1, BODY1, "WARTA.ID"),
    ("Samarinda, KabarTimur.com - " + BODY1, BODY1, "KabarTimur.com"),
    ("SAMARINDA, KABARTIMUR.COM -- " + BODY1, BODY1, "KABARTIMUR.COM"),
    ("Samarinda (Antara) - " + BODY1, BODY1, "Antara"),
    ("Samarinda - " + BODY1, BODY1, None),
    ("Samarinda, Borneo News " + BODY1, BODY1, "Borneo News"),
    ("Samarinda, Kabar Borneo – " + BODY1, BODY1, "Kabar Borneo"),
])
def test_clean_glued_prefix_is_cut_and_names_the_outlet(first, body, outlet):
    res = _clean(first, BODY2)
    assert res.text.split("\n\n")[0] == body
    assert res.boilerplate[0].fragment and res.boilerplate[0].kind in {"site_prefix", "dateline"}
    assert res.outlet == outlet


@pytest.mark.parametrize("first", [
    "Presiden Joko Widodo - yang baru tiba - langsung meninjau lokasi.",
    "Menurut Budi, Media Indonesia Raya memberitakan hal itu kemarin.",
    "Kim Jong Un, pemimpin Korea Utara, hadir dalam acara itu.",
    "Sementara, Warta Kota melaporkan hal berbeda pada hari yang sama.",
])
def test_clean_ordinary_first_sentences_are_not_prefixes(first):
    res = _clean(first, BODY2)
    assert res.text.split("\n\n")[0] == first
    assert res.boilerplate == []


def test_clean_dateline_glued_to_related_link_is_one_line_of_boilerplate():
    line = "Kabar Timur daerah | 5 Maret 2024, 21:20 WIBBaca Juga: Banjir Rendam Tiga Desa"
    res = _clean("Banjir Kembali Rendam Samarinda", line, BODY1, BODY2)
    assert [(b.kind, b.fragment) for b in res.boilerplate] == [("dateline+related_link", False)]
    assert res.dateline_date == "2024-03-05" and res.outlet == "Kabar Timur"
    assert res.title == "Banjir Kembali Rendam Samarinda"
    assert res.text == "Banjir Kembali Rendam Samarinda\n\n" + BODY1 + "\n\n" + BODY2


def test_clean_related_link_glued_after_body_keeps_the_body():
    res = _clean(BODY1 + " Baca Juga: Banjir Rendam Tiga Desa", BODY2)
    assert res.text.split("\n\n")[0] == BODY1
    assert res.boilerplate[0].text == "Baca Juga: Banjir Rendam Tiga Desa" and res.boilerplate[0].fragment


def test_clean_related_link_inside_a_text_with_no_line_breaks_cuts_only_its_title():
    one_line = " ".join([BODY1, "Baca Juga: Banjir Rendam Tiga Desa.", MORE[0], BODY2])
    res = _clean(one_line)
    assert res.text == " ".join([BODY1, MORE[0], BODY2])
    assert [(b.text, b.kind) for b in res.boilerplate] == [("Baca Juga: Banjir Rendam Tiga Desa.", "related_link")]


@pytest.mark.parametrize("tail", [
    "Baca Juga: Banjir Rendam Tiga Desa",  # the title ends the line
    "Baca Juga: Banjir Rendam Tiga Desa. Longsor di Puncak",  # a second title, too short to be body
])
def test_clean_related_link_at_a_line_end_runs_to_the_end(tail):
    res = _clean(BODY1 + " " + tail, BODY2)
    assert res.text.split("\n\n")[0] == BODY1
    assert res.boilerplate[0].text == tail


@pytest.mark.parametrize("last, kept, mark", [
    (BODY2 + " (*)", BODY2, "(*)"),
    (BODY2 + " (nam/red)", BODY2, "(nam/red)"),
    (BODY2 + " (ant)", BODY2, "(ant)"),
    ("Jumlah korban mencapai 2 (dua)", "Jumlah korban mencapai 2 (dua)", None),
    ("Setelah transit di Tokyo, rombongan itu akhirnya tiba di Washington (AS)",
     "Setelah transit di Tokyo, rombongan itu akhirnya tiba di Washington (AS)", None),
])
def test_clean_end_markers(last, kept, mark):
    res = _clean(BODY1, last)
    assert res.text.split("\n\n")[-1] == kept
    assert [b.text for b in res.boilerplate] == ([mark] if mark else [])


def test_clean_caption_fragment_inside_paragraph():
    res = _clean(BODY1 + " (Foto: Antara/Rina Wati) " + BODY2)
    assert res.text == BODY1 + " " + BODY2
    assert res.boilerplate[0].kind == "caption"


def test_clean_title_and_repeated_headline():
    res = clean_text("Banjir Kembali Rendam Samarinda\n\nBanjir Kembali Rendam Samarinda\n\n" + BODY1 + "\n\n" + BODY2)
    assert res.title == "Banjir Kembali Rendam Samarinda"
    assert [(b.kind, b.line) for b in res.boilerplate] == [("repeated_headline", 2)]
    assert res.text == BODY1 + "\n\n" + BODY2


def test_clean_no_title_when_first_line_is_a_sentence():
    res = _clean(BODY1, BODY2)
    assert res.title is None and res.text.startswith(BODY1)


def test_clean_title_hint_from_metadata():
    res = clean_text("Banjir di Samarinda\n" + BODY1 + "\n" + BODY2, title_hint="Banjir di Samarinda")
    assert res.title == "Banjir di Samarinda" and res.text.startswith("Banjir di Samarinda\n\n" + BODY1)


def test_clean_credit_lines_become_byline():
    res = _clean(BODY1, BODY2, "Penulis : Rina Wati, Dedi Kurnia Editor : Budi Santoso", "Sumber : Reuters / AFP dan AP")
    assert res.byline.authors == ["Rina Wati", "Dedi Kurnia"]
    assert res.byline.editors == ["Budi Santoso"]
    assert res.byline.agencies == ["Reuters", "AFP", "AP"]


def test_clean_headline_printed_once_opens_the_text():
    res = _clean(TITLE, BODY1, BODY2)
    assert res.title == TITLE and res.text == "\n\n".join([TITLE, BODY1, BODY2])


def test_clean_headline_printed_twice_stays_out_of_the_text():
    res = _clean(TITLE, "Selasa, 5 Maret 2024 10:15 WIB", TITLE, BODY1, BODY2)
    assert res.title == TITLE and res.text == BODY1 + "\n\n" + BODY2


def test_clean_headline_with_outlet_name_opens_the_text_without_it():
    res = clean_text("\n".join([TITLE + " - KabarTimur.com", BODY1, BODY2]), title_hint=TITLE + " - KabarTimur.com")
    assert res.title == TITLE and res.text.startswith(TITLE + "\n\n" + BODY1)
    assert ("KabarTimur.com", "site_prefix", True) in [(b.text, b.kind, b.fragment) for b in res.boilerplate]


def test_clean_hard_wrapped_paragraphs_are_joined():
    raw = "Gubernur meninjau lokasi banjir di\nSamarinda pada Selasa.\n\nIa meminta warga waspada."
    assert clean_text(raw).text == "Gubernur meninjau lokasi banjir di Samarinda pada Selasa.\n\nIa meminta warga waspada."


def test_clean_a_final_newline_does_not_make_lines_hard_wrapped():
    sub = "Warga mengungsi ke masjid terdekat"
    assert clean_text("\n".join([BODY1, sub, BODY2]) + "\n").text == "\n\n".join([BODY1, sub, BODY2])


@pytest.mark.parametrize("line", ["Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB", "Published: March 5, 2024",
                                  "Update: 6 Maret 2024 08:00 WIB"])
def test_clean_a_line_labelling_the_page_date_is_a_dateline(line):
    res = _clean(TITLE, line, BODY1, *MORE, BODY2)
    assert [(b.kind, b.text) for b in res.boilerplate] == [("dateline", line)] and res.title == TITLE
    assert [d[1] for d in res.datelines] == [line]


def test_clean_a_schedule_with_its_own_label_stays_in_body():
    line = "Jadwal: Sabtu, 12 Agustus 2023"
    assert line in _clean(TITLE, BODY1, line, BODY2, *MORE).text


def test_clean_subheading_stays_in_body():
    sub = "Warga mengungsi ke masjid terdekat"
    res = _clean(BODY1, sub, BODY2)
    assert sub in res.text and res.boilerplate == []


# --- property: body sentences always survive injected boilerplate -----------------------------

_WORD = st.sampled_from("""rumah warga jalan sungai hujan deras banjir pemerintah daerah bantuan beras air
    bersih relawan posko pengungsi anak sekolah pasar harga naik turun kota desa kecamatan petugas jembatan
    perahu listrik padam sawah petani panen gagal pupuk subsidi dinas kesehatan obat dokter puskesmas guru
    murid buku seragam kendaraan truk macet tol proyek anggaran dana miliar juta rupiah kantor camat bupati
    gubernur menteri pabrik buruh upah mogok nelayan laut gelombang pelabuhan kapal""".split())
_NAME = st.sampled_from("Samarinda Balikpapan Tenggarong Bontang Kutai Mahakam Sulastri Rahmat Yusuf".split())


@st.composite
def _sentence(draw):
    words = draw(st.lists(_WORD, min_size=8, max_size=18, unique=True))
    name = draw(_NAME)
    words.insert(draw(st.integers(0, len(words))), name)
    first = draw(st.sampled_from(["Warga", "Petugas", "Pemerintah", "Relawan", "Sebanyak"]))
    return f"{first} {' '.join(words)}{draw(st.sampled_from(['.', '.', '!', '?']))}"


# A photo credit is left out: the line after a credit is read as its caption (see the caption tests).
_NOISE = st.sampled_from([
    "Baca Juga: Harga Beras Naik Lagi", "BACA JUGA Banjir Rendam Tiga Desa", "Penulis : Rina Wati Editor : Dedi",
    "Sumber : Reuters", "Tags: banjir, hujan", "Halaman: 1 2 3", "Artikel Pilihan", "Leave a Reply",
    "Simak berita lainnya di Google News", "ADVERTISEMENT", "Read Entire Article",
    "© 2024 Kabar Timur", "Kabar Timur daerah | 5 Maret 2024, 21:20 WIB",
])


NEAR_COPY = 40
SHARED_WORDS = 0.6  # neighbouring paragraphs tell different things (a retold paragraph reads as a deck)


@hsettings(max_examples=300, deadline=None)
@given(paragraphs=st.lists(st.lists(_sentence(), min_size=2, max_size=4), min_size=1, max_size=8),
       noise=st.lists(st.tuples(st.integers(0, 9), _NOISE), max_size=6),
       prefix=st.sampled_from(["", "WARTA.ID - ", "Samarinda, Kabar Timur - ", "Samarinda (Antara) - "]),
       end=st.sampled_from(["", " (*)", " (ant)"]), blank=st.booleans())
def test_clean_property_every_body_sentence_survives(paragraphs, noise, prefix, end, blank):
    # Paragraphs of ordinary length (two or more sentences of 10+ words) that differ from each other: a
    # lone short sentence between datelines reads as a caption or deck, and a paragraph printed twice
    # with another ending is a repeated caption, which the cleaner rightly removes.
    assume(len({p[0][:NEAR_COPY] for p in paragraphs}) == len(paragraphs))
    assume(all(len(set(a.split()) & set(b.split())) < SHARED_WORDS * len(set(a.split()) | set(b.split()))
               for a, b in zip([" ".join(p) for p in paragraphs], [" ".join(p) for p in paragraphs[1:]])))
    lines = [" ".join(p) for p in paragraphs]
    lines[0] = prefix + lines[0]
    lines[-1] = lines[-1] + end
    for pos, text in sorted(noise, reverse=True):
        lines.insert(min(pos, len(lines)), text)
    res = clean_text(("\n\n" if blank else "\n").join(lines))
    for p in paragraphs:
        for sentence in p:
            assert sentence in res.text
    for _, text in noise:
        assert text not in res.text


def test_clean_caption_after_a_photo_credit_goes_and_the_body_after_a_byline_stays():
    caption = "Petugas BPBD mengevakuasi warga dengan perahu karet di Jalan Pahlawan, Samarinda, Selasa (5/3/2024)."
    page = [TITLE, "Penulis: Rina Wati", "Dok. BPBD Samarinda/Rina Wati", caption,
            "SAMARINDA, KABARTIMUR.COM - " + BODY1, MORE[0], MORE[1], BODY2]
    res = clean_text("\n".join(page))
    assert caption not in res.text and res.text.startswith(BODY1)
    assert res.outlet == "KABARTIMUR.COM" and res.byline.authors == ["Rina Wati"]
