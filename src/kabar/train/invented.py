"""Invented news pages for the line classifier: every kind of boilerplate the rules know, in context.

The devnews gold holds few examples of some kinds (comment forms, copyright footers,
pagination, tags, share bars) and some body shapes (schedules with dates, numbered
lists, a list repeated for a second recipe, short subheadings). These pages, written for
kabar and built deterministically from the lists below, put each kind between body
paragraphs, in a page header or a footer, so the model learns a weight for every rule and
cue. All text here is invented: the outlets, people and events do not exist.
"""
from __future__ import annotations

import random

from .pagegold import GoldPage

OUTLETS = ("Warta Borneo", "KabarSenja.com", "Suara Lembah", "Harian Tenggara", "PortalKota.id", "Nusa Kini")
PLACES = ("Samarinda", "Kendari", "Palu", "Jambi", "Mataram", "Ternate", "Sorong", "Bengkulu")

TITLES = (
    "Jembatan Gantung Putus, Warga Dua Desa Terisolasi",
    "Harga Cabai Rawit Tembus Rp 90 Ribu per Kilogram",
    "Pemkot Buka Posko Pengungsian di Tiga Kecamatan",
    "Festival Perahu Naga Kembali Digelar Setelah Lima Tahun",
    "Polisi Tangkap Pelaku Pencurian Kabel Listrik di Pelabuhan",
    "Sekolah Terapung Pertama Diresmikan di Muara Sungai",
    "Bupati Janjikan Air Bersih untuk 12 Desa Tahun Ini",
    "Tim Voli Putri Daerah Juara Turnamen Antarprovinsi",
)

PARAGRAPHS = (
    "Warga Desa Sungai Lima kini harus menyeberang dengan perahu kecil setelah jembatan gantung satu-satunya putus diterjang arus deras pada Selasa malam.",
    "Kepala desa setempat mengatakan sedikitnya 340 kepala keluarga terdampak dan anak-anak tidak dapat berangkat ke sekolah selama dua hari terakhir.",
    "\u201cKami sudah melapor ke kecamatan sejak pagi, tetapi belum ada petugas yang datang,\u201d kata seorang warga yang ditemui di tepi sungai.",
    "Dinas Pekerjaan Umum menyatakan akan memasang jembatan darurat dari rangka baja paling lambat akhir pekan ini.",
    "Harga cabai rawit di pasar tradisional naik hampir dua kali lipat dalam sepekan karena pasokan dari sentra produksi berkurang akibat hujan.",
    "Pedagang menyebut pembeli kini hanya membeli seperempat kilogram, padahal biasanya mereka membeli satu kilogram sekaligus.",
    "Pemerintah kota berencana menggelar operasi pasar di lima titik mulai Senin depan dengan harga di bawah harga pasar.",
    "Menurut data Badan Penanggulangan Bencana Daerah, air mulai naik sejak Minggu dini hari dan merendam 1.200 rumah.",
    "Para pengungsi membutuhkan selimut, makanan siap saji, air bersih, dan obat-obatan untuk anak-anak.",
    "Festival tahun ini diikuti 24 tim dari berbagai kabupaten, masing-masing membawa perahu sepanjang dua belas meter.",
    "Panitia memperkirakan lebih dari sepuluh ribu penonton akan memadati tepian sungai selama tiga hari perlombaan.",
    "Polisi mengamankan dua orang tersangka beserta 150 meter kabel tembaga yang dipotong dari gudang pelabuhan.",
    "Kedua tersangka dijerat pasal pencurian dengan pemberatan dengan ancaman hukuman tujuh tahun penjara.",
    "Sekolah terapung itu dibangun di atas ponton dan dapat menampung 60 murid dalam tiga ruang kelas.",
    "Bupati menargetkan jaringan pipa air bersih rampung sebelum musim kemarau tiba.",
    "Anggaran proyek tersebut mencapai Rp 14,5 miliar dari dana alokasi khusus.",
    "Tim voli putri daerah menang 3-1 atas juara bertahan dalam laga final yang berlangsung sengit.",
    "Pelatih mengaku puas karena para pemain muda tampil tanpa beban sepanjang turnamen.",
    "Ia menambahkan, evaluasi akan dilakukan setelah seluruh laporan dari kecamatan masuk.",
    "Sebelumnya, warga sudah tiga kali mengusulkan perbaikan jembatan dalam musyawarah desa.",
)

