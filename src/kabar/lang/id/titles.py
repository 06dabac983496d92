"""Titles and roles written before a person's name: they mark a PER and are never part of it.

All lower case; multi-word titles are tuples of words. The recogniser strips the
longest title it finds at the start of a capitalised run ("Menteri Pertahanan").
"""
from __future__ import annotations

# One-word titles, ranks, honorifics and roles.
TITLE_WORDS: frozenset[str] = frozenset({
    "presiden", "wapres", "wakil", "menteri", "menhan", "menlu", "menkeu", "mendagri", "menkes",
    "mendikbud", "menko", "perdana", "pm", "raja", "ratu", "pangeran", "putri", "sultan", "kaisar",
    "paus", "kanselir", "gubernur", "wagub", "bupati", "wabup", "walikota", "wali", "camat", "lurah",
    "kapolri", "kapolda", "kapolres", "kapolsek", "panglima", "kasad", "kasal", "kasau", "jenderal",
    "jendral", "letjen", "mayjen", "brigjen", "laksamana", "marsekal", "kolonel", "letkol", "mayor",
    "kapten", "letnan", "sersan", "kopral", "komisaris", "kombes", "irjen", "komjen", "aipda",
    "ketua", "wakil", "sekjen", "sekretaris", "direktur", "dirut", "kepala", "juru", "jubir",
    "duta", "dubes", "senator", "anggota", "pemimpin", "pimpinan", "pemimpinnya", "tokoh",
    "hakim", "jaksa", "pengacara", "profesor", "prof", "dr", "ir", "drs", "haji", "hajjah", "h", "hj",
    "kiai", "kyai", "ustaz", "ustad", "syekh", "habib", "pastor", "pendeta", "uskup", "imam",
    "bapak", "pak", "ibu", "bu", "saudara", "sdr", "tuan", "nyonya", "nona", "mr", "mrs", "ms",
    "mantan", "eks", "calon", "capres", "cawapres", "pejabat", "diplomat", "komandan", "kepala",
    "ketum", "kapuspen", "kapuspenkum", "kadiv", "kabag", "kabid", "menpan", "mensesneg",
    "penasihat", "utusan", "rektor", "dekan", "pelatih", "kapten", "striker", "kiper",
    "ayatollah", "emir", "syeikh", "perdana", "ketua umum", "president", "minister", "general",
    # abbreviated offices and ranks of Indonesian officials
    "menko", "menag", "mentan", "menpora", "menkumham", "menparekraf", "menhub", "mensos", "menaker",
    "menkominfo", "menkomdigi", "mendag", "menperin", "menpupr", "menteri-menteri", "menlhk", "menkop",
    "mendikdasmen", "mendiktisaintek", "menbud", "menpar", "mentrans", "menhut", "menimipas", "menham",
    "menkum", "menpppa", "menpanrb", "menesdm", "menbumn", "menkokesra", "menkopolhukam", "menkopolkam",
    "menkoperekonomian", "menkomarves", "menkopmk", "kades", "akbp", "akp", "kompol", "iptu", "ipda",
    "aiptu", "bripka", "brigadir", "bripda", "briptu", "serda", "serka", "sertu", "pratu", "praka", "kopda",
    "dirjen", "dirdik", "dirkrimum", "dirkrimsus", "dirreskrimum", "dirreskrimsus", "kasubdit", "kasat",
    "kasatreskrim", "kabareskrim", "kabaharkam", "kadiv", "kadis", "kakanwil", "kajari", "kajati", "kapuspenkum",
    "kasubag", "kabag", "kapus", "karo", "jampidsus", "jampidum", "wamen", "wamenlu", "wamenkeu",
    "sekda", "sesmen", "irwasum", "danjen", "danramil", "dandim", "danrem", "pangdam", "pangkostrad",
    "kasum", "kabais", "kabin", "kepala-kepala", "plt", "plh", "pj", "pjs", "ketua-ketua", "dubes",
    "chairman", "secretary", "director", "governor", "senator", "ambassador", "king", "queen", "prince",
    "sheikh", "pope", "chancellor", "spokesman", "spokesperson", "ceo", "founder", "chief",
    # village officers of the army and the police, deputies of police chiefs, unit heads
    "babinsa", "bhabinkamtibmas", "bhabin", "kadus", "kanit", "wakapolri", "wakapolda", "wakapolres",
    "wakapolsek", "wakasat", "kasie", "kasubsi",
    # ranks of the armed forces and the police not listed above
    "marsdya", "marsda", "marsma", "laksdya", "laksda", "laksma", "letda", "lettu", "serma", "pelda",
    "peltu", "prada", "bharada", "bharaka", "bharatu", "brigpol", "bripol", "kombespol", "akbp",
    "manajer", "koordinator", "kasi", "kasubbag", "kasubbid", "kabid", "kasie", "staf", "sekretaris",
})

