"""Kabar's entities stage (fast mode) on public NER corpora: an independent check of the recogniser's rules.

The devnews tune pages are what the rules were written against; these sentences are not. Each
sentence of a corpus is detokenised (no space before ``, . ) :`` ...) and run through
:func:`kabar.entities.find_entities` as a one-sentence document; spans are compared exactly with the
gold (GPE/LOC/FAC are one class LOC, as the devnews scorer's coarse types; EVENT, LAW, NORP spans
are left out, the corpora do not annotate them). Errors are listed by class: spans too long or too
short, spurious, missed, and type confusions, so a rule can be checked on text nobody fitted.

Sets (read their READMEs in ``../shared/data``; conventions differ from devnews: NER UI leaves
"Kota", "Provinsi", "DPP" outside names, NERGrit tags the country inside "Japan Academy Awards",
NER UGM leaves many parties and agencies unannotated, so compare a change's figures, not levels):

* ``nerui1`` ... ``nerui5``: NER UI test fold N. The shipped CRF was trained on all of NER UI, so
  ``--train-fold`` first fits a CRF on that fold's train+dev and NERGrit train+valid (about 2
  minutes; cached under ``--cache``) and tags with it: the fold's test is then unseen;
* ``nergrit``: NERGrit test (not in the shipped CRF's training);
* ``nerugm1`` ... ``nerugm5``: NER UGM test fold N (in no training set).

    python benchmarks/entities_corpus.py nerui1 --train-fold
    python benchmarks/entities_corpus.py nergrit --show "FP spurious PER"
"""
from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / ".." / "shared" / "data"
TYPES = {"PERSON": "PER", "PER": "PER", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "ORG": "ORG",
         "LOCATION": "LOC", "LOC": "LOC", "PLACE": "LOC", "GPE": "LOC", "FAC": "LOC"}
NO_SPACE_BEFORE = set(",.;:)?!]%")
NO_SPACE_AFTER = set("([")


class _Sentence:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def corpus_file(name: str) -> Path:
    """The test file of a set name (``nerui3``, ``nergrit``, ``nerugm2``)."""
    if name == "nergrit":
        return DATA / "indonlu-nergrit" / "test_preprocess.txt"
    folder = {"nerui": "indolem-nerui", "nerugm": "indolem-nerugm"}[name[:-1]]
    return DATA / folder / f"test.{int(name[-1]):02d}.tsv"


def read_conll(path: Path):
    """Sentences as lists of (token, label)."""
    toks: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not line.strip():
            if toks:
                yield toks
            toks = []
            continue
        word, _, label = line.partition("\t")
        toks.append((word, label.strip() or "O"))
    if toks:
        yield toks


def detokenise(toks) -> tuple[str, list[tuple[int, int]]]:
    """Running text and each token's offsets: no space before closing punctuation, quotes glued inside."""
    text, offsets, quote_open, glue = "", [], False, True
    for word, _ in toks:
        if not glue and word not in NO_SPACE_BEFORE and not (word == '"' and quote_open):
            text += " "
        offsets.append((len(text), len(text) + len(word)))
        text += word
        glue = word in NO_SPACE_AFTER or (word == '"' and not quote_open)
        quote_open = quote_open != (word == '"')
    return text, offsets


def gold_spans(toks, offsets) -> dict[tuple[int, int], str]:
    """BIO labels as {(start, end): coarse type}."""
    out, cur = {}, None
    for (word, label), (s, e) in zip(toks, offsets):
        bio, _, kind = label.partition("-")
        kind = TYPES.get(kind)
        if bio == "I" and cur and cur[2] == kind:
            cur[1] = e
            continue
        if cur:
            out[(cur[0], cur[1])] = cur[2]
        cur = [s, e, kind] if bio in ("B", "I") and kind else None
    if cur:
        out[(cur[0], cur[1])] = cur[2]
    return out


def fold_model(fold: int, cache: Path) -> Path:
    """A CRF trained like the shipped one but without NER UI test fold ``fold`` (cached)."""
    path = cache / f"ner_without_nerui{fold}.crfsuite"
    if path.exists():
        return path
    from kabar.ner import clusters, gazetteer
    from kabar.ner.data import CORE_LABELS, shared_data_dir
    from kabar.ner.features import FeatureMaker
    from kabar.train.ner import CRF_PARAMS, DEFAULT_CLUSTERS, DEFAULT_GAZETTEER, read_split, train

    root, keep = shared_data_dir(), frozenset(CORE_LABELS)
    sentences = (read_split("nerui", "train", root, keep, fold) + read_split("nerui", "dev", root, keep, fold)
                 + read_split("nergrit", "train", root, keep) + read_split("nergrit", "valid", root, keep))
    cache.mkdir(parents=True, exist_ok=True)
    fm = FeatureMaker(clusters.load(DEFAULT_CLUSTERS), gazetteer.load(DEFAULT_GAZETTEER))
    train(sentences, path, fm, {k: CRF_PARAMS[k] for k in ("c1", "c2", "max_iterations")})
    return path


