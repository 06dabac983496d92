"""PFSA-ID evaluation of the quote extractor (evaluation only: the corpus is CC BY-NC-SA).

Usage: python benchmarks/quotes.py [--file dev-40.txt|test-data.txt] [--limit N] [--no-entities]

The corpus labels tokens BILOU with STATEMENT spans (the quote, direct with its
marks, or the reported clause). Its papers report span-level F1 over their labels
(82.0 for the corpus-paper baseline). kabar labels only statements, so the
comparable figure here is STATEMENT span F1: exact token-span match, and a
relaxed match (token overlap >= 0.5, as the seed scorer uses).
Documents are rebuilt from the token stream (a new one at each "..., KOMPAS" dateline).

Speakers: PFSA-ID labels the speaker's name (PERSON, or PERSONCOREF for a later short mention)
beside each statement and CUECOREF for a cue with a pronoun ("pungkasnya"). A statement's gold
speaker is the name labelled nearest to it in the sentence where it starts (before it) or ends
(after it); with only a CUECOREF there, the last name labelled before it; otherwise it has none
and is left out. kabar's speaker is right when it shares a word with the gold name (titles
aside: "Roland Manurung" for "Ajun Komisaris Roland Manurung" or "Roland"). Reported: speaker
precision (right / kabar's named quotes matching a statement with a gold speaker), recall
(right / statements with a gold speaker), and how many matched statements kabar left unnamed.
kabar runs its own entity stage on the rebuilt text (``--no-entities``: the surface fallback only).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kabar.lang.id.titles import TITLE_WORDS
from kabar.model import Document, Sentence, Source
from kabar.pipeline import REGISTRY
from kabar.quotes import extract_quotes
from kabar.settings import Settings
from kabar.stages import default_stages  # noqa: F401  (importing registers the stages)

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "pfsa-id"
LABEL = "STATEMENT"
SPEAKER_LABELS = ("PERSON", "PERSONCOREF")
PRONOUN_CUE = "CUECOREF"
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


def spans_of(labels: list[str], label: str = LABEL) -> set[tuple[int, int]]:
    """Token spans [start, end) of one label, from BILOU tags."""
    out, start = set(), None
    for i, lab in enumerate(labels + ["O"]):
        tag, _, kind = lab.partition("-")
        if kind != label:
            if start is not None:
                out.add((start, i))
            start = None
        elif tag in ("B", "U") or start is None:
            if start is not None:
                out.add((start, i))
            start = i
        if kind == label and tag in ("L", "U"):
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


def analysed(doc_sents: list, entities: bool):
    """The rebuilt document, token offsets, labels and kabar's (named, unnamed) quotes."""
    doc, offs, labels = build(doc_sents)
    if entities:
        doc = REGISTRY["entities"].fn(doc, Settings())
    named, unnamed = extract_quotes(doc)
    return doc, offs, labels, named, unnamed


def analyse_all(path: Path, limit: int | None, entities: bool) -> list:
    """Every document of the file with kabar's quotes, analysed once."""
    return [(doc_sents, *analysed(doc_sents, entities)) for doc_sents in documents(read_sentences(path))[:limit]]


def evaluate(docs: list, with_unnamed: bool) -> dict:
    """Exact and relaxed STATEMENT span precision, recall and F1."""
    tp_exact = tp_relaxed = n_pred = n_gold = 0
    for _, doc, offs, labels, named, unnamed in docs:
        gold = spans_of(labels)
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


def name_words(text: str) -> set[str]:
    """The lower-case words of a name, titles left out."""
    return {w for w in text.lower().replace(",", " ").split() if w.isalpha() and w not in TITLE_WORDS}


def sentence_of(bounds: list[tuple[int, int]], tok: int) -> tuple[int, int]:
    return next(((a, b) for a, b in bounds if a <= tok < b), (tok, tok + 1))


def gold_speakers(doc_sents: list, labels: list[str]) -> dict[tuple[int, int], str]:
    """Statement span -> the gold speaker's words (see the module docstring)."""
    toks = [t for s in doc_sents for t, _ in s]
    bounds, k = [], 0
    for s in doc_sents:
        bounds.append((k, k + len(s)))
        k += len(s)
    names = sorted(sp for lab in SPEAKER_LABELS for sp in spans_of(labels, lab))
    pronoun_cues = spans_of(labels, PRONOUN_CUE)
    out = {}
    for a, b in sorted(spans_of(labels)):
        left, right = sentence_of(bounds, a)[0], sentence_of(bounds, b - 1)[1]
        near = [n for n in names if left <= n[0] < a or b <= n[0] < right]
        if near:
            n = min(near, key=lambda n: min(abs(n[0] - b), abs(a - n[1])))
        elif any(left <= c[0] < a or b <= c[0] < right for c in pronoun_cues):
            n = max((n for n in names if n[1] <= a), default=None)
        else:
            n = None
        if n is not None:
            out[(a, b)] = " ".join(toks[n[0]:n[1]])
    return out


def speaker_words(doc, speaker: str, any_alias: bool) -> set[str]:
    """The words naming a speaker: its canonical name's, and with ``any_alias`` those of every form the
    document writes it in (a speaker given as "Herdiansyah Hamzah" where the gold names "Castro", the
    nickname the text says he goes by)."""
    words = name_words(speaker)
    if any_alias:
        for e in doc.entities:
            if e.canonical == speaker:
                words |= name_words(e.text)
    return words


def evaluate_speakers(docs: list, any_alias: bool = False) -> dict:
    """Speaker precision and recall over the statements whose speaker PFSA-ID names."""
    right = n_named = n_gold = left_unnamed = 0
    for doc_sents, doc, offs, labels, named, unnamed in docs:
        gold = gold_speakers(doc_sents, labels)
        n_gold += len(gold)
        pred = [(token_span(offs, q.start, q.end, q.direct), q) for q in named + unnamed]
        used: set[int] = set()
        for span, who in gold.items():
            k = next((i for i, (p, _) in enumerate(pred) if i not in used and overlap(span, p) >= RELAXED), None)
            if k is None:
                continue
            used.add(k)
            q = pred[k][1]
            if q.speaker is None:
                left_unnamed += 1
                continue
            n_named += 1
            right += bool(speaker_words(doc, q.speaker, any_alias) & name_words(who))
    return {**prf(right, n_named, n_gold), "left_unnamed": left_unnamed}


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default="dev-40.txt")
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--no-entities", action="store_true", help="run without kabar's entity stage")
    args = ap.parse_args(argv)
    path = DATA / args.file
    if not path.exists():
        print(f"PFSA-ID not found at {path}", file=sys.stderr)
        return 1
    t0 = time.time()
    docs = analyse_all(path, args.limit, not args.no_entities)
    for unnamed in (False, True):
        res = evaluate(docs, unnamed)
        who = "named + unnamed speakers" if unnamed else "named speakers only"
        print(f"{args.file} [{who}]  exact {res['exact']}  relaxed {res['relaxed']}")
    print(f"{args.file} speakers  {evaluate_speakers(docs)}")
    print(f"{args.file} speakers, a right person under any name the text gives  {evaluate_speakers(docs, True)}")
    print(f"published baseline (corpus paper): 82.0 F1; {time.time() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
