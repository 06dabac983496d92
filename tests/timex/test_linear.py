"""Per-sentence cues are read once per sentence, however many expressions it holds: a page with no
full stops is one sentence, and reading it again for each weekday made analysis quadratic
(fuzz #71759, seed 17: a 130 KB page of repeated weekdays took 16 s of CPU)."""
from __future__ import annotations

import datetime as dt

from kabar.timex import anchor, context, find_times_detailed


class _Counting:
    """A compiled pattern that counts its searches."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


ONE_SENTENCE = " ".join(f"warga berkumpul pada Kamis dan pulang Jumat sore {i}" for i in range(200))


def test_future_cue_searched_once_per_sentence(monkeypatch):
    counting = _Counting(context._FUTURE_RE)
    monkeypatch.setattr(context, "_FUTURE_RE", counting)
    found = find_times_detailed(ONE_SENTENCE, dt.date(2024, 3, 8), today=dt.date(2024, 6, 1))
    assert len(found) >= 200 and counting.calls <= 2


def test_earlier_cue_searched_once_per_sentence(monkeypatch):
    counting = _Counting(anchor._EARLIER)
    monkeypatch.setattr(anchor, "_EARLIER", counting)
    text = "Banjir merendam rumah pada Selasa (5/3/2024). " + ONE_SENTENCE
    anchor.infer_publication(text, today=dt.date(2024, 6, 1))
    assert counting.calls <= 2
