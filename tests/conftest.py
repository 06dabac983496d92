"""Global fixtures: the shared development data (skipped with a clear message where absent)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = (REPO / ".." / "shared").resolve()
SEEDS = SHARED / "seeds"
EXAMPLES = REPO / "examples" / "articles"


# Whole files the fuzz suite runs through analysis (tests/fuzz): a few minutes in CI, more with the flag.
DEFAULT_FUZZ_INPUTS = 400


def pytest_addoption(parser):
    parser.addoption("--fuzz-inputs", type=int, default=DEFAULT_FUZZ_INPUTS,
                     help=f"mutated and generated files the fuzz suite analyses (default {DEFAULT_FUZZ_INPUTS})")


@pytest.fixture(scope="session")
def fuzz_inputs(request) -> int:
    return request.config.getoption("--fuzz-inputs")


def need_shared(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the shared development data, present in CI); not found here")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return need_shared("seeds")


@pytest.fixture(scope="session")
def seed_gold(seeds_dir) -> dict:
    """Gold annotations of the seed articles, by file stem."""
    gold = {}
    with open(seeds_dir / "gold" / "annotations.jsonl", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                gold[d["id"]] = d
    return gold


@pytest.fixture(scope="session")
def seed_scores(seeds_dir, tmp_path_factory) -> dict:
    """The official scorer's figures for `kabar analyze` on the seeds (computed once per run)."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("seeds") / "out.jsonl"
    from kabar.analyze import analyze, error_record

    with open(out, "w", encoding="utf-8") as f:
        for doc in analyze(sorted(str(p) for p in seeds_dir.glob("*.txt"))):
            record = doc.to_dict() if hasattr(doc, "to_dict") else error_record(doc)
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    scorer = SHARED / "eval" / "score.py"
    res = subprocess.run([sys.executable, str(scorer), "--gold", str(seeds_dir / "gold"), "--texts",
                          str(seeds_dir), "--analyzed", str(out), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)
