"""Stage helper: Word tables as ``table`` blocks.

A table whose paragraphs no earlier stage took (the first page's layout table is the
header's, a summary record's subjects table the record's, a signature table the
signature's: those stay as they are, each paragraph accounted for once) becomes one
``table`` block where its first paragraph stands: rows of cells with their spans,
each cell's paragraphs as blocks, a nested table as a ``table`` block in its cell.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from itudocs.extract.tokens import Token
from itudocs.model import Block, Cell, Row, Table
from itudocs.readers.blocks import RawBlock, RawTable

#: roles a table's paragraphs may have and the table still be whole
_FREE = (None, "skipped:empty")


def whole_tables(tables: Sequence[RawTable], roles: Sequence[str | None]) -> dict[int, RawTable]:
    """The outermost tables no earlier stage took a paragraph of, by the stream index
    of each of their paragraphs."""
    out: dict[int, RawTable] = {}
    for table in tables:
        if table.parent is None and table.end > table.first \
                and all(roles[i] in _FREE for i in range(table.first, table.end)):
            for i in range(table.first, table.end):
                out[i] = table
    return out


def table_block(table: RawTable, tables: Sequence[RawTable], blocks: Sequence[RawBlock],
                tokens: Mapping[int, Token], make: Callable[[Token], Block]) -> Block:
    """The ``table`` block of ``table``: its cells filled with the blocks ``make``
    builds from the tokens of their paragraphs (an empty paragraph has none)."""
    by_index = {t.index: t for t in tables}
    rows = []
    for raw_row in table.rows:
        cells = []
        for raw in raw_row:
            content: list[Block] = []
            nested_done: set[int] = set()
            for i in raw.blocks:
                nested = _child_table(blocks[i], table.index, by_index)
                if nested is not None:
                    if nested.index not in nested_done:
                        nested_done.add(nested.index)
                        content.append(table_block(nested, tables, blocks, tokens, make))
                    continue
                tok = tokens.get(i)
                if tok is not None:
                    content.append(make(tok))
            cells.append(Cell(text="\n".join(b.text for b in content), blocks=tuple(content),
                              colspan=raw.colspan, rowspan=raw.rowspan))
        rows.append(Row(cells=tuple(cells)))
    first = next((tokens[i] for i in range(table.first, table.end) if i in tokens), None)
    loc = blocks[table.first].loc
    return Block(kind="table", label=None,
                 text="\n".join("\t".join(c.text for c in r.cells) for r in rows),
                 loc=loc, id=f"table:{first.id}" if first is not None else None,
                 table=Table(rows=tuple(rows),
                             header_rows=min(table.header_rows, len(rows))))


def _child_table(raw: RawBlock, index: int,
                 by_index: Mapping[int, RawTable]) -> RawTable | None:
    """The table nested directly in table ``index`` that holds the paragraph ``raw``
    (at any depth), or None when the paragraph is the table's own."""
    if raw.cell is None or raw.cell.table == index:
        return None
    current = by_index.get(raw.cell.table)
    while current is not None and current.parent != index:
        current = by_index.get(current.parent) if current.parent is not None else None
    return current
