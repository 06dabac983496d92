"""Quotes in sentences of our own, with entities filled in by hand."""
import pytest

from kabar.model import Document
from kabar.quotes import extract_quotes

from .entity_docs import doc_with

# Surface form -> (type, canonical) used to fill doc.entities for the tests.
ENTITIES = {
    "Kim Jong Un": ("PER", "Kim Jong Un"), "Kim": ("PER", "Kim Jong Un"), "Xi": ("PER", "Xi Jinping"),
    "Joko Widodo": ("PER", "Joko Widodo"), "Jokowi": ("PER", "Joko Widodo"), "Shoigu": ("PER", "Sergei Shoigu"),
    "Sri Mulyani": ("PER", "Sri Mulyani"), "Prabowo": ("PER", "Prabowo Subianto"),
    "KCNA": ("ORG", "KCNA"), "Xinhua": ("ORG", "Xinhua"), "Reuters": ("ORG", "Reuters"),
    "Kementerian Luar Negeri": ("ORG", "Kementerian Luar Negeri"), "BMKG": ("ORG", "BMKG"),
    "Korea Utara": ("GPE", "Korea Utara"), "China": ("GPE", "China"), "Rusia": ("GPE", "Rusia"),
    "Jakarta": ("GPE", "Jakarta"), "Indonesia": ("GPE", "Indonesia"),
}


def make_doc(text: str) -> Document:
    """A document whose entities are every known surface form in the text, longest first."""
    return doc_with(text, ENTITIES)


# (text, quote text, speaker canonical, cue, direct)
QUOTES = [
    ("“Kami siap berunding,” kata Kim.", "Kami siap berunding", "Kim Jong Un", "kata", True),
    ("\"Ekonomi tumbuh kuat,\" ujar Sri Mulyani di Jakarta.", "Ekonomi tumbuh kuat", "Sri Mulyani", "ujar", True),
    ("«Kami tidak akan mundur,» tegas Prabowo.", "Kami tidak akan mundur", "Prabowo Subianto", "tegas", True),
    ("‘Harga akan turun,’ ucap Jokowi.", "Harga akan turun", "Joko Widodo", "ucap", True),
    ("“Situasi aman,” tutur Jokowi kepada wartawan.", "Situasi aman", "Joko Widodo", "tutur", True),
    ("“Ini langkah penting,” imbuh Xi.", "Ini langkah penting", "Xi Jinping", "imbuh", True),
    ("“Pasokan cukup,” tambah Sri Mulyani.", "Pasokan cukup", "Sri Mulyani", "tambah", True),
    ("“Gempa tidak berpotensi tsunami,” jelas BMKG.", "Gempa tidak berpotensi tsunami", "BMKG", "jelas", True),
    ("Jokowi mengatakan bahwa pemerintah akan menaikkan gaji guru.",
     "pemerintah akan menaikkan gaji guru", "Joko Widodo", "mengatakan", False),
    ("Presiden Jokowi mengatakan, pemerintah akan membangun bendungan baru.",
     "pemerintah akan membangun bendungan baru", "Joko Widodo", "mengatakan", False),
    ("Menteri Keuangan Sri Mulyani menegaskan anggaran negara tetap sehat.",
     "anggaran negara tetap sehat", "Sri Mulyani", "menegaskan", False),
    ("Kementerian Luar Negeri menyatakan bahwa semua warga negara Indonesia selamat.",
     "semua warga negara Indonesia selamat", "Kementerian Luar Negeri", "menyatakan", False),
    ("Menurut BMKG, hujan lebat akan turun hingga pekan depan.",
     "hujan lebat akan turun hingga pekan depan", "BMKG", "Menurut", False),
    ("Kim bertemu dengan delegasi Rusia di ibu kota, menurut KCNA.",
     "Kim bertemu dengan delegasi Rusia di ibu kota", "KCNA", "menurut", False),
    ("Korea Utara meluncurkan rudal baru pada Senin, lapor kantor berita KCNA.",
     "Korea Utara meluncurkan rudal baru pada Senin", "KCNA", "lapor", False),
    ("Shoigu mengatakan kepada wartawan: “Kerja sama kita akan semakin kuat.”",
     "Kerja sama kita akan semakin kuat", "Sergei Shoigu", "mengatakan", True),
    ("Xi mengatakan hubungan kedua negara memasuki “babak baru” yang penting bagi kawasan.",
     "hubungan kedua negara memasuki “babak baru” yang penting bagi kawasan", "Xi Jinping", "mengatakan", False),
    ("Dalam pesannya kepada Xi, Kim mengatakan persahabatan kedua negara tidak tergoyahkan.",
     "persahabatan kedua negara tidak tergoyahkan", "Kim Jong Un", "mengatakan", False),
    ("“Saya yakin hubungan ini akan tumbuh,” kata media Rusia mengutip Shoigu.",
     "Saya yakin hubungan ini akan tumbuh", "Sergei Shoigu", "kata", True),
    ("Hal itu disampaikan kantor berita Xinhua, menggambarkan pertemuan itu sebagai “tonggak sejarah”.",
     "tonggak sejarah", "Xinhua", "menggambarkan", True),
    ("Kim menyebut para tentara itu sebagai “pahlawan abadi”.", "pahlawan abadi", "Kim Jong Un", "menyebut", True),
    ("Jokowi datang ke pasar. Ia mengatakan harga beras sudah stabil.",
     "harga beras sudah stabil", "Joko Widodo", "mengatakan", False),
    ("Sri Mulyani hadir di rapat itu. “Defisit masih terjaga,” katanya.",
     "Defisit masih terjaga", "Sri Mulyani", "katanya", True),
    ("KCNA melaporkan Kim menyatakan dukungan penuh untuk “perjuangan yang adil” rakyatnya.",
     "dukungan penuh untuk “perjuangan yang adil” rakyatnya", "Kim Jong Un", "menyatakan", False),
    ("“Kami bekerja keras. Hasilnya akan terlihat tahun depan,” ujar Prabowo.",
     "Kami bekerja keras. Hasilnya akan terlihat tahun depan", "Prabowo Subianto", "ujar", True),
    ("Rusia mengumumkan bahwa Shoigu tiba di Pyongyang dan mengatakan bahwa kunjungannya sangat penting.",
     "kunjungannya sangat penting", "Sergei Shoigu", "mengatakan", False),
]


