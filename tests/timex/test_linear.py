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


class _CountingList(list):
    """A list that counts the items its slices copy."""

    copied = 0

    def __getitem__(self, k):
        got = super().__getitem__(k)
        if isinstance(k, slice):
            _CountingList.copied += len(got)
        return got


def test_expressions_after_each_one_are_read_in_place(monkeypatch):
    """Each expression looks at those after it; copying them for each one made a page of n dates cost n²/2
    copies (a 1 MB list of figures and dates took 28 s)."""
    import kabar.timex as timex
    real = timex.candidates
    monkeypatch.setattr(timex, "candidates", lambda text: _CountingList(real(text)))
    _CountingList.copied = 0
    text = " ".join(f"Rp {i}.000 pada 12 Maret 2024" for i in range(400))
    found = find_times_detailed(text, dt.date(2024, 3, 20), today=dt.date(2024, 6, 1))
    assert len(found) >= 400 and _CountingList.copied <= 10 * len(found)


def test_after_reads_like_the_slice_it_replaces():
    from bisect import bisect_left

    from kabar.timex.extract import After, Candidate
    items = [Candidate("year", 10 * i, 10 * i + 4) for i in range(6)]
    for start in range(8):
        view, copy = After(items, start), items[start:]
        assert list(view) == copy and len(view) == len(copy) and bool(view) == bool(copy)
        assert view[1:3] == copy[1:3] and view[-1:] == copy[-1:]
        assert bisect_left(view, 25, key=lambda c: c.start) == bisect_left(copy, 25, key=lambda c: c.start)
        if copy:
            assert view[0] == copy[0] and view[-1] == copy[-1]
