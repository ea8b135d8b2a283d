"""Mutation tests for the tokens stage (itudocs.extract.tokens): what each token keeps
of its block (location, start offset, heading flag, indent, style) on every path of
``token_of``, and how ``tokenize`` joins the lines of a text rendering."""

from __future__ import annotations

from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.tokens import Token, is_heading, span_loc, token_of, tokenize
from itudocs.model import DocxLoc, PdfLoc, TextLoc
from itudocs.readers.blocks import CellPos, RawBlock
from itudocs.readers.tika import read_text

LOC = DocxLoc(part="word/document.xml", paragraph=7)


def _tokenize(text: str) -> list[tuple[str, str | None, str]]:
    blocks = read_text(text).blocks
    found = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks))
    return [(t.kind, t.label, t.text) for t in found.tokens]


def _fields(t: Token) -> tuple[object, ...]:
    return (t.kind, t.label, t.text, t.loc, t.start, t.heading, t.indented, t.style)


# -- tokenize: joined lines ---------------------------------------------------------------

def test_a_line_after_a_lone_label_and_its_text_continues_from_the_text_line() -> None:
    """A lone label ("a)") takes the next line as its text; a lower-case line right
    after that text line continues it (the line counted is the text's, not the
    label's)."""
    assert _tokenize("a)\nthe text without end\ncontinued lower case") == [
        ("item", "a)", "the text without end\ncontinued lower case")]


def test_a_joined_line_ending_a_sentence_stops_the_joining() -> None:
    """Whether a line continues a paragraph is judged on the last line joined so far:
    once a joined line ends with a full stop, the next line starts a new paragraph,
    even though the paragraph's first line had no closing punctuation."""
    assert _tokenize("The Council noted\nthe report.\nand more") == [
        ("text", None, "The Council noted\nthe report."),
        ("text", None, "and more"),
    ]


# -- token_of: Word's automatic labels ----------------------------------------------------

def test_an_automatic_bullet_of_two_characters_is_a_bullet_and_keeps_its_block() -> None:
    """An automatic label that is a bullet sign plus at most one character is a
    bullet; the token keeps the block's location, style and indent."""
    block = RawBlock(text="  Some text", loc=LOC, style="List Bullet", indented=True,
                     auto_label="o.")
    assert _fields(token_of(block, 3, "b3")) == (
        "bullet", "o.", "Some text", LOC, 2, False, True, "List Bullet")
    one = RawBlock(text="Other", loc=LOC, style="Bullets", auto_label="•")
    assert _fields(token_of(one, 0, "b0")) == (
        "bullet", "•", "Other", LOC, 0, False, False, "Bullets")


def test_an_automatic_section_number_keeps_the_texts_offset() -> None:
    """A Word section number ("2.1") makes a section token whose ``start`` is where
    the text begins in the raw block text (leading spaces and TABs skipped)."""
    block = RawBlock(text=" \tScope of the review", loc=LOC, style="Heading 2",
                     auto_label="2.1", heading=2)
    assert _fields(token_of(block, 1, "b1")) == (
        "section", "2.1", "Scope of the review", LOC, 2, True, False, "Heading 2")


def test_an_automatic_letter_label_is_an_item_with_offset_and_style() -> None:
    """An automatic label that is neither a bullet, a closing-bracket item, a list
    number nor a section number ("A.") is an item; offset, indent and style kept."""
    block = RawBlock(text="\tFirst option", loc=LOC, style="List Paragraph",
                     indented=True, auto_label="A.")
    assert _fields(token_of(block, 2, "b2")) == (
        "item", "A.", "First option", LOC, 1, False, True, "List Paragraph")


# -- token_of: labels in the text ---------------------------------------------------------

def test_a_table_cell_is_text_with_its_style() -> None:
    block = RawBlock(text="1\tRow one", loc=LOC, style="Table Text",
                     cell=CellPos(table=0, row=1, col=0, first=True))
    assert _fields(token_of(block, 4, "b4")) == (
        "text", None, "1\tRow one", LOC, 0, False, False, "Table Text")


def test_a_lone_bullet_sign_is_a_bullet_with_empty_text() -> None:
    block = RawBlock(text="•", loc=LOC, style="Body")
    assert _fields(token_of(block, 0, "b0")) == (
        "bullet", "•", "", LOC, 0, False, False, "Body")


def test_a_lone_item_label_keeps_indent_and_style_and_is_no_heading() -> None:
    block = RawBlock(text="b)", loc=LOC, style="Body", indented=True)
    assert _fields(token_of(block, 0, "b0")) == (
        "item", "b)", "", LOC, 0, False, True, "Body")


def test_a_lone_section_number_keeps_indent_and_style() -> None:
    block = RawBlock(text="3.2", loc=LOC, style="Body", indented=True)
    assert _fields(token_of(block, 0, "b0")) == (
        "section", "3.2", "", LOC, 0, False, True, "Body")


def test_an_item_label_after_a_direction_mark_cuts_the_text_as_written() -> None:
    """Labels are matched on the folded text (marks dropped); the cut is made at the
    same place in the text as written, past the invisible mark."""
    block = RawBlock(text="\u200fa)\tText", loc=LOC)
    assert _fields(token_of(block, 0, "b0")) == (
        "item", "a)", "Text", LOC, 4, False, False, None)


