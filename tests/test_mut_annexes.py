"""Mutation tests for the annexes stage (itudocs.extract.annexes): an annex heading
is a line of at most 20 characters, however its word and number are spaced."""

from __future__ import annotations

from itudocs.extract import annexes
from itudocs.extract.ledger import Ledger
from itudocs.model import DocxLoc
from itudocs.readers.blocks import RawBlock


def _starts(*texts: str) -> tuple[int, ...]:
    loc = DocxLoc(part="word/document.xml", paragraph=0)
    blocks = tuple(RawBlock(text=t, loc=loc) for t in texts)
    return annexes.starts(blocks, Ledger(len(blocks)))


def test_an_annex_heading_is_at_most_20_characters_long() -> None:
    twenty = "ANNEX" + "\t" * 14 + "1"  # the word, TABs, the number: 20 characters
    assert len(twenty) == 20
    assert _starts("Text.", twenty) == (1,)
    assert _starts("Text.", "ANNEX" + "\t" * 15 + "1") == ()
