"""The store opens in Datasette as it is: metadata from `kabar datasette-metadata`, search, canned queries."""
from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kabar.cli import cli

datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed (pip install -e '.[dev]')")
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
# Three outlets' reports of one earthquake among the bundled examples.
EXAMPLE_FILES = ("nusapress/gempa-m6-2-guncang-bone-bolango.txt",
                 "suara-celebes/korban-gempa-bone-bolango-bertambah-11-orang.html",
                 "lintasberita24/impor-beras-dikritik-petani-khawatir-harga-gabah-anjlok.html")


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory) -> Path:
    """A store of bundled example articles, with stories and metadata written beside it."""
    db = tmp_path_factory.mktemp("datasette") / "demo.db"
    paths = [str(EXAMPLES / f) for f in EXAMPLE_FILES]
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", *paths, "--db", str(db), "-q"]).exit_code == 0
    assert runner.invoke(cli, ["stories", "--db", str(db)]).exit_code == 0
    res = runner.invoke(cli, ["datasette-metadata", "--db", str(db), "--write"])
    assert res.exit_code == 0, res.output
    return db


def _get(ds, path: str):
    async def run():
        await ds.invoke_startup()
        return await ds.client.get(path)
    return asyncio.run(run())


@pytest.fixture(scope="module")
def ds(demo_store):
    meta = json.loads((demo_store.parent / "demo.metadata.json").read_text(encoding="utf-8"))
    return datasette_app.Datasette([str(demo_store)], metadata=meta)


def test_datasette_searches_the_articles(ds):
    resp = _get(ds, "/demo/documents.json?_search=gempa&_shape=array&_col=title&_col=outlet")
    assert resp.status_code == 200, resp.text
    titles = [row["title"] for row in resp.json()]
    assert len(titles) == 2 and all("Gempa" in t for t in titles)


def test_datasette_shows_tables_named_for_people(ds):
    listing = _get(ds, "/demo.json").json()
    tables = {t["name"]: t for t in listing["tables"]}
    views = {v["name"] for v in listing["views"]}
    assert {"documents", "entities", "stories"} <= set(tables) and {"quotes", "mentions", "times"} <= views
    page = _get(ds, "/demo/documents").text
    assert "Articles" in page and "The outlet that published it" in page
    assert 'name="_search"' in page, "the table page has a search box"


def test_datasette_canned_queries_run(ds):
    hits = _get(ds, "/demo/search_articles.json?query=gempa&_shape=array").json()
    assert len(hits) == 2
    stories = _get(ds, "/demo/stories_with_articles.json?_shape=array").json()
    assert stories and sum(s["articles"] for s in stories) == len(EXAMPLE_FILES)
    quotes = _get(ds, "/demo/who_said_what.json?speaker=&_shape=array")
    assert quotes.status_code == 200 and all(q["quote"] for q in quotes.json())


def test_datasette_metadata_refuses_a_missing_store(tmp_path):
    res = CliRunner().invoke(cli, ["datasette-metadata", "--db", str(tmp_path / "nope.db")])
    assert res.exit_code == 1 and "no kabar store" in res.output
