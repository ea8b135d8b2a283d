"""Mutation tests for the signature stage (itudocs.extract.signature): the name line
under a role line is at most 80 characters."""

from __future__ import annotations

from itudocs.extract import signature
from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.tokens import tokenize
from itudocs.lang import LANGUAGES
from itudocs.readers.tika import read_text

NAME_80 = "Jane Doe for the Administration of " + "D" * 45


def _find(text: str) -> tuple[str | None, str | None] | None:
    blocks = read_text(text).blocks
    tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
    signed = signature.find(tokens, LANGUAGES["en"])
    return None if signed is None else (signed.signature.role, signed.signature.name)


def test_the_name_line_under_a_role_line_is_at_most_80_characters() -> None:
    assert len(NAME_80) == 80
    assert _find(f"1\tText.\nChairman, CWG-COP\n{NAME_80}") == ("Chairman, CWG-COP", NAME_80)
    assert _find(f"1\tText.\nChairman, CWG-COP\n{NAME_80}D") is None


def test_a_line_naming_a_role_but_ending_a_sentence_is_no_role_line() -> None:
    """The line above the name is a role line only if it does not end like a sentence
    (its last character a full stop or a comma): "... by the Chairman." is a sentence."""
    assert _find("1\tText.\nChairman, CWG-COP\nJane DOE (Kenya)") == (
        "Chairman, CWG-COP", "Jane DOE")
    assert _find("1\tText.\nThe report was presented by the Chairman.\n"
                 "Jane DOE (Kenya)") is None


def test_a_role_line_may_be_120_characters_long() -> None:
    """A role line is at most 120 characters: one of exactly 120 is still the role
    above the name line."""
    role = "Chairman, Council Working Group on " + "W" * 85
    assert len(role) == 120
    assert _find(f"1\tText.\n{role}\nJane DOE (Kenya)") == (role, "Jane DOE")
    assert _find(f"1\tText.\n{role}W\nJane DOE (Kenya)") is None
