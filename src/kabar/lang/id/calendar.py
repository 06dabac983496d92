"""Indonesian calendar words: months, weekdays, parts of day, time zones, number words."""
from __future__ import annotations

# Month names and the abbreviations news uses, lower-cased, to month number.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3, "mrt": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12,
}

# English month names (many Indonesian sites print English dates in metadata lines).
MONTHS_EN: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

# Weekday names to Python's date.weekday() (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jum’at": 4,
    "sabtu": 5, "minggu": 6, "ahad": 6,
}
WEEKDAYS_EN: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

# Words that close a span of days ("digelar 8 hingga Minggu (14/10/2018)"): the date after them is the span's end.
SPAN_END_WORDS: tuple[str, ...] = ("hingga", "sampai dengan", "sampai", "s.d.", "s/d", "until")

# Labels a page prints before its own publication date ("Diterbitkan: Selasa, 5 Maret 2024 10:15 WIB",
# "Published: March 5, 2024"); a label from UPDATED_WORDS dates a revision instead.
PUBLISHED_WORDS: tuple[str, ...] = ("diterbitkan", "terbit", "tanggal terbit", "tgl terbit", "waktu terbit",
                                    "dipublikasikan", "dipublikasi", "dipublish", "dipublis", "publikasi",
                                    "dimuat", "diunggah", "ditulis", "published", "first published",
                                    "date published", "posted", "posted on", "pubdate",
                                    "diposting", "dibuat")

# Words on a dateline that date a revision, not the publication ("Diperbarui: Jumat, 8 November 2024").
UPDATED_WORDS: tuple[str, ...] = ("diperbarui", "diperbaharui", "pembaruan", "update", "updated", "diupdate",
                                  "diubah", "revisi", "last modified", "modified")

# Parts of the day and their TIMEX3 suffixes.
PARTS_OF_DAY: dict[str, str] = {
    "dini hari": "TNI", "subuh": "MO", "pagi": "MO", "siang": "MI", "sore": "AF", "petang": "EV",
    "malam": "NI", "tengah malam": "NI",
}

# Indonesian time zones and their UTC offsets in hours.
TIME_ZONES: dict[str, int] = {"wib": 7, "wita": 8, "wit": 9}

# Number words. "se-" means one (sebelas = 11, seratus = 100, seribu = 1000).
UNITS: dict[str, int] = {
    "nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9,
}
TEENS: dict[str, int] = {"sepuluh": 10, "sebelas": 11}
MULTIPLIERS: dict[str, int] = {
    "belas": 10, "puluh": 10, "ratus": 100, "ribu": 1_000, "juta": 1_000_000,
    "miliar": 1_000_000_000, "milyar": 1_000_000_000, "triliun": 1_000_000_000_000,
}
