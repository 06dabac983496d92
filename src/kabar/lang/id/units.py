"""Indonesian quantity vocabulary: currencies, scale words, hedges, counted-noun rules.

Everything here is lower-cased data; the logic lives in :mod:`kabar.quantities`.
"""
from __future__ import annotations

from .calendar import MULTIPLIERS, TEENS, UNITS

# Scale words after a number ("1,5 juta"), with the short forms news uses.
SCALES: dict[str, int] = {
    "ribu": 1_000, "rb": 1_000, "juta": 1_000_000, "jt": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000,
    "trilyun": 1_000_000_000_000,
}
# Upper-case abbreviations only valid right after a currency amount ("Rp 5 M", "Rp 2 T").
CURRENCY_SCALES: dict[str, int] = {"M": 1_000_000_000, "T": 1_000_000_000_000}

# Number words: units and teens from the calendar module, plus the "se-" forms.
NUMBER_WORDS: dict[str, int] = {**UNITS, **TEENS}
NUMBER_WORDS.pop("se", None)  # the bare prefix is not a word
SE_PREFIX = "se"  # seratus, seribu, sejuta: "se" + multiplier means one of it
WORD_MULTIPLIERS: dict[str, int] = dict(MULTIPLIERS)

# Vague plural numbers: a range from the word's lower bound up to (not including) the next
# order of magnitude, times any scale after it: "ratusan" = 100..999, "ratusan ribu" =
# 100 000..999 999, "jutaan" = 1 000 000..9 999 999 (more would be "puluhan juta").
VAGUE: dict[str, tuple[int, int]] = {
    "belasan": (11, 20), "puluhan": (10, 100), "ratusan": (100, 1_000), "ribuan": (1_000, 10_000),
    "jutaan": (1_000_000, 10_000_000), "miliaran": (1_000_000_000, 10_000_000_000),
    "milyaran": (1_000_000_000, 10_000_000_000), "triliunan": (1_000_000_000_000, 10_000_000_000_000),
}

# Currency symbols written before the amount (lower-cased; "$" alone is the US dollar).
CURRENCY_PREFIXES: dict[str, str] = {
    "rp": "IDR", "rp.": "IDR", "idr": "IDR", "us$": "USD", "$": "USD", "usd": "USD",
    "s$": "SGD", "sgd": "SGD", "a$": "AUD", "hk$": "HKD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "¥": "JPY", "rm": "MYR",
}
# Currency names written after the amount, longest first when matching.
CURRENCY_WORDS: dict[str, str] = {
    "rupiah": "IDR",
    "dolar amerika serikat": "USD", "dollar amerika serikat": "USD", "dolar amerika": "USD",
    "dolar as": "USD", "dollar as": "USD", "dolar a.s.": "USD", "usd": "USD",
    "dolar singapura": "SGD", "dolar australia": "AUD", "dolar hong kong": "HKD",
    "dolar taiwan": "TWD", "dolar": "USD", "dollar": "USD",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "euro": "EUR", "yen": "JPY", "won": "KRW",
    "ringgit": "MYR", "baht": "THB", "peso": "PHP", "rupee": "INR", "rubel": "RUB", "rubel rusia": "RUB",
    "riyal": "SAR", "real": "BRL", "pound sterling": "GBP", "poundsterling": "GBP", "pound": "GBP",
    "franc swiss": "CHF", "lira": "TRY", "dirham": "AED", "dong": "VND",
}

# Percent words and symbols.
PERCENT: frozenset[str] = frozenset({"persen", "prosen", "%"})
PERCENT_UNIT = "%"
# Temperatures written with the sign: "20,2°C".
DEGREE_SIGN = "°"
DEGREE_SCALES: frozenset[str] = frozenset({"c", "f"})

# Hedges before the number, longest first when matching, to the contract's modifier names.
HEDGES: dict[str, str] = {
    "sekitar": "approx", "sekira": "approx", "kira-kira": "approx", "kurang lebih": "approx",
    "perkiraan": "approx", "diperkirakan": "approx", "ditaksir": "approx", "lebih kurang": "approx",
    "lebih dari": "more_than", "lebih daripada": "more_than", "di atas": "more_than",
    "melebihi": "more_than", "melampaui": "more_than",
    "kurang dari": "less_than", "di bawah": "less_than",
    "hampir": "almost", "nyaris": "almost", "mendekati": "almost",
    "setidaknya": "at_least", "sedikitnya": "at_least", "sedikit-dikitnya": "at_least",
    "paling sedikit": "at_least", "minimal": "at_least", "paling tidak": "at_least",
    "sekurang-kurangnya": "at_least",
    "hingga": "up_to", "sampai": "up_to", "maksimal": "up_to", "paling banyak": "up_to",
    "sebanyak-banyaknya": "up_to",
}
VAGUE_MODIFIER = "vague"

