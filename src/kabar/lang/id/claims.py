"""Vocabulary for grouping quantity claims across articles (logic: :mod:`kabar.brief.claims`).

A claim is a number with what it counts. Two articles make the same claim
when they count the same kind of thing, in the same state (dead, injured,
detained ... or just "there were"), about the same party. These lists say
which counted nouns are one kind, and which nearby words put it in a state.
"""
from __future__ import annotations

# Counted nouns that count the same kind of thing: noun -> class name.
COUNTED_CLASSES: dict[str, str] = {
    "tentara": "tentara", "prajurit": "tentara", "pasukan": "tentara", "personel": "tentara",
    "serdadu": "tentara", "anggota militer": "tentara",
    "orang": "orang", "jiwa": "orang", "warga": "orang", "penduduk": "orang", "korban jiwa": "orang",
    "korban": "korban",
    "rumah": "rumah", "unit rumah": "rumah", "bangunan": "bangunan",
    "pengungsi": "pengungsi",
    "penonton": "penonton", "suporter": "penonton",
}

# Words near a number that put what it counts in a state; states split claims
# ("180.000 tentara gugur" is not a count of soldiers sent). Lower-case words as written.
STATE_WORDS: dict[str, str] = {
    "tewas": "died", "meninggal": "died", "gugur": "died", "wafat": "died", "terbunuh": "died",
    "menewaskan": "died", "kematian": "died", "dibunuh": "died", "meninggal dunia": "died",
    "luka": "injured", "terluka": "injured", "cedera": "injured", "luka-luka": "injured",
    "hilang": "missing", "belum ditemukan": "missing",
    "diamankan": "detained", "ditangkap": "detained", "ditahan": "detained", "mengamankan": "detained",
    "menangkap": "detained",
    "tersangka": "suspect",  # not "menetapkan": a KPU sets vote totals, a ministry prices
    "mengungsi": "displaced", "pengungsi": "displaced", "dievakuasi": "displaced",
    "rusak": "damaged", "roboh": "damaged", "hancur": "damaged", "ambruk": "damaged",
    "disita": "seized", "menyita": "seized", "sitaan": "seized",
}
# State verbs whose counted thing is their object, written after them ("menewaskan 62 orang"): one after a
# figure states the next figure's state, not this one's ("62 orang dan melukai ratusan warga").
OBJECT_STATE_VERBS: frozenset[str] = frozenset({
    "menewaskan", "melukai", "mencederai", "membunuh", "menyita", "menangkap", "mengamankan", "menahan",
    "mengevakuasi", "merusak",
})
STATE_WINDOW = 6  # words before the number searched for a state word (within its clause)
# Nouns opening a count's subject: a state right after one states what the clause counts, however far
# before the figure ("jumlah korban meninggal dunia akibat gempa di ... bertambah menjadi 271 orang").
SUBJECT_NOUNS: frozenset[str] = frozenset({"korban", "jumlah", "total", "angka", "data"})

# Units that are not claims about the news (anniversary counts, ages, durations).
SKIP_UNITS: frozenset[str] = frozenset({
    "tahun", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik", "dekade", "abad",
    "peringatan", "hari jadi", "ulang tahun", "hut", "kali", "sumber", "persen poin",
    "wib", "wita", "wit", "sebelum", "sesudah", "setelah", "lalu", "kemudian",
})

# Words skipped when reading the noun phrase a money or percent figure is about
# ("uang pengganti sebesar Rp 3,5 miliar": the topic is "uang pengganti").
TOPIC_FILLERS: frozenset[str] = frozenset({
    "sebesar", "senilai", "sekitar", "sedikitnya", "setidaknya", "kurang", "lebih", "dari", "hingga",
    "sampai", "mencapai", "total", "sebanyak", "adalah", "ialah", "yakni", "yaitu", "berupa", "dengan",
    "menjadi", "capai", "tembus", "di", "ke", "pada", "rp", "sempat", "juga", "hanya", "baru", "selama",
})
# Words of a part of the day written after a date ("Minggu (3/12/2023) sore"): between a date and a measure
# they name nothing measured, and what is measured is read from the words before the date.
PART_OF_DAY_WORDS: frozenset[str] = frozenset({"pagi", "siang", "sore", "malam", "dini", "hari", "subuh", "petang",
                                               "wib", "wita", "wit"})
