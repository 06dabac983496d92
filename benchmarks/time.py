"""kabar's time expressions against dateparser's ``search_dates`` (languages=["id"]), side by side.

Usage: ``python benchmarks/time.py [--repeat N]``

Two test sets: the five seed articles (gold in ../shared/seeds/gold, optional items set aside as
the official scorer does, boilerplate lines blanked) and the hand-written sentences in
:data:`SENTENCES` below. Both systems get the same anchor date (the gold anchor / the sentence's).
An expression is found when its text and a gold text contain one another; it is correct when
its value is exactly the gold value (a part-of-day suffix is ignored). dateparser returns a
datetime without a granularity, so it is given the benefit of the doubt: its datetime is cut
to the gold value's precision (year, month or day) before comparing. Speed is words per second
over the seed texts, repeated ``--repeat`` times.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from pathlib import Path

from kabar.timex import find_times

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"
TODAY = dt.date(2026, 11, 22)
ANCHOR = dt.date(2023, 7, 26)
_SUFFIX = re.compile(r"T(MO|MI|AF|EV|NI)$")

# Sentences of our own, each with every time expression in it (text, value), anchor 2023-07-26.
SENTENCES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Presiden tiba di Surabaya pada Senin (24/7) pagi dan kembali ke Jakarta kemarin.",
     [("Senin (24/7) pagi", "2023-07-24"), ("kemarin", "2023-07-25")]),
    ("Banjir bandang melanda desa itu tiga hari lalu, menewaskan 12 orang.", [("tiga hari lalu", "2023-07-23")]),
    ("Harga beras naik sejak awal bulan ini dan diperkirakan turun bulan depan.",
     [("awal bulan ini", "2023-07"), ("bulan depan", "2023-08")]),
    ("Gedung itu dibangun pada 1928 dan dipugar pada tahun 1990-an.", [("1928", "1928"), ("tahun 1990-an", "199X")]),
    ("KPK memeriksa saksi selama sembilan jam pada Selasa (25/7).",
     [("sembilan jam", "PT9H"), ("Selasa (25/7)", "2023-07-25")]),
    ("Kebijakan itu berlaku mulai 1 Agustus 2023 hingga 31 Desember 2024.",
     [("1 Agustus 2023", "2023-08-01"), ("31 Desember 2024", "2024-12-31")]),
    ("Pemerintah menargetkan proyek rampung dua tahun mendatang.", [("dua tahun mendatang", "2025")]),
    ("Tahun lalu, ekspor batu bara mencapai rekor.", [("Tahun lalu", "2022")]),
    ("Rapat paripurna digelar Kamis (27/7) pukul 10.00 WIB.", [("Kamis (27/7) pukul 10.00 WIB", "2023-07-27T10:00")]),
    ("Krisis moneter 1997-1998 masih membekas hingga kini.", [("1997-1998", "1997/1998"), ("kini", "PRESENT_REF")]),
    ("Pertandingan final akan digelar pekan depan di Bandung.", [("pekan depan", "2023-W31")]),
    ("Warga telah menunggu bertahun-tahun untuk sertifikat tanah.", [("bertahun-tahun", "PXY")]),
    ("Ia menjabat wali kota pada 2010 dan lima tahun kemudian menjadi gubernur.",
     [("2010", "2010"), ("lima tahun kemudian", "2015")]),
    ("Candi itu diperkirakan berasal dari abad ke-9.", [("abad ke-9", "08XX")]),
    ("Festival budaya berlangsung 12-14 Agustus di Yogyakarta.", [("12-14 Agustus", "2023-08-12/2023-08-14")]),
    ("Sidang lanjutan dijadwalkan Senin depan.", [("Senin depan", "2023-07-31")]),
    ("Jumlah wisatawan meningkat dibandingkan pekan lalu.", [("pekan lalu", "2023-W29")]),
    ("Ia dipenjara selama 11 bulan sebelum dibebaskan pada Maret 2021.",
     [("11 bulan", "P11M"), ("Maret 2021", "2021-03")]),
    ("Pabrik itu tutup pada pertengahan tahun lalu.", [("pertengahan tahun lalu", "2022")]),
    ("Dua puluh lima tahun lalu, reformasi mengubah Indonesia.", [("Dua puluh lima tahun lalu", "1998")]),
    ("Hujan deras turun sejak tadi malam hingga pagi ini.",
     [("tadi malam", "2023-07-25"), ("pagi ini", "2023-07-26")]),
    ("Undang-undang itu disahkan DPR pada 5 Oktober 2020, lalu digugat bulan berikutnya.",
     [("5 Oktober 2020", "2020-10-05"), ("bulan berikutnya", "2020-11")]),
    ("Menurut data tahun 2022, angka kemiskinan turun dalam beberapa tahun terakhir.",
     [("tahun 2022", "2022"), ("beberapa tahun terakhir", "PXY")]),
    ("Gempa berkekuatan 6,1 terjadi pada Minggu (23/7) dini hari.", [("Minggu (23/7) dini hari", "2023-07-23")]),
    ("Besok, tim SAR melanjutkan pencarian yang sudah berlangsung sepekan.",
     [("Besok", "2023-07-27"), ("sepekan", "P1W")]),
]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def tval(v: str) -> str:
    return _SUFFIX.sub("", v)


def score(gold: list[tuple[str, str]], pred: list[tuple[str, str]], lenient_dates: bool = False) -> tuple[int, int, int]:
    """(correct, predicted, gold): greedy one-to-one matching by text containment, then exact value."""
    used, correct = set(), 0
    for gt, gv in gold:
        for i, (pt, pv) in enumerate(pred):
            if i not in used and (norm(gt) in norm(pt) or norm(pt) in norm(gt)):
                used.add(i)
                pv = pv[:len(gv)] if lenient_dates and re.fullmatch(r"\d{4}(-\d\d){0,2}", gv) else pv
                correct += tval(pv) == tval(gv)
                break
    return correct, len(pred), len(gold)


def f1(c: int, p: int, g: int) -> float:
    prec, rec = (c / p if p else 0.0), (c / g if g else 0.0)
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def kabar_times(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, anchor, today=TODAY)]


def dateparser_times(text: str, anchor: dt.date) -> list[tuple[str, str]]:
    from dateparser.search import search_dates
    base = dt.datetime.combine(anchor, dt.time(12, 0))
    found = search_dates(text, languages=["id"],
                         settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"})
    return [(s, d.date().isoformat()) for s, d in found or []]


def seed_items() -> list[tuple[str, dt.date, list[tuple[str, str]], list[str]]]:
    """(body text, anchor, required gold, optional gold texts) per seed article."""
    out = []
    for line in (SEEDS / "gold" / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        lines = (SEEDS / f"{g['id']}.txt").read_text(encoding="utf-8").split("\n")
        for b in g.get("boilerplate_lines") or []:
            i = b["line"] - 1
            lines[i] = lines[i].replace(b["text"], " ") if b.get("fragment") else ""
        req = [(t["text"], t["value"]) for t in g["time_expressions"] if not t.get("optional")]
        opt = [t["text"] for t in g["time_expressions"] if t.get("optional")]
        out.append(("\n".join(lines), dt.date.fromisoformat(g["anchor_date"]), req, opt))
    return out


def drop_optional(pred, gold, optional):
    """Predictions matching only an optional gold item are not counted, as in the seed scorer."""
    keep = []
    for pt, pv in pred:
        hits_req = any(norm(g) in norm(pt) or norm(pt) in norm(g) for g, _ in gold)
        hits_opt = any(norm(o) in norm(pt) or norm(pt) in norm(o) for o in optional)
        if hits_req or not hits_opt:
            keep.append((pt, pv))
    return keep


def evaluate(system, items, lenient: bool) -> tuple[float, tuple[int, int, int]]:
    total = [0, 0, 0]
    for text, anchor, gold, optional in items:
        c, p, g = score(gold, drop_optional(system(text, anchor), gold, optional), lenient)
        total = [total[0] + c, total[1] + p, total[2] + g]
    return f1(*total), tuple(total)


def speed(system, texts: list[tuple[str, dt.date]], repeat: int) -> float:
    """Words per second over the texts, ``repeat`` times."""
    words = sum(len(t.split()) for t, _ in texts) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text, anchor in texts:
            system(text, anchor)
    return words / (time.perf_counter() - start)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    try:
        import dateparser  # noqa: F401
    except ImportError:
        print("dateparser is not installed: pip install dateparser", file=sys.stderr)
        return 1
    own = [(s, ANCHOR, gold, []) for s, gold in SENTENCES]
    sets = [("own sentences", own)]
    if (SEEDS / "gold" / "annotations.jsonl").exists():
        sets.insert(0, ("seeds", seed_items()))
    else:
        print(f"(seeds not found at {SEEDS}; only the own sentences are scored)")
    dateparser_times("Senin (24/7)", ANCHOR)  # first call loads its language data: not part of the timing
    print(f"{'set':14} {'system':28} {'F1':>6}  correct/pred/gold")
    for name, items in sets:
        for label, system, lenient in (("kabar", kabar_times, False),
                                       ("dateparser search_dates", dateparser_times, True)):
            score_f1, (c, p, g) = evaluate(system, items, lenient)
            print(f"{name:14} {label:28} {score_f1:6.3f}  {c}/{p}/{g}")
    texts = [(t, a) for t, a, _, _ in sets[0][1]]
    ours, theirs = speed(kabar_times, texts, args.repeat), speed(dateparser_times, texts, args.repeat)
    print(f"speed (words/s): kabar {ours:,.0f}  dateparser {theirs:,.0f}  ratio {ours / theirs:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
