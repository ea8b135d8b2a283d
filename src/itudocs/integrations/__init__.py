"""Loaders for retrieval frameworks, each an optional extra that imports its framework
in its own module only: :mod:`itudocs.integrations.langchain` (``itudocs[langchain]``)
and :mod:`itudocs.integrations.llamaindex` (``itudocs[llamaindex]``). What they share
is here and needs neither: the documents of files and folders, read one at a time,
and a chunk's metadata as flat values."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from typing import Any

from itudocs.api import parse
from itudocs.batch import expand_inputs
from itudocs.errors import ItuDocsError
from itudocs.export.chunks import Chunk
from itudocs.export.tables import loc_text
from itudocs.model import Document
from itudocs.readers.wordml import Revisions

log = logging.getLogger("itudocs.integrations")

#: paths given to a loader: one file or folder, or several
Paths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


def iter_documents(paths: Paths, *, revisions: Revisions = "accept",
                   skip_errors: bool = False) -> Iterator[tuple[str, Document]]:
    """(path, Document) for each file, folders searched recursively (their .docx, .pdf,
    .doc and .txt files, sorted), parsed only when the iteration reaches it. A file
    that cannot be read raises its :class:`~itudocs.errors.ItuDocsError`, or with
    ``skip_errors`` is logged and passed over."""
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    for path in expand_inputs([os.fspath(p) for p in items]):
        try:
            doc = parse(path, revisions=revisions)
        except ItuDocsError as exc:
            if not skip_errors:
                raise
            log.warning("itudocs: %s: %s [%s]", path, exc.reason, exc.code)
            continue
        yield path, doc


def flat_metadata(chunk: Chunk) -> dict[str, Any]:
    """The chunk's metadata with its id, index and locations, as the frameworks'
    documents carry it (lists stay lists; ``None`` where a value is absent)."""
    return {**chunk.metadata, "chunk_id": chunk.id, "chunk_index": chunk.index,
            "first_location": loc_text(chunk.first_loc),
            "last_location": loc_text(chunk.last_loc), "oversize": chunk.oversize}
