"""The quick path of ``kabar search``: same output as the full command, and only for plain searches."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from kabar.cli import cli
from kabar.cli import SNIPPET_MARKS
from kabar.cli_fast import MARKS, parse, quick_search
from kabar.model import Document, Source, content_id
from kabar.store import Store

TEXTS = ["Presiden mengunjungi korban banjir di Demak dan meninjau tanggul yang jebol.",
         "Kunjungan kerja menteri ke pelabuhan ditunda karena cuaca buruk di perairan.",
         "Harga cabai\tnaik menjelang hari raya, pedagang mengeluhkan pasokan yang seret."]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "k.db"
    with Store(path) as store:
        for i, t in enumerate(TEXTS):
            store.add(Document(id=content_id(t), source=Source(path=f"{i}.txt", outlet="contoh.id"), raw=t,
                               text=t, title=f"Berita {i}", published=f"2024-03-0{i + 1}"))
    return str(path)


@pytest.mark.parametrize("args, expected", [
    (["search", "banjir"], {"db": None, "limit": 10, "format": "text", "query": "banjir"}),
    (["search", "--db=x.db", "banjir", "--limit", "3", "--format", "json"],
     {"db": "x.db", "limit": 3, "format": "json", "query": "banjir"}),
    (["search", "banjir", "--help"], None), (["search"], None), (["search", "a", "b"], None),
    (["search", "a", "--limit", "lima"], None), (["search", "a", "--format", "csv"], None),
    (["search", "a", "--db"], None), (["stats"], None), ([], None),
])
def test_only_plain_searches_take_the_quick_path(args, expected):
    assert parse(args) == expected


@pytest.mark.parametrize("query", ["kunjungan", "cuaca OR cabai", "tidakada", "harga"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_the_quick_path_prints_what_the_full_command_prints(db, query, fmt, capsys, monkeypatch):
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    args = ["search", query, "--db", db, "--format", fmt]
    full = CliRunner().invoke(cli, args)
    assert quick_search(args)
    assert capsys.readouterr().out == full.output


def test_problems_are_left_to_the_full_command(tmp_path, capsys, db):
    assert not quick_search(["search", "banjir", "--db", str(tmp_path / "none.db")])
    assert not quick_search(["search", '"tanpa tutup', "--db", db, "--format", "json"])
    assert capsys.readouterr().out == "" and not (tmp_path / "none.db").exists()


def test_the_marks_are_the_full_commands():
    assert MARKS == SNIPPET_MARKS


def test_the_json_fields_are_search_hits():
    from dataclasses import fields

    from kabar.cli_fast import FIELDS
    from kabar.store import SearchHit
    assert FIELDS == tuple(f.name for f in fields(SearchHit))


def test_a_search_imports_neither_sastrawi_nor_dataclasses(db):
    """Start-up is most of a CLI search: the quick path stays off the heavy modules (common query words)."""
    import subprocess
    import sys
    code = ("import sys; from kabar.cli_fast import main; main(['search', 'kunjungan OR pemerintah', '--db', sys.argv[1], '--format', 'json']);"
            " heavy = [m for m in ('Sastrawi', 'dataclasses', 'typing', 'click', 'rich', 'kabar.model') if m in sys.modules];"
            " print(heavy, file=sys.stderr)")
    out = subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]" and "<mark>Kunjungan</mark>" in out.stdout
