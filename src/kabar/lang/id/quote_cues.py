"""Indonesian reported-speech data: cue verbs, quotation marks, unnamed speakers, pronouns.

All words lower-cased; the logic lives in :mod:`kabar.quotes`.
"""
from __future__ import annotations

# Opening mark -> closing mark. Straight quotes pair with themselves.
QUOTE_PAIRS: dict[str, str] = {"“": "”", "\"": "\"", "«": "»", "‘": "’", "„": "”"}
# A quotation longer than this is a pairing error, not speech.
MAX_QUOTE_CHARS = 2500

# Cues written after the quote or clause, speaker after them: '"...," kata Kim.'
POST_CUES: frozenset[str] = frozenset({
    "kata", "ujar", "ucap", "tutur", "jelas", "tegas", "ungkap", "imbuh", "tambah", "lapor",
    "tulis", "sebut", "papar", "terang", "paparnya", "katanya", "ujarnya", "ucapnya", "tuturnya",
    "jelasnya", "tegasnya", "ungkapnya", "imbuhnya", "tambahnya", "tulisnya", "sebutnya",
    "terangnya", "pungkas", "pungkasnya", "seru", "bebernya", "beber", "kilahnya", "kilah",
    "lanjut", "lanjutnya", "sambung", "sambungnya", "tandas", "tandasnya", "timpal", "timpalnya",
    "tutup", "tutupnya", "tanya", "tanyanya", "aku", "akunya", "kelakar", "kelakarnya", "seloroh",
    "selorohnya", "ungkapnya", "tuding", "tudingnya", "bilang", "ceritanya", "cerita", "imbau", "imbaunya",
    "jawab", "jawabnya", "klaim", "klaimnya", "bunyi",
})
# Suffixed post cues carry their own pronoun speaker ("katanya" = he said).
PRONOUN_SUFFIX = "nya"

# Verbs written after the speaker and before what was said: 'Kim mengatakan bahwa ...'.
PRE_CUES: frozenset[str] = frozenset({
    "mengatakan", "menyatakan", "menegaskan", "mengungkapkan", "menjelaskan", "menuturkan",
    "menyebutkan", "menambahkan", "melaporkan", "mengklaim", "mengumumkan", "menekankan",
    "mengakui", "menyampaikan", "menerangkan", "memperingatkan", "menilai", "membantah",
    "mengimbuhkan", "memaparkan", "menulis", "berkata", "berujar", "bertutur", "mengemukakan",
    "menyebut", "menggambarkan", "mengecam", "menuding", "menyerukan", "berpendapat",
    "mengingatkan", "menandaskan", "membeberkan", "mengutarakan",
    "melanjutkan", "mengonfirmasi", "meyakinkan", "memastikan", "mengungkap", "menerangkan",
    "berpesan", "mengimbau", "bercerita", "menceritakan",
})
# Cues whose quoted words are labels for something ("menyebut mereka sebagai “martir”"):
# only the quoted words are the quote, never the whole clause.
LABEL_CUES: frozenset[str] = frozenset({"menyebut", "menggambarkan", "mengecam", "menuding", "menjuluki"})
# "menyebut X sebagai Y": the word that makes what follows a label cue a name for something.
LABEL_AS = "sebagai"
# Prefixes of Indonesian verbs: a word so begun right after a short subject is its predicate.
VERB_PREFIXES: tuple[str, ...] = ("me", "ber", "di", "ter")
# Cues that often take a plain noun object ("menyatakan rasa terima kasih"): they report
# speech only with "bahwa", a colon or a quotation after them.
OBJECT_CUES: frozenset[str] = frozenset({
    "menyatakan", "menyampaikan", "mengumumkan", "mengungkapkan", "mengakui", "membantah",
    "menyerukan", "mengemukakan", "mengutarakan", "memaparkan", "membeberkan", "menulis",
    "melanjutkan", "mengonfirmasi", "meyakinkan", "memastikan", "mengungkap", "mengimbau",
    "menceritakan",
})
# Passive cues name their speaker after them ("Hal itu disampaikan kantor berita KCNA").
PASSIVE_CUES: frozenset[str] = frozenset({
    "disampaikan", "dikatakan", "diungkapkan", "dinyatakan", "ditegaskan", "dijelaskan",
    "dilaporkan", "disebutkan", "diumumkan",
})
# Source cues: "menurut X, ..." or "..., menurut X".
ACCORDING_TO: frozenset[str] = frozenset({"menurut", "menurutnya"})
# Words that relay someone else's words: "kata media Rusia mengutip Shoigu".
RELAY_WORDS: frozenset[str] = frozenset({"mengutip", "menirukan"})
# Fixed phrases that introduce a source rather than a speaker ("seperti dikutip dari X").
VIA_PHRASES: tuple[str, ...] = ("seperti dikutip", "dikutip dari", "dalam pernyataan", "melansir")