TOPIC_WORDS = 2  # content words before the figure that name what it is about
TOPIC_WINDOW = 6  # words before the figure searched for them

# Units of measure: what they measure must be read from the words before the figure.
CURRENCY_UNITS: frozenset[str] = frozenset({"IDR", "USD", "SGD", "AUD", "HKD", "EUR", "GBP", "JPY", "MYR", "CNY",
                                            "KRW", "THB", "PHP", "INR", "RUB", "SAR", "BRL", "CHF", "TRY",
                                            "AED", "VND", "TWD"})
# A sum "per" a unit is a price ("Rp 16.800 per kilogram", "Rp 10.000/liter"): it moves from day to day.
PER_UNIT_WORDS: frozenset[str] = frozenset({"per", "/", "sekilo", "seliter"})
# Physical units as one base unit and its factor: "3 km" and "3 ribu meter" are one height.
UNIT_BASES: dict[str, tuple[str, float]] = {
    "km": ("m", 1000), "kilometer": ("m", 1000), "meter": ("m", 1), "m": ("m", 1),
    "kg": ("kg", 1), "kilogram": ("kg", 1), "ton": ("kg", 1000),
    "hektare": ("ha", 1), "ha": ("ha", 1),
}
MEASURE_UNITS: frozenset[str] = CURRENCY_UNITS | frozenset({"%",
                                           # physical measures: "kedalaman 10 km" is not "berjarak 18 km"
                                           "kilometer", "km", "meter", "m", "kilogram", "kg", "hektare", "ha",
                                           "liter", "ton", "derajat", "mil"})

# A sum with a scale word but no currency ("merugikan negara hingga ratusan miliar") is money when the
# words before it say so; in Indonesian news, rupiah.
MONEY_CONTEXT: frozenset[str] = frozenset({
    "merugikan", "kerugian", "rugi", "anggaran", "dana", "uang", "biaya", "senilai", "nilai", "harga",
    "suap", "gratifikasi", "denda", "pendapatan", "utang", "investasi", "modal", "omzet", "aset", "tebusan",
    "korupsi", "dikorupsi",
})
MONEY_SCALE_MIN = 1_000_000  # a bare sum from a million up ("ratusan miliar"), not "ratusan" people
MONEY_WINDOW = 4  # words before the sum read for a money word
DEFAULT_CURRENCY = "IDR"
SCALE_SLIP = 1000  # "ribu" for "juta", "miliar" for "triliun": one figure written with the wrong scale word

# "56 penumpang, termasuk kru": a count said to include another kind of person counts everyone (class
# "orang"); such an explicit total is no loose word for a part.
INCLUSIVE_CUES: frozenset[str] = frozenset({"termasuk", "berikut", "plus"})
INCLUSIVE_WINDOW = 3  # words after the count (a comma aside) searched for the cue
# States of a happening's human toll: counted in them, persons of any kind are one count (the dead).
OUTCOME_STATES: frozenset[str] = frozenset({"died", "injured", "missing"})
PERSON_CLASSES: frozenset[str] = frozenset({"penumpang", "awak", "orang", "pendaki", "peserta", "anggota", "pekerja",
                                            "karyawan", "siswa", "mahasiswa", "wisatawan", "penonton", "jemaah",
                                            "korban", "narapidana", "napi", "tahanan", "binaan", "santri", "pelajar",
                                            "murid", "guru", "anak", "balita", "bayi", "petani", "nelayan", "buruh",
                                            "pengemudi", "pengendara", "prajurit", "tentara", "personel", "polisi",
                                            "demonstran", "pengunjuk", "pemudik", "pengungsi", "pasien", "jemaat"})

# Happenings of one moment, by the words that name them (synonyms mapped to one name): two clock times of
# one day for the same one of these, in one article or two, contradict each other ("lepas landas ... pukul
# 14.36" against "take off ... sekitar pukul 13.30"). An eruption's onset is one moment (a repeated one is
# told so: "kembali erupsi", and an article timing several is a series); a fire lasts (its start and its
# end have two times) and is no moment.
MOMENT_WORDS: dict[str, str] = {
    "lepas landas": "takeoff", "take off": "takeoff", "take-off": "takeoff", "takeoff": "takeoff",
    "mendarat": "landing", "landing": "landing",
    "hilang kontak": "lost_contact", "lost contact": "lost_contact", "putus kontak": "lost_contact",
    "meletus": "eruption", "erupsi": "eruption", "meledak": "explosion", "ledakan": "explosion",
    "tenggelam": "sinking", "karam": "sinking", "ambruk": "collapse", "roboh": "collapse",
}

