"""Mutation tests for the flat-header scanner (``itudocs.extract.scanner``): the
labelled symbol is the one after its label, an unlabelled one is read whole, a
"Rev. N" glued to the date's day, and the day split off a symbol's last digits (one
reading, two readings near the meeting, none near it)."""

from __future__ import annotations

import datetime as dt

import pytest

from itudocs.extract import scanner
from itudocs.lang import LANGUAGES

EN = LANGUAGES["en"]


def _scan(text: str) -> scanner.Scanned:
    found = scanner.scan(text, EN)
    assert found is not None
    return found


def test_the_labelled_symbol_is_the_one_after_document_not_one_cited_before() -> None:
    h = _scan("See C18/5-E. Document C19/111-E11 June 2019").header
    assert h.symbol is not None and h.symbol.text == "C19/111-E"
    assert h.date == dt.date(2019, 6, 11)


@pytest.mark.parametrize("filler", [391, 394])
def test_an_unlabelled_symbol_across_the_400th_character_is_read_whole(filler: int) -> None:
    """A running header's symbol is looked for in the first 400 characters; one that
    starts there is read whole, never cut at the 400th ("C19/1" for "C19/111-E")."""
    text = "1 " * (filler // 2) + "1" * (filler % 2) + " C19/111-E. and more text"
    assert text.index("C19") < 400 < text.index("C19") + len("C19/111-E")
    h = _scan(text).header
    assert h.symbol is not None and h.symbol.text == "C19/111-E"


def test_a_revision_whose_number_is_glued_to_the_dates_day() -> None:
    """"WG-CP/1/16 Rev. 125 January 2018": the revision's number is read as "12" and
    its last digit starts the date: revision 1 of 25 January (the day is split off the
    "Rev." suffix, not off the symbol, which is no symbol with the "Rev. 1" before it)."""
    found = _scan("WG-CP/1/16 Rev. 125 January 2018Report")
    assert found.header.symbol is not None
    assert found.header.symbol.text == "WG-CP 1/16(Rev.1)"
    assert found.header.date == dt.date(2018, 1, 25)
    assert found.rest == "Report"


def test_a_day_of_two_digits_glued_to_a_symbol() -> None:
    """"WG-Internet 10/930 June 2019": "0 June" is no date, "30 June" is: document 9,
    dated 30 June; the text after the date follows."""
    found = _scan("WG-Internet 10/930 June 2019Report of the group on things")
    assert found.header.symbol is not None
    assert found.header.symbol.text == "WG-Internet 10/9"
    assert found.header.date == dt.date(2019, 6, 30)
    assert found.rest == "Report of the group on things"


def test_of_two_glued_readings_the_one_near_the_meeting_holds() -> None:
    """"10/921 September 2017" with a meeting on 10-20 September: 21 September is
    nearer than 1 September, so the document is number 9."""
    h = _scan("Council 2017 Geneva, 10-20 September 2017 WG-Internet 10/921 September 2017"
              " Report on things").header
    assert h.symbol is not None and h.symbol.text == "WG-Internet 10/9"
    assert h.date == dt.date(2017, 9, 21)


def test_two_glued_readings_far_from_the_meeting_give_neither_symbol_nor_date() -> None:
    """A meeting in June, a document of 1 or 21 September: neither is near, so no
    symbol and no date rather than a wrong one; the text goes on after the digits."""
    found = _scan("Council 2017 Geneva, 10-20 June 2017 WG-Internet 10/921 September 2017"
                  " Report on things")
    assert found.header.symbol is None and found.header.date is None
    assert found.header.meeting_start == dt.date(2017, 6, 10)
    assert found.rest == " September 2017 Report on things"
