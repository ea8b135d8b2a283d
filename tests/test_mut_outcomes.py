"""Mutation tests for the outcomes stage (itudocs.extract.outcomes): which lead-ins
introduce a bullet list."""

from __future__ import annotations

from itudocs.extract import outcomes
from itudocs.lang import LANGUAGES
from itudocs.model import Block, DocxLoc

EN = LANGUAGES["en"]
LOC = DocxLoc(part="word/document.xml", paragraph=0)


def _intros(lead: str) -> list[str | None]:
    loose = (Block("paragraph", None, lead, LOC, "p1"), Block("bullet", "•", "a plan", LOC, "p2"))
    return [o.intro for o in outcomes.find((), loose, EN)]


def test_a_lead_in_ending_with_a_colon_introduces_however_long() -> None:
    """A colon at the end makes a lead-in, even a long paragraph of several
    sentences that names the results."""
    long = "The group met four times. " * 12 + "The main results were:"
    assert len(long) > 250
    assert _intros(long) == [long]
    assert _intros("The results were as follows\uff1a") == ["The results were as follows\uff1a"]


def test_a_lead_in_without_a_colon_must_be_one_short_line() -> None:
    """Without a colon, a lead-in is one short sentence on one line: a paragraph
    with a line break does not introduce the list."""
    assert _intros("The main results are below") == ["The main results are below"]
    assert _intros("The main results\nare below") == []


def test_an_outcome_with_a_lead_in_is_located_at_its_lead_in() -> None:
    """An outcome list that has a lead-in starts there: its loc is the lead-in's
    paragraph, not its first bullet's."""
    lead_loc = DocxLoc(part="word/document.xml", paragraph=3)
    bullet_loc = DocxLoc(part="word/document.xml", paragraph=4)
    loose = (Block("paragraph", None, "The main results were:", lead_loc, "p3"),
             Block("bullet", "•", "a plan", bullet_loc, "p4"))
    (outcome,) = outcomes.find((), loose, EN)
    assert (outcome.loc, outcome.intro_block_id, outcome.bullets[0].loc) == (
        lead_loc, "p3", bullet_loc)
