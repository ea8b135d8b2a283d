"""A LangChain document loader: ITU Council documents as langchain-core
``Document``\\ s, one per section-aware chunk (:mod:`itudocs.export.chunks`).

Needs ``pip install 'itudocs[langchain]'`` (langchain-core, imported in this module
only).

```python
from itudocs.integrations.langchain import ItuDocsLoader

loader = ItuDocsLoader("council-docs/", max_chars=1500)
for doc in loader.lazy_load():  # one file parsed at a time
    print(doc.id, doc.metadata["symbol"], doc.metadata["section"], doc.page_content[:60])
```

Each ``Document`` has the chunk's text as ``page_content``, the chunk id as ``id`` and
the chunk's metadata (symbol, language, kind, meeting, date, title, section, section
path, quote source, outcome lead-in, instruments ...) plus ``chunk_id``,
``chunk_index``, ``first_location``, ``last_location`` and ``oversize``. Vector stores
that take only flat values (Chroma) want ``filter_complex_metadata`` from
``langchain_community`` first: ``section_path``, ``sections`` and ``instruments`` are
lists, and absent values are ``None``.
"""

from __future__ import annotations

from collections.abc import Iterator

from itudocs.errors import MissingDependencyError
from itudocs.integrations import Paths, flat_metadata, iter_documents
from itudocs.readers.wordml import Revisions

try:
    from langchain_core.document_loaders import BaseLoader
    from langchain_core.documents import Document as LCDocument
except ImportError:  # pragma: no cover - depends on the environment
    raise MissingDependencyError(
        "the LangChain loader needs langchain-core: pip install 'itudocs[langchain]'"
    ) from None


class ItuDocsLoader(BaseLoader):
    """Load ITU Council documents (files, or folders searched recursively for .docx,
    .pdf, .doc and .txt) as chunks. ``lazy_load`` parses one file at a time; ``load``
    (from ``BaseLoader``) gathers them all."""

    def __init__(self, paths: Paths, *, max_chars: int = 2000, overlap: int = 0,
                 revisions: Revisions = "accept", skip_errors: bool = False) -> None:
        self.paths = paths
        self.max_chars = max_chars
        self.overlap = overlap
        self.revisions: Revisions = revisions
        self.skip_errors = skip_errors

    def lazy_load(self) -> Iterator[LCDocument]:
        """One langchain ``Document`` per chunk, file after file."""
        for _path, doc in iter_documents(self.paths, revisions=self.revisions,
                                         skip_errors=self.skip_errors):
            for chunk in doc.chunks(max_chars=self.max_chars, overlap=self.overlap):
                yield LCDocument(page_content=chunk.text, metadata=flat_metadata(chunk),
                                 id=chunk.id)