# -- claims as the claims package reads them (logic: :mod:`kabar.claims`) ---------------------------------

# States whose counts roll as a disaster or a case unfolds: a later, different count of the same thing
# supersedes an earlier one (an update), where a different count of a fixed fact (people on board, the
# climbers on the summit when it erupted) is a disagreement.
ROLLING_STATES: frozenset[str] = frozenset({
    "died", "injured", "missing", "displaced", "damaged", "detained", "suspect", "seized", "found",
    "evacuated", "affected", "cases", "damaged heavily", "damaged moderately", "damaged lightly",
})
# Figures a happening has one of (the magnitude of an earthquake): two of them in one story, neither
# qualified ("susulan", "terkuat"), are one figure.
ONE_PER_HAPPENING: frozenset[str] = frozenset({"magnitudo", "sr", "skala richter"})
# States that only say how a count came about ("ditemukan", "dievakuasi"): a state right after them says
# what was found ("ditemukan meninggal dunia").
PROCESS_STATES: frozenset[str] = frozenset({"found", "evacuated"})
# Counted things whose counts roll whatever their state: vote tallies, case counts, refugees.
ROLLING_THINGS: frozenset[str] = frozenset({"suara", "kasus", "korban", "pengungsi", "pasien", "kursi"})
# Words before a time that make it the time a count holds at ("hingga pukul 14.00", "per Rabu siang").
AS_OF_CUES: frozenset[str] = frozenset({"hingga", "sampai", "per", "terhitung", "sejauh"})
AS_OF_WINDOW = 2
# "..., kata Kepala BPBD Budi di Jakarta, Senin (10/2)": the words that may stand between a speech cue and
# the day it was said (besides capitalised names and titles), and how far back the cue is looked for.
TOLD_FILLERS: frozenset[str] = frozenset({",", "di", "kepada", "wartawan", "media", "awak", "(", ")"})
TOLD_WINDOW = 10
# More states for the claims package (merged into STATE_WORDS by it).
MORE_STATE_WORDS: dict[str, str] = {
    "meninggal dunia": "died", "korban jiwa": "died", "jenazah": "died", "tewas": "died",
    "luka ringan": "injured", "luka berat": "injured", "dirawat": "injured", "melukai": "injured",
    "mencederai": "injured",
    "hilang": "missing", "belum ditemukan": "missing", "dalam pencarian": "missing", "masih dicari": "missing",
    "masih terjebak": "missing", "belum turun": "missing", "belum dievakuasi": "missing",
    "ditemukan": "found", "berhasil ditemukan": "found",
    "dievakuasi": "evacuated", "terdampak": "affected", "terkena dampak": "affected",
    "positif": "cases", "terkonfirmasi": "cases", "terinfeksi": "cases",
    "merusak": "damaged", "merusakkan": "damaged", "menghancurkan": "damaged", "merobohkan": "damaged",
    "rusak berat": "damaged heavily", "rusak sedang": "damaged moderately", "rusak ringan": "damaged lightly",
    "setuju": "approve", "menyetujui": "approve", "disetujui": "approve", "ditolak": "reject", "menyepakati": "approve", "sepakat": "approve",
    "menolak": "reject", "tidak setuju": "reject", "abstain": "abstain",
}
# Words that open another clause: a state after them belongs to it ("... tentara ke Korea untuk mendukung").
CLAUSE_WORDS: frozenset[str] = frozenset({
    "untuk", "agar", "supaya", "karena", "sehingga", "namun", "tetapi", "sedangkan", "sementara", "serta",
    "setelah", "sebelum", "ketika", "saat",
})
# More counted nouns that count one kind of thing (merged into COUNTED_CLASSES by the claims package).
MORE_COUNTED_CLASSES: dict[str, str] = {
    "gim": "gim", "game": "gim", "set": "gim", "babak": "babak",
    "penumpang": "penumpang", "awak": "awak", "kru": "awak",
    "unit rumah": "rumah", "rumah warga": "rumah",
}
MIN_UNIT_LEN = 3  # shorter counted "nouns" that are no known measure are letters, not things ("47th")
# Counted nouns that say little of what is counted ("22 orang"): the noun beside them names it
# ("11 orang pendaki", "penumpang sebanyak 56 orang").
GENERIC_UNITS: frozenset[str] = frozenset({"orang", "jiwa", "unit", "buah", "ekor", "warga", "korban"})
GENERIC_WINDOW = 6  # words before a generic count searched for the noun it counts

