"""Head words that start a named organisation, place, event or law, and other entity cues.

Lower case. A head followed by capitalised words makes one outermost span
("Kementerian Pertahanan Korea Selatan", "Perang Korea", "Semenanjung Korea").
"""
from __future__ import annotations

ORG_HEADS: frozenset[str] = frozenset({
    "kementerian", "kementerian", "departemen", "partai", "badan", "dewan", "komisi", "tentara",
    "angkatan", "kepolisian", "polda", "polres", "kejaksaan", "pengadilan", "mahkamah", "majelis",
    "lembaga", "organisasi", "perserikatan", "persatuan", "perhimpunan", "ikatan", "asosiasi",
    "federasi", "yayasan", "universitas", "institut", "sekolah", "akademi", "komando", "komite",
    "kantor", "biro", "direktorat", "pemkot", "pemkab", "pemprov", "relawan",
    "politbiro", "kongres", "senat", "parlemen", "korps", "brigade",
    "divisi", "front", "gerakan", "serikat", "bank", "perusahaan", "pt", "grup",
    "otoritas", "sekretariat", "dinas", "markas", "ministry", "department",
    "council", "agency", "party", "army", "bureau", "committee", "university", "association",
    "institute", "foundation", "corporation", "company", "office", "board", "organisation", "organization",
    "commission", "authority", "federation", "fund",
    # units, factions, alliances, security and health institutions, ministries by their short names
    "fraksi", "aliansi", "bidang", "seksi", "subdit", "satgas", "satuan", "polsek", "polresta",
    "polrestabes", "kodam", "kodim", "korem", "koramil", "kejati", "kejari", "rumah", "rs", "rsud", "rsup",
    "puskesmas", "pusat", "komnas", "kemenlu", "kemenkeu", "kemendagri", "kemenhan", "kemenkes", "kemensos",
    "kemenag", "kemendikbud", "kemenkumham", "kemenhub", "kemnaker", "kemenaker", "kemenperin", "kemendag",
    "kementan", "kemenpora", "kemenparekraf", "kemenkominfo", "kemkominfo", "kemlu", "kemenko", "kemenpan",
    "pn", "pengurus", "tim", "klub", "maskapai", "harian", "majalah", "stasiun televisi", "fakultas",
    # more ministries by their short names ("Kemdikbud | Mustaghfirin")
    "kemdikbud", "kemdikbudristek", "kemenlhk", "kemendes", "kemendesa", "kemenkomdigi", "kemenbud",
    "kemenimipas", "kemenham", "kemenristek", "kemenbumn", "kemenkopukm", "kemensetneg", "kemenpppa",
})
# Organisation heads named by what they do, in ordinary words ("Kementerian Perhubungan", "Bank Dunia"):
# two words of a name after such words are the person who follows, not more of the organisation.
DESCRIPTIVE_HEADS: frozenset[str] = frozenset({
    "kementerian", "kemenko", "badan", "dinas", "dewan", "komisi", "mahkamah", "pengadilan", "kejaksaan",
    "kepolisian", "direktorat", "sekretariat", "lembaga", "majelis", "fraksi", "bank", "otoritas", "biro",
    "kantor", "markas", "komando",
})
# Ministries' short names ("Kemlu", "Kemenkeu"): whole names already, continued by a region or "RI"
# but never by the person who speaks for them.
SHORT_MINISTRY_HEADS: frozenset[str] = frozenset(h for h in ORG_HEADS if h.startswith("kem") and h != "kementerian")
# Heads that denote a known institution even standing alone and capitalised mid-sentence.
STANDALONE_ORGS: frozenset[str] = frozenset({"kongres", "senat", "parlemen", "politbiro", "pentagon"})

