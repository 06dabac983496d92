"""A document keeps its stage notes through a lake row (here: a quote whose speaker is unnamed)."""
import pytest

pytest.importorskip("pyarrow")

from kabar.batch.schema import document_of, lake_record, to_row  # noqa: E402
from kabar.model import Document, Quote, Source  # noqa: E402


def test_unattributed_quotes_survive_the_lake_row():
    text = "“Kami takut keluar rumah,” kata seorang warga."
    doc = Document(id="d1", source=Source(path="a.txt"), raw=text, text=text)
    doc.meta["unattributed_quotes"] = [Quote("Kami takut keluar rumah", None, None, "kata", True, 1, 24,
                                             role="seorang warga")]
    back = document_of(to_row(lake_record(doc)))
    assert back.to_dict()["unattributed_quotes"] == doc.to_dict()["unattributed_quotes"]
