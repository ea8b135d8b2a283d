"""The reordering rules of ``itudocs.readers.pdfbidi`` one at a time, on glyphs laid out
by hand: character classes, clusters (ligatures, combining marks), left-to-right lines
holding right-to-left words, the runs of a right-to-left line, bracket pairing and the
right-to-left test of a line. Expected values are written from the rules as the module
states them, not from its output."""

from __future__ import annotations

import pytest

from itudocs.readers.pdfbidi import (
    Glyph,
    _kind,
    _ligature,
    balance,
    clusters,
    is_rtl,
    logical,
    paragraph_marks,
)

LAM, ALEF, ALEF_HAMZA, BEH = "\u0644", "\u0627", "\u0623", "\u0628"
FATHA, KASRA = "\u064e", "\u0650"


def _glyphs(visual: str) -> list[Glyph]:
    return [Glyph(ch, k * 5.0, k * 5.0 + 4.5) for k, ch in enumerate(visual)]


@pytest.mark.parametrize(("ch", "kind"), [
    ("ب", "R"), ("\u05d0", "R"), ("\u065f", "R"), ("\u066a", "R"), ("\u06ef", "R"),
    ("\u06fa", "R"),
    ("\u0660", "N"), ("\u0665", "N"), ("\u0669", "N"), ("\u06f0", "N"), ("\u06f5", "N"),
    ("\u06f9", "N"), ("7", "N"),
    ("a", "L"), ("é", "L"), ("Z", "L"),
    ("-", "O"), (" ", "O"), ("(", "O"), (".", "O"),
])
def test_character_kinds(ch: str, kind: str) -> None:
    assert _kind(ch) == kind


@pytest.mark.parametrize(("visual", "want"), [
    ("\u0662\u0661 ب", "ب \u0662\u0661"),  # Arabic-Indic digits are a number, not letters
    ("\u0660\u0669 ب", "ب \u0660\u0669"),
    ("\u06f2\u06f1 ب", "ب \u06f2\u06f1"),  # extended Arabic-Indic digits too
    ("\u06f0\u06f9 ب", "ب \u06f0\u06f9"),
    ("1..2", "2..1"),  # a joiner joins two digits only when it stands alone between them
    ("2-a", "2-a"),  # a separator before a Latin letter stays in the word
    ("a 1 2", "a 1 2"),  # a Latin word takes the numbers after it, however many
    ("ب WG CP 1 ت", "ت WG CP 1 ب"),
])
def test_right_to_left_line_runs(visual: str, want: str) -> None:
    assert logical(_glyphs(visual), rtl=True) == want


@pytest.mark.parametrize(("visual", "want"), [
    ("abc", "abc"),
    ("see مالس here", "see سلام here"),
    ("see مالس", "see سلام"),  # a right-to-left word at the end of the line
    ("x مكيلع مالس y", "x سلام عليكم y"),  # words across a space read back as one
    ("ب)ت", "ت(ب"),  # brackets inside such words mirrored
    ("ب..ت", "ت..ب"),  # up to two others between right-to-left letters stay in
    ("ب...ت", "ب...ت"),  # three do not: two words of one letter each
    ("بت...a", "تب...a"),
    ("تبa", "بتa"),  # a Latin letter ends the word
    ("تبaث", "بتaث"),
    ("aمالس", "aسلام"),
    ("a تب", "a بت"),
])
def test_left_to_right_line_with_right_to_left_words(visual: str, want: str) -> None:
    assert logical(_glyphs(visual), rtl=False) == want


def test_clusters_sorted_by_middle() -> None:
    glyphs = [Glyph("b", 10, 12), Glyph("a", 0, 20)]  # middles 11 and 10
    assert [g.text for g in clusters(glyphs)] == ["a", "b"]


def test_cluster_of_glyphs_sharing_a_box_is_one_ligature() -> None:
    lig = clusters([Glyph("x", 0, 4), Glyph(ALEF, 10, 15), Glyph(LAM, 10.005, 15.005)])
    assert lig == [Glyph("x", 0, 4), Glyph(LAM + ALEF, 10.005, 15.005)]
    third = clusters([Glyph("x", 0, 4), Glyph("y", 5, 9), Glyph(ALEF, 10, 15),
                      Glyph(LAM, 10, 15)])
    assert [g.text for g in third] == ["x", "y", LAM + ALEF]


