"""Vocabulary for story boundaries (logic: :mod:`kabar.stories.boundary`).

A recurring happening is told apart by its edition: "KTT ke-43" and "KTT
ke-42" are two summits with the same hosts, leaders and words. These are the
nouns whose ordinal names an edition (lower case, as written).
"""
from __future__ import annotations

EDITION_HEADS: frozenset[str] = frozenset({
    "ktt", "konferensi", "sidang", "rapat", "paripurna", "pertemuan", "muktamar", "kongres", "munas",
    "musyawarah", "hut", "peringatan", "dirgahayu", "ulang", "jadi", "festival", "olimpiade", "kejuaraan",
    "turnamen", "piala", "forum", "dialog", "summit", "session", "edisi", "penyelenggaraan",
})
# Not here: parts of one happening ("putaran", "babak", "pekan ke-40" of an outbreak), which differ
# between reports of the same story.
# How many words before "ke-N" the head may stand ("Sidang Majelis Umum PBB ke-76").
EDITION_WINDOW = 4

# How two parties' exchange took place: one exchange is told by one channel, so reports naming another
# channel in their headline or lead tell another occasion (a congratulation posted on social media, then
# a phone call days later). Word or two-word phrase (lower case) -> channel.
CHANNEL_WORDS: dict[str, str] = {
    "telepon": "phone", "menelepon": "phone", "ditelepon": "phone", "bertelepon": "phone",
    "teleponan": "phone", "telponan": "phone", "telpon": "phone",
    "akun x": "post", "akun twitter": "post", "akun instagram": "post", "cuitan": "post", "mencuit": "post",
    "akun media": "post",  # "melalui akun media sosial X"
    # a letter only as the way a message went ("surat edaran", "surat dakwaan" are documents, not channels)
    "berkirim surat": "letter", "melalui surat": "letter", "lewat surat": "letter", "mengirim surat": "letter",
    "mengirimkan surat": "letter", "dikirimi surat": "letter",
    "konferensi video": "video", "video conference": "video", "secara virtual": "video", "secara daring": "video",
    "bertatap muka": "meeting", "tatap muka": "meeting",
}
CHANNEL_HEAD = "channel"  # the edition head channels are kept under (see stories.boundary.channel)
CHANNEL_SENTENCES = 2  # body sentences read for the channel when the headline names none

# The stage of a criminal case a report is about: the naming of a suspect, the indictment, the prosecution's
# sentencing demand, the verdict, the appeal ruling, the cassation, the case review. One case goes through
# them weeks or months apart with the same defendant, court and sums, so reports whose headline and lead
# reach different stages tell different occasions. Only words and phrases that name the stage itself: a
# bare "banding" is mostly the filing of an appeal against a verdict just read ("mengajukan banding"), a
# bare "tuntutan" or "putusan" is as often a protest's demand or a court's decision of any kind.
# Word or two-word phrase (lower case) -> stage; STAGE_ORDER ranks them (a report on the appeal ruling
# recalls the first verdict, a verdict recalls the demand: the furthest stage named is the report's).
STAGE_WORDS: dict[str, str] = {
    "tersangka": "suspect", "tersangkakan": "suspect",
    "dakwaan": "indictment", "didakwa": "indictment", "mendakwa": "indictment",
    "sidang tuntutan": "demand", "pembacaan tuntutan": "demand", "membacakan tuntutan": "demand",
    "tuntutan jaksa": "demand", "tuntutan jpu": "demand", "tuntutan hukuman": "demand",
    "tuntutan pidana": "demand", "menuntut hukuman": "demand", "menuntut pidana": "demand", "dituntut": "demand",
    "vonis": "verdict", "divonis": "verdict", "memvonis": "verdict", "dijatuhi": "verdict",
    "putusan banding": "appeal", "vonis banding": "appeal", "tingkat banding": "appeal",
    "hakim banding": "appeal", "pengadilan tinggi": "appeal", "memperberat": "appeal", "diperberat": "appeal",
    "kasasi": "cassation",
    "peninjauan kembali": "review",
}
STAGE_ORDER: tuple[str, ...] = ("suspect", "indictment", "demand", "verdict", "appeal", "cassation", "review")
STAGE_HEAD = "stage"  # the edition head stages are kept under (see stories.boundary.stage)

