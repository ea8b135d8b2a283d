"""A Document as docling-core's ``DoclingDocument``, for the docling ecosystem (its
chunkers, its exports, the frameworks that read it).

Needs docling-core: ``pip install 'itudocs[docling]'`` (imported here only, when
:func:`to_docling` runs). What goes where:

- ``origin``: the source's MIME type, file name and hash (the first 64 bits of its
  SHA-256, docling's ``binary_hash``); ``name`` is the document's symbol (its file
  name where it has none);
- the ITU metadata (symbol, language, kind, meeting, venue, dates, agenda item, date,
  original languages, source, subject, signature, contributors, instrument) as one
  key-value item, each fact a key cell linked to its value cell;
- the title as the title, the subtitle, summary and action required as paragraphs;
- each section as a heading (its number and title, at its level), its paragraphs as
  paragraphs, its items and its bullets as lists (items numbered, each with its
  printed label or bullet as marker), each run of quote
  paragraphs as a group named after the quote's source, tables as tables (merged cells
  spanning their rows and columns), footnotes and endnotes as footnotes;
- each annex as a heading, then its text and sections.
"""

from __future__ import annotations

import os
from typing import Any

from itudocs.errors import MissingDependencyError
from itudocs.model import Block, Document, Section, Table

#: a quote paragraph's block id -> (the quote's index, its source as printed)
_Quotes = dict[str | None, tuple[int, str | None]]

_MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf", "doc": "application/msword", "tika-text": "text/plain",
}


def _docling() -> Any:
    try:
        import docling_core.types.doc as dl
    except ImportError:
        raise MissingDependencyError(
            "to_docling needs the docling-core package: pip install 'itudocs[docling]'"
        ) from None
    return dl


def to_docling(doc: Document) -> Any:
    """``doc`` as a ``docling_core.types.doc.DoclingDocument`` (see
    :mod:`itudocs.export.docling`)."""
    dl = _docling()
    filename = os.path.basename(doc.source.name) if doc.source.name else None
    name = doc.header.symbol.text if doc.header.symbol else (filename or "document")
    out = dl.DoclingDocument(name=name, origin=dl.DocumentOrigin(
        mimetype=_MIME[doc.source.format], binary_hash=int(doc.source.sha256[:16], 16),
        filename=filename or name))
    facts = _facts(doc)
    if facts:
        out.add_key_values(graph=_graph(dl, facts))
    h = doc.header
    if h.title:
        out.add_title(text=h.title)
    for text in (h.subtitle, doc.summary, doc.action_required):
        if text:
            out.add_text(label=dl.DocItemLabel.PARAGRAPH, text=text)
    sources: _Quotes = {p.block_id: (n, q.source) for n, q in enumerate(doc.quotes)
                        for p in q.paragraphs}
    _blocks(dl, out, doc.blocks, sources)
    for section in doc.sections:
        _section(dl, out, section, sources)
    for annex in doc.annexes:
        out.add_heading(text=" ".join(x for x in (annex.label, annex.title) if x), level=1)
        if annex.summary:
            out.add_text(label=dl.DocItemLabel.PARAGRAPH, text=annex.summary)
        _blocks(dl, out, annex.blocks, sources)
        for section in annex.sections:
            _section(dl, out, section, sources, shift=1)
    return out


def _facts(doc: Document) -> list[tuple[str, str]]:
    h = doc.header
    sig = doc.signature
    facts = [
        ("symbol", h.symbol.text if h.symbol else None), ("language", doc.language),
        ("kind", doc.kind), ("meeting", h.meeting), ("venue", h.venue),
        ("meeting_start", h.meeting_start.isoformat() if h.meeting_start else None),
        ("meeting_end", h.meeting_end.isoformat() if h.meeting_end else None),
        ("agenda_item", h.agenda_item), ("date", h.date.isoformat() if h.date else None),
        ("original_languages", ", ".join(h.original_languages) or None),
        ("source", h.source), ("subject", h.subject),
        ("contributors", ", ".join(doc.contributors) or None),
        ("instrument", doc.instrument.id if doc.instrument else None),
        ("signature", ", ".join(x for x in (sig.role, sig.name, sig.country) if x) or None
         if sig else None),
    ]
    return [(k, v) for k, v in facts if v]


def _graph(dl: Any, facts: list[tuple[str, str]]) -> Any:
    cells, links = [], []
    for n, (key, value) in enumerate(facts):
        k, v = 2 * n, 2 * n + 1
        cells += [dl.GraphCell(label=dl.GraphCellLabel.KEY, cell_id=k, text=key, orig=key),
                  dl.GraphCell(label=dl.GraphCellLabel.VALUE, cell_id=v, text=value,
                               orig=value)]
        links.append(dl.GraphLink(label=dl.GraphLinkLabel.TO_VALUE, source_cell_id=k,
                                  target_cell_id=v))
    return dl.GraphData(cells=cells, links=links)


def _section(dl: Any, out: Any, section: Section, sources: _Quotes,
             shift: int = 0) -> None:
    head = " ".join(x for x in (section.number, section.title) if x)
    if head:
        out.add_heading(text=head, level=min(max(section.level + shift, 1), 100))
    _blocks(dl, out, section.blocks, sources)
    for child in section.children:
        _section(dl, out, child, sources, shift)


def _blocks(dl: Any, out: Any, blocks: tuple[Block, ...], quotes: _Quotes) -> None:
    group: Any = None
    run: tuple[str, int | None] | None = None
    for block in blocks:
        quote = quotes.get(block.id) if block.kind == "quote" else None
        key = (block.kind, quote[0] if quote else None)
        if key != run:  # a list, or a quote, begins
            run, group = key, None
            if block.kind in ("bullet", "item"):
                group = out.add_list_group()
            elif block.kind == "quote":
                source = quote[1] if quote else None
                group = out.add_group(label=dl.GroupLabel.SECTION,
                                      name=f"quote: {source}" if source else "quote")
        if block.kind == "table" and block.table is not None:
            out.add_table(data=_table(dl, block.table), parent=group)
        elif block.kind in ("bullet", "item"):
            out.add_list_item(text=block.text, enumerated=block.kind == "item",
                              marker=block.label, parent=group)
        else:
            out.add_text(label=dl.DocItemLabel.PARAGRAPH, text=block.text, parent=group)
        for note in block.notes:
            out.add_text(label=dl.DocItemLabel.FOOTNOTE, text=note.text, parent=group)


def _table(dl: Any, table: Table) -> Any:
    """The table's cells on a grid: a cell merged over rows or columns covers them all."""
    taken: set[tuple[int, int]] = set()
    cells = []
    width = 0
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row.cells:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            cells.append(dl.TableCell(
                text=cell.text, row_span=cell.rowspan, col_span=cell.colspan,
                start_row_offset_idx=r, end_row_offset_idx=r + cell.rowspan,
                start_col_offset_idx=c, end_col_offset_idx=c + cell.colspan,
                column_header=r < table.header_rows))
            c += cell.colspan
            width = max(width, c)
    rows = max((r + 1 for r, _ in taken), default=0)
    return dl.TableData(table_cells=cells, num_rows=rows, num_cols=width)
