"""Capitalised tokens that look like names but never are (logic: :mod:`kabar.entities`).

Currency signs and measurement scales are written capitalised ("Rp 400 juta",
"intensitas V MMI", "5,2 SR") and a name tagger trained on news readily calls
them persons or organisations.
"""
from __future__ import annotations

import re

# Whole mentions (compared case-insensitively) that are never entities.
NOT_NAMES: frozenset[str] = frozenset({
    "rp", "rp.", "idr", "usd", "us$", "s$", "rm", "sgd", "eur", "jpy", "myr", "cny", "rmb",
    "wib", "wita", "wit", "utc", "gmt",
    "sr", "mmi", "mw", "km", "kg", "ha",
    # pronouns and forms of address written with a capital ("dengan Anda", "kepada Pak ...")
    "anda", "beliau", "engkau", "kamu", "saudara", "saudari", "bapak", "pak", "ibu", "bu", "tuan", "nyonya",
    "dia", "ia", "mereka", "kami", "kita", "saya", "aku", "kalian", "dirinya", "beliau-beliau",
    # social platforms and apps: products, not persons or organisations in news text
    "x", "instagram", "youtube", "facebook", "tiktok", "twitter", "whatsapp", "threads", "telegram",
    "linkedin", "snapchat", "wechat", "weibo", "line",
    # name suffixes standing alone
    "jr", "jr.", "sr.", "iii",
    # particles of names standing alone ("Al fatihah"): never a name without the name they join
    "al", "el", "bin", "binti", "van", "von", "der", "de",
    # English weekdays, God named, a floor's abbreviation ("Lt. 4")
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "allah", "allah swt", "tuhan", "tuhan yang maha esa", "lt", "lt.",
    # religious expressions written as one capitalised word ("yang InsyaAllah dijadwalkan besok")
    "insyaallah", "insya allah", "alhamdulillah", "bismillah", "innalillahi", "masyaallah", "subhanallah",
    "astagfirullah", "astaghfirullah", "assalamualaikum", "wassalamualaikum", "aamiin",
    # diseases and viruses named alone ("bansos Corona"): no entity type (an outbreak is an EVENT with its head word)
    "corona", "ebola", "influenza", "mpox", "zika", "polio", "antraks",
})

# Social platforms and apps by name: a capitalised run they open is the account or channel after them
# ("kanal YouTube | MoFA Indonesia"), never one name with the platform.
PLATFORMS: frozenset[str] = frozenset({
    "instagram", "youtube", "facebook", "tiktok", "twitter", "whatsapp", "threads", "telegram", "linkedin",
    "snapchat", "wechat", "weibo",
})

# Mentions of this shape are scale readings, not names: "V MMI", "IV-V MMI", "VII SIG".
NOT_NAME_PATTERNS: tuple[re.Pattern, ...] = (
    re.compile(r"^[IVX]+(?:\s*[-–]\s*[IVX]+)?\s+(?:MMI|SIG|SR)$"),
    re.compile(r"^\w\.?$"),  # one letter: an initial or a label, never a name alone
    re.compile(r"^[A-Z]{2}-[A-Z0-9]{3,4}$"),  # aircraft registrations ("PK-ABC")
)

# Nouns of works whose title follows them ("film Titanic", "novel 'Laskar Pelangi'", "lagu Bintang Kecil"):
# the title is a work's, no entity (works and products are not annotated).
WORK_NOUNS: frozenset[str] = frozenset({
    "film", "lagu", "album", "novel", "buku", "serial", "sinetron", "lukisan", "singel", "single", "puisi", "komik",
})
# Words a noun of works modifies ("studio film | Walt Disney", "industri film | Hollywood"): the name after is the
# maker's or the place's, no work's title.
WORK_MAKERS: frozenset[str] = frozenset({
    "studio", "industri", "produser", "sutradara", "rumah", "perusahaan", "festival", "bioskop", "distributor",
    "penerbit", "label", "pemusik", "penyanyi",
})
