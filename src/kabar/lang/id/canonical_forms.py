"""Language data for choosing a canonical name (``kabar.entities.canonical``).

English names: Indonesian news calls an English-named body by its capital-letter acronym (OECD,
USTR), an Indonesian-named one by its name. Elided heads: a party is named without "Partai"
("Gerindra", "Demokrat"). Trophies: an English "X Cup" is the Indonesian "Piala X".
"""
from __future__ import annotations

# Function words that occur inside English names but never inside Indonesian ones.
ENGLISH_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to"})

# Last words of English organisation names (Indonesian names put the head first).
ENGLISH_ORG_HEADS = frozenset({
    "agency", "association", "administration", "authority", "board", "bureau", "center", "centre",
    "command", "commission", "committee", "corporation", "council", "court", "department", "force",
    "forum", "foundation", "fund", "group", "institute", "league", "ministry", "office", "organization",
    "organisation", "party", "programme", "program", "representative", "service", "society", "union",
})

# Head words an organisation's name drops in running text: "Demokrat" for "Partai Demokrat".
ELIDED_ORG_HEADS = ("Partai",)

# A national body whose office in a region has a name of its own: Basarnas's regional offices are each a
# "Kantor Pencarian dan Pertolongan" (Kantor SAR), so "Basarnas Padang" is "Kantor Pencarian dan Pertolongan Padang".
REGIONAL_OFFICES = {"Badan Nasional Pencarian dan Pertolongan": "Kantor Pencarian dan Pertolongan"}

# Head words shortened to a capital glued to the name by a hyphen: a party's fraction in a legislature
# is written "F-PD", "F-PKS" for "Fraksi PD", "Fraksi PKS".
HYPHENED_HEADS = {"F": "Fraksi"}

# The last word of the name of a body that exists once per region ("Badan Penanggulangan Bencana Daerah",
# "Dewan Perwakilan Rakyat Daerah"), and the units of the regions it belongs to, as place names write them.
REGIONAL_BODY_WORD = "Daerah"
REGION_UNITS = frozenset({"Kabupaten", "Kota"})

# Names an Indonesian body shares with a foreign one: name -> (words only the foreign body's setting
# writes, the foreign body's canonical name). The United States' two parties are the Democratic and the
# Republican; Indonesian news names the first as Indonesia's Partai Demokrat is named. Georgia is a
# country and a state of the United States ("negara bagian").
NAMESAKES = {
    "Partai Demokrat": (("Partai Republik", "Republikan"), "Partai Demokrat (Amerika Serikat)"),
    "Georgia": (("negara bagian",), "Georgia (negara bagian AS)"),
}

# First words of the names of units inside a body (an agency, directorate, centre or corps of a ministry,
# the police or the armed forces): a unit's short form written before its body names the unit.
UNIT_HEADS = frozenset({"badan", "direktorat", "pusat", "biro", "divisi", "satuan", "korps", "detasemen",
                        "inspektorat", "sekretariat", "deputi", "komando"})

# Last words of the names of classes of offices, one in each region or court district, named by their level
# ("Pengadilan Negeri", "Kejaksaan Tinggi", "Badan Penanggulangan Bencana Daerah"): bare, such a name means
# the office of the place the document names; the names of single national bodies end otherwise.
OFFICE_LEVELS = frozenset({"negeri", "tinggi", "daerah", "wilayah", "resor", "sektor", "kota", "kabupaten", "provinsi"})

# Heads that official names write longer than the news does, by type: every coordinating ministry is a
# "Kementerian Koordinator Bidang ...", every toll road a "Jalan Tol ...", an election's short head
# ("Pilpres AS") is written out ("Pemilihan Presiden Amerika Serikat").
OFFICIAL_HEADS = {
    "ORG": {"Kementerian Koordinator": "Kementerian Koordinator Bidang", "Kemenko": "Kementerian Koordinator Bidang"},
    "LOC": {"Tol": "Jalan Tol"},
    "EVENT": {"Pilpres": "Pemilihan Presiden", "Pemilu": "Pemilihan Umum", "Pileg": "Pemilihan Legislatif",
              "Pilkada": "Pemilihan Kepala Daerah"},
}

# Indonesian news names its own country's national elections by the year alone ("Pemilihan Presiden
# 2024"); their names, like other countries' ("Pemilihan Presiden Amerika Serikat 2024"), carry the country.
HOME_COUNTRY = "Indonesia"
HOME_COUNTRY_FULL = "Republik Indonesia"  # as official names end
HOME_ELECTIONS = ("Pemilihan Presiden", "Pemilihan Umum", "Pemilihan Legislatif")

# Words before a capital that make it the city, not the state acting: a time zone ("waktu Jakarta") and
# a route ("rute Jakarta-Pontianak").
CITY_WORDS = frozenset({"waktu", "rute"})

# Head words of events written out where the event's name uses the short form: a summit is "KTT X".
EVENT_SHORT_HEADS = {"Konferensi Tingkat Tinggi": "KTT"}

# An English trophy word and the Indonesian word written before the name instead.
TROPHY_WORDS = {"Cup": "Piala", "Trophy": "Trofi"}

# Short head words of regional offices and units, spelled out in an office's canonical name the way
# its official name writes them ("Polda Jawa Timur" is "Kepolisian Daerah Jawa Timur", as "PN Jakarta
# Pusat" is "Pengadilan Negeri Jakarta Pusat"). General Indonesian administrative vocabulary: police,
# prosecutors, regional governments, public hospitals and regional services.
REGIONAL_HEADS = {
    "polda": "Kepolisian Daerah",
    "polres": "Kepolisian Resor",
    "polresta": "Kepolisian Resor Kota",
    "polrestabes": "Kepolisian Resor Kota Besar",
    "polsek": "Kepolisian Sektor",
    "kejati": "Kejaksaan Tinggi",
    "kejari": "Kejaksaan Negeri",
    "pemprov": "Pemerintah Provinsi",
    "pemkab": "Pemerintah Kabupaten",
    "pemkot": "Pemerintah Kota",
    "pemda": "Pemerintah Daerah",
    "kanwil": "Kantor Wilayah",
    "rsud": "Rumah Sakit Umum Daerah",
    "rsup": "Rumah Sakit Umum Pusat",
    "dinkes": "Dinas Kesehatan",
    "disdik": "Dinas Pendidikan",
    "dishub": "Dinas Perhubungan",
}

# Words of police ranks that the rank words of :mod:`kabar.lang.id.titles` leave out ("Komisaris Besar",
# "Ajun Komisaris Polisi"): after a body's name they open an officer's name, never a longer name of the body.
RANK_OPENERS = frozenset({"komisaris", "ajun"})
