"""Train and evaluate the CRF named-entity tagger.

Shipped model (what ``kabar.ner.tag`` loads)::

    python -m kabar.train.ner --build-clusters     # word clusters from unlabeled text
    python -m kabar.train.ner --out src/kabar/models/ner.crfsuite
    python -m kabar.train.ner --build-person-words # given names, language data for the rules

Benchmark-style run (train on a dataset's own train split, score its test split)::

    python -m kabar.train.ner --eval nerui --fold 3
    python -m kabar.train.ner --eval nergrit

Data is read from ``<repo>/../shared/data`` (``--data`` overrides).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from ..ner import clusters as cluster_table
from ..ner import gazetteer as gazetteer_table
from ..ner.data import CORE_LABELS, Sentence, load, read_conll, shared_data_dir, spans
from ..ner.evaluate import Score, score
from ..ner.features import FeatureMaker

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
DEFAULT_MODEL = MODELS_DIR / "ner.crfsuite"
DEFAULT_CLUSTERS = MODELS_DIR / "ner_clusters.tsv.gz"
DEFAULT_GAZETTEER = MODELS_DIR / "ner_gazetteer.tsv.gz"
# L1 keeps the model small (most of the millions of candidate features get weight 0).
CRF_PARAMS = {"c1": 0.05, "c2": 0.2, "max_iterations": 150, "feature.possible_transitions": True}
# Training mix of the shipped model: (dataset, split) pairs, labels mapped to PER/ORG/LOC.
# NERP stays out: its institution type leaves parties and agencies unlabeled (train has
# "golkar" 132x and "kpk" 93x as O), which taught the mixed model to miss news ORGs.
SHIPPED_MIX = (("nerui", "full"), ("nergrit", "train"), ("nergrit", "valid"))
# The given-name word list (language data for the entity rules) and what a word needs to be on it.
PERSON_WORDS_FILE = Path(__file__).resolve().parents[1] / "lang" / "id" / "person_words.txt"
PERSON_WORD_MIN_COUNT, PERSON_WORD_MIN_SHARE = 2, 0.6
# Unlabeled text for the clusters. NER UI is left out: every sentence of it is in some test fold.
CLUSTER_TEXT_NER = (("nergrit", "train"), ("nerp", "train"))


def read_split(dataset: str, split: str, root: Path, keep: frozenset[str], fold: int = 1) -> list[Sentence]:
    """One split; ``nerui``'s ``full`` is the whole corpus (all folds' test sets together)."""
    if dataset == "nerui" and split == "full":
        return read_conll(root / "indolem-nerui" / "nerui_full.txt", keep)
    return load(dataset, split, fold, keep, root)


def train(sentences: Sequence[Sentence], out: Path, fm: FeatureMaker, params: dict | None = None,
          verbose: bool = False) -> None:
    """Fit a CRF on tagged sentences and write it to ``out``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    for s in sentences:
        trainer.append(fm.sentence(s.tokens), s.labels)
    trainer.set_params({**CRF_PARAMS, **(params or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def predict(model: Path, sentences: Sequence[Sentence], fm: FeatureMaker) -> tuple[list[list[str]], float]:
    """Predicted label sequences and the tokens per second it took (features included)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    fm.word_features.cache_clear()  # time a cold cache, as for unseen text
    fm.context_features.cache_clear()
    began = time.perf_counter()
    out = [list(tagger.tag(fm.sentence(s.tokens))) for s in sentences]
    elapsed = time.perf_counter() - began
    return out, sum(len(s.tokens) for s in sentences) / max(elapsed, 1e-9)


def evaluate(dataset: str, fold: int, root: Path, fm: FeatureMaker, params: dict | None = None,
             extra: Sequence[Sentence] = ()) -> tuple[Score, float]:
    """Train on ``dataset``'s train split (plus ``extra``), score its test split."""
    from ..ner.data import labels_for

    keep = labels_for(dataset)
    train_set = load(dataset, "train", fold, keep, root) + list(extra)
    test_set = load(dataset, "test", fold, keep, root)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "model.crfsuite"
        train(train_set, model, fm, params)
        predicted, speed = predict(model, test_set, fm)
    return score([s.labels for s in test_set], predicted), speed


def cluster_corpus(root: Path) -> tuple[list[list[str]], list[list[str]]]:
    """Unlabeled text: (lower-cased token lists to cluster, the cased subset for casing statistics).

    Cased: IndoSum articles and the UD treebanks. NERGrit and NERP train tokens are
    clustered too, but NERP is lower-cased, so neither feeds the casing statistics.
    """
    cased: list[list[str]] = []
    seen: set[str] = set()
    for path in sorted((root / "indosum").glob("dev.*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            art = json.loads(line)
            if art["id"] in seen:  # the dev folds overlap
                continue
            seen.add(art["id"])
            cased += [list(s) for para in art["paragraphs"] for s in para]
    for path in sorted(root.glob("ud-id-*/*.conllu")):
        cased += _conllu_sentences(path)
    lowered = [[w.lower() for w in s] for s in cased]
    for dataset, split in CLUSTER_TEXT_NER:
        lowered += [[w.lower() for w in s.tokens] for s in load(dataset, split, 1, frozenset(), root)]
    return lowered, cased


def _conllu_sentences(path: Path) -> list[list[str]]:
    """Word forms of a CoNLL-U file (multi-word token lines skipped)."""
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                out.append(cur)
            cur = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                cur.append(cols[1])
    if cur:
        out.append(cur)
    return out


def build_gazetteer(root: Path, with_names: bool) -> gazetteer_table.Table:
    """Region names, plus (optionally) names from the NERGrit train split (MIT licensed)."""
    tables = [gazetteer_table.region_names(root / "gazetteer-id-wilayah" / "wilayah_2025.tsv")]
    if with_names:
        tables.append(gazetteer_table.entity_names(
            root / "gazetteer-ner-derived" / "nergrit_train_entities.tsv"))
    return gazetteer_table.merge(tables)


def shipped_training_set(root: Path, mix: Iterable[tuple[str, str]] = SHIPPED_MIX) -> list[Sentence]:
    """The union the shipped model learns from, mapped to PER/ORG/LOC."""
    keep = frozenset(CORE_LABELS)
    return [s for dataset, split in mix for s in read_split(dataset, split, root, keep)]


def person_words(root: Path, mix: Iterable[tuple[str, str]] = SHIPPED_MIX) -> list[str]:
    """Words that are mostly part of a person's name in the shipped training mix: seen at least
    PERSON_WORD_MIN_COUNT times inside PER spans and there in PERSON_WORD_MIN_SHARE of their uses."""
    inside: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for sent in shipped_training_set(root, mix):
        person = {k for a, b, kind in spans(sent.labels) if kind == "PER" for k in range(a, b)}
        for k, token in enumerate(sent.tokens):
            word = token.casefold()
            total[word] += 1
            inside[word] += k in person
    return sorted(w for w, n in inside.items() if w.isalpha() and len(w) > 1
                  and n >= PERSON_WORD_MIN_COUNT and n / total[w] >= PERSON_WORD_MIN_SHARE)


def write_person_words(words: Sequence[str], out: Path) -> None:
    """The word list as language data, with where it comes from."""
    header = ("# Words mostly used inside persons' names in the NER training mix of the shipped tagger\n"
              "# (IndoLEM NER UI, CC BY 4.0; IndoNLU NERGrit train+valid, MIT). Built by\n"
              "# `python -m kabar.train.ner --build-person-words`; one lower-cased word a line.\n")
    out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    ap = argparse.ArgumentParser(prog="python -m kabar.train.ner", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=DEFAULT_MODEL, help="where to write the shipped model")
    ap.add_argument("--clusters", type=Path, default=DEFAULT_CLUSTERS, help="word-cluster table to use")
    ap.add_argument("--no-clusters", action="store_true", help="train without cluster features")
    ap.add_argument("--build-clusters", action="store_true", help="(re)build the cluster table and exit")
    ap.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER, help="phrase gazetteer to use")
    ap.add_argument("--no-gazetteer", action="store_true", help="train without gazetteer features")
    ap.add_argument("--build-gazetteer", action="store_true", help="(re)build the gazetteer and exit")
    ap.add_argument("--build-person-words", action="store_true",
                    help="(re)build the given-name word list kabar/lang/id/person_words.txt and exit")
    ap.add_argument("--with-names", action="store_true",
                    help="with --build-gazetteer: add entity names from the NERGrit train split")
    ap.add_argument("--eval", choices=("nerui", "nergrit", "nerp"), help="train+test on one dataset")
    ap.add_argument("--fold", type=int, default=0, help="NER UI fold 1-5 (0 = all five, mean)")
    ap.add_argument("--mix", default=",".join(f"{d}:{s}" for d, s in SHIPPED_MIX),
                    help="dataset:split list for the shipped model")
    ap.add_argument("--max-iter", type=int, default=CRF_PARAMS["max_iterations"])
    ap.add_argument("--c1", type=float, default=CRF_PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=CRF_PARAMS["c2"])
    ap.add_argument("--data", type=Path, default=shared_data_dir(), help="the shared data folder")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: build clusters, evaluate on a dataset, or train the shipped model."""
    args = _args(argv)
    if args.build_clusters:
        table = cluster_table.build(*cluster_corpus(args.data))
        cluster_table.save(table, args.clusters)
        print(f"{len(table)} words clustered -> {args.clusters}")
        return 0
    if args.build_person_words:
        words = person_words(args.data)
        write_person_words(words, PERSON_WORDS_FILE)
        print(f"{len(words)} words -> {PERSON_WORDS_FILE}")
        return 0
    if args.build_gazetteer:
        gaz = build_gazetteer(args.data, args.with_names)
        gazetteer_table.save(gaz, args.gazetteer)
        print(f"{len(gaz)} phrases -> {args.gazetteer}")
        return 0
    table = {} if args.no_clusters else cluster_table.load(args.clusters)
    gaz = {} if args.no_gazetteer else gazetteer_table.load(args.gazetteer)
    fm = FeatureMaker(table, gaz)
    params = {"max_iterations": args.max_iter, "c1": args.c1, "c2": args.c2}
    if args.eval:
        folds = ([args.fold] if args.fold else [1, 2, 3, 4, 5]) if args.eval == "nerui" else [1]
        f1s = []
        for fold in folds:
            result, speed = evaluate(args.eval, fold, args.data, fm, params)
            f1s.append(result.f1)
            print(f"{args.eval} fold {fold}: P {result.precision:.4f} R {result.recall:.4f} "
                  f"F1 {result.f1:.4f}  {speed:,.0f} tokens/s", flush=True)
        print(f"{args.eval} mean F1 {sum(f1s) / len(f1s):.4f}")
        return 0
    mix = [tuple(item.split(":")) for item in args.mix.split(",")]
    sentences = shipped_training_set(args.data, mix)
    train(sentences, args.out, fm, params)
    print(f"trained on {len(sentences)} sentences -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
