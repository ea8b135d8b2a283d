"""The library's errors: every failure itudocs reports is an :class:`ItuDocsError`.

Each class has a stable ``code`` (used in batch output) and a CLI ``exit_code``.
Messages are one sentence naming the source and the reason.

Example:

```pycon
>>> import itudocs
>>> try:
...     itudocs.parse(b"PK\\x03\\x04 not really a zip", format="docx")
... except itudocs.ItuDocsError as exc:
...     print(exc.code)
corrupt-package

```
"""

from __future__ import annotations

from typing import Any


class ItuDocsError(Exception):
    """Base class of every error itudocs raises on bad input."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        self.source = source
        self.reason = message
        self.message = f"{source}: {message}" if source else message
        super().__init__(self.message)

    def __str__(self) -> str:
        # Fixed here so that the OSError subclasses below print the same way
        # (OSError's own str would give "[Errno 2] ...").
        return self.message


class UnreadableFileError(ItuDocsError, OSError):
    """A path that cannot be read (no permission, a folder, ...). Also an
    :class:`OSError`, with ``errno``, ``strerror`` and ``filename`` set."""

    code = "unreadable-file"
    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None,
                 errno: int | None = None, strerror: str | None = None) -> None:
        super().__init__(message, source=source)
        self.errno = errno
        self.strerror = strerror
        self.filename = source

    def __reduce__(self) -> tuple[Any, ...]:
        # OSError's errno, strerror and filename are not in __dict__: carry them, so
        # the error crosses a process boundary (multiprocessing) whole.
        state = {**self.__dict__, "errno": self.errno, "strerror": self.strerror,
                 "filename": self.filename}
        return type(self), (self.reason,), state


class MissingFileError(UnreadableFileError, FileNotFoundError):
    """A path that does not exist. Also a :class:`FileNotFoundError`, so
    ``except FileNotFoundError`` catches it as it would catch ``open``'s."""

    code = "missing-file"
    exit_code = 1


class NotAWordFileError(ItuDocsError):
    """Input read as a Word file (``format="docx"``) that is not a zip package."""

    code = "not-a-word-file"
    exit_code = 3


class CorruptPackageError(ItuDocsError):
    """A zip package that is broken or lacks a readable ``word/document.xml``."""

    code = "corrupt-package"
    exit_code = 4


class EncryptedDocumentError(ItuDocsError):
    """A password-protected Word file (an OLE container holding EncryptedPackage)."""

    code = "encrypted"
    exit_code = 5


class LegacyWordFormatError(ItuDocsError):
    """A Word 97-2003 binary .doc; convert it first (``soffice --convert-to docx``)."""

    code = "legacy-doc"
    exit_code = 6


class UnsupportedFormatError(ItuDocsError):
    """A container itudocs does not read (an OLE compound file that is neither an
    encrypted package nor a Word 97-2003 document). Strict OOXML is read."""

    code = "unsupported-format"
    exit_code = 7


class LimitExceededError(ItuDocsError):
    """The input is over one of the safety limits (size, ratio, entries, depth)."""

    code = "limit-exceeded"
    exit_code = 8


class NotTextError(ItuDocsError):
    """Bytes given as text that are not text (undecodable or binary)."""

    code = "not-text"
    exit_code = 9


class SchemaError(ItuDocsError):
    """Data given to ``Document.from_dict`` does not fit the JSON contract."""

    code = "schema"
    exit_code = 10


class NotAPdfError(ItuDocsError):
    """Input read as a PDF (``format="pdf"``) that does not start with ``%PDF-``."""

    code = "not-a-pdf"
    exit_code = 11


class CorruptPdfError(ItuDocsError):
    """A PDF that PDFium cannot open (a damaged cross-reference table or trailer, a
    truncated file) or a page it cannot read."""

    code = "corrupt-pdf"
    exit_code = 12


class NoTextLayerError(ItuDocsError):
    """A PDF without text on any page: a scan (OCR is out of itudocs' scope)."""

    code = "no-text-layer"
    exit_code = 13


class MissingDependencyError(ItuDocsError):
    """Reading this input needs an optional package that is not installed (PDF needs
    ``pip install 'itudocs[pdf]'``)."""

    code = "missing-dependency"
    exit_code = 14


class ConversionError(ItuDocsError):
    """LibreOffice could not convert a legacy .doc (it failed, timed out, or wrote
    nothing)."""

    code = "conversion-failed"
    exit_code = 15