# A change the text itself states: "naik dari Rp 10.000 menjadi Rp 12.000", "semula 6,5 tahun, kini 20 tahun".
CHANGE_OLD_CUES: frozenset[str] = frozenset({"semula", "sebelumnya", "awalnya", "mulanya", "tadinya"})
CHANGE_FROM: frozenset[str] = frozenset({"dari"})  # old value when a "to" cue follows in the clause
CHANGE_NEW_CUES: frozenset[str] = frozenset({"menjadi", "jadi", "kini", "sekarang"})
CHANGE_TO: frozenset[str] = frozenset({"ke", "hingga"})  # "dari X ke Y": new value only after a "dari"
CHANGE_VERBS: frozenset[str] = frozenset({
    "naik", "turun", "bertambah", "berkurang", "meningkat", "menurun", "melonjak", "anjlok", "diperberat",
    "diperingan", "dinaikkan", "diturunkan", "berubah", "diubah", "direvisi", "dikoreksi", "menambah",
    "memperberat", "meringankan", "memangkas", "dipangkas", "menunda", "ditunda", "diundur", "mengundur",
    "dimajukan", "memajukan",
})
CHANGE_WINDOW = 8  # words before a figure read for its change cue
# Words saying a count is the latest of a rolling series ("korban tewas bertambah menjadi 30", "data
# terbaru"): beside an earlier, different count of the same thing it is an update, not a conflict.
UPDATE_CUES: frozenset[str] = frozenset({
    "terbaru", "terkini", "update", "pembaruan", "diperbarui", "bertambah", "meningkat", "bertambahnya",
    "melonjak", "kini", "sekarang", "menjadi",
})
# ... of which these say the count rose: a value told so supersedes only a smaller one ("bertambah menjadi 62"
# cannot supersede another outlet's 64).
RISING_CUES: frozenset[str] = frozenset({"bertambah", "meningkat", "bertambahnya", "melonjak", "naik"})

# What a figure is as a statement: an estimate, or a forecast / plan / target rather than a fact.
ESTIMATE_CUES: frozenset[str] = frozenset({
    "diperkirakan", "perkiraan", "diduga", "estimasi", "ditaksir", "taksiran", "kira-kira", "sekitar", "sekira",
})
FORECAST_CUES: frozenset[str] = frozenset({
    "akan", "target", "ditargetkan", "menargetkan", "diprediksi", "memprediksi", "prediksi", "diproyeksikan",
    "proyeksi", "rencana", "direncanakan", "berencana", "dijadwalkan", "bakal", "diharapkan",
})
MODALITY_WINDOW = 6

# Who gives a figure: "menurut BNPB", "data BPBD", "BNPB mencatat ...".
ISSUER_BEFORE: frozenset[str] = frozenset({"menurut", "berdasarkan", "data", "versi", "laporan", "catatan",
                                          "rilis", "keterangan"})
ISSUER_VERBS: frozenset[str] = frozenset({
    "mencatat", "melaporkan", "menyebut", "menyebutkan", "merilis", "mengumumkan", "menyatakan", "mengatakan",
    "memastikan", "mengonfirmasi", "menginformasikan", "menjelaskan", "mendata", "mengungkapkan",
})
ISSUER_TYPES: frozenset[str] = frozenset({"ORG", "PER"})

