"""Mutation tests for the kind stage (itudocs.extract.kind): an adopted instrument's
heading decides the kind before a summary record's layout does."""

from __future__ import annotations

import pytest

from itudocs.extract import kind


@pytest.mark.parametrize("instrument_kind", ["decision", "resolution"])
def test_an_adopted_instrument_is_its_kind_before_a_record_or_a_title(
        instrument_kind: str) -> None:
    """A decision's or a resolution's heading makes the document that kind, even
    when the record stage also saw a summary record and the title is a note's."""
    assert kind.decide(letter=False, instrument_kind=instrument_kind, record=True,
                       title="Note by the Secretary-General", source=None) == instrument_kind
    assert kind.decide(letter=True, instrument_kind=instrument_kind, record=True,
                       title=None, source=None) == "letter"
