"""The short-form table mined from the public corpora (scripts/build_acronyms.py) and its use."""
import importlib.util
from collections import Counter
from pathlib import Path

from kabar.entities import find_entities

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_acronyms.py"


def _builder():
    spec = importlib.util.spec_from_file_location("build_acronyms", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_short_form_spells_its_name_by_word_prefixes():
    spells = _builder().spells
    assert spells("BNPB", ("Badan", "Nasional", "Penanggulangan", "Bencana"))
    assert spells("Kemenkeu", ("Kementerian", "Keuangan"))
    assert spells("PPATK", ("Pusat", "Pelaporan", "dan", "Analisis", "Transaksi", "Keuangan"))
    assert not spells("BNPB", ("Badan", "Nasional", "Bencana"))
    assert not spells("KPK", ("Komisi", "Pemilihan", "Umum"))


def test_definitions_are_found_in_brackets_after_the_name():
    b = _builder()
    sents = [["Kepala", "Badan", "Riset", "Kelautan", "(", "BRK", ")", "hadir", "."],
             ["Bahan", "Bakar", "Minyak", "(", "BBM", ")", "naik", "."]]
    assert b.definitions(sents) == {"BRK": Counter({"Badan Riset Kelautan": 1}),
                                    "BBM": Counter({"Bahan Bakar Minyak": 1})}


def test_only_names_with_a_head_known_as_names_and_seldom_lower_case_are_kept():
    b = _builder()
    found = {"BRK": Counter({"Badan Riset Kelautan": 3}), "BBM": Counter({"Bahan Bakar Minyak": 5}),
             "RSU": Counter({"Rumah Sakit Umum": 4})}
    known = {"badan riset kelautan", "bbm", "rumah sakit umum"}
    lower = Counter({"rumah sakit umum": 9})
    rows = b.rows(found, known, lower)
    assert ("BRK", "Badan Riset Kelautan", "ORG") in rows
    assert not any(r[0] in ("BBM", "RSU") for r in rows)


def test_a_mined_short_form_alone_is_named_and_canonicalised():
    ents = find_entities("Mahasiswa ITB berdemo di depan kantor PSSI.")
    assert [(e.text, e.type, e.canonical) for e in ents] == [
        ("ITB", "ORG", "Institut Teknologi Bandung"), ("PSSI", "ORG", "Persatuan Sepakbola Seluruh Indonesia")]