# Multi-word titles; matched before single words so the whole title is stripped.
TITLE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("perdana", "menteri"), ("wakil", "presiden"), ("wakil", "perdana", "menteri"),
    ("menteri", "luar", "negeri"), ("menteri", "pertahanan"), ("menteri", "dalam", "negeri"),
    ("menteri", "keuangan"), ("menteri", "koordinator"), ("sekretaris", "jenderal"),
    ("sekretaris", "negara"), ("juru", "bicara"), ("duta", "besar"), ("kepala", "staf"),
    ("kepala", "negara"), ("kepala", "pemerintahan"), ("wali", "kota"), ("ketua", "umum"),
    ("panglima", "tni"), ("pemimpin", "tertinggi"), ("jaksa", "agung"),
    ("kuasa", "hukum"), ("juru", "kampanye"), ("wakil", "ketua"), ("ketua", "harian"),
    ("bapak", "presiden"), ("ibu", "negara"), ("panglima", "tertinggi"), ("secretary", "of"),
    # English offices as quoted passages write them ("Foreign Minister Sugiono", "Trade Representative ...")
    ("prime", "minister"), ("foreign", "minister"), ("finance", "minister"), ("defense", "minister"),
    ("defence", "minister"), ("trade", "minister"), ("foreign", "secretary"), ("home", "secretary"),
    ("press", "secretary"), ("treasury", "secretary"), ("defense", "secretary"), ("trade", "representative"),
    ("national", "security", "adviser"), ("national", "security", "advisor"), ("white", "house", "spokesperson"),
)
# Capitalised words that join the fields of one office ("Menteri Komunikasi dan Informatika").
# Short names of coordinating portfolios written after "Menko", "Deputi" or "Asisten" ("Menko Polhukam
# Budi Gunawan"): the office's field, never a name.
PORTFOLIO_FIELDS: frozenset[str] = frozenset({
    "polhukam", "polkam", "marves", "maritim", "pmk", "kesra", "ekuin", "kumham", "imipas", "ipk", "pm",
}) | frozenset({  # short names of directorates' and bureaus' fields ("Dirjen Aptika", "Kabid Humas")
    "aptika", "ikp", "sdppi", "ppi", "postel", "dukcapil", "gakkum", "binmas", "lantas", "reskrim", "reskrimum",
    "reskrimsus", "intelkam", "humas", "propam", "narkoba", "samapta", "tipikor", "pidsus", "pidum", "intel",
})
TITLE_FIELD_LINKS: frozenset[str] = frozenset({"dan", "&", "serta", "bidang", "urusan", "of", "for", "and"})

# Words after which a capitalised run is a person even without a title ("Pemerintahan Biden").
PER_CUES: frozenset[str] = frozenset({
    "pemerintahan", "rezim", "kabinet", "era", "kubu", "kakek", "nenek", "ayah", "ibu", "putra",
    "putri", "anak", "istri", "suami", "cucu", "adik", "kakak", "saudara", "oleh", "kata", "ujar",
    "tutur", "menurut", "bersama", "bertemu", "dengan",
})
# Of those, the cues that are strong enough on their own (the rest only help ambiguous runs).
STRONG_PER_CUES: frozenset[str] = frozenset({
    "pemerintahan", "rezim", "kabinet", "kakek", "nenek", "ayah", "putra", "putri", "istri",
    "suami", "cucu", "kata", "ujar", "tutur",
})

# English offices as Indonesian news copies them ("Chief Executive Officer", "Head of Research",
# "Secretary of Commerce", "Senior Vice President Corporate Communication"): words that open
# such an office before a name, and the words of its fields that continue it. Never part of a name.
ENGLISH_TITLE_OPENERS: frozenset[str] = frozenset({
    "chief", "head", "managing", "senior", "vice", "deputy", "executive", "assistant", "associate",
    "co-founder", "cofounder", "cfo", "coo", "cto", "cmo", "cio", "evp", "svp", "vp", "gm", "lead", "manager",
})
ENGLISH_OFFICE_WORDS: frozenset[str] = ENGLISH_TITLE_OPENERS | frozenset({
    "officer", "director", "president", "manager", "general", "secretary", "chairman", "chairwoman",
    "chairperson", "commissioner", "founder", "partner", "principal", "treasurer", "analyst", "economist",
    "operating", "operations", "financial", "finance", "technology", "technical", "marketing",
    "communication", "communications", "corporate", "affairs", "relations", "public", "research",
    "investor", "strategy", "strategic", "business", "development", "commercial", "product", "sales",
    "digital", "legal", "risk", "compliance", "human", "capital", "resources", "country", "regional",
    "global", "group", "commerce", "treasury", "defense", "defence", "homeland", "security", "energy",
    "justice", "health", "education", "agriculture", "transportation", "interior", "labor", "labour",
}) | frozenset({"ceo", "founder", "co-founder", "cofounder", "chairman", "presdir"}) | frozenset({
    # fields of technology and service units ("Direktur Network dan IT Solutions")
    "network", "networks", "solutions", "solution", "services", "service", "infrastructure", "information",
    "it", "ict", "data", "enterprise", "consumer", "wholesale", "retail", "customer", "platform", "innovation",
})

