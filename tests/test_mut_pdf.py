"""The PDF reader's line making (``PageReader``) on a stand-in for PDFium whose
characters have hand-placed boxes (font size 10: pieces of a line part beyond a 12 pt
gap; a printed line sits more than 2 pt above or below another), and the reader's typed
errors: the source named, a password told apart from damage, the line limit. Expected
values are written from the rules, not from the reader's output."""

from __future__ import annotations

from pathlib import Path

import pytest

import itudocs
from itudocs.readers.pdflines import Line, PageReader

from .pdfium_standin import TP, Char, FakePdfium

PDF_DIR = Path(__file__).resolve().parent / "renderings" / "pdf"


def chars(text: str, x: float, bottom: float, width: float = 5.0) -> list[Char]:
    """Characters drawn left to right from ``x``, each ``width`` wide and 10 pt high."""
    return [Char(ch, x + k * width, x + (k + 1) * width, bottom, bottom + 10.0)
            for k, ch in enumerate(text)]


def rtl_chars(text: str, right: float, bottom: float = 0.0) -> list[Char]:
    """Right-to-left letters in logical order, drawn leftwards from ``right``."""
    return [Char(ch, right - (k + 1) * 5.0, right - k * 5.0, bottom, bottom + 10.0)
            for k, ch in enumerate(text)]


def _read(fake: FakePdfium, page: int = 0) -> list[Line]:
    text = "".join(c.ch for c in fake.chars)
    return PageReader(fake).lines(TP, text, page)


def _boxes(lines: list[Line]) -> list[tuple[str, float, float, float, float, bool]]:
    return [(x.text, x.x0, x.y0, x.x1, x.y1, x.cell) for x in lines]


# -- lines and pieces ---------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_line_read_from_its_own_characters(newline: str) -> None:
    """After a line break (one or two characters) the next line starts right after it."""
    breaks = [Char(ch, 0.0, 0.0, 0.0, 0.0) for ch in newline]
    page = [*rtl_chars("بت", 100), *breaks, *rtl_chars("ثج", 100, -20),
            *breaks, *rtl_chars("حخ", 100, -40)]
    assert [x.text for x in _read(FakePdfium(page))] == ["بت", "ثج", "حخ"]


def test_printed_line_just_above_is_split_off() -> None:
    """PDFium may give two printed lines as one: a rectangle whose bottom is above the
    row's top less 0.2 font sizes (here 1 pt above it) starts a line of its own."""
    page = [*chars("first part", 72, 100), Char(" ", 122, 125, 100, 110),
            *chars("second part", 72, 111)]
    lines = _read(FakePdfium(page, runs=[(0, 10), (11, 22)]))
    assert _boxes(lines) == [("first part", 72, 100, 122, 110, False),
                             ("second part", 72, 111, 127, 121, False)]


def test_line_split_off_below_keeps_its_own_height() -> None:
    """After a split the new row is measured by its own bottom and top: a rectangle
    beside it at the same height stays on it."""
    page = [*chars("Heading", 72, 100), Char(" ", 107, 110, 100, 110),
            *chars("left", 72, 80), Char(" ", 92, 97, 80, 90), *chars("right", 97, 80)]
    lines = _read(FakePdfium(page, runs=[(0, 7), (8, 12), (13, 18)]))
    assert _boxes(lines) == [("Heading", 72, 100, 107, 110, False),
                             ("left right", 72, 80, 122, 90, False)]


def test_pieces_standing_apart_are_cells() -> None:
    """Two pieces of a line far apart ("PL 1.5" and the document symbol) are two
    lines, each a table cell."""
    page = [*chars("PL 1.5", 72, 700), Char(" ", 102, 105, 700, 710),
            *chars("Document C20/57-E", 400, 700)]
    lines = _read(FakePdfium(page, runs=[(0, 6), (7, 24)]))
    assert _boxes(lines) == [("PL 1.5", 72, 700, 102, 710, True),
                             ("Document C20/57-E", 400, 700, 485, 710, True)]


def test_blank_piece_between_pieces_is_skipped() -> None:
    """A piece of spaces only (a blank drawn apart, a form field) is no line, and the
    pieces after it are still read."""
    page = [*chars("Name", 72, 700), *chars("   ", 200, 700), *chars("C20/57", 400, 700)]
    lines = _read(FakePdfium(page, runs=[(0, 4), (4, 7), (7, 13)]))
    assert _boxes(lines) == [("Name", 72, 700, 92, 710, True),
                             ("C20/57", 400, 700, 430, 710, True)]


