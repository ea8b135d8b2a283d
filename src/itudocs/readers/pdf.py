"""Reader for PDF, with PDFium (the ``pypdfium2`` package: ``pip install 'itudocs[pdf]'``).

The pages' characters become the same block stream as a Word file's paragraphs: lines
from PDFium's characters and boxes (``pdflines``, right-to-left lines through
``pdfbidi``), running headers and footers dropped and paragraphs rebuilt from line
spacing, indentation and the right margin (``pdfparas``). Every block's location is a
:class:`~itudocs.model.PdfLoc` (page and box).

Bad input gets a typed error: a password (``encrypted``), bytes PDFium cannot open
(``corrupt-pdf``), more pages or page objects than the limits allow
(``limit-exceeded``), no text on any page, a scan (``no-text-layer``: OCR is out of
scope). Pages without text in a PDF that has text elsewhere are named in a warning.
"""

from __future__ import annotations

from typing import Any

from itudocs.errors import (
    CorruptPdfError,
    EncryptedDocumentError,
    LimitExceededError,
    MissingDependencyError,
    NotAPdfError,
    NoTextLayerError,
)
from itudocs.limits import DEFAULT_LIMITS, Limits
from itudocs.model import ParseWarning
from itudocs.readers import pdfparas
from itudocs.readers.blocks import Stream
from itudocs.readers.package import is_pdf
from itudocs.readers.pdflines import Line, PageReader

_ERR_PASSWORD = 4  # FPDF_ERR_PASSWORD
_ERR_SECURITY = 5  # FPDF_ERR_SECURITY


def pdfium() -> Any:
    """The ``pypdfium2`` module, or a typed error naming the extra that installs it."""
    try:
        import pypdfium2
        import pypdfium2.raw
    except ImportError:
        raise MissingDependencyError(
            "reading PDF needs the pypdfium2 package: pip install 'itudocs[pdf]'") from None
    return pypdfium2


def read_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS, source: str | None = None) -> Stream:
    """The block stream of a PDF's bytes."""
    if not is_pdf(data):
        raise NotAPdfError("the file is not a PDF (no %PDF- signature)", source=source)
    lib = pdfium()
    raw = lib.raw
    try:
        doc = lib.PdfDocument(data)
    except lib.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (_ERR_PASSWORD, _ERR_SECURITY):
            raise EncryptedDocumentError("the PDF is password-protected; open it with the "
                                         "password and save a copy without one",
                                         source=source) from None
        raise CorruptPdfError(f"PDFium cannot open the PDF ({exc})", source=source) from None
    try:
        return _read(doc, raw, limits, source)
    finally:
        doc.close()


def _read(doc: Any, raw: Any, limits: Limits, source: str | None) -> Stream:
    count = len(doc)
    if count > limits.max_pages:
        raise LimitExceededError(f"the PDF has {count} pages (limit {limits.max_pages})",
                                 source=source)
    reader = PageReader(raw)
    pages: list[list[Line]] = []
    heights: list[float] = []
    empty: list[int] = []
    lines_total = 0
    for n in range(count):
        try:
            page = doc[n]
        except Exception as exc:  # PdfiumError, or a damaged page tree
            raise CorruptPdfError(f"page {n + 1} cannot be read ({exc})", source=source) \
                from None
        try:
            objects = raw.FPDFPage_CountObjects(page.raw)
            if objects > limits.max_page_objects:
                raise LimitExceededError(
                    f"page {n + 1} has {objects} objects (limit {limits.max_page_objects})",
                    source=source)
            textpage = page.get_textpage()
            try:
                chars = raw.FPDFText_CountChars(textpage.raw)
                text = textpage.get_text_range() if chars > 0 else ""
                lines = reader.lines(textpage.raw, text, n) if text.strip() else []
            finally:
                textpage.close()
            heights.append(float(page.get_height()))
        finally:
            page.close()
        if not lines:
            empty.append(n)
        lines_total += len(lines)
        if lines_total > limits.max_paragraphs:
            raise LimitExceededError(
                f"the PDF has more than {limits.max_paragraphs} lines", source=source)
        pages.append(lines)
    if count and len(empty) == count:
        raise NoTextLayerError(
            f"no page of the PDF has text ({count} pages): a scan or images only; "
            "itudocs does not do OCR", source=source)
    if count == 0:
        raise CorruptPdfError("the PDF has no pages", source=source)
    warnings: tuple[ParseWarning, ...] = ()
    if empty:
        shown = ", ".join(str(n + 1) for n in empty[:20]) + (" ..." if len(empty) > 20 else "")
        warnings = (ParseWarning(code="pdf-page-without-text", message=(
            f"{len(empty)} of {count} pages have no text (a scan or images; itudocs does "
            f"not do OCR): pages {shown}")),)
    pages, dropped = pdfparas.drop_running(pages, heights)
    metrics = pdfparas.metrics(pages)
    paragraphs = pdfparas.paragraphs(pages, metrics)
    blocks = tuple(pdfparas.block(p, metrics) for p in paragraphs)
    return Stream(blocks=blocks, page_header=tuple(dropped), warnings=warnings)
