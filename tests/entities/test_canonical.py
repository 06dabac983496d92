"""Canonicalisation inside one document: one rule per test, with its failure case."""
import pytest

from kabar.entities import find_entities


def canon(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.canonical) for e in find_entities(text)]


def by_text(text: str) -> dict[str, object]:
    return {e.text: e for e in find_entities(text)}


@pytest.mark.parametrize("surface", ["Korut", "Korea Utara", "DPRK"])
def test_aliases_of_north_korea_fold(surface):
    ents = find_entities(f"{surface} kembali meluncurkan rudal.")
    assert [(e.text, e.canonical, e.type) for e in ents] == [(surface, "Korea Utara", "GPE")]


@pytest.mark.parametrize("surface, canonical", [
    ("Tiongkok", "China"), ("Cina", "China"), ("RRT", "China"), ("AS", "Amerika Serikat"),
    ("A.S.", "Amerika Serikat"), ("Korsel", "Korea Selatan"), ("UE", "Uni Eropa"), ("PBB", "Perserikatan Bangsa-Bangsa"),
])
def test_news_aliases(surface, canonical):
    assert canon(f"Keputusan itu ditolak {surface} kemarin.") == [(surface, canonical)]


def test_capital_as_actor_is_the_state_with_metonymy():
    e = by_text("Pyongyang mengecam latihan itu, sementara Seoul diam.")
    assert (e["Pyongyang"].canonical, e["Pyongyang"].metonymy) == ("Korea Utara", True)
    assert (e["Seoul"].canonical, e["Seoul"].metonymy) == ("Korea Selatan", True)


@pytest.mark.parametrize("text", [
    "Delegasi itu tiba di Pyongyang pada malam hari.",
    "Parade digelar di ibukota, Pyongyang, pekan ini.",
    "Mereka terbang ke Pyongyang kemarin.",
])
def test_capital_as_place_is_the_city(text):
    e = by_text(text)["Pyongyang"]
    assert (e.canonical, e.metonymy, e.type) == ("Pyongyang", False, "GPE")


def test_same_entity_id_for_every_name_of_the_state():
    text = "Korut menguji rudal. Korea Utara menyebut DPRK siap. Pyongyang mengatakan akan membalas."
    assert len({e.entity_id for e in find_entities(text)}) == 1


def test_short_mention_takes_the_fullest_earlier_name():
    text = ("Menteri Pertahanan Rusia Sergei Shoigu tiba kemarin. Menteri Shoigu mengatakan "
            "kunjungan itu penting. Shoigu lalu pulang.")
    ents = [e for e in find_entities(text) if e.type == "PER"]
    assert [(e.text, e.canonical) for e in ents] == [
        ("Sergei Shoigu", "Sergei Shoigu"), ("Shoigu", "Sergei Shoigu"), ("Shoigu", "Sergei Shoigu")]


def test_title_is_not_part_of_the_name():
    ents = find_entities("Presiden Finlandia Alexander Stubb berpidato. Presiden Stubb lalu pergi.")
    assert [e.text for e in ents if e.type == "PER"] == ["Alexander Stubb", "Stubb"]
    assert {e.canonical for e in ents if e.type == "PER"} == {"Alexander Stubb"}


@pytest.mark.parametrize("first, second", [
    ("Sergey Lavrov", "Sergei Lavrov"), ("Kang Sun-nam", "Kang Sun Nam"), ("Kim Jong-un", "Kim Jong Un"),
])
def test_spelling_variants_share_an_entity(first, second):
    ents = find_entities(f"Pejabat {first} tiba. Kemudian {second} berbicara.")
    people = [e for e in ents if e.type == "PER"]
    assert len(people) == 2 and people[0].entity_id == people[1].entity_id


def test_two_kims_in_one_article_stay_two():
    text = ("Pemimpin Korea Utara Kim Jong Un berziarah. Kim Jong Un memuji pasukan di bawah kakeknya, "
            "Kim Il Sung. Kim kemudian berpidato.")
    ents = [e for e in find_entities(text) if e.type == "PER"]
    assert [e.canonical for e in ents] == ["Kim Jong Un", "Kim Jong Un", "Kim Il Sung", "Kim Jong Un"]


def test_bare_name_follows_the_salient_person_not_the_first():
    text = ("Kim Jong Un jarang disebut di buku itu. Buku itu membahas Kim Il Sung. "
            "Kim Il Sung memimpin perang. Kim Il Sung wafat pada 1994. Kim dikenang rakyatnya.")
    ents = [e for e in find_entities(text) if e.text == "Kim"]
    assert [e.canonical for e in ents] == ["Kim Il Sung"]


