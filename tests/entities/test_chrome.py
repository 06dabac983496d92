"""A name that only a headline-shaped line inside the body gives is another story's."""
from kabar.entities import find_entities

BODY = ("Gubernur Jawa Tengah meninjau banjir di Kabupaten Demak, Senin (4/3/2024).\n\n"
        "{line}\n\n"
        "Menurut dia, bantuan untuk warga Demak akan terus dikirim hingga air surut.")


def names(line: str) -> list[str]:
    return [e.text for e in find_entities(BODY.format(line=line))]


def test_names_only_a_related_headline_gives_are_dropped():
    found = names("Wali Kota Surabaya Tinjau Proyek Jembatan Baru di Kawasan Kenjeran")
    assert "Surabaya" not in found and "Kenjeran" not in found
    assert "Demak" in found


def test_a_name_the_body_repeats_stays():
    assert "Demak" in names("Banjir Demak Meluas ke Tujuh Kecamatan Hari Ini")


def test_a_sentence_or_a_numbered_line_is_no_stray_headline():
    assert "Surabaya" in names("Wali Kota Surabaya juga meninjau proyek jembatan baru di kawasan itu.")
    assert "Surabaya" in names("2. Wali Kota Surabaya Tinjau Proyek Jembatan Baru di Kawasan Kenjeran")


def test_the_first_line_is_the_article_s_own_headline():
    text = "Wali Kota Surabaya Tinjau Proyek Jembatan Baru di Kawasan Kenjeran\n\nProyek itu dimulai tahun lalu."
    assert "Surabaya" in [e.text for e in find_entities(text)]


def test_names_only_a_related_link_inside_a_paragraph_gives_are_dropped():
    from kabar.entities import find_entities

    text = ("Menurut Darmaji, kesepakatan itu diteken kemarin. (Baca: Sutomo Tolak Ajakan Partai Baru) "
            "Ia menolak berkomentar.")
    names = [e.text for e in find_entities(text)]
    assert "Darmaji" in names and not any("Sutomo" in n for n in names)


def test_a_name_cut_off_with_the_page_is_dropped_unless_written_elsewhere():
    from kabar.entities import find_entities

    filler = "Warga menunggu kabar dari pemerintah sejak pagi hari. " * 20
    names = [e.text for e in find_entities(filler + "Ketiga kementerian itu ialah Kementerian Keuangan dan Kementerian Ko")]
    assert names == ["Kementerian Keuangan"]
    names = [e.text for e in find_entities(filler + "Kata Sutomo kepada wartawan. Ia bertemu Sutomo")]
    assert names == ["Sutomo", "Sutomo"]
    assert [e.text for e in find_entities("Mesir Janji Tingkatkan Kerja Sama dengan Sudan")][-1] == "Sudan"
