"""The line classifier's verdicts and the rules that correct them (kabar.clean.lines)."""
from __future__ import annotations

from kabar.clean.features import line_features
from kabar.clean.lines import Verdict, _keep_listed_items

PAGE = [
    "Dinas kesehatan mencatat kasus flu musiman terus menurun sejak pekan kedua bulan ini.",
    "Namun, kasus berat umumnya terjadi pada kelompok berisiko, seperti:",
    "- lansia",
    "- penderita penyakit penyerta (komorbid)",
    "2. ibu hamil",
    "Kepala dinas meminta warga segera memeriksakan diri bila demam lebih dari tiga hari.",
    "Baca juga:",
    "- Harga Beras Stabil Jelang Natal di Pasar Segiri",
    "Sumber :",
    "- lansia",
]


def _verdicts(removed: set[int]) -> list[Verdict]:
    items, _ = line_features(PAGE, None)
    return [Verdict(it, 0.9 if it.idx in removed else 0.1, it.idx in removed, "widget" if it.idx in removed else None)
            for it in items]


def test_the_items_of_a_list_a_kept_paragraph_announces_stay_body():
    verdicts = _verdicts({2, 3, 4, 6, 7, 8, 9})
    _keep_listed_items(verdicts)
    kept = {v.line.idx for v in verdicts if not v.boilerplate}
    assert {2, 3, 4} <= kept and all(v.kind is None for v in verdicts if v.line.idx in (2, 3, 4))
    # a list of related headlines after "Baca juga:", and a list after a bare label, are not rescued
    assert not {6, 7, 8, 9} & kept


def test_list_items_after_a_removed_colon_line_stay_removed():
    verdicts = _verdicts({1, 2, 3, 4})
    _keep_listed_items(verdicts)
    assert all(v.boilerplate for v in verdicts if v.line.idx in (1, 2, 3, 4))
