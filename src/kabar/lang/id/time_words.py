"""Indonesian words that make, modify or anchor time expressions (data only; logic is in kabar.timex)."""
from __future__ import annotations

# Time units to (ISO 8601 duration letter, how many of that letter one unit is).
# Decades and centuries are written in years (P40Y), as the seed gold does for counted ones.
UNITS: dict[str, tuple[str, int]] = {
    "detik": ("S", 1), "menit": ("MIN", 1), "jam": ("H", 1),
    "hari": ("D", 1), "minggu": ("W", 1), "pekan": ("W", 1),
    "bulan": ("M", 1), "tahun": ("Y", 1), "windu": ("Y", 8),
    "dekade": ("Y", 10), "dasawarsa": ("Y", 10), "abad": ("Y", 100), "milenium": ("Y", 1000),
}

# Unspecified durations "beberapa dekade" use the TIMEX3 unit letters (PXDE, PXCE).
VAGUE_UNIT_LETTERS: dict[str, str] = {
    "detik": "S", "menit": "M", "jam": "H", "hari": "D", "minggu": "W", "pekan": "W", "bulan": "M",
    "tahun": "Y", "windu": "Y", "dekade": "DE", "dasawarsa": "DE", "abad": "CE", "milenium": "ML",
}
# Quantifiers that make a duration unspecified: "beberapa tahun", "sejumlah bulan".
VAGUE_QUANTIFIERS = ("beberapa", "sejumlah", "berbagai", "puluhan", "ratusan", "ribuan", "belasan")
# "puluhan tahun" is decades, "ratusan tahun" centuries: the quantifier scales the unit.
VAGUE_SCALED: dict[tuple[str, str], str] = {
    ("puluhan", "tahun"): "DE", ("ratusan", "tahun"): "CE", ("belasan", "tahun"): "DE",
}

# Words after "N unit" that count back or forward from the publication date.
PAST_OFFSET = ("yang lalu", "lalu", "silam", "yang silam", "sebelum ini")
FUTURE_OFFSET = ("mendatang", "yang akan datang", "ke depan", "lagi", "dari sekarang")
# Words after "N unit" that count from the last mentioned date instead.
REF_BEFORE = ("sebelumnya", "sebelum itu")
REF_AFTER = ("kemudian", "setelahnya", "sesudahnya", "berikutnya", "setelah itu", "sesudah itu")
# "N unit sebelum X" / "N unit setelah X": counted from X.
BEFORE_WORDS = ("sebelum",)
AFTER_WORDS = ("setelah", "sesudah", "usai", "pasca")
# "N unit terakhir" is a duration reaching up to now.
LAST_WORDS = ("terakhir", "belakangan", "belakangan ini")

# Calendar-unit deixis: "minggu ini", "bulan lalu", "tahun depan" to an offset in units.
DEICTIC_SHIFT: dict[str, int] = {
    "ini": 0, "sekarang": 0, "berjalan": 0,
    "lalu": -1, "kemarin": -1, "sebelumnya": -1, "yang lalu": -1,
    "depan": 1, "mendatang": 1, "berikutnya": 1, "yang akan datang": 1,
}
# Calendar units that take that deixis.
DEICTIC_UNITS: dict[str, str] = {"hari": "D", "minggu": "W", "pekan": "W", "bulan": "M", "tahun": "Y"}

# Single-word days relative to the anchor.
DAY_WORDS: dict[str, int] = {
    "hari ini": 0, "kemarin lusa": -2, "kemarin": -1, "kemaren": -1, "semalam": -1,
    "besok lusa": 2, "esok lusa": 2, "esok hari": 1, "besok": 1, "esok": 1, "lusa": 2,
}
# "semalam" is last night: a day word that carries its own part of day.
DAY_WORD_PART: dict[str, str] = {"semalam": "NI"}

# Words in a sentence that make an unmarked weekday or date point forward.
FUTURE_CUES = ("akan", "bakal", "hendak", "berencana", "dijadwalkan", "rencananya", "nanti", "mendatang", "depan")

# Modifiers before a time expression, as TIMEX3 mod values.
MODS: dict[str, str] = {
    "awal": "START", "permulaan": "START", "mula": "START",
    "akhir": "END", "penghujung": "END", "ujung": "END",
    "pertengahan": "MID", "medio": "MID", "tengah": "MID",
}