# Calendar durations belong to time expressions, so "tiga tahun" is no quantity;
# clock units (jam, menit, detik) stay quantities ("10-15 detik").
DURATION_UNITS: frozenset[str] = frozenset({
    "tahun", "bulan", "minggu", "pekan", "hari", "dekade", "abad", "windu", "malam", "semester",
    "triwulan", "kuartal", "dasawarsa",
})
# Words before "N tahun" that make it an anniversary count or an age, which are quantities.
ANNIVERSARY_CUES: frozenset[str] = frozenset({
    "peringatan", "memperingati", "diperingati", "merayakan", "dirayakan", "ulang", "hut",
    "dirgahayu", "jadi", "berusia", "usia", "umur", "berumur", "usianya", "umurnya",
})
# Nouns an ordinal "ke-70" counts when it is an anniversary (hari jadi, HUT ...).
ANNIVERSARY_NOUNS: dict[str, str] = {
    "peringatan": "peringatan", "hari jadi": "hari jadi", "ulang tahun": "ulang tahun",
    "hut": "HUT", "dirgahayu": "dirgahayu", "hari ulang tahun": "hari ulang tahun",
    "anniversary": "anniversary", "milad": "milad", "dies natalis": "dies natalis",
}
# How many tokens back an anniversary noun may stand from its ordinal ("hari jadi militernya yang ke 70").
ANNIVERSARY_WINDOW = 5

# Tokens right before a number that make it a label, an ordinal or a date, not a quantity.
BLOCK_BEFORE: frozenset[str] = frozenset({
    "salah", "ke", "nomor", "no", "no.", "nomer", "pasal", "ayat", "tahun", "pukul", "jam", "tanggal",
    "tgl", "edisi", "jilid", "halaman", "hal", "rt", "rw", "lantai", "gelombang", "tahap", "babak",
    "putaran", "seri", "versi", "kode", "sila", "kelas", "angka", "peringkat", "urutan", "nomor urut",
    "km", "kilometer", "jalur", "gerbang", "pintu", "blok", "kavling", "unit", "periode", "abad",
})
# A word number alone is too often a determiner ("satu sisi"); it must count something.
WEAK_WORD_VALUES: frozenset[int] = frozenset({0, 1})

# Function words: never what a number counts, never part of what it measures.
FUNCTION_WORDS: frozenset[str] = frozenset({
    "yang", "di", "ke", "dari", "dan", "atau", "untuk", "pada", "dalam", "dengan", "itu", "ini",
    "tersebut", "sebagai", "oleh", "hingga", "sampai", "lebih", "kurang", "per", "bagi", "akan",
    "telah", "sudah", "masih", "juga", "pun", "saja", "lagi", "tadi", "kepada", "atas", "antara",
    "adalah", "ialah", "merupakan", "tidak", "bukan", "belum", "karena", "jika", "kalau", "saat",
    "ketika", "sejak", "selama", "sekitar", "lalu", "kemudian", "namun", "tetapi", "tapi", "serta",
    "agar", "supaya", "bahwa", "seperti", "tanpa", "menjadi", "jadi", "ada", "para", "sang", "si",
    "nya", "pula", "yakni", "yaitu", "terhadap", "tentang", "mengenai", "hanya", "cuma", "lain",
    "lainnya", "pertama", "kedua", "terakhir", "sendiri", "semua", "seluruh", "setiap", "tiap",
    "kata", "ujar", "ucap", "tutur", "jelas", "tegas", "ungkap", "imbuh", "tambah", "sebut",
    "sebelum", "sesudah", "setelah", "beberapa", "terjadi", "usai", "seusai",
})
# Verbs and states without a prefix: after a number they say what happened to it, not what it
# counts ("8 triliun masuk", "3 tewas", "2 selamat").
BARE_PREDICATES: frozenset[str] = frozenset({
    "masuk", "keluar", "naik", "turun", "tiba", "datang", "pergi", "pulang", "hilang", "jatuh", "lolos",
    "ikut", "hadir", "kembali", "mati", "tewas", "selamat", "terluka", "luka", "hidup", "tinggal", "lahir",
    "habis", "baru", "dulu", "kemarin", "bisa", "dapat", "harus", "perlu", "mau", "ingin",
    # how often, not how many ("ajang dua tahunan")
    "tahunan", "bulanan", "mingguan", "harian",
})
# Words after a number that are not what it counts.
NOT_UNITS: frozenset[str] = FUNCTION_WORDS | BARE_PREDICATES

# A clock time's zone: "02.17 WIB" is a time of day, never a count of anything.
TIME_ZONES: frozenset[str] = frozenset({"wib", "wita", "wit"})
LOCAL_TIME: frozenset[str] = frozenset({"waktu setempat", "waktu lokal"})

