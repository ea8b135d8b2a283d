"""Plain text (itudocs.readers.tika) at its edges: the line limit at its bound, the long
line error's source, an empty cell line's TAB, which whitespace is trimmed around a
line's content; and Office Math properties (itudocs.readers.omml) never read as text."""

from __future__ import annotations

import pytest
from lxml import etree

from itudocs.errors import LimitExceededError
from itudocs.limits import Limits
from itudocs.model import TextLoc
from itudocs.readers.omml import linear
from itudocs.readers.tika import read_text


def test_the_line_limit_counts_lines_at_its_bound() -> None:
    """Three lines fit a limit of three paragraphs; four do not, and the error says
    how many lines the text has."""
    assert [b.text for b in read_text("a\nb\nc", Limits(max_paragraphs=3)).blocks] == [
        "a", "b", "c"]
    with pytest.raises(LimitExceededError) as info:
        read_text("a\nb\nc\nd", Limits(max_paragraphs=3), source="t.txt")
    assert info.value.reason == "the text has 4 lines (limit 3)"
    assert info.value.source == "t.txt"


def test_a_line_over_the_character_limit_names_the_source() -> None:
    with pytest.raises(LimitExceededError) as info:
        read_text("short\n" + "x" * 11, Limits(max_paragraph_chars=10), source="t.txt")
    assert info.value.reason == "a line of the text has 11 characters (limit 10)"
    assert info.value.source == "t.txt"


def test_an_empty_line_keeps_its_leading_tab() -> None:
    """An empty line that starts with a TAB is an empty table cell: its block is
    empty and marked as starting with a TAB."""
    blocks = read_text("Name\n\t\nEnd").blocks
    assert [(b.text, b.lead_tab) for b in blocks] == [
        ("Name", False), ("", True), ("End", False)]


def test_a_byte_order_mark_ending_a_line_with_a_marker_is_trimmed() -> None:
    """A line's content ends before trailing spaces, TABs, no-break and ideographic
    spaces, CRs and a stray U+FEFF, a marker on the line or not."""
    (block,) = read_text("[bookmark: b]Text\ufeff").blocks
    assert block.text == "Text"
    assert block.loc == TextLoc(0, 13, 17)


@pytest.mark.parametrize("line", ["[bookmark: b]\u2003Text", "\u2003Text"])
def test_only_spaces_no_break_and_ideographic_spaces_lead_off(line: str) -> None:
    """Space, U+00A0 and U+3000 before the content are dropped; other whitespace (an
    em space) is text, a marker on the line or not."""
    (block,) = read_text(line).blocks
    assert block.text == "\u2003Text"


M = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def test_math_properties_are_never_text() -> None:
    """An element whose name ends in "Pr" (m:ctrlPr, m:fPr ...) holds properties: even
    a run inside one is not part of the equation's text."""
    xml = (f'<m:oMath xmlns:m="{M}"><m:r><m:t>x</m:t></m:r>'
           "<m:ctrlPr><m:r><m:t>junk</m:t></m:r></m:ctrlPr></m:oMath>")
    assert linear(etree.fromstring(xml)) == "x"


# -- round 2 ---------------------------------------------------------------------------

def test_a_byte_order_mark_ending_a_line_without_a_marker_is_trimmed() -> None:
    """The same trailing whitespace is trimmed on a line without a marker: a stray
    U+FEFF at the end is not text."""
    (block,) = read_text("\tText \ufeff").blocks
    assert (block.text, block.lead_tab) == ("Text", True)
    assert block.loc == TextLoc(0, 1, 5)


@pytest.mark.parametrize("line", ["[bookmark: b]Text\u2003", "Text\u2003"])
def test_an_em_space_ending_a_line_is_text(line: str) -> None:
    """Only space, TAB, U+00A0, U+3000, CR and U+FEFF are trimmed after the content;
    other whitespace (an em space) is text, a marker on the line or not."""
    (block,) = read_text(line).blocks
    assert block.text == "Text\u2003"


FORTY = "Member States adopted the draft budgets."


def test_lines_of_forty_characters_count_as_long_lines_for_wrapping() -> None:
    """A text is wrapped when it has at least five lines of 40 characters or more, and
    nearly all are at most 110: five lines of exactly 40 characters are enough."""
    assert len(FORTY) == 40
    assert read_text("\n".join([FORTY] * 5)).wrapped is True
    assert read_text("\n".join([FORTY] * 4)).wrapped is False
    assert read_text("\n".join([FORTY[:-1]] * 5)).wrapped is False


