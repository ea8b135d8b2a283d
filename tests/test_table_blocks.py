"""``table`` blocks (``itudocs.extract.tables``) from hand-built tables: a nested table
sits once in its cell among the cell's own paragraphs, a paragraph of a table nested
two deep belongs to the table nested directly in the cell, and a table's id is that of
its first paragraph with a token."""

from __future__ import annotations

from itudocs.extract.tables import _child_table, table_block
from itudocs.extract.tokens import Token
from itudocs.model import Block, TextLoc
from itudocs.readers.blocks import CellPos, RawBlock, RawCell, RawTable


def _block(k: int, table: int | None) -> RawBlock:
    cell = None if table is None else CellPos(table, 0, 0, True)
    return RawBlock(f"p{k}", TextLoc(k, 0, 2), cell=cell)


# blocks: 0 before the tables; 1 outer cell; 2 in table 1 (nested in 0); 3 in table 2
# (nested in 1); 4 outer, after the nested tables in the same cell; 5 a table of its own
BLOCKS = (_block(0, None), _block(1, 0), _block(2, 1), _block(3, 2), _block(4, 0),
          _block(5, 3))
INNER = RawTable(2, 1, 3, 4, ((RawCell((3,)),),))
NESTED = RawTable(1, 0, 2, 4, ((RawCell((2, 3)),),))
OUTER = RawTable(0, None, 1, 5, ((RawCell((1,)), RawCell((2, 3, 4))),), header_rows=1)
OTHER = RawTable(3, None, 5, 6, ((RawCell((5,)),),))
TABLES = (OUTER, NESTED, INNER, OTHER)
BY_INDEX = {t.index: t for t in TABLES}


def _tokens(*indices: int) -> dict[int, Token]:
    return {k: Token("text", None, f"p{k}", k, TextLoc(k, 0, 2), f"id{k}") for k in indices}


def _make(tok: Token) -> Block:
    return Block("paragraph", None, tok.text, tok.loc, tok.id)


def test_child_table_is_the_one_nested_directly() -> None:
    assert _child_table(BLOCKS[3], 0, BY_INDEX) is NESTED  # two deep: the cell's table
    assert _child_table(BLOCKS[3], 1, BY_INDEX) is INNER
    assert _child_table(BLOCKS[2], 0, BY_INDEX) is NESTED
    assert _child_table(BLOCKS[1], 0, BY_INDEX) is None  # the table's own paragraph
    assert _child_table(BLOCKS[0], 0, BY_INDEX) is None  # in no table
    assert _child_table(BLOCKS[5], 0, BY_INDEX) is None  # another table


def test_nested_table_once_among_the_cells_paragraphs() -> None:
    block = table_block(OUTER, TABLES, BLOCKS, _tokens(0, 1, 2, 3, 4), _make)
    assert block.id == "table:id1"
    assert block.loc == TextLoc(1, 0, 2)
    assert block.table is not None
    (row,) = block.table.rows
    first, second = row.cells
    assert [b.text for b in first.blocks] == ["p1"]
    assert [b.kind for b in second.blocks] == ["table", "paragraph"]
    assert second.blocks[0].id == "table:id2"
    assert second.text == "p2\np3\np4"  # the nested table's one cell holds p2 and table 2
    assert block.table.header_rows == 1


def test_table_id_from_its_first_paragraph_with_a_token() -> None:
    # an empty first paragraph has no token: the next one names the table
    assert table_block(OUTER, TABLES, BLOCKS, _tokens(0, 2, 4), _make).id == "table:id2"
    # none of the table's paragraphs has one (a token before it does not count)
    assert table_block(OTHER, TABLES, BLOCKS, _tokens(0, 1), _make).id is None