# A prison term or another legal duration is a claim too ("divonis 12 tahun penjara"); these words in
# its clause make a duration one.
TERM_WORDS: dict[str, str] = {
    "penjara": "penjara", "pidana": "penjara", "vonis": "penjara", "divonis": "penjara", "hukuman": "penjara",
    "dihukum": "penjara", "kurungan": "kurungan", "subsider": "kurungan", "dituntut": "tuntutan",
    "tuntutan": "tuntutan", "menuntut": "tuntutan",
}
TERM_WINDOW = 5  # words around a duration searched for a term word
TERM_PRIORITY = ("tuntutan", "kurungan", "penjara")  # "menuntut hukuman 9 tahun penjara" is a demand
# Words that say a prison term is the court's (a verdict) or the prosecutors' (a demand), read back over the
# sentence when the term's own clause says neither ("lebih ringan dari tuntutan jaksa, yakni 12 tahun penjara").
VERDICT_WORDS: frozenset[str] = frozenset({
    "vonis", "divonis", "memvonis", "dihukum", "menghukum", "menjatuhkan", "dijatuhi", "putusan", "diputus",
    "memutus", "memperberat", "diperberat", "meringankan", "diringankan",
})
DEMAND_WORDS: frozenset[str] = frozenset({"tuntutan", "menuntut", "dituntut", "tuntutannya", "tuntut"})
STAGE_REACH = 12  # words before a term read back for whose term it is
# A prison term the court sets in place of a sum left unpaid (a fine, restitution): "denda Rp500 juta subsider 6
# bulan kurungan", "diganti dengan pidana penjara 10 tahun", "enam bulan penjara lagi jika tak bisa membayar". It
# is a figure of its own (SUBSTITUTE_TERM, the kind a "subsider ... kurungan" term already is), never the sentence
# itself, and its condition is no forecast.
SUBSTITUTE_TERM = "kurungan"
SUBSTITUTE_CUES: frozenset[str] = frozenset({"subsider", "subsidair", "pengganti", "diganti", "digantikan"})
CONDITION_WORDS: frozenset[str] = frozenset({"jika", "apabila", "bila", "kalau", "jikalau", "seandainya"})
CONSEQUENCE_WORDS: frozenset[str] = frozenset({"maka"})  # "jika ..., maka hukuman penjaranya ..."
NEGATION_WORDS: frozenset[str] = frozenset({"tidak", "tak", "belum", "gagal"})
PAYMENT_WORDS: frozenset[str] = frozenset({
    "bayar", "membayar", "dibayar", "dibayarkan", "membayarkan", "melunasi", "dilunasi", "lunas", "mencukupi",
    "menyetor", "disetor",
})
UNPAID_REACH = 8  # words after a condition word within which its negation and its payment verb stand

# Words that make a happening one of a series ("kembali erupsi", "gempa susulan"): its several dates or
# times are several happenings, not one told differently.
REPEAT_CUES: frozenset[str] = frozenset({
    "kembali", "lagi", "susulan", "berulang", "kedua", "ketiga", "keempat", "berikutnya", "selanjutnya",
    "lanjutan", "beruntun", "berturut-turut",
})
# Ordinals that before one of these nouns mean "both", "all three" ("kedua negara", "ketiga pihak"), not a
# repeat ("gempa kedua", "untuk kedua kalinya").
ORDINAL_CUES: frozenset[str] = frozenset({"kedua", "ketiga", "keempat"})
GROUP_NOUNS: frozenset[str] = frozenset({
    "negara", "pihak", "belah", "tim", "pemimpin", "kepala", "menteri", "presiden", "tokoh", "orang", "pasangan",
    "calon", "partai", "perusahaan", "lembaga", "kubu", "kelompok", "korban", "pelaku", "tersangka", "terdakwa",
    "anak", "sisi", "bangsa", "delegasi", "kota", "wilayah", "daerah", "instansi", "organisasi",
    "saksi", "pemain", "klub", "kandidat", "paslon", "perwakilan", "kementerian", "institusi", "kapal",
    "pesawat", "kendaraan", "mobil", "motor", "orangtua", "saudara", "istri", "suami", "kakak", "adik",
})
# Words that make a figure one of a kind within its story: the strongest aftershock, the highest ash
# column, a repeated happening. Such a figure is compared only with figures qualified the same way.
QUALIFIER_WORDS: frozenset[str] = REPEAT_CUES | frozenset({
    "terkuat", "terbesar", "tertinggi", "terendah", "terbanyak", "terkecil", "terparah", "terjauh",
    "maksimal", "minimal", "rata-rata", "awal", "akhir", "total", "sementara",
})
# Qualifiers that are also conjunctions opening a clause ("Sementara itu, ...", "..., sementara 3 orang hilang"):
# there they qualify nothing; only after the noun they qualify ("hasil sementara") do they.
CONJUNCTION_QUALIFIERS: frozenset[str] = frozenset({"sementara"})
# Measures that move from day to day (prices, rates, indexes): compared only when said of one day.
VARYING_WORDS: frozenset[str] = frozenset({
    "harga", "dijual", "kurs", "inflasi", "bunga", "indeks", "ihsg", "saham", "tukar", "cuaca", "suhu",
    "imbal", "yield", "premi", "ongkos", "biaya",
})
HEAD_MATCH = 2  # head words two measures share from which they measure one thing ("impor beras", "beras impor")
# Words of place names that name the kind of place, not which one ("Desa Wanasari" = "Wanasari").
PLACE_KIND_WORDS: frozenset[str] = frozenset({
    "desa", "kelurahan", "kecamatan", "kabupaten", "kab", "kota", "provinsi", "prov", "pulau", "kampung",
    "dusun", "gunung", "sungai", "danau", "teluk", "selat", "laut", "perairan", "kawasan", "wilayah",
    "daerah", "jalan", "jl", "negara", "republik", "utara", "selatan", "barat", "timur", "tengah",
})