LOC_HEADS: frozenset[str] = frozenset({
    "semenanjung", "laut", "selat", "teluk", "gunung", "pegunungan", "sungai", "danau", "pulau",
    "kepulauan", "samudra", "samudera", "tanjung", "lembah", "gurun", "dataran", "jalur", "zona",
    "kawasan", "jalan", "jl", "bandara", "pelabuhan", "stadion", "masjid", "gereja", "candi",
    "istana", "lapangan", "taman", "monumen", "selat",
    # buildings, venues, roads and sites
    "gedung", "kompleks", "gerbang", "tol", "jembatan", "terminal", "stasiun", "hotel", "gor", "arena", "balai",
    "pasar", "kampus", "museum", "makam", "tpu", "pantai", "waduk", "bendungan", "bukit", "tugu", "benteng",
    "mako", "wisma", "graha", "plaza", "mal", "dermaga", "perumahan", "tempat", "lapas", "rutan", "alun-alun",
    "sirkuit", "velodrom",
})
# Heads of natural features whose name is often written without them once the feature is named
# ("Gunung Marapi ... Marapi kembali erupsi", "Danau Toba ... di tepi Toba").
FEATURE_HEADS: frozenset[str] = frozenset({
    "gunung", "pegunungan", "pulau", "danau", "sungai", "selat", "teluk", "tanjung", "bukit", "pantai",
    "waduk", "bendungan", "kawah",
})
# Heads of administrative areas: a name after them is a GPE ("Desa Sukamaju", "Kecamatan Baso").
GPE_HEADS: frozenset[str] = frozenset({
    "desa", "kelurahan", "kecamatan", "dusun", "kampung", "nagari", "provinsi", "kabupaten", "kota",
})
# Place heads that keep their lower-case form inside a name ("semenanjung Korea").
LOWER_LOC_HEADS: frozenset[str] = frozenset({
    "semenanjung", "laut", "selat", "teluk", "gunung", "sungai", "danau", "pulau", "kepulauan",
    "samudra", "samudera",
})

EVENT_HEADS: frozenset[str] = frozenset({
    "perang", "ktt", "konferensi", "piala", "olimpiade", "pertempuran", "revolusi", "festival",
    "muktamar", "munas", "tragedi", "peristiwa", "war", "summit", "cup",
    "pemilihan", "pilpres", "pilkada", "pemilu", "rapat", "kejuaraan", "turnamen",
    "games", "rakernas", "musyawarah",
})
# Event heads whose name may end with the edition's year ("KTT BRICS 2023"), unlike wars and disasters.
EDITION_HEADS: frozenset[str] = EVENT_HEADS - {"perang", "pertempuran", "revolusi", "tragedi", "peristiwa", "war"}
# Heads of recurring events whose unnumbered name means the edition of the article's year
# ("KTT APEC" in a November 2024 report is KTT APEC 2024).
DATED_EVENT_HEADS: frozenset[str] = frozenset({"ktt", "konferensi", "summit", "pemilihan", "pilpres", "pemilu", "pilkada"})
# Heads of elections, whose name goes on over the office elected ("Pemilihan Presiden AS 2024").
ELECTION_HEADS: frozenset[str] = frozenset({"pemilihan", "pemilu"})
LAW_HEADS: frozenset[str] = frozenset({
    "undang-undang", "uu", "perjanjian", "traktat", "treaty", "piagam", "konvensi", "perpres",
    "perppu", "perpu", "perda", "permen", "keppres", "inpres", "resolusi", "deklarasi", "protokol",
    "kesepakatan", "pakta", "act", "agreement", "charter", "accord",
    "ruu", "raperda",  # bills: "RUU Cipta Kerja" (Rancangan Undang-Undang)
})

# Heads of English names, inside which commas may separate words ("Treaty of Friendship, Cooperation ...").
ENGLISH_HEADS: frozenset[str] = frozenset({
    "treaty", "act", "agreement", "charter", "accord", "war", "summit", "cup",
    "ministry", "department", "council", "agency", "party", "army", "bureau", "committee",
    "university", "association", "institute", "foundation", "corporation", "company", "office",
    "board", "organisation", "organization", "commission", "authority", "federation", "fund",
})
# English words that may follow such a head directly ("Treaty of ...").
ENGLISH_LINKS: frozenset[str] = frozenset({"of", "on", "for"})
# Words that continue a law's name with its number ("UU No. 11 Tahun 2020").
LAW_NUMBER_WORDS: frozenset[str] = frozenset({"No", "Nomor", "nomor", "no", ".", "Tahun", "tahun", "/"})
# Law heads that take such a number.
NUMBERED_LAW_HEADS: frozenset[str] = frozenset({
    "uu", "undang-undang", "perpres", "perppu", "perpu", "perda", "permen", "keppres", "inpres", "pp",
    "resolusi",
})

