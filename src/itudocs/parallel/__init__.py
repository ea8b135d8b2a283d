"""Parallel texts: the language versions of one document aligned unit by unit.

:func:`align` takes parsed Documents (any input format: a .docx, a Tika text ...) and
returns an :class:`Alignment`; see ``docs/align.md``."""

from __future__ import annotations

from itudocs.parallel.core import align
from itudocs.parallel.errors import (
    DifferentDocumentsError,
    LanguageClashError,
    NotParallelError,
    UnidentifiedDocumentError,
)
from itudocs.parallel.result import Alignment, AlignWarning, Row

__all__ = ["AlignWarning", "Alignment", "DifferentDocumentsError", "LanguageClashError",
           "NotParallelError", "Row", "UnidentifiedDocumentError", "align"]