@pytest.mark.parametrize("glyphs", [
    [Glyph("a", 0, 5), Glyph("b", 0.01, 5)],  # boxes 0.01 apart are two glyphs
    [Glyph("a", 0, 0.01), Glyph("b", 0, 0.02)],
    [Glyph("a", 0, 5), Glyph("b", 0.5, 5)],
    [Glyph("a", 0, 5), Glyph("b", 0, 5.5)],
])
def test_glyphs_in_different_boxes_stay_apart(glyphs: list[Glyph]) -> None:
    assert [g.text for g in clusters(glyphs)] == ["a", "b"]


def test_marks_without_letters() -> None:
    assert [g.text for g in clusters([Glyph(FATHA, 0, 2), Glyph(KASRA, 3, 5)])] == [
        FATHA + KASRA]


@pytest.mark.parametrize(("letters", "mark", "owner"), [
    # inside a wide box, though another letter's middle is nearer
    ([(0, 20), (20.5, 22)], (18, 19), 0),
    ([(0, 20), (20.1, 20.5)], (19.6, 20), 0),
    # a mark on a box's left edge belongs to it
    ([(0, 10), (10.5, 30)], (10, 11), 1),
    # a mark on a box's right edge belongs to it
    ([(0, 10), (10.2, 11)], (9.5, 10.5), 0),
    # outside every box: the letter whose middle is nearest
    ([(0, 4), (10, 14)], (8, 9), 1),
    ([(30, 34), (40, 44)], (36, 37), 0),
])
def test_mark_joins_its_letter(letters: list[tuple[float, float]],
                               mark: tuple[float, float], owner: int) -> None:
    glyphs = [Glyph(ch, a, b) for ch, (a, b) in zip("pq", letters, strict=True)]
    out = clusters([*glyphs, Glyph(FATHA, *mark)])
    want = ["p", "q"]
    want[owner] += FATHA
    assert [g.text for g in out] == want


@pytest.mark.parametrize(("text", "want"), [
    (ALEF + LAM, LAM + ALEF),
    (ALEF_HAMZA + LAM, LAM + ALEF_HAMZA),
    (LAM + ALEF, LAM + ALEF),
    (LAM + LAM, LAM + LAM),
    (ALEF + ALEF_HAMZA, ALEF + ALEF_HAMZA),  # no lam
    (ALEF, ALEF),
    (BEH + LAM, BEH + LAM),  # not an alef
    (ALEF + LAM + ALEF, ALEF + LAM + ALEF),  # three letters
])
def test_lam_alef_ligature_order(text: str, want: str) -> None:
    assert _ligature(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("نص ((أ)) نص", "نص ((أ)) نص"),  # nested pairs are pairs
    ("نص (()( نص", "نص ()() نص"),  # unpaired: read as pairs, open then close
    ("»نص", "«نص"),
    ("X»", "X»"),
    ("نص«X", "نص«X"),
    ("نص X", "نص X"),
    ("", ""),
    ("  ", "  "),
])
def test_paragraph_brackets_and_guillemets(text: str, want: str) -> None:
    assert paragraph_marks(text) == want


@pytest.mark.parametrize(("text", "rtl"), [
    ("abc", False), ("123", False), ("", False),
    ("ab بت", True),  # half the letters
    ("abc بت", False),  # fewer than half
    ("بت", True),
])
def test_is_rtl(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl


@pytest.mark.parametrize(("text", "want"), [
    (")C-2001(", "(C-2001)"),  # a pair drawn mirrored
    (")(", "()"),
    ("(a) )b(", "(a) (b)"),
    ("(a)", "(a)"),
    ("]x[ }y{ »z«", "[x] {y} «z»"),
    ("no brackets", "no brackets"),
])
def test_balance_turns_mirrored_pairs(text: str, want: str) -> None:
    assert balance(text) == want
