"""Throughput of ``kabar analyze`` with every stage, per core, beside two baselines over the same files.

The corpus is real news: distinct IndoSum articles (``../shared/data/indosum``, detokenised into
plain-text files in a temporary folder, never into the repository) plus the devnews pages
(``../shared/devnews/corpus``). Each measurement runs in a process of its own and is charged the
CPU seconds of that whole process (user + system, every thread, start-up included), so the
figures are per core whatever else the machine runs:

- read+decode: reading and decoding every file into a document's raw text, nothing else;
- regex tokens: the same bytes decoded and split by one plain regular expression;
- analyze: reading, decoding and every stage of the default pipeline.

Absolute figures are noisy on a shared machine; the ratios printed are measured in the same run.

    python benchmarks/analyze.py [--articles 1000] [--stages clean,language,...] [--by-stage]
    python benchmarks/analyze.py --dump out.jsonl      # also write every analysed document
    python benchmarks/analyze.py --profile 300         # cProfile of the analysis of 300 documents

``--src DIR`` imports kabar from another source tree (``benchmarks/same_output.py`` uses it to
compare the analysis of this tree with another commit's, document by document).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
INDOSUM = SHARED / "data" / "indosum"
DEVNEWS = SHARED / "devnews" / "corpus"
TARGET_DOCS_PER_S = 100
REGEX_TOKEN = re.compile(r"\w+|[^\w\s]")
# Documents analysed before the steady-state clock starts (lazy models and tables load on first use).
WARM_DOCS = 20


def _join(tokens: list[str]) -> str:
    """Detokenise one IndoSum sentence (spaces before closing punctuation dropped)."""
    text = " ".join(tokens)
    for p in (" .", " ,", " :", " ;", " ?", " !", " )", "( ", " '", " \""):
        text = text.replace(p, p.strip())
    return text


def indosum_texts(limit: int) -> list[tuple[str, str]]:
    """(id, text) of the first ``limit`` distinct IndoSum articles, paragraphs apart."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for path in sorted(INDOSUM.glob("dev.*.jsonl")):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            if row["id"] in seen:
                continue
            seen.add(row["id"])
            paras = [" ".join(_join(s) for s in p) for p in row["paragraphs"]]
            out.append((row["id"], "\n\n".join(paras) + "\n"))
            if len(out) == limit:
                return out
    return out


def build_corpus(dest: Path, articles: int) -> list[str]:
    """Paths of the corpus: IndoSum articles written under ``dest``, then the devnews pages."""
    paths = []
    for n, (art_id, text) in enumerate(indosum_texts(articles)):
        target = dest / f"indosum_{n:05d}_{art_id[:40]}.txt"
        target.write_text(text, encoding="utf-8")
        paths.append(str(target))
    return paths + sorted(str(p) for p in DEVNEWS.glob("*.txt"))


# -- the three measured phases, each run in a child process


def phase_read(paths: list[str], args) -> dict:
    """Read and decode every file as ``kabar analyze`` does, nothing more."""
    from kabar.io import iter_inputs
    from kabar.settings import Settings
    docs = size = 0
    for raw in iter_inputs(paths, Settings()):
        if hasattr(raw, "text"):
            docs, size = docs + 1, size + len(raw.text.encode("utf-8"))
    return {"docs": docs, "bytes": size}


def phase_regex(paths: list[str], args) -> dict:
    """The same bytes decoded and split into tokens by one regular expression."""
    docs = tokens = 0
    for path in paths:
        text = Path(path).read_bytes().decode("utf-8", errors="replace")
        tokens += len(REGEX_TOKEN.findall(text))
        docs += 1
    return {"docs": docs, "tokens": tokens}


def phase_analyze(paths: list[str], args) -> dict:
    """Read, decode and analyse every file with the chosen stages (optionally writing each document)."""
    from kabar.analyze import analyze_raw, error_record
    from kabar.io import iter_inputs
    from kabar.settings import Settings
    pipeline, per_stage = _timed_pipeline(args.stages)
    out = open(args.dump, "w", encoding="utf-8") if args.dump else None
    docs, warm_cpu = 0, None
    for raw in iter_inputs(paths, Settings()):
        if docs == WARM_DOCS:
            warm_cpu = time.process_time()
        record = error_record(raw) if not hasattr(raw, "text") else analyze_raw(raw, pipeline).to_dict()
        if out:
            _write(out, record)
        docs += 1
    steady = time.process_time() - warm_cpu if warm_cpu is not None else None
    if out:
        out.close()
    return {"docs": docs, "steady_docs": docs - WARM_DOCS, "steady_cpu": steady, "stages": per_stage}


def _write(out, record: dict) -> None:
    """One analysed document as a JSON line, its path cut to the file name (the folder is temporary)."""
    src = record.get("source") or {}
    if src.get("path"):
        src["path"] = Path(src["path"]).name
    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def _timed_pipeline(stages: str | None):
    """The pipeline with each stage's CPU seconds summed into the returned dict."""
    from dataclasses import replace

    from kabar.analyze import default_pipeline
    from kabar.pipeline import Pipeline
    pipeline = Pipeline.build(stages.split(",")) if stages else default_pipeline()
    spent: dict[str, float] = {}

    def timed(stage):
        def run(doc, settings):
            t0 = time.process_time()
            try:
                return stage.fn(doc, settings)
            finally:
                spent[stage.name] = spent.get(stage.name, 0.0) + time.process_time() - t0
        return replace(stage, fn=run)
    pipeline.stages = [timed(s) for s in pipeline.stages]
    return pipeline, spent


