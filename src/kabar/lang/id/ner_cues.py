"""Cue words around Indonesian named entities, as data for the NER tagger.

Each class names what the word signals about the neighbouring name: a title
before a person, a prefix that opens an organisation or place name, and so on.
All entries are lower-case; multi-word cues are space-separated token strings
matched on the lower-cased token sequence (longest match first).
"""
from __future__ import annotations

# Titles and offices that stand right before a person's name.
PERSON_TITLES = frozenset("""
presiden wapres wakil menteri menko menlu menhan mendagri menkeu menkes mendikbud menag mensesneg
mentan menpora menkumham menparekraf menhub mensos menaker kapolri kapolda kapolres kapolsek
panglima jenderal jendral letjen mayjen brigjen marsekal laksamana kolonel letkol mayor kapten
komjen irjen kombes akbp akp kompol iptu ipda aiptu bripka brigadir gubernur wagub bupati wabup
walikota wali camat lurah kades dubes duta ketua wakil sekjen direktur dirut dirjen kepala kabag
kasubag juru jubir kabid rektor dekan profesor prof dr drs dra ir h hj kh kiai kyai ustaz ustad ustadz
habib syekh paus raja ratu pangeran putri sultan pemimpin perdana pm senator hakim jaksa
pengacara kuasa hukum pelatih kapten striker gelandang bek kiper penyanyi aktor aktris artis
sutradara komedian presenter rapper pebulu pebalap petenis pegolf
""".split())

# Honorifics and forms of address directly before a name.
PERSON_HONORIFICS = frozenset("""
bapak pak bu ibu bung mbak mas kak om tante nyonya ny tuan tn nona nn sdr saudara saudari almarhum
almarhumah alm mr mrs ms miss sir mister madame raden teuku cut tubagus
""".split())

# Particles inside person names.
PERSON_PARTICLES = frozenset("bin binti van von de der al el bint".split())

# Words that open an organisation name.
ORG_PREFIXES = frozenset("""
pt cv pd ud tbk kementerian kementrian kemenkeu kemendagri kemenlu kemenhan departemen badan
lembaga komisi komite dewan majelis mahkamah pengadilan kejaksaan kejati kejari kepolisian polda
polres polsek polri tni partai fraksi universitas institut sekolah sma smp smk sd politeknik
akademi fakultas yayasan perusahaan bank asosiasi himpunan ikatan persatuan perhimpunan
serikat federasi organisasi forum gerakan front koalisi kantor biro direktorat sekretariat
kabinet klub tim persatuan rumah pemerintah pemkot pemkab pemprov dprd dpr mpr kpu bawaslu
""".split())

# Words that close an organisation name.
ORG_SUFFIXES = frozenset("""
tbk corp corporation inc ltd limited group company co berhad association federation
organization organisation institute university club fc united center centre foundation
agency council party
""".split())

# Words that open a place name.
LOC_PREFIXES = frozenset("""
kota kabupaten kab kecamatan kec kelurahan kel desa dusun kampung provinsi prov propinsi distrik
wilayah kawasan daerah negara republik kerajaan pulau kepulauan gunung gn danau sungai laut
selat teluk tanjung samudra samudera benua jalan jl jln gedung gd bandara pelabuhan stasiun
terminal lapangan stadion alun-alun pantai lembah jazirah semenanjung
""".split())

# Words that close a place name (compass points and the like).
LOC_SUFFIXES = frozenset("""
barat timur utara selatan tengah tenggara barat daya barat laut timur laut pusat raya city
""".split())

# Prepositions that often introduce a place.
LOC_PREPOSITIONS = frozenset("di ke dari menuju dalam sekitar asal".split())

# Prepositions and cue verbs that often introduce a person.
PERSON_CONTEXT = frozenset("""
kata ujar ucap tutur ungkap jelas sebut tegas imbuh menurut oleh kepada bersama dengan
""".split())

# Multi-word offices and institutions; the whole phrase gets the class.
MULTIWORD = {
    "PTIT": (
        "menteri pertahanan", "menteri luar negeri", "menteri dalam negeri", "menteri keuangan",
        "menteri koordinator", "perdana menteri", "wakil presiden", "juru bicara", "kepala staf",
        "ketua umum", "sekretaris jenderal", "direktur utama", "direktur jenderal", "duta besar",
        "wakil ketua", "kepala negara", "pemimpin tertinggi", "wali kota", "calon presiden",
    ),
    "OPRE": (
        "dewan perwakilan rakyat", "majelis permusyawaratan rakyat", "komisi pemberantasan korupsi",
        "badan intelijen", "perserikatan bangsa-bangsa", "mahkamah agung", "mahkamah konstitusi",
        "kantor berita", "tentara nasional", "angkatan darat", "angkatan laut", "angkatan udara",
    ),
    "LPRE": ("daerah istimewa", "jalan raya", "kota administrasi"),
}

# Country, region and capital names in Indonesian spelling (world knowledge).
PLACES = frozenset("""
indonesia malaysia singapura brunei thailand vietnam filipina kamboja laos myanmar timor leste
china tiongkok cina jepang korea korut korsel taiwan mongolia india pakistan bangladesh nepal
sri lanka afghanistan afganistan iran irak suriah lebanon yordania israel palestina arab saudi
yaman oman qatar kuwait bahrain uea emirat turki mesir libya tunisia aljazair maroko sudan
ethiopia etiopia kenya nigeria ghana somalia uganda tanzania kongo kamerun
rusia ukraina belarus polandia jerman prancis perancis inggris britania skotlandia irlandia
spanyol portugal italia yunani belanda belgia swiss austria swedia norwegia denmark finlandia
islandia ceko slowakia hungaria rumania bulgaria serbia kroasia bosnia albania georgia armenia
azerbaijan kazakhstan uzbekistan amerika serikat as kanada meksiko kuba brasil argentina chile
cile peru kolombia venezuela ekuador bolivia uruguay paraguay australia selandia papua nugini
fiji eropa asia afrika oseania antartika pasifik atlantik jakarta bandung surabaya
medan semarang yogyakarta makassar palembang denpasar bali jawa sumatera sumatra kalimantan
sulawesi papua maluku aceh riau jambi bengkulu lampung banten nusa tenggara gorontalo manado
pontianak balikpapan samarinda banjarmasin padang pekanbaru batam solo malang bogor depok bekasi
tangerang kupang ambon jayapura mataram beijing tokyo seoul pyongyang moskow washington london
paris berlin roma madrid canberra sydney bangkok hanoi manila kuala lumpur york beirut
baghdad teheran kabul islamabad delhi dubai riyadh kairo yerusalem gaza kiev kyiv
""".split())

# Abbreviations written with a full stop that does not end the sentence (lower-cased,
# without the dot); used when the tagger splits raw text into sentences itself.
ABBREVIATIONS = frozenset("""
jl jln gg no kab kec kel prov ds dr drs dra ir prof h hj kh st tn ny nn sdr bpk pt cv tbk
a.n u.p dll dsb dst yth mr mrs ms vs
""".split())