# -- bold ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("font", "weight", "bold"), [
    ("Arial", 600, True),  # semibold counts as bold
    ("Arial", 599, False),
    ("Arial-BoldMT", 400, True),  # "Bold" in the name, whatever its case
    ("TIMESBOLD", 400, True),
])  # (font names as str: mutmut collects with raw ids, where bytes break the id)
def test_bold_by_weight_or_name(font: str, weight: int, bold: bool) -> None:
    fake = FakePdfium(chars("Text", 72, 700), runs=[(0, 4)], font=font.encode(),
                      weights={0: weight})
    (line,) = _read(fake)
    assert line.bold is bold


def test_a_fonts_weight_is_asked_once_per_document() -> None:
    """A font's boldness is read from its first character and kept for all its text
    (one PDFium call per font, not per line)."""
    page = [*chars("Bold title", 72, 700), Char("\n", 0, 0, 0, 0),
            *chars("More of it", 72, 680)]
    fake = FakePdfium(page, runs=[(0, 10), (11, 21)], weights={0: 700})
    assert [x.bold for x in _read(fake)] == [True, True]
    assert fake.weight_calls == 1


# -- typed errors -------------------------------------------------------------------------


def test_not_a_pdf_names_its_source() -> None:
    from itudocs.readers.pdf import read_pdf
    with pytest.raises(itudocs.NotAPdfError) as info:
        read_pdf(b"hello, world", source="memo.pdf")
    assert info.value.source == "memo.pdf"
    assert str(info.value) == "memo.pdf: the file is not a PDF (no %PDF- signature)"


@pytest.mark.parametrize("code", [4, 5])  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
def test_password_error_from_pdfium_is_encrypted(monkeypatch: pytest.MonkeyPatch,
                                                 code: int) -> None:
    """PDFium's password or security error code makes the ``encrypted`` error."""
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf

    def refuse(data: bytes) -> None:
        raise pypdfium2.PdfiumError("Failed to load document", err_code=code)

    monkeypatch.setattr(pypdfium2, "PdfDocument", refuse)
    with pytest.raises(itudocs.EncryptedDocumentError, match="password") as info:
        read_pdf(b"%PDF-1.7\n", source="locked.pdf")
    assert info.value.source == "locked.pdf"


