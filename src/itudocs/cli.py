"""The ``itudocs`` command.

``itudocs parse PATH... [--format json|markdown|akn] [-o FILE]``: one path gives one
JSON object; several give one JSON object per line. ``itudocs parse --sample`` parses
the sample document shipped in the package.

``itudocs batch INPUT... -o OUT.jsonl [--jobs N] [--resume] [--tables DIR]``: many documents, one
JSON line each, in input order, on every core (see :mod:`itudocs.batch`). Exit 130
when interrupted (the lines written so far are complete).

``itudocs schema`` prints the JSON Schema of the output.

``itudocs refs PATH... [--format table|jsonl]``: the citations of documents, one per
line: path, location and span, instrument id, text as printed (tab-separated), or one
JSON object per citation.

Exit codes: 0 success; 2 usage error; 1 an unexpected failure or an unreadable file;
3-15 the input errors of :mod:`itudocs.errors` (``exit_code`` of each class). With
several paths, the exit code is that of the last failure, and the other files are
still written.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from itudocs.api import parse, sample_path
from itudocs.errors import ItuDocsError
from itudocs.export.akn import to_akn
from itudocs.export.json_ import json_schema, to_dict, to_dict_any
from itudocs.export.markdown import to_markdown
from itudocs.languages import CODES
from itudocs.model import Document, DocxLoc, PdfLoc


def _parser() -> argparse.ArgumentParser:
    summary = __doc__.split("\n\n")[0].replace("``", "")
    ap = argparse.ArgumentParser(prog="itudocs", description=summary)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse documents to JSON or Markdown")
    p.add_argument("paths", nargs="*", metavar="PATH", help=".docx, .pdf, .doc or Tika text files")
    p.add_argument("--sample", nargs="?", const="real", metavar="LANG",
                   choices=("real", *CODES),
                   help="parse a sample shipped with itudocs: the real C20/57-C by default, "
                        f"or the report in LANG ({' '.join(CODES)}) as .docx")
    p.add_argument("--format", choices=("json", "markdown", "akn"), default="json",
                   help="json (the contract), markdown, or akn (Akoma Ntoso 3.0 XML)")
    p.add_argument("--input-format", choices=("docx", "pdf", "doc", "tika-text"), default=None,
                   help="force the input format instead of sniffing it")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    b = sub.add_parser("batch", help="parse many documents into one JSON Lines file")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders (searched recursively) or @LIST (one path a line)")
    b.add_argument("-o", "--output", metavar="OUT.jsonl", required=True)
    b.add_argument("--jobs", type=int, default=os.cpu_count() or 1,
                   help="worker processes (default: one per core)")
    b.add_argument("--resume", action="store_true",
                   help="skip the documents already in OUT and append the others")
    b.add_argument("--tables", metavar="DIR",
                   help="also write the documents as Parquet tables into DIR "
                        "(needs pandas and pyarrow: pip install 'itudocs[parquet]')")
    sub.add_parser("schema", help="print the JSON Schema of the output")
    r = sub.add_parser("refs", help="list the citations of documents")
    r.add_argument("paths", nargs="+", metavar="PATH", help=".docx, .pdf, .doc or Tika text files")
    r.add_argument("--format", choices=("table", "jsonl"), default="table")
    r.add_argument("--input-format", choices=("docx", "pdf", "doc", "tika-text"), default=None)
    r.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "batch":
        return _batch(args)
    if args.command == "schema":
        print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        return 0
    paths: list[str] = list(args.paths)
    if args.command == "refs":
        return _each(paths, args, _write_refs)
    if args.sample:
        paths.insert(0, str(sample_path(None if args.sample == "real" else args.sample)))
    if not paths:
        print("itudocs parse: give at least one PATH, or --sample", file=sys.stderr)
        return 2
    return _each(paths, args, _write_doc)


Writer = Callable[[TextIO, str, Document, argparse.Namespace, int], None]


def _each(paths: list[str], args: argparse.Namespace, write: Writer) -> int:
    """Parse each path and write it; a failure is one line on stderr and an exit code,
    and the other paths are still done."""
    try:
        out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        print(f"itudocs: {args.output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    status = 0
    try:
        for path in paths:
            try:
                doc = parse(path, format=args.input_format)
            except ItuDocsError as exc:
                print(f"itudocs: {path}: {exc.reason} [{exc.code}]", file=sys.stderr)
                status = exc.exit_code
                continue
            except Exception as exc:  # a bug: still one line, and a distinct code
                print(f"itudocs: {path}: internal error: {exc!r}", file=sys.stderr)
                status = 1
                continue
            write(out, path, doc, args, len(paths))
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def _batch(args: argparse.Namespace) -> int:
    from itudocs.batch import run_batch

    try:
        counts = run_batch(args.inputs, Path(args.output), jobs=max(1, args.jobs),
                           resume=args.resume, progress=sys.stderr)
    except KeyboardInterrupt:
        print(f"itudocs batch: interrupted; {args.output} holds every document finished "
              "(run again with --resume)", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"itudocs batch: {exc}", file=sys.stderr)
        return 1
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    print(f"itudocs batch: {summary or 'nothing to do'} -> {args.output}", file=sys.stderr)
    if args.tables:
        from itudocs.batch import write_tables

        try:
            sizes = write_tables(Path(args.output), Path(args.tables))
        except ImportError as exc:
            print(f"itudocs batch: --tables: {exc}", file=sys.stderr)
            return 1
        print("itudocs batch: tables " + ", ".join(f"{k} {v}" for k, v in sizes.items())
              + f" -> {args.tables}", file=sys.stderr)
    return 0


def _write_doc(out: TextIO, path: str, doc: Document, args: argparse.Namespace,
               count: int) -> None:
    if args.format == "markdown":
        out.write(to_markdown(doc) + "\n")
    elif args.format == "akn":
        out.write(to_akn(doc) + "\n")
    else:
        indent = 2 if count == 1 else None
        out.write(json.dumps(to_dict(doc), ensure_ascii=False, indent=indent) + "\n")


def _write_refs(out: TextIO, path: str, doc: Document, args: argparse.Namespace,
                count: int) -> None:
    if args.format == "jsonl":
        for c in doc.citations:
            row = {"path": path, **to_dict_any(c)}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    for c in doc.citations:
        where = (f"{c.loc.part}#{c.loc.paragraph}" if isinstance(c.loc, DocxLoc)
                 else f"page {c.loc.page + 1}" if isinstance(c.loc, PdfLoc)
                 else f"line {c.loc.line + 1}")
        out.write(f"{path}\t{where}:{c.start}-{c.end}\t{c.instrument.id}\t{c.text}\n")


if __name__ == "__main__":
    sys.exit(main())