def test_a_page_number_has_at_most_four_digits() -> None:
    """A number then the document symbol, as the first lines, are the page header of a
    later page when the number has one to four digits; five digits are text."""
    stream = read_text("1234\nC20/57-E\nText")
    assert stream.page_header == ("1234", "C20/57-E")
    assert [b.text for b in stream.blocks] == ["Text"]
    stream = read_text("12345\nC20/57-E\nText")
    assert stream.page_header == ()
    assert [b.text for b in stream.blocks] == ["12345", "C20/57-E", "Text"]


def test_running_headers_are_found_after_long_and_empty_lines() -> None:
    """Page marks ("- 2 -") anywhere in the text are running headers, also after a
    long line, an empty one or a cell line."""
    text = ("A paragraph of the report that runs on for well over forty characters.\n"
            "- 2 -\n\n- 3 -\n\tcell\n- 4 -\nEnd")
    stream = read_text(text)
    assert stream.page_header == ("- 2 -", "- 3 -", "- 4 -")
    assert [b.text for b in stream.blocks] == [
        "A paragraph of the report that runs on for well over forty characters.", "",
        "cell", "End"]


# -- round 3 ---------------------------------------------------------------------------

def test_a_line_of_exactly_the_character_limit_is_read() -> None:
    """Only a line longer than max_paragraph_chars is refused: a 10-character line in a
    longer text passes a limit of 10."""
    blocks = read_text("x" * 10 + "\nab", Limits(max_paragraph_chars=10)).blocks
    assert [b.text for b in blocks] == ["x" * 10, "ab"]


def test_an_empty_line_is_located_at_its_line() -> None:
    """An empty line's block is located at its own line number (counted from 0), empty
    at the line's start offset."""
    blocks = read_text("Name\n\nEnd").blocks
    assert [(b.text, b.loc) for b in blocks] == [
        ("Name", TextLoc(0, 0, 4)), ("", TextLoc(1, 5, 5)), ("End", TextLoc(2, 6, 9))]


def test_bookmark_markers_are_the_blocks_bookmarks() -> None:
    """A [bookmark: NAME] marker gives the block the bookmark NAME (trimmed); an image
    marker gives none; both are removed from the text."""
    (block,) = read_text("[bookmark: ref1][image: logo.png]Text").blocks
    assert block.text == "Text"
    assert block.bookmarks == ("ref1",)


# -- round 4 ---------------------------------------------------------------------------

LONG = "x" * 111  # a line longer than a page is wide (110 characters)


def test_a_text_is_wrapped_when_exactly_95_percent_of_long_lines_fit() -> None:
    """Wrapped: at least 95 % of the lines of 40 characters or more are at most 110
    long; 19 of 20 is exactly 95 %, 18 of 20 is not enough."""
    assert read_text("\n".join([FORTY] * 19 + [LONG])).wrapped is True
    assert read_text("\n".join([FORTY] * 18 + [LONG] * 2)).wrapped is False


def test_a_text_with_one_short_long_line_in_five_is_not_wrapped() -> None:
    """One line of five within a page's width is far from 95 %: not wrapped."""
    assert read_text("\n".join([FORTY] + [LONG] * 4)).wrapped is False


def test_a_line_starting_with_two_markers_is_located_after_both() -> None:
    """The content of "[bookmark: a][bookmark: b]Text" starts after both markers, at
    offset 26 of the line."""
    (block,) = read_text("[bookmark: a][bookmark: b]Text").blocks
    assert (block.text, block.loc.start, block.loc.end) == ("Text", 26, 30)


def test_a_symbol_alone_first_is_the_page_header() -> None:
    """The document symbol alone on the first line (after empty lines) is a later page's
    running header: taken out with the lines before it."""
    stream = read_text("\nC20/57-E\nText")
    assert stream.page_header == ("C20/57-E",)
    assert [b.text for b in stream.blocks] == ["Text"]


def _filler(n: int) -> list[str]:
    return [f"Line {k} of the first page." for k in range(n)]


def test_a_repeated_symbol_from_line_thirty_on_is_a_running_header() -> None:
    """A bare symbol repeated at or after line 30 (counted from 0) is a running header:
    the one at line 30 itself too."""
    stream = read_text("\n".join([*_filler(30), "C20/57-E", "More text.", "C20/57-E",
                                  "End."]))
    assert stream.page_header == ("C20/57-E", "C20/57-E")
    assert [b.text for b in stream.blocks][-2:] == ["More text.", "End."]


def test_a_repeated_symbol_of_forty_characters_is_a_running_header() -> None:
    """A symbol of up to 40 characters (here exactly 40) repeated after the first page's
    lines is a running header."""
    symbol = "CWG-ABCDEFGHIJKL-ABCDEFGHIJKL-270/1234-E"
    assert len(symbol) == 40
    stream = read_text("\n".join([*_filler(31), symbol, "More text.", symbol, "End."]))
    assert stream.page_header == (symbol, symbol)