def test_bracketed_acronym_joins_its_expansion():
    text = ("Badan Pengawas Obat dan Makanan (BPOM) menarik produk itu. BPOM juga memeriksa pabrik.")
    ents = find_entities(text)
    assert [(e.text, e.type, e.canonical) for e in ents] == [
        ("Badan Pengawas Obat dan Makanan", "ORG", "Badan Pengawas Obat dan Makanan"),
        ("BPOM", "ORG", "Badan Pengawas Obat dan Makanan"),
        ("BPOM", "ORG", "Badan Pengawas Obat dan Makanan")]


def test_known_expansion_and_acronym_join():
    e = by_text("Menurut Korean Central News Agency (KCNA), parade digelar. Kantor Berita Pusat Korea menambahkan.")
    assert {e["Korean Central News Agency"].canonical, e["KCNA"].canonical,
            e["Kantor Berita Pusat Korea"].canonical} == {"KCNA"}


def test_english_acronym_of_an_indonesian_name_joins_it():
    text = "Dewan Keamanan Nasional Filipina bersidang. Juru bicara NSC menolak berkomentar."
    ents = by_text(text)
    assert ents["NSC"].canonical == ents["Dewan Keamanan Nasional Filipina"].canonical


def test_apposition_of_two_organisations_joins():
    text = "Kantor Berita Resmi Korea Utara, Korean Central News Agency, melaporkan parade itu."
    assert {e.canonical for e in find_entities(text) if e.type == "ORG"} == {"KCNA"}


def test_embedded_alias_is_spelled_out_in_an_organisation():
    ents = by_text("Kongres AS menyetujui anggaran. Kongres juga memanggil menteri.")
    assert ents["Kongres AS"].canonical == "Kongres Amerika Serikat"
    assert ents["Kongres"].canonical == "Kongres Amerika Serikat"


def test_ellipsis_of_a_place_resolves_to_the_earlier_full_name():
    ents = find_entities("Kapal itu tiba di Korea Selatan. Protes meluas di Selatan. "
                         "Ketegangan di Semenanjung Korea naik; Semenanjung itu tegang.")
    got = [(e.text, e.canonical) for e in ents]
    assert ("Selatan", "Korea Selatan") in got and ("Semenanjung", "Semenanjung Korea") in got
    assert all(not e.metonymy for e in ents)


def test_event_variants_fold_onto_a_known_event():
    ents = by_text("Korea Utara merayakan Perang Pembebasan Tanah Air Besar, yakni Perang Korea.")
    assert ents["Perang Pembebasan Tanah Air Besar"].canonical == "Perang Korea"
    assert ents["Perang Korea"].type == "EVENT"


def test_a_shorter_name_folds_onto_the_longer_one_it_shortens():
    ents = find_entities("Ia diperiksa di Gedung Bundar Kejaksaan Agung. Wartawan menunggu di Gedung Bundar.")
    assert {e.text: e.canonical for e in ents}["Gedung Bundar"] == "Gedung Bundar Kejaksaan Agung"


def test_a_province_keeps_no_provinsi_in_its_canonical_name():
    ents = find_entities("Banjir melanda Provinsi Sumatera Barat pekan ini.")
    assert [(e.text, e.canonical) for e in ents] == [("Provinsi Sumatera Barat", "Sumatera Barat")]


@pytest.mark.parametrize("text, surface, canonical", [
    ("Kemenlu Brasil menyatakan dukungan.", "Kemenlu Brasil", "Kementerian Luar Negeri Brasil"),
    ("Massa berkumpul di Gedung DPR kemarin.", "Gedung DPR", "Gedung DPR"),
    ("Kader Partai Nasdem hadir.", "Partai Nasdem", "Partai NasDem"),
])
def test_short_names_inside_organisations_are_spelled_out_but_not_inside_places(text, surface, canonical):
    assert {e.text: e.canonical for e in find_entities(text)}[surface] == canonical


@pytest.mark.parametrize("text", [
    "Jojo, sapaan akrab Jonatan Christie, menang mudah. Jojo kini melaju ke final.",
    "Tunggal putra Jonatan Christie yang akrab disapa Jojo menang mudah. Jojo kini melaju ke final.",
])
def test_a_nickname_set_beside_a_full_name_takes_it(text):
    assert {c for t, c in canon(text) if t == "Jojo"} == {"Jonatan Christie"}