# Last words of English-named media ("Straits Times", "Jakarta Post", "NU Online").
MEDIA_TAILS: frozenset[str] = frozenset({
    "times", "post", "news", "herald", "tribune", "journal", "daily", "telegraph", "guardian",
    "gazette", "chronicle", "monitor", "today", "press", "agency", "network", "tv", "channel", "online",
})
# Domain labels after a site's name: the outlet cited by its address ("Solopos.com", "NTVNews.id").
SITE_DOMAINS: frozenset[str] = frozenset({"com", "id", "co", "net", "org", "tv", "news", "info", "asia"})
# Last words that type an English name ("Jakarta Convention Center", "World Economic Forum").
ENGLISH_TAILS: dict[str, str] = {
    **{w: "LOC" for w in ("center", "centre", "hall", "arena", "stadium", "gymnasium", "hotel", "airport",
                          "tower", "square", "plaza", "park", "resort", "mall", "building", "bridge", "port",
                          "circuit", "velodrome", "street", "avenue", "boulevard", "house")},
    **{w: "EVENT" for w in ("forum", "summit", "conference", "games", "cup", "championship", "championships",
                            "festival", "expo", "olympics", "meeting", "dialogue", "week")},
    **{w: "ORG" for w in ("bank", "fund", "group", "board", "council", "agency", "organization", "organisation",
                          "corporation", "company", "airlines", "airways", "institute", "university",
                          "foundation", "association", "committee", "commission", "party", "authority",
                          "federation", "union", "alliance", "coalition", "ministry", "department", "watch",
                          "forces", "force", "command", "guard", "service", "court", "tribunal", "international")},
    **{w: "LAW" for w in ("act", "charter", "treaty", "accord", "agreement", "declaration")},
    # competitions and prize-givings ("Premier League", "Academy Awards", "Mobile World Congress"): never a person
    "league": "ORG", **{w: "EVENT" for w in ("awards", "congress", "marathon", "tournament")},
    # English company words ("General Motors", "Campos Racing", "Samsung Electronics", "Walt Disney Pictures")
    **{w: "ORG" for w in ("motors", "racing", "electronics", "communication", "communications", "systems",
                          "technologies", "industries", "pictures", "studios", "entertainment", "records",
                          "holdings", "securities", "pharmaceuticals")},
}

# Heads that with only a country after them are a description, not a name:
# "Tentara China" is GPE China (seed convention), "Tentara Rakyat Korea" is an ORG.
GENERIC_HEADS: frozenset[str] = frozenset({"tentara", "angkatan", "pasukan", "delegasi", "militer"})
# Words for a group sent out by a body ("Tim Densus 88", "Tim Basarnas Padang"): never part of a name, the body's
# name after them stands alone.
GROUP_WORDS: frozenset[str] = frozenset({"tim"})

# Heads of a city or a regency written in lower case before its name ("kota Kediri", "kabupaten Bogor"): where the
# table knows the unit with its head, the head is part of the name (it tells the city from the regency).
LOWER_GPE_HEADS: frozenset[str] = frozenset({"kota", "kabupaten"})
# Aliases whose first word may be written in lower case ("semenanjung Korea", "pandemi Covid-19").
LOWER_FIRST_OK: frozenset[str] = LOWER_LOC_HEADS | {"pandemi", "perang"} | LOWER_GPE_HEADS

# Kinship words: a name introduced through them is someone's relative, less likely the
# referent of a later bare surname ("kakek Kim, Kim Il Sung").
KINSHIP: frozenset[str] = frozenset({
    "kakek", "nenek", "ayah", "ibu", "putra", "putri", "anak", "istri", "suami", "cucu", "adik",
    "kakak", "paman", "bibi", "keponakan", "tertuanya", "sulungnya", "bungsunya", "putranya",
    "putrinya", "ayahnya", "kakeknya", "istrinya", "suaminya", "anaknya",
})

# Small words allowed inside a name between capitalised words.
NAME_CONNECTORS: frozenset[str] = frozenset({
    "dan", "of", "and", "the", "for", "de", "van", "von", "der", "bin", "binti", "al", "el", "la",
    "untuk", "bagi",
})
# A nickname set beside a full name: "Jojo, sapaan akrab Jonatan Christie" (nickname first) and
# "Jonatan Christie yang akrab disapa Jojo" (full name first).
NICKNAME_BEFORE_FULL: tuple[str, ...] = ("sapaan", "panggilan", "nama panggilan", "sapaan akrab", "panggilan akrab")
NICKNAME_AFTER_FULL: tuple[str, ...] = ("disapa", "dipanggil", "akrab disapa", "akrab dipanggil",
                                        "yang akrab disapa", "yang akrab dipanggil", "yang disapa", "yang dipanggil")
