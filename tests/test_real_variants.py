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


def test_title_of_a_flattened_first_page() -> None:
    # no line breaks at all: the title runs into the subtitle in capitals
    doc = itudocs.parse_text(
        "Council 2016Geneva, 25 May-2 June 2016Agenda item: PL 3Document C16/8-E"
        "2 March 2016Original: FrenchReport by the Chairman of the Council Working Group on "
        "Languages (CWG-LANG)OUTCOME OF THE SEVENTH MEETINGSummaryThis report sets out the "
        "results of the seventh meeting of the group held in Geneva." * 1)
    assert doc.header.title == "Report by the Chairman of the Council Working Group on " \
        "Languages (CWG-LANG)"


def test_flattened_record_title_stops_at_the_day_line() -> None:
    doc = itudocs.parse_text(
        "Council 2016Geneva, 25 May-2 June 2016Document C16/120-E9 June 2016Original: "
        "EnglishSUMMARY RECORD OF THE THIRD PLENARY MEETINGFriday, 27 May 2016, from 0930 "
        "to 1240 hoursChairman: Ms A. N. OTHER (Country)Subjects discussedDocuments1Opening-")
    assert doc.header.title == "SUMMARY RECORD OF THE THIRD PLENARY MEETING"


def test_text_after_flattened_fields_that_is_no_title() -> None:
    # numbered paragraphs right after the fields: no title is made of them
    doc = itudocs.parse_text(
        "Council 2016Geneva, 25 May-2 June 2016Document C16/9-E2 March 2016Original: "
        "English1. Introduction 1.1 The group met on 3 February 2016 and agreed the text "
        "that follows, which the secretariat circulated to all Member States.")
    assert doc.header.title is None


def test_day_glued_to_the_month() -> None:
    # a web copy lost the space between day and month: "23January 2018", "25May 2017"
    doc = itudocs.parse_text(
        "Council Working Group on Child Online Protection\n"
        "Fifteenth meeting – Geneva, 23January 2018 /\n"
        "Document CWG-COP-15/4-E\n27May 2017\nOriginal: English\n"
        "CONTRIBUTION FROM THE REPUBLIC OF NOWHERE\n")
    h = doc.header
    assert (h.venue, h.meeting_start, h.meeting_end) == ("Geneva", D(2018, 1, 23), D(2018, 1, 23))
    assert h.date == D(2017, 5, 27)


def test_unread_meeting_date_is_not_the_document_date() -> None:
    # the meeting line's date is in a form not read ("23.01.2018"): the next cell's date
    # (the document's) does not complete it
    doc = itudocs.parse_text(
        "Council Working Group on Child Online Protection\n"
        "Fifteenth meeting – Geneva, 23.01.2018\n"
        "Document CWG-COP-15/4-E\n28 December 2017\nOriginal: English\n"
        "CONTRIBUTION FROM THE REPUBLIC OF NOWHERE\n")
    h = doc.header
    assert h.meeting_start is None and h.meeting_end is None
    assert h.date == D(2017, 12, 28)