def test_a_nickname_beside_nothing_stays_itself():
    assert ("Jojo", "Jojo") in canon("Jojo menang mudah di babak pertama.")


def test_an_embedded_place_is_spelled_out_never_cut():
    e = by_text("Banding diajukan ke Pengadilan Tinggi DKI Jakarta pekan lalu.")
    assert e["Pengadilan Tinggi DKI Jakarta"].canonical == "Pengadilan Tinggi DKI Jakarta"


def test_a_bare_name_prefers_the_body_over_a_title_case_headline():
    """A headline span running into title-case words loses to the name the body writes."""
    from kabar.entities.canonical import resolve
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import Mention

    text = "Vonis untuk Ahmad Suparjo dibacakan hakim. Sidang berjalan lama. Jaksa hadir. Ahmad menerima putusan itu."
    head = "Ahmad Suparjo Jalani Sidang"
    context = [Mention(0, len(head), head, "PER", "name", 0)]
    full, bare = text.index("Ahmad Suparjo"), text.index("Ahmad menerima")
    mentions = [Mention(full, full + 13, "Ahmad Suparjo", "PER", "name", 0), Mention(bare, bare + 5, "Ahmad", None, "initial", 3)]
    assert [m.canonical for m in resolve(mentions, text, load(), context)] == ["Ahmad Suparjo", "Ahmad Suparjo"]


@pytest.mark.parametrize("text, surface, canonical", [
    ("Delegasi Kazakstan tiba di Jakarta.", "Kazakstan", "Kazakhstan"),
    ("Delegasi Kazakstan dan Paraguai hadir di Brasil.", "Paraguai", "Paraguay"),
])
def test_a_country_spelt_the_indonesian_way_takes_its_name(text, surface, canonical):
    e = by_text(text)
    assert (e[surface].type, e[surface].canonical) == ("GPE", canonical)


def test_a_name_near_a_country_but_not_spelling_it_stays():
    assert by_text("Pelatih Budiman Kazak memimpin latihan.").get("Kazakhstan") is None


def test_a_coordination_is_no_longer_name_of_its_parts():
    e = by_text("Indonesia juara Piala Thomas dan Uber tahun itu. Piala Thomas diraih lebih dulu, lalu Piala Uber.")
    assert (e["Piala Thomas"].canonical, e["Piala Uber"].canonical) == ("Piala Thomas", "Piala Uber")


def test_a_name_with_dan_inside_still_takes_its_short_form():
    e = by_text("Kementerian Kelautan dan Perikanan menggelar rapat. Kementerian Kelautan hadir.")
    assert e["Kementerian Kelautan"].canonical == e["Kementerian Kelautan dan Perikanan"].canonical


@pytest.mark.parametrize("text, surface, canonical", [
    ("Hujan abu turun di kecamatan Banuraya, Tilatang Hulu dan Kamang Hilir.", "Kamang Hilir", "Kecamatan Kamang Hilir"),
    ("Abu menutupi 3 kecamatan, yakni Canduang Baru, Sungai Puar, dan Malalak Hulu.", "Sungai Puar", "Kecamatan Sungai Puar"),
    ("Banjir melanda Kecamatan Cibinong, Citeureup Hilir dan Babakan Madang.", "Citeureup Hilir", "Kecamatan Citeureup Hilir"),
])
def test_places_listed_after_an_administrative_unit_carry_it(text, surface, canonical):
    assert by_text(text)[surface].canonical == canonical


@pytest.mark.parametrize("text, surface", [
    ("Gempa terasa di Kabupaten Agam, Sumatera Barat.", "Sumatera Barat"),
    ("Warga desa itu mengungsi ke Bandung dan Garut.", "Garut"),
])
def test_places_not_in_such_a_list_keep_their_name(text, surface):
    e = by_text(text).get(surface)
    assert e is None or not e.canonical.startswith(("Kecamatan", "Desa", "Kabupaten"))


def test_a_name_clipped_from_a_full_name_in_the_document_is_that_person():
    from kabar.entities import find_entities

    ents = find_entities("Hakim memvonis Bambang Sutrisno. Bamsut mengajukan banding.")
    assert {e.text: e.canonical for e in ents}.get("Bamsut") == "Bambang Sutrisno"


def test_an_office_of_an_organisation_is_a_title_and_the_organisation():
    from kabar.entities import find_entities

    ents = find_entities("Sekjen PBB Antonio Guterres menyerukan gencatan senjata.")
    assert [e.text for e in ents] == ["PBB", "Antonio Guterres"]


