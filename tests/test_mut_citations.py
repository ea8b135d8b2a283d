"""Mutation tests for the citations stage (itudocs.extract.citations): the
instrument of a quote whose source was named before it, with no intro sentence."""

from __future__ import annotations

import itudocs


def test_a_quote_without_an_intro_takes_the_instrument_named_before_it() -> None:
    """The paragraph before the quote introduces nothing (no colon, no operative
    verb): the quote has no intro, and its source is the one instrument the text
    before names, resolved with no context from an intro."""
    doc = itudocs.parse_text("Resolution 1306 (C09) sets the rules on access\n"
                             "The text is as follows\n\u201cThe Council shall meet.\u201d")
    assert [(q.intro, q.source, q.instrument.id if q.instrument else None)
            for q in doc.quotes] == [
        (None, "Resolution 1306 (C09)", "itu:council:resolution:1306@2009")]
