"""Documents as tables, ready to join: documents, sections, blocks, quotes, outcome
bullets, citations and chunks (:mod:`itudocs.export.chunks`), one row per item, each
row with the document's key (``doc``: its sha256), its ``symbol`` and the item's
``location`` (not ``loc``, which would shadow ``DataFrame.loc``).

:func:`table_rows` returns plain lists of dicts (no dependency); :func:`tables` turns
them into pandas DataFrames (``pip install 'itudocs[pandas]'``) with typed columns:
integers stay integers where some are missing (``Int64``), dates are dates
(``datetime64``; ``date32`` in Parquet), text is ``string`` even when every value is
missing, so the tables of several batches concatenate.

```pycon
>>> import itudocs
>>> rows = table_rows([itudocs.parse(itudocs.sample_path())])
>>> {name: len(r) for name, r in rows.items()}  # doctest: +NORMALIZE_WHITESPACE
{'documents': 1, 'sections': 17, 'blocks': 35, 'quotes': 2, 'outcome_bullets': 7,
 'citations': 7, 'chunks': 7}

```
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from itudocs.export.chunks import DEFAULT_MAX_CHARS, chunks
from itudocs.model import Document, DocxLoc, Loc, PdfLoc, Section

TABLES = ("documents", "sections", "blocks", "quotes", "outcome_bullets", "citations",
          "chunks")
_KEY = ["doc", "symbol"]
#: the columns of each table, in order (every row has exactly these keys)
COLUMNS: dict[str, list[str]] = {
    "documents": [*_KEY, "name", "format", "language", "series", "session_year", "number",
                  "revision", "addendum", "corrigendum", "meeting", "venue", "meeting_start",
                  "meeting_end", "agenda_item", "date", "original_languages", "title",
                  "subtitle", "summary", "action_required", "sections", "quotes", "outcomes",
                  "warnings"],
    "sections": [*_KEY, "section", "parent", "level", "title", "id", "blocks", "location"],
    "blocks": [*_KEY, "section", "block", "kind", "label", "text", "id", "location"],
    "quotes": [*_KEY, "quote", "section", "intro", "source", "instrument", "paragraphs",
               "elided", "location"],
    "outcome_bullets": [*_KEY, "outcome", "bullet", "section", "intro", "text", "location"],
    "citations": [*_KEY, "text", "instrument", "kind", "number", "body", "place", "year",
                  "revised", "inferred", "location", "start", "end"],
    "chunks": [*_KEY, "chunk", "id", "section", "section_path", "annex", "text", "chars",
               "quote_source", "outcome_lead_in", "instruments", "location",
               "last_location", "oversize"],
}
#: the columns that are not text: nullable integers, booleans, dates
INTEGERS = {"session_year", "revision", "addendum", "corrigendum", "sections", "quotes",
            "outcomes", "warnings", "level", "blocks", "block", "quote", "paragraphs",
            "outcome", "bullet", "year", "start", "end", "chunk", "chars"}
BOOLEANS = {"elided", "revised", "oversize"}
DATES = {"meeting_start", "meeting_end", "date"}


def loc_text(loc: Loc | None) -> str | None:
    """A location as one string: ``word/document.xml#12``, ``line:44:107-122``
    (0-based line, character span) or ``page:0:56.7,700.1,538.2,742.5`` (0-based page,
    box)."""
    if loc is None:
        return None
    if isinstance(loc, DocxLoc):
        return f"{loc.part}#{loc.paragraph}"
    if isinstance(loc, PdfLoc):
        return f"page:{loc.page}:" + ",".join(f"{v:g}" for v in loc.bbox)
    return f"line:{loc.line}:{loc.start}-{loc.end}"


def table_rows(docs: Iterable[Document], *, max_chars: int = DEFAULT_MAX_CHARS
               ) -> dict[str, list[dict[str, Any]]]:
    """The documents as rows of the tables (``documents``, ``sections``, ``blocks``,
    ``quotes``, ``outcome_bullets``, ``citations``, ``chunks`` — of at most
    ``max_chars`` characters): one dict per row, keyed by column, with no pandas needed
    (``itudocs.tables`` makes DataFrames of them). Instrument ids in ``chunks`` are
    joined by commas, the section path by " > "; a chunk's ``location`` is its first
    block's, ``last_location`` its last block's."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for doc in docs:
        key = {"doc": doc.source.sha256,
               "symbol": doc.header.symbol.text if doc.header.symbol else None}
        h = doc.header
        s = h.symbol
        out["documents"].append({
            **key, "name": doc.source.name, "format": doc.source.format,
            "language": doc.language, "series": s.series if s else None,
            "session_year": s.session_year if s else None, "number": s.number if s else None,
            "revision": s.revision if s else None, "addendum": s.addendum if s else None,
            "corrigendum": s.corrigendum if s else None, "meeting": h.meeting,
            "venue": h.venue, "meeting_start": h.meeting_start, "meeting_end": h.meeting_end,
            "agenda_item": h.agenda_item, "date": h.date,
            "original_languages": ",".join(h.original_languages) or None,
            "title": h.title, "subtitle": h.subtitle, "summary": doc.summary,
            "action_required": doc.action_required,
            "sections": sum(1 for _ in doc.iter_sections()), "quotes": len(doc.quotes),
            "outcomes": len(doc.outcomes), "warnings": len(doc.warnings),
        })
        for block_no, block in enumerate(doc.blocks):
            out["blocks"].append(_block_row(key, None, block_no, block))
        for section in doc.iter_sections():
            out["sections"].append({
                **key, "section": section.number, "parent": _parent(section.number),
                "level": section.level, "title": section.title, "id": section.id,
                "blocks": len(section.blocks), "location": loc_text(section.loc),
            })
            for block_no, block in enumerate(section.blocks):
                out["blocks"].append(_block_row(key, section, block_no, block))
        for quote_no, quote in enumerate(doc.quotes):
            out["quotes"].append({
                **key, "quote": quote_no, "section": quote.section, "intro": quote.intro,
                "source": quote.source,
                "instrument": quote.instrument.id if quote.instrument else None,
                "paragraphs": len(quote.paragraphs), "elided": quote.elided,
                "location": loc_text(quote.loc),
            })
        for outcome_no, outcome in enumerate(doc.outcomes):
            for bullet_no, bullet in enumerate(outcome.bullets):
                out["outcome_bullets"].append({
                    **key, "outcome": outcome_no, "bullet": bullet_no,
                    "section": outcome.section, "intro": outcome.intro, "text": bullet.text,
                    "location": loc_text(bullet.loc),
                })
        for c in doc.citations:
            i = c.instrument
            out["citations"].append({
                **key, "text": c.text, "instrument": i.id, "kind": i.kind, "number": i.number,
                "body": i.body, "place": i.place, "year": i.year, "revised": i.revised,
                "inferred": ",".join(i.inferred) or None, "location": loc_text(c.loc),
                "start": c.start, "end": c.end,
            })
        for chunk in chunks(doc, max_chars=max_chars):
            m = chunk.metadata
            out["chunks"].append({
                **key, "chunk": chunk.index, "id": chunk.id, "section": m["section"],
                "section_path": " > ".join(m["section_path"]) or None, "annex": m["annex"],
                "text": chunk.text, "chars": len(chunk.text), "quote_source": m["quote_source"],
                "outcome_lead_in": m["outcome_lead_in"],
                "instruments": ",".join(m["instruments"]) or None,
                "location": loc_text(chunk.first_loc),
                "last_location": loc_text(chunk.last_loc), "oversize": chunk.oversize,
            })
    return out