# Body lines that look like boilerplate to a careless rule (dates, lists, short lines, repeats).
TRICKY_BODY = (
    "Jadwal: Sabtu, 12 Agustus 2023, pukul 19.00 WIB",
    "Pendaftaran dibuka Senin, 7 Agustus 2023 hingga Jumat, 11 Agustus 2023.",
    "1. Siapkan 200 gram tepung terigu.",
    "2. Tambahkan dua butir telur dan aduk rata.",
    "3. Panggang selama 25 menit.",
    "Bahan:",
    "Warga mengungsi ke masjid terdekat",
    "Langkah Pemerintah",
    "Kronologi Kejadian",
    "Apa kata warga?",
    "Demikian disampaikan Kepala Dinas dalam keterangan tertulis, Rabu (9/8/2023).",
    "Laga final digelar di GOR Segiri, Minggu, 20 Agustus 2023.",
)

BOILERPLATE = {
    "related_link": ("Baca Juga: Banjir Rendam Tiga Desa di Hulu Sungai", "BACA JUGA: Harga Beras Naik Lagi",
                     "Baca juga Dua Tersangka Pencurian Kabel Ditahan", "Lihat Juga: Video Jembatan Putus",
                     "Berita Terkait: Operasi Pasar Digelar di Lima Titik", "Baca: Sekolah Terapung Jadi Percontohan"),
    "byline": ("Penulis: Rina Wulandari", "Editor: Dedi Kurniawan", "Reporter: Yusuf Hamdan | Editor: Sari Dewi",
               "Laporan Wartawan Warta Borneo, Rahmat Hidayat", "Penulis : Anisa Putri Editor : Bambang S",
               "Oleh: Farhan Maulana"),
    "source": ("Sumber: Antara", "Sumber : Reuters / AFP"),
    "tags": ("Tags: banjir, jembatan, samarinda", "Topik: harga cabai", "Tag", "Kata Kunci: festival perahu"),
    "pagination": ("Halaman: 1 2 3", "Halaman selanjutnya", "Selanjutnya »", "Page 1 2 3 Next"),
    "section": ("Artikel Pilihan", "Berita Terpopuler", "Terkini", "Berita Lainnya", "Rekomendasi untuk Anda"),
    "comment_form": ("Leave a Reply", "Tinggalkan Balasan", "Komentar",
                     "Your email address will not be published. Required fields are marked *",
                     "Alamat email Anda tidak akan dipublikasikan."),
    "share": ("Bagikan: Facebook Twitter WhatsApp", "Simak berita lainnya di Google News",
              "Ikuti saluran WhatsApp Warta Borneo untuk update berita terkini", "Share:", "Facebook Twitter WhatsApp Telegram"),
    "read_more": ("Baca selengkapnya", "Read Entire Article", "Baca artikel selengkapnya di sini"),
    "copyright": ("© 2024 Warta Borneo. All rights reserved.", "Copyright 2023 KabarSenja.com",
                  "Hak Cipta © Suara Lembah 2024"),
    "advertisement": ("ADVERTISEMENT", "Advertisement", "SCROLL TO CONTINUE WITH CONTENT", "Iklan"),
    "caption": ("Foto: Dok. Humas Pemkot", "(Foto: Antara/Rina)", "Ilustrasi banjir. (Istimewa)",
                "Warga menyeberangi sungai dengan perahu setelah jembatan gantung putus, Rabu (9/8/2023). (Foto: Rahmat/Warta Borneo)",
                "Dok. Pribadi", "Tangkapan layar video warga"),
    "dateline": ("Selasa, 8 Agustus 2023 10:15 WIB", "08/08/2023, 10:15 WIB", "Warta Borneo daerah | 8 Agustus 2023, 21:20 WIB",
                 "Rabu, 9 Agu 2023, 07:45 WITA", "- 9 Agustus 2023, 12:14 WIB"),
    "widget": ("Menu", "Mode Gelap", "Ukuran Font: - +", "Views: 1.204", "URL berhasil dicopy", "Live Update",
               "![gambar utama]()", "single-image", "Subscribe"),
}
# Headlines of other stories, as portals list them between paragraphs or under the article.
OTHER_HEADLINES = (
    "Dua Kapal Nelayan Hilang Kontak di Perairan Selatan",
    "Gubernur Resmikan Pasar Modern di Ibu Kota Kabupaten",
    "Viral, Sopir Angkot Kembalikan Dompet Berisi Uang Puluhan Juta",
    "Harga Emas Hari Ini Turun Tipis, Cek Daftarnya",
    "Timnas U-17 Menang Telak di Laga Uji Coba",
    "Ini Jadwal Pemadaman Listrik di Lima Kecamatan Pekan Depan",
    "Kebakaran Gudang Kopra, Kerugian Ditaksir Miliaran Rupiah",
    "Wali Kota Larang ASN Gunakan Mobil Dinas untuk Mudik",
    "Cuaca Ekstrem, BMKG Minta Warga Pesisir Waspada Gelombang Tinggi",
    "Resep Ikan Bakar Bumbu Kuning yang Gurih dan Mudah Dibuat",
)
# Subheadings inside an article: body, not boilerplate.
SUBHEADINGS = ("Jembatan Darurat", "Pasokan Berkurang", "Bantuan Mulai Datang", "Respons Pemerintah Daerah",
               "Menunggu Anggaran Perubahan", "Dua Tersangka Ditahan", "Target Rampung Tahun Ini")
