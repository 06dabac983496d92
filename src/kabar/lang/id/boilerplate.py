"""What Indonesian news sites wrap around an article: patterns as data, no logic.

Each whole-line rule is ``(kind, pattern)``; patterns are matched case-insensitively
against a stripped line. Kinds follow the gold convention: related_link, byline,
source, tags, pagination, section, comment_form, share, read_more, copyright,
advertisement, caption, dateline, site_prefix, end_marker, repeated_headline.
"""
from __future__ import annotations

# Markers that open a link to another article. At the start of a line they need no
# colon ("BACA JUGA Harga ..."); glued inside a line they must have one.
RELATED_MARKERS = (
    r"baca\s+juga", r"baca\s+pula", r"lihat\s+juga", r"simak\s+juga", r"simak\s+pula",
    r"berita\s+terkait", r"artikel\s+terkait", r"baca\s+berita\s+(?:lainnya|terkait)",
    r"baca\s+artikel\s+(?:lainnya|terkait)", r"read\s+also", r"see\s+also", r"related",
    r"cek\s+juga", r"jangan\s+lewatkan", r"tonton\s+juga", r"saksikan\s+juga",
)

# Labels of credit lines, mapped to the byline field they fill.
CREDIT_LABELS = {
    "penulis": "authors", "reporter": "authors", "wartawan": "authors", "pewarta": "authors",
    "kontributor": "authors", "oleh": "authors", "author": "authors", "writer": "authors",
    "laporan wartawan": "authors", "laporan reporter": "authors",
    "editor": "editors", "redaktur": "editors", "penyunting": "editors", "penyelaras": "editors",
    "editing": "editors", "penerjemah": "editors", "alih bahasa": "editors",
    "sumber": "agencies", "source": "agencies", "sumber berita": "agencies",
    "fotografer": None, "foto": None, "videografer": None, "grafis": None,
}

WHOLE_LINE = (
    ("byline", r"^(?:penulis|reporter|wartawan|pewarta|kontributor|editor|redaktur|penyunting|penyelaras|"
               r"fotografer|videografer|penerjemah|alih bahasa|author|writer)\s*[:：|]"),
    ("byline", r"^(?:laporan|liputan)\s+(?:wartawan|reporter|koresponden|jurnalis)\b.{0,80}$"),
    ("byline", r"^oleh(?:\s*+:)?\s++[A-Z][\w.'-]*+(?:\s++[A-Z][\w.'-]*+){0,4}\s*+$"),
    ("source", r"^(?:sumber|source|sumber berita)\s*[:：]\s*.{1,120}$"),
    ("tags", r"^(?:tags?|tagar|topik|topic|kata\s+kunci|keywords?|label)\s*[:：]"),
    ("tags", r"^(?:tags?|topik terkait|tagar)$"),
    ("pagination", r"^(?:halaman|page|hal\.?)\s*+(?:[:：]\s*+)?\d++(?:\s*+[,|/-]?\s*+\d++)*+\s*+[,|/-]?\s*+"
                   r"(?:selanjutnya|berikutnya|next)?\s*+[»>]*+$"),
    ("pagination", r"^(?:halaman|page)\s+(?:selanjutnya|berikutnya|sebelumnya|next|previous)\b.{0,40}$"),
    ("pagination", r"^(?:«|‹|<)?\s*(?:sebelumnya|selanjutnya|next|prev(?:ious)?)\s*(?:»|›|>)?$"),
    ("section", r"^(?:artikel\s+pilihan|berita\s+terkait|berita\s+terpopuler|terpopuler|berita\s+lainnya|"
                r"berita\s+terkini|rekomendasi(?:\s+untuk\s+anda)?|pilihan\s+editor|editor'?s\s+pick|terkini|populer|"
                r"trending|most\s+popular|related\s+(?:articles?|news|posts?)|artikel\s+terkait|"
                r"video\s+pilihan|baca\s+juga|lainnya|headline|berita\s+utama)\s*:?$"),
    ("comment_form", r"^(?:leave\s+a\s+(?:reply|comment)|tinggalkan\s+(?:balasan|komentar)|"
                     r"komentar(?:\s+anda)?|(?:\d+\s+)?comments?|post\s+comment|kirim\s+komentar|"
                     r"beri\s+komentar|tulis\s+komentar)\s*:?$"),
    ("comment_form", r"^(?:your\s+email\s+address\s+will\s+not\s+be\s+published|"
                     r"alamat\s+email\s+anda\s+tidak\s+akan\s+(?:dipublikasikan|ditampilkan)|"
                     r"required\s+fields\s+are\s+marked|save\s+my\s+name,\s+email|"
                     r"simpan\s+nama,\s+email|you\s+must\s+be\s+logged\s+in|"
                     r"silakan\s+login\s+untuk\s+berkomentar)"),
    ("share", r"^(?:bagikan|share|share\s+this|bagikan\s+artikel(?:\s+ini)?|follow\s+us|ikuti\s+kami)\s*+:?"
              r"(?:\s*+(?:facebook|twitter|x|whatsapp|telegram|line|linkedin|email|copy\s+link|salin\s+tautan)"
              r"[\s,|]*+)*+$"),
    ("share", r"^(?:simak|ikuti|dapatkan|baca|gabung|join|klik|download|unduh|cek|follow|pantau|tonton|saksikan)\b"
              r".{0,120}\b(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp|channel\s+whatsapp|telegram|"
              r"instagram|facebook|twitter|tiktok|youtube|aplikasi|app\s+store|play\s+store|linktr\.ee|"
              r"update\s+berita|berita\s+terkini|notifikasi)\b.{0,80}$"),
    ("share", r"^(?:temukan|dapatkan|baca|simak|cari|nikmati)\s.{0,60}\b(?:artikel|berita|informasi|info|konten)\b"
              r".{0,40}\blainnya\s(?:hanya\s)?(?:di|melalui)\s.{1,80}$"),
    ("share", r"^(?:(?:facebook|twitter|whatsapp|telegram|linkedin|pinterest|email|line|copy\s+link)[\s,|·•]*){2,}$"),
    ("read_more", r"^(?:read\s+entire\s+article|read\s+more|baca\s+selengkapnya|selengkapnya|"
                  r"baca\s+artikel\s+selengkapnya|continue\s+reading|lanjut\s+baca)\b.{0,80}$"),
    ("copyright", r"^(?:©|\(c\)|(?:copyright|hak\s+cipta)\b).{0,160}$"),
    ("copyright", r"^.{0,120}\ball\s+rights\s+reserved\.?$"),
    ("advertisement", r"^(?:advertisement|advertisment|iklan|ads|sponsored|konten\s+sponsor|"
                      r"scroll\s+to\s+(?:continue|resume)(?:\s+with\s+content)?|gulir\s+untuk\s+melanjutkan)\s*\.?$"),
    ("caption", r"^\(?(?:foto|photo|gambar|ilustrasi|dok(?:\.|umentasi)?|sumber\s+foto|image|video|infografis)\s*[:：]"
                r".{0,200}$"),
    ("caption", r"^\[(?:foto|video|galeri|infografis)\].{0,200}$"),
)

