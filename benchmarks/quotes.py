"""PFSA-ID evaluation of the quote extractor (evaluation only: the corpus is CC BY-NC-SA).

Usage: python benchmarks/quotes.py [--file dev-40.txt|test-data.txt] [--limit N]

The corpus labels tokens BILOU with STATEMENT spans (the quote, direct with its
marks, or the reported clause). Its papers report span-level F1 over their labels
(82.0 for the corpus-paper baseline). kabar labels only statements, so the
comparable figure here is STATEMENT span F1: exact token-span match, and a
relaxed match (token overlap >= 0.5, as the seed scorer uses).
Documents are rebuilt from the token stream (a new one at each "..., KOMPAS" dateline);
kabar runs with no entities, so speakers come from its surface fallback.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kabar.model import Document, Sentence, Source
from kabar.quotes import extract_quotes

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "pfsa-id"
LABEL = "STATEMENT"
DATELINE = "KOMPAS"
DATELINE_REACH = 4  # the outlet name sits among a document's first tokens
RELAXED = 0.5
OPEN, CLOSE = "“", "”"


def read_sentences(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as lists of (token, label)."""
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
            continue
        tok, _, lab = line.partition("\t")
        cur.append((tok, lab.strip() or "O"))
    if cur:
        out.append(cur)
    return out


def documents(sents: list[list[tuple[str, str]]]) -> list[list[list[tuple[str, str]]]]:
    """Group sentences into articles at each dateline."""
    docs: list[list] = []
    for s in sents:
        if not docs or DATELINE in [t for t, _ in s[:DATELINE_REACH]]:
            docs.append([])
        docs[-1].append(s)
    return docs


def spans_of(labels: list[str]) -> set[tuple[int, int]]:
    """Token spans [start, end) of the STATEMENT label, from BILOU tags."""
    out, start = set(), None
    for i, lab in enumerate(labels + ["O"]):
        tag, _, kind = lab.partition("-")
        if kind != LABEL:
            if start is not None:
                out.add((start, i))
            start = None
        elif tag in ("B", "U") or start is None:
            if start is not None:
                out.add((start, i))
            start = i
        if kind == LABEL and tag in ("L", "U"):
            out.add((start, i + 1))
            start = None
    return out


def build(doc_sents: list[list[tuple[str, str]]]) -> tuple[Document, list[tuple[int, int]], list[str]]:
    """A Document of the tokens joined by spaces, the token offsets, and the labels."""
    parts, offs, labels, sentences, pos = [], [], [], [], 0
    opened = False
    for s in doc_sents:
        s_start = pos
        for tok, lab in s:
            if tok == CLOSE:  # the corpus writes both marks as ”: restore the opening one
                tok, opened = (CLOSE if opened else OPEN), not opened
            parts.append(tok)
            offs.append((pos, pos + len(tok)))
            labels.append(lab)
            pos += len(tok) + 1
        sentences.append(Sentence(s_start, pos - 1))
    text = " ".join(parts)
    doc = Document(id="pfsa", source=Source(), raw=text, text=text, sentences=sentences)
    return doc, offs, labels


def token_span(offs: list[tuple[int, int]], start: int, end: int, marks: bool) -> tuple[int, int]:
    """Token indexes covering chars [start, end); direct quotes widened to their marks."""
    toks = [i for i, (s, e) in enumerate(offs) if s < end and e > start]
    if not toks:
        return (start, start)  # an empty quote matches nothing
    a, b = toks[0], toks[-1] + 1
    return (max(0, a - 1), min(len(offs), b + 1)) if marks else (a, b)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / max(a[1] - a[0], b[1] - b[0])


def evaluate(path: Path, limit: int | None, with_unnamed: bool) -> dict:
    """Exact and relaxed STATEMENT span precision, recall and F1."""
    tp_exact = tp_relaxed = n_pred = n_gold = 0
    for doc_sents in documents(read_sentences(path))[:limit]:
        doc, offs, labels = build(doc_sents)
        gold = spans_of(labels)
        named, unnamed = extract_quotes(doc)
        pred = {token_span(offs, q.start, q.end, q.direct) for q in named + (unnamed if with_unnamed else [])}
        n_pred, n_gold = n_pred + len(pred), n_gold + len(gold)
        tp_exact += len(pred & gold)
        used: set = set()
        for g in gold:
            hit = next((p for p in pred if p not in used and overlap(g, p) >= RELAXED), None)
            if hit:
                used.add(hit)
                tp_relaxed += 1
    return {"exact": prf(tp_exact, n_pred, n_gold), "relaxed": prf(tp_relaxed, n_pred, n_gold)}


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default="dev-40.txt")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = ap.parse_args(argv)
    path = DATA / args.file
    if not path.exists():
        print(f"PFSA-ID not found at {path}", file=sys.stderr)
        return 1
    t0 = time.time()
    for unnamed in (False, True):
        res = evaluate(path, args.limit, unnamed)
        who = "named + unnamed speakers" if unnamed else "named speakers only"
        print(f"{args.file} [{who}]  exact {res['exact']}  relaxed {res['relaxed']}")
    print(f"published baseline (corpus paper): 82.0 F1; {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