# Photo credits and the descriptive captions under a page's lead photo (no "Foto:" cue).
CREDITS = ("Warta Borneo/Rahmat Hidayat", "ANTARA FOTO/Budi Santoso", "Dok. Humas Pemkot Palu", "Istimewa",
           "Tangkapan layar YouTube", "KabarSenja.com/Anisa Putri", "Shutterstock")
CAPTIONS = (
    "Petugas memeriksa sisa jembatan gantung yang putus di Desa Sungai Lima, Rabu (9/8/2023).",
    "Seorang pedagang menata cabai rawit di lapaknya di Pasar Segiri, Samarinda, Senin (7/8/2023)",
    "Warga mengantre bantuan di posko pengungsian Kecamatan Palu Barat, Minggu pagi.",
    "Suasana lomba perahu naga di tepian Sungai Batanghari pada hari pertama festival.",
    "Kedua tersangka pencurian kabel dihadirkan dalam konferensi pers di Mapolres, Kamis (10/8/2023).",
)
DECKS = (
    "Jembatan itu satu-satunya akses warga dua desa menuju pusat kecamatan.",
    "Kenaikan harga dipicu hujan yang merusak panen di sentra produksi.",
    "Sebanyak 1.200 rumah terendam dan ratusan warga mengungsi ke sekolah.",
    "Ajang tahunan itu sempat terhenti karena pandemi dan kekurangan dana.",
)
NUMBERED = ("1. Warga diminta menjauhi tepian sungai selama hujan deras.", "2. Anak-anak tidak boleh menyeberang tanpa pendamping.",
            "3. Laporkan kerusakan jembatan lain ke kantor desa.")
WHOLE_PAGE_TAIL = ("tags", "share", "copyright", "comment_form", "pagination")
N_PAGES = 80
BARE_SHARE = 0.25
SEED = 11


def invented_pages(n: int = N_PAGES, seed: int = SEED) -> list[GoldPage]:
    """``n`` pages with 0/1 labels on every non-empty line (the headline left unlabelled)."""
    rng = random.Random(seed)
    return [_page(rng, k) for k in range(n)]


def _page(rng: random.Random, k: int) -> GoldPage:
    if rng.random() < BARE_SHARE:
        return _bare_page(rng, k)
    title = rng.choice(TITLES)
    lines = _header(rng, title) + _body(rng) + _footer(rng)
    if rng.random() < 0.3:
        at = [t for t, _ in lines].index(title) + 1
        lines.insert(rng.randint(at, len(lines)), (title, 1))  # the headline repeated
    if rng.random() < 0.5:
        lines = [x for pair in zip(lines, [("", None)] * len(lines)) for x in pair]
    return GoldPage(f"invented{k:03d}", "invented", [t for t, _ in lines],
                    {i: lab for i, (t, lab) in enumerate(lines) if t.strip() and lab is not None}, title)


