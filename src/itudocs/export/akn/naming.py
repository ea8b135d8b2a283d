"""IRIs and names of the Akoma Ntoso export: the ``<doc>`` name, the FRBR Work, Expression
and Manifestation IRIs, the IRIs of cited instruments and of ontology entries, the actors
(see the naming convention in :mod:`itudocs.export.akn`)."""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple
from urllib.parse import quote as _quote

import attrs

from itudocs import languages
from itudocs.export.akn.xml import _clean
from itudocs.grammar.symbols import format_symbol
from itudocs.model import Document, InstrumentRef, Symbol

__all__ = ["ISO_639_2", "AknUris", "akn_uris", "doc_name", "instrument_href"]

#: ISO 639-1 -> ISO 639-2 (terminology codes, as Akoma Ntoso uses them)
ISO_639_2 = languages.ISO_639_2

_COUNTRY = "un"
_UNKNOWN_DATE = _dt.date(9999, 1, 1)



class AknUris(NamedTuple):
    """The three FRBR IRIs of a document (see :mod:`itudocs.export.akn`)."""

    work: str
    expression: str
    manifestation: str


# --------------------------------------------------------------------------- IRIs


def doc_name(doc: Document) -> str:
    """The ``name`` of the ``<doc>``: the document's kind (``report``, ``note``,
    ``contribution`` ...), ``document`` when it is unknown."""
    return doc.kind if doc.kind != "unknown" else "document"


def is_itu(doc: Document) -> bool:
    """Whether ``doc`` reads as an ITU document: a header, a letter's head or an adopted
    instrument's heading was found (else the parse warns ``no-header``). The export of
    any other document claims nothing of ITU: no ITU author, no date made up."""
    return not any(w.code == "no-header" for w in doc.warnings)


#: the author of a document that is not ITU's: unknown (a Word file does not say)
UNKNOWN_AUTHOR = "unknown"


def _actor(symbol: Symbol | None) -> str:
    if symbol is None:
        return "itu"
    if symbol.series == "C":
        return "itu-council"
    return "itu-" + _segment(symbol.series).lower()


def _actor_name(symbol: Symbol | None) -> str:
    if symbol is None:
        return "International Telecommunication Union"
    if symbol.series == "C":
        return "ITU Council"
    return "ITU " + symbol.series


def _segment(text: str) -> str:
    """``text`` as one IRI segment: ``/`` and spaces made ``-``, other characters that
    are not unreserved percent-encoded."""
    return _quote(re.sub(r"[/\s]+", "-", text.strip()), safe="-._~()")


def _symbol_base(symbol: Symbol) -> str:
    """The symbol without language letter and revision: ``C20/57``, ``C20/57(Add.1)``."""
    return format_symbol(attrs.evolve(symbol, language=None, revision=None))


def _symbol_in(symbol: Symbol | None, language: str) -> str | None:
    """How ``symbol`` is printed on its ``language`` version (``C20/57-E``)."""
    if symbol is None:
        return None
    return format_symbol(attrs.evolve(symbol, language=language))


def _work_number(doc: Document) -> str:
    """``C20-57``, ``C20-57-Add.1``: the symbol base as one URI segment."""
    symbol = doc.header.symbol
    if symbol is None:
        return "sha256-" + doc.source.sha256[:12]
    base = _symbol_base(symbol)
    return _segment(re.sub(r"\((Add|Corr)\.(\d+)\)", r"-\1.\2", base).replace("/", "-"))


def _work_year(doc: Document, date: _dt.date | None = None) -> str:
    h = doc.header
    if h.symbol is not None and h.symbol.session_year is not None:
        return str(h.symbol.session_year)
    for d in (h.date, h.meeting_start):
        if d is not None:
            return str(d.year)
    if not is_itu(doc):
        return str(work_date(doc, date)[0].year)
    return str(_UNKNOWN_DATE.year)


def work_date(doc: Document, generated: _dt.date | None) -> tuple[_dt.date, str]:
    """The Work's and Expression's ``FRBRdate`` and its name: the document's date; for
    an ITU document without one ``9999-01-01`` "unknown"; for any other document the
    day of the conversion (``generated``, else today) "generation"."""
    if doc.header.date is not None:
        return doc.header.date, "document"
    if is_itu(doc):
        return _UNKNOWN_DATE, "unknown"
    return generated or _dt.date.today(), "generation"


def _lang3(code: str | None) -> str:
    return ISO_639_2.get(code or "", "und")


def _version(doc: Document) -> str:
    parts = []
    if doc.header.date is not None:
        parts.append(doc.header.date.isoformat())
    symbol = doc.header.symbol
    if symbol is not None and symbol.revision is not None:
        parts.append(f"rev.{symbol.revision}")
    return ";".join(parts)


def akn_uris(doc: Document, name: str | None = None,
             date: _dt.date | None = None) -> AknUris:
    """The Work, Expression and Manifestation IRIs of ``doc`` (``date``: the day of
    the conversion, the year of a document that is not ITU's and has no date)."""
    actor = _actor(doc.header.symbol) if is_itu(doc) else UNKNOWN_AUTHOR
    work = "/".join(("/akn", _COUNTRY, "doc", _segment(name or doc_name(doc)),
                     actor, _work_year(doc, date), _work_number(doc)))
    expression = f"{work}/{_lang3(doc.language)}@{_version(doc)}"
    return AknUris(work, expression, expression + ".akn")


def _body_actor(body: str) -> str:
    return "unga" if body == "UNGA" else "itu-" + _segment(body).lower()


def instrument_href(ref: InstrumentRef) -> str:
    """The IRI a ``ref`` to ``ref`` points at: an AKN Work IRI when the body and year are
    known (``/akn/un/doc/resolution/itu-pp/2018/179``), else the itudocs id."""
    if ref.kind != "document" and ref.body and ref.year is not None:
        return "/".join(("/akn", _COUNTRY, "doc", ref.kind, _body_actor(ref.body),
                         str(ref.year), _segment(ref.number)))
    return _clean(ref.id)


def _ontology(kind: str, text: str) -> str:
    return f"/akn/ontology/{kind}/{_COUNTRY}/" + _segment(text.lower())
