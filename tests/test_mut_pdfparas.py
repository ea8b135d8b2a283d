"""The paragraph rules of ``itudocs.readers.pdfparas`` on lines laid out by hand: running
headers, the body text's metrics, where a paragraph goes on (table cells, a change of
direction), footnotes at a page's foot and the block a paragraph becomes. Coordinates
are PDF points (origin at the bottom left of an A4 page, 842 pt high); expected values
are written from the rules as the module states them, not from its output."""

from __future__ import annotations

from itudocs.model import Note
from itudocs.readers.pdflines import Line
from itudocs.readers.pdfparas import (
    Metrics,
    Paragraph,
    _attach,
    _continues,
    _footnotes,
    block,
    drop_running,
    join,
    metrics,
    paragraphs,
)

A4 = 842.0
# body text of 10 pt, single spaced (12 pt between baselines), from 72 to 500 pt
M = Metrics(size=10.0, pitch=1.2, left=72.0, right=500.0, rtl_right=500.0, low=72.0)


def line(text: str, base: float, *, page: int = 0, x0: float = 72.0, x1: float = 498.0,
         size: float = 10.0, bold: bool = False, rtl: bool = False,
         cell: bool = False) -> Line:
    """A line whose box reaches 2 pt under its baseline and 0.8 font sizes over it."""
    return Line(text, page, x0, base - 2.0, x1, base + 0.8 * size, size, bold, rtl,
                cell=cell, base=base)


# -- running headers --------------------------------------------------------------------


def test_header_repeated_on_later_pages_is_dropped_from_every_later_page() -> None:
    """A line at the top of the page that repeats on two later pages is a running
    header: dropped from the second page on (the first page keeps its own title)."""
    header = "Annual report of the Council"
    pages = [[line(header, 800, page=n), line(f"Body text of page {n + 1}.", 400, page=n)]
             for n in range(3)]
    out, dropped = drop_running(pages, [A4] * 3)
    assert [x.text for x in out[0]] == [header, "Body text of page 1."]
    assert [x.text for x in out[1]] == ["Body text of page 2."]
    assert [x.text for x in out[2]] == ["Body text of page 3."]
    assert dropped == [header, header]


def test_line_on_one_later_page_only_is_kept() -> None:
    """A top line seen on a single later page is not a running header."""
    pages = [[line("Body", 400, page=0)],
             [line("A heading at the top", 800, page=1), line("Body", 400, page=1)],
             [line("Body", 400, page=2)]]
    out, dropped = drop_running(pages, [A4] * 3)
    assert [x.text for x in out[1]] == ["A heading at the top", "Body"]
    assert dropped == []


def test_numbered_running_header_is_one_header_whatever_its_page_number() -> None:
    """A running header is recognised with its numbers taken out: "page 2" and "page 3"
    at the top of two later pages are the same header."""
    pages = [[line("Report of the Council", 800, page=0), line("Body one.", 400, page=0)],
             [line("Report of the Council, page 2", 800, page=1),
              line("Body two.", 400, page=1)],
             [line("Report of the Council, page 3", 800, page=2),
              line("Body three.", 400, page=2)]]
    out, dropped = drop_running(pages, [A4] * 3)
    assert [[x.text for x in lines] for lines in out] == [
        ["Report of the Council", "Body one."], ["Body two."], ["Body three."]]
    assert dropped == ["Report of the Council, page 2", "Report of the Council, page 3"]


# -- metrics ----------------------------------------------------------------------------


def test_pitch_ignores_lines_given_above_the_one_before() -> None:
    """Only a step down to a line of the same size measures the line pitch: a line
    PDFium gives after the one below it (a column, a table) says nothing of it."""
    page = [line("one", 700), line("two", 688), line("three", 712), line("four", 736)]
    assert metrics([page]).pitch == 1.2


def test_pitch_ignores_steps_between_sizes() -> None:
    """A step from a heading to body text (different sizes) is not the body's pitch."""
    page = [line("Heading", 700, size=20.0), line("body", 686),
            line("Heading", 600, size=20.0), line("body", 586),
            line("body", 574)]
    assert metrics([page]).pitch == 1.2


def test_body_size_is_kept_to_a_tenth_of_a_point() -> None:
    """The body's font size is the most used size to 0.1 pt, not rounded to a whole
    point."""
    page = [line("Text in ten and a half point type.", 700, size=10.5),
            line("More of it.", 687.5, size=10.5)]
    assert metrics([page]).size == 10.5


def test_document_without_lines_has_eleven_point_text() -> None:
    """With no line to measure, the body text is taken as 11 pt."""
    assert metrics([]).size == 11.0
    assert metrics([[]]).size == 11.0


