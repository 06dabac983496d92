"""Near-copies in a story and over the store: shared sentences and what each outlet added."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kabar.brief.duplicates import story_pairs, store_pairs
from kabar.cli import cli
from kabar.model import Document, Source

from .conftest import store_of, write_jsonl

WIRE = ("Gunung Sirna di Kabupaten Batu Rata kembali erupsi pada Rabu pagi dengan tinggi kolom abu 2.000 meter. "
        "Pos pengamatan mencatat 14 kali gempa letusan sejak dini hari. "
        "Warga di radius lima kilometer diminta menjauh dari kawah. "
        "Bandara terdekat masih beroperasi normal menurut otoritas bandara. "
        "Status gunung tetap berada di level tiga atau siaga.")
EDIT = WIRE.replace("Bandara terdekat masih beroperasi normal menurut otoritas bandara. ", "") + \
    " Sekolah di dua desa terdekat diliburkan sementara."
OTHER = ("Tim sepak bola daerah menang dua gol tanpa balas di stadion utama pada Sabtu malam. "
         "Pelatih memuji lini tengah yang tampil disiplin sepanjang laga.")


def _doc(i: str, text: str) -> Document:
    return Document(id=i, source=Source(outlet=i), raw=text, text=text)


def test_story_pairs_finds_the_copy_and_counts_shared_sentences():
    pairs = story_pairs([_doc("a", WIRE), _doc("b", EDIT), _doc("c", OTHER)])
    assert [(p["a"], p["b"]) for p in pairs] == [("a", "b")]
    assert pairs[0]["shared"] == 4 and 0.4 <= pairs[0]["similarity"] <= 1.0


def test_store_pairs_and_cli_report_what_each_outlet_added(tmp_path):
    records = [{"title": f"Erupsi {i}", "outlet": o, "published": "2025-03-05", "text": t}
               for i, (o, t) in enumerate([("Wire", WIRE), ("Koran", EDIT), ("Bola", OTHER)])]
    store = store_of([str(write_jsonl(tmp_path / "e.jsonl", records))], tmp_path / "k.db")
    (pair,) = store_pairs(store)
    added = {pair["a"]["outlet"]: pair["only_a"], pair["b"]["outlet"]: pair["only_b"]}
    assert any("Bandara" in s for s in added["Wire"]) and any("Sekolah" in s for s in added["Koran"])
    assert len(pair["shared"]) == 4
    res = CliRunner().invoke(cli, ["duplicates", "--db", str(tmp_path / "k.db")])
    assert res.exit_code == 0 and "4 shared sentences" in res.output
    res = CliRunner().invoke(cli, ["duplicates", "--db", str(tmp_path / "k.db"), "--threshold", "0.99",
                                   "--format", "json"])
    assert json.loads(res.output) == []