# Ranks and honorifics: the capitalised words after them are the name itself, never fields of an
# office ("Laksamana | Yudo Margono", where "yudo" is also an ordinary word), except these few.
RANK_WORDS: frozenset[str] = frozenset({
    "jenderal", "jendral", "letjen", "mayjen", "brigjen", "laksamana", "marsekal", "kolonel", "letkol",
    "mayor", "letnan", "sersan", "kopral", "kombes", "irjen", "komjen", "aipda", "akbp", "akp", "kompol",
    "iptu", "ipda", "aiptu", "bripka", "brigadir", "bripda", "briptu", "serda", "serka", "sertu", "pratu",
    "praka", "kopda", "marsdya", "marsda", "marsma", "laksdya", "laksda", "laksma", "letda", "lettu",
    "serma", "pelda", "peltu", "prada", "bharada", "bharaka", "bharatu", "brigpol", "bripol", "kombespol",
    "pak", "bu", "bapak", "ibu", "haji", "hajjah", "h", "hj", "dr", "prof", "ir", "drs", "kiai", "kyai",
    "ustaz", "ustad", "habib", "syekh", "syeikh", "tuan", "nyonya", "nona", "mr", "mrs", "ms",
})
# Of those, the ranks of the armed forces and the police (not forms of address such as "Bapak", which also
# open epithets: "Bapak Pembangunan"): after one, the words are a name even where each is an ordinary word.
SERVICE_RANKS: frozenset[str] = RANK_WORDS - frozenset({
    "pak", "bu", "bapak", "ibu", "haji", "hajjah", "h", "hj", "dr", "prof", "ir", "drs", "kiai", "kyai", "ustaz",
    "ustad", "habib", "syekh", "syeikh", "tuan", "nyonya", "nona", "mr", "mrs", "ms",
})
RANK_FIELDS: frozenset[str] = frozenset({"polisi", "pol", "tni", "purn", "purnawirawan", "anumerta", "kehormatan", "(", ")"}) \
    | frozenset({"inf", "kav", "arm", "arh", "czi", "cpm", "mar", "pnb", "psk", "chk", "laut"})  # corps ("Kapten Inf")

# Sports roles written before an athlete's name ("lifter Rizki Juniansyah", "pebulu tangkis ...").
SPORT_ROLES: frozenset[str] = frozenset({
    "lifter", "atlet", "pemain", "petenis", "pebalap", "pegolf", "perenang", "pelari", "pesilat",
    "pebulutangkis", "pesepakbola", "pebasket", "pevoli", "penembak", "pemanah", "pendayung", "pesenam",
    "pecatur", "petinju", "karateka", "judoka", "pesenam", "wasit", "juara", "atlet-atlet",
})
TITLE_WORDS = TITLE_WORDS | SPORT_ROLES | frozenset({"deputi", "asisten", "inspektur", "bendahara", "wakil-wakil"}) \
    | frozenset({  # heads of regional offices by their short titles ("Kadinkes Jabar", "Kalaksa BPBD")
        "kadinkes", "kadisdik", "kadishub", "kadispora", "kadisparbud", "kasatpol", "kalaksa", "kalak", "kalapas",
        "karutan", "kabiro", "kapusdatin", "kapusdatinkom", "kaur", "kabalai", "kakorlantas", "kabaharkam",
        "kabidhumas", "kasubbaghumas", "kasihumas", "kapendam", "kapenrem", "kadispenad", "kadispenal",
        "kadispenau", "kapuspenerbal",
    })

# Titles of offices named by a portfolio ("Menteri Perumahan Rakyat", "Deputi Bidang Infrastruktur"): a place's
# head word among their fields is an ordinary noun of the portfolio ("perumahan", "lapangan kerja"), no place.
PORTFOLIO_TITLES: frozenset[str] = frozenset({
    "menteri", "menko", "wamen", "deputi", "asisten", "dirjen", "sesmen", "sekretaris", "direktur", "inspektur",
})

# Words after which a short run of capitals is a person's initials, as crime and court news writes
# suspects, defendants, victims and witnesses ("tersangka berinisial AR", "saudara JP", "korban NL").
INITIALS_CUES: frozenset[str] = frozenset({
    "berinisial", "inisial", "saudara", "saudari", "sdr", "sdri", "tersangka", "terdakwa", "terpidana",
    "pelaku", "korban", "saksi", "pelapor", "terlapor", "almarhum", "almarhumah",
})
# Of those, the words that announce initials and nothing else ("berinisial AS" is a person, not the country).
INITIALS_WORDS: frozenset[str] = frozenset({"berinisial", "inisial", "inisialnya"})
# Forms of address and honorifics that open a person's name inside a place's or a body's name ("Stadion Gelora
# Bung Karno", "Bandara Sultan Hasanuddin"): the name after them is the honoured person's, more of the name.
ADDRESS_WORDS: frozenset[str] = frozenset({
    "bung", "pak", "bu", "bapak", "ibu", "mas", "mbak", "kak", "cak", "bang", "daeng", "teuku", "cut", "tengku",
    "raden", "gusti", "sultan", "sunan", "syekh", "haji", "kiai", "kyai", "ki", "nyi", "datuk", "andi",
})