def test_left_margin_is_the_most_common_start_of_left_to_right_lines() -> None:
    """Right-to-left lines (however many, whatever they start at) do not make the left
    margin: it is where most left-to-right lines start."""
    page = [line("First line of the text", 700), line("Second line", 688),
            line("3\tA label hanging out", 676, x0=50.0),
            line(ARABIC, 650, x0=300.0, x1=500.0, rtl=True),
            line(ARABIC, 638, x0=300.0, x1=500.0, rtl=True),
            line(ARABIC, 626, x0=300.0, x1=500.0, rtl=True)]
    assert metrics([page]).left == 72.0


def test_right_to_left_margin_is_the_most_common_end_of_right_to_left_lines() -> None:
    """The margin of right-to-left text is where most of its body lines end (table
    cells left out), not the page's right margin."""
    page = [line("Left-to-right text to the right margin", 700, x1=500.0),
            line(ARABIC, 650, x0=300.0, x1=480.0, rtl=True),
            line(ARABIC, 638, x0=300.0, x1=480.0, rtl=True),
            line(ARABIC, 620, x0=200.0, x1=260.0, rtl=True, cell=True),
            line(ARABIC, 620, x0=100.0, x1=160.0, rtl=True, cell=True),
            line(ARABIC, 608, x0=200.0, x1=260.0, rtl=True, cell=True)]
    m = metrics([page])
    assert (m.right, m.rtl_right) == (500.0, 480.0)


# -- where a paragraph goes on ------------------------------------------------------------


def test_right_to_left_line_under_a_left_to_right_one_starts_a_paragraph() -> None:
    """A change of direction starts a new paragraph, however close the lines are."""
    prev = line("The Council decided as follows, in every one of its languages", 700)
    cur = line("\u0642\u0631\u0631 \u0627\u0644\u0645\u062c\u0644\u0633", 688, rtl=True)
    assert not _continues(prev, cur, M)


def test_table_cell_under_a_full_line_starts_a_paragraph() -> None:
    """A table cell never goes on a body paragraph above it."""
    prev = line("The Council decided as follows, in every one of its languages", 700)
    cur = line("C20/57", 688, cell=True)
    assert not _continues(prev, cur, M)


def test_cell_text_wraps_to_a_line_exactly_at_the_widest_step() -> None:
    """A cell's text goes on on the line under it when the step is at most 1.25 line
    pitches (the bound included)."""
    m = Metrics(size=8.0, pitch=1.25, left=72.0, right=500.0, rtl_right=500.0, low=72.0)
    prev = line("Secretary-General", 100.0, size=8.0, x0=200.0, x1=280.0, cell=True)
    cur = line("of the Union", 87.5, size=8.0, x0=200.0, x1=250.0)  # 1.25 * 1.25 * 8
    assert _continues(prev, cur, m)
    further = line("of the Union", 87.4, size=8.0, x0=200.0, x1=250.0)
    assert not _continues(prev, further, m)


def test_left_to_right_cell_wraps_under_its_left_edge() -> None:
    """A left-to-right cell's next line starts where the cell starts; its right end
    may be anywhere."""
    prev = line("Secretary-General", 100, x0=200.0, x1=260.0, cell=True)
    cur = line("of the International Telecommunication Union", 88, x0=200.0, x1=420.0)
    assert _continues(prev, cur, M)
    elsewhere = line("of the Union", 88, x0=300.0, x1=260.0)  # ends under its end
    assert not _continues(prev, elsewhere, M)


def test_right_to_left_cell_wraps_under_its_right_edge() -> None:
    """A right-to-left cell's next line ends within three font sizes of where the cell
    ends (the bound excluded)."""
    prev = line(ARABIC, 100, x0=300.0, x1=400.0, rtl=True, cell=True)
    within = line(ARABIC, 88, x0=280.0, x1=371.0, rtl=True)
    assert _continues(prev, within, M)
    at_bound = line(ARABIC, 88, x0=280.0, x1=370.0, rtl=True)  # 30 pt: 3 font sizes
    assert not _continues(prev, at_bound, M)


def test_line_without_a_word_goes_on_only_under_a_line_that_ran_to_the_margin() -> None:
    """The room a line needs on the line above is its first word and three characters:
    a line with no word needs room for three characters only. (The reader makes no
    blank line; the rule is pinned for one given by hand.)"""
    prev = line("x" * 50, 700, x1=472.0)  # 8 pt a character, 28 pt short of the margin
    assert not _continues(prev, line("", 688), M)
    full = line("x" * 50, 700, x0=80.0, x1=480.0)  # 20 pt short: less than 3 * 8 pt
    assert _continues(full, line("", 688), M)