# Administrative units whose word belongs in the canonical name of each place listed after it
# ("di kecamatan Banuhampu, Baso dan Matur": Kecamatan Banuhampu, Kecamatan Baso, Kecamatan Matur).
ADMIN_UNITS: frozenset[str] = frozenset({"kecamatan", "desa", "kelurahan", "nagari", "distrik"})
# Words between such a unit and its list ("4 kecamatan, yakni A, B dan C").
LIST_OPENERS: tuple[str, ...] = ("yakni", "yaitu", "antara lain", "di antaranya", "seperti", "meliputi")
# Spellings Indonesian writers use for foreign place names, folded before comparing ("Kazakstan" and
# "Kazakhstan", "Paraguai" and "Paraguay", "Filipina" stays itself): written form -> compared form.
PLACE_SPELLING_FOLDS: tuple[tuple[str, str], ...] = (
    ("kh", "k"), ("ph", "f"), ("th", "t"), ("dh", "d"), ("sj", "sy"), ("oe", "u"), ("ay", "ai"), ("ey", "ei"),
    ("y", "i"), ("q", "k"), ("x", "ks"), ("c", "k"), ("v", "f"), ("z", "s"),
)
# Connectors that may sit inside a person's name.
PER_CONNECTORS: frozenset[str] = frozenset({"bin", "binti", "van", "von", "der", "de", "al", "el", "la"})

# Words before a capital that make it the city, not the state acting ("tiba di Pyongyang").
CITY_PREPOSITIONS: frozenset[str] = frozenset({
    "di", "ke", "menuju", "kota", "ibukota", "ibu", "dalam", "sekitar", "pinggiran", "luar",
    "tiba", "mengunjungi", "kunjungan", "berkunjung", "wilayah", "warga", "penduduk", "pusat",
})
# Motion verbs that make a following "dari X" a place of departure.
MOTION_VERBS: frozenset[str] = frozenset({
    "pulang", "kembali", "berangkat", "terbang", "datang", "pergi", "pindah", "tiba", "lari", "kabur",
})

# Indonesian name words to the English word an acronym may be built from (for
# "Relawan Rakyat China" = CPV, Chinese People's Volunteers): English acronyms read the
# Indonesian head-first name backwards.
ACRONYM_WORDS: dict[str, tuple[str, ...]] = {
    "relawan": ("volunteers",), "rakyat": ("people", "popular"), "tentara": ("army",),
    "angkatan": ("force", "forces"), "udara": ("air",), "laut": ("navy", "sea", "naval"),
    "darat": ("army", "ground", "land"), "dewan": ("council", "board"), "keamanan": ("security",),
    "nasional": ("national",), "partai": ("party",), "komunis": ("communist",),
    "kantor": ("office",), "berita": ("news",), "pusat": ("central", "centre", "center"),
    "badan": ("agency", "body"), "kementerian": ("ministry",), "pertahanan": ("defense", "defence"),
    "luar": ("foreign",), "negeri": ("affairs",), "organisasi": ("organization", "organisation"),
    "perdagangan": ("trade",), "dunia": ("world",), "kesehatan": ("health",), "bank": ("bank",),
    "internasional": ("international",), "komite": ("committee",), "komisi": ("commission",),
    "otoritas": ("authority",), "presiden": ("presidential", "president"), "penarikan": ("drawdown",),
    "pembebasan": ("liberation",), "front": ("front",), "gerakan": ("movement",),
    "demokrat": ("democratic",), "demokratik": ("democratic",), "republik": ("republic",),
    "persatuan": ("united", "union"), "serikat": ("united", "union"), "uni": ("union",),
    "eropa": ("european",), "atom": ("atomic",), "energi": ("energy",), "dana": ("fund",),
    "moneter": ("monetary",), "pengungsi": ("refugee", "refugees"), "komando": ("command",),
    "korea": ("korean",), "china": ("chinese",), "tiongkok": ("chinese",), "rusia": ("russian",),
    "amerika": ("american",), "jepang": ("japanese",), "utara": ("north",), "selatan": ("south",),
    "intelijen": ("intelligence",), "pusat.": ("central",), "investigasi": ("investigation",),
    "federal": ("federal",), "biro": ("bureau",), "perusahaan": ("company", "corporation"),
}

# Western and Slavic given-name spellings folded to one form (Sergey/Sergei).
NAME_VARIANTS: dict[str, str] = {
    "sergey": "Sergei", "alexey": "Alexei", "aleksey": "Alexei", "aleksei": "Alexei",
    "andrey": "Andrei", "nikolay": "Nikolai", "dmitriy": "Dmitry", "dmitri": "Dmitry",
    "yuriy": "Yuri", "yury": "Yuri", "vasiliy": "Vasily", "anatoliy": "Anatoly",
    "mikhail": "Mikhail", "volodimir": "Volodymyr", "zelenskyy": "Zelensky", "zelenskiy": "Zelensky",
    "mohammad": "Muhammad", "mohammed": "Muhammad", "muhammed": "Muhammad", "mohamed": "Muhammad",
}

