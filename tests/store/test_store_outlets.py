"""One spelling per outlet across the store."""
from __future__ import annotations

import pytest

from kabar.store.outlets import choose, outlet_key

from .conftest import make_doc


@pytest.mark.parametrize("a, b", [
    ("PELITATIMUR.COM", "Pelita Timur"),
    ("pelitatimur.com", "https://www.pelitatimur.com/berita/1"),
    ("WARTANUSANTARA.ID", "Warta Nusantara"),
    ("kabarlembah.co.id", "Kabar Lembah"),
])
def test_spellings_of_one_outlet_share_a_key(a, b):
    assert outlet_key(a) == outlet_key(b)


@pytest.mark.parametrize("a, b", [("Kompas", "KOMPAS TV"), ("Warta Pagi", "Warta Pagi Sore")])
def test_different_outlets_keep_different_keys(a, b):
    assert outlet_key(a) != outlet_key(b)


def test_the_readable_spelling_wins():
    assert choose(["PELITATIMUR.COM", "Pelita Timur"]) == "Pelita Timur"
    assert choose(["KABARKINI.COM", "KabarKini.com"]) == "KabarKini.com"


def test_store_keeps_one_spelling_and_rewrites_earlier_rows(store):
    store.add(make_doc("Berita pertama tentang jembatan.", outlet="PELITATIMUR.COM"))
    later = make_doc("Berita kedua tentang jembatan.", outlet="Pelita Timur")
    store.add(later)
    store.add(make_doc("Berita ketiga tentang jembatan.", outlet="pelitatimur.com"))
    assert {d.outlet for d in store.documents()} == {"Pelita Timur"}
    assert {store.get(d.id).source.outlet for d in store.documents()} == {"Pelita Timur"}
    assert store.stats()["by_outlet"] == {"Pelita Timur": 3}
