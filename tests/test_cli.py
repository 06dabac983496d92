"""The command line: contract fields, exit codes, errors that name the file, store commands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kabar.cli import cli

CONTRACT = ("id", "source", "title", "published", "language", "text", "boilerplate", "byline", "sentences",
            "entities", "times", "quantities", "quotes", "events")
ARTICLE = ("Banjir Rendam Samarinda\n\nSAMARINDA, KABARTIMUR.COM - Banjir merendam ratusan rumah warga di "
           "Samarinda, Kalimantan Timur, Selasa (5/3/2024). Warga mengungsi ke masjid terdekat.\n\n"
           "Baca Juga: Harga Beras Naik\n\nGubernur mengunjungi posko pengungsian pada sore hari.\n\n"
           "Penulis : Rina Wati Editor : Dedi Kurnia")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    return tmp_path


def _run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_cli_analyze_prints_contract_fields_and_errors_per_file(files):
    res = _run("analyze", str(files / "a.txt"), str(files / "b.txt"))
    assert res.exit_code == 0
    lines = [json.loads(x) for x in res.stdout.strip().split("\n")]
    doc, err = lines
    assert all(k in doc for k in CONTRACT)
    assert doc["title"] == "Banjir Rendam Samarinda" and doc["published"] == "2024-03-05"
    assert doc["source"]["outlet"] == "KABARTIMUR.COM" and doc["byline"]["authors"] == ["Rina Wati"]
    assert "Baca Juga" not in doc["text"] and "Baca Juga: Harga Beras Naik" in doc["boilerplate"]
    assert doc["text"].startswith("Banjir Rendam Samarinda\n\nBanjir merendam")  # the headline printed once opens it
    for s in doc["sentences"]:
        assert 0 <= s["start"] < s["end"] <= len(doc["text"])
    assert "b.txt" in err["error"] and "empty" in err["error"]


def test_cli_analyze_exit_1_when_nothing_analysed(files):
    assert _run("analyze", str(files / "b.txt")).exit_code == 1


def test_cli_analyze_usage_error_is_exit_2():
    assert _run("analyze").exit_code == 2


def test_cli_analyze_stdin():
    res = _run("analyze", "-", input=ARTICLE)
    assert res.exit_code == 0 and json.loads(res.stdout)["source"]["path"] == "-"


def test_cli_store_commands(files, tmp_path):
    db = str(tmp_path / "k.db")
    first = _run("ingest", str(files), "--db", db)
    assert first.exit_code == 0 and "1 added" in first.stderr
    again = _run("ingest", str(files / "a.txt"), "--db", db)
    assert again.exit_code == 0 and "0 added, 1 already stored" in again.stderr
    hits = json.loads(_run("search", "kunjungan", "--db", db, "--format", "json").stdout)
    assert len(hits) == 1 and "mengunjungi" in hits[0]["snippet"]
    stats = json.loads(_run("stats", "--db", db, "--format", "json").stdout)
    assert stats["documents"] == 1
    doc_id = hits[0]["doc_id"]
    shown = _run("show", doc_id, "--db", db)
    assert shown.exit_code == 0 and "Banjir merendam" in shown.stdout
    assert _run("show", "nope", "--db", db).exit_code == 1
    listed = _run("documents", "--db", db)
    assert doc_id in listed.stdout and "2024-03-05" in listed.stdout
    ents = _run("entities", "--db", db)
    assert ents.exit_code == 0 and "Samarinda" in ents.stdout
    one = _run("entity", "Samarinda", "--db", db)
    assert one.exit_code == 0 and doc_id in one.stdout
    assert _run("entity", "Atlantis", "--db", db).exit_code == 1


def test_cli_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help, f"kabar {name} has no help text"
        assert _run(name, "--help").exit_code == 0


def test_cli_every_command_is_documented_in_the_readme():
    from pathlib import Path
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"kabar {name}" in readme, f"README.md does not document `kabar {name}`"