# A recurring happening named by its year ("Piala Thomas 2020", "Thomas Cup 2024", "Pemilu 2019"): the year
# after one of these nouns, with only names between, is an edition like an ordinal. Word (lower case) -> the
# head it is kept under, so the Indonesian and the English name of one competition meet.
YEAR_EDITION_HEADS: dict[str, str] = {
    "piala": "piala", "cup": "piala", "olimpiade": "olimpiade", "olympics": "olimpiade", "olympic": "olimpiade",
    "games": "games", "kejuaraan": "kejuaraan", "championship": "kejuaraan", "championships": "kejuaraan",
    "pemilu": "pemilu", "pilpres": "pilpres", "pilkada": "pilkada", "pileg": "pileg", "ktt": "ktt", "summit": "ktt",
    "turnamen": "turnamen", "festival": "festival", "liga": "liga",
}
YEAR_EDITION_SUFFIX = "-tahun"  # "piala-tahun:2020": kept apart from ordinal editions of the same noun
YEAR_EDITION_NAMES = 3  # names that may stand between the noun and the year ("Piala Dunia FIFA 2022")
# The number of a flight, ship or train named in a headline or lead ("Lion Air JT-610", "SJ 182", "KMP
# Yunicee"): one incident, one number; kept as an edition under this head (the digits, so SJ 182 and SJY
# 182 meet).
CODE_HEAD = "code"

# Which law a report is about: the DPR passes one law after another with the same plenary, the same protests
# and the same words, so a statute named in the headline or lead tells the occasion ("RUU TNI" is not "RUU
# KUHAP"). A law's name starts with one of these words (lower case); they, and a number and year, are left
# out of its key, and a name of several words is kept as its initials ("Tentara Nasional Indonesia" ->
# tni, as "UU TNI" is), so the forms one law is written in meet.
STATUTE_HEADS: frozenset[str] = frozenset({
    "undang-undang", "uu", "ruu", "rancangan", "revisi", "kitab", "perppu", "perpu", "kuhp", "kuhap", "rkuhp",
    "rkuhap", "kuhperdata", "kuhper",
})
STATUTE_WORDS: frozenset[str] = frozenset({
    "undang-undang", "undang", "uu", "ruu", "rancangan", "revisi", "perubahan", "kitab", "perppu", "perpu",
    "peraturan", "pemerintah", "pengganti", "nomor", "no", "no.", "tahun", "omnibus", "law",
})
STATUTE_LINKS: frozenset[str] = frozenset({"dan", "atas", "di", "dalam", "tentang", "serta"})
# Code names whose first letters stand for "Kitab Undang-undang" (or "Rancangan K... U..."): KUHP, RKUHAP.
STATUTE_CODE_PREFIXES: tuple[str, ...] = ("rku", "ku")
STATUTE_HEAD = "uu"

# Which series a summit or cup belongs to, named right after the noun ("KTT ASEAN", "KTT ke-43 ASEAN",
# "Piala Thomas") or right before its English form ("G20 Summit", "Uber Cup"): the ASEAN summit and the G20
# summit a few days later, the Thomas and the Uber Cup in one week and one hall, share hosts, leaders, players
# and words. Word (lower case) -> the head the series is kept under, as for YEAR_EDITION_HEADS.
SERIES_HEADS_BEFORE: dict[str, str] = {"ktt": "ktt", "piala": "piala"}
SERIES_HEADS_AFTER: dict[str, str] = {"summit": "ktt", "cup": "piala"}
# Heads whose series is an acronym or code ("ASEAN", "G20", "APEC"): a capitalised word after "KTT" is as
# often a host city or a spelled-out name, which is no series key.
SERIES_CODED: frozenset[str] = frozenset({"ktt"})
SERIES_SUFFIX = "-seri"  # "ktt-seri:asean"