# Compass words: a bare capitalised one can stand for an earlier "Korea Selatan" (ellipsis).
COMPASS_WORDS: frozenset[str] = frozenset({"utara", "selatan", "barat", "timur", "tengah"})

# Written before the name of a ship, train or aircraft (vehicles are not annotated as entities):
# "KRI Nanggala-402", "KA Turangga", "KM Sinar Bangun". Matched as written (capitals).
VEHICLE_CODES: frozenset[str] = frozenset({"KRI", "KA", "KM", "KMP", "KLM", "MV", "USS", "HMS", "KN", "KP", "TB"})
# Acronyms of ordinary things, not of bodies: budgets, taxes, documents, programmes, measures, devices,
# occasions. Before an organisation they are what it has or does ("APBN Kemenkeu", "HUT Polri", "IPO PT X"),
# never a unit of it.
THING_ACRONYMS: frozenset[str] = frozenset({
    "APBN", "APBD", "APBN-P", "RAPBN", "PDB", "GDP", "PNBP", "PPN", "PPH", "PBB-P2", "BPHTB", "IPO", "IHSG",
    "HUT", "KTT", "MOU", "SK", "SE", "KTP", "KK", "NIK", "NPWP", "SIM", "STNK", "BPKB", "SKCK", "NIP",
    "BBM", "LPG", "PLTU", "PLTA", "PLTS", "SPBU", "BTS", "ATM", "CCTV", "HP", "SMS", "GPS", "TKP",
    "PHK", "OTT", "DPO", "PSBB", "PPKM", "BLT", "BST", "PKH", "KUR", "UMKM", "UMR", "UMP", "UMK", "THR",
    "WNI", "WNA", "ASN", "PNS", "PPPK", "TKI", "PMI", "ODGJ", "ODP", "PDP", "OTG", "RT", "RW",
    "SD", "SMP", "SMA", "SMK", "PAUD", "TK", "S1", "S2", "S3", "PR", "LHKPN", "LKPJ", "RPJMN", "RAPBD",
    "PON", "SEA", "PPDB", "UN", "CPNS", "SKB", "TWK", "KKN", "UU", "RUU", "PP", "PERPU", "PERPPU", "PERDA",
})
# Courts named by the court they sit at ("Pengadilan Tipikor pada PN Jakarta Pusat"): the head words whose
# name goes on over "pada" and the words that open the court after it.
COURT_HEADS: frozenset[str] = frozenset({"pengadilan"})
COURT_OPENERS: frozenset[str] = frozenset({"pengadilan", "pn", "pt", "ptun", "pa", "pms"})

# Prepositions and conjunctions that a title-case line capitalises ("Banjir Rendam Rumah Di Bekasi"):
# written so, they never continue a head word's name. Not "atas" ("Sekolah Menengah Atas") nor
# "yang" (a Chinese surname).
CAPITALISED_FUNCTION_WORDS: frozenset[str] = frozenset({
    "di", "ke", "dari", "pada", "dengan", "untuk", "oleh", "akan", "tidak", "usai", "soal", "kepada",
    "terhadap", "hingga", "sampai", "setelah", "sebelum", "karena", "jadi", "bakal", "masih", "sudah",
})

# Last words of airlines' names ("Sriwijaya Air", "Lion Air", "Batik Air"): after a name word, outside a
# title-case line, the run is the airline (an ordinary word elsewhere: "Ketinggian Air").
AIRLINE_TAILS: frozenset[str] = frozenset({"air", "airlines", "airways", "aviation", "jet"})
# Misspellings of head words common in news ("Komplek Parlemen" for "Kompleks").
HEAD_SPELLINGS: dict[str, str] = {"komplek": "kompleks"}
# Heads of names that often honour a person ("Universitas Islam Negeri (UIN) Syarif Hidayatullah", "Bandara
# Sultan Hasanuddin", "RSUP Dr. Sardjito"): a person's name after them is more of the name.
HONOUR_HEADS: frozenset[str] = frozenset({
    "universitas", "institut", "sekolah", "akademi", "rumah", "rs", "rsud", "rsup", "bandara", "stadion", "jalan",
    "jl", "masjid", "gedung", "museum", "taman", "lapangan", "gor", "wisma", "graha", "makam", "monumen", "tugu",
    "pelabuhan", "terminal",
})

# A company's legal form, written in brackets after its name ("PT Pertamina (Persero)"): no short form of the name.
LEGAL_FORMS: frozenset[str] = frozenset({"persero", "perum", "perseroan", "tbk", "ltd", "inc", "plc", "bhd", "llc",
                                         "gmbh", "corp", "co", "ag", "sa"})