def test_a_bracketed_acronym_extends_a_name_over_its_places():
    from kabar.entities import find_entities

    ents = find_entities("PT Kereta Cepat Indonesia China (KCIC) menambah jadwal. KCIC melayani penumpang.")
    assert {e.canonical for e in ents} == {"PT Kereta Cepat Indonesia China"}


def test_a_court_named_with_its_city_is_that_court():
    e = by_text("Sidang digelar di Pengadilan Tindak Pidana Korupsi Surabaya pekan ini.")
    assert e["Pengadilan Tindak Pidana Korupsi Surabaya"].canonical == "Pengadilan Tindak Pidana Korupsi Surabaya"


def test_a_short_ministry_name_before_no_place_is_not_spelled_out():
    e = by_text("Siaran Kemenkes TV menayangkan acara itu. Kemenkes menyatakan siap.")
    assert (e["Kemenkes TV"].canonical, e["Kemenkes"].canonical) == ("Kemenkes TV", "Kementerian Kesehatan")


def test_an_english_name_is_called_by_its_capital_acronym():
    ents = find_entities("Laporan International Energy Agency (IEA) terbit. IEA memperkirakan permintaan naik.")
    assert {e.canonical for e in ents} == {"IEA"}


def test_a_mixed_case_acronym_takes_the_name():
    ents = find_entities("Dana dari Arab Monetary Fund (ArMF) cair. ArMF menyetujuinya.")
    assert {e.canonical for e in ents} == {"Arab Monetary Fund"}


def test_a_short_event_name_takes_the_longer_name_written_most_often():
    e = by_text("Para pemimpin hadir di KTT ke-10 Mekong. KTT ke-10 Mekong dibuka kemarin. "
                "Tahun lalu KTT Luar Biasa Mekong digelar daring. KTT Mekong berakhir sore.")
    assert e["KTT Mekong"].canonical == "KTT ke-10 Mekong"


def test_a_well_known_person_with_a_middle_initial_is_that_person():
    assert by_text("Presiden Recep T. Erdogan tiba di Ankara.")["Recep T. Erdogan"].canonical == "Recep Tayyip Erdogan"


def test_a_generation_suffix_loses_its_comma():
    from kabar.entities.canonical import person_name
    assert person_name("Martin Luther King, Jr.") == "Martin Luther King Jr."


@pytest.mark.parametrize("surface, canonical", [
    ("Sri Mulyani", "Sri Mulyani Indrawati"), ("Kementerian Koordinator Pangan", "Kementerian Koordinator Bidang Pangan"),
    ("Partai Gerindra", "Partai Gerakan Indonesia Raya"),
])
def test_officials_and_institutions_take_their_official_names(surface, canonical):
    assert by_text(f"Pernyataan itu disampaikan {surface} kemarin.")[surface].canonical == canonical


def test_an_english_trophy_is_the_indonesian_piala():
    e = by_text("Tim itu menjuarai Sudirman Cup tahun lalu.")
    assert e["Sudirman Cup"].canonical == "Piala Sudirman"


def test_a_well_known_name_spelled_with_a_doubled_or_dropped_letter_is_that_person():
    assert by_text("Sidang dipimpin Bambang Soesatyo kemarin.")["Bambang Soesatyo"].canonical == "Bambang Soesatyo"
    assert by_text("Sidang dipimpin Bambang Susatyo kemarin.")["Bambang Susatyo"].canonical == "Bambang Soesatyo"


def test_a_bare_name_of_one_well_known_person_is_that_person():
    assert by_text("Rapat itu dibuka oleh Muzani kemarin.")["Muzani"].canonical == "Ahmad Muzani"


def test_an_acronym_follows_the_name_it_folds_onto():
    e = by_text("Pusat Data Nasional Cadangan (PDNC) diserang. Pusat Data Nasional lumpuh. PDNC belum pulih.")
    assert e["PDNC"].canonical == e["Pusat Data Nasional"].canonical == "Pusat Data Nasional Cadangan"


def test_a_party_named_without_partai_is_the_party():
    assert by_text("Sikap Demokrat sudah jelas sejak awal.")["Demokrat"].canonical == "Partai Demokrat"


def test_a_well_known_person_after_a_word_the_tagger_glued_on_is_that_person():
    ents = [e for e in find_entities("Direktur Jenderal Aptika Bambang Soesatyo mengatakan server diserang.") if e.type == "PER"]
    assert [e.canonical for e in ents] == ["Bambang Soesatyo"]