def test_a_bullet_in_the_text_keeps_indent_and_style_and_is_no_heading() -> None:
    block = RawBlock(text="•\tA point", loc=LOC, style="Body", indented=True)
    assert _fields(token_of(block, 0, "b0")) == (
        "bullet", "•", "A point", LOC, 2, False, True, "Body")


def test_plain_text_keeps_indent_and_style_and_is_no_heading() -> None:
    block = RawBlock(text="The Council met.", loc=LOC, style="Body", indented=True)
    assert _fields(token_of(block, 0, "b0")) == (
        "text", None, "The Council met.", LOC, 0, False, True, "Body")


# -- round 2 ------------------------------------------------------------------------------

def test_an_automatic_bracket_label_is_an_item_that_keeps_indent_and_style() -> None:
    """An automatic "1)" is a list item, never a heading; the block's indent and
    style stay on the token (each in its own field)."""
    block = RawBlock(text="Establish a group", loc=LOC, style="List Number",
                     indented=True, auto_label="1)")
    assert _fields(token_of(block, 5, "b5")) == (
        "item", "1)", "Establish a group", LOC, 0, False, True, "List Number")


def test_an_automatic_letter_label_keeps_the_blocks_id() -> None:
    """An automatic item label ("A.") keeps the id of its paragraph."""
    block = RawBlock(text="First option", loc=LOC, auto_label="A.")
    assert token_of(block, 2, "w14:0A1B").id == "w14:0A1B"


def test_text_starting_with_a_capital_x_keeps_its_first_letter() -> None:
    """Only leading TABs are taken off a paragraph's text: a text that opens with
    "X" ("Xinjiang", a Roman "XII") is kept whole, its offset past the TAB only."""
    block = RawBlock(text="\tXII. Xinjiang office", loc=LOC)
    assert _fields(token_of(block, 0, "b0")) == (
        "text", None, "XII. Xinjiang office", LOC, 1, False, False, None)


def test_a_typed_section_number_in_a_heading_style_is_a_heading_even_with_a_full_stop() -> None:
    """A paragraph styled as a heading is a heading whatever its text ends with: a
    typed "1.2<TAB>" then a sentence ending with "." is still a titled section."""
    block = RawBlock(text="1.2\tThe Council noted the report.", loc=LOC, style="Heading 2")
    assert _fields(token_of(block, 0, "b0")) == (
        "section", "1.2", "The Council noted the report.", LOC, 4, True, False, "Heading 2")
    plain = RawBlock(text="1.2\tThe Council noted the report.", loc=LOC, style="Body")
    assert token_of(plain, 0, "b0").heading is False


def test_a_text_of_two_lines_is_no_heading() -> None:
    """A title is one line: text holding a line break is no heading, short as it is
    (unless its style says heading)."""
    assert is_heading("Introduction", None)
    assert not is_heading("Introduction\nand scope", None)
    assert is_heading("Introduction\nand scope", "Heading 1")


# -- round 3 ------------------------------------------------------------------------------

def test_a_third_lower_case_line_goes_on_joining_the_paragraph() -> None:
    """Each joined line becomes the paragraph's last line: a third line right after
    it still continues the paragraph (the line number is counted from the last line
    joined, not from the paragraph's first)."""
    assert _tokenize("The Council noted\nthe report of\nthe Secretary-General") == [
        ("text", None, "The Council noted\nthe report of\nthe Secretary-General")]


def test_an_automatic_number_with_a_letter_part_is_an_item() -> None:
    """An automatic label is a section number only if every dotted part is digits:
    "2.a" starts with a digit but is an item."""
    block = RawBlock(text="Text", loc=LOC, auto_label="2.a")
    assert _fields(token_of(block, 0, "b0")) == (
        "item", "2.a", "Text", LOC, 0, False, False, None)


def test_a_span_of_one_pdf_page_takes_the_smallest_bottom_of_both_boxes() -> None:
    """Two boxes of one page: the span is their union, (min x0, min y0, max x1, max y1)."""
    got = span_loc(PdfLoc(page=1, bbox=(10.0, 20.0, 30.0, 40.0)),
                   PdfLoc(page=1, bbox=(12.0, 50.0, 60.0, 70.0)))
    assert got == PdfLoc(page=1, bbox=(10.0, 20.0, 60.0, 70.0))


def test_a_text_of_exactly_the_heading_limit_is_a_heading() -> None:
    """A heading is at most 160 characters: 160 is still a heading, 161 is not."""
    assert is_heading("a" * 160, None) is True
    assert is_heading("a" * 161, None) is False


def test_a_line_ending_a_sentence_before_a_trailing_tab_is_not_continued() -> None:
    """The end of a sentence is judged without trailing blanks: 'the report.<TAB>'
    ends with a full stop, so the next line starts a new paragraph."""
    blocks = (RawBlock(text="The Council noted the report.\t", loc=TextLoc(1, 0, 30)),
              RawBlock(text="and more", loc=TextLoc(2, 31, 39)))
    found = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks))
    assert [(t.kind, t.text) for t in found.tokens] == [
        ("text", "The Council noted the report.\t"), ("text", "and more")]