def phase_profile(paths: list[str], args) -> dict:
    """cProfile of analysing the first ``args.profile`` documents (after one warm-up document)."""
    import cProfile
    import pstats

    from kabar.analyze import analyze_raw, default_pipeline
    from kabar.io import iter_inputs
    from kabar.settings import Settings
    pipeline = default_pipeline()
    raws = [r for r in iter_inputs(paths[:args.profile], Settings()) if hasattr(r, "text")]
    analyze_raw(raws[0], pipeline)
    prof = cProfile.Profile()
    prof.runcall(lambda: [analyze_raw(r, pipeline) for r in raws])
    stats = pstats.Stats(prof, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    return {"docs": len(raws)}


PHASES = {"read": phase_read, "regex": phase_regex, "analyze": phase_analyze, "profile": phase_profile}


def child_main(args) -> None:
    """Run one phase over the listed paths and print its result as JSON on stdout's last line."""
    if args.src:
        sys.path.insert(0, str(Path(args.src).resolve()))
    else:
        sys.path.insert(0, str(ROOT / "src"))
    paths = Path(args.paths_file).read_text(encoding="utf-8").splitlines()
    result = PHASES[args.phase](paths, args)
    print(json.dumps(result))


def run_child(phase: str, paths_file: Path, args) -> dict:
    """One phase in a fresh process; adds the CPU seconds that whole process used."""
    cmd = [sys.executable, __file__, "--phase", phase, "--paths-file", str(paths_file)]
    for flag, value in (("--stages", args.stages), ("--dump", args.dump), ("--src", args.src),
                        ("--profile", args.profile), ("--top", args.top)):
        if value:
            cmd += [flag, str(value)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, capture_output=phase != "profile", text=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.stdout else {}
    result["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result


def report(n_files: int, read: dict, regex: dict, full: dict, by_stage: bool) -> None:
    """Documents/s per core of each phase and the ratios between them."""
    docs = full["docs"]
    print(f"corpus: {n_files} files ({read['bytes'] / 1e6:.1f} MB decoded, {regex['tokens']:,} regex tokens)")
    for label, res in (("read+decode", read), ("regex tokens", regex), ("analyze", full)):
        print(f"{label:>13}: {res['docs'] / res['cpu']:9.1f} docs/s per core  ({res['cpu']:.2f} CPU s, whole process)")
    if full.get("steady_cpu"):
        print(f"{'steady':>13}: {full['steady_docs'] / full['steady_cpu']:9.1f} docs/s per core  "
              f"(analysis loop after {WARM_DOCS} warm-up documents, no start-up)")
    print(f"analyze takes {full['cpu'] / read['cpu']:.1f}x the CPU of read+decode and "
          f"{full['cpu'] / regex['cpu']:.1f}x that of the regex tokeniser")
    rate = docs / full["cpu"]
    verdict = "meets" if rate >= TARGET_DOCS_PER_S else "misses"
    print(f"{rate:.1f} docs/s per core {verdict} the target of {TARGET_DOCS_PER_S}")
    if by_stage and full.get("stages"):
        total = sum(full["stages"].values())
        for name, secs in full["stages"].items():
            print(f"{name:>13}: {secs / docs * 1000:7.2f} ms/doc  {secs / total:6.1%} of stage time")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000, help="distinct IndoSum articles (default 1000)")
    ap.add_argument("--stages", default=None, help="comma-separated stages (default: every stage)")
    ap.add_argument("--by-stage", action="store_true", help="print each stage's share of the CPU time")
    ap.add_argument("--dump", default=None, help="write every analysed document (JSON lines) here")
    ap.add_argument("--src", default=None, help="import kabar from this source folder instead")
    ap.add_argument("--profile", type=int, default=0, help="cProfile the analysis of this many documents")
    ap.add_argument("--top", type=int, default=40, help="rows of the profile to print")
    ap.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    ap.add_argument("--paths-file", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        child_main(args)
        return
    if not INDOSUM.is_dir() or not DEVNEWS.is_dir():
        print(f"needs {INDOSUM} and {DEVNEWS}; nothing to measure", file=sys.stderr)
        sys.exit(1)
    if args.dump:
        args.dump = str(Path(args.dump).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        paths = build_corpus(Path(tmp), args.articles)
        paths_file = Path(tmp) / "paths.txt"
        paths_file.write_text("\n".join(paths), encoding="utf-8")
        if args.profile:
            run_child("profile", paths_file, args)
            return
        read, regex = run_child("read", paths_file, args), run_child("regex", paths_file, args)
        full = run_child("analyze", paths_file, args)
    report(len(paths), read, regex, full, args.by_stage)


if __name__ == "__main__":
    main()