def test_trophy_stays_apart_from_its_dated_edition():
    e = by_text("Tim itu menjuarai Piala Sudirman 2025 di Xiamen. Piala Sudirman pertama kali digelar pada 1989.")
    assert (e["Piala Sudirman 2025"].canonical, e["Piala Sudirman"].canonical) == ("Piala Sudirman 2025", "Piala Sudirman")


def test_summit_still_folds_into_its_numbered_edition():
    e = by_text("KTT ke-50 ASEAN digelar di Manila. KTT ASEAN itu membahas Myanmar.")
    assert e["KTT ASEAN"].canonical == "KTT ke-50 ASEAN"


def test_bracketed_short_form_leaves_the_canonical_name():
    e = by_text("Presiden hadir di Global Maritime Summit (GMS) 2027 di Oslo.")
    assert e["Global Maritime Summit (GMS) 2027"].canonical == "Global Maritime Summit 2027"


@pytest.mark.parametrize("text, bare, canonical", [
    ("Erupsi Gunung Semeru terjadi pagi ini. Semeru melontarkan abu setinggi 2 km.", "Semeru", "Gunung Semeru"),
    ("Warga di tepi Danau Toba melihat kabut. Hari ini Toba ramai.", "Toba", "Danau Toba"),
    ("Kepala Badan Geologi Muhammad Wafid mengatakan Lewotolok masih aktif. Gunung Lewotolok Timur meningkat.",
     "Lewotolok", "Gunung Lewotolok Timur"),
])
def test_feature_written_without_its_head_is_the_feature(text, bare, canonical):
    e = by_text(text)[bare]
    assert (e.type, e.canonical) == ("LOC", canonical)


def test_bare_name_of_no_headed_feature_stays_the_person():
    e = by_text("Pelatih Rudi Lewotolok memimpin latihan di Gunung Salak. Menurut Lewotolok, tim siap.")["Lewotolok"]
    assert (e.type, e.canonical) == ("PER", "Rudi Lewotolok")


def test_table_name_is_not_folded_into_a_name_writing_more_words_inside_it():
    e = by_text("DPR mengesahkan KUHAP pada Selasa. Aturan itu berlaku bersama Kitab Undang-Undang Hukum Pidana "
                "tahun depan.")
    assert e["Kitab Undang-Undang Hukum Pidana"].canonical == "Kitab Undang-Undang Hukum Pidana"


@pytest.mark.parametrize("text, office, canonical", [
    ("Menurut data Basarnas Mataram, ada 12 pendaki yang terjebak.", "Basarnas Mataram",
     "Kantor Pencarian dan Pertolongan Mataram"),
    ("Kepala BPBD Kabupaten Agam meninjau lokasi.", "BPBD Kabupaten Agam",
     "Badan Penanggulangan Bencana Daerah Kabupaten Agam"),
])
def test_national_body_followed_by_a_place_is_its_office_there(text, office, canonical):
    e = by_text(text)
    assert (e[office].type, e[office].canonical) == ("ORG", canonical)


def test_body_and_place_apart_stay_two_names():
    e = by_text("Basarnas mengerahkan tim ke Mataram.")
    assert (e["Basarnas"].type, e["Mataram"].type) == ("ORG", "GPE")


def test_name_with_an_acronym_inside_is_an_organisation_not_a_person():
    from kabar.entities.canonical import _first_canonical
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import Mention

    text = "Massa BEM UNPAR menggelar aksi."
    m = Mention(6, 14, "BEM UNPAR", "PER", "name", 0)
    _first_canonical(m, text, load())
    assert (m.type, m.canonical) == ("ORG", "BEM UNPAR")


def test_person_with_initials_stays_a_person():
    from kabar.entities.canonical import _first_canonical
    from kabar.entities.gazetteer import load
    from kabar.entities.recognize import Mention

    m = Mention(0, 17, "Retno LP Wardhani", "PER", "name", 0)
    _first_canonical(m, "Retno LP Wardhani hadir.", load())
    assert m.type == "PER"


@pytest.mark.parametrize("surface, canonical", [("Etiopia", "Ethiopia"), ("Cile", "Chili"), ("Jibuti", "Djibouti")])
def test_countries_take_the_spelling_indonesian_news_uses(surface, canonical):
    assert canon(f"Delegasi dari {surface} tiba kemarin.") == [(surface, canonical)]


