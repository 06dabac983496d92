"""Who said it: attribution cases of our own invention, each with its expected speaker.

Entities are filled in by hand, including the kind of mistakes a name tagger makes on real
pages (an office word or a province tagged as a person), because the speaker rules must hold
whatever the tagger returns. ``None`` means kabar must say it cannot name the speaker: the words
are in no attributed quote (they may be kept among the unattributed ones), never on a wrong person.
"""
import pytest

from kabar.model import Document
from kabar.quotes import extract_quotes

from .entity_docs import doc_with

# Surface form -> (type, canonical).
ENTITIES = {
    "Budi Santoso": ("PER", "Budi Santoso"), "Budi": ("PER", "Budi Santoso"),
    "Ani Lestari": ("PER", "Ani Lestari"), "Ani": ("PER", "Ani Lestari"),
    "Rudi Hartono": ("PER", "Rudi Hartono"), "Rudi": ("PER", "Rudi Hartono"),
    "Sinta Dewi": ("PER", "Sinta Dewi"), "Sinta": ("PER", "Sinta Dewi"),
    "Harso Wibowo": ("PER", "Harso Wibowo"), "Harso": ("PER", "Harso Wibowo"),
    "Dimas Prakoso": ("PER", "Dimas Prakoso"), "Dimas": ("PER", "Dimas Prakoso"),
    "Rahmat Hidayat": ("PER", "Rahmat Hidayat"), "Rahmat": ("PER", "Rahmat Hidayat"),
    "Sutrisno": ("PER", "Sutrisno"), "Joko Widodo": ("PER", "Joko Widodo"),
    "Lina Marlina": ("PER", "Lina Marlina"), "Partai Maju": ("ORG", "Partai Maju"),
    "BNPB": ("ORG", "Badan Nasional Penanggulangan Bencana"), "KCNA": ("ORG", "KCNA"),
    "Polri": ("ORG", "Kepolisian Negara Republik Indonesia"), "BPBD Kota Tanjung": ("ORG", "BPBD Kota Tanjung"),
    "Polda Sulawesi Tenggara": ("ORG", "Polda Sulawesi Tenggara"),
    "Sulawesi Tenggara": ("GPE", "Sulawesi Tenggara"), "Kota Tanjung": ("GPE", "Kota Tanjung"),
    "Korea Utara": ("GPE", "Korea Utara"), "Jakarta": ("GPE", "Jakarta"), "Instagram": ("ORG", "Instagram"),
    # a tagger's mistakes: office words and a platform taken for persons
    "Kemlu": ("ORG", "Kementerian Luar Negeri"), "Kemenkes": ("ORG", "Kementerian Kesehatan"),
    "Yosephine": ("PER", "Yosephine"), "Brasil": ("GPE", "Brasil"),
    "Sosial": ("PER", "Sosial"), "Bidang": ("PER", "Bidang"), "X": ("PER", "X"),
}


def make_doc(text: str) -> Document:
    """A document whose entities are every known surface form in the text, longest first."""
    return doc_with(text, ENTITIES)


def speaker_of(text: str, words: str) -> str | None:
    """The speaker kabar gives the quote containing ``words``; fails when no quote holds them."""
    named, unnamed = extract_quotes(make_doc(text))
    for q in named + unnamed:
        if words in q.text:
            return q.speaker
    raise AssertionError(f"no quote holds {words!r}: {named + unnamed}")


