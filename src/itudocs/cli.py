"""The ``itudocs`` command.

``itudocs parse PATH... [--format json|markdown|akn] [--revisions accept|reject|all]
[-o FILE|DIR/]``: one path gives one JSON object; several give JSON Lines (one object
a line), Markdown documents each opened by a ``<!-- itudocs: PATH -->`` line, or, for
Akoma Ntoso, one XML file per document in ``-o DIR/`` (never two XML documents in
one stream). ``itudocs parse --sample`` parses the sample document shipped in the
package.

``itudocs batch INPUT... -o OUT.jsonl [--jobs N] [--resume] [--tables DIR]
[--revisions ...]``: many documents, one JSON line each, in input order, on every
core (see :mod:`itudocs.batch`). Exit 130 when interrupted (the lines written so far
are complete), 20 when some inputs failed, 21 when every one did.

``itudocs schema`` prints the JSON Schema of the output.

``itudocs refs PATH... [--format table|jsonl]``: the citations of documents, one per
line: path, location and span, instrument id, text as printed (tab-separated), or one
JSON object per citation.

``itudocs chunks PATH... [--max-chars N] [--overlap N] [-o OUT.jsonl]``: documents in
section-aware chunks for a search index, one JSON object a line (see
:mod:`itudocs.export.chunks`); a chunk over N characters (one sentence that long) is
reported on stderr.

``itudocs align FILE... [--format jsonl|tmx|csv] [--force] [-o OUT]``: the language
versions of one document side by side, one unit a row (see :mod:`itudocs.parallel`);
exit 16 when the files are not versions of one document.

Exit codes: 0 success; 2 usage error; 1 an unexpected failure or an unreadable file;
3-15 the input errors of :mod:`itudocs.errors` (``exit_code`` of each class). With
several paths, the exit code is that of the last failure, and the other files are
still written. Output cut short by a closed pipe (``itudocs schema | head``) ends
quietly with 141, the code of a command stopped by SIGPIPE.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from itudocs import __version__
from itudocs.api import parse, sample_path
from itudocs.errors import ItuDocsError
from itudocs.export.akn import to_akn
from itudocs.export.json_ import json_schema, to_dict, to_dict_any
from itudocs.export.markdown import to_markdown
from itudocs.languages import CODES
from itudocs.model import Document, DocxLoc, PdfLoc

#: exit codes of the command beyond the input errors' own (see docs/cli.md)
EXIT_USAGE = 2
EXIT_SOME_FAILED = 20
EXIT_ALL_FAILED = 21
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for `cat` cut short

_EXTENSIONS = {"json": ".json", "markdown": ".md", "akn": ".xml"}


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _revisions_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--revisions", choices=("accept", "reject", "all"), default="accept",
                   help="tracked changes in Word files: accept them (the default), reject "
                        "them, or keep both sides marked in each block's changes")


def _parser() -> argparse.ArgumentParser:
    summary = __doc__.split("\n\n")[0].replace("``", "")
    ap = argparse.ArgumentParser(prog="itudocs", description=summary)
    ap.add_argument("--version", action="version", version=f"itudocs {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse documents to JSON, Markdown or Akoma Ntoso")
    p.add_argument("paths", nargs="*", metavar="PATH", help=".docx, .pdf, .doc or Tika text files")
    p.add_argument("--sample", nargs="?", const="real", metavar="LANG",
                   choices=("real", *CODES),
                   help="parse a sample shipped with itudocs: the real C20/57-C by default, "
                        f"or the report in LANG ({' '.join(CODES)}) as .docx")
    p.add_argument("--format", choices=("json", "markdown", "akn"), default="json",
                   help="json (the contract), markdown, or akn (Akoma Ntoso 3.0 XML)")
    p.add_argument("--input-format", choices=("docx", "pdf", "doc", "tika-text"), default=None,
                   help="force the input format instead of sniffing it")
    _revisions_option(p)
    p.add_argument("-o", "--output", metavar="FILE|DIR/",
                   help="write here instead of stdout; a folder (an existing one, or a name "
                        "ending in /) gets one file per document, named after its input")
    b = sub.add_parser("batch", help="parse many documents into one JSON Lines file")
    b.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders (searched recursively) or @LIST (one path a line)")
    b.add_argument("-o", "--output", metavar="OUT.jsonl", required=True)
    b.add_argument("--jobs", type=_jobs, default=os.cpu_count() or 1,
                   help="worker processes, 1 or more (default: one per core)")
    b.add_argument("--resume", action="store_true",
                   help="skip the documents already in OUT and append the others")
    b.add_argument("--tables", metavar="DIR",
                   help="also write the documents as Parquet tables into DIR "
                        "(needs pandas and pyarrow: pip install 'itudocs[parquet]')")
    _revisions_option(b)
    sub.add_parser("schema", help="print the JSON Schema of the output")
    r = sub.add_parser("refs", help="list the citations of documents")
    r.add_argument("paths", nargs="+", metavar="PATH", help=".docx, .pdf, .doc or Tika text files")
    r.add_argument("--format", choices=("table", "jsonl"), default="table")
    r.add_argument("--input-format", choices=("docx", "pdf", "doc", "tika-text"), default=None)
    _revisions_option(r)
    r.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    c = sub.add_parser("chunks", help="cut documents into chunks for a search index")
    c.add_argument("paths", nargs="+", metavar="PATH", help=".docx, .pdf, .doc or Tika text files")
    c.add_argument("--max-chars", type=_jobs, default=2000, metavar="N",
                   help="the most characters in a chunk (default 2000)")
    c.add_argument("--overlap", type=int, default=0, metavar="N",
                   help="repeat up to N characters of a chunk at the start of the next "
                        "(at most half of --max-chars; default 0)")
    c.add_argument("--input-format", choices=("docx", "pdf", "doc", "tika-text"), default=None)
    _revisions_option(c)
    c.add_argument("-o", "--output", metavar="OUT.jsonl", help="write here instead of stdout")
    a = sub.add_parser("align", help="align the language versions of one document")
    a.add_argument("paths", nargs="+", metavar="FILE", help=".docx or Tika text files, "
                   "one per language")
    a.add_argument("--format", choices=("jsonl", "tmx", "csv"), default="jsonl",
                   help="jsonl (one row a line), tmx (TMX 1.4b) or csv (a column per language)")
    a.add_argument("--force", action="store_true",
                   help="align even files whose symbols say they are different documents")
    a.add_argument("--input-format", choices=("docx", "tika-text"), default=None)
    _revisions_option(a)
    a.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; return its exit code (argparse exits itself on bad usage)."""
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # here, where a closed pipe can still be caught
    except BrokenPipeError:
        # The reader went away (`| head`): nothing more can be shown. Point stdout at
        # devnull so that the flush at interpreter exit does not fail again.
        _stdout_to_devnull()
        return EXIT_BROKEN_PIPE