def test_chinese_line_starts_a_paragraph_below_a_line_ending_short() -> None:
    """Under a line that ended 2.5 font sizes or more short of the margin, a line
    starting with a Chinese character starts a new paragraph; closer to the margin it
    goes on."""
    cur = line("\u7406\u4e8b\u4f1a\u51b3\u5b9a", 688)
    short = line("\u7406\u4e8b\u4f1a" * 10, 700, x1=470.0)  # 30 pt short
    assert not _continues(short, cur, M)
    close = line("\u7406\u4e8b\u4f1a" * 10, 700, x1=476.0)  # 24 pt short
    assert _continues(close, cur, M)


# -- joining lines ------------------------------------------------------------------------


def test_no_space_after_a_line_ending_in_a_chinese_character() -> None:
    """A line ending in a Chinese character is joined to the next without a space,
    whatever the line's first characters are."""
    text, starts = join([line("ITU\u7406\u4e8b\u4f1a", 700),
                         line("2020\u5e74\u4f1a\u8bae", 688)])
    assert text == "ITU\u7406\u4e8b\u4f1a2020\u5e74\u4f1a\u8bae"
    assert starts == [0, 6]


# -- footnotes ----------------------------------------------------------------------------


def _page_with_notes() -> list[Line]:
    """Two paragraphs (the first calls note 2) and three small lines at the foot: note
    2 on two lines, note 3 which the text does not call."""
    return [
        line("The Council noted the report2 and endorsed its conclusions in", 700),
        line("full.", 688, x1=100.0),
        line("It decided to act.", 660, x1=160.0),
        line("2 The report is Document C20/1,", 80, size=8.0, x1=200.0),
        line("which see.", 70, size=8.0, x1=120.0),
        line("3 Not called.", 60, size=8.0, x1=130.0),
    ]


def test_footnotes_are_the_small_lines_at_the_foot() -> None:
    """Smaller type under the text, the first line starting with a number: footnotes."""
    lines = _page_with_notes()
    body, foot = _footnotes(lines, M)
    assert [x.text for x in body] == [x.text for x in lines[:3]]
    assert [x.text for x in foot] == ["2 The report is Document C20/1,", "which see.",
                                      "3 Not called."]


def test_one_footnote_line() -> None:
    lines = [line("Text1 here.", 700, x1=150.0), line("1 The note.", 80, size=8.0)]
    body, foot = _footnotes(lines, M)
    assert [x.text for x in body] == ["Text1 here."]
    assert [x.text for x in foot] == ["1 The note."]


def test_small_lines_not_starting_with_a_number_are_body_text() -> None:
    lines = [line("Text here.", 700, x1=150.0), line("Source: ITU.", 80, size=8.0)]
    assert _footnotes(lines, M) == (lines, [])


def test_footnotes_attached_where_called_else_to_the_pages_last_paragraph() -> None:
    """A note goes to the paragraph whose text calls it (the call taken out of the
    text, its place kept); a note not called goes to the page's last paragraph. A
    footnote line without a number goes on the note above it."""
    paras = paragraphs([_page_with_notes()], M)
    assert [[x.text for x in p.lines] for p in paras] == [
        ["The Council noted the report and endorsed its conclusions in", "full."],
        ["It decided to act."],
    ]
    first, last = paras
    assert first.notes == [(first.lines[0], 28, "2", "The report is Document C20/1, which see.")]
    assert last.notes == [(None, 0, "3", "Not called.")]
    b = block(first, M)
    assert b.text == "The Council noted the report and endorsed its conclusions in full."
    assert b.notes == (Note(kind="footnote", id="2",
                            text="The report is Document C20/1, which see.", offset=28),)
    assert block(last, M).notes == (Note(kind="footnote", id="3", text="Not called.",
                                         offset=len("It decided to act.")),)


def test_notes_of_a_page_without_its_paragraphs_are_dropped() -> None:
    """A note finds no paragraph when none is on its page."""
    earlier = Paragraph([line("Text4 of page one.", 700, page=0)])
    _attach([earlier], [line("4 A note.", 80, page=1, size=8.0)], page=1)
    assert earlier.notes == []
    assert earlier.lines[0].text == "Text4 of page one."


def test_note_called_in_a_paragraph_from_the_page_before() -> None:
    """A paragraph that runs on from the page before is on this page too."""
    para = Paragraph([line("Text of page one and", 100, page=0),
                      line("text5 of page two.", 800, page=1, x1=200.0)])
    _attach([para], [line("5 A note.", 80, page=1, size=8.0)], page=1)
    assert para.notes == [(para.lines[1], 4, "5", "A note.")]
    assert para.lines[1].text == "text of page two."


