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
    "tersangka": "suspect", "ditetapkan": "suspect", "menetapkan": "suspect",
    "mengungsi": "displaced", "pengungsi": "displaced", "dievakuasi": "displaced",
    "rusak": "damaged", "roboh": "damaged", "hancur": "damaged", "ambruk": "damaged",
    "disita": "seized", "menyita": "seized", "sitaan": "seized",
}
STATE_WINDOW = 6  # words before the number searched for a state word (within its clause)

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
    "menjadi", "capai", "tembus", "di", "ke", "pada", "rp", "sempat", "juga", "hanya", "baru",
})
TOPIC_WORDS = 2  # content words before the figure that name what it is about
TOPIC_WINDOW = 6  # words before the figure searched for them

# Units of measure: what they measure must be read from the words before the figure.
MEASURE_UNITS: frozenset[str] = frozenset({"IDR", "USD", "SGD", "AUD", "HKD", "EUR", "GBP", "JPY", "MYR", "CNY",
                                           "KRW", "THB", "PHP", "INR", "RUB", "SAR", "BRL", "CHF", "TRY",
                                           "AED", "VND", "TWD", "%",
                                           # physical measures: "kedalaman 10 km" is not "berjarak 18 km"
                                           "kilometer", "km", "meter", "m", "kilogram", "kg", "hektare", "ha",
                                           "liter", "ton", "derajat", "mil"})
