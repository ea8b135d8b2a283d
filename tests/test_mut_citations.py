"""Mutation tests for the citations stage (itudocs.extract.citations): the
instrument of a quote whose source was named before it, with no intro sentence."""

from __future__ import annotations

import itudocs
from itudocs.extract import citations
from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.quotes import FoundQuote
from itudocs.extract.tokens import tokenize
from itudocs.lang import LANGUAGES
from itudocs.readers.tika import read_text


def test_a_quote_without_an_intro_takes_the_instrument_named_before_it() -> None:
    """The paragraph before the quote introduces nothing (no colon, no operative
    verb): the quote has no intro, and its source is the one instrument the text
    before names, resolved with no context from an intro."""
    doc = itudocs.parse_text("Resolution 1306 (C09) sets the rules on access\n"
                             "The text is as follows\n\u201cThe Council shall meet.\u201d")
    assert [(q.intro, q.source, q.instrument.id if q.instrument else None)
            for q in doc.quotes] == [
        (None, "Resolution 1306 (C09)", "itu:council:resolution:1306@2009")]


# -- round 3 ------------------------------------------------------------------------------

_FIRST_PAGE = ("Council 2021\nDocument C21/10-E\n20 May 2021\nOriginal: English\n"
               "Report by the Secretary-General\nTESTING THINGS\nSummary\n"
               "This report follows Resolution 1306 (C09).\n\n1\tIntroduction\n"
               "The Council noted the report.")


def test_a_citation_in_the_summary_box_carries_the_id_of_its_paragraph() -> None:
    """A citation on a Summary line (not a References line) is located by the
    paragraph it sits in: its block id is that line's (line 7 of the text)."""
    doc = itudocs.parse_text(_FIRST_PAGE)
    ids = block_ids(read_text(_FIRST_PAGE).blocks)
    assert [(c.text, c.start, c.block_id) for c in doc.citations] == [
        ("Resolution 1306 (C09)", 20, ids[7])]


def test_a_document_symbol_inside_the_first_instrument_is_not_cited_again() -> None:
    """A document symbol printed inside an instrument's span ("last amended C20/57")
    is part of that citation, even when the instrument is the text's first one."""
    text = "1\tSee Decision 482 (C01, last amended C20/57)."
    blocks = read_text(text).blocks
    tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
    found = citations.find(None, blocks, block_ids(blocks), tokens, (), LANGUAGES["en"])
    assert [(c.text, c.start, c.end) for c in found.citations] == [
        ("Decision 482 (C01, last amended C20/57)", 4, 43)]


def test_a_quote_source_naming_no_instrument_has_no_instrument() -> None:
    """A quote whose source text names no instrument the grammar knows gets None
    (the stage is called directly: the quotes stage only takes sources that name one)."""
    text = "1\tSome text."
    blocks = read_text(text).blocks
    tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
    quote = FoundQuote(section=None, intro=None, intro_token=None, source="an old text",
                       paragraphs=(), elided=False, loc=blocks[0].loc)
    found = citations.find(None, blocks, block_ids(blocks), tokens, (quote,),
                           LANGUAGES["en"])
    assert found.quotes == (None,)


def test_an_instrument_in_a_quotes_intro_takes_the_year_the_intro_names() -> None:
    """The intro 'Council 2009 resolves (excerpt from Resolution 1306):' gives its own
    citation a context: the Council's Resolution 1306 of 2009."""
    doc = itudocs.parse_text("1\tIntroduction\nCouncil 2009 resolves (excerpt from "
                             "Resolution 1306):\n\u201cThe Council shall meet.\u201d")
    assert [(c.text, c.start, c.instrument.id if c.instrument else None)
            for c in doc.citations] == [
        ("Resolution 1306", 36, "itu:council:resolution:1306@2009")]


def test_a_document_symbol_right_after_an_instrument_is_cited_apart() -> None:
    """An instrument's span ends before its end offset: a symbol glued right after
    it ("(C09)C20/57") is outside it and is a citation of its own."""
    text = "1\tSee Resolution 1306 (C09)C20/57 now."
    blocks = read_text(text).blocks
    tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
    found = citations.find(None, blocks, block_ids(blocks), tokens, (), LANGUAGES["en"])
    assert [(c.text, c.start, c.end) for c in found.citations] == [
        ("Resolution 1306 (C09)", 4, 25), ("C20/57", 25, 31)]
