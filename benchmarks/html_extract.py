"""HTML body extraction on kabar's portal-style fixtures: kabar against trafilatura, in one run.

The fixtures (``benchmarks/data/html_portals``, written by kabar for this: detik, kompas, tribun,
tempo, okezone, republika, kapanlagi, antara, suara and CNN Indonesia layouts, a teaser-heavy
portal and a page whose body is missing) hold an invented article among teaser lists, related
lists with dates, captions, prompts and footers; ``gold.jsonl`` gives each page's body.

Body F1 is the word-bag F1 of the extracted text against the gold body (lower-cased word
tokens). Rows: trafilatura's defaults, ``favor_precision``, ``favor_recall``, and kabar (its
HTML reader and cleaner, ``kabar analyze``'s ``text``) with each extraction setting it can use;
the setting kabar ships is marked. The page with no body scores 1.0 when nothing is extracted
(for kabar: when its title and date are kept with an empty body). CPU seconds are for the
whole row in this process.

Run: ``python benchmarks/html_extract.py [--json]``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "html_portals"
_TOKEN = re.compile(r"\w+")


def fixtures() -> list[tuple[str, str, dict]]:
    gold = [json.loads(ln) for ln in (DATA / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln]
    return [(g["file"], (DATA / g["file"]).read_text(encoding="utf-8"), g) for g in gold]


def f1(pred: str, gold: str) -> float:
    p, g = Counter(_TOKEN.findall(pred.casefold())), Counter(_TOKEN.findall(gold.casefold()))
    if not g:
        return 1.0 if not p else 0.0
    tp = sum((p & g).values())
    if not tp:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def trafilatura_row(options: dict):
    import trafilatura
    return lambda html: trafilatura.extract(html, include_comments=False, include_tables=False, **options) or ""


def kabar_row(extraction: tuple[str, ...]):
    from kabar.analyze import analyze_raw, default_pipeline
    from kabar.errors import InputError
    from kabar.io.html import html_to_raw
    from kabar.model import Source
    from kabar.text.lead import headline_end

    pipe = default_pipeline()

    def run(html: str) -> str:
        try:
            raw = html_to_raw(html, Source(path="page.html"), extraction=extraction)
        except InputError:
            return ""
        doc = analyze_raw(raw, pipe)
        return doc.text[headline_end(doc.text, doc.title):]  # the body proper, as the gold and trafilatura give it
    return run


def rows() -> list[tuple[str, object]]:
    from kabar.io.html import EXTRACTION
    out = [("trafilatura defaults", trafilatura_row({})),
           ("trafilatura favor_precision", trafilatura_row({"favor_precision": True})),
           ("trafilatura favor_recall", trafilatura_row({"favor_recall": True}))]
    for ext in (("recall",), ("default",), ("precision",), ("precision", "default"), ("precision", "default", "recall")):
        mark = " (shipped)" if ext == EXTRACTION else ""
        out.append((f"kabar: {' > '.join(ext)}{mark}", kabar_row(ext)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    pages = fixtures()
    report = {}
    for name, run in rows():
        start = time.process_time()
        scores = {file: round(f1(run(html), "\n".join(g["body"])), 4) for file, html, g in pages}
        with_body = [v for (file, _, g), v in zip(pages, scores.values()) if g["body"]]
        report[name] = {"mean_f1": round(sum(with_body) / len(with_body), 4), "no_body_page": scores[pages[-1][0]],
                        "cpu_s": round(time.process_time() - start, 2), "pages": scores}
    if args.json:
        print(json.dumps(report))
        return 0
    print(f"{'extractor':45s} {'body F1':>8s} {'no-body page':>13s} {'CPU s':>6s}")
    for name, r in report.items():
        print(f"{name:45s} {r['mean_f1']:8.3f} {r['no_body_page']:13.1f} {r['cpu_s']:6.2f}")
    print("\nper page (body F1):")
    files = [f for f, _, _ in pages]
    print(" " * 45 + " ".join(f"{f[:2]:>5s}" for f in files))
    for name, r in report.items():
        print(f"{name:45s}" + " ".join(f"{r['pages'][f]:5.2f}" for f in files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
