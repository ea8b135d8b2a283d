"""Profile ``itudocs.parse`` (or ``parse_text``) on the benchmark documents with cProfile.

    .venv/bin/python benchmarks/profile_parse.py                 # .docx, 30 and 300 pages
    .venv/bin/python benchmarks/profile_parse.py --text          # the Tika text instead
    .venv/bin/python benchmarks/profile_parse.py --pages 300 --top 40 --dump out.prof

Prints the top functions sorted by tottime and by cumulative time, and a summary of
the time per pipeline stage (reader, then each extractor, then the model). The
documents are those of ``bench.py`` (built on first use, cached in ``.cache/``).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench

import itudocs

# Stage -> (module file suffix, function name) whose cumulative time is the stage's.
STAGES = (
    ("unzip + XML parse", "readers/package.py", "xml"),
    ("docx reader (whole)", "readers/docx.py", "read_docx"),
    ("text reader", "readers/tika.py", "read_text"),
    ("pipeline.build (whole)", "extract/pipeline.py", "build"),
    ("  language", "extract/language.py", "detect"),
    ("  header", "extract/header.py", "read"),
    ("  tokens", "extract/tokens.py", "tokenize"),
    ("  signature", "extract/signature.py", "find"),
    ("  quotes", "extract/quotes.py", "find"),
    ("  sections", "extract/sections.py", "build"),
    ("  outcomes", "extract/outcomes.py", "find"),
    ("  citations", "extract/citations.py", "find"),
    ("  accounting", "extract/pipeline.py", "_account"),
    ("sha256", "~", "<built-in method _hashlib.openssl_sha256>"),
)


# Stages timed without the profiler (its overhead doubles the cost of Python calls and
# so shifts the shares): (label, module, attribute) wrapped for the duration of a run.
# The pipeline and api look these names up at call time, so wrapping them is enough.
TIMED = (
    ("zip directory (Package)", "itudocs.api", "Package"),
    ("unzip + lxml parse", "itudocs.readers.package", "Package.xml"),
    ("docx reader (incl. above)", "itudocs.api", "read_docx"),
    ("text reader", "itudocs.api", "read_text"),
    ("build (extractors+model)", "itudocs.api", "build"),
    ("  language", "itudocs.extract.language", "detect"),
    ("  header", "itudocs.extract.header", "read"),
    ("  tokens", "itudocs.extract.tokens", "tokenize"),
    ("  signature", "itudocs.extract.signature", "find"),
    ("  quotes", "itudocs.extract.quotes", "find"),
    ("  sections", "itudocs.extract.sections", "build"),
    ("  outcomes", "itudocs.extract.outcomes", "find"),
    ("  citations", "itudocs.extract.citations", "find"),
    ("  kind", "itudocs.extract.kind", "of_title"),
    ("  accounting", "itudocs.extract.pipeline", "_account"),
    ("  comments", "itudocs.extract.pipeline", "_comments"),
)


def stage_times(run: Callable[[], object], runs: int) -> tuple[float, list[tuple[str, float]]]:
    """(ms per run, [(stage, ms per run)]) measured with plain process_time (CPU) wrappers."""
    spent: dict[str, float] = {}
    undo: list[tuple[Any, str, Any]] = []

    def wrap(label: str, fn: Any) -> Any:
        def timed(*a: Any, **k: Any) -> Any:
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t0
        return timed

    for label, module, attr in TIMED:
        owner: Any = importlib.import_module(module)
        *path, name = attr.split(".")
        for part in path:
            owner = getattr(owner, part)
        original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
        undo.append((owner, name, original))
        setattr(owner, name, wrap(label, original))
    try:
        t0 = time.process_time()
        for _ in range(runs):
            run()
        total = (time.process_time() - t0) / runs
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)
    return total * 1e3, [(label, spent[label] / runs * 1e3) for label, _m, _a in TIMED
                         if label in spent]


def stage_table(stats: pstats.Stats, total: float) -> list[tuple[str, float]]:
    out = []
    raw = stats.stats  # type: ignore[attr-defined]  # {(file, line, func): (cc, nc, tt, ct, callers)}
    for label, file_suffix, func in STAGES:
        ct = sum(v[3] for (f, _line, name), v in raw.items()
                 if name == func and f.replace("\\", "/").endswith(file_suffix))
        if ct:
            out.append((label, ct))
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, nargs="+", default=[30, 300], choices=bench.SIZES)
    ap.add_argument("--text", action="store_true", help="profile parse_text on the Tika text")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--runs", type=int, default=0,
                    help="parses per profile (default: ~1 s worth, at least 1)")
    ap.add_argument("--dump", type=Path, help="write the last profile here (pstats format)")
    args = ap.parse_args()

    docs = bench.documents(tuple(sorted(set(args.pages) | {min(bench.SIZES)})))
    for pages in args.pages:
        source = docs[pages]["text"] if args.text else docs[pages]["docx"]

        def run(src: object = source) -> object:
            if args.text:
                return itudocs.parse_text(src)  # type: ignore[arg-type]
            return itudocs.parse(src)  # type: ignore[arg-type]

        run()  # warm-up: imports and module-level caches are not the document's cost
        t0 = time.process_time()
        run()
        once = time.process_time() - t0
        runs = args.runs or max(1, int(1.0 / once))
        kind = "parse_text" if args.text else "parse"
        total_ms, stages = stage_times(run, runs)
        print(f"\n=== itudocs.{kind}, {pages} pages: {total_ms:.1f} ms per parse "
              f"(timed stages, no profiler, {runs} runs) ===")
        for label, ms in stages:
            print(f"  {label:<26} {ms:8.1f} ms  {100 * ms / total_ms:5.1f} %")
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(runs):
            run()
        prof.disable()
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        total = stats.total_tt  # type: ignore[attr-defined]
        print(f"\n=== itudocs.{kind}, {pages} pages: {once * 1e3:.1f} ms unprofiled; "
              f"{runs} profiled run(s), {total / runs * 1e3:.1f} ms each under cProfile ===")
        print("\nper stage (cumulative, % of profiled total):")
        for label, ct in stage_table(stats, total):
            print(f"  {label:<24} {ct / runs * 1e3:8.1f} ms  {100 * ct / total:5.1f} %")
        for key in ("tottime", "cumulative"):
            out.seek(0)
            out.truncate()
            stats.sort_stats(key).print_stats(args.top)
            text = out.getvalue()
            body = text[text.find("   ncalls"):]
            print(f"\ntop {args.top} by {key}:")
            print(body.rstrip())
        if args.dump:
            prof.dump_stats(str(args.dump))
    return 0


if __name__ == "__main__":
    sys.exit(main())
