"""Quantities found in sentences of our own: value, unit, modifier, and what is left out."""
import pytest

from kabar.quantities import find_quantities

# (sentence, text, value, unit, modifier)
FOUND = [
    ("BMKG merilis kekuatan gempa M6,2 sebelum memutakhirkannya.", "M6,2", 6.2, "magnitudo", None),
    ("Gempa bermagnitudo 5,4 terjadi lagi.", "5,4", 5.4, "magnitudo", None),
    ("Sekitar 28.500 tentara AS ditempatkan di sana.", "28.500 tentara", 28500, "tentara", "approx"),
    ("Pemerintah mengirim 250 ribu tentara ke perbatasan.", "250 ribu tentara", 250000, "tentara", None),
    ("Lebih dari 180.000 orang mengungsi.", "180.000 orang", 180000, "orang", "more_than"),
    ("Banjir merendam 1,5 juta rumah warga.", "1,5 juta rumah", 1500000, "rumah", None),
    ("Perang itu menelan tiga juta korban jiwa.", "tiga juta korban jiwa", 3000000, "korban jiwa", None),
    ("Seratus mahasiswa berunjuk rasa.", "Seratus mahasiswa", 100, "mahasiswa", None),
    ("Sebelas pemain turun ke lapangan.", "Sebelas pemain", 11, "pemain", None),
    ("Ada dua puluh lima peserta yang hadir.", "dua puluh lima peserta", 25, "peserta", None),
    ("Ratusan ribu orang turun ke jalan.", "Ratusan ribu orang", [100000, 999999], "orang", "vague"),
    ("Jutaan warga terdampak kekeringan.", "Jutaan warga", [1000000, 9999999], "warga", "vague"),
    ("Kerugian mencapai ratusan miliar.", "ratusan miliar", [100000000000, 999999999999], None, "vague"),
    ("Belasan rumah terbakar semalam.", "Belasan rumah", [11, 19], "rumah", "vague"),
    ("Gempa itu merusak 1.240 rumah di kecamatan itu.", "1.240 rumah", 1240, "rumah", None),
    ("Kerugian negara ditaksir Rp3,85 miliar.", "Rp3,85 miliar", 3850000000, "IDR", "approx"),
    ("Satu orang tewas dalam kecelakaan itu.", "Satu orang", 1, "orang", None),
    ("Suhu udara mencapai 20.2 derajat.", "20.2 derajat", 20.2, "derajat", None),
    ("Suhu udara sekitar 20,2°C pagi ini.", "20,2°C", 20.2, "°C", "approx"),
    ("Nilai ekspor naik 1.234,5 ton.", "1.234,5 ton", 1234.5, "ton", None),
    ("Sebanyak 200 WNI dievakuasi dari kota itu.", "200 WNI", 200, "wni", None),
    ("Jalan itu sepanjang 5km menuju desa.", "5km", 5, "km", None),
    ("Kasus korupsi menara BTS 8 triliun masuk babak baru.", "8 triliun", 8000000000000, None, None),
    # a headline opening the text: its edge is no slash ("210 Instansi ..."), and a counted noun that looks
    # like a verb form is still counted ("Lima Menteri ...")
    ("120 Sekolah Rusak Diterjang Banjir Bandang", "120 Sekolah", 120, "sekolah", None),
    ("Empat Menteri Dicopot, Istana Beri Penjelasan", "Empat Menteri", 4, "menteri", None),
    ("Presiden melantik tiga menteri baru di istana.", "tiga menteri", 3, "menteri", None),
    ("Gempa Guncang Cianjur, 1.240 Rumah Rusak Berat", "1.240 Rumah", 1240, "rumah", None),
    ("Korut telah melakukan tiga kali uji coba rudal.", "tiga kali uji coba", 3, "uji coba", None),
    ("Mereka meluncurkan sekitar 100 uji coba misil.", "100 uji coba", 100, "uji coba", "approx"),
    ("Bantuan senilai hingga $345 juta disetujui.", "$345 juta", 345000000, "USD", "up_to"),
    ("Kongres menyetujui $1 miliar untuk Taiwan.", "$1 miliar", 1000000000, "USD", None),
    ("Dana sebesar US$ 5 juta dicairkan.", "US$ 5 juta", 5000000, "USD", None),
    ("Harga naik menjadi Rp 10.000 per kilogram.", "Rp 10.000", 10000, "IDR", None),
    ("Anggaran mencapai Rp2,3 triliun tahun ini.", "Rp2,3 triliun", 2300000000000, "IDR", None),
    ("Investasi itu bernilai 5 juta dolar AS.", "5 juta dolar AS", 5000000, "USD", None),
    ("China mengucurkan 10 miliar yuan.", "10 miliar yuan", 10000000000, "CNY", None),
    ("Proyek itu menelan 3 juta euro.", "3 juta euro", 3000000, "EUR", None),
    ("Inflasi naik 2,5 persen.", "2,5 persen", 2.5, "%", None),
    ("Pertumbuhan ekonomi 5% tahun lalu.", "5%", 5, "%", None),
    ("Setidaknya empat drone dikirim.", "empat drone", 4, "drone", "at_least"),
    ("Empat sumber mengatakan paket itu segera dikirim.", "Empat sumber", 4, "sumber", None),
    ("Hampir 500 rumah rusak.", "500 rumah", 500, "rumah", "almost"),
    ("Kurang dari 20 kursi tersisa.", "20 kursi", 20, "kursi", "less_than"),
    ("Ledakan terdengar 10-15 detik kemudian.", "10-15 detik", [10, 15], "detik", None),
    ("Sebanyak 10 hingga 15 orang terluka.", "10 hingga 15 orang", [10, 15], "orang", None),
    ("China memperingati 70 tahun keterlibatannya.", "70 tahun", 70, "tahun", None),
    ("Acara peringatan 65 tahun itu sederhana.", "65 tahun", 65, "tahun", None),
    ("Kakek itu berusia 90 tahun.", "90 tahun", 90, "tahun", None),
    ("Mereka merayakan hari jadi militernya yang ke 70.", "ke 70", 70, "hari jadi", None),
    ("Pyongyang merayakan peringatan ke-70 kemenangan.", "ke-70", 70, "peringatan", None),
    ("Upacara HUT ke-77 RI digelar meriah.", "ke-77", 77, "HUT", None),
    ("Gempa menewaskan 2.300 orang.", "2.300 orang", 2300, "orang", None),
    ("Mereka menyita 5 ton sabu.", "5 ton", 5, "ton", None),
    ("Kapal itu membawa 1.200 penumpang.", "1.200 penumpang", 1200, "penumpang", None),
    ("Dua pemakaman dikunjungi pemimpin itu.", "Dua pemakaman", 2, "pemakaman", None),
    ("Jumlah pengungsi mencapai 1.500.", "1.500", 1500, None, None),
    ("Polisi menangkap sekitar 50 tersangka.", "50 tersangka", 50, "tersangka", "approx"),
]


