"""itudocs: read ITU Council documents (.docx and Apache Tika text) into a typed model.

```pycon
>>> import itudocs
>>> doc = itudocs.parse(itudocs.sample_path())
>>> doc.header.symbol.text, doc.header.meeting_start.isoformat()
('C20/57-C', '2020-06-09')
>>> [s.number for s in doc.iter_sections()][:4]
['1', '1.1', '2', '2.1']

```
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from itudocs.api import parse, parse_text, sample_path
from itudocs.errors import (
    ConversionError,
    CorruptPackageError,
    CorruptPdfError,
    EncryptedDocumentError,
    ItuDocsError,
    LegacyWordFormatError,
    LimitExceededError,
    MissingDependencyError,
    MissingFileError,
    NotAPdfError,
    NotAWordFileError,
    NoTextLayerError,
    NotTextError,
    SchemaError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from itudocs.limits import Limits
from itudocs.model import (
    Accounting,
    Annex,
    Block,
    Bullet,
    Change,
    Citation,
    Comment,
    Document,
    DocxLoc,
    Header,
    InstrumentRef,
    Note,
    Outcome,
    ParseWarning,
    PdfLoc,
    Quote,
    QuoteParagraph,
    Reference,
    Section,
    Signature,
    SourceInfo,
    Subject,
    SummaryRecord,
    Symbol,
    TextLoc,
)

if TYPE_CHECKING:
    from itudocs.export.akn import to_akn
    from itudocs.export.chunks import Chunk, ChunkSpan
    from itudocs.export.docling import to_docling
    from itudocs.export.json_ import json_schema, to_json
    from itudocs.export.markdown import to_markdown
    from itudocs.export.tables import table_rows, tables
    from itudocs.parallel import (
        Alignment,
        AlignWarning,
        DifferentDocumentsError,
        LanguageClashError,
        NotParallelError,
        UnidentifiedDocumentError,
        align,
    )

__version__ = "0.1.0"

# The exporters are imported on first use (PEP 562): parsing needs none of them, and
# together they cost about as much to import as lxml itself (cattrs alone, for JSON,
# is ~20 ms). `from itudocs import to_akn` and `itudocs.to_json` work as before.
_LAZY = {
    "to_akn": "itudocs.export.akn",
    "Chunk": "itudocs.export.chunks",
    "ChunkSpan": "itudocs.export.chunks",
    "to_docling": "itudocs.export.docling",
    "json_schema": "itudocs.export.json_",
    "to_json": "itudocs.export.json_",
    "to_markdown": "itudocs.export.markdown",
    "table_rows": "itudocs.export.tables",
    "tables": "itudocs.export.tables",
    **dict.fromkeys(("align", "Alignment", "AlignWarning", "NotParallelError",
                     "DifferentDocumentsError", "UnidentifiedDocumentError",
                     "LanguageClashError"), "itudocs.parallel"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups find it without coming back here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Accounting", "AlignWarning", "Alignment", "Annex", "Block", "Bullet", "Change", "Chunk",
    "ChunkSpan", "Citation", "Comment", "ConversionError", "CorruptPackageError", "CorruptPdfError",
    "DifferentDocumentsError", "Document", "DocxLoc", "EncryptedDocumentError", "Header",
    "InstrumentRef", "ItuDocsError", "LanguageClashError", "LegacyWordFormatError",
    "LimitExceededError", "Limits", "MissingDependencyError", "MissingFileError",
    "NoTextLayerError", "NotAPdfError", "NotAWordFileError", "NotParallelError",
    "NotTextError", "Note", "Outcome", "ParseWarning", "PdfLoc", "Quote", "QuoteParagraph",
    "Reference", "SchemaError", "Section", "Signature", "SourceInfo", "Subject",
    "SummaryRecord", "Symbol", "TextLoc", "UnidentifiedDocumentError", "UnreadableFileError",
    "UnsupportedFormatError", "__version__", "align", "json_schema", "parse", "parse_text",
    "sample_path", "table_rows", "tables", "to_akn", "to_docling", "to_json",
    "to_markdown",
]