# After a pre cue, the reported clause starts after "bahwa" or a colon when one comes soon.
THAT = "bahwa"
CLAUSE_OPENERS: frozenset[str] = frozenset({":", ","})
OPENER_WINDOW = 10  # tokens between the cue and "bahwa" ("mengatakan kepada panel Senat bahwa")
# A reported clause shorter than this is a noun phrase ("membantah klaim tersebut").
MIN_CLAUSE_TOKENS = 4
# Share of a clause that a quotation must cover to make it direct rather than mixed.
DIRECT_SHARE = 0.7
# Joiners dropped at the end of a clause cut by the next cue ("... dan mengatakan").
CLAUSE_TAIL_JOINERS: frozenset[str] = frozenset({
    "dan", "serta", ",", "sambil", "seraya", "dengan", "lalu", "kemudian", "sembari", "sekaligus",
})

# Comma segments starting with these are adverbials, not the subject of a cue.
ADVERBIAL_STARTS: frozenset[str] = frozenset({
    "dalam", "di", "pada", "saat", "ketika", "selama", "setelah", "sebelum", "sejak", "sementara",
    "karena", "jika", "meski", "meskipun", "walaupun", "namun", "tetapi", "sedangkan", "dengan",
    "menurut", "bagi", "untuk", "kepada", "dari", "melansir", "seperti", "sebagaimana", "usai",
    "seusai", "menjelang", "atas", "terkait", "mengenai", "sebelumnya", "kemudian", "lalu",
    "selain", "sebagai", "oleh", "akibat", "apalagi", "bahkan", "adapun", "hal", "itu",
})
# A candidate speaker right after one of these is an object, not the subject.
PREPOSITIONS: frozenset[str] = frozenset({
    "kepada", "dengan", "dari", "untuk", "oleh", "terhadap", "bersama", "di", "ke", "atas",
    "antara", "tentang", "mengenai", "bagi", "pada", "melawan", "dan", "yang", "dipimpin",
})

# Head nouns of speakers the text leaves unnamed; kept with speaker null and a role.
UNNAMED_SPEAKERS: frozenset[str] = frozenset({
    "analis", "pengamat", "ahli", "pakar", "sumber", "pejabat", "diplomat", "jenderal", "media",
    "warga", "saksi", "peneliti", "ekonom", "aktivis", "kritikus", "juru", "jubir", "narasumber",
    "pemimpin", "perwira", "tentara", "polisi", "petugas", "penduduk", "laporan", "kelompok",
    "pihak", "organisasi", "lembaga", "anggota", "delegasi", "politisi",
    "kalangan", "ilmuwan", "dokter", "akademisi", "orang", "kantor", "kementerian",
})
# Determiners before an unnamed speaker ("para analis", "beberapa ahli").
UNNAMED_DETERMINERS: frozenset[str] = frozenset({
    "para", "beberapa", "sejumlah", "banyak", "sebagian", "seorang", "salah", "kedua", "dua", "tiga",
    "empat", "lima", "sebuah", "satu", "seluruh",
})

# Adverbs between a bare name and its cue ("Roland juga mengatakan").
SKIP_BEFORE_CUE: frozenset[str] = frozenset({"juga", "pun", "kembali", "lalu", "kemudian", "sempat", "telah", "sudah", "pernah"})

# Personal pronouns and the entity type they refer back to.
PRONOUNS: dict[str, str] = {
    "ia": "PER", "dia": "PER", "beliau": "PER", "dirinya": "PER", "nya": "PER",
    "pihaknya": "ANY", "mereka": "ANY",
}
# Anaphoric noun phrases: a head noun then "itu"/"tersebut" ("kantor berita itu", "menteri tersebut").
ANAPHOR_DEMONSTRATIVES: frozenset[str] = frozenset({"itu", "tersebut", "ini"})
ANAPHOR_HEADS: dict[str, str] = {
    "kantor": "ORG", "kantor berita": "ORG", "media": "ORG", "kementerian": "ORG", "badan": "ORG",
    "lembaga": "ORG", "partai": "ORG", "organisasi": "ORG", "perusahaan": "ORG", "kelompok": "ORG",
    "menteri": "PER", "presiden": "PER", "pemimpin": "PER", "pejabat": "PER", "politisi": "PER",
    "jenderal": "PER", "diplomat": "PER", "tokoh": "PER", "juru bicara": "PER", "perdana menteri": "PER",
    "negara": "GPE", "pemerintah": "GPE",
}
# Entity types that can speak.
SPEAKER_TYPES: frozenset[str] = frozenset({"PER", "ORG", "GPE", "NORP"})

