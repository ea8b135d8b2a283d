"""Mutation tests for the adopted-instrument stage (itudocs.extract.adopted): the
blocks its heading takes, and a title after the adoption line."""

from __future__ import annotations

import itudocs
from itudocs.extract import adopted
from itudocs.extract.ledger import Ledger
from itudocs.lang import LANGUAGES
from itudocs.readers.tika import read_text


def test_the_title_may_follow_the_adoption_line() -> None:
    """'(adopted at the ... meeting)' between the heading and the title is claimed as
    the adoption line, and the title is the next line."""
    blocks = read_text("DECISION 482 (C-2001)\n(adopted at the ninth plenary meeting)\n"
                       "Cost recovery for satellite filings\nThe Council,\ndecides\n"
                       "1\tto apply it.").blocks
    found = adopted.find(blocks, Ledger(len(blocks)), LANGUAGES["en"])
    assert found is not None
    assert found.title == "Cost recovery for satellite filings"
    assert found.claims == ((0, "header:instrument"), (1, "header:adoption"),
                            (2, "header:title"))


def test_the_heading_line_is_counted_as_the_headers_instrument() -> None:
    doc = itudocs.parse_text("DECISION 482 (C-2001)\nCost recovery for satellite filings\n"
                             "The Council,\ndecides\n1\tto apply it.")
    assert doc.kind == "decision"
    assert doc.accounting is not None
    placed = dict(doc.accounting.placed)
    assert placed["header:instrument"] == 1 and placed["header:title"] == 1


def test_an_adoption_line_in_full_width_brackets_is_the_adoption_line() -> None:
    """A Chinese adoption line opens and closes with full-width brackets
    ("（...）"): it is claimed as the adoption line and the title is the next line."""
    blocks = read_text("第482号决定（C-2001）\n（2001年第九次全体会议通过）\n卫星网络申报的成本回收\n"
                       "理事会，\n决定\n1\t适用。").blocks
    found = adopted.find(blocks, Ledger(len(blocks)), LANGUAGES["zh"])
    assert found is not None
    assert found.title == "卫星网络申报的成本回收"
    assert found.claims == ((0, "header:instrument"), (1, "header:adoption"),
                            (2, "header:title"))


def test_a_title_that_is_the_last_line_has_nothing_to_wrap_into() -> None:
    """A heading and its title with nothing after them: the title is the last free
    line, so no next line is looked at for a wrapped title."""
    blocks = read_text("DECISION 482 (C-2001)\nCost recovery for satellite filings").blocks
    found = adopted.find(blocks, Ledger(len(blocks)), LANGUAGES["en"], wrapped=True)
    assert found is not None
    assert (found.kind, found.title) == ("decision", "Cost recovery for satellite filings")
    assert found.claims == ((0, "header:instrument"), (1, "header:title"))