# Deictic references without a calendar value.
REFERENCES: dict[str, str] = {
    "saat ini": "PRESENT_REF", "kini": "PRESENT_REF", "sekarang": "PRESENT_REF", "dewasa ini": "PRESENT_REF",
    "masa kini": "PRESENT_REF", "sejauh ini": "PRESENT_REF",
    "belakangan ini": "PRESENT_REF", "zaman sekarang": "PRESENT_REF", "hari-hari ini": "PRESENT_REF",
    "beberapa waktu lalu": "PAST_REF", "beberapa waktu yang lalu": "PAST_REF", "baru-baru ini": "PAST_REF",
    "masa lalu": "PAST_REF", "masa lampau": "PAST_REF", "dahulu kala": "PAST_REF", "tempo dulu": "PAST_REF",
    "masa silam": "PAST_REF", "waktu lalu": "PAST_REF", "baru saja": "PAST_REF", "selama ini": "PRESENT_REF",
    "belum lama ini": "PAST_REF", "akhir-akhir ini": "PRESENT_REF",
    "masa depan": "FUTURE_REF", "masa mendatang": "FUTURE_REF", "waktu dekat": "FUTURE_REF",
    "tahun-tahun mendatang": "FUTURE_REF", "tahun-tahun ke depan": "FUTURE_REF",
    "bulan-bulan mendatang": "FUTURE_REF", "hari-hari mendatang": "FUTURE_REF",
    "minggu-minggu mendatang": "FUTURE_REF", "pekan-pekan mendatang": "FUTURE_REF",
}

# Anaphora: "saat itu", "ketika itu" take the value of the last mentioned date.
ANAPHOR_HEADS = ("saat", "ketika", "waktu", "kala", "masa", "zaman", "sejak")
# Demonstratives after a head that make it point back: "saat itu", "tahun tersebut".
DEMONSTRATIVES = ("itu", "tersebut")
# "Sejak itu" means from then on.
ANAPHOR_MODS: dict[str, str] = {"sejak": "AFTER"}
# "tahun itu", "bulan itu", "hari itu": the unit of the last mentioned date.
ANAPHOR_UNITS: dict[str, str] = {"hari": "D", "tanggal": "D", "minggu": "W", "pekan": "W", "bulan": "M", "tahun": "Y"}

# Unspecified durations written as reduplication: "bertahun-tahun" = for years.
REDUPLICATED: dict[str, str] = {
    "bertahun-tahun": "PXY", "berbulan-bulan": "PXM", "berminggu-minggu": "PXW", "berpekan-pekan": "PXW",
    "berhari-hari": "PXD", "berjam-jam": "PTXH", "berabad-abad": "PXCE", "berdekade-dekade": "PXDE",
    "berpuluh-puluh tahun": "PXDE", "puluhan tahun": "PXDE", "ratusan tahun": "PXCE",
}

# Words before a bare four-digit number that make it a year ("pada 1949").
YEAR_PRECEDERS = (
    "pada", "di", "sejak", "hingga", "sampai", "dari", "antara", "awal", "akhir", "pertengahan", "medio", "semenjak",
    "sebelum", "setelah", "sesudah", "jelang", "menjelang", "usai", "pasca", "tahun", "era", "periode", "musim",
    "sepanjang", "selama",
)

# Words before "N tahun" that make it an anniversary or an age: a quantity, not a time.
NOT_DURATION_BEFORE = (
    "peringatan", "memperingati", "diperingati", "merayakan", "perayaan", "ulang", "hut", "hari jadi", "usia",
    "berusia", "umur", "berumur", "genap", "menandai", "ke",
)

# Reporting verbs: a weekday in their sentence is the day the news was reported.
REPORTING_VERBS = (
    "melaporkan", "dilaporkan", "mengatakan", "menyatakan", "mengumumkan", "diumumkan", "menyebutkan",
    "memberitakan", "diberitakan", "menuturkan", "menjelaskan", "mengungkapkan", "kata", "ujar", "tutur",
)

# Words of an anniversary: "peringatan 70 tahun" plus a mentioned year gives the present year.
ANNIVERSARY_CUES = ("peringatan", "memperingati", "diperingati", "merayakan", "hari jadi", "ulang tahun", "hut")
# In an anniversary phrase, these point at the end of a mentioned range (an armistice ends a war).
RANGE_END_CUES = ("berakhir", "berakhirnya", "akhir", "gencatan senjata", "kemenangan", "penandatanganan", "usai")

# Month names written out in full; the other keys of calendar.MONTHS are abbreviations.
FULL_MONTH_NAMES = (
    "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "nopember", "desember",
)

# Words before "N unit" that make it a length of time even when "sebelum X" follows.
DURATION_MARKERS = ("selama", "dalam", "sekitar", "hampir", "lebih dari", "kurang dari", "setidaknya", "waktu")
# "beberapa minggu ke depan" is a stretch of time from now (PXW), not just "the future".
VAGUE_SPAN_AHEAD = ("ke depan",)

