"""Mutation tests for the annexes stage (itudocs.extract.annexes): an annex heading
is a line of at most 20 characters, however its word and number are spaced."""

from __future__ import annotations

from itudocs.extract import annexes
from itudocs.extract.ledger import Ledger
from itudocs.model import DocxLoc
from itudocs.readers.blocks import CellPos, RawBlock


def _starts(*texts: str) -> tuple[int, ...]:
    loc = DocxLoc(part="word/document.xml", paragraph=0)
    blocks = tuple(RawBlock(text=t, loc=loc) for t in texts)
    return annexes.starts(blocks, Ledger(len(blocks)))


def test_an_annex_heading_is_at_most_20_characters_long() -> None:
    twenty = "ANNEX" + "\t" * 14 + "1"  # the word, TABs, the number: 20 characters
    assert len(twenty) == 20
    assert _starts("Text.", twenty) == (1,)
    assert _starts("Text.", "ANNEX" + "\t" * 15 + "1") == ()


def test_an_annex_heading_in_a_table_cell_opens_no_annex() -> None:
    """A table cell reading "Annex 1" (a column of references to annexes) is no
    annex heading; the same line outside a table is one."""
    loc = DocxLoc(part="word/document.xml", paragraph=0)
    blocks = (RawBlock(text="Text.", loc=loc),
              RawBlock(text="Annex 1", loc=loc, cell=CellPos(table=0, row=0, col=0, first=True)),
              RawBlock(text="Annex 2", loc=loc))
    assert annexes.starts(blocks, Ledger(len(blocks))) == (2,)
