"""Indonesian abbreviations and sentence-starter words for the sentence splitter.

Entries are written without their final period and compared case-insensitively
(news writes ``Jl.``, ``JL.`` and ``jl.`` alike). Dotted forms keep their inner
periods (``a.n``). The lists were curated by hand; several entries were checked
against the InaNLP sentence-detector abbreviation list (Apache-2.0, pujangga
``resource/sentencedetector/acronym.txt``, read at development time only) and
Indonesian news usage. Words that are also ordinary words (``Pak``, ``hal``,
``Bu``) are deliberately absent: ``Terima kasih, Pak.`` ends a sentence.
"""
from __future__ import annotations

# Abbreviations that stand before a name, a place or a number and so never end
# a sentence: a period after them is never a boundary.
NON_FINAL = frozenset(s.lower() for s in (
    # titles and honorifics
    "Dr", "Dra", "Drs", "drg", "drh", "Prof", "Ir", "H", "Hj", "K.H", "Moh", "Moch", "Mochd", "Muh",
    "Muhd", "Mr", "Mrs", "Ms", "Ny", "Nn", "Tn", "Sdr", "Sdri", "Bpk", "Yth", "Ytc", "Yts", "St",
    "Tb", "Pdt", "Ust", "Rd", "Alm", "Almh", "R.A", "R.M", "R.Ay", "Mgr",
    # military and police ranks, written with a period in some outlets ("Kol"
    # is left out: "kol" is also the word for cabbage)
    "Jend", "Letjen", "Mayjen", "Brigjen", "Letkol", "Kapt", "Lettu", "Letda", "Serka",
    "Sertu", "Serda", "Kopda", "Praka", "Laksda", "Laksma", "Laksdya", "Marsda", "Marsma", "Marsdya",
    "Kombes", "Kompol", "Iptu", "Ipda", "Aiptu", "Aipda", "Bripka", "Brigpol", "Irjen", "Komjen",
    "Pol", "Purn",
    # addresses and administrative areas
    "Jl", "Jln", "Gg", "No", "Kav", "Kab", "Kec", "Kel", "Ds", "Dsn", "Kp", "Prov", "Kompl",
    # things that stand before a number or a name
    "hlm", "Vol", "Rp", "tgl", "Tel", "Telp", "Fax", "Ket", "Ref", "PT", "CV", "UD", "Pte",
    "Jan", "Feb", "Apr", "Jun", "Jul", "Agu", "Agt", "Agst", "Sep", "Sept", "Okt", "Nov", "Nop", "Des",
    # dotted Indonesian and Latin working abbreviations
    "a.n", "u.p", "s.d", "c.q", "d.a", "a.l", "q.q", "i.e", "e.g", "u.b", "p.p", "cf", "vs", "mis",
    "spt", "sbg", "kpd", "utk", "dgn", "yg", "thd", "ttg", "ttd", "a.d", "a.i", "n.b", "p.a",
))

# Abbreviations that often end a sentence (``... pangan, dll.``): a period after
# them is a boundary when a capitalised word follows.
FINAL = frozenset(s.lower() for s in (
    "dll", "dsb", "dst", "dkk", "tsb", "ybs", "sbb", "etc", "al", "cs", "Tbk", "Ltd", "Inc", "Corp",
    "Co", "LLC", "Plc", "Bhd", "red", "Ant",
))

# Words that commonly open an Indonesian sentence (pronouns, connectives,
# prepositions). After an initial (``B.``) or a dotted abbreviation (``A.S.``)
# only one of these makes the period a boundary, since a capitalised name
# usually continues the name (``Susilo B. Yudhoyono``).
STARTERS = frozenset(s.lower() for s in (
    "Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Aku", "Anda", "Beliau", "Pihaknya", "Kini",
    "Namun", "Tetapi", "Tapi", "Akan", "Sementara", "Selain", "Menurut", "Menurutnya", "Dalam",
    "Pada", "Di", "Dari", "Ke", "Untuk", "Dengan", "Oleh", "Ini", "Itu", "Hal", "Sebelumnya",
    "Kemudian", "Selanjutnya", "Sedangkan", "Adapun", "Meski", "Meskipun", "Walaupun", "Walau",
    "Kendati", "Jika", "Kalau", "Bila", "Apabila", "Karena", "Sebab", "Setelah", "Sebelum", "Saat",
    "Ketika", "Sejak", "Hingga", "Sampai", "Bahkan", "Juga", "Ada", "Tak", "Tidak", "Belum", "Sudah",
    "Lalu", "Maka", "Jadi", "Sehingga", "Para", "Sebanyak", "Sekitar", "Seperti", "Yang", "Padahal",
    "Apalagi", "Terkait", "Berdasarkan", "Sebagai", "Selama", "Atas", "Akibatnya", "Demikian",
    "Begitu", "Hanya", "Semua", "Setiap", "Banyak", "Beberapa", "Salah", "Sekarang", "Kemarin",
    "Apakah", "Bagaimana", "Mengapa", "Kenapa", "Apa", "Siapa", "Kapan", "Dimana", "Seorang",
    "Sebuah", "Secara", "Dan", "Atau", "Tentu", "Memang", "Sayangnya", "Rencananya", "Selasa",
    "Senin", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Kedua", "Ketiga", "Pertama", "Hari",
    "Tahun", "Bulan", "Pekan", "Tepat", "Berbagai", "Sesuai", "Terlebih", "Sejumlah", "Sebagian",
    "Mengenai", "Tentang", "Kepada", "Bersama", "Usai", "Seusai", "Selepas", "Menjelang", "Jelang",
    "The", "It", "He", "She", "They", "We", "In", "This", "But",
))
