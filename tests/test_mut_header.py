"""Mutation tests for the first page's reader (``itudocs.extract.header.read``): which
lines an amendment, a symbol, a group's meeting, the agenda's web cell, an "English only"
line, the meeting's dates, a date and a title may be; what a group's name and a source
line undo; and the claims each field leaves. The pages are made up, a few lines each."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from itudocs.extract import header
from itudocs.extract.header import FirstPage, source_line
from itudocs.lang import LANGUAGES
from itudocs.model import DocxLoc, Header
from itudocs.readers.blocks import CellPos, RawBlock
from itudocs.readers.tika import read_text

EN = LANGUAGES["en"]


def _read(text: str, **kw: bool) -> FirstPage:
    page = header.read(read_text(text).blocks, EN, **kw)
    assert page is not None
    return page


def _docx(*lines: tuple[str, tuple[str, ...]]) -> FirstPage:
    """Paragraphs of a .docx with their template bookmarks (``dnum``, ``dtitle1``)."""
    blocks = tuple(RawBlock(text=text, loc=DocxLoc("word/document.xml", k), bookmarks=marks)
                   for k, (text, marks) in enumerate(lines))
    page = header.read(blocks, EN)
    assert page is not None
    return page


def _symbol(h: Header) -> str | None:
    return h.symbol.text if h.symbol is not None else None


# -- amendments and symbols ------------------------------------------------------------

def test_an_amendment_line_after_a_title_still_amends_the_symbol_below_it() -> None:
    """No symbol read yet: "Revision 1 to" is the header's, whatever came before it
    (here a PDF's text put the title first)."""
    page = _read("Council 2017\n24 May 2017\nSome title\nRevision 1 to\nDocument C17/130-E\n")
    assert _symbol(page.header) == "C17/130(Rev.1)-E"
    assert page.header.title == "Some title"
    assert dict(page.claims)[3] == "header:amendment"


def test_an_amendment_line_after_the_symbols_cell_is_no_header_field() -> None:
    """Once the symbol's cell is read, a line "Revision 1 to Document ..." names another
    document (here it stands where the title is): it does not amend the symbol."""
    page = _read("Council 2017\nDocument C17/130-E\n24 May 2017\n"
                 "Revision 1 to Document C17/100-E\n")
    assert _symbol(page.header) == "C17/130-E"
    assert page.header.title == "Revision 1 to Document C17/100-E"


def test_an_amendment_and_its_symbol_on_one_line_are_claimed_as_the_symbol() -> None:
    page = _read("Council 2017\nRevision 1 to Document C17/130-E\n24 May 2017\nA title\n")
    assert _symbol(page.header) == "C17/130(Rev.1)-E"
    assert dict(page.claims) == {0: "header:meeting", 1: "header:symbol", 2: "header:date",
                                 3: "header:title"}


def test_a_dnum_bookmark_makes_a_symbol_after_other_words_the_documents() -> None:
    """The template's ``dnum`` bookmark: the symbol in it is the document's even when
    the paragraph does not start with it nor with a "Document" label."""
    page = _docx(("Council 2020", ()), ("Ref.: C20/57-E", ("dnum",)), ("3 March 2020", ()),
                 ("A title", ()))
    assert _symbol(page.header) == "C20/57-E"
    assert dict(page.claims)[1] == "header:symbol"
    assert page.header.title == "A title"


def test_a_dnum_symbol_after_a_running_headers_is_the_symbols_cell_not_a_title() -> None:
    """A running header gave the symbol already; the ``dnum`` paragraph below is the
    symbol's own cell (claimed as the symbol), never the title."""
    page = _docx(("C20/57-E", ()), ("Council 2020", ()), ("Ref.: C20/57-E", ("dnum",)),
                 ("3 March 2020", ()), ("A title", ()))
    assert dict(page.claims) == {0: "header:symbol", 1: "header:meeting", 2: "header:symbol",
                                 3: "header:date", 4: "header:title"}
    assert page.header.title == "A title"


def test_an_amendment_line_between_an_unlabelled_symbol_and_the_symbols_cell() -> None:
    """A symbol read first from a bare line (a running header's: no label, no
    bookmark), then "Revision 1 to" and the labelled symbol below it: the symbol is
    revision 1, the labelled line its cell."""
    page = _docx(("C17/130-E", ()), ("Council 2017", ()), ("Revision 1 to", ()),
                 ("Document C17/130-E", ()), ("24 May 2017", ()), ("A title", ()))
    assert _symbol(page.header) == "C17/130(Rev.1)-E"
    assert page.claims == ((0, "header:symbol"), (1, "header:meeting"), (2, "header:amendment"),
                           (3, "header:symbol"), (4, "header:date"), (5, "header:title"))


# -- a working group's meeting line -------------------------------------------------------

def test_a_title_bookmarked_dtitle1_stays_the_title_before_a_groups_meeting_line() -> None:
    """A PDF's text may put a group's name (read as the title) before the meeting line;
    a paragraph bookmarked ``dtitle1`` is the template's title, and stays it."""
    page = _docx(("Document C20/57-E", ()), ("My title", ("dtitle1",)),
                 ("32nd meeting – Geneva, 24-25 January 2018", ()), ("3 March 2020", ()))
    assert page.header.title == "My title"
    assert dict(page.claims)[1] == "header:title"


def test_a_groups_meeting_line_is_claimed_and_its_dates_may_follow() -> None:
    page = _read("Council Working Group on WSIS\n32nd meeting\nGeneva, 24-25 January 2018\n"
                 "Document CWG-WSIS-32/16-E\n25 January 2018\nA title\n")
    h = page.header
    assert (h.meeting, h.venue, h.meeting_start) == ("32nd meeting", "Geneva",
                                                     dt.date(2018, 1, 24))
    claims = dict(page.claims)
    assert (claims[1], claims[2]) == ("header:meeting", "header:meeting_dates")


def test_a_groups_name_above_its_meeting_line_stops_at_a_line_already_read() -> None:
    """The name is the untaken lines right above the meeting line: the symbol's line
    above them stays the symbol's."""
    page = _read("Document CWG-WSIS-32/16-E\nCouncil Working Group on\n"
                 "32nd meeting – Geneva, 24-25 January 2018\n25 January 2018\nA title\n")
    assert page.claims == ((0, "header:symbol"), (1, "header:group"), (2, "header:meeting"),
                           (3, "header:date"), (4, "header:title"))
    assert page.header.title == "A title"


# -- other cells ---------------------------------------------------------------------------

def test_an_agenda_cell_holding_the_symbol_lets_a_title_follow() -> None:
    """A web copy puts the cells on one line ("Agenda item: ADM 12 Document C19/59-E 31
    May 2019"): the agenda code is the value, and the next line is the title."""
    page = _read("Council 2019\nAgenda item: ADM 12 Document C19/59-E 31 May 2019\n"
                 "Report on things\n")
    assert page.header.agenda_item == "ADM 12"
    assert page.header.title == "Report on things"


def test_an_english_only_line_of_40_characters_is_a_sentence() -> None:
    """An unlabelled "English only" is a cell of fewer than 40 characters; a line of 40
    that says so is text (here the title)."""
    line = "This paper is available in English only."
    assert len(line) == 40
    page = _read(f"Council 2019\nDocument C19/59-E\n{line}\n")
    assert page.header.original_languages == ()
    assert page.header.title == line
    page = _read(f"Council 2019\nDocument C19/59-E\n{line[5:]}\n")
    assert page.header.original_languages == ("en",)


def test_the_meetings_dates_up_to_six_lines_below_the_meeting_line() -> None:
    page = _read("Council 2020\n\n\n\n\n\nGeneva, 9-19 June 2020\nDocument C20/57-E\n")
    assert page.header.meeting_start == dt.date(2020, 6, 9)
    assert dict(page.claims)[6] == "header:meeting_dates"


def test_a_place_and_date_line_is_a_meeting_cell_only_before_a_date_cell() -> None:
    """"Geneva, 16 February 2016" with no meeting line: the meeting's place and dates
    when the document's date cell follows it; not when none follows (the date that ends
    the document, a signature's, is no cell after it)."""
    page = _read("Geneva, 16 February 2016\n\tDocument C16/5-E\n\t3 March 2016\n")
    h = page.header
    assert (h.meeting_start, h.venue, h.date) == (dt.date(2016, 2, 16), "Geneva",
                                                  dt.date(2016, 3, 3))
    assert dict(page.claims)[0] == "header:meeting_dates"
    page = _read("Geneva, 16 February 2016\nDocument C16/5-E\nReport title\n1\tIntro\n"
                 "Text.\n3 March 2016")
    assert (page.header.meeting_start, page.header.venue) == (None, None)
    assert page.header.title == "Report title"


def test_the_line_above_a_meeting_cells_place_and_date_is_its_name_not_a_title() -> None:
    """A meeting cell that names no session ("Report of the CWG COP" / "Geneva, 16
    February 2016"): the line read as the title was the cell's name; the title is
    looked for again after the date cell."""
    page = _read("\tDocument C16/5-E\nReport of the CWG COP\n"
                 "Geneva, 16 February 2016\n\t3 March 2016\nThe title\n")
    assert page.claims == ((0, "header:symbol"), (1, "header:group"),
                           (2, "header:meeting_dates"), (3, "header:date"), (4, "header:title"))
    assert (page.header.title, page.header.venue) == ("The title", "Geneva")


def test_a_second_lone_date_is_no_longer_the_documents_date() -> None:
    page = _read("Council 2020\nDocument C20/57-E\n3 March 2020\nA title\n4 March 2020\n")
    assert page.header.date == dt.date(2020, 3, 3)
    assert page.header.subtitle == "4 March 2020"


def test_an_annex_opening_has_no_date_field() -> None:
    """An annex's opening has a title and a summary box, no header fields: a lone date
    there is its title's line, not a date."""
    blocks = read_text("Council 2020\nDocument C20/57-E\n3 March 2020\nA title\n"
                       "1\tBody.\nANNEX\n4 March 2020\nSummary\nThe annex.\n").blocks
    page = header.read(blocks, EN, start=6, annex=True)
    assert page is not None
    assert page.header.date is None
    assert page.header.title == "4 March 2020"


# -- titles -----------------------------------------------------------------------------

def test_a_meeting_with_dates_alone_lets_only_a_title_that_names_its_kind() -> None:
    """Without a symbol, a date or an "Original" line, the lines after a meeting's
    dates are a title only if the title names a kind of document."""
    page = _read("Council 2020\nGeneva, 9-19 June 2020\nSomething here\n")
    assert page.header.title is None
    page = _read("Council 2020\nGeneva, 9-19 June 2020\nReport of the first meeting\n")
    assert page.header.title == "Report of the first meeting"


def test_a_source_line_after_a_wrapped_texts_title_undoes_the_title() -> None:
    """In a PDF's text the other cell's lines (a group's name) come before the source
    line: they were no title, they are the group's; the title comes after the source."""
    page = _read("Council 2020\nDocument C20/57-E\n3 March 2020\nCouncil Working Group on X\n"
                 "Chairman, Council Working Group on X\nReal title\n", wrapped=True)
    h = page.header
    assert (h.source, h.title) == ("Chairman, Council Working Group on X", "Real title")
    assert page.claims == ((0, "header:meeting"), (1, "header:symbol"), (2, "header:date"),
                           (3, "header:group"), (4, "header:source"), (5, "header:title"))


def test_a_summary_records_day_line_is_no_title_and_the_box_after_it_is_read() -> None:
    """A summary record whose title line was lost: its day line and chair are no
    title, and the reading goes on (here to a summary box)."""
    page = _read("Document C17/120-E\n25 May 2017\n"
                 "Thursday, 25 May 2017, from 0945 to 1010 hours\nChairman: Dr X\n"
                 "Summary\nThe text.\n")
    assert page.header.title is None
    assert page.summary == "The text."


def test_a_labelled_source_line() -> None:
    page = _read("Council 2020\nDocument C20/57-E\n3 March 2020\n"
                 "Source: United States of America\nA title\n")
    assert (page.header.source, page.header.title) == ("United States of America", "A title")


def test_a_language_without_source_labels_reads_no_labelled_source() -> None:
    """A table with no source labels matches no "label: value" line (an empty list of
    labels must not match a bare colon)."""
    bare = attrs.evolve(EN, source_labels=())
    assert source_line(": United States of America", [bare]) is None
    assert source_line("Source: United States of America", [EN]) == "United States of America"


@pytest.mark.parametrize("wrapped", [False, True])
def test_the_summary_box_after_a_title(wrapped: bool) -> None:
    page = _read("Council 2020\nDocument C20/57-E\n3 March 2020\nA title\nSummary\n"
                 "The text.\n", wrapped=wrapped)
    assert (page.header.title, page.summary) == ("A title", "The text.")


# -- round 2: the body's start, an annex's first line, the page's test, the warnings ------

def test_a_numbered_line_that_starts_with_a_tab_is_a_cell_not_the_body() -> None:
    """A text rendering's line that starts with a TAB is a table cell: "1<TAB>..." there
    is no numbered paragraph, and the first page goes on past it."""
    page = _read("Council 2020\n\t1\tSomething\nDocument C20/57-E\n3 March 2020\nA title\n")
    assert _symbol(page.header) == "C20/57-E"
    assert (page.header.date, page.header.title) == (dt.date(2020, 3, 3), "A title")


def test_an_annex_heading_on_the_annex_openings_first_line_does_not_end_it() -> None:
    """An annex's opening starts at its heading ("ANNEX"): only a later heading (another
    annex) ends it, so its summary box is read."""
    blocks = read_text("Council 2020\nDocument C20/57-E\n3 March 2020\nA title\n"
                       "1\tBody.\nANNEX\nAnnex title\nSummary\nThe annex.\n").blocks
    page = header.read(blocks, EN, start=5, annex=True)
    assert page is not None
    assert page.summary == "The annex."
    assert (7, "header:summary-label") in page.claims


def test_a_rev_line_under_a_groups_symbol_is_claimed_as_the_amendment() -> None:
    page = _read("Council 2020\nDocument CWG-WSIS-32/16\nRev. 1\n3 March 2020\nA title\n")
    assert _symbol(page.header) == "CWG-WSIS-32/16(Rev.1)"
    assert dict(page.claims)[2] == "header:amendment"


def test_the_year_a_wrapped_meeting_line_left_on_the_next_line_is_read_once() -> None:
    """"32nd meeting – Geneva, 24-25 January" / "2018": the next line completes the
    meeting's dates, is claimed as them, and is not read again (as a title)."""
    page = _read("Document CWG-WSIS-32/16-E\n32nd meeting – Geneva, 24-25 January\n2018\n"
                 "25 January 2018\nA title\n")
    h = page.header
    assert (h.meeting_start, h.meeting_end, h.date) == (
        dt.date(2018, 1, 24), dt.date(2018, 1, 25), dt.date(2018, 1, 25))
    assert page.claims == ((0, "header:symbol"), (1, "header:meeting"),
                           (2, "header:meeting_dates"), (3, "header:date"), (4, "header:title"))
    assert (h.title, h.subtitle) == ("A title", None)


def test_a_date_labelled_date_is_the_documents_date() -> None:
    """"Date: 3 March 2020": the label is no part of the value."""
    page = _read("Document C20/57-E\nDate: 3 March 2020\nA title\n")
    assert page.header.date == dt.date(2020, 3, 3)
    assert dict(page.claims)[1] == "header:date"


def test_a_summary_box_alone_makes_an_itu_first_page() -> None:
    """No symbol, meeting nor "Original" line: a summary box still says the page is an
    ITU first page (its fields missing are warned about)."""
    page = header.read(read_text("Summary\nThe text.\n").blocks, EN)
    assert page is not None
    assert page.summary == "The text."
    assert [(w.code, w.message) for w in page.warnings] == [
        ("header-symbol-missing", "the first page has no symbol that itudocs could read"),
        ("header-date-missing", "the first page has no date that itudocs could read"),
        ("header-title-missing", "the first page has no title that itudocs could read")]


def test_an_original_line_alone_makes_an_itu_first_page() -> None:
    page = header.read(read_text("Original: English\nA title\n").blocks, EN)
    assert page is not None
    assert (page.header.original_languages, page.header.title) == (("en",), "A title")


def test_a_role_comma_body_source_line_is_shorter_than_160_characters() -> None:
    """"Chairman, <a body>" is a source line up to 159 characters; a line of 160 is a
    sentence that starts with a role."""
    line = "Chairman, Council Working Group on " + "x" * 124
    assert len(line) == 159
    assert source_line(line, [EN]) == line
    assert source_line(line + "y", [EN]) is None


def test_a_chinese_source_lead_may_hold_latin_capitals_before_its_role() -> None:
    """A Chinese source glued to its title ends at the role after the body's name; the
    body's name may hold Latin letters (only a sentence's end or a colon stops it)."""
    zh = [LANGUAGES["zh"], EN]
    assert header.source_lead("理事会EXPO工作组主席第32次会议总结", zh) == "理事会EXPO工作组主席"
    assert header.source_lead("理事会：EXPO工作组主席第32次会议总结", zh) is None


def test_a_date_labelled_line_near_the_meeting_line_is_the_documents_date() -> None:
    """"Date: 3 March 2020" right under the meeting line: the label says it is the
    document's date, not the meeting's dates (it was read as a one-day meeting, and the
    document had no date)."""
    page = _read("Council 2020\nDocument C20/57-E\nDate: 3 March 2020\nA title\n")
    h = page.header
    assert (h.date, h.meeting_start, h.meeting_end) == (dt.date(2020, 3, 3), None, None)
    assert dict(page.claims)[2] == "header:date"
    assert page.warnings == ()


# -- round 3 ---------------------------------------------------------------------------------

def test_the_untaken_lines_above_a_groups_meeting_line_are_claimed_as_its_name() -> None:
    """A group's name printed above its meeting line, nothing read yet: the name's line
    is claimed as "header:group" (not a title)."""
    page = _read("Council Working Group on WSIS\n32nd meeting – Geneva, 24-25 January 2018\n"
                 "Document CWG-WSIS-32/16-E\n25 January 2018\nA title\n")
    assert page.claims == ((1, "header:meeting"), (0, "header:group"), (2, "header:symbol"),
                           (3, "header:date"), (4, "header:title"))
    assert page.header.title == "A title"


@pytest.mark.parametrize(("fillers", "title"), [(5, "A later line"), (6, "Some title")])
def test_a_title_up_to_six_lines_above_a_groups_meeting_line_was_the_groups_name(
        fillers: int, title: str) -> None:
    """The title read at most six lines above a group's meeting line was the group's
    name (the other cell); seven lines above, it stays the title."""
    lines = [("Document C20/57-E", ()), ("3 March 2020", ()), ("Some title", ()),
             ("Some subtitle", ())]
    lines += [(f"Filler line {chr(97 + k)}", ()) for k in range(fillers - 1)]
    lines += [("32nd meeting – Geneva, 24-25 January 2018", ()), ("A later line", ())]
    page = _docx(*lines)
    assert page.header.title == title
    assert dict(page.claims)[2] == ("header:group" if fillers == 5 else "header:title")


@pytest.mark.parametrize(("empties", "start"), [(3, dt.date(2018, 1, 24)), (4, None)])
def test_a_wrapped_meeting_lines_year_is_looked_for_in_the_next_four_lines(
        empties: int, start: dt.date | None) -> None:
    """"... 24-25 January" / "2018": the year is read from the lines i+1 to i+4 only."""
    page = _docx(("Document CWG-WSIS-32/16-E", ()), ("32nd meeting – Geneva, 24-25 January", ()),
                 *[("", ())] * empties, ("2018", ()), ("25 January 2018", ()), ("A title", ()))
    assert page.header.meeting_start == start
    year_claimed = (2 + empties, "header:meeting_dates") in page.claims
    assert year_claimed == (start is not None)


def test_a_wrapped_meeting_lines_year_is_one_of_the_next_two_lines_with_text() -> None:
    """Only the first two non-empty lines may complete the meeting's dates: a year on
    the third is not the meeting's."""
    page = _docx(("Document CWG-WSIS-32/16-E", ()), ("32nd meeting – Geneva, 24-25 January", ()),
                 ("Council Working Group", ()), ("On things", ()), ("2018", ()),
                 ("25 January 2018", ()), ("A title", ()))
    assert (page.header.meeting_start, page.header.meeting_end) == (None, None)
    assert (4, "header:meeting_dates") not in page.claims


def test_a_dnum_symbol_without_a_label_is_the_symbols_cell() -> None:
    """A paragraph bookmarked ``dnum`` is the symbol's cell even without "Document":
    a "Revision 1 to" line after it names another document (here the title)."""
    page = _docx(("C17/130-E", ("dnum",)), ("Revision 1 to Document C17/100-E", ()),
                 ("24 May 2017", ()))
    assert _symbol(page.header) == "C17/130-E"
    assert page.header.title == "Revision 1 to Document C17/100-E"


def test_a_line_of_sixty_characters_that_starts_with_a_symbol_is_no_symbol_cell() -> None:
    """Without a label or a ``dnum`` bookmark, a line of 60 characters or more is a
    sentence: the symbol it starts with is cited, not the document's."""
    page = _read("Council 2017\nC17/130-E is the document that this long line of more "
                 "than sixty characters cites\nDocument C17/1-E\n24 May 2017\nA title\n")
    assert _symbol(page.header) == "C17/1-E"
    assert dict(page.claims)[2] == "header:symbol"


def test_a_chinese_source_lead_may_have_four_characters_before_its_role() -> None:
    """The role ends the source lead if a body's name of four characters or more is
    before it (here "WSIS")."""
    zh = [LANGUAGES["zh"], EN]
    assert header.source_lead("WSIS主席第32次会议总结", zh) == "WSIS主席"
    assert header.source_lead("WSI主席第32次会议总结", zh) is None


def test_text_beside_the_meetings_dates_that_holds_digits_is_no_venue() -> None:
    """"Geneva C20/57, 24-25 January 2018": the dates are read, but the text around them
    holds digits (another cell's), so no venue is read from it."""
    h = header._Fields()
    assert header._meeting_dates(h, "Geneva C20/57, 24-25 January 2018", [EN])
    assert (h.meeting_start, h.meeting_end) == (dt.date(2018, 1, 24), dt.date(2018, 1, 25))
    assert h.venue is None


def test_original_languages_are_each_read_once() -> None:
    """"English, english and ENGLISH" is one language, read once."""
    assert header._language_codes("English, english and ENGLISH", EN) == ("en",)


def test_a_language_name_matched_only_by_case_folding_is_no_language() -> None:
    """The name pattern ignores case, so "Engliſh" (a long s) matches "English"; its
    lower case is no known name, so it reads as no language (and does not raise)."""
    assert header._language_codes("Engli\u017fh, French", EN) == ("fr",)


@pytest.mark.parametrize("extra", [False, True])
def test_the_width_a_text_was_wrapped_at_is_read_from_its_first_400_blocks(
        extra: bool) -> None:
    """A caseless title goes on on the next line only if it fills the width read from
    ten long lines in the first 400 blocks; a tenth long line at block 400 is not read,
    so there is no width and the next line is the subtitle."""
    title = "理事会" * 16  # 48 characters, no letter case, no digits
    lines = ["Document C20/57-C", "3 March 2020", title, "以及其他事项", "第2页"]
    lines += ["文" * 48] * 8 + ["短"] * (400 - 13 - (0 if extra else 1)) + ["文" * 48]
    page = header.read(read_text("\n".join(lines) + "\n").blocks, EN, wrapped=True)
    # without a width the next line is the subtitle; with one, the title's end
    # (a line with a digit ends the title)
    expected = (title, "以及其他事项") if extra else (title + "以及其他事项", "第2页")
    assert (page.header.title, page.header.subtitle) == expected


# -- round 4 ---------------------------------------------------------------------------------

def test_a_titles_own_line_does_not_count_as_the_word_written_whole() -> None:
    """A hyphen a PDF dropped at a line break is put back where the first page writes
    the word only as a compound: the title's own line (which holds it joined) is not
    one of the texts that could show the word written whole."""
    page = _read("Council 2019\nDocument C19/1-E\n3 May 2019\nContribution by the ROYAUMEUNI\n"
                 "On the budget\n\n\n1 The ROYAUME-UNI proposes a text.\n")
    assert page.header.title == "Contribution by the ROYAUME-UNI"
    assert page.header.subtitle == "On the budget"


def test_a_lone_document_label_is_claimed_as_the_symbols_label() -> None:
    """"Document" with its symbol lost: the line is the header's, claimed as the
    symbol's label, and is no title."""
    page = _read("Council 2019\nDocument\n3 May 2019\nContribution by the group\n")
    assert page.header.symbol is None
    assert page.header.title == "Contribution by the group"
    assert page.claims == ((0, "header:meeting"), (1, "header:symbol-label"),
                           (2, "header:date"), (3, "header:title"))


@pytest.mark.parametrize(("line", "symbol"), [
    ("C19/1-E Contribution by the group on the budget and the map", "C19/1-E"),  # 59
    ("C19/1-E Contribution by the group on the budget and the plan", None),  # 60
])
def test_an_unlabelled_symbol_starts_a_line_shorter_than_60_characters(
        line: str, symbol: str | None) -> None:
    """Without a label or bookmark, a symbol at the start of a line is the header's
    only on a line under 60 characters (a longer one is a sentence)."""
    page = _read(f"Council 2019\n{line}\n3 May 2019\nSome title\n")
    assert _symbol(page.header) == symbol
    assert page.header.title == "Some title"


@pytest.mark.parametrize(("empty", "revision"), [(5, 1), (6, None)])
def test_a_revision_line_counts_up_to_six_blocks_after_the_symbol(
        empty: int, revision: int | None) -> None:
    """"Rev. 1" under a working group's symbol amends it within six blocks of it (empty
    lines are blocks too); farther, it is no suffix."""
    page = _read("Council WG\nDocument CWG-WSIS/1/16\n" + "\n" * empty + "Rev. 1\n")
    assert page.header.symbol is not None
    assert page.header.symbol.revision == revision


def test_the_templates_agenda_and_language_bookmarks_mark_their_fields() -> None:
    """A .docx's ``dmeeting`` bookmark holds the agenda's cell whatever its text, and
    ``dorlang`` the language line however long: neither is the title."""
    page = _docx(("Council 2019", ()), ("Document C19/1-E", ("dnum",)),
                 ("Working methods", ("dmeeting",)), ("3 May 2019", ()),
                 ("The text of this document is available in English only", ("dorlang",)),
                 ("Some title", ("dtitle1",)))
    assert page.header.agenda_item == "Working methods"
    assert page.header.original_languages == ("en",)
    assert (page.header.title, page.header.subtitle) == ("Some title", None)


def test_a_source_lines_comma_may_stand_after_a_space() -> None:
    """"Chairman , Council Working Group ...": a role then a comma (spaces between
    allowed) then a body is a source line."""
    text = "Chairman , Council Working Group on WSIS"
    assert source_line(text, [EN]) == text


def test_a_groups_name_in_a_docx_is_the_lines_of_the_meetings_own_cell() -> None:
    """In a .docx the name is the paragraphs above the meeting line in its cell: a
    paragraph outside any table ends it, as one in another cell does."""
    def para(k: int, text: str, cell: CellPos | None) -> RawBlock:
        return RawBlock(text=text, loc=DocxLoc("word/document.xml", k), cell=cell)

    blocks = (para(0, "Council Working Group on", None),
              para(1, "World Summit on the Information Society", CellPos(0, 0, 0, True)),
              para(2, "32nd meeting – Geneva", CellPos(0, 0, 0, False)))
    assert header._group_name(blocks, 2, set()) == [1]


@pytest.mark.parametrize("after_cell", [None, CellPos(1, 0, 0, True)])
def test_a_docx_summary_box_ends_where_its_table_does(after_cell: CellPos | None) -> None:
    """A .docx's summary box is a table: a paragraph outside it (outside any table, or
    in another table) is no summary line."""
    def para(k: int, text: str, cell: CellPos | None) -> RawBlock:
        return RawBlock(text=text, loc=DocxLoc("word/document.xml", k), cell=cell)

    blocks = (para(0, "Document C19/1-E", None), para(1, "3 May 2019", None),
              para(2, "Some title", None),
              para(3, "Summary", CellPos(0, 0, 0, True)),
              para(4, "The summary line.", CellPos(0, 1, 0, True)),
              para(5, "Body text after the box.", after_cell))
    page = header.read(blocks, EN)
    assert page is not None
    assert page.summary == "The summary line."


def test_a_first_line_in_lower_case_continues_no_title() -> None:
    """Only a title already read may go on over the next lines: a first line in lower
    case is not joined to a title that does not exist yet."""
    page = _read("provisional draft\nDocument C19/1-E\n3 May 2019\nSome title\n")
    assert (page.header.title, page.header.subtitle) == ("Some title", None)
    assert page.claims == ((1, "header:symbol"), (2, "header:date"), (3, "header:title"))
