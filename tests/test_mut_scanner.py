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


# -- round 2: the windows after a label, after "Revision 1 to" and for an agenda code --------

@pytest.mark.parametrize("gap", [39, 41])
def test_a_labelled_symbol_across_its_40_character_window_is_read_whole(gap: int) -> None:
    """The symbol after "Document" starts within 40 characters of the label (a layout
    keeping text may put spaces between); one that starts there is read whole, never
    cut at the window's end ("C20/5" for "C20/57-E")."""
    h = _scan("Council 2020 Document" + " " * gap + "C20/57-E 3 March 2020").header
    assert h.symbol is not None and h.symbol.text == "C20/57-E"
    assert h.date == dt.date(2020, 3, 3)


@pytest.mark.parametrize("gap", [30, 32])
def test_an_amended_symbol_across_its_40_character_window_is_read_whole(gap: int) -> None:
    h = _scan("Council 2020 Revision 1 to" + " " * gap + "C20/57-E 3 March 2020").header
    assert h.symbol is not None and h.symbol.text == "C20/57(Rev.1)-E"


def test_a_symbol_cited_farther_than_40_characters_after_an_amendment_is_not_its() -> None:
    """"Revision 1 to the report ..." names no symbol right after it: a symbol cited
    later in the sentence is not the one amended; the labelled one is."""
    text = "Council 2019 Document C19/111-E Revision 1 to the report of the working group " \
        "adopted in C18/5-E"
    assert text.index("C18") - text.index(" to ") - len(" to") > 40
    h = _scan(text).header
    assert h.symbol is not None and h.symbol.text == "C19/111(Rev.1)-E"


@pytest.mark.parametrize("filler", [394, 397])
def test_an_unlabelled_agenda_code_across_the_400th_character_is_read_whole(
        filler: int) -> None:
    """An unlabelled agenda code ("PL 1.5", the header table's cell) starts in the first
    400 characters; one that starts there is read whole ("PL 1" was read)."""
    text = "1 " * (filler // 2) + "1" * (filler % 2) + " PL 1.5 Report"
    assert text.index("PL") < 400 < text.index("PL") + len("PL 1.5")
    assert _scan(text).header.agenda_item == "PL 1.5"


def test_an_unlabelled_agenda_code_from_the_400th_character_is_none() -> None:
    text = "1 " * 199 + "1 PL 1.5 Report"
    assert text.index("PL") == 400
    assert scanner.scan(text, EN) is None


def test_a_symbol_more_than_40_characters_after_its_label_is_not_the_labels() -> None:
    """"Document" and an empty cell (a copy lost the symbol): a symbol that starts more
    than 40 characters after the label is in another cell, not the label's (here it also
    starts past the 400 characters where a running header's symbol may be)."""
    text = "Council 2020 " + "Some words. " * 30 + "Document" + " " * 50 + "C20/57-E"
    assert text.index("C20") > 400
    h = _scan(text).header
    assert h.symbol is None
    assert h.meeting == "Council 2020"


# -- round 2: the venue after a group's long name, cited documents, ties, titles ------------

def test_the_venue_after_a_long_name_before_the_document_cell() -> None:
    """A group's long name may come between the meeting and its venue: the venue is
    looked for up to the "Document" cell, past the first 80 characters."""
    text = ("Council 2019 – Council Working Group on International Internet-related Public "
            "Policy Issues, Geneva, 10-20 June 2019 Document C19/111-E")
    assert text.index("Geneva") - len("Council 2019") > 80
    h = _scan(text).header
    assert (h.venue, h.meeting_start) == ("Geneva", dt.date(2019, 6, 10))
    assert h.symbol is not None and h.symbol.text == "C19/111-E"


def test_a_plural_documents_label_is_skipped_and_a_later_label_still_read() -> None:
    """"Documents C09/95 and C09/98" cites other documents; the "Document" label after
    it is the document's own."""
    h = _scan("Council 2020 See Documents C09/95 and C09/98. Document C20/57-E "
              "3 March 2020").header
    assert h.symbol is not None and h.symbol.text == "C20/57-E"
    assert h.date == dt.date(2020, 3, 3)


def test_two_glued_readings_both_within_the_meeting_give_neither_symbol_nor_date() -> None:
    """A meeting from 1 to 30 September: 1 and 21 September are both in it (as near as
    each other), so nothing tells document 92 from document 9."""
    h = _scan("Council 2017 Geneva, 1-30 September 2017 WG-Internet 10/921 September 2017"
              " Report on things").header
    assert h.symbol is None and h.date is None
    assert h.meeting_start == dt.date(2017, 9, 1)


def test_a_summary_label_in_quotes_is_part_of_the_title() -> None:
    """The summary box's label ends a flattened title when glued to a word or after a
    space, full stop or bracket; in quotes it is the title's own word."""
    title = 'Report on the "Summary of outcomes" document of the group'
    assert scanner.title_in(title, EN) == title
    assert scanner.title_in("Report on the group SummaryThe text.", EN) == "Report on the group"


def test_text_that_starts_in_lower_case_is_no_title() -> None:
    assert scanner.title_in("the text after the fields", EN) is None
    assert scanner.title_in("The text after the fields", EN) == "The text after the fields"


# -- round 3 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("filler", "venue"), [(72, "Geneva"), (73, "Geneva"),
                                               (77, "Geneva"), (78, None)])
