"""A LlamaIndex reader: ITU Council documents as ``TextNode``\\ s, one per
section-aware chunk (:mod:`itudocs.export.chunks`), ready for an index.

Needs ``pip install 'itudocs[llamaindex]'`` (llama-index-core, imported in this module
only).

```python
from llama_index.core import VectorStoreIndex
from itudocs.integrations.llamaindex import ItuDocsReader

nodes = ItuDocsReader(max_chars=1500).load_data("council-docs/")
index = VectorStoreIndex(nodes)  # with the embedding model of your Settings
```

Each node's ``id_`` is the chunk id, its ``text`` the chunk's text, its ``metadata``
the chunk's metadata (as in :mod:`itudocs.integrations.langchain`). Its relationships:

- ``SOURCE``: the document (node id: the SHA-256 of the file, metadata its symbol);
- ``PARENT``: the section the chunk lies in (node id ``<sha256>#<section number>``,
  metadata its heading path), or the document for a chunk outside any section;
- ``PREVIOUS`` and ``NEXT``: the chunks before and after it in the same document.

The reader yields nodes, not ``Document``\\ s to split again: the chunks already are
the pieces (``load_data`` returns a list of ``TextNode``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from itudocs.errors import MissingDependencyError
from itudocs.export.chunks import Chunk
from itudocs.integrations import Paths, flat_metadata, iter_documents
from itudocs.readers.wordml import Revisions

try:
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import (
        NodeRelationship,
        ObjectType,
        RelatedNodeInfo,
        TextNode,
    )
except ImportError:  # pragma: no cover - depends on the environment
    raise MissingDependencyError(
        "the LlamaIndex reader needs llama-index-core: pip install 'itudocs[llamaindex]'"
    ) from None


class ItuDocsReader(BaseReader):
    """Read ITU Council documents (files, or folders searched recursively for .docx,
    .pdf, .doc and .txt) into chunk nodes linked to their document, their section
    and each other. ``lazy_load_data`` parses one file at a time."""

    def __init__(self, *, max_chars: int = 2000, overlap: int = 0,
                 revisions: Revisions = "accept", skip_errors: bool = False) -> None:
        self.max_chars = max_chars
        self.overlap = overlap
        self.revisions: Revisions = revisions
        self.skip_errors = skip_errors

    def lazy_load_data(self, paths: Paths, **_ignored: Any  # type: ignore[override]
                       ) -> Iterator[TextNode]:
        """One ``TextNode`` per chunk, file after file."""
        for _path, doc in iter_documents(paths, revisions=self.revisions,
                                         skip_errors=self.skip_errors):
            chunks = list(doc.chunks(max_chars=self.max_chars, overlap=self.overlap))
            for n, chunk in enumerate(chunks):
                yield self._node(chunk, chunks[n - 1] if n else None,
                                 chunks[n + 1] if n + 1 < len(chunks) else None)

    def load_data(self, paths: Paths, **_ignored: Any  # type: ignore[override]
                  ) -> list[TextNode]:
        """Every chunk node of ``paths``."""
        return list(self.lazy_load_data(paths))

    @staticmethod
    def _node(chunk: Chunk, before: Chunk | None, after: Chunk | None) -> TextNode:
        meta = chunk.metadata
        document = RelatedNodeInfo(node_id=meta["doc"], node_type=ObjectType.DOCUMENT,
                                   metadata={"symbol": meta["symbol"],
                                             "source": meta["source"]})
        relationships = {NodeRelationship.SOURCE: document, NodeRelationship.PARENT: document}
        if meta["section_path"]:
            key = meta["section"] or " > ".join(meta["section_path"])
            relationships[NodeRelationship.PARENT] = RelatedNodeInfo(
                node_id=f"{meta['doc']}#{key}", node_type=ObjectType.TEXT,
                metadata={"section_path": meta["section_path"], "annex": meta["annex"]})
        if before is not None:
            relationships[NodeRelationship.PREVIOUS] = RelatedNodeInfo(
                node_id=before.id, node_type=ObjectType.TEXT)
        if after is not None:
            relationships[NodeRelationship.NEXT] = RelatedNodeInfo(
                node_id=after.id, node_type=ObjectType.TEXT)
        return TextNode(id_=chunk.id, text=chunk.text, metadata=flat_metadata(chunk),
                        relationships=relationships)
