"""benchmarks/devnews.py's ``published_missed``: a wrong date counted by whether the text writes the day at all.

Invented pages and gold; the official scorer (``../shared/eval/score.py``) supplies the date comparison."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _load("kabar_bench_devnews", REPO / "benchmarks" / "devnews.py")


@pytest.fixture(scope="module")
def scorer(bench):
    if not (bench.SHARED / "eval" / "score.py").exists():
        pytest.skip("../shared/eval/score.py not found: the official scorer compares the dates")
    return bench.load_scorer()


PAGES = {
    # The text writes its day ("Selasa, 5 Maret 2024"); kabar said the 4th: a misread.
    "p1": "Jembatan Diresmikan\n\nSelasa, 5 Maret 2024 10:15 WIB\n\nWarga menyambut jembatan baru.\n",
    # Page 2 of an article: the text reports Monday's events; the page is of the next day (its address says so).
    "p2": "Kata wali kota, Senin (4/3/2024), jembatan itu dibangun dua tahun.\n",
    # Right: not counted.
    "p3": "Rabu, 6 Maret 2024\n\nPasar terapung dibuka kembali.\n",
    # "hari ini" the gold resolved against the page's own date is no evidence in the text.
    "p4": "Hari ini pasar dibuka kembali setelah banjir surut.\n",
}
GOLD = {
    "p1": {"doc_date": "2024-03-05"},
    "p2": {"doc_date": "2024-03-05"},
    "p3": {"doc_date": "2024-03-06"},
    "p4": {"doc_date": "2024-03-07",
           "time_expressions": [{"text": "Hari ini", "value": "2024-03-07", "anchor": "doc_date"}]},
    "p5": {"doc_date": None},  # undated pages are not scored
}
PRED = {"p1": {"published": "2024-03-04"}, "p2": {"published": "2024-03-04"}, "p3": {"published": "2024-03-06"},
        "p4": {"published": None}, "p5": {"published": "2024-03-01"}}


def test_a_wrong_date_is_counted_by_whether_the_text_writes_the_day(bench, scorer, tmp_path):
    for key, text in PAGES.items():
        (tmp_path / f"{key}.txt").write_text(text, encoding="utf-8")
    assert bench.published_misses(scorer, GOLD, PRED, corpus=tmp_path) == {"day_not_in_text": 2, "misread": 1}


def test_a_day_written_only_in_a_time_expression_the_gold_resolves_explicitly_counts_as_written(bench, scorer, tmp_path):
    # "sehari setelah peresmian" resolved in the text (the opening is dated): the day is written, if not as a date.
    (tmp_path / "q.txt").write_text("Jembatan diresmikan pada 8 April 2024. Sehari setelah peresmian, warga "
                                    "mulai melintas.\n", encoding="utf-8")
    gold = {"q": {"doc_date": "2024-04-09", "time_expressions": [
        {"text": "Sehari setelah peresmian", "value": "2024-04-09", "anchor": "in-document"}]}}
    assert bench.published_misses(scorer, gold, {"q": {"published": None}}, corpus=tmp_path)["misread"] == 1
