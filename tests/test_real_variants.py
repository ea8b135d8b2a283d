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


def _flat(*parts: str) -> str:
    return "".join(parts)  # a copy that lost its line breaks: fields glued


def test_group_symbol_glued_to_the_day_is_split_by_the_meeting_dates() -> None:
    # "WG-Internet 12/921 March 2019": document 9 of 21 March (during the meeting) or
    # document 92 of 1 March? The reading nearer the meeting's dates holds.
    doc = itudocs.parse_text(_flat(
        "Council Working Group on Internet Public Policy Issues (CWG-Internet) /",
        "Twelfth meeting – Geneva, 20-22 March 2019", "Document WG-Internet 12/9",
        "21 March 2019", "English only", "Final REPORT OF THE twelfth meeting of the group",
        "1. Introduction1.1 The Chairman opened the meeting and welcomed the participants "
        "to the twelfth meeting of the group held in Geneva with remote participation."))
    h = doc.header
    assert h.symbol is not None and (h.symbol.group_meeting, h.symbol.number) == (12, "9")
    assert h.date == D(2019, 3, 21)


def test_revision_glued_to_the_day_is_split_by_the_meeting_dates() -> None:
    # "Rev. 125 January 2019": revision 1 of 25 January (meeting 24-25 January), not
    # revision 12 of 5 January
    doc = itudocs.parse_text(_flat(
        "Council Working Group on the Information Society", "33rd meeting – Geneva, "
        "24-25 January 2019 /", "Document WG-WSIS-33/19-E Rev. 1", "25 January 2019",
        "English only", "Report by the Chairman of the Council Working Group on WSIS",
        "This report summarizes the results of the 33rd meeting of the group, held in "
        "Geneva, in line with the resolutions of the Council and of the Conference."))
    h = doc.header
    assert h.symbol is not None and (h.symbol.number, h.symbol.revision) == ("19", 1)
    assert h.date == D(2019, 1, 25)


def test_symbol_glued_to_the_day_without_meeting_dates_gives_no_value() -> None:
    # nothing tells document 9 of 21 March from document 92 of 1 March: neither is given
    doc = itudocs.parse_text(_flat(
        "Council Working Group on Internet Public Policy Issues (CWG-Internet) /",
        "Document WG-Internet 12/9", "21 March 2019", "English only",
        "Final REPORT OF THE twelfth meeting of the group",
        "1. Introduction1.1 The Chairman opened the meeting and welcomed the participants "
        "to the twelfth meeting of the group held in Geneva with remote participation."))
    assert doc.header.symbol is None and doc.header.date is None


def test_symbol_without_language_glued_to_a_word() -> None:
    # "C18/DT/3English only", "WG-COP/14Date: ...": the symbol ends before the word
    doc = itudocs.parse_text(_flat(
        "- 1 -C18/DT/3 (Rev. 4)", "Council 2018", "Geneva, 17-27 April 2018 /",
        "Revision 4 to", "Document C18/DT/3", "English only", "Note by the Secretary-General",
        "Tuesday, 17 April 2018, 14:30 - 17:30", "Subject / Doc. No.",
        "1 / Budget of the Union for 2018-2019 / Documents C18/10 and C18/9",
        "2 / Report of the Budget Control Committee / C18/11"))
    assert doc.header.symbol is not None and doc.header.symbol.text == "C18/DT/3(Rev.4)"
    doc = itudocs.parse_text(_flat(
        "INTERNATIONAL TELECOMMUNICATION UNION", "COUNCIL WORKING GROUP ON CHILD ONLINE",
        "PROTECTION", "Document: WG-COP/14", "Date: 3rd February 2016", "English only",
        "11th meeting – Geneva, 3 February 2016", "SUMMARY OF THE 11th MEETING", "Summary",
        "This report summarizes the main results of the eleventh meeting of the group."))
    h = doc.header
    assert h.symbol is not None and (h.symbol.series, h.symbol.number) == ("WG-COP", "14")
    assert h.date == D(2016, 2, 3)