def use_model(path: Path) -> None:
    """Make :func:`kabar.ner.tag` use the CRF at ``path`` (with the shipped clusters and gazetteer)."""
    from importlib import resources

    import kabar.ner as ner
    from kabar.ner.tagger import CrfTagger

    models = resources.files("kabar") / "models"
    ner._cache["model"] = CrfTagger(path, models / ner.CLUSTERS_FILE, models / ner.GAZETTEER_FILE)


def classify(text: str, gold: dict, pred: dict, errors: dict) -> tuple[int, int]:
    """Add this sentence's errors to ``errors`` by class; (exact spans, exact spans of the right type)."""
    hit = typed = 0
    for span, kind in pred.items():
        if span in gold:
            hit += 1
            typed += gold[span] == kind
            if gold[span] != kind:
                errors[f"type {gold[span]}->{kind}"].append((text, span, ""))
            continue
        over = [g for g in gold if g[0] < span[1] and span[0] < g[1]]
        if not over:
            errors[f"FP spurious {kind}"].append((text, span, ""))
            continue
        g = over[0]
        if span[0] <= g[0] and span[1] >= g[1]:
            errors[f"FP longer ({kind})"].append((text, span, f"{text[span[0]:g[0]]}|{text[g[1]:span[1]]}"))
        else:
            shape = "shorter" if g[0] <= span[0] and span[1] <= g[1] else "crossing"
            errors[f"FP {shape} ({kind})"].append((text, span, text[g[0]:g[1]]))
    for span, kind in gold.items():
        if span not in pred and not any(p[0] < span[1] and span[0] < p[1] for p in pred):
            errors[f"FN missed {kind}"].append((text, span, ""))
    return hit, typed


def run(name: str, limit: int, errors: dict) -> tuple[int, int, int, int]:
    """(exact, typed, predicted, gold) over the set's sentences, errors collected by class."""
    from kabar.entities import find_entities

    totals = [0, 0, 0, 0]
    for n, toks in enumerate(read_conll(corpus_file(name))):
        if n >= limit:
            break
        text, offsets = detokenise(toks)
        gold = gold_spans(toks, offsets)
        pred = {(e.start, e.end): TYPES[e.type] for e in find_entities(text, [_Sentence(0, len(text))])
                if e.type in TYPES}
        hit, typed = classify(text, gold, pred, errors)
        for k, v in enumerate((hit, typed, len(pred), len(gold))):
            totals[k] += v
    return tuple(totals)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", help="nerui1..5, nergrit, nerugm1..5")
    ap.add_argument("--train-fold", action="store_true", help="tag NER UI with a CRF trained without that fold")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/kabar_entities_corpus"))
    ap.add_argument("--limit", type=int, default=100_000, help="sentences at most")
    ap.add_argument("--show", action="append", default=[], help="list every error of this class")
    args = ap.parse_args(argv)
    if not corpus_file(args.set).exists():
        print(f"{corpus_file(args.set)} not found", file=sys.stderr)
        return 1
    if args.train_fold and args.set.startswith("nerui"):
        use_model(fold_model(int(args.set[-1]), args.cache))
    errors: dict[str, list] = collections.defaultdict(list)
    hit, typed, n_pred, n_gold = run(args.set, args.limit, errors)
    f1 = lambda k: 2 * k / (n_pred + n_gold) if n_pred + n_gold else 0.0  # noqa: E731
    print(f"{args.set}: untyped P {hit / max(n_pred, 1):.4f} R {hit / max(n_gold, 1):.4f} F {f1(hit):.4f}; "
          f"typed F {f1(typed):.4f} (predicted {n_pred}, gold {n_gold})")
    for name, items in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        shown = " ; ".join(t[s[0]:s[1]] + (f" [{x}]" if x else "") for t, s, x in items[:10])
        print(f"  {len(items):4d} {name}: {shown}")
    for name in args.show:
        print(f"\n=== {name}")
        for t, s, x in errors.get(name, []):
            print(f"  {t[max(0, s[0] - 60):s[0]]}[[{t[s[0]:s[1]]}]]{t[s[1]:s[1] + 40]}  {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
