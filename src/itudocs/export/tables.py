"""Documents as tables, ready to join: documents, sections, blocks, quotes, outcome
bullets and citations, one row per item, each row with the document's key (``doc``:
its sha256), its ``symbol`` and the item's location.

:func:`table_rows` returns plain lists of dicts (no dependency); :func:`tables` turns
them into pandas DataFrames (``pip install 'itudocs[pandas]'``).

```pycon
>>> import itudocs
>>> rows = table_rows([itudocs.parse(itudocs.sample_path())])
>>> {name: len(r) for name, r in rows.items()}
{'documents': 1, 'sections': 17, 'blocks': 35, 'quotes': 2, 'outcome_bullets': 7, 'citations': 7}

```
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from itudocs.model import Document, DocxLoc, Loc, Section

TABLES = ("documents", "sections", "blocks", "quotes", "outcome_bullets", "citations")
_KEY = ["doc", "symbol"]
#: the columns of each table, in order (every row has exactly these keys)
COLUMNS: dict[str, list[str]] = {
    "documents": [*_KEY, "name", "format", "language", "series", "session_year", "number",
                  "revision", "addendum", "corrigendum", "meeting", "venue", "meeting_start",
                  "meeting_end", "agenda_item", "date", "original_languages", "title",
                  "subtitle", "summary", "action_required", "sections", "quotes", "outcomes",
                  "warnings"],
    "sections": [*_KEY, "section", "parent", "level", "title", "id", "blocks", "loc"],
    "blocks": [*_KEY, "section", "block", "kind", "label", "text", "id", "loc"],
    "quotes": [*_KEY, "quote", "section", "intro", "source", "instrument", "paragraphs",
               "elided", "loc"],
    "outcome_bullets": [*_KEY, "outcome", "bullet", "section", "intro", "text", "loc"],
    "citations": [*_KEY, "text", "instrument", "kind", "number", "body", "place", "year",
                  "revised", "inferred", "loc", "start", "end"],
}


def loc_text(loc: Loc | None) -> str | None:
    """A location as one string: ``word/document.xml#12`` or ``line:44:107-122``
    (0-based line, character span)."""
    if loc is None:
        return None
    if isinstance(loc, DocxLoc):
        return f"{loc.part}#{loc.paragraph}"
    return f"line:{loc.line}:{loc.start}-{loc.end}"


def table_rows(docs: Iterable[Document]) -> dict[str, list[dict[str, Any]]]:
    """The documents as rows of the tables (``documents``, ``sections``, ``blocks``,
    ``quotes``, ``outcome_bullets``, ``citations``): one dict per row, keyed by column,
    with no pandas needed (``itudocs.tables`` makes DataFrames of them)."""
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
                "blocks": len(section.blocks), "loc": loc_text(section.loc),
            })
            for block_no, block in enumerate(section.blocks):
                out["blocks"].append(_block_row(key, section, block_no, block))
        for quote_no, quote in enumerate(doc.quotes):
            out["quotes"].append({
                **key, "quote": quote_no, "section": quote.section, "intro": quote.intro,
                "source": quote.source,
                "instrument": quote.instrument.id if quote.instrument else None,
                "paragraphs": len(quote.paragraphs), "elided": quote.elided,
                "loc": loc_text(quote.loc),
            })
        for outcome_no, outcome in enumerate(doc.outcomes):
            for bullet_no, bullet in enumerate(outcome.bullets):
                out["outcome_bullets"].append({
                    **key, "outcome": outcome_no, "bullet": bullet_no,
                    "section": outcome.section, "intro": outcome.intro, "text": bullet.text,
                    "loc": loc_text(bullet.loc),
                })
        for c in doc.citations:
            i = c.instrument
            out["citations"].append({
                **key, "text": c.text, "instrument": i.id, "kind": i.kind, "number": i.number,
                "body": i.body, "place": i.place, "year": i.year, "revised": i.revised,
                "inferred": ",".join(i.inferred) or None, "loc": loc_text(c.loc),
                "start": c.start, "end": c.end,
            })
    return out


def _parent(number: str | None) -> str | None:
    return number.rsplit(".", 1)[0] if number and "." in number else None


def _block_row(key: dict[str, Any], section: Section | None, block_no: int,
               block: Any) -> dict[str, Any]:
    return {**key, "section": section.number if section else None, "block": block_no,
            "kind": block.kind, "label": block.label, "text": block.text, "id": block.id,
            "loc": loc_text(block.loc)}


def tables(docs: Iterable[Document] | Document) -> dict[str, Any]:
    """pandas DataFrames, one per table of :data:`TABLES`, for one or many Documents.

    Needs pandas: ``pip install 'itudocs[pandas]'``."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("itudocs.tables needs pandas: pip install 'itudocs[pandas]'") from None
    if isinstance(docs, Document):
        docs = [docs]
    rows = table_rows(docs)
    return {name: pd.DataFrame(rows[name], columns=COLUMNS[name]) for name in TABLES}
