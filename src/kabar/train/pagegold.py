"""Gold pages for the cleaner's models: devnews and seed annotations, and kabar's own invented pages.

A :class:`GoldPage` holds a page's lines (``text.split("\\n")``), which lines are
boilerplate (0-based line number -> 1 boilerplate / 0 body, only for annotated
pages), its headline as printed on the page (``None`` when the page prints none),
its outlet and URL (gold for measuring only), and the group that cross-validation
keeps together (the outlet fold of ``benchmarks/data/devnews_folds.json``).
Real texts stay in ``../shared``; nothing here copies them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO / ".." / "shared"
FOLDS_FILE = REPO / "benchmarks" / "data" / "devnews_folds.json"


@dataclass
class GoldPage:
    id: str
    source: str  # devnews | seeds | invented
    lines: list[str]
    labels: dict[int, int] = field(default_factory=dict)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    fold: int = -1  # outlet fold; -1: always in training
    event_fold: int = -1
    fragments: list[dict] = field(default_factory=list)

    @property
    def annotated(self) -> bool:
        return bool(self.labels)

    def lines_as_cleaned(self) -> list[str]:
        """The lines as the cleaner sees them: a store metadata prefix cut from the first one."""
        from ..clean.rules import STORE_PREFIX
        lines = list(self.lines)
        for i, ln in enumerate(lines):
            if ln.strip():
                m = STORE_PREFIX.match(ln)
                lines[i] = ln[m.end():] if m else ln
                break
        return lines


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def load_devnews(root: Path | None = None) -> list[GoldPage]:
    """All devnews pages; annotated ones carry line labels."""
    root = root or SHARED / "devnews"
    corpus, gold = root / "corpus", root / "gold" / "annotations.jsonl"
    if not gold.exists():
        return []
    ann = {d["id"]: d for d in map(json.loads, gold.read_text(encoding="utf-8").splitlines()) if d}
    folds = json.loads(FOLDS_FILE.read_text(encoding="utf-8"))["articles"]
    pages = []
    for txt in sorted(corpus.glob("*.txt")):
        side = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        lines = txt.read_text(encoding="utf-8").split("\n")
        page = GoldPage(txt.stem, "devnews", lines, outlet=side.get("outlet_domain") or side.get("outlet"),
                        url=side.get("url"), fold=folds.get(txt.stem, {}).get("outlet_fold", -1),
                        event_fold=folds.get(txt.stem, {}).get("event_fold", -1))
        page.title = _printed_title(lines, side.get("title")) if side.get("title_from") == "page" else None
        if txt.stem in ann:
            page.labels = _labels(lines, ann[txt.stem]["boilerplate_line_numbers"], page.title)
            page.fragments = ann[txt.stem].get("boilerplate_fragments") or []
        pages.append(page)
    return pages


def _printed_title(lines: list[str], title: str | None) -> str | None:
    """The sidecar's headline when a line of the page prints it (after a store metadata prefix)."""
    if not title:
        return None
    want = _norm(title)
    for ln in lines:
        if _norm(ln).endswith(want) and len(_norm(ln)) - len(want) <= 20:
            return title.strip()
    return None


def _labels(lines: list[str], bp_numbers: list[int], title: str | None) -> dict[int, int]:
    """0-based line -> 1 for boilerplate, 0 for body; the first printing of the headline is left out."""
    bp = {n - 1 for n in bp_numbers}
    out, title_seen = {}, False
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        if title and not title_seen and _norm(ln).endswith(_norm(title)) and i not in bp:
            title_seen = True
            continue
        out[i] = int(i in bp)
    return out


def load_seeds(root: Path | None = None) -> list[GoldPage]:
    """The five seed articles with their gold (whole-line boilerplate and fragments)."""
    root = root or SHARED / "seeds"
    gold = root / "gold" / "annotations.jsonl"
    if not gold.exists():
        return []
    pages = []
    for d in map(json.loads, filter(None, gold.read_text(encoding="utf-8").splitlines())):
        lines = (root / f"{d['id']}.txt").read_text(encoding="utf-8").split("\n")
        whole = [b["line"] for b in d.get("boilerplate_lines") or [] if not b.get("fragment")]
        frags = [b for b in d.get("boilerplate_lines") or [] if b.get("fragment")]
        title = _printed_title(lines, d.get("title"))
        pages.append(GoldPage(d["id"], "seeds", lines, _labels(lines, whole, title), title,
                              outlet=d.get("outlet"), fragments=frags))
    return pages


def load_invented() -> list[GoldPage]:
    """kabar's own invented pages (:mod:`kabar.train.invented`)."""
    from .invented import invented_pages
    return invented_pages()


def load_all() -> list[GoldPage]:
    """Every gold page there is: devnews (where present), seeds, invented."""
    return load_devnews() + load_seeds() + load_invented()


def models_by_fold(items: list, fit, params: dict, threshold: float, folds: int = 5) -> dict:
    """Outlet fold -> the model ``fit`` makes from every item outside it (items carry ``.page``)."""
    models = {}
    for fold in range(folds):
        model = fit([x for x in items if x.page.fold != fold], params)
        model.threshold = threshold
        models[fold] = model
    return models