@pytest.mark.parametrize("sentence, text, value, unit, modifier", FOUND)
def test_found(sentence, text, value, unit, modifier):
    found = find_quantities(sentence)
    assert len(found) == 1, found
    q = found[0]
    assert (q.text, q.value, q.unit, q.modifier) == (text, value, unit, modifier)
    assert sentence[q.start:q.end] == q.text


# Sentences with no quantity: years, dates, times, durations, ordinals, determiners.
NOTHING = [
    "Gempa kedua terasa 02.17 WIB di kota itu.",
    "Perang itu berlangsung pada tahun 1950.",
    "Perang Korea 1950-1953 menewaskan banyak orang.",
    "Perang Korea 1950-53 belum berakhir.",
    "Hubungan itu terjalin sejak 1930-an.",
    "Media melaporkan pada Kamis (22/10/2020).",
    "Kapal tiba di Busan pada 18 Juli.",
    "Acara dimulai pukul 21:20 WIB.",
    "Perang tiga tahun itu menghancurkan negeri.",
    "Kapal selam itu datang untuk pertama kalinya dalam empat dekade.",
    "Dunia berubah selama satu abad terakhir.",
    "Lima tahun lalu hubungan itu buruk.",
    "Ini adalah salah satu konflik paling tegang.",
    "Gencatan senjata membagi semenanjung menjadi dua.",
    "Kedua negara menandatangani perjanjian.",
    "Ini kunjungan kedua pejabat itu.",
    "Di satu sisi, pemerintah ingin berdamai.",
    "Ia menjadi satu-satunya kandidat.",
    "Sesuai pasal 5 undang-undang itu.",
    "Ia tinggal di lantai 3 gedung itu.",
    "Pandemi Covid-19 mengubah segalanya.",
    "Pesawat F-16 itu jatuh.",
    "Skor akhir pertandingan itu 21-14, 18-21, 21-16 untuk tim tamu.",
    "Ia menang 3-1 atas juara bertahan.",
    "Kasus korupsi paket 1, 2, 3, 4, dan 5 proyek itu masih disidik.",
    "Pesawat dengan nomor penerbangan SJ 182 hilang kontak.",
    "Operator memperluas jaringan 4G ke seluruh desa.",
    "Konferensi digelar di gedung Nusa Dua Convention Center tahun ini.",
    "Pesawat terakhir terpantau di koordinat 05 46.15 S - 107 07.16 E sebelum hilang.",
    "Foto itu diunggah ke situs contoh.com/media/600/files pada pagi hari.",
    "Warga bernama Siti (53) menyaksikan kejadian itu.",
    "Kapal itu sudah berusia 26 tahun 7 bulan saat tenggelam.",
    "Hingga 23.30 waktu setempat tim masih mencari korban.",
    "Ajang dua tahunan itu kembali digelar di Bangkok.",
    "1. Budi Santoso, ketua rombongan pendaki.",
    "Dewan Keamanan mengesahkan Resolusi 2803 tentang gencatan senjata.",
    "Pada peringatan ke-2 tidak ada parade.",
]