def _parent(number: str | None) -> str | None:
    return number.rsplit(".", 1)[0] if number and "." in number else None


def _block_row(key: dict[str, Any], section: Section | None, block_no: int,
               block: Any) -> dict[str, Any]:
    return {**key, "section": section.number if section else None, "block": block_no,
            "kind": block.kind, "label": block.label, "text": block.text, "id": block.id,
            "location": loc_text(block.loc)}


def tables(docs: Iterable[Document] | Document, *,
           max_chars: int = DEFAULT_MAX_CHARS) -> dict[str, Any]:
    """pandas DataFrames, one per table of :data:`TABLES`, for one or many Documents
    (the ``chunks`` of at most ``max_chars`` characters).

    Needs pandas: ``pip install 'itudocs[pandas]'``."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("itudocs.tables needs pandas: pip install 'itudocs[pandas]'") from None
    if isinstance(docs, Document):
        docs = [docs]
    rows = table_rows(docs, max_chars=max_chars)
    return {name: _typed(pd, pd.DataFrame(rows[name], columns=COLUMNS[name]))
            for name in TABLES}


def _typed(pd: Any, frame: Any) -> Any:
    for column in frame.columns:
        if column in DATES:
            frame[column] = pd.to_datetime(frame[column])
        else:
            dtype = ("Int64" if column in INTEGERS else "boolean" if column in BOOLEANS
                     else "string")
            frame[column] = frame[column].astype(dtype)
    return frame


def parquet_schema(frame: Any) -> Any:
    """The pyarrow schema to write ``frame`` (one of :func:`tables`) with: its own,
    with the date columns as ``date32`` rather than timestamps. Needs pyarrow."""
    import pyarrow as pa

    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    for column in DATES & set(frame.columns):
        schema = schema.set(schema.get_field_index(column), pa.field(column, pa.date32()))
    return schema
