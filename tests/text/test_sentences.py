"""Tests for the Indonesian sentence splitter and the ``sentences`` stage."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from kabar.model import Document, Source
from kabar.settings import Settings
from kabar.stages.sentences import sentences as sentences_stage
from kabar.text.sentences import split_sentences

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
CSUI_TEST = SHARED / "data" / "ud-id-csui" / "id_csui-ud-test.conllu"
# Pinned floor for exact-span F1 on UD Indonesian-CSUI test (measured 0.958).
CSUI_F1_FLOOR = 0.95


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    # acronyms and dotted abbreviations
    ("Presiden tiba di AS. Ia disambut hangat.", ["Presiden tiba di AS.", "Ia disambut hangat."]),
    ("Presiden A.S. Donald Trump memerintahkan penarikan.", None),
    ("Ia bertemu pejabat A.S. Mereka membahas tarif.", ["Ia bertemu pejabat A.S.", "Mereka membahas tarif."]),
    ("Sidang digelar di markas PBB. Namun hasilnya nihil.", ["Sidang digelar di markas PBB.", "Namun hasilnya nihil."]),
    ("Surat a.n. Menteri dikirim u.p. Kepala Biro.", None),
    ("Ia meraih gelar Ph.D. di Harvard.", None),
    ("Dia lulus dengan gelar Ph.D. Ia kemudian mengajar.", ["Dia lulus dengan gelar Ph.D.", "Ia kemudian mengajar."]),
    # titles, ranks and degrees
    ("Dr. Budi dan Prof. Siti hadir.", None),
    ("H. Ahmad dan Hj. Aminah berangkat haji.", None),
    ("Ir. Joko, S.H., M.Si. menjabat kepala dinas.", None),
    ("Kapt. Andi dan Brigjen. Budi memimpin operasi.", None),
    ("Kombes Pol. Andi menjelaskan kasus itu.", None),
    ("Ia dijuluki Mr. Bean oleh teman-temannya.", None),
    ("Terima kasih, Pak. Sampai jumpa.", ["Terima kasih, Pak.", "Sampai jumpa."]),
    # addresses, dates and other words before a number or a name
    ("Ia tinggal di Jl. Merdeka No. 5 Jakarta.", None),
    ("Sekolah itu berdiri di Kec. Tanah Abang, Kab. Bekasi.", None),
    ("Ia lahir tgl. 5 Mei.", None),
    ("Tanggal 5 Jan. 2023 rapat digelar.", None),
    ("Sidang ditunda (lihat hlm. 5). Hakim keluar.", ["Sidang ditunda (lihat hlm. 5).", "Hakim keluar."]),
    # lists that may or may not end the sentence
    ("Harga beras, gula, dll. naik tajam.", None),
    ("Pasar menjual beras, gula, dll. Harga naik tajam.", ["Pasar menjual beras, gula, dll.", "Harga naik tajam."]),
    ("Sayur, buah, dsb. Semua tersedia.", ["Sayur, buah, dsb.", "Semua tersedia."]),
    # company suffixes
    ("Saham PT Telkom Tbk. naik 2 persen.", None),
    ("Saham itu milik PT Telkom Tbk. Perusahaan mencatat laba.",
     ["Saham itu milik PT Telkom Tbk.", "Perusahaan mencatat laba."]),
    ("Saham Sampoerna Printing Co. Ltd. (Jiangsu) dibeli.", None),
    # numbers
    ("Harga naik menjadi Rp 28.500 per kilogram. Warga mengeluh.",
     ["Harga naik menjadi Rp 28.500 per kilogram.", "Warga mengeluh."]),
    ("Inflasi 1,5 persen. Angka itu rendah.", ["Inflasi 1,5 persen.", "Angka itu rendah."]),
    ("Rapat dimulai pukul 21.20 WIB. Semua hadir.", ["Rapat dimulai pukul 21.20 WIB.", "Semua hadir."]),
    ("Nilai pi kira-kira 3.14 dan dibulatkan.", None),
    ("Nomor kontak: 0812-345-678. Hubungi segera.", ["Nomor kontak: 0812-345-678.", "Hubungi segera."]),
    # initials and Roman numerals
    ("Presiden B.J. Habibie meninggal dunia.", None),
    ("Susilo B. Yudhoyono memberi sambutan.", None),
    ("Kelas X. Berbagai fasilitas tersedia.", ["Kelas X.", "Berbagai fasilitas tersedia."]),
    ("Perang Dunia II. Setelah itu damai.", ["Perang Dunia II.", "Setelah itu damai."]),
    # URLs and e-mail addresses
    ("Info di www.kcna.kp. Situs itu diblokir.", ["Info di www.kcna.kp.", "Situs itu diblokir."]),
    ("Kirim ke redaksi@kabar.id. Kami akan membalas.", ["Kirim ke redaksi@kabar.id.", "Kami akan membalas."]),
    ("Kunjungi https://contoh.go.id/berita/2023. Di sana ada data.",
     ["Kunjungi https://contoh.go.id/berita/2023.", "Di sana ada data."]),
    # quotations (UD convention: the closing quote stays with its sentence)
    ("“Kami siap,” kata dia. Ia lalu pergi.", ["“Kami siap,” kata dia.", "Ia lalu pergi."]),
    ("“Saya setuju.” Ujarnya kepada wartawan.", ["“Saya setuju.”", "Ujarnya kepada wartawan."]),
    ("“Saya setuju.” ujarnya.", None),
    ("Ia berkata: “Saya setuju.” Lalu ia pergi.", ["Ia berkata: “Saya setuju.”", "Lalu ia pergi."]),
    ("Menurut dia, “Perang harus berakhir. Rakyat sudah lelah.” Ia pun pergi.",
     ["Menurut dia, “Perang harus berakhir. Rakyat sudah lelah.”", "Ia pun pergi."]),
    ('"Kami menolak. Ini tidak adil," kata Ketua DPR.', None),
    ('"Ini tidak adil." Ketua DPR lalu pergi.', ['"Ini tidak adil."', "Ketua DPR lalu pergi."]),
    ("“Siapa yang datang?” tanya Budi.", None),
    ('Layar 17" itu mahal. "Kami kecewa," kata warga.', ['Layar 17" itu mahal.', '"Kami kecewa," kata warga.']),
    ("“Kami lelah. Perang harus berakhir.", ["“Kami lelah.", "Perang harus berakhir."]),
    ("Ia menyebut ‘perang dingin’. Lalu pergi.", ["Ia menyebut ‘perang dingin’.", "Lalu pergi."]),
    # question and exclamation marks
    ("Apa kabar? Baik-baik saja!", ["Apa kabar?", "Baik-baik saja!"]),
    ("Benarkah itu?! Tidak mungkin.", ["Benarkah itu?!", "Tidak mungkin."]),
    # ellipses
    ("Ia menunggu... lalu pergi.", None),
    ("Ia menunggu... Kemudian ia pergi.", ["Ia menunggu...", "Kemudian ia pergi."]),
    ("Ia menunggu… Kemudian ia pergi.", ["Ia menunggu…", "Kemudian ia pergi."]),
    ("Kata-kata itu ... dan seterusnya.", None),
    # lower case after a period continues the sentence
    ("Pemerintah menaikkan harga. kemudian warga protes.", None),
    # line breaks and paragraphs
    ("Paragraf satu tanpa titik\nParagraf dua.", ["Paragraf satu tanpa titik", "Paragraf dua."]),
    ("Judul Berita\n\nIsi berita di sini. Kalimat kedua.", ["Judul Berita", "Isi berita di sini.", "Kalimat kedua."]),
    ("Ia datang.\r\nIa pergi.", ["Ia datang.", "Ia pergi."]),
    ("1. Pendahuluan", None),
    ("Ada dua syarat, yaitu: 1. Sehat, 2. Lulus tes.", None),
    ("Ia masuk urutan 2. Timnya kecewa.", ["Ia masuk urutan 2.", "Timnya kecewa."]),
    ("   Spasi di awal. Dan di akhir.   ", ["Spasi di awal.", "Dan di akhir."]),
    ("", []),
    (" \n\t \n", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sentences_split_cases(text, expected):
    """``None`` means the whole (trimmed) text is one sentence."""
    assert _pieces(text) == ([text.strip()] if expected is None else expected)


# Characters that exercise every rule: terminators, quotes, brackets, breaks, odd spaces.
_ALPHABET = "aB. ?!…\"“”'()\n\r\t\xa0\u2028x9,:"


@hsettings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet=_ALPHABET), st.text()))
def test_sentences_spans_are_ordered_trimmed_and_cover_text(text):
    spans = split_sentences(text)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        covered.update(range(start, end))
        previous_end = end
    assert covered >= {i for i, ch in enumerate(text) if not ch.isspace()}


def test_sentences_stage_fills_document():
    doc = Document(id="x", source=Source(), raw="", text="Ia datang. Dr. Budi pergi.\nSelesai")
    out = sentences_stage(doc, Settings())
    assert [out.sentence_text(i) for i in range(len(out.sentences))] == ["Ia datang.", "Dr. Budi pergi.", "Selesai"]


def _benchmark():
    """The UD benchmark module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("kabar_bench_sentences", REPO / "benchmarks" / "sentences.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_sentences_csui_f1_floor():
    if not CSUI_TEST.is_file():
        pytest.skip(f"UD Indonesian-CSUI not found at {CSUI_TEST}; needs the shared data folder")
    bench = _benchmark()
    score = bench.score(bench.load(CSUI_TEST), split_sentences)
    assert score.f1 >= CSUI_F1_FLOOR
