"""The document model: ``record`` gives what ``dataclasses.asdict`` gives, copies included."""
from dataclasses import asdict, dataclass, field

from kabar.model import Boilerplate, Byline, Entity, Event, Quantity, Quote, Sentence, TimeExpr, record


def _same(obj) -> None:
    a, b = asdict(obj), record(obj)
    assert a == b and list(a) == list(b)
    assert all(type(a[k]) is type(b[k]) for k in a)


def test_record_equals_asdict_for_every_annotation():
    for obj in (Boilerplate("Baca juga: Judul lain", "related_link", 3, fragment=True),
                Byline(authors=["Budi Santoso"], editors=[], agencies=["Antara"]),
                Sentence(0, 42),
                Entity("Budi Santoso", 10, 22, "PER", "Budi Santoso", "e1"),
                TimeExpr("Rabu (5/3/2024)", 30, 45, "2024-03-05", "day", None, "anchor"),
                Quantity("Rp 5 miliar", 50, 61, 5_000_000_000, "IDR", "approx", "anggaran"),
                Quantity("10-15 persen", 70, 82, [10, 15], "%"),
                Quote("Kami siap", "Budi", "e1", "kata", True, 90, 99),
                Event("meeting", "Budi", None, "2024-03-05", "Jakarta", "bertemu", {"start": 0, "end": 42})):
        _same(obj)


def test_record_copies_lists_and_dicts():
    q = Quantity("10-15 persen", 70, 82, [10, 15], "%")
    out = record(q)
    out["value"].append(20)
    assert q.value == [10, 15]
    e = Event("meeting", None, None, None, None, "bertemu", {"start": 0, "end": 5})
    record(e)["sentence"]["start"] = 3
    assert e.sentence == {"start": 0, "end": 5}


@dataclass
class _Nested:
    name: str
    inner: Sentence = field(default_factory=lambda: Sentence(1, 2))
    pair: tuple = (1, 2)


def test_record_leaves_other_values_to_asdict():
    _same(_Nested("x"))
    assert record(_Nested("x"))["inner"] == {"start": 1, "end": 2}
