"""Words readers see in place of codes, in Indonesian and English (data only; logic in the package).

Every table maps a code kabar uses internally (an entity type, a PLOVER
event type, a TIMEX part of day, a framing category ...) to what a reader
of each language sees. A code missing from a table is shown as it is.
"""
from __future__ import annotations

ENTITY_TYPES = {
    "id": {"PER": "Orang", "ORG": "Organisasi", "GPE": "Negara/daerah", "LOC": "Tempat", "NORP": "Kelompok",
           "EVENT": "Peristiwa", "LAW": "Aturan"},
    "en": {"PER": "Person", "ORG": "Organisation", "GPE": "Country/region", "LOC": "Place", "NORP": "Group",
           "EVENT": "Event", "LAW": "Law"},
}

# PLOVER event types (docs/events.md) as a verb phrase a reader understands.
EVENT_TYPES = {
    "id": {"AGREE": "bersepakat", "CONSULT": "bertemu/berunding", "SUPPORT": "mendukung", "CONCEDE": "mengalah",
           "COOPERATE": "bekerja sama", "AID": "membantu", "RETREAT": "mundur", "REQUEST": "meminta",
           "ACCUSE": "menuduh", "REJECT": "menolak", "THREATEN": "mengancam", "PROTEST": "memprotes",
           "SANCTION": "menjatuhkan sanksi", "MOBILIZE": "mengerahkan pasukan", "COERCE": "menindak/menekan",
           "ASSAULT": "menyerang", "DEMAND": "menuntut", "FIGHT": "bertempur"},
    "en": {"AGREE": "agrees", "CONSULT": "meets/consults", "SUPPORT": "supports", "CONCEDE": "concedes",
           "COOPERATE": "cooperates", "AID": "aids", "RETREAT": "retreats", "REQUEST": "requests",
           "ACCUSE": "accuses", "REJECT": "rejects", "THREATEN": "threatens", "PROTEST": "protests",
           "SANCTION": "sanctions", "MOBILIZE": "mobilises forces", "COERCE": "coerces/cracks down",
           "ASSAULT": "attacks", "DEMAND": "demands", "FIGHT": "fights"},
}

