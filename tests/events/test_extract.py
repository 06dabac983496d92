"""Events from our own sentences: voice, negation, hypotheticals, one sentence per type; seed events."""
from __future__ import annotations

from pathlib import Path

import pytest

from kabar.analyze import analyze, analyze_text

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


def events_of(text: str):
    """(type, actor, target, negated, hypothetical) of every event in ``text``."""
    doc = analyze_text(text)
    return [(e.type, e.actor, e.target, e.negated, e.hypothetical) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Presiden Prabowo Subianto bertemu dengan Presiden Prancis Emmanuel Macron di Paris, Senin (3/6/2024).",
     ("CONSULT", "Prabowo Subianto", "Emmanuel Macron")),
    ("Jepang dan Indonesia menandatangani perjanjian dagang di Tokyo pekan lalu.",
     ("AGREE", "Indonesia", None)),
    ("Pemerintah Jerman mengirimkan bantuan kemanusiaan ke Turki setelah gempa.",
     ("AID", "Jerman", None)),
    ("Rusia mengecam Amerika Serikat atas latihan militer itu.", ("ACCUSE", "Rusia", "Amerika Serikat")),
    ("Iran menolak permintaan Inggris untuk membebaskan kapal tanker itu.", ("REJECT", "Iran", "Inggris")),
    ("Korea Utara mengancam Korea Selatan dengan serangan balasan.", ("THREATEN", "Korea Utara", "Korea Selatan")),
    ("Uni Eropa menjatuhkan sanksi terhadap Belarus pada Rabu.", ("SANCTION", "Uni Eropa", "Belarus")),
    ("Israel menyerang Lebanon pada Minggu dini hari.", ("ASSAULT", "Israel", "Lebanon")),
    ("China menggelar latihan militer di sekitar Taiwan.", ("MOBILIZE", "China", "Taiwan")),
    ("Filipina memprotes China atas insiden di Laut China Selatan.", ("PROTEST", "Filipina", "China")),
])
def test_one_event_per_type(text, expected):
    found = [e[:3] for e in events_of(text)]
    assert expected in found, found


@pytest.mark.parametrize("text, expected", [
    # Passive "di-": the subject is the target, the "oleh" phrase the actor.
    ("Ukraina diserang oleh Rusia pada Kamis.", ("ASSAULT", "Rusia", "Ukraina")),
    ("Jepang dikecam oleh China karena kunjungan itu.", ("ACCUSE", "China", "Jepang")),
    ("Rusia mengecam Jepang karena kunjungan itu.", ("ACCUSE", "Rusia", "Jepang")),
])
def test_voice(text, expected):
    assert expected in [e[:3] for e in events_of(text)]


@pytest.mark.parametrize("text, negated, hypothetical", [
    ("Vietnam tidak menyerang Kamboja.", True, False),
    ("Vietnam belum menyerang Kamboja.", True, False),
    ("Vietnam membantah telah menyerang Kamboja.", True, False),
    ("Vietnam akan menyerang Kamboja.", False, True),
    ("Vietnam berencana menyerang Kamboja.", False, True),
    ("Vietnam menyerang Kamboja.", False, False),
])
def test_negation_and_hypothetical(text, negated, hypothetical):
    assault = [e for e in events_of(text) if e[0] == "ASSAULT"]
    assert assault and assault[0][3:] == (negated, hypothetical)


def test_delegation_acts_for_its_state_and_capital_for_its_state():
    doc = analyze_text("Delegasi Mesir yang dipimpin oleh Menteri Luar Negeri Sameh Shoukry tiba di Ankara "
                       "pada Selasa (4/6/2024).")
    ev = next(e for e in doc.events if e.type == "CONSULT")
    assert (ev.actor, ev.target, ev.location) == ("Mesir", "Turki", "Ankara")
    assert ev.date == "2024-06-04" and not ev.date_from_published


def test_date_falls_back_to_publication_flagged():
    doc = analyze_text("Iran mengecam Israel atas serangan tersebut.")
    ev = next(e for e in doc.events if e.type == "ACCUSE")
    assert ev.date_from_published and ev.date == doc.published


def test_sentence_offsets_cover_the_trigger():
    doc = analyze_text("Kemarin hujan. Vietnam menyerang Kamboja.")
    ev = doc.events[0]
    sent = doc.text[ev.sentence["start"]:ev.sentence["end"]]
    assert ev.trigger in sent and sent.startswith("Vietnam")


SEED_EVENTS = [
    ("001_", "CONSULT", {"Rusia", "Sergei Shoigu"}, "Korea Utara", "2023-07-25"),
    ("004_", "CONSULT", {"China", "Li Hongzhong"}, "Korea Utara", None),
    ("000_", "ASSAULT", {"China"}, None, "1950-10"),
]


@pytest.mark.parametrize("prefix, type_, actors, target, date", SEED_EVENTS)
def test_seed_events(prefix, type_, actors, target, date):
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    doc = next(iter(analyze([str(next(SEEDS.glob(prefix + "*.txt")))])))
    assert any(e.type == type_ and e.actor in actors and (target is None or e.target == target)
               and (date is None or e.date == date) for e in doc.events), doc.events
