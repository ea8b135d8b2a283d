"""Lines with right-to-left letters (``PageReader._glyph_line``), the trimming of a
piece's spaces and the spaces PDFium makes up in Chinese text, read from a stand-in for
PDFium that holds characters with hand-placed boxes (font size 10: pieces part beyond a
12 pt gap, words beyond 3.5 pt)."""

from __future__ import annotations

import pytest

from itudocs.readers.pdfbidi import Glyph
from itudocs.readers.pdflines import Line, PageReader, _trim

from .pdfium_standin import TP, Char, FakePdfium


def _read(chars: list[Char], page: int = 3) -> list[Line]:
    text = "".join(c.ch for c in chars)
    return PageReader(FakePdfium(chars)).lines(TP, text, page)


def _texts(chars: list[Char]) -> list[str]:
    return [line.text for line in _read(chars)]


def _word(letters: str, right: float, width: float = 5.0) -> list[Char]:
    """Right-to-left letters in logical order, drawn leftwards from ``right``."""
    return [Char(ch, right - (k + 1) * width, right - k * width)
            for k, ch in enumerate(letters)]


def test_right_to_left_line_box_and_baseline() -> None:
    chars = [Char("س", 15, 20, 1.0, 11.0), *_word("لام", 15)]
    (line,) = _read(chars, page=7)
    assert line == Line("سلام", 7, 0.0, 0.0, 20.0, 11.0, 10.0, False, True, False, 3.0)


def test_line_height_from_every_glyph() -> None:
    low_first = [Char("ب", 5, 10, 0.0, 5.0), Char("ت", 0, 5, 6.0, 12.0),
                 Char("ث", -5, 0, 6.0, 11.0)]
    (line,) = _read(low_first)
    assert (line.y0, line.y1) == (0.0, 12.0)
    (line,) = _read([Char("ب", 5, 10, 2.0, 10.0), Char("ت", 0, 5, 1.0, 9.0)])
    assert (line.y0, line.y1) == (1.0, 10.0)


@pytest.mark.parametrize(("space", "text"), [
    (Char(" ", 15, 15.2), "باتا"),  # a zero-width space inside a word is no space
    (Char(" ", 15, 15.5), "با تا"),  # half a point wide is a space
    (Char(" ", 15, 16), "با تا"),
    (Char(" ", 15, 16, generated=True), "باتا"),  # one PDFium made up is not
])
def test_space_glyphs(space: Char, text: str) -> None:
    right = space.right
    chars = [*_word("با", right + 10), space, *_word("تا", space.left)]
    assert _texts(chars) == [text]


def test_hyphen_mark_and_skipped_characters() -> None:
    assert _texts([Char("ب", 5, 10), Char("\ufffe", 0, 5)]) == ["ب-"]
    assert _texts([Char("ب", 5, 10), Char("\x00", 5, 5), Char("ت", 0, 5)]) == ["بت"]
    assert _texts([Char("ب", 20, 25), Char(" ", 15, 20), Char("X", 10, 15)]) == ["ب X"]


def test_only_spaces_and_a_lone_label() -> None:
    assert _read([Char("ب", 0, 0.1, generated=True), Char(" ", 0, 5)]) == []
    assert _texts([Char("\u0661", 0, 5)]) == ["\u0661"]


@pytest.mark.parametrize(("gap", "texts"), [
    (12.0, ["با تا"]),  # 12 pt apart: still one line, with a space
    (12.5, ["با", "تا"]),  # beyond: two pieces, right-most first
    (3.5, ["باتا"]),  # 3.5 pt apart: no space
    (3.6, ["با تا"]),
])
def test_gaps_between_words(gap: float, texts: list[str]) -> None:
    chars = [*_word("با", 50), *_word("تا", 40 - gap)]
    lines = _read(chars)
    assert [line.text for line in lines] == texts
    assert [line.cell for line in lines] == [len(texts) > 1] * len(texts)


def test_piece_gap_measured_from_the_last_letter_not_a_wide_space() -> None:
    chars = [*_word("بت", 40), Char(" ", 15, 30), Char("ث", 10, 15)]
    # 15 pt from "ت" to "ث": two pieces, though the space ends where "ث" starts
    assert _texts(chars) == ["بت", "ث"]


def test_leading_space_glyph() -> None:
    assert _texts([Char(" ", 0, 3), Char("ب", 20, 25)]) == ["ب"]


def test_two_latin_letters_alone_read_left_to_right() -> None:
    chars = [*_word("بتث", 60), Char("A", 10, 15), Char("B", 15, 20), Char("-", 20, 25)]
    assert _texts(chars) == ["بتث", "AB-"]


def test_mostly_latin_line_stays_left_to_right() -> None:
    chars = [Char(ch, k * 5.0, k * 5.0 + 5) for k, ch in enumerate("Hello ")]
    chars.append(Char("ب", 30, 35))
    (line,) = _read(chars)
    assert (line.text, line.rtl) == ("Hello ب", False)


def test_label_bracket_turned_and_joined_with_a_tab() -> None:
    chars = [Char("2", 55, 60), Char("(", 50, 55), *_word("بند", 30)]
    (line,) = _read(chars, page=4)
    assert (line.text, line.page, line.x0, line.x1, line.cell) == ("2)\tبند", 4, 15, 60,
                                                                    False)


@pytest.mark.parametrize(("texts", "kept"), [
    (" a ", "a"), ("  ", ""), ("", ""), (" ab", "ab"), ("ab  ", "ab"), (" ", ""),
    ("abc ", "abc"), ("a b", "a b"),
])
def test_trim(texts: str, kept: str) -> None:
    glyphs = [Glyph(ch, k, k + 1) for k, ch in enumerate(texts)]
    assert "".join(g.text for g in _trim(glyphs)) == kept


@pytest.mark.parametrize(("text", "want"), [
    ("理 2", "理\x002"), ("2 理", "2\x00理"), (" 理", " 理"), ("理 ", "理 "),
    ("文件 C20/57-C", "文件 C20/57-C"), ("a b", "a b"),
])
def test_made_up_spaces_beside_chinese(text: str, want: str) -> None:
    fake = FakePdfium([Char(ch, 0, 1, generated=ch == " ") for ch in text])
    assert PageReader(fake)._cjk_spaces(TP, text, 0) == want


def test_typed_space_beside_chinese_stays() -> None:
    fake = FakePdfium([Char(ch, 0, 1) for ch in "理 2"])
    assert PageReader(fake)._cjk_spaces(TP, "理 2", 0) == "理 2"


def test_space_drawn_left_of_every_letter() -> None:
    # PDFium's order "ب", " ", "ت"; the space's box is the left-most
    chars = [Char("ب", 20, 25), Char(" ", 0, 3), Char("ت", 10, 15)]
    assert _texts(chars) == ["ب ت"]


def test_word_gap_after_a_one_letter_word() -> None:
    chars = [*_word("با", 30), Char("ت", 10, 15)]  # 5 pt apart: a space
    assert _texts(chars) == ["با ت"]


def test_label_bracket_drawn_unmirrored_is_turned() -> None:
    chars = [Char(")", 50, 55), Char("2", 55, 60), *_word("بند", 30)]
    assert _texts(chars) == ["2)\tبند"]