def test_documents_cited_in_a_flattened_decision_are_not_its_symbol() -> None:
    doc = itudocs.parse_text(
        "– 98 – (3.2 – Council) D 560 Date and duration of the 2012 session of the "
        "Council (C11) The Council, decides that the 2012 session of the Council will open "
        "in Geneva for a period of 8 working days from Wednesday, 4 July to Friday, 13 July "
        "2012. Ref.: Documents C11/95 and C11/98.")
    assert doc.header.symbol is None


def test_date_cell_glued_to_its_month_does_not_start_the_body() -> None:
    # "25January 2018" looks like section 25 glued to a word: it is the date cell, and
    # the source line and the title follow it
    doc = itudocs.parse_text(
        "Council Working Group on the\nWorld Summit on the Information Society\n"
        "33rd meeting– Geneva, 24-25 January 2019 /\nDocument CWG-WSIS-33/16-E\nRev. 1\n"
        "25January 2019\nEnglish only\n\nChairman, Working Group on WSIS (WG-WSIS)\n\n"
        "Draft Report on the Outcomes of the WG-WSIS meetings\n\n\n"
        "1.1.The group was created in 2002 and met twice since the last conference.\n")
    h = doc.header
    assert h.date == D(2019, 1, 25)
    assert h.title == "Draft Report on the Outcomes of the WG-WSIS meetings"
    assert doc.kind == "report"


def test_language_letter_glued_to_the_revision() -> None:
    doc = itudocs.parse_text(_flat(
        "Council Working Group on the", "World Summit on the Information Society",
        "33rd meeting– Geneva, 24-25 January 2019 /", "Document CWG-WSIS-33/16-E", "Rev. 1",
        "25January 2019", "English only", "Chairman, Working Group on WSIS (WG-WSIS)",
        "Draft Report on the Outcomes of the WG-WSIS meetings",
        "1.1.The group was created in 2002 and met twice since the last conference."))
    h = doc.header
    assert h.symbol is not None and (h.symbol.number, h.symbol.revision) == ("16", 1)
    assert h.date == D(2019, 1, 25)


_RECORD_HEAD = ("1\n\nC18/130(Rev.1)-E\n\nCouncil 2018\nGeneva, 17-27 April 2018 /\n"
                "Revision 1 to\nDocument C18/130-E\n8 August 2018\nOriginal: French\n")


def test_amendment_lines_under_a_running_header_are_no_title() -> None:
    # the running header gave the symbol; "Revision 1 to" / "Document C18/130-E" are the
    # header's cells all the same, and the record's title follows them
    doc = itudocs.parse_text(
        _RECORD_HEAD + "SUMMARY RECORD\nOF THE\nEIGHTH PLENARY MEETING\n"
        "Wednesday, 25 April 2018, from 1435 to 1730 hours\nChairman: Mr A. OTHER (Country)\n"
        "Subjects discussed / Documents\n1 / Regional presence / C18/98\n"
        "1Regional presence (Document C18/98)\n1.1The councillor introduced the document.\n")
    h = doc.header
    assert h.symbol is not None and h.symbol.text == "C18/130(Rev.1)-E"
    assert h.title == "SUMMARY RECORD OF THE EIGHTH PLENARY MEETING"
    assert doc.kind == "summary-record"


def test_record_title_whose_last_line_is_in_lower_case() -> None:
    doc = itudocs.parse_text(
        _RECORD_HEAD + "SUMMARY RECORD\nOF THE\nSIXTH plenary meeting\n"
        "Monday, 23 April 2018, from 1435 to 1745 hours\nChairman: Mr A. OTHER (Country)\n")
    assert doc.header.title == "SUMMARY RECORD OF THE SIXTH plenary meeting"
    assert doc.summary_record is not None and doc.summary_record.ordinal == 6