# Decimal amounts of a unit in whole smaller units ("6,5 tahun" = 6 years 6 months): per ISO letter,
# the next smaller letter and how many of it one unit holds (only exact conversions are made).
SUBUNITS: dict[str, tuple[str, int]] = {
    "Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60),
}
# Order of ISO letters, largest first: a compound duration ("2 bulan 8 hari") names them in this order.
DURATION_ORDER = ("Y", "M", "W", "D", "H", "MIN", "S")

# Words right before a year that make it part of a name, not a happening: a competition's edition
# ("Piala Thomas 2020" was played in 2021) or a sports season ("musim 2022/2023").
SEASON_HEADS = frozenset({
    "piala", "cup", "liga", "league", "musim", "season", "olimpiade", "olympics", "olympic", "games",
    "kejuaraan", "championship", "championships", "edisi", "seri", "series", "open", "masters",
})
# Words right before a number that make it a code, count or name rather than a year.
NOT_YEAR_BEFORE = frozenset({
    "nomor", "no", "rp", "pasal", "ayat", "sk", "nik", "kode", "pin", "usd", "idr", "rute", "bus", "jalur",
    "register", "registrasi", "tipe", "versi", "model", "kamar", "lantai", "resolusi",
})
# Words after a number that make it a count ("2000 orang"), not a year.
COUNT_AFTER = frozenset({
    "orang", "jiwa", "unit", "buah", "ekor", "rumah", "kali", "persen", "ton", "kg", "km", "meter", "m",
    "hektar", "hektare", "ha", "liter", "mw", "kwh", "kursi", "suara", "warga", "personel", "penumpang",
    "peserta", "siswa", "karyawan", "pekerja", "korban", "kasus", "pasien", "dosis", "titik", "lokasi",
})
# "pukul 24.00" is midnight ending the day: the next day at 00:00.
END_OF_DAY_HOUR = 24
# Words after a written date that only say which side of today it lies ("Kamis (21/1/2021) kemarin",
# "Jumat (15/3) mendatang"): part of the date's span, not an expression of their own.
DATE_SIDE_WORDS = ("kemarin", "lalu", "silam", "mendatang", "nanti", "ini", "tadi", "pekan lalu", "pekan depan",
                   "minggu lalu", "minggu depan", "pekan ini", "minggu ini")
# Parts of a year: the word, the TIMEX3 letter of the part ("2023-Q3", "2024-H1") and the parts in a year.
YEAR_PARTS: dict[str, tuple[str, int]] = {
    "kuartal": ("Q", 4), "triwulan": ("Q", 4), "caturwulan": ("T", 3), "semester": ("H", 2), "paruh": ("H", 2),
}
# Letters written before a part's number ("Q3 2024", "H1 2025") and the year parts they name.
YEAR_PART_LETTERS: dict[str, tuple[str, int]] = {"q": ("Q", 4), "h": ("H", 2)}
# Ordinals naming a part of a year ("kuartal III", "semester kedua").
PART_ORDINALS: dict[str, int] = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4,
    "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "satu": 1, "dua": 2, "tiga": 3, "empat": 4,
}

# Days counted from the last day named: "keesokan harinya" (the next day), "hari yang sama".
NEXT_DAY_WORDS = ("keesokan harinya", "keesokan hari", "esok harinya", "besok harinya", "sehari setelahnya")
SAME_DAY_WORDS = ("hari yang sama", "di hari yang sama")
# Hours written without minutes need a part of day: "pukul 8 malam" is 20:00; the hours added to a
# 12-hour reading per part of day, and the hours from which the part is already on a 24-hour clock.
HOUR_PARTS: dict[str, tuple[int, int]] = {
    "pagi": (0, 12), "subuh": (0, 12), "dini hari": (0, 12), "siang": (12, 11), "sore": (12, 12),
    "petang": (12, 12), "malam": (12, 13),
}

# Calendar units a modifier names on its own ("akhir tahun", "awal bulan"): the present one, or the one
# last named in the same sentence. Words right before that make it a repetition, not a time ("setiap akhir bulan").
MOD_UNITS: dict[str, str] = {"bulan": "M", "tahun": "Y"}
EVERY_WORDS = ("setiap", "tiap", "per", "saban")
# Half a unit: "setengah tahun" (P6M), "satu setengah tahun" (P1Y6M).
HALF_WORDS = ("setengah", "separuh")
# "1x24 jam": a count times a length (police custody, deadlines), multiplied out.
TIMES_SIGNS = ("x", "×", "kali")