@pytest.mark.parametrize("sentence", NOTHING[:-1])
def test_nothing(sentence):
    assert find_quantities(sentence) == []


def test_anniversary_ordinal_still_counts():
    assert [q.value for q in find_quantities(NOTHING[-1])] == [2]


def test_offsets_inside_a_longer_text():
    text = "Judul.\n\nSekitar 28.500 tentara dan 250 ribu warga."
    found = find_quantities(text)
    assert [text[q.start:q.end] for q in found] == ["28.500 tentara", "250 ribu warga"]


def test_a_list_without_spaces_gives_each_item_its_unit():
    """The issue-11 crash: "1,2,5 persen" is three percentages, not an error."""
    found = find_quantities("Harga naik menjadi 1,2,5 persen.")
    assert [(q.text, q.value, q.unit) for q in found] == [("1", 1, "%"), ("2", 2, "%"), ("5 persen", 5, "%")]


def test_numbers_listed_before_a_percentage_share_it():
    found = find_quantities("Suku bunga naik 1, 2 dan 5 persen dalam tiga tahap.")
    assert [(q.text, q.value, q.unit) for q in found if q.unit == "%"] == [("1", 1, "%"), ("2", 2, "%"), ("5 persen", 5, "%")]


def test_a_list_of_labels_without_spaces_is_no_quantity():
    assert find_quantities("Ia dijerat pasal 1,2,3 undang-undang itu.") == []


# (sentence, what the quantity measures)
MEASURED = [
    ("Gempa itu membuat 1.240 rumah rusak berat.", "rumah rusak"),
    ("Kerugian negara mencapai Rp3,85 miliar.", "Kerugian negara"),
    ("Inflasi naik 2,5 persen tahun ini.", "Inflasi"),
    ("Gempa M6,2 mengguncang kota itu.", "Gempa"),
    ("Sebanyak 12 orang tewas.", "orang tewas"),
    ("Jumlah pengungsi mencapai 1.500.", "Jumlah pengungsi"),
]


@pytest.mark.parametrize("sentence, what", MEASURED)
def test_measured(sentence, what):
    assert [q.measured for q in find_quantities(sentence)] == [what]


def test_glued_magnitudes_and_tokens_never_give_one_quantity_twice():
    """A magnitude glued to its sign ("M6,2") stands once, among many, in linear time."""
    from kabar.quantities.extract import find_quantities
    text = "Gempa M6,2 mengguncang Palu dan 3 rumah rusak. " * 50
    found = find_quantities(text)
    assert len({q.start for q in found}) == len(found)
    assert sum(q.text == "M6,2" for q in found) == 50