@pytest.mark.parametrize("text, surface, canonical", [
    ("Presiden menghadiri the 43rd ASEAN Summit di Jakarta.", "43rd ASEAN Summit", "KTT ke-43 ASEAN"),
    ("Para pemimpin bertemu dalam G20 Summit 2024 pekan ini.", "G20 Summit 2024", "KTT G20 2024"),
])
def test_english_summit_takes_the_indonesian_name(text, surface, canonical):
    assert by_text(text)[surface].canonical == canonical


def test_bill_spans_its_word_and_is_named_as_the_law():
    e = by_text("DPR mengesahkan Rancangan Undang-Undang Cipta Kerja menjadi undang-undang.")
    assert e["Rancangan Undang-Undang Cipta Kerja"].canonical == "Undang-Undang Cipta Kerja"


@pytest.mark.parametrize("text", ["Menurut laporan The Jakarta Post, rapat itu ditunda.",
                                  "The Jakarta Post melaporkan hal itu."])
def test_english_name_keeps_its_article(text):
    assert canon(text) == [("The Jakarta Post", "The Jakarta Post")]


def test_putri_after_a_name_ends_the_name():
    e = by_text("Kader partai di bawah komando Dewi Anggraini Putri, itu awalnya menyangkal.")
    assert "Dewi Anggraini Putri" in e


def test_untagged_name_followed_by_an_age_is_a_person():
    from kabar.entities.canonical import _aged_people
    from kabar.entities.recognize import Mention

    text = "Korban lain, Purwidi, 51 tahun, mengaku trauma."
    m = Mention(13, 20, "Purwidi", None, "untagged", 0)
    _aged_people([m], text)
    assert m.type == "PER"


def test_untagged_name_without_an_age_stays_untyped():
    from kabar.entities.canonical import _aged_people
    from kabar.entities.recognize import Mention

    m = Mention(13, 20, "Purwidi", None, "untagged", 0)
    _aged_people([m], "Korban lain, Purwidi, mengaku trauma.")
    assert m.type is None


@pytest.mark.parametrize("text, surface, canonical", [
    ("Polres Bogor menahan dua tersangka.", "Polres Bogor", "Kepolisian Resor Bogor"),
    ("Penyidik Polda Jatim memeriksa saksi.", "Polda Jatim", "Kepolisian Daerah Jawa Timur"),
    ("Kasus itu dilimpahkan ke Kejari Depok pekan lalu.", "Kejari Depok", "Kejaksaan Negeri Depok"),
    ("Pemkot Surabaya menyiapkan posko.", "Pemkot Surabaya", "Pemerintah Kota Surabaya"),
])
def test_a_regional_office_short_head_is_spelled_out(text, surface, canonical):
    assert {e.text: e.canonical for e in find_entities(text)}[surface] == canonical


def test_a_regional_head_inside_a_place_name_stays():
    ents = {e.text: e.canonical for e in find_entities("Massa berkumpul di depan Gedung Polda Metro Jaya.")}
    assert ents["Gedung Polda Metro Jaya"] == "Gedung Polda Metro Jaya"


def test_a_bare_middle_name_is_the_one_person_it_names():
    text = "Wakil Ketua DPR Rudi Santosa Lubis menerima massa. Menurut Santosa, tuntutan itu dibahas."
    assert {c for t, c in canon(text) if t == "Santosa"} == {"Rudi Santosa Lubis"}


def test_a_middle_name_two_people_share_joins_neither():
    text = ("Rudi Santosa Lubis dan Ahmad Santosa Hutapea hadir. Santosa mengatakan rapat ditunda.")
    assert {c for t, c in canon(text) if t == "Santosa"} == {"Santosa"}


@pytest.mark.parametrize("text, surface, canonical", [
    ("Pemimpin dunia hadir di Konferensi Tingkat Tinggi G20 pekan ini.", "Konferensi Tingkat Tinggi G20", "KTT G20"),
    ("Presiden membuka Konferensi Tingkat Tinggi (KTT) ke-43 Perhimpunan Bangsa-Bangsa Asia Tenggara di Jakarta.",
     "Konferensi Tingkat Tinggi (KTT) ke-43 Perhimpunan Bangsa-Bangsa Asia Tenggara", "KTT ke-43 ASEAN"),
])
def test_a_summit_is_named_ktt_with_the_body_by_its_acronym(text, surface, canonical):
    assert {e.text: e.canonical for e in find_entities(text)}[surface] == canonical