# A caption glued inside a paragraph: "(Foto: KCNA via Reuters)".
CAPTION_FRAGMENT = (r"\(\s*(?:foto|photo|gambar|ilustrasi|dok\.?|dokumentasi|sumber\s+foto|image|kredit\s+foto)"
                    r"\s*[:：][^()]{1,160}\)")

# End-of-article marks glued to the last sentence: "(*)", "(nam/red)", "(ant)", "[ab]".
END_MARKER = r"(?<!\s)\s*+(?:\((?:\*+|[a-z]{2,6}(?:\s*/\s*[a-z*]{1,6})*)\)|\[(?:[a-z]{2,6}(?:/[a-z]{2,6})*)\]|\*{3})\s*+$"

# Words that make a capitalised phrase look like an outlet name in a dateline
# such as "Bandung, Warta Kita Presiden ..." (no dash to mark where it ends).
OUTLET_WORDS = (
    "warta", "berita", "news", "pos", "post", "times", "kabar", "media", "online", "tv", "daily",
    "harian", "koran", "tribun", "radar", "suara", "antara", "channel", "network", "press", "pers",
    "journal", "jurnal", "today", "kini", "info", "portal", "sindo", "express", "ekspres",
)

# Words that name no outlet where a follow prompt or a scene report would ("Ikuti berita terkini di Google
# News", "pantauan Tim SAR di lokasi"): generic readers' words and observers who are not the newsroom.
NOT_OUTLET_WORDS = frozenset("""
kami kita terkini terbaru terbaik lainnya pilihan menarik populer utama harian hari ini seputar
tim petugas wartawan reporter jurnalis koresponden kontributor awak media redaksi polisi aparat warga
satelit cctv kamera sar basarnas bmkg bpbd bnpb pvmbg magma
""".split())