def test_record_whose_title_line_was_lost() -> None:
    # the day line with the hours, the chair and the subjects make a summary record;
    # the day line is no title
    lines = ["Council 2018Geneva, 17-27 April 2018 /", "Document C18/131-E", "1 June 2018",
             "Original: English", "Friday, 27 April 2018, from 0945 to 1010 hours",
             "Chairman: Mr A. OTHER", "Subjects discussed: / Documents",
             "1 / Obsolete resolutions and decisions / C18/3",
             "2 / Report by the Chairman of the working group on plans / C18/123",
             "1Obsolete resolutions and decisions (Document C18/3)",
             "1.1The secretariat introduced Document C18/3, a list of texts to abrogate."]
    doc = itudocs.parse_text("\n".join(lines))
    assert doc.header.title is None
    assert doc.kind == "summary-record"
    assert doc.summary_record is not None and doc.summary_record.chair == "Mr A. OTHER"
    flat = itudocs.parse_text("".join(lines))
    assert flat.kind == "summary-record"  # not the "Report" of a subject's title


def test_note_with_a_day_line_stays_a_note() -> None:
    # a note listing a meeting's subjects has a day line too: its title says its kind
    doc = itudocs.parse_text(
        "Council 2018\nGeneva, 17-27 April 2018 /\nRevision 2 to\nDocument C18/DT/3\n"
        "English only\nNote by the Secretary-General\n\nTuesday, 17 April 2018, 14:30 - 17:30\n"
        "\nSubject / Doc. No.\n1 / Statement by the Staff Council / Oral presentation\n")
    assert doc.header.title == "Note by the Secretary-General"
    assert doc.kind == "note"


def test_title_a_web_copy_broke_over_lines() -> None:
    # broke before a word in lower case, or after "of the": one title
    doc = itudocs.parse_text(
        "Council 2018\nGeneva, 17-27 April 2018 /\nDocument C18/12-E\n9 April 2018\n"
        "Original: English\nReport by the Chairman of the Council Working Group\n"
        "on Child Online Protection\nOUTCOME OF THE THIRTEENTH MEETING\nSummary\nText.\n")
    assert doc.header.title == \
        "Report by the Chairman of the Council Working Group on Child Online Protection"
    assert doc.header.subtitle == "OUTCOME OF THE THIRTEENTH MEETING"
    doc = itudocs.parse_text(
        "Document WG-Internet 12/9\n21 March 2019\nEnglish only\n"
        "Final REPORT OF THE twelfth meeting of the\n"
        "COuncil working group on internet-related\npublic policy issues (cwg-internet)\n"
        "1. Introduction\n1.1. The Chairman opened the meeting.\n")
    assert doc.header.title == "Final REPORT OF THE twelfth meeting of the COuncil working " \
        "group on internet-related public policy issues (cwg-internet)"


def test_meeting_cell_after_a_joiner() -> None:
    doc = itudocs.parse_text(
        "- 1 -\nCouncil Working Group on International Internet-related Public Policy Issues "
        "(CWG-Internet) /Twelfth meeting – Geneva, 20-22 March 2019\n"
        "Document WG-Internet 12/9\n21 March 2019\nEnglish only\nFinal REPORT\n")
    h = doc.header
    assert h.meeting == "Twelfth meeting"
    assert (h.venue, h.meeting_start, h.meeting_end) == ("Geneva", D(2019, 3, 20), D(2019, 3, 22))


def test_old_working_group_page_with_the_place_first() -> None:
    # 2004 style: "geneva — first meeting — 7-8 June, 2004", then the title; no symbol,
    # no date cell
    doc = itudocs.parse_text(
        "Council ITR Report\n\nWorking Group on the\nInternational Telecommunication\n"
        "geneva — second meeting — 6-7 December, 2004\n\n"
        "Report of the Second meeting of the Council Working Group on the Regulations\n\n\n"
        "2.Adoption of the agenda\n")
    h = doc.header
    assert h.meeting == "second meeting"
    assert (h.venue, h.meeting_start, h.meeting_end) == ("geneva", D(2004, 12, 6), D(2004, 12, 7))
    assert h.title == "Report of the Second meeting of the Council Working Group on the " \
        "Regulations"
    assert doc.kind == "report"


