"""Read commands: a missing store is refused (never created), search output, serve on a busy port."""
from __future__ import annotations

import io
import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner
from rich.console import Console

from kabar.cli import SNIPPET_MARKS, cli, print_snippet

READ_COMMANDS = [
    ("stories",), ("stats",), ("search", "gempa"), ("documents",), ("brief", "story-1"), ("serve",),
    ("show", "abc"), ("entities",), ("entity", "Jakarta"), ("timeline",), ("duplicates",),
]
ARTICLE = ("Gempa Guncang Kota Lama\n\nKOTA LAMA - Gempa bermagnitudo 5,1 mengguncang Kota Lama, Senin "
           "(3/6/2024). Warga berhamburan keluar rumah.\n\nBadan Geologi mencatat gempa terjadi pukul 10.15 WIB.")


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_cli_read_command_refuses_a_missing_store(tmp_path, command):
    missing = tmp_path / "salah-ketik.db"
    res = CliRunner().invoke(cli, [*command, "--db", str(missing)])
    assert res.exit_code == 1, res.output
    assert "no kabar store at" in res.output and "kabar ingest" in res.output
    assert "Traceback" not in res.output
    assert not missing.exists(), "a read command must not create a store"


def test_cli_read_command_refuses_a_missing_default_store(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KABAR_DB", raising=False)
    res = CliRunner().invoke(cli, ["stats"])
    assert res.exit_code == 1 and "'kabar.db'" in res.output
    assert not (tmp_path / "kabar.db").exists()


def test_cli_ingest_creates_the_store(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "baru.db"
    res = CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"])
    assert res.exit_code == 0, res.output
    assert db.exists()


@pytest.fixture
def store_with_article(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "kabar.db"
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(db), "-q"]).exit_code == 0
    return db


def test_cli_search_in_a_pipe_prints_plain_text(store_with_article):
    res = CliRunner().invoke(cli, ["search", "gempa", "--db", str(store_with_article)])
    assert res.exit_code == 0, res.output
    assert "Gempa" in res.output
    for raw in ("<mark>", "</mark>", "\x1b[", *SNIPPET_MARKS):
        assert raw not in res.output, raw


def test_cli_search_json_keeps_its_mark_tags(store_with_article):
    import json
    res = CliRunner().invoke(cli, ["search", "gempa", "--db", str(store_with_article), "--format", "json"])
    assert "<mark>" in json.loads(res.output)[0]["snippet"]


def test_cli_search_snippet_is_highlighted_on_a_terminal():
    out = io.StringIO()
    opening, closing = SNIPPET_MARKS
    print_snippet(f"sebelum {opening}gempa{closing} sesudah", Console(file=out, force_terminal=True,
                                                                      color_system="standard"))
    text = out.getvalue()
    assert "\x1b[" in text and "gempa" in text and "<mark>" not in text and opening not in text
    plain = io.StringIO()
    print_snippet(f"sebelum {opening}gempa{closing} sesudah", Console(file=plain, force_terminal=False))
    assert plain.getvalue() == "    sebelum gempa sesudah\n"


def test_cli_serve_on_a_busy_port_fails_before_announcing(store_with_article):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        res = subprocess.run([sys.executable, "-m", "kabar", "serve", "--db", str(store_with_article),
                              "--port", str(port)], capture_output=True, text=True, timeout=60)
    assert res.returncode == 1, res.stderr
    assert "serving" not in res.stderr
    assert f"port {port} on 127.0.0.1 is already in use" in res.stderr
    assert "Traceback" not in res.stderr


def test_cli_stories_lists_outlets_and_titles_not_just_ids(store_with_article):
    res = CliRunner().invoke(cli, ["stories", "--db", str(store_with_article)])
    assert res.exit_code == 0, res.output
    assert "Gempa Guncang Kota Lama" in res.output.splitlines()[1]


def test_ingest_progress_counts_files_to_their_total(tmp_path, monkeypatch):
    """The progress bar's total is the number of input files, and it ends full."""
    from rich.progress import Progress

    from kabar import ingest as ingest_mod
    from kabar.io.readers import count_inputs
    from kabar.settings import Settings

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(ARTICLE.replace("5,1", f"5,{i}"), encoding="utf-8")
    (folder / "catatan.pdf").write_bytes(b"%PDF")  # not an input kabar reads: not counted
    assert count_inputs([str(folder), "-"]) == 4
    bars = []

    def recording(enabled):
        bars.append(Progress(console=Console(file=io.StringIO())))
        return bars[-1]
    monkeypatch.setattr(ingest_mod, "_progress", recording)
    report = ingest_mod.ingest([str(folder)], Settings(db=str(tmp_path / "k.db")), progress=True)
    assert report.added == 3
    task = bars[0].tasks[0]
    assert task.total == 3 and task.completed == 3