# Internet domain endings that mark a token as an outlet ("Warta.ID", "kabarkini.com").
DOMAIN_SUFFIXES = ("id", "com", "co", "co.id", "net", "org", "news", "tv", "info", "web.id", "or.id")

# Separators between a dateline's outlet/section part and its date ("Outlet rubrik | 27 Juli 2023").
DATELINE_SEPARATORS = r"[|•·–—-]"

# Capitalised words that open ordinary sentences: a "place" in a dateline is never one of these.
SENTENCE_OPENERS = frozenset("""
menurut namun sementara selain dalam pada di ke dari untuk saat ketika setelah sebelum kemudian sedangkan
tetapi tapi bahkan meski meskipun walaupun jika bila apabila karena sebab oleh bagi sejak hingga sampai seperti
kata ujar ia dia mereka kami kita saya itu ini para sang pihak tak tidak juga adapun sedang selama tanpa terkait
dengan atas bersama kepada terhadap antara tentang maka lalu akan telah sudah belum masih yang bukan hal
""".split())

# ---------------------------------------------------------------------------------------------
# Word lists the learned line classifier (kabar.clean.features) counts as evidence. They are plain
# words and phrases, lower-case, matched on word boundaries; no pattern here is a regular expression.

# Words that mark a photo as older than its page ("Foto dok.", "arsip", "file photo") or as no photo of the
# event at all ("Ilustrasi"): such a caption's date does not date the page.
ARCHIVE_PHOTO_WORDS = frozenset("""
dok dok. dokumentasi arsip archive file ilustrasi illustration
""".split())

# Words that open a photo caption or credit ("Foto: ...", "Ilustrasi pesawat ...", "Kolase ...").
CAPTION_CUES = (
    "foto", "photo", "ilustrasi", "illustration", "dok", "dok.", "dokumentasi", "kolase", "tangkapan layar",
    "screenshot", "capture", "gambar", "image", "infografis", "grafis", "kredit foto", "sumber foto", "video",
    "antara foto", "potret", "suasana",
)

# Tokens of photo and material credits ("Tribunnews/ Nama", "(ANTARA FOTO/Nama)", "Istimewa", "Dok. Humas").
CREDIT_WORDS = frozenset("""
istimewa dok dok. dokumentasi handout humas antara reuters afp ap epa getty getty images shutterstock freepik
pexels unsplash capture youtube instagram twitter tiktok facebook tangkapan layar screenshot net internet
tribunnews kompas.com detik detikcom foto ist via courtesy file arsip pribadi
""".split())

# Words of site chrome and widgets: menus, modes, sharing, sizes, counters, ads, live tickers, logins.
WIDGET_WORDS = frozenset("""
menu beranda home mode gelap terang dark light subscribe berlangganan langganan login masuk daftar register logout
share bagikan salin copy link tautan url berhasil dicopy disalin font ukuran views dilihat kali dibaca
advertisement advertising iklan ads sponsored live timeline breaking news trending terpopuler populer tag tags
topik follow ikuti whatsapp facebook twitter telegram line linkedin email print cetak komentar comments comment
scroll continue lanjut lihat semua selengkapnya next prev previous sebelumnya selanjutnya loading memuat
google play store app aplikasi notifikasi search cari pencarian kategori indeks index video foto galeri
graph tokoh tutup close klik di sini here
""".split())

# Labels of credit lines that may stand alone or carry names ("Penulis:", "Editor", "By Nama").
CREDIT_ROLE_WORDS = frozenset("""
penulis editor reporter wartawan pewarta kontributor redaktur penyunting penyelaras fotografer videografer
oleh by author writer laporan liputan koresponden sumber source editing penerjemah
""".split())

# Names of news sections and rubrics that stand alone as labels ("News", "Nasional", "Headline Humaniora").
SECTION_WORDS = frozenset("""
news berita nasional internasional dunia global politik hukum kriminal ekonomi bisnis finansial keuangan
olahraga sport sports bola humaniora headline headlines daerah regional megapolitan metro teknologi tekno
otomotif hiburan seleb selebriti lifestyle gaya hidup kesehatan health opini kolom editorial pendidikan
sains travel wisata kuliner properti pemilu agama hankam sosial budaya viral terkini update utama pilihan
editor's pick rubrik kanal breaking analisis investigasi infografis
""".split())

# Words of a site's own promotion and footer ("The Most Engaging Media ...", "Follow ... untuk informasi terkini").
PROMO_WORDS = frozenset("""
media terpercaya terkini terbaru terupdate engaging millennials gen z milenial portal situs berita informasi
kunjungi download unduh channel saluran dapatkan update follow ikuti klik
""".split())
