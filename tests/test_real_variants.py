"""Header variants seen in real Council documents as they circulate as text (web
copies, third-party converters). Every input here is written for the test, in the ITU
layout; the expected values are written by hand."""

from __future__ import annotations

import datetime as dt

import itudocs

D = dt.date


def test_several_cells_on_one_line() -> None:
    # A web copy printed the agenda item, symbol, date and original language of the
    # header's right-hand cells on one line, some of them glued together.
    doc = itudocs.parse_text(
        "Council 2016\nGeneva, 25 May-2 June 2016\n"
        "Agenda item: ADM 4 Document C16/12-E3 April 2016Original: Spanish\n"
        "Report by the Secretary-General\nSTAFF PENSION FUND\n"
        "Summary\nThe fund's position.\n")
    h = doc.header
    assert h.agenda_item == "ADM 4"
    assert h.symbol is not None and h.symbol.text == "C16/12-E"
    assert h.date == D(2016, 4, 3)
    assert h.original_languages == ("es",)
    assert h.title == "Report by the Secretary-General"


def test_agenda_value_stops_at_the_next_cell() -> None:
    doc = itudocs.parse_text(
        "Council 2016\nGeneva, 25 May-2 June 2016\n"
        "Agenda item: PL 2.3 Document C16/40-E\n8 April 2016\nOriginal: English\n"
        "Note by the Secretary-General\n")
    assert doc.header.agenda_item == "PL 2.3"
    assert doc.header.symbol is not None and doc.header.symbol.text == "C16/40-E"