# -- blocks -------------------------------------------------------------------------------

ARABIC = "\u0642\u0631\u0631 \u0627\u0644\u0645\u062c\u0644\u0633"


def test_right_to_left_paragraph_indented_from_the_right_margin() -> None:
    """A right-to-left paragraph whose lines all end a font size short of the margin of
    right-to-left lines is indented."""
    p = Paragraph([line(ARABIC, 700, x0=300.0, x1=490.0, rtl=True)])
    assert block(p, M).indented is True


def test_right_to_left_paragraph_at_the_margin_is_not_indented() -> None:
    p = Paragraph([line(ARABIC, 700, x0=300.0, x1=500.0, rtl=True)])
    assert block(p, M).indented is False


def test_right_to_left_label_near_the_margin_is_not_indented() -> None:
    """A label ("1.1<TAB>") hanging within two font sizes of the margin is not an
    indent."""
    p = Paragraph([line(f"1.1\t{ARABIC}", 700, x0=300.0, x1=490.0, rtl=True)])
    assert block(p, M).indented is False


def test_larger_short_line_is_a_heading() -> None:
    """Type more than 0.9 pt larger than the body's, in a short paragraph: a heading."""
    assert block(Paragraph([line("Introduction", 700, size=14.0)]), M).style == "Heading"
    assert block(Paragraph([line("Introduction", 700, size=10.9)]), M).style is None


def test_box_of_a_block_to_a_hundredth_of_a_point() -> None:
    """A block's box is its lines' extent, each coordinate rounded to 0.01 pt."""
    p = Paragraph([line("The Council decided", 700.1875, x0=72.1875, x1=498.1875)])
    # the line's box: 2 pt under its baseline, 8 pt over it
    assert block(p, M).loc.bbox == (72.19, 698.19, 498.19, 708.19)


def test_right_to_left_paragraph_at_the_indent_bound_is_not_indented() -> None:
    """A right-to-left paragraph is indented only when its lines end more than 0.8 font
    sizes short of the right-to-left margin (8 pt here: not indented)."""
    p = Paragraph([line(ARABIC, 700, x0=300.0, x1=492.0, rtl=True)])
    assert block(p, M).indented is False
    p = Paragraph([line(ARABIC, 700, x0=300.0, x1=491.5, rtl=True)])
    assert block(p, M).indented is True


def test_paragraph_starting_a_font_size_right_of_the_margin_is_indented() -> None:
    """A left-to-right paragraph whose first line starts more than 0.8 font sizes right
    of the left margin (here one font size) is indented."""
    p = Paragraph([line("The Council decided", 700, x0=82.0)])
    assert block(p, M).indented is True
    p = Paragraph([line("The Council decided", 700, x0=80.0)])  # 0.8 font sizes
    assert block(p, M).indented is False


def test_a_heading_is_shorter_than_two_hundred_characters() -> None:
    """Large type makes a heading only in a paragraph of fewer than 200 characters."""
    assert block(Paragraph([line("x" * 199, 700, size=14.0)]), M).style == "Heading"
    assert block(Paragraph([line("x" * 200, 700, size=14.0)]), M).style is None


# -- round 3 ------------------------------------------------------------------------------


def test_running_header_of_sixty_characters_is_dropped() -> None:
    """Only a line longer than 60 characters is never a running header: one of exactly
    60, repeated at the top of two later pages, is dropped."""
    header = "x" * 60
    pages = [[line(f"Body {n}.", 400, page=n)] + ([line(header, 800, page=n)] if n else [])
             for n in range(3)]
    out, dropped = drop_running(pages, [A4] * 3)
    assert [[x.text for x in lines] for lines in out] == [["Body 0."], ["Body 1."],
                                                          ["Body 2."]]
    assert dropped == [header, header]


def test_pieces_side_by_side_in_either_order_are_cells_only_when_apart() -> None:
    """Two lines at one height are cells only if more than a font size (10 pt) apart,
    whichever PDFium gives first: 5 pt apart, the second left of the first, they are
    not."""
    right = line("right", 700, x0=300.0, x1=400.0)
    left = line("left", 700, x0=72.0, x1=295.0)
    paragraphs([[right, left]], M)
    assert (right.cell, left.cell) == (False, False)