def _stdout_to_devnull() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (captured)
        pass


def _main(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "batch":
        return _batch(args)
    if args.command == "align":
        from itudocs.cli_align import run_align

        return run_align(args, _parse)
    if args.command == "schema":
        sys.stdout.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")
        return 0
    paths: list[str] = list(args.paths)
    if args.command == "refs":
        return _each(paths, args, _write_refs)
    if args.command == "chunks":
        if not 0 <= args.overlap <= args.max_chars // 2:
            print("itudocs chunks: --overlap must be between 0 and half of --max-chars",
                  file=sys.stderr)
            return EXIT_USAGE
        return _each(paths, args, _write_chunks)
    if args.sample:
        paths.insert(0, str(sample_path(None if args.sample == "real" else args.sample)))
    if not paths:
        print("itudocs parse: give at least one PATH, or --sample", file=sys.stderr)
        return EXIT_USAGE
    if args.output and _is_folder(args.output):
        return _each_to_folder(paths, args)
    if args.format == "akn" and len(paths) > 1:
        print("itudocs parse: --format akn writes one XML document per file; give one PATH, "
              "or -o DIR/ for one file per document", file=sys.stderr)
        return EXIT_USAGE
    return _each(paths, args, _write_doc)


Writer = Callable[[TextIO, str, Document, argparse.Namespace, int], None]


def _parse(path: str, args: argparse.Namespace) -> Document | int:
    """The Document, or the exit code of its failure (said on stderr)."""
    try:
        return parse(path, format=args.input_format, revisions=args.revisions)
    except ItuDocsError as exc:
        print(f"itudocs: {path}: {exc.reason} [{exc.code}]", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a bug: still one line, and a distinct code
        print(f"itudocs: {path}: internal error: {exc!r}", file=sys.stderr)
        return 1


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
            doc = _parse(path, args)
            if isinstance(doc, int):
                status = doc
                continue
            write(out, path, doc, args, len(paths))
    finally:
        if out is not sys.stdout:
            out.close()
    return status


def _is_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or os.path.isdir(output)


def _each_to_folder(paths: list[str], args: argparse.Namespace) -> int:
    """``-o DIR/``: one file per document, ``DIR/<input stem>.json|.md|.xml``."""
    folder = Path(args.output)
    ext = _EXTENSIONS[args.format]
    targets: dict[Path, str] = {}
    for path in paths:
        target = folder / (Path(path).stem + ext)
        if target in targets:
            print(f"itudocs parse: {targets[target]} and {path} would both be written to "
                  f"{target}; give them separately", file=sys.stderr)
            return EXIT_USAGE
        targets[target] = path
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"itudocs: {folder}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    status = 0
    for target, path in targets.items():
        doc = _parse(path, args)
        if isinstance(doc, int):
            status = doc
            continue
        try:
            with target.open("w", encoding="utf-8") as out:
                _write_doc(out, path, doc, args, 1)
        except OSError as exc:
            print(f"itudocs: {target}: cannot write ({exc.strerror or exc})", file=sys.stderr)
            status = 1
    return status


def _batch(args: argparse.Namespace) -> int:
    from itudocs.batch import check_tables_extra, run_batch

    if args.tables:
        try:  # before any parsing: an hour of work must not end on a missing module
            check_tables_extra()
        except ImportError as exc:
            print(f"itudocs batch: --tables: {exc}", file=sys.stderr)
            return 1
    ignored: list[str] = []
    try:
        counts = run_batch(args.inputs, Path(args.output), jobs=args.jobs,
                           resume=args.resume, progress=sys.stderr,
                           revisions=args.revisions, ignored=ignored)
    except KeyboardInterrupt:
        print(f"itudocs batch: interrupted; {args.output} holds every document finished "
              "(run again with --resume)", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as exc:
        print(f"itudocs batch: {exc}", file=sys.stderr)
        return 1
    if ignored:
        shown = ", ".join(ignored[:20]) + (f" and {len(ignored) - 20} more"
                                            if len(ignored) > 20 else "")
        print(f"itudocs batch: ignored {len(ignored)} in folders (not .docx, .pdf, .doc or .txt, "
              f"hidden, or a Word lock file): {shown}", file=sys.stderr)
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    print(f"itudocs batch: {summary or 'nothing to do'} -> {args.output}", file=sys.stderr)
    if args.tables:
        from itudocs.batch import write_tables

        try:
            sizes = write_tables(Path(args.output), Path(args.tables))
        except (ImportError, OSError) as exc:
            print(f"itudocs batch: --tables: {exc}", file=sys.stderr)
            return 1
        print("itudocs batch: tables " + ", ".join(f"{k} {v}" for k, v in sizes.items())
              + f" -> {args.tables}", file=sys.stderr)
    parsed = counts["ok"] + counts["warning"]
    if counts["error"]:
        return EXIT_ALL_FAILED if parsed == 0 else EXIT_SOME_FAILED
    return 0


def _write_doc(out: TextIO, path: str, doc: Document, args: argparse.Namespace,
               count: int) -> None:
    if args.format == "markdown":
        if count > 1:  # several in one stream: each opens with a line naming it
            out.write(f"<!-- itudocs: {path.replace('-->', '--&gt;')} -->\n\n")
        out.write(to_markdown(doc) + "\n")
    elif args.format == "akn":
        out.write(to_akn(doc) + "\n")
    else:
        indent = 2 if count == 1 else None
        out.write(json.dumps(to_dict(doc), ensure_ascii=False, indent=indent) + "\n")


def _write_chunks(out: TextIO, path: str, doc: Document, args: argparse.Namespace,
                  count: int) -> None:
    oversize = 0
    for chunk in doc.chunks(max_chars=args.max_chars, overlap=args.overlap):
        oversize += chunk.oversize
        out.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")
    if oversize:
        print(f"itudocs chunks: {path}: {oversize} chunk(s) over {args.max_chars} characters "
              "(a single sentence that long)", file=sys.stderr)


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