# Verbs of gaining or holding: the name right before one owns the figure after it ("Harris memperoleh 226
# suara"); verbs of telling ("mencatat", "menyebut") name an issuer instead.
POSSESSION_VERBS: frozenset[str] = frozenset({
    "memperoleh", "meraih", "mendapat", "mendapatkan", "mengantongi", "mengumpulkan", "mengoleksi",
    "memiliki", "mempunyai", "menguasai", "memenangi", "memenangkan", "merebut", "menyabet",
})
# Words that may stand between such a subject and its verb ("Kamala Harris, yang hanya memperoleh").
SUBJECT_LINKS: frozenset[str] = frozenset({
    "yang", "hanya", "cuma", "berhasil", "sukses", "telah", "sudah", "baru", "juga", "kembali", "masih",
    "mampu", "sempat", "akhirnya", "justru", "pun",
})

# -- durations and counts in words the quantity stage leaves out (logic: :mod:`kabar.claims.extract`) --------

# Units of a duration time value (ISO 8601 designator -> the Indonesian word): "selama 9 bulan" (P9M) is a
# figure of nine months, compared with "sembilan bulan" of the same thing.
DURATION_DESIGNATORS: dict[str, str] = {"Y": "tahun", "M": "bulan", "W": "pekan", "D": "hari"}
# Words of a clock duration ("selama 6 jam", "1,5 jam", "45 menit") -> seconds per unit; compared in seconds.
CLOCK_UNITS: dict[str, int] = {"jam": 3600, "menit": 60, "detik": 1}
CLOCK_BASE = "detik"
# Words that make a duration a window of time a sentence looks back or ahead over ("dalam 5 tahun
# terakhir", "19 tahun lalu", "dua pekan mendatang"), not a figure of the news.
DURATION_WINDOW_WORDS: frozenset[str] = frozenset({
    "terakhir", "belakangan", "mendatang", "lalu", "silam", "yang", "ke", "sebelumnya", "kemudian",
})
# Words of one thing counted once ("seorang pengemudi tewas"): counts the quantity stage leaves to the
# determiner they usually are; a claim only where the sentence gives the counted thing a state.
ONE_COUNT_WORDS: dict[str, str] = {"seorang": "orang"}
# Verbs and words after which a bare number counts what its clause's subject names ("jumlah korban meninggal
# ... bertambah menjadi 62", "korban tewas mencapai 34"): a count of persons where the clause gives a state.
BARE_COUNT_CUES: frozenset[str] = frozenset({"mencapai", "menjadi", "sebanyak", "berjumlah", "tercatat"})
# Words after a number that make it a part of a count told before ("47 di antaranya"): no count of its own.
# Words that may follow a bare count and are not its unit ("menjadi 62 pada Selasa", "mencapai 34 dan ...").
BARE_FOLLOWERS: frozenset[str] = frozenset({
    "pada", "hingga", "sampai", "per", "dan", "sementara", "sedangkan", "akibat", "setelah", "sejak",
    "berdasarkan", "menurut", "kata", "ujar", "dalam", "di", "saat", "usai",
})
PART_OF_WORDS: tuple[str, ...] = ("di antaranya", "diantaranya", "dari jumlah", "di antara")