def test_a_venue_after_the_meeting_must_start_within_80_characters(
        filler: int, venue: str | None) -> None:
    """Without a document's cell, the venue is looked for in the 80 characters after the
    meeting's name, and read whole: "Geneva" ending at the 80th character is read, and
    across it (it was not, cut by the window), and starting at the 80th (index 79); one
    starting at the 81st is not."""
    assert _scan("Council 2020 " + "x" * filler + " Geneva").header.venue == venue


def test_of_two_glued_readings_the_one_within_the_meeting_beats_one_after_it() -> None:
    """"10/921 September 2017" with a meeting on 1-10 September: 1 September is in the
    meeting, 21 September eleven days after its end, so the document is number 92."""
    h = _scan("Council 2017 Geneva, 1-10 September 2017 WG-Internet 10/921 September 2017"
              " Report on things").header
    assert h.symbol is not None and h.symbol.text == "WG-Internet 10/92"
    assert h.date == dt.date(2017, 9, 1)


def test_a_title_that_holds_a_date_in_another_language_is_no_title() -> None:
    """The text before the first English date still holds a French one ("3 mars
    2020"): a title holds no date in any language, so this is no title."""
    assert scanner.title_in("Report of 3 mars 2020 held on 5 March 2020", EN) is None
    assert scanner.title_in("Report of the group held on 5 March 2020", EN) \
        == "Report of the group held on"


# -- round 4 ---------------------------------------------------------------------------------

def test_a_header_in_another_language_than_the_one_asked_is_still_read() -> None:
    """Every language's labels and dates are tried, the one asked first: a French
    header scanned as English gives its meeting, venue and dates."""
    h = _scan("Conseil 2019 Genève, 10-20 juin 2019 Document C19/1-F 3 mai 2019 "
              "Rapport sur les choses").header
    assert h.meeting == "Conseil 2019"
    assert h.venue == "Genève"
    assert (h.meeting_start, h.meeting_end) == (dt.date(2019, 6, 10), dt.date(2019, 6, 20))
    assert h.date == dt.date(2019, 5, 3)


def test_the_text_after_the_fields_starts_after_the_date_that_follows_the_symbol() -> None:
    """The date after the symbol ends the fields: what follows it is the rest (where a
    title may start)."""
    found = _scan("Document C19/1-E 3 May 2019 Report on the things")
    assert found.header.date == dt.date(2019, 5, 3)
    assert found.rest == " Report on the things"


def test_a_title_ending_in_a_capital_x_keeps_it() -> None:
    """Only spaces and punctuation ("/-–—,;:") are cut from a title's ends."""
    assert scanner.title_in("Report on the group X", EN) == "Report on the group X"
