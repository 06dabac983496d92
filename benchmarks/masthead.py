"""Headline and outlet on ``../shared/devnews``: what a reader sees first, measured by tune / heldout.

For each page the sidecar (``corpus/devNNN.json``) is the gold, never an input: its ``title``
where ``title_from`` is ``page`` and a line of the page prints it, its ``outlet_domain``.

* ``title_exact``: pages that print their headline whose ``title`` is exactly it (no outlet name);
* ``title_none``: pages that print no headline whose ``title`` is null (no lead sentence or label
  standing in);
* ``outlet_right``: pages whose text or address names the outlet (the outlet's name, the domain's first
  label, occurs in the text as a word; or the address is given) whose ``source.outlet`` is that outlet
  (same letters as the domain once the web suffix is gone, or those and a generic outlet word such as
  "Online": ``NU Online`` is ``nu.or.id``).

Two runs: ``text`` (the bare ``.txt`` pages, as the before-stop check reads them) and ``url``
(each page with its address, as a JSONL export with ``url`` and ``text`` would bring it).
Run: ``python benchmarks/masthead.py [--json]``.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from devnews import CORPUS, DEVNEWS, load_folds, subset_ids  # noqa: E402

from kabar.lang.id.boilerplate import OUTLET_WORDS  # noqa: E402
from kabar.store.outlets import outlet_key  # noqa: E402


def analyse(with_url: bool) -> dict[str, dict]:
    """Page id -> {title, outlet} as kabar reads the page (with its address or without)."""
    from kabar.analyze import analyze_raw, default_pipeline
    from kabar.io import read_path

    pipe = default_pipeline()
    out = {}
    for txt in sorted(CORPUS.glob("*.txt")):
        side = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        raw = next(iter(read_path(str(txt))))
        if with_url:
            raw.source = replace(raw.source, url=side.get("url"))
        doc = analyze_raw(raw, pipe)
        out[txt.stem] = {"title": doc.title, "outlet": doc.source.outlet}
    return out


def _norm(s: str | None) -> str:
    return " ".join((s or "").split()).casefold()


def printed_title(lines: list[str], side: dict) -> str | None:
    """The sidecar's headline when the page prints it on a line of its own."""
    if side.get("title_from") != "page" or not side.get("title"):
        return None
    want = _norm(side["title"])
    return side["title"] if any(_norm(ln).endswith(want) and len(_norm(ln)) - len(want) <= 20 for ln in lines) else None


def names_outlet(text: str, domain: str) -> bool:
    key = outlet_key(domain)
    return bool(key) and re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", text.casefold()) is not None


def same_outlet(pred: str | None, domain: str) -> bool:
    p, g = outlet_key(pred or ""), outlet_key(domain)
    if not p or not g:
        return False
    short, long_ = sorted((p, g), key=len)
    rest = long_[len(short):]
    return p == g or (long_.startswith(short) and any(rest == w for w in OUTLET_WORDS))


def score(pred: dict[str, dict], ids: set[str], with_url: bool) -> dict:
    exact = printed = none_ok = unprinted = right = named = 0
    for k in sorted(ids):
        txt = CORPUS / f"{k}.txt"
        side = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        gold = printed_title(text.split("\n"), side)
        if gold:
            printed += 1
            exact += _norm(pred[k]["title"]) == _norm(gold)
        else:
            unprinted += 1
            none_ok += pred[k]["title"] is None
        domain = side.get("outlet_domain") or side.get("outlet")
        if domain and (with_url or names_outlet(text, domain)):
            named += 1
            right += same_outlet(pred[k]["outlet"], domain)
    r = lambda a, b: round(a / b, 4) if b else None
    return {"title_exact": r(exact, printed), "printed": printed, "title_none": r(none_ok, unprinted),
            "unprinted": unprinted, "outlet_right": r(right, named), "outlet_named": named}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"devnews not found at {DEVNEWS}; nothing to score", file=sys.stderr)
        return 0
    folds = load_folds()
    every = {p.stem for p in CORPUS.glob("*.txt")}
    report = {}
    for mode in ("text", "url"):
        pred = analyse(mode == "url")
        report[mode] = {s: score(pred, (subset_ids(s, folds) & every) if s != "all" else every, mode == "url")
                        for s in ("tune", "heldout", "all")}
    if args.json:
        print(json.dumps(report))
        return 0
    for mode, subsets in report.items():
        for subset, res in subsets.items():
            print(f"{mode:5s} {subset:8s} " + "  ".join(f"{k} {v}" for k, v in res.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