def test_damaged_pdf_message_says_pdfium_cannot_open_it() -> None:
    pytest.importorskip("pypdfium2")
    with pytest.raises(itudocs.CorruptPdfError) as info:
        itudocs.parse(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    assert "PDFium cannot open the PDF" in str(info.value)


def test_line_limit_message() -> None:
    pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf
    data = (PDF_DIR / "letter-en.pdf").read_bytes()
    with pytest.raises(itudocs.LimitExceededError) as info:
        read_pdf(data, itudocs.Limits(max_paragraphs=3), source="letter.pdf")
    assert str(info.value) == "letter.pdf: the PDF has more than 3 lines"


def test_pieces_exactly_the_widest_space_apart_stay_one_line() -> None:
    """Two pieces of a line part only where the space between them is wider than 1.2
    font sizes: at exactly 12 pt (10 pt type) they are one line, not two cells."""
    page = [*chars("Name", 72, 700), Char(" ", 92, 104, 700, 710), *chars("C20", 104, 700)]
    lines = _read(FakePdfium(page, runs=[(0, 4), (5, 8)]))
    assert _boxes(lines) == [("Name C20", 72, 700, 119, 710, False)]


# -- the document: pages, limits and warnings ---------------------------------------------


class _BrokenDoc:
    """A document of one page whose page cannot be had (a damaged page tree)."""

    def __len__(self) -> int:
        return 1

    def __getitem__(self, n: int) -> object:
        raise ValueError("damaged page tree")


def test_page_that_cannot_be_read_is_named() -> None:
    from itudocs.limits import DEFAULT_LIMITS
    from itudocs.readers.pdf import _read
    with pytest.raises(itudocs.CorruptPdfError) as info:
        _read(_BrokenDoc(), None, DEFAULT_LIMITS, "broken.pdf")
    assert str(info.value) == "broken.pdf: page 1 cannot be read (damaged page tree)"


def test_document_without_pages_is_corrupt() -> None:
    """PDFium refuses a PDF of no pages; a document that still counts none is corrupt."""
    from itudocs.limits import DEFAULT_LIMITS
    from itudocs.readers.pdf import _read
    with pytest.raises(itudocs.CorruptPdfError) as info:
        _read([], None, DEFAULT_LIMITS, "none.pdf")
    assert str(info.value) == "none.pdf: the PDF has no pages"


def test_page_object_limit_names_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf
    monkeypatch.setattr(pypdfium2.raw, "FPDFPage_CountObjects", lambda page: 50)
    data = (PDF_DIR / "letter-en.pdf").read_bytes()
    with pytest.raises(itudocs.LimitExceededError) as info:
        read_pdf(data, itudocs.Limits(max_page_objects=49), source="letter.pdf")
    assert str(info.value) == "letter.pdf: page 1 has 50 objects (limit 49)"


def test_text_page_pdfium_counts_no_characters_on_is_without_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A page whose characters PDFium cannot count (-1, an error) is read as a page
    without text: its lines are not looked for."""
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf
    monkeypatch.setattr(pypdfium2.raw, "FPDFText_CountChars", lambda textpage: -1)
    data = (PDF_DIR / "letter-en.pdf").read_bytes()
    with pytest.raises(itudocs.NoTextLayerError):
        read_pdf(data, source="letter.pdf")


def test_pages_without_text_are_listed_in_a_warning() -> None:
    """Blank pages in a PDF with text elsewhere are named, one-based, in one warning."""
    import io
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf
    doc = pypdfium2.PdfDocument((PDF_DIR / "letter-en.pdf").read_bytes())  # one page
    doc.new_page(595.0, 842.0)
    doc.new_page(595.0, 842.0)
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    (warning,) = read_pdf(buf.getvalue()).warnings
    assert warning.code == "pdf-page-without-text"
    assert warning.message == ("2 of 3 pages have no text (a scan or images; itudocs does "
                               "not do OCR): pages 2, 3")


# -- round 3 ------------------------------------------------------------------------------


def test_printed_line_just_below_a_grown_row_is_split_off() -> None:
    """A rectangle whose top is less than 0.2 font sizes (here 1 pt) above the row's
    bottom is a printed line below it, split off; the row's bottom is its lowest
    rectangle's bottom (700), after a second rectangle beside the first joined it."""
    page = [*chars("left", 72, 700), Char(" ", 92, 97, 700, 710), *chars("right", 97, 700),
            Char(" ", 122, 125, 700, 710), *chars("below", 72, 691)]
    lines = _read(FakePdfium(page, runs=[(0, 4), (5, 10), (11, 16)]))
    assert _boxes(lines) == [("left right", 72, 700, 122, 710, False),
                             ("below", 72, 691, 97, 701, False)]


def test_lone_label_keeps_the_lines_font() -> None:
    """A label whose text piece is blank (NUL characters only) is a line by itself, in
    the line's font: bold here."""
    page = [*chars("1", 72, 700), *chars("\x00\x00", 200, 700)]
    (only,) = _read(FakePdfium(page, runs=[(0, 1), (1, 3)], font=b"Arial-Bold"))
    assert (only.text, only.bold, only.cell) == ("1", True, False)
    assert (only.x0, only.y0, only.x1, only.y1) == (72, 700, 77, 710)


def test_label_text_and_symbol_are_one_row_of_cells() -> None:
    """A label, its text and a third piece far apart are a table row ("1", title,
    "C19/1"): the label joins its text with a TAB and both lines are cells."""
    page = [*chars("1", 72, 700), Char(" ", 77, 100, 700, 710), *chars("Title", 100, 700),
            Char(" ", 125, 300, 700, 710), *chars("C19/1", 300, 700)]
    lines = _read(FakePdfium(page, runs=[(0, 1), (2, 7), (8, 13)]))
    assert _boxes(lines) == [("1\tTitle", 72, 700, 125, 710, True),
                             ("C19/1", 300, 700, 325, 710, True)]


def test_wrong_password_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """The password error tells what to do."""
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf

    def refuse(data: bytes) -> None:
        raise pypdfium2.PdfiumError("Failed to load document", err_code=4)

    monkeypatch.setattr(pypdfium2, "PdfDocument", refuse)
    with pytest.raises(itudocs.EncryptedDocumentError) as info:
        read_pdf(b"%PDF-1.7\n", source="locked.pdf")
    assert str(info.value) == ("locked.pdf: the PDF is password-protected; open it with the "
                               "password and save a copy without one")


def test_page_of_one_character_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page PDFium counts one character on has text: it is read."""
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf
    monkeypatch.setattr(pypdfium2.raw, "FPDFText_CountChars", lambda textpage: 1)
    data = (PDF_DIR / "letter-en.pdf").read_bytes()
    assert read_pdf(data).blocks  # NoTextLayerError if the page were taken as blank


@pytest.mark.parametrize(("blank", "tail"), [(20, ""), (21, " ...")])
def test_warning_names_twenty_pages_without_text_at_most(blank: int, tail: str) -> None:
    """The warning lists the first 20 pages without text, and " ..." only when there
    are more than 20."""
    import io
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf
    doc = pypdfium2.PdfDocument((PDF_DIR / "letter-en.pdf").read_bytes())  # one page
    for _ in range(blank):
        doc.new_page(595.0, 842.0)
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    (warning,) = read_pdf(buf.getvalue()).warnings
    pages = ", ".join(str(n) for n in range(2, 22))
    assert warning.message == (f"{blank} of {blank + 1} pages have no text (a scan or "
                               f"images; itudocs does not do OCR): pages {pages}{tail}")


# -- round 4 ------------------------------------------------------------------------------


def test_missing_pypdfium2_message_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pypdfium2 the error says what to install, word for word."""
    import sys
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import fails
    with pytest.raises(itudocs.MissingDependencyError) as info:
        itudocs.parse(PDF_DIR / "letter-en.pdf")
    assert "reading PDF needs the pypdfium2 package: pip install 'itudocs[pdf]'" \
        in str(info.value)


def test_pdf_without_any_text_message() -> None:
    """A PDF none of whose pages has text says so and that itudocs does not do OCR."""
    import io
    pypdfium2 = pytest.importorskip("pypdfium2")
    from itudocs.readers.pdf import read_pdf
    doc = pypdfium2.PdfDocument.new()
    doc.new_page(595.0, 842.0)
    doc.new_page(595.0, 842.0)
    buf = io.BytesIO()
    doc.save(buf)
    doc.close()
    with pytest.raises(itudocs.NoTextLayerError) as info:
        read_pdf(buf.getvalue(), source="scan.pdf")
    assert str(info.value) == ("scan.pdf: no page of the PDF has text (2 pages): a scan or "
                               "images only; itudocs does not do OCR")


def test_three_printed_lines_in_one_line_of_pdfiums_text() -> None:
    """Each printed line PDFium ran together ends where the next one starts: the middle
    one of three keeps its own text."""
    page = [*chars("one", 72, 100), Char(" ", 87, 90, 100, 110),
            *chars("two", 72, 111), Char(" ", 87, 90, 111, 121),
            *chars("six", 72, 122)]
    lines = _read(FakePdfium(page, runs=[(0, 3), (4, 7), (8, 11)]))
    assert [x.text for x in lines] == ["one", "two", "six"]


def test_printed_line_split_at_a_space_is_measured_from_its_first_letter() -> None:
    """A printed line split off at a leading space starts at its first letter: its
    baseline is that letter's (the stand-in puts it 2 pt above the bottom: 111 + 2)."""
    page = [*chars("first", 72, 100), Char(" ", 67, 72, 111, 121), *chars("second", 72, 111)]
    lines = _read(FakePdfium(page, runs=[(0, 5), (5, 12)]))
    assert [(x.text, x.base) for x in lines] == [("first", 102.0), ("second", 113.0)]


def test_split_index_is_the_narrow_first_characters_own() -> None:
    """The character at a rectangle's left end is looked up half a point inside it: a
    1 pt wide "(" starting the next printed line stays on that line."""
    page = [*chars("first", 72, 100), Char(" ", 97, 100, 100, 110),
            Char("(", 72, 73, 111, 121), *chars("b)", 73, 111)]
    lines = _read(FakePdfium(page, runs=[(0, 5), (6, 9)]))
    assert [x.text for x in lines] == ["first", "(b)"]


def test_left_to_right_line_on_a_right_to_left_page_is_split_by_its_rectangles() -> None:
    """Only lines holding right-to-left letters are rebuilt from their glyphs: a Latin
    line of the same page still has two printed lines PDFium ran together split."""
    page = [*rtl_chars("بت", 300, 200), Char("\n", 0.0, 0.0, 0.0, 0.0),
            *chars("first part", 72, 100), Char(" ", 122, 125, 100, 110),
            *chars("second part", 72, 111)]
    lines = _read(FakePdfium(page, runs=[(0, 2), (3, 13), (14, 25)]))
    assert [x.text for x in lines] == ["بت", "first part", "second part"]