# (case, text, words of the quote, expected speaker)
CASES = [
    # A pronoun or clitic goes to the nearest named person before it, in narrative order.
    ("clitic after a named person",
     "Menteri Keuangan Budi Santoso hadir di rapat itu. “Anggaran kita aman,” ujarnya.",
     "Anggaran kita aman", "Budi Santoso"),
    ("'kata dia' after the nearest of two people",
     "Gubernur Rudi Hartono datang lebih awal. Setelah itu, Wali Kota Sinta Dewi tiba di lokasi. "
     "“Kami siap membantu warga,” kata dia.", "Kami siap membantu warga", "Sinta Dewi"),
    ("'Ia menambahkan' opens the next sentence",
     "Ani Lestari menjelaskan bahwa stok beras cukup. Ia menambahkan bahwa harga akan stabil pekan depan.",
     "harga akan stabil pekan depan", "Ani Lestari"),
    ("'tuturnya' after a paragraph about the person",
     "Rudi Hartono sudah dua puluh tahun menjadi nelayan.\n\n“Laut makin sulit ditebak,” tuturnya.",
     "Laut makin sulit ditebak", "Rudi Hartono"),
    ("a name inside the quotation is not the one who speaks",
     "Budi Santoso menerima wartawan di rumahnya. “Saya sudah bertemu Sinta Dewi kemarin,” ujarnya.",
     "Saya sudah bertemu Sinta Dewi kemarin", "Budi Santoso"),
    ("the object of 'oleh' is not the one who goes on talking",
     "Rudi Hartono membantah tuduhan yang disampaikan oleh Sinta Dewi. “Itu tidak benar,” kata dia.",
     "Itu tidak benar", "Rudi Hartono"),
    ("a name inside an earlier reported clause is not the antecedent",
     "Budi Santoso menegaskan bahwa Ani Lestari tidak dicopot. “Ia mundur atas kemauan sendiri,” katanya.",
     "Ia mundur atas kemauan sendiri", "Budi Santoso"),
    ("the subject goes on talking, not the person named in its object",
     "Dimas Prakoso mempertanyakan dasar putusan yang memperberat hukuman Harso Wibowo. "
     "Selain itu, ia menegaskan bahwa tidak ada bukti suap dalam perkara ini.",
     "tidak ada bukti suap dalam perkara ini", "Dimas Prakoso"),
    ("an office and a name opening the sentence are one subject",
     "Kepala Bidang Humas Lina Marlina menemui keluarga Budi Santoso di rumahnya. “Kami turut berduka,” katanya.",
     "Kami turut berduka", "Lina Marlina"),
    ("no named person before the pronoun",
     "Banjir merendam kampung itu sejak pagi. “Kami mengungsi ke masjid,” katanya.",
     "Kami mengungsi ke masjid", None),
    # Appositives: the name in apposition to an office speaks, not the client or the agency.
    ("lawyer, client, lawyer's name",
     "Kuasa hukum Harso Wibowo, Dimas Prakoso, menilai putusan banding itu tidak adil.",
     "putusan banding itu tidak adil", "Dimas Prakoso"),
    ("a lawyer with no name is not the client",
     "Kuasa hukum Harso Wibowo menilai putusan banding itu tidak adil.",
     "putusan banding itu tidak adil", None),
    ("post cue with lawyer and name",
     "“Kami akan mengajukan kasasi,” kata kuasa hukum Harso, Dimas Prakoso, di Jakarta.",
     "Kami akan mengajukan kasasi", "Dimas Prakoso"),
    ("office, agency and city, then the name",
     "Kepala BPBD Kota Tanjung, Rahmat Hidayat, mengatakan air mulai surut sejak pukul 10.00.",
     "air mulai surut sejak pukul 10.00", "Rahmat Hidayat"),
    ("a first name the tagger left out of an appositive name",
     "Direktur Penyakit Menular Kemenkes, Prima Yosephine, menjelaskan bahwa virus itu bukan virus baru.",
     "virus itu bukan virus baru", "Prima Yosephine"),
    ("name, then the office in apposition",
     "Rahmat Hidayat, Kepala BPBD Kota Tanjung, mengatakan tiga desa masih terendam.",
     "tiga desa masih terendam", "Rahmat Hidayat"),
    ("an office with no name speaks for no one named",
     "Kepala BPBD Kota Tanjung mengatakan tiga desa masih terendam.",
     "tiga desa masih terendam", None),
    ("name, 'selaku' office",
     "Lina Marlina, selaku Kepala Bidang Humas Polda Sulawesi Tenggara, mengatakan pelaku sudah ditangkap polisi.",
     "pelaku sudah ditangkap polisi", "Lina Marlina"),
    ("a name, an office and a son in apposition before the cue",
     "Sutrisno, mantan Bupati Kota Tanjung, putra sulungnya Dimas Prakoso yang juga hadir, menyebut "
     "banjir tahun ini “yang terburuk sejak 1990”.", "yang terburuk sejak 1990", "Sutrisno"),
    ("a person described by a party with 'itu' is no party",
     "Rudi Hartono menolak usulan itu. “Kami tidak akan mundur,” tegas politikus Partai Maju itu.",
     "Kami tidak akan mundur", "Rudi Hartono"),
    ("quoting someone is not handing them the words",
     "“Musim dingin akan datang,” ujar Budi Santoso mengutip Sinta Dewi dalam pidatonya.",
     "Musim dingin akan datang", "Budi Santoso"),
    ("a bare title refers to the person introduced with it",
     "Presiden Joko Widodo membuka sidang kabinet. “Kita harus bekerja lebih cepat,” kata Presiden.",
     "Kita harus bekerja lebih cepat", "Joko Widodo"),
    ("a description naming the person", "“Kami siap bertanding lagi,” ujar pria yang akrab disapa Budi itu.",
     "Kami siap bertanding lagi", "Budi Santoso"),
    ("a quotation over two paragraphs, the cue in the last",
     "Ani Lestari meninjau lokasi banjir.\n\n“Kami sudah mengirim bantuan ke tiga desa.\n\n"
     "“Besok tim kedua berangkat ke lokasi,” kata Budi Santoso.", "Kami sudah mengirim bantuan ke tiga desa",
     "Budi Santoso"),
    ("glued sentences end a reported clause",
     "Budi Santoso mengatakan stok pangan aman sampai akhir tahun.“Kami tidak akan impor,” ujar Ani Lestari.",
     "Kami tidak akan impor", "Ani Lestari"),
    ("the speaker after the quotation, then the verb", "“Kami siap menghadapi musim hujan,” Budi Santoso menegaskan.",
     "Kami siap menghadapi musim hujan", "Budi Santoso"),
    ("a sentence opening with 'Kata X,'", "Kata Budi Santoso, pemerintah sudah menyiapkan anggaran darurat.",
     "pemerintah sudah menyiapkan anggaran darurat", "Budi Santoso"),
    ("'Hal itu disampaikan X' points back to the quotation before",
     "Ani Lestari datang lebih awal.\n\n“Kami siap menghadapi musim hujan.”\n\n"
     "Hal itu disampaikan Budi Santoso dalam konferensi pers.", "Kami siap menghadapi musim hujan", "Budi Santoso"),
    ("'Demikian kata X' after the quotation",
     "“Kami siap menghadapi musim hujan.” Demikian kata Budi Santoso di Jakarta.",
     "Kami siap menghadapi musim hujan", "Budi Santoso"),
    # Residents in a video are not the official who posted it.
    ("residents speaking in a video an official posted",
     "Bupati Sutrisno mengunggah video banjir di akun Instagram miliknya. "
     "Dalam video itu, seorang warga mengatakan air naik sejak subuh.", "air naik sejak subuh", None),
    ("a resident's words with the official in the same sentence",
     "“Tolong kami, airnya naik,” kata seorang warga dalam video yang diunggah Bupati Sutrisno.",
     "Tolong kami, airnya naik", None),
    ("an uncued quotation after the video paragraph does not continue the official",
     "“Kami terus memantau ketinggian air,” kata Bupati Sutrisno.\n\n"
     "Dalam video yang ia unggah, terdengar warga berteriak meminta tolong.\n\n“Tolong, airnya sudah sedada!”",
     "Tolong, airnya sudah sedada", None),
    # Collective named sources speak; unnamed ones give no speaker.
    ("an agency after a post cue", "“Gempa tidak berpotensi tsunami,” kata BNPB.",
     "Gempa tidak berpotensi tsunami", "Badan Nasional Penanggulangan Bencana"),
    ("a news agency with 'menurut'", "Menurut KCNA, uji coba rudal itu berjalan sukses.",
     "uji coba rudal itu berjalan sukses", "KCNA"),
    ("an agency's data", "Menurut data BNPB, sebanyak 120 rumah rusak akibat gempa.",
     "sebanyak 120 rumah rusak akibat gempa", "Badan Nasional Penanggulangan Bencana"),
    ("the police as subject", "Polri menyatakan bahwa situasi di ibu kota sudah kondusif.",
     "situasi di ibu kota sudah kondusif", "Kepolisian Negara Republik Indonesia"),
    ("a ministry's one-word short name", "“Indonesia siap berpartisipasi secara konstruktif,” kata Kemlu.",
     "Indonesia siap berpartisipasi secara konstruktif", "Kementerian Luar Negeri"),
    ("the wording of a government's statement",
     "“Indonesia berbagi dukungan dengan anggota lainnya,” bunyi pernyataan pemerintah Brasil.",
     "Indonesia berbagi dukungan dengan anggota lainnya", "Brasil"),
    ("a clause after 'menyebut' is reported speech",
     "Dalam keterangannya, Kepala BPBD Kota Tanjung Rahmat Hidayat menyebut air sudah surut di tiga desa.",
     "air sudah surut di tiga desa", "Rahmat Hidayat"),
    ("a clause after 'menyebut' opening with its predicate",
     "Kantor berita KCNA menyebut Korea Utara tercengang setelah kalah di final.",
     "Korea Utara tercengang setelah kalah di final", "KCNA"),
    ("a resident", "“Kami takut keluar rumah,” kata seorang warga.", "Kami takut keluar rumah", None),
    ("an unnamed source", "Sumber di kepolisian mengatakan pelaku sudah ditangkap di Jakarta.",
     "pelaku sudah ditangkap di Jakarta", None),
    ("an unnamed source with 'menurut'",
     "Menurut sumber yang enggan disebut namanya, rapat itu berlangsung tegang.",
     "rapat itu berlangsung tegang", None),
    # Never a place, a title fragment or a common word.
    ("an office of a province, with an office word tagged as a person",
     "“Bantuan sudah kami salurkan,” kata Kepala Dinas Sosial Sulawesi Tenggara.",
     "Bantuan sudah kami salurkan", None),
    ("a title fragment tagged as a person before a real name",
     "Kepala Bidang Humas Polda Sulawesi Tenggara Lina Marlina mengatakan pelaku sudah ditangkap polisi.",
     "pelaku sudah ditangkap polisi", "Lina Marlina"),
    ("a province does not speak", "Sulawesi Tenggara menyatakan bahwa jalan provinsi rusak berat.",
     "jalan provinsi rusak berat", None),
    ("a state does", "Korea Utara menyatakan bahwa latihan itu sebuah provokasi.",
     "latihan itu sebuah provokasi", "Korea Utara"),
    ("a platform is not a speaker",
     "“Kami tidak akan mundur,” tulis Ani Lestari di X.", "Kami tidak akan mundur", "Ani Lestari"),
    # Offices named again bare, appositive relations, and sentence boundaries (session 5).
    ("a bare title after a place and a rank introduced it",
     "Kapolda Sulawesi Tenggara Irjen Rahmat Hidayat meninjau lokasi. “Kami kerahkan 200 personel,” kata Kapolda.",
     "Kami kerahkan 200 personel", "Rahmat Hidayat"),
    ("a deputy's office is not the office",
     "Presiden Joko Widodo memimpin rapat bersama Wakil Presiden Sinta Dewi. "
     "“Bantuan harus segera sampai ke rakyat,” kata Presiden.", "Bantuan harus segera sampai", "Joko Widodo"),
    ("name 'selaku' lawyer of a client",
     "Budi Santoso selaku kuasa hukum Rudi Hartono menyatakan kliennya akan mengajukan banding atas putusan itu.",
     "akan mengajukan banding", "Budi Santoso"),
    ("name, then wife of another, in apposition",
     "Ani Lestari, istri Rudi Hartono, mengatakan suaminya sedang sakit keras sejak pekan lalu.",
     "suaminya sedang sakit", "Ani Lestari"),
    ("the speaker named in the sentence after the quotation",
     "“Kami siap membantu warga.” Hal tersebut diungkapkan Kepala BPBD Kota Tanjung, Budi Santoso, Senin.",
     "Kami siap membantu warga", "Budi Santoso"),
    ("a pronoun after a person and the object of 'dengan'",
     "Budi Santoso bertemu dengan Ani Lestari di Jakarta. Ia mengatakan pertemuan itu berjalan produktif.",
     "pertemuan itu berjalan produktif", "Budi Santoso"),
    ("a clitic after the paragraph that named the person",
     "Budi Santoso meninjau lokasi banjir.\n“Kami akan segera membangun tanggul,” katanya.",
     "segera membangun tanggul", "Budi Santoso"),
    ("a clitic with the only name after it", "“Kami tetap waspada,” pungkasnya. Sebelumnya Ani Lestari meninjau tanggul.",
     "Kami tetap waspada", None),
    ("an official who asked not to be named",
     "“Pelaku sudah kabur,” kata seorang pejabat yang tidak mau disebutkan namanya.", "Pelaku sudah kabur", None),
    ("a refugee", "“Airnya naik cepat sekali,” ujar seorang pengungsi.", "Airnya naik cepat sekali", None),
    ("an organisation set off by a comma, then 'yang menyatakan bahwa'",
     "Kabar itu disampaikan oleh Polri, yang menyatakan bahwa pelaku sudah ditangkap di Jakarta pada Senin malam.",
     "pelaku sudah ditangkap", "Kepolisian Negara Republik Indonesia"),
    ("a relative clause with no comma is inside what is said",
     "Ia mengutip pernyataan Budi Santoso yang menyatakan bahwa pelaku sudah ditangkap di Jakarta pada Senin malam.",
     "pelaku sudah ditangkap", None),
    ("an office, its province set off by commas, then the name",
     "“Air mulai surut sejak pukul 10.00,” kata Kepala BPBD Kota Tanjung, Sulawesi Tenggara, Rahmat Hidayat.",
     "Air mulai surut", "Rahmat Hidayat"),
    ("a name, then a place in apposition", "“Kami masih menunggu hasil uji laboratorium,” kata Sutrisno, Sulawesi Tenggara.",
     "menunggu hasil uji", "Sutrisno"),
    ("a quotation opened with the closing mark, as some outlets print",
     "”Kami siap membantu warga yang mengungsi,” kata Budi Santoso.", "Kami siap membantu warga", "Budi Santoso"),
    ("a quotation with its marks swapped", "Budi Santoso meninjau tanggul. ”Kami siap membantu warga yang mengungsi, “ ujarnya.",
     "Kami siap membantu warga", "Budi Santoso"),
    ("a clause opened by 'berdasarkan' after 'menyampaikan'",
     "Ketua DPR Budi Santoso selaku pimpinan rapat menyampaikan berdasarkan hasil rapat semua fraksi setuju "
     "usulan itu disahkan menjadi undang-undang.", "semua fraksi setuju", "Budi Santoso"),
]


@pytest.mark.parametrize("case, text, words, expected", CASES, ids=[c[0] for c in CASES])
def test_attribution(case, text, words, expected):
    if expected is None:  # kabar names no one: the words are in no attributed quote
        named, _ = extract_quotes(make_doc(text))
        assert not [q.speaker for q in named if words in q.text]
        return
    assert speaker_of(text, words) == expected


def test_unnamed_speakers_keep_their_quote():
    """An unnamed speaker's words are kept (unattributed), with the role the text gives."""
    _, unnamed = extract_quotes(make_doc("“Kami takut keluar rumah,” kata seorang warga."))
    assert [(q.text, q.speaker, q.role) for q in unnamed] == [("Kami takut keluar rumah", None, "seorang warga")]