# Earthquake strength: "magnitudo 5,4", "bermagnitudo 6", "M6,2" (logic reads the number after these).
MAGNITUDE_UNIT = "magnitudo"
MAGNITUDE_WORDS: frozenset[str] = frozenset({"magnitudo", "bermagnitudo", "magnitude", "skala richter"})
MAGNITUDE_PREFIX = "M"  # written glued to the number: M6,2 / M 5.8
# Verb prefixes: a word starting so is a predicate, not the counted thing ("100 meninggal").
# "ter-" is left out: it starts too many nouns (tersangka, terdakwa, teroris).
VERB_PREFIXES: tuple[str, ...] = ("meng", "meny", "mem", "men", "me", "ber")
VERB_MIN_LEN = 6  # short words with these prefixes are often nouns ("meja", "teror")
# "kali" counts times; the thing tried comes after it ("tiga kali uji coba").
TIMES_WORD = "kali"
# Counted nouns written as two words.
MULTIWORD_UNITS: frozenset[str] = frozenset({
    "uji coba", "kepala keluarga", "tenaga kerja", "anak buah", "hari jadi", "kapal selam",
    "kapal perang", "pesawat tempur", "rumah sakit", "warga negara", "pasukan khusus",
    "korban jiwa", "korban tewas", "suara sah", "tempat tidur", "barel minyak", "ton minyak",
})
# Range joiners between two numbers ("10 hingga 15 orang", "10-15 detik").
RANGE_WORDS: frozenset[str] = frozenset({"hingga", "sampai", "-", "–", "s/d", "sd"})

# A bare number (no unit, currency, percent or scale) is a quantity only after one of these
# ("jumlah pengungsi mencapai 1.500"); otherwise it is a label, a list marker, a code or a score.
COUNT_CUES: frozenset[str] = frozenset({
    "sebanyak", "berjumlah", "mencapai", "capai", "total", "totalnya", "jumlahnya", "sejumlah",
    "tercatat", "sekitar", "sekira", "kira-kira", "lebih", "kurang", "hampir", "nyaris", "setidaknya",
    "sedikitnya", "minimal", "melebihi", "mendekati",
})
# Units written glued to the number ("5km", "20kg", "3GB"); any other letters glued on make a
# code or a label ("4G", "43rd", "5G", "3D").
GLUED_UNITS: frozenset[str] = frozenset({
    "km", "m", "cm", "mm", "kg", "g", "gr", "mg", "ton", "l", "ml", "ha", "hektare", "mw", "kw", "kwh",
    "gw", "gb", "mb", "tb", "kb", "mbps", "gbps", "jt", "rb", "m2", "m3", "km2", "persen", "x",
})
# A counted noun in capitals is a name ("Nusa Dua Convention", "5 BAKTI") unless it is a short
# acronym of people or things ("200 WNI", "10 KK", "3 ABK").
MAX_ACRONYM_UNIT = 4
# "satu"/"nol" in words count something only before a noun that is counted ("satu orang tewas");
# elsewhere they are determiners ("satu sisi", "satu hal").
COUNT_NOUNS: frozenset[str] = frozenset({
    "orang", "jiwa", "korban", "warga", "penduduk", "penumpang", "pendaki", "pekerja", "karyawan",
    "pegawai", "buruh", "siswa", "murid", "mahasiswa", "anak", "balita", "bayi", "pasien", "tersangka",
    "terdakwa", "terpidana", "saksi", "anggota", "prajurit", "tentara", "personel", "polisi", "petugas",
    "relawan", "pengungsi", "wisatawan", "turis", "kru", "awak", "pilot", "nelayan", "petani", "guru",
    "dokter", "perawat", "atlet", "pemain", "peserta", "pejabat", "menteri", "hakim", "jaksa",
    "unit", "rumah", "bangunan", "gedung", "kendaraan", "mobil", "motor", "kapal", "pesawat", "kasus",
    "desa", "kecamatan", "kabupaten", "kota", "provinsi", "negara", "sekolah", "keluarga", "ekor",
    "buah", "butir", "lembar", "paket", "kali", "titik", "lokasi", "gol", "medali", "kursi", "suara",
})
# Words between a figure and what it measures, skipped when reading the measured thing back
# ("kerugian negara mencapai Rp 300 triliun" measures "kerugian negara").
MEASURE_LINKS: frozenset[str] = frozenset({
    "sebesar", "senilai", "seharga", "sebanyak", "mencapai", "capai", "hingga", "sampai", "menjadi",
    "naik", "turun", "bertambah", "berkurang", "meningkat", "menurun", "melonjak", "anjlok", "merosot",
    "yakni", "yaitu", "adalah", "ialah", "berjumlah", "total", "totalnya", "tercatat", "sekitar",
    "sekira", "lebih", "kurang", "dari", "hampir", "nyaris", "setidaknya", "sedikitnya", "di", "atas",
    "bawah", "minimal", "maksimal", "rata-rata", "baru", "lagi", "sudah", "telah", "masih", "hanya",
    "cuma", "pun", "juga", "kini", "tinggal", "ke", "level", "posisi", "angka",
})
MEASURED_WORDS = 3  # the longest measured phrase read before a figure
