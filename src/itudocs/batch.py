"""Batch parsing: many documents to one JSON Lines file, on every core.

``itudocs batch INPUT... -o OUT.jsonl [--jobs N] [--resume]``. An INPUT is a file, a
folder (searched recursively for .docx, .pdf, .doc and .txt files; other files, hidden
ones and Word's ``~$`` lock files are ignored and listed) or ``@LIST``, a text file with
one path per line. Each document gives one line, in input order::

    {"path": "...", "status": "ok" | "warning" | "error",
     "error": {"code": "...", "message": "..."} | null, "document": {...} | null}

``warning`` is a parse with warnings. One bad file is an ``error`` row and never stops
the batch. Ctrl-C stops cleanly: every line written so far is complete, and
``--resume`` skips the paths already in OUT.

The work per document (read, parse, serialise) happens in the worker processes; the
parent only writes lines, so ``--jobs 2`` is close to twice ``--jobs 1`` on two cores.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from itudocs.api import parse
from itudocs.errors import ItuDocsError
from itudocs.export.json_ import to_dict
from itudocs.readers.wordml import Revisions

SUFFIXES = (".docx", ".pdf", ".doc", ".txt")


def expand_inputs(inputs: Iterable[str], ignored: list[str] | None = None) -> list[str]:
    """Files as given, folders searched recursively (sorted), ``@LIST`` files read.

    In a folder, only ``.docx``, ``.pdf``, ``.doc`` and ``.txt`` files are taken; the
    files passed over (other suffixes, hidden files, Word's ``~$`` lock files) and hidden
    folders (as
    ``path/``, not searched) are appended to ``ignored`` when it is given."""
    out: list[str] = []
    for item in inputs:
        if item.startswith("@"):
            listing = Path(item[1:]).read_text("utf-8").splitlines()
            out.extend(line.strip() for line in listing if line.strip()
                       and not line.lstrip().startswith("#"))
        elif os.path.isdir(item):
            taken, passed = _scan_folder(item)
            out.extend(taken)
            if ignored is not None:
                ignored.extend(passed)
        else:
            out.append(item)
    return out


def _scan_folder(folder: str) -> tuple[list[str], list[str]]:
    """(documents, passed over) under ``folder``, each sorted."""
    taken: list[str] = []
    passed: list[str] = []
    for root, dirs, files in os.walk(folder):
        for d in [d for d in dirs if d.startswith(".")]:
            dirs.remove(d)  # .git, .venv ...: not searched
            passed.append(os.path.join(root, d) + os.sep)
        for name in files:
            path = os.path.join(root, name)
            wanted = (os.path.splitext(name)[1].lower() in SUFFIXES
                      and not name.startswith((".", "~$")))
            (taken if wanted else passed).append(path)
    return sorted(taken), sorted(passed)


def parse_row(path: str, revisions: Revisions = "accept") -> tuple[str, str]:
    """(status, output line) for ``path``; never raises (a failure is an error row)."""
    row: dict[str, Any] = {"path": path, "status": "ok", "error": None, "document": None}
    try:
        doc = parse(path, revisions=revisions)
    except ItuDocsError as exc:
        row.update(status="error", error={"code": exc.code, "message": exc.reason})
    except Exception as exc:  # a bug in itudocs: recorded, the batch goes on
        row.update(status="error", error={"code": "internal", "message": repr(exc)})
    else:
        row["document"] = to_dict(doc)
        if doc.warnings:
            row["status"] = "warning"
    return row["status"], json.dumps(row, ensure_ascii=False)


def done_paths(out_path: Path) -> set[str]:
    """Paths already written to ``out_path`` (complete lines only)."""
    if not out_path.exists():
        return set()
    done = set()
    with out_path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break  # a line cut by a crash: parse that document again
            try:
                done.add(json.loads(line)["path"])
            except (ValueError, KeyError, TypeError):
                continue
    return done


def run_batch(inputs: Sequence[str], out_path: Path, *, jobs: int = 1, resume: bool = False,
              progress: TextIO | None = None,
              worker: Callable[[str], tuple[str, str]] = parse_row,
              revisions: Revisions = "accept",
              ignored: list[str] | None = None) -> dict[str, int]:
    """Parse ``inputs`` into ``out_path``; return counts by status (``ok``,
    ``warning``, ``error``), of the documents already done (``skipped``, with
    ``resume``) and of the files passed over in folders (``ignored``; their paths are
    appended to ``ignored`` when it is given). ``revisions`` is passed to
    :func:`itudocs.parse`.

    Raises KeyboardInterrupt after closing the file cleanly when interrupted."""
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    if revisions not in ("accept", "reject", "all"):
        raise ValueError(f"revisions must be 'accept', 'reject' or 'all', not {revisions!r}")
    if worker is parse_row and revisions != "accept":
        worker = functools.partial(parse_row, revisions=revisions)
    passed: list[str] = []
    paths = expand_inputs(inputs, passed)
    if ignored is not None:
        ignored.extend(passed)
    skipped = 0
    if resume:
        done = done_paths(out_path)
        _truncate_partial_line(out_path)
        todo = [p for p in paths if p not in done]
        skipped = len(paths) - len(todo)
    else:
        todo = paths
    counts = {"ok": 0, "warning": 0, "error": 0, "skipped": skipped, "ignored": len(passed)}
    mode = "a" if resume else "w"
    bar = _Progress(len(todo), progress)
    with out_path.open(mode, encoding="utf-8") as out:
        for status, line in _results(todo, jobs, worker):
            out.write(line + "\n")
            out.flush()
            counts[status] += 1
            bar.step()
    bar.close()
    return counts


def check_tables_extra() -> None:
    """Raise ImportError, naming the extra to install, unless :func:`write_tables`
    can run (it needs pandas and pyarrow)."""
    missing = []
    for module in ("pandas", "pyarrow"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        raise ImportError(f"Parquet tables need {' and '.join(missing)}: "
                          "pip install 'itudocs[parquet]'")


def write_tables(out_path: Path, folder: Path) -> dict[str, int]:
    """Read a batch output and write its documents as Parquet tables into ``folder``
    (one file per table of :mod:`itudocs.export.tables`); return the row counts.

    Needs pandas and pyarrow: ``pip install 'itudocs[parquet]'``."""
    check_tables_extra()
    from itudocs.export.tables import parquet_schema, tables
    from itudocs.model import Document

    def documents() -> Iterator[Document]:
        with out_path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row.get("document"):
                    yield Document.from_dict(row["document"])

    frames = tables(list(documents()))
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in frames.items():
        frame.to_parquet(folder / f"{name}.parquet", index=False,
                         schema=parquet_schema(frame))
    return {name: len(frame) for name, frame in frames.items()}


def _results(paths: list[str], jobs: int, worker: Callable[[str], tuple[str, str]]
             ) -> Iterator[tuple[str, str]]:
    if jobs <= 1 or len(paths) <= 1:
        yield from map(worker, paths)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform == "win32" else "fork")
    pool = ctx.Pool(jobs)
    try:
        # imap keeps input order; small chunks keep the progress bar honest.
        yield from pool.imap(worker, paths, chunksize=max(1, min(8, len(paths) // (jobs * 8))))
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def _truncate_partial_line(out_path: Path) -> None:
    """Drop a last line cut by a crash, so appended lines start on a fresh line."""
    if not out_path.exists():
        return
    data = out_path.read_bytes()
    if data and not data.endswith(b"\n"):
        out_path.write_bytes(data[: data.rfind(b"\n") + 1])


class _Progress:
    """A one-line progress display on a terminal; silent otherwise."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total = total
        self.stream = stream if stream is not None and stream.isatty() else None
        self.done = 0
        self.start = time.monotonic()

    def step(self) -> None:
        self.done += 1
        if self.stream is None:
            return
        elapsed = time.monotonic() - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        width = 30
        filled = int(width * self.done / max(self.total, 1))
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] "
                          f"{self.done}/{self.total} {rate:.1f} doc/s")
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\n")
            self.stream.flush()