@pytest.mark.parametrize("text, quote, speaker, cue, direct", QUOTES)
def test_quote(text, quote, speaker, cue, direct):
    named, _ = extract_quotes(make_doc(text))
    match = [q for q in named if q.text == quote]
    assert match, [q.text for q in named]
    q = match[0]
    assert (q.speaker, q.cue, q.direct) == (speaker, cue, direct)
    assert text[q.start:q.end] == q.text


def test_continued_quotation_keeps_speaker():
    text = "“Dunia sedang berubah,” kata Xi. “Kita harus bersiap.”"
    named, _ = extract_quotes(make_doc(text))
    assert [(q.text, q.speaker) for q in named] == [
        ("Dunia sedang berubah", "Xi Jinping"), ("Kita harus bersiap", "Xi Jinping")]


def test_quote_across_paragraphs():
    text = "“Kami siap.\n\nKami tidak takut,” kata Kim."
    named, _ = extract_quotes(make_doc(text))
    assert [q.text for q in named] == ["Kami siap.\n\nKami tidak takut"]


# (text, role) of speakers the text leaves unnamed: speaker null, role kept.
UNNAMED = [
    ("Para analis mengatakan Korea Utara akan menguji rudal lagi.", "Para analis"),
    ("Beberapa ahli mengatakan bahwa ekonomi China melambat.", "Beberapa ahli"),
    ("Empat sumber mengatakan kepada Reuters bahwa kesepakatan sudah dekat.", "Empat sumber"),
    ("Media pemerintah Korea Utara melaporkan bahwa parade digelar malam hari.", "Media pemerintah Korea Utara"),
]


@pytest.mark.parametrize("text, role", UNNAMED)
def test_unnamed_speaker(text, role):
    named, unnamed = extract_quotes(make_doc(text))
    assert named == []
    assert [(q.speaker, q.role) for q in unnamed] == [(None, role)]


# Sentences with quotation marks or cue-like words that hold no quote.
NO_QUOTES = [
    "Korea Utara merayakan gencatan senjata sebagai kemenangan dalam “Perang Pembebasan Tanah Air.”",
    "Rusia menolak sanksi atas “operasi militer khusus” di Ukraina.",
    "KCNA hanya menyampaikan berita singkat tanpa menyebutkan peringatan.",
    "Korea Utara membantah klaim tersebut.",
    "Kata kunci pencarian itu sedang populer.",
    "Kim menyebut para tentara yang gugur itu sebagai pahlawan bangsa.",
    "Kim mengecam tindakan aparat keamanan di perbatasan.",
]


@pytest.mark.parametrize("text", NO_QUOTES)
def test_no_quote(text):
    named, unnamed = extract_quotes(make_doc(text))
    assert named == [] and unnamed == []
