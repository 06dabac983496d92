"""Re-ingesting unchanged inputs skips their analysis (issue 17 #9: it cost 83 % of a first ingest's CPU)."""
from __future__ import annotations

from kabar import analyze as analyze_module
from kabar.ingest import ingest
from kabar.model import Document
from kabar.settings import Settings
from kabar.store.known import KnownContent, text_hash
from kabar.store.store import content_hash

from .conftest import make_doc

TEXTS = [f"Banjir merendam {100 + i} rumah di Kota Samarinda pada Senin. Warga mengungsi ke posko ke-{i}."
         for i in range(3)]


def _files(folder) -> list[str]:
    folder.mkdir(exist_ok=True)
    for i, text in enumerate(TEXTS):
        (folder / f"banjir-{i}.txt").write_text(text, encoding="utf-8")
    return [str(folder)]


def _counting(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = analyze_module.analyze_raw

    def counted(raw, pipeline):
        seen.append(raw.source.path)
        return real(raw, pipeline)

    monkeypatch.setattr(analyze_module, "analyze_raw", counted)
    return seen


def test_unchanged_files_are_not_analysed_again(tmp_path, monkeypatch):
    settings = Settings(db=str(tmp_path / "k.db"), today="2024-06-10")
    paths = _files(tmp_path / "in")
    first = ingest(paths, settings, workers=1)
    assert (first.added, first.skipped) == (3, 0)
    analysed = _counting(monkeypatch)
    (tmp_path / "in" / "baru.txt").write_text("Harga cabai di Pasar Segiri turun pada Rabu. Pedagang senang.",
                                              encoding="utf-8")
    again = ingest(paths, settings, workers=1)
    assert (again.added, again.skipped, again.failed) == (1, 3, 0)
    assert [p.rsplit("/", 1)[-1] for p in analysed] == ["baru.txt"]
    assert sorted(again.doc_ids) == sorted(first.doc_ids + [d for d in again.doc_ids if d not in first.doc_ids])


def test_the_known_check_uses_the_stores_own_hash(tmp_path):
    doc: Document = make_doc("Gempa   mengguncang\nBone pada Selasa.")
    assert text_hash(doc.raw) == content_hash(doc)
    assert not KnownContent(tmp_path / "none.db")(doc.raw)  # no store yet: nothing known
