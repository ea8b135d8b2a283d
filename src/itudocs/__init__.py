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

from itudocs.api import parse, parse_text, sample_path
from itudocs.errors import (
    CorruptPackageError,
    EncryptedDocumentError,
    ItuDocsError,
    LegacyWordFormatError,
    LimitExceededError,
    NotAWordFileError,
    NotTextError,
    SchemaError,
    UnsupportedFormatError,
)
from itudocs.export.akn import to_akn
from itudocs.export.json_ import json_schema, to_json
from itudocs.export.markdown import to_markdown
from itudocs.export.tables import table_rows, tables
from itudocs.limits import Limits
from itudocs.model import (
    Accounting,
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
    Quote,
    QuoteParagraph,
    Reference,
    Section,
    Signature,
    SourceInfo,
    Symbol,
    TextLoc,
)

__version__ = "0.1.0"

__all__ = [
    "Accounting", "Block", "Bullet", "Change", "Citation", "Comment", "CorruptPackageError",
    "Document", "DocxLoc", "EncryptedDocumentError", "Header", "InstrumentRef", "ItuDocsError",
    "LegacyWordFormatError", "LimitExceededError", "Limits", "NotAWordFileError", "NotTextError",
    "Note", "Outcome", "ParseWarning", "Quote", "QuoteParagraph", "Reference", "SchemaError",
    "Section", "Signature", "SourceInfo", "Symbol", "TextLoc", "UnsupportedFormatError",
    "__version__", "json_schema", "parse", "parse_text", "sample_path", "table_rows", "tables",
    "to_akn", "to_json", "to_markdown",
]