def _bare_page(rng: random.Random, k: int) -> GoldPage:
    """A pasted text: one to three paragraphs, no headline, a stray credit or link line anywhere."""
    lines: list[tuple[str, int | None]] = [(p, 0) for p in rng.sample(PARAGRAPHS + TRICKY_BODY[:2], rng.randint(1, 3))]
    for _ in range(rng.randint(1, 2)):
        kind = rng.choice(sorted(BOILERPLATE))
        lines.insert(rng.randint(0, len(lines)), (rng.choice(BOILERPLATE[kind]), 1))
    return GoldPage(f"invented{k:03d}", "invented", [t for t, _ in lines],
                    {i: lab for i, (t, lab) in enumerate(lines) if lab is not None}, None)


def _header(rng: random.Random, title: str) -> list[tuple[str, int | None]]:
    """Widgets, section and date, the headline, then deck, credits and the lead photo's caption."""
    out = [(x, 1) for x in _some(rng, ("section", "dateline", "widget"), 0, 2)] + [(title, None)]
    if rng.random() < 0.35:
        out.append((rng.choice(DECKS), 1))
    out += [(x, 1) for x in _some(rng, ("dateline", "byline"), 0, 2)]
    if rng.random() < 0.5:
        pair = [(rng.choice(CREDITS), 1), (rng.choice(CAPTIONS), 1)]
        out += pair if rng.random() < 0.5 else pair[::-1]
    elif rng.random() < 0.3:
        out.append((rng.choice(BOILERPLATE["caption"]), 1))
    return out


def _body(rng: random.Random) -> list[tuple[str, int | None]]:
    """Paragraphs (the first may carry a dateline prefix) with links, ads, subheadings and lists between."""
    paras = rng.sample(PARAGRAPHS, rng.randint(3, 9)) + rng.sample(TRICKY_BODY, rng.randint(0, 2))
    rng.shuffle(paras)
    paras[0] = _prefix(rng) + paras[0]
    out: list[tuple[str, int | None]] = []
    for i, para in enumerate(paras):
        out.append((para, 0))
        roll = rng.random()
        if roll < 0.12:
            out += [(h, 1) for h in rng.sample(OTHER_HEADLINES, rng.randint(1, 3))]
        elif roll < 0.2:
            out += [(rng.choice(("Baca Juga:", "BACA JUGA", "Baca juga:")), 1), (rng.choice(OTHER_HEADLINES), 1)]
        elif roll < 0.3:
            out.append((rng.choice(BOILERPLATE[rng.choice(("related_link", "advertisement", "widget"))]), 1))
        elif roll < 0.38 and i < len(paras) - 1:
            out.append((rng.choice(SUBHEADINGS), 0))
        elif roll < 0.42:
            out += [(x, 0) for x in NUMBERED]
    return out


def _prefix(rng: random.Random) -> str:
    return rng.choice(("", "", f"{rng.choice(PLACES).upper()}, {rng.choice(OUTLETS).upper()} - ",
                       f"{rng.choice(OUTLETS)} - ", f"{rng.choice(PLACES)} ({rng.choice(OUTLETS)}) - ",
                       f"{rng.choice(PLACES).upper()} - "))


def _footer(rng: random.Random) -> list[tuple[str, int | None]]:
    out = [(x, 1) for x in _some(rng, WHOLE_PAGE_TAIL + ("byline", "source", "read_more"), 0, 4)]
    if rng.random() < 0.3:
        out += [(rng.choice(BOILERPLATE["section"]), 1)] + [(h, 1) for h in rng.sample(OTHER_HEADLINES, 3)]
    return out


def _some(rng: random.Random, kinds: tuple[str, ...], low: int, high: int) -> list[str]:
    return [rng.choice(BOILERPLATE[rng.choice(kinds)]) for _ in range(rng.randint(low, high))]