def test_a_body_spelled_out_inside_a_name_keeps_its_long_canonical():
    ents = {e.text: e.canonical for e in find_entities("Dewan Keamanan PBB bersidang malam ini.")}
    assert ents["Dewan Keamanan PBB"] == "Dewan Keamanan Perserikatan Bangsa-Bangsa"


@pytest.mark.parametrize("surface, canonical", [
    ("Kepolisian RI", "Kepolisian Negara Republik Indonesia"), ("KNKT", "Komite Nasional Keselamatan Transportasi"),
    ("Bakamla", "Badan Keamanan Laut"), ("KPPU", "Komisi Pengawas Persaingan Usaha"),
])
def test_state_bodies_named_by_short_form_take_their_official_name(surface, canonical):
    assert canon(f"Menurut {surface}, penyelidikan masih berjalan.") == [(surface, canonical)]


def test_a_shorter_place_does_not_fold_onto_a_name_with_a_person_glued_on():
    text = ("Kapal tenggelam di perairan Kepulauan Seribu. Camat Kepulauan Seribu Junaedi mengatakan pencarian "
            "berlanjut. Junaedi menambahkan cuaca cerah.")
    assert {c for t, c in canon(text) if t == "Kepulauan Seribu"} == {"Kepulauan Seribu"}


def test_basarnas_in_a_city_is_that_citys_search_and_rescue_office():
    ents = {e.text: e.canonical for e in find_entities("Menurut data Basarnas Padang, ada 75 pendaki yang terjebak.")}
    assert ents["Basarnas Padang"] == "Kantor Pencarian dan Pertolongan Padang"


def test_a_court_named_with_its_seat_is_the_court_of_that_place():
    found = {e.text: e.canonical for e in find_entities(
        "Sidang digelar di Pengadilan Tipikor pada PN Semarang, Kamis.")}
    assert found["Pengadilan Tipikor pada PN Semarang"] == "Pengadilan Tindak Pidana Korupsi Semarang"


def test_a_court_named_with_its_seat_takes_the_shorter_name_the_document_writes():
    found = {e.text: e.canonical for e in find_entities(
        "Hakim Pengadilan Tipikor Jakarta membacakan putusan. Perkara itu disidangkan di Pengadilan Tipikor "
        "pada PN Jakarta Pusat sejak Mei.")}
    assert found["Pengadilan Tipikor pada PN Jakarta Pusat"] == found["Pengadilan Tipikor Jakarta"]


def test_one_national_body_is_not_its_regional_office():
    found = {e.text: e.canonical for e in find_entities(
        "Komisi Pemilihan Umum menetapkan jadwal pemilu. Sementara itu, Komisi Pemilihan Umum Jawa Barat "
        "menyiapkan logistik.")}
    assert found["Komisi Pemilihan Umum"] != found["Komisi Pemilihan Umum Jawa Barat"]


def test_a_class_of_courts_written_bare_is_the_court_the_document_names():
    found = {e.text: e.canonical for e in find_entities(
        "Perkara itu disidangkan di Pengadilan Negeri Jakarta Selatan. Juru bicara Pengadilan Negeri menyebut "
        "sidang ditunda.")}
    assert found["Pengadilan Negeri"] == "Pengadilan Negeri Jakarta Selatan"


def test_a_body_of_one_field_is_not_the_body_of_two():
    found = {e.text: e.canonical for e in find_entities(
        "Kementerian Hukum menerbitkan aturan baru. Dulu, Kementerian Hukum dan Hak Asasi Manusia mengurus paspor.")}
    assert found["Kementerian Hukum"] != found["Kementerian Hukum dan Hak Asasi Manusia"]


@pytest.mark.parametrize("text, surface, official", [
    ("Rapat di Kementerian Koordinator Perekonomian berlangsung lama.", "Kementerian Koordinator Perekonomian",
     "Kementerian Koordinator Bidang Perekonomian"),
    ("Kemacetan panjang terjadi di Tol Cipularang pagi ini.", "Tol Cipularang", "Jalan Tol Cipularang"),
])
def test_a_head_is_written_as_the_official_names_write_it(text, surface, official):
    assert {e.text: e.canonical for e in find_entities(text)}[surface] == official


def test_an_election_named_by_its_year_alone_is_indonesias():
    found = {e.text: e.canonical
             for e in find_entities("Menjelang Pemilihan Presiden 2029, partai itu menggelar rapat.")}
    assert found["Pemilihan Presiden 2029"] == "Pemilihan Presiden Indonesia 2029"