# TIMEX3 parts of day after a date ("2023-07-25TNI").
PARTS_OF_DAY = {
    "id": {"MO": "pagi", "MI": "siang", "AF": "sore", "EV": "petang", "NI": "malam", "DT": "siang hari"},
    "en": {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night", "DT": "daytime"},
}

# Duration units of ISO-8601 periods (P3Y, PT2H); "X" amounts read as "some".
DURATION_UNITS = {
    "id": {"Y": "tahun", "M": "bulan", "W": "pekan", "D": "hari", "DE": "dekade", "CE": "abad",
           "TH": "jam", "TM": "menit", "TS": "detik"},
    "en": {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
           "DE": ("decade", "decades"), "CE": ("century", "centuries"), "TH": ("hour", "hours"),
           "TM": ("minute", "minutes"), "TS": ("second", "seconds")},
}
SOME = {"id": "beberapa", "en": "several"}

REFERENCES = {
    "id": {"PRESENT_REF": "saat ini", "PAST_REF": "masa lalu", "FUTURE_REF": "masa mendatang"},
    "en": {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"},
}

# Calendar parts: week, weekend, quarter, half-year, seasons.
CALENDAR = {
    "id": {"week": "pekan ke-{n} {year}", "weekend": "akhir pekan ke-{n} {year}", "quarter": "kuartal {n} {year}",
           "half": "semester {n} {year}", "decade": "{start}-an", "century": "abad ke-{n}",
           "SP": "musim semi {year}", "SU": "musim panas {year}", "FA": "musim gugur {year}",
           "WI": "musim dingin {year}"},
    "en": {"week": "week {n} of {year}", "weekend": "the weekend of week {n}, {year}", "quarter": "Q{n} {year}",
           "half": "H{n} {year}", "decade": "the {start}s", "century": "the {n} century",
           "SP": "spring {year}", "SU": "summer {year}", "FA": "autumn {year}", "WI": "winter {year}"},
}
AT_TIME = {"id": "pukul {time}", "en": "{time}"}

# Currencies with the symbol readers expect before the amount; other codes stay codes.
CURRENCY_SYMBOLS = {"IDR": "Rp", "USD": "US$", "SGD": "S$", "AUD": "A$", "HKD": "HK$", "EUR": "€", "GBP": "£",
                    "JPY": "¥", "MYR": "RM"}
PERCENT = "%"

# Framing categories (kabar.lang.id.framing).
FRAMING = {
    "id": {"enemy_label": "label musuh", "illegitimate": "menyangkal keabsahan",
           "violence_label": "label kekerasan", "dehumanizing": "merendahkan martabat",
           "moral_judgement": "penilaian moral", "euphemism": "eufemisme", "glorifying": "mengagungkan",
           "alarm": "membesar-besarkan ancaman"},
    "en": {"enemy_label": "enemy label", "illegitimate": "denies legitimacy", "violence_label": "violence label",
           "dehumanizing": "dehumanising", "moral_judgement": "moral judgement", "euphemism": "euphemism",
           "glorifying": "glorifying", "alarm": "alarm"},
}

# Languages of articles (ISO 639-1) by name.
LANGUAGE_NAMES = {
    "id": {"id": "Indonesia", "ms": "Melayu", "en": "Inggris", "jv": "Jawa", "su": "Sunda"},
    "en": {"id": "Indonesian", "ms": "Malay", "en": "English", "jv": "Javanese", "su": "Sundanese"},
}

# How a date was found (Document.published_evidence, before any ": detail").
DATE_EVIDENCE = {
    "id": {"metadata": "dari metadata", "dateline": "dari baris tanggal", "text": "dari teks",
           "lead": "dari paragraf pembuka"},
    "en": {"metadata": "from metadata", "dateline": "from the dateline", "text": "from the text",
           "lead": "from the lead"},
}

# An actor's role in a briefing (kabar.brief.actors role_detail).
ROLES = {
    "id": {"quoted": "dikutip {n} kali", "actor": "pelaku: {what}", "target": "sasaran: {what}",
           "mentioned": "disebut"},
    "en": {"quoted": "quoted {n}x", "actor": "actor: {what}", "target": "target: {what}",
           "mentioned": "mentioned"},
}

# Removed boilerplate kinds (kabar.clean), shown beside each removed line.
BOILERPLATE = {
    "id": {"site_prefix": "awalan media", "byline": "penulis/editor", "related_link": "tautan terkait",
           "read_more": "baca juga", "share": "ajakan berbagi", "comment_form": "formulir komentar",
           "tags": "tag", "dateline": "baris tanggal", "source": "sumber", "caption": "keterangan foto",
           "section": "rubrik", "pagination": "halaman", "end_marker": "tanda akhir",
           "repeated_headline": "judul berulang", "advertisement": "iklan", "copyright": "hak cipta"},
    "en": {"site_prefix": "outlet prefix", "byline": "byline", "related_link": "related link",
           "read_more": "read more", "share": "share prompt", "comment_form": "comment form", "tags": "tags",
           "dateline": "dateline", "source": "source line", "caption": "caption", "section": "section",
           "pagination": "pagination", "end_marker": "end mark", "repeated_headline": "repeated headline",
           "advertisement": "advertisement", "copyright": "copyright"},
}

# The briefing's Markdown and HTML (kabar.brief.render), section by section.
BRIEF = {
    "id": {"story": "Cerita", "storyline": "alur", "articles": "artikel", "what_happened": "Apa yang terjadi",
           "timeline": "Linimasa", "background": "latar", "actors": "Tokoh utama", "quotes": "Kutipan",
           "unattributed": "tanpa nama", "numbers": "Angka", "agree": "sepakat", "disagree": "BERBEDA",
           "scope_story": "cerita ini", "scope_storyline": "alur cerita", "context": "konteks",
           "framing": "Pilihan kata", "quoted": "dikutip", "own_voice": "suara sendiri",
           "only_here": "Hanya di satu media", "sources": "Sumber", "words": "kata",
           "near_copies": "Nyaris sama", "similarity": "kemiripan", "shared_sentences": "kalimat sama",
           "mentions": "penyebutan", "in_articles": "di {n} artikel", "name": "nama", "type": "jenis",
           "role": "peran", "timeline_of": "Linimasa {what}", "in_storyline": "dalam alur {id}",
           "figures": "Angka dan klaim", "verdict_agree": "sepakat", "verdict_disagree": "BERBEDA",
           "verdict_update": "diperbarui", "verdict_different_scope": "cakupan berbeda",
           "verdict_change": "berubah", "as_of": "per {when}", "issuer": "menurut {who}",
           "outlets": "{n} media, {m} independen", "modality_estimate": "perkiraan",
           "modality_forecast": "rencana/proyeksi", "modality_old": "semula", "modality_new": "menjadi",
           "at_least": "sedikitnya", "more_than": "lebih dari", "less_than": "kurang dari", "almost": "hampir",
           "approx": "sekitar", "range_of": "{low}–{high}", "plan": "rencana", "scope_of": "di {where}"},
    "en": {"story": "Story", "storyline": "storyline", "articles": "article(s)", "what_happened": "What happened",
           "timeline": "Timeline", "background": "background", "actors": "Key actors", "quotes": "Quotes",
           "unattributed": "unattributed", "numbers": "Numbers", "agree": "agree", "disagree": "DISAGREE",
           "scope_story": "story", "scope_storyline": "storyline", "context": "context", "framing": "Framing",
           "quoted": "quoted", "own_voice": "own voice", "only_here": "Only in one outlet", "sources": "Sources",
           "words": "words", "near_copies": "Near-copies", "similarity": "similarity",
           "shared_sentences": "shared sentences", "mentions": "mentions", "in_articles": "in {n} article(s)",
           "name": "name", "type": "type", "role": "role", "timeline_of": "Timeline of {what}",
           "in_storyline": "in storyline {id}",
           "figures": "Numbers and claims", "verdict_agree": "agree", "verdict_disagree": "DISAGREE",
           "verdict_update": "update", "verdict_different_scope": "different scope", "verdict_change": "change",
           "as_of": "as of {when}", "issuer": "according to {who}", "outlets": "{n} outlet(s), {m} independent",
           "modality_estimate": "estimate", "modality_forecast": "forecast or plan", "modality_old": "before",
           "modality_new": "after", "at_least": "at least", "more_than": "more than", "less_than": "less than",
           "almost": "almost", "approx": "about", "range_of": "{low}–{high}", "plan": "plan",
           "scope_of": "in {where}"},
}
