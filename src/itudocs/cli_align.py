"""``itudocs align``: parse the files, align them, write the rows (see
:mod:`itudocs.cli`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from itudocs.model import Document
from itudocs.parallel import NotParallelError, align

#: warnings shown on stderr before the count of the others
SHOWN_WARNINGS = 10


def run_align(args: argparse.Namespace,
              parse: Callable[[str, argparse.Namespace], Document | int]) -> int:
    docs: list[Document] = []
    for path in args.paths:
        doc = parse(path, args)
        if isinstance(doc, int):  # said on stderr; an alignment needs every file
            return doc
        docs.append(doc)
    try:
        alignment = align(docs, force=args.force)
    except NotParallelError as exc:
        print(f"itudocs align: {exc} [{exc.code}]", file=sys.stderr)
        return exc.exit_code
    if args.format == "tmx":
        data = alignment.to_tmx()
    else:
        text = alignment.to_csv() if args.format == "csv" else alignment.to_jsonl()
        data = text.encode("utf-8")
    try:
        if args.output:
            with open(args.output, "wb") as out:
                out.write(data)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
    except OSError as exc:
        if isinstance(exc, BrokenPipeError):
            raise
        print(f"itudocs: {args.output}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    for w in alignment.warnings[:SHOWN_WARNINGS]:
        print(f"itudocs align: warning: {w.message} [{w.code}]", file=sys.stderr)
    more = len(alignment.warnings) - SHOWN_WARNINGS
    if more > 0:
        print(f"itudocs align: ... and {more} more warnings", file=sys.stderr)
    print(f"itudocs align: {len(alignment.rows)} rows, {alignment.complete_rows()} in every "
          f"language ({' '.join(alignment.languages)})", file=sys.stderr)
    return 0