def test_meeting_cell_that_names_no_session() -> None:
    # "Report of the CWG COP" / "Geneva, 16 February 2016": the meeting cell, before the
    # date cell; "Document" with its symbol lost is an empty cell
    doc = itudocs.parse_text(
        "1/4\n\nC12/45(Rev.1)-E\n\nReport of the CWG COP\nGeneva, 16 March 2017 /\nDocument\n"
        "18 March 2017\nOriginal: English\nReport by the Chairman of the Council Working Group\n"
        "on Child Online Protection\nOUTCOME OF THE THIRTEENTH MEETING\nSummary\nText.\n")
    h = doc.header
    assert (h.venue, h.meeting_start, h.meeting_end) == ("Geneva", D(2017, 3, 16), D(2017, 3, 16))
    assert h.date == D(2017, 3, 18)
    assert h.title == \
        "Report by the Chairman of the Council Working Group on Child Online Protection"


def test_place_and_date_with_no_date_cell_after_it_is_the_date() -> None:
    # no date cell follows: the line is the document's date, not a meeting's
    doc = itudocs.parse_text(
        "Document C17/200-E\nGeneva, 18 March 2017\nOriginal: English\n"
        "Note by the Secretary-General\nSummary\nText.\n")
    h = doc.header
    assert h.meeting_start is None and h.venue is None


def test_flattened_group_page_cites_a_council_session_below() -> None:
    # the meeting is the group's, at the start; "(Council 2009)" in the references is a
    # citation; the venue and dates come after the group's long name
    doc = itudocs.parse_text(
        "Second Meeting of the Council Working Group on Child Online Protection (CWG-CP) "
        "Geneva, 7-8 October 2010 Document WG-CP/2/16 Rev.1 Date: 12 October 2010 Original: "
        "English only Working Group on Child Online Protection Outcome of the 2nd Meeting "
        "Summary This report summarizes the main results of the 2nd Meeting of the group. "
        "Action required To forward to the Council References Resolution 1306 (Council 2009) "
        "1. Introduction 1.1 At the request of the ITU Council 2009, the group met.")
    h = doc.header
    assert h.meeting == "Second Meeting"
    assert (h.venue, h.meeting_start, h.meeting_end) == ("Geneva", D(2010, 10, 7), D(2010, 10, 8))
    assert h.date == D(2010, 10, 12)


def test_flattened_lone_date_after_the_document_cell_is_not_the_meeting() -> None:
    doc = itudocs.parse_text(
        "Council Working Group on Languages 9th meeting Document CWG-LANG-9/4-E 11 June 2019 "
        "Original: English Contribution from the Republic of Nowhere Summary This contribution "
        "proposes a glossary of the terms the six languages use for the Council's work.")
    h = doc.header
    assert h.meeting == "9th meeting"
    assert h.meeting_start is None and h.date == D(2019, 6, 11)


def test_flattened_letter_opening() -> None:
    # only the letter's opening, its lines lost: the reference and the subject make it a
    # letter (its closing is not in the copy)
    doc = itudocs.parse_text(
        "General Secretariat (SG)Geneva, 2 October 2021Ref: DM-21/1005To Member States of "
        "ITU CouncilContact:Ms A. OtherTelephone:+41 22 730 0000E-mail:someone@example.org"
        "Subject:Organization of a virtual consultation of councillorsDear Madam/Sir, I have "
        "the pleasure to inform you about the consultation of councillors held in June.")
    assert doc.kind == "letter"
    assert (doc.header.date, doc.header.venue) == (D(2021, 10, 2), "Geneva")
