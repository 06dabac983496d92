"""Word-cluster and gazetteer tables: building, saving, loading."""
import pytest

from kabar.ner import clusters, gazetteer


def test_casing_classes_ignore_sentence_start():
    cased = [["Kemarin", "Budi", "pergi"], ["Budi", "dan", "budi"], ["Pergi", "ke", "Budi"]]
    classes = clusters.casing_classes(cased)
    assert classes["budi"] == "2"     # 2 of 3 mid-sentence uses capitalised: between 0.3 and 0.7
    assert "pergi" not in classes     # one mid-sentence use: too few to say
    assert "kemarin" not in classes   # only ever seen sentence-initially


def test_build_save_load_round_trip(tmp_path):
    pytest.importorskip("sklearn", reason="scikit-learn (the 'train' extra) builds clusters")
    sents = [["di", w, "kemarin"] for w in ("jakarta", "bandung", "medan")] * 3 + \
            [["kata", w, "kepada"] for w in ("budi", "ani", "siti")] * 3
    table = clusters.build(sents, [["Di", "Jakarta"], ["Di", "Jakarta"]], min_count=2, dims=2,
                           granularities=(2, 3))
    assert set(table) >= {"jakarta", "budi", "di"}
    assert all(len(ids) == 3 for ids in table.values())   # two granularities + casing
    assert table["jakarta"][-1] == "4" and table["budi"][-1] == "u"
    assert table["jakarta"][0] == table["bandung"][0]     # same contexts, same coarse cluster
    path = tmp_path / "c.tsv.gz"
    clusters.save(table, path)
    first = path.read_bytes()
    clusters.save(table, path)
    assert path.read_bytes() == first                     # reproducible bytes
    assert clusters.load(path) == table


def test_region_names_with_and_without_prefix(tmp_path):
    path = tmp_path / "w.tsv"
    path.write_text("kode\tlevel\tnama\n32\t1\tJawa Barat\n32.01\t2\tKabupaten Bogor\n"
                    "32.01.01\t3\tCibinong\n32.01.01.1001\t4\tPondok Rajeg\n", encoding="utf-8")
    table = gazetteer.region_names(path)
    assert table[("jawa", "barat")] == "REG"
    assert table[("kabupaten", "bogor")] == "REG" and table[("bogor",)] == "REG"
    assert table[("cibinong",)] == "KEC"
    assert ("pondok", "rajeg") not in table               # villages are too ambiguous


@pytest.mark.parametrize("rows, expected", [
    ("PER\tJoko Widodo\t5\n", {("joko", "widodo"): "PER"}),
    ("ORG\tKPK\t1\n", {}),                                 # seen once: left out
    ("LOC\tAS\t9\n", {}),                                  # too short to trust
    ("EVT\tPemilu\t9\n", {}),
])
def test_entity_names(tmp_path, rows, expected):
    path = tmp_path / "e.tsv"
    path.write_text("type\tsurface\tcount\n" + rows, encoding="utf-8")
    assert gazetteer.entity_names(path) == expected
