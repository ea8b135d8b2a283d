"""The errors of :func:`itudocs.align`: documents that are not language versions of one
document. Each is an :class:`~itudocs.errors.ItuDocsError` with its own ``code``; the
CLI exits with 11 for all of them."""

from __future__ import annotations

from itudocs.errors import ItuDocsError


class NotParallelError(ItuDocsError):
    """The documents given to :func:`itudocs.align` are not language versions of one
    document (the base class of the three below)."""

    code = "not-parallel"
    exit_code = 16


class DifferentDocumentsError(NotParallelError):
    """Two documents have different symbols (or adopted instruments), beyond the
    language letter: ``C20/57-E`` and ``C20/58-F``, or ``C20/57-E`` and
    ``C20/57(Rev.1)-F``. ``force=True`` aligns them anyway."""

    code = "different-documents"


class UnidentifiedDocumentError(NotParallelError):
    """A document has neither a symbol nor an adopted instrument to compare (a letter,
    a bare text), so nothing says that the documents are versions of one.
    ``force=True`` aligns them anyway."""

    code = "unidentified-document"


class LanguageClashError(NotParallelError):
    """Two documents are in the same language, or a document's language is unknown:
    an alignment has one column per language. ``force`` does not lift this one."""

    code = "language-clash"