def test_an_election_named_with_its_country_elsewhere_is_that_countrys():
    found = {e.text: e.canonical for e in find_entities(
        "Pemilihan Presiden AS 2028 digelar November. Pemilihan Presiden 2028 itu berlangsung ketat.")}
    assert found["Pemilihan Presiden 2028"] == "Pemilihan Presiden Amerika Serikat 2028"


def test_an_election_short_head_is_written_out_and_takes_the_year_after_it():
    found = {e.text: e.canonical for e in find_entities(
        "Menjelang Pilpres AS, kandidat berkampanye. Pemilu 2019 berlangsung damai.", year="2024")}
    assert found["Pilpres AS"] == "Pemilihan Presiden Amerika Serikat 2024"
    assert found["Pemilu 2019"] == "Pemilihan Umum Indonesia 2019"


@pytest.mark.parametrize("text", [
    "Tiga perusahaan, yakni PT Sinar Jaya Makmur, PT Maju Bersama Sentosa, PT Karya Abadi Lestari dan PT Bumi "
    "Hijau, diperiksa.",
    "Yayasan Pelita Harapan Bangsa, Lembaga Cahaya Nusantara, Perkumpulan Tunas Muda dan lainnya menerima bantuan.",
])
def test_a_list_of_organisations_is_no_apposition(text):
    found = [e.canonical for e in find_entities(text) if e.type == "ORG"]
    assert len(set(found)) == len(found)


def test_a_bill_written_with_a_short_law_word_is_named_as_its_law():
    found = {e.text: e.canonical for e in find_entities(
        "Rancangan UU Omnibus Law Cipta Kerja akhirnya disahkan menjadi undang-undang.")}
    assert found.get("Rancangan UU Omnibus Law Cipta Kerja") == "Undang-Undang Cipta Kerja"


def test_a_building_names_a_body_by_its_shortest_short_form():
    found = {e.text: e.canonical for e in find_entities("Massa berkumpul di depan Gedung DPR RI sejak pagi.")}
    assert found["Gedung DPR RI"] == "Gedung DPR"


def test_a_body_with_the_home_country_after_it_is_the_body():
    found = {e.text: e.canonical for e in find_entities(
        "Kemenkes RI mencatat 40 kasus baru, sementara Kemenlu Brasil membantah laporan itu.")}
    assert found["Kemenkes RI"] == "Kementerian Kesehatan"
    assert found["Kemenlu Brasil"] == "Kementerian Luar Negeri Brasil"


def test_a_party_named_without_its_head_takes_the_head_the_document_writes():
    found = {e.text: e.canonical for e in find_entities(
        "Anggota Fraksi Partai Suryanusa menolak usul itu. Menurut Ketua Umum Suryanusa, Budi Hartono, "
        "sikap itu final.")}
    assert found["Suryanusa"] == "Partai Suryanusa"


@pytest.mark.parametrize("text, canonical", [
    ("Pernyataan itu disampaikan di Gedung Putih, Washington, Senin (3/2).", "Washington"),
    ("Rapat dimulai pukul 10.00 waktu Beijing kemarin.", "Beijing"),
    ("Kata Biden, Washington tidak akan mundur.", "Amerika Serikat"),
    ("Hubungan itu meningkat dengan Tokyo, Washington, dan Canberra.", "Amerika Serikat"),
])
def test_a_capital_ending_an_address_or_a_time_zone_is_the_city(text, canonical):
    assert {e.text: e.canonical for e in find_entities(text)}["Washington" if "Washington" in text else "Beijing"] \
        == canonical


def test_indonesias_foreign_ministry_carries_the_country_and_anothers_does_not_take_it():
    found = {e.text: e.canonical for e in find_entities(
        "Menurut Kemlu, WNI di Sudan selamat. Kemenlu Brasil menyampaikan hal serupa.")}
    assert found["Kemlu"] == "Kementerian Luar Negeri Republik Indonesia"
    assert found["Kemenlu Brasil"] == "Kementerian Luar Negeri Brasil"


@pytest.mark.parametrize("surface, name", [
    ("Fathur Rahman M.Hum.", "Fathur Rahman"), ("Andi Wijaya, S.E.", "Andi Wijaya"), ("Ahmad Yani S.H., M.H.", "Ahmad Yani"),
    ("Johnny G.", "Johnny G."), ("Marcos Jr.", "Marcos Jr."),  # an initial and a generation suffix stay
])
def test_a_persons_name_loses_its_degrees(surface, name):
    from kabar.entities.canonical import _without_degrees

    assert _without_degrees(surface) == name