def test_short_piece_beside_a_tall_one_is_a_cell_by_its_own_height() -> None:
    """Lines side by side are cells when their heights overlap by more than half the
    lower line's height: a 6 pt high piece wholly beside a 20 pt high one is."""
    tall = Line("tall", 0, 72.0, 700.0, 200.0, 720.0, 10.0, False, False, base=702.0)
    short = Line("short", 0, 300.0, 700.0, 400.0, 706.0, 10.0, False, False, base=702.0)
    paragraphs([[tall, short]], M)
    assert (tall.cell, short.cell) == (True, True)


def test_page_break_after_a_full_stop_ends_the_paragraph() -> None:
    """A line at the top of the next page after a line that ran to the margin and
    ended with a full stop starts a new paragraph."""
    prev = line("The Council approved the report.", 100, page=0, x1=500.0)
    cur = line("Next paragraph", 800, page=1)
    assert _continues(prev, cur, M) is False


def test_footnote_in_type_exactly_the_bound_smaller_is_body_text() -> None:
    """Footnote type is smaller than 0.92 of the body size: lines of exactly 0.92 of it
    (23 pt with 25 pt text; 25 * 0.92 == 23.0 in floating point) are body text."""
    m = Metrics(size=25.0, pitch=1.2, left=72.0, right=500.0, rtl_right=500.0, low=72.0)
    lines = [line("Text1 here.", 700, size=25.0), line("1 The note.", 80, size=23.0)]
    assert _footnotes(lines, m) == (lines, [])


def test_note_not_called_does_not_stop_the_notes_after_it() -> None:
    """A note the text does not call goes to the page's last paragraph, and the notes
    after it are still attached where they are called."""
    para = Paragraph([line("The text7 here.", 700, x1=200.0)])
    _attach([para], [line("6 Not called.", 80, size=8.0),
                     line("7 Called.", 70, size=8.0)], page=0)
    assert para.notes == [(None, 0, "6", "Not called."), (para.lines[0], 8, "7", "Called.")]
    assert para.lines[0].text == "The text here."


def test_soft_hyphen_at_a_lines_end_is_dropped_alone() -> None:
    """A soft hyphen ending a line is taken out, and only it: "Vice\\u00ad" + "Chairman"
    is "ViceChairman"."""
    text, starts = join([line("Vice\u00ad", 700), line("Chairman", 688)])
    assert (text, starts) == ("ViceChairman", [0, 4])


# -- round 4 ------------------------------------------------------------------------------


def test_page_number_in_the_last_three_lines_of_a_long_page_is_dropped() -> None:
    """The last three lines of every page are looked at for a running footer: a bare
    page number at the foot of a seven-line page is dropped."""
    pages = [[*(line(f"Body line {k} of page {n + 1}.", 700 - 12 * k, page=n)
                for k in range(6)), line(str(n + 1), 60, page=n)] for n in range(2)]
    out, dropped = drop_running(pages, [A4] * 2)
    assert [len(x) for x in out] == [6, 6]
    assert dropped == ["1", "2"]


def test_baselines_one_point_apart_give_the_pitch() -> None:
    """Any positive step between two baselines of one size under 2.5 sizes is a pitch:
    1 pt between 8 pt lines is 0.125 font sizes (exact in binary)."""
    m = metrics([[line("a", 700, size=8.0), line("b", 699, size=8.0)]])
    assert m.pitch == 0.125


def test_side_by_side_lines_are_looked_for_among_the_next_three() -> None:
    """A line is paired as a table cell only with the three lines PDFium gives after it:
    a piece at the same height four lines later is not made a cell."""
    lines = [line("Item", 700, x1=100.0), line("Body one.", 688), line("Body two.", 676),
             line("Body three.", 664), line("C24/1", 700, x0=400.0, x1=450.0)]
    paragraphs([lines], M)
    assert [x.cell for x in lines] == [False] * 5


def test_room_exactly_for_the_next_word_ends_the_paragraph() -> None:
    """A line that ended with room for the next line's first word and three more
    characters ends its paragraph: 100 characters over 400 pt are 4 pt each, room
    500 - 472 = 28 pt is (4 + 3) * 4, so "word" starts a new paragraph."""
    prev = line("x" * 100, 400, x0=72.0, x1=472.0)
    assert not _continues(prev, line("word rest", 388), M)
    assert _continues(prev, line("words rest", 388), M)  # 32 pt needed: it goes on


def test_footnote_line_starting_with_the_notes_own_number_continues_it() -> None:
    """A footnote's next line that starts with the same number ("1 July") is more of
    that note, not a new one."""
    out = [Paragraph([line("Body text.", 400)])]
    foot = [line("1 Adopted at the session of", 100, size=8.0),
            line("1 July 2020.", 90, size=8.0)]
    _attach(out, foot, 0)
    assert out[0].notes == [(None, 0, "1", "Adopted at the session of 1 July 2020.")]