# --- Who can be a speaker (logic: kabar.quotes.cast) ---
# Offices and roles that head a speaker's noun phrase before the name ("Kepala BPBD Kota Z, Nama");
# with no name after them the speaker is an unnamed holder of the role, never the organisation
# or place in the phrase ("kata Kepala BPBD Kota Z" gives no speaker). Titles of kabar.lang.id.titles
# count too.
ROLE_WORDS: frozenset[str] = frozenset({
    "kepala", "wakil", "direktur", "dirjen", "dirut", "ketua", "sekretaris", "sekjen", "juru", "bicara",
    "jubir", "kuasa", "hukum", "pengacara", "penasihat", "advokat", "kabid", "kabag", "kasubdit", "kadis",
    "kasatreskrim", "kasat", "kanit", "kapolres", "kapolsek", "kapolda", "kadiv", "karo", "kapuspen",
    "kapuspenkum", "asisten", "deputi", "staf", "ahli", "koordinator", "komisioner", "anggota", "manajer",
    "pelaksana", "plt", "plh", "pj", "kasi", "camat", "lurah", "kades", "danramil", "dandim", "danrem",
    "pangdam", "kapendam", "kapenrem", "humas", "kasubbag", "analis", "peneliti", "pengamat", "guru",
    "besar", "dosen", "ekonom", "presiden", "menteri", "gubernur", "bupati", "wali", "kota",
    "istri", "suami", "anak", "ayah", "ibu", "kakak", "adik", "keluarga", "kerabat", "rekan", "teman",
    "tetangga", "ajudan", "orang", "tua", "paman", "bibi", "kakek", "nenek", "cucu", "menantu", "mertua",
    "perwakilan", "wakil", "utusan", "pimpinan", "pemimpin", "kuasa",
})
# Roles that are someone else's: the one name after them is their client, spouse or parent, not the
# speaker ("kuasa hukum Harvey menilai" is the lawyer speaking, unnamed).
RELATIONAL_ROLES: tuple[tuple[str, ...], ...] = (
    ("kuasa", "hukum"), ("penasihat", "hukum"), ("pengacara",), ("advokat",), ("juru", "bicara"),
    ("jubir",), ("istri",), ("suami",), ("anak",), ("ayah",), ("ibu",), ("kakak",), ("adik",),
    ("keluarga",), ("kerabat",), ("rekan",), ("teman",), ("tetangga",), ("ajudan",), ("orang", "tua"),
    ("paman",), ("bibi",), ("kakek",), ("nenek",), ("cucu",), ("menantu",), ("mertua",), ("staf",),
    ("asisten",), ("sekretaris", "pribadi"), ("putra",), ("putri",), ("saudara",), ("ipar",),
)
# Words inside a speaker's noun phrase that hand it on to the name after them ("warga bernama Budi",
# "pihak Kejaksaan Agung").
TRANSPARENT_WORDS: frozenset[str] = frozenset({"bernama", "berinisial", "pihak", "yakni", "yaitu", "selaku"})
# Inside a long office name: "Menteri Hukum dan HAM", "Kepala Bagian Kerja Sama dan Humas".
NAME_JOINERS: frozenset[str] = frozenset({"dan", "&", "(", ")", "-", "/", "."})
# Platforms and words capitalised in news that are never the one speaking.
NOT_SPEAKERS: frozenset[str] = frozenset({
    "x", "instagram", "youtube", "tiktok", "facebook", "twitter", "whatsapp", "telegram", "threads",
    "google", "breaking", "news", "update", "video", "foto", "baca", "juga", "pesawat", "kapal",
    "presiden", "menteri", "kepala", "negara", "pemerintah", "pusat", "daerah", "bidang", "sosial",
    "hukum", "humas", "umum", "wakil", "ketua", "direktur", "bapak", "ibu", "pak", "bu", "mas", "mbak",
    "kabinet", "istana", "fraksi", "parlemen", "kepolisian", "kejaksaan", "pengadilan", "redaksi",
    "board", "peace", "charter", "summit", "forum", "the", "of",
})
# Words opening a segment that gives the capacity of the name before it ("Arief, selaku Humas
# Basarnas, mengatakan"): the segment is an office in apposition.
CAPACITY_WORDS: frozenset[str] = frozenset({"selaku", "sebagai"})
# How far back (characters) a pronoun speaker looks for the named person it stands for.
ANTECEDENT_REACH = 1200
# A name right after these (titles between) is an agent of a passive or a recipient, not who goes on
# talking ("dicopot oleh Presiden X. “...,” kata dia"). Chosen on IndoCoref pronouns with
# benchmarks/coref.py: these four 0.803, none 0.801, every preposition 0.790.
OBJECT_MARKERS: frozenset[str] = frozenset({"oleh", "kepada", "terhadap", "melawan"})
# Words before an office that make it another office: "Wakil Presiden" is not "Presiden".
OFFICE_MODIFIERS: frozenset[str] = frozenset({"wakil", "mantan", "eks", "calon", "plt", "pj", "plh", "pelaksana"})
# Words that end a speaker's noun phrase (besides adverbials, prepositions, pronouns and verbs).
PHRASE_STOPS: frozenset[str] = ADVERBIAL_STARTS | PREPOSITIONS | SKIP_BEFORE_CUE | frozenset({
    "yang", "bahwa", "tak", "tidak", "belum", "akan", "sedang", "masih", "bisa", "dapat", "harus",
    "ini", "itu", "tersebut", "pula", "saja", "hanya", "pernah", "secara", "via", "lewat", "usai",
})
# Nouns that look like verbs by their prefix ("kantor berita", "pemberitaan"): they stay in a phrase.
PREFIXED_NOUNS: frozenset[str] = frozenset({"berita", "berkas", "beras", "meja", "menara", "mentri", "bersama-sama"})
# Offices that speak for their organisation: with no name, the organisation is the speaker
# ("kata juru bicara Kementerian Luar Negeri China" is the ministry speaking).
SPOKES_ROLES: tuple[tuple[str, ...], ...] = (("juru", "bicara"), ("jubir",), ("humas",), ("kepala", "humas"))
# Words that make reported content a clause rather than a noun phrase, read in its first words.
CLAUSE_MARKERS: frozenset[str] = frozenset({
    "akan", "telah", "sudah", "sedang", "tengah", "tidak", "tak", "belum", "bukan", "bisa", "dapat",
    "harus", "perlu", "masih", "mampu", "ingin", "hendak", "segera", "bakal", "pasti", "mesti", "boleh",
    "adalah", "merupakan", "menjadi", "sangat", "cukup", "terus", "kini",
})
CLAUSE_WINDOW = 8
# Words opening a subordinate clause: after a cue that may take a noun object ("menyampaikan"), what
# follows is reported speech ("menyampaikan berdasarkan hasil rapat semua fraksi setuju").
SUBORDINATORS: frozenset[str] = frozenset({
    "berdasarkan", "jika", "apabila", "bila", "kalau", "karena", "meski", "meskipun", "walaupun", "seandainya",
})
RELATIVE = "yang"
# Connectives that may stand before a cue that still opens its clause ("Namun, menurut dia, ...").
CONNECTIVES: frozenset[str] = frozenset({
    "namun", "tetapi", "tapi", "dan", "serta", "sementara", "itu", "oleh", "karena", "maka", "pun",
    "adapun", "lebih", "lanjut", "selanjutnya", "kemudian", "lalu", "juga", "bahkan",
})
# Nouns that describe an organisation named after them ("kantor berita KCNA" is KCNA speaking);
# any other lower-case head describes a person ("politikus Gerindra itu" is no party).
ORG_DESCRIPTORS: frozenset[str] = frozenset({
    "kantor", "media", "lembaga", "badan", "kementerian", "partai", "harian", "koran", "majalah", "situs",
    "organisasi", "perusahaan", "kelompok", "pihak", "instansi", "institusi", "komisi", "dewan", "otoritas",
    "kepolisian", "kejaksaan", "pengadilan", "mahkamah", "stasiun", "televisi", "laman", "akun", "kanal",
    "portal",
})
# Nouns for what a source put out ("laporan AFP", "data Dinas Kesehatan", "pernyataan Kemenlu"): the
# organisation or person after them speaks; with none, they are no speaker at all ("surat tersebut").
SOURCE_NOUNS: frozenset[str] = frozenset({
    "laporan", "pernyataan", "keterangan", "rilis", "siaran", "data", "catatan", "hasil", "survei",
    "riset", "penelitian", "kajian", "temuan", "dokumen", "surat", "unggahan", "cuitan", "postingan",
})
# Nouns for a state's government: "pemerintah Brasil" speaks as Brasil.
STATE_DESCRIPTORS: frozenset[str] = frozenset({"pemerintah", "negara", "kerajaan", "republik", "rezim"})
# Words after which a description gives the person's name ("pria yang akrab disapa Budi").
NAMED_AS: frozenset[str] = frozenset({"disapa", "dipanggil", "bernama", "berinisial", "dijuluki"})
# Words that point back to the words just quoted ('“...” Demikian kata Budi', '“...”\n\nHal itu
# disampaikan Budi'): the cue after them names the speaker of the quotation before.
POINTERS: frozenset[str] = frozenset({"demikian", "begitu", "begitulah", "demikianlah"})
POINTER_PHRASES: tuple[tuple[str, ...], ...] = (
    ("hal", "itu"), ("hal", "tersebut"), ("hal", "ini"), ("pernyataan", "itu"), ("pernyataan", "tersebut"),
    ("ucapan", "itu"), ("ucapan", "tersebut"), ("hal", "senada"), ("demikian",), ("begitu",),
    ("begitulah",), ("demikianlah",),
)
