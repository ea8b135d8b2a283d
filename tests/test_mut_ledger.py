"""Mutation tests for the ledger (itudocs.extract.ledger): block ids of texts that
are not valid Unicode."""

from __future__ import annotations

from itudocs.extract.ledger import block_ids
from itudocs.model import DocxLoc
from itudocs.readers.blocks import RawBlock


def test_a_text_with_a_lone_surrogate_still_gets_a_stable_id() -> None:
    """A lone surrogate (a broken source) is hashed as it stands, not refused: the
    block gets a text id, the same each time, and unlike a neighbour's."""
    loc = DocxLoc(part="word/document.xml", paragraph=0)
    blocks = (RawBlock(text="Broken \ud800 text", loc=loc),
              RawBlock(text="Broken \ud801 text", loc=loc))
    ids = block_ids(blocks)
    assert ids == block_ids(blocks)
    assert all(i.startswith("t:") and len(i) == 2 + 12 for i in ids)
    assert ids[0] != ids[1]
