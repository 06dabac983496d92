"""Fixtures for briefing tests: invented articles analysed once, and stores built from them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kabar.analyze import analyze
from kabar.ingest import ingest
from kabar.settings import from_env
from kabar.store import Store
from kabar.store.stories import assign_pending

# Three invented outlets reporting one invented flood, and one invented earlier flood of the same place.
INVENTED = [
    {"title": "Banjir Bandang Terjang Desa Wanasari, 12 Warga Meninggal", "outlet": "Kabar Lembah",
     "published": "2025-02-11", "url": "https://kabarlembah.example/banjir-wanasari",
     "text": "Banjir bandang menerjang Desa Wanasari, Kabupaten Lembah Hijau, pada Senin (10/2/2025) malam. "
             "Badan Penanggulangan Bencana Daerah (BPBD) mencatat 12 warga meninggal dunia dan 40 orang luka-luka.\n\n"
             "Kepala BPBD Lembah Hijau, Sutrisno Hadi, mengatakan air datang dari hulu Sungai Cikaro setelah hujan "
             "deras selama enam jam. \"Warga tidak sempat menyelamatkan barang,\" kata Sutrisno.\n\n"
             "Sebanyak 230 rumah rusak dan 1.100 warga mengungsi ke balai desa dan masjid.\n\n"
             "Banjir serupa pernah melanda desa itu pada Maret 2009."},
    {"title": "Korban Banjir Wanasari Bertambah Jadi 15 Orang", "outlet": "Warta Pagi",
     "published": "2025-02-12", "url": "https://wartapagi.example/korban-banjir",
     "text": "Jumlah korban meninggal akibat banjir bandang di Desa Wanasari, Kabupaten Lembah Hijau, bertambah. "
             "BPBD mencatat 15 warga meninggal dunia hingga Selasa (11/2/2025) sore.\n\n"
             "Kepala BPBD Lembah Hijau, Sutrisno Hadi, mengatakan banjir bandang terjadi pada Senin (10/2/2025) "
             "malam setelah hujan deras mengguyur hulu Sungai Cikaro.\n\n"
             "Bupati Lembah Hijau, Ratna Dewi, menetapkan status tanggap darurat selama 14 hari.\n\n"
             "Rezim lama dinilai lalai menjaga hutan di hulu sungai, kata seorang aktivis lingkungan."},
    {"title": "Bupati Tetapkan Tanggap Darurat Banjir Wanasari", "outlet": "Suara Hulu",
     "published": "2025-02-12", "url": "https://suarahulu.example/tanggap-darurat",
     "text": "Bupati Lembah Hijau, Ratna Dewi, menetapkan status tanggap darurat selama 14 hari setelah banjir "
             "bandang menerjang Desa Wanasari pada Senin (10/2/2025) malam.\n\n"
             "Menurut BPBD, 12 warga meninggal dunia dalam bencana itu.\n\n"
             "Ratna menyebut para pembalak liar sebagai \"penjahat perang\" terhadap alam.\n\n"
             "Pemerintah kabupaten menyiapkan dana darurat Rp 2,5 miliar untuk para pengungsi."},
]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def invented_docs(tmp_path_factory) -> list:
    """The invented articles, analysed (in INVENTED order)."""
    path = write_jsonl(tmp_path_factory.mktemp("invented") / "flood.jsonl", INVENTED)
    docs = [d for d in analyze([str(path)], from_env()) if hasattr(d, "text")]
    assert len(docs) == len(INVENTED)
    return docs


@pytest.fixture(scope="session")
def invented_store(tmp_path_factory):
    """A store holding the invented articles, with stories assigned."""
    folder = tmp_path_factory.mktemp("invented_store")
    path = write_jsonl(folder / "flood.jsonl", INVENTED)
    db = folder / "kabar.db"
    ingest([str(path)], from_env(db=str(db)))
    store = Store(db)
    assign_pending(store)
    return store


def store_of(paths: list[str], db: Path) -> Store:
    """Ingest ``paths`` into a new store at ``db`` and assign stories."""
    ingest(paths, from_env(db=str(db)))
    store = Store(db)
    assign_pending(store)
    return store
