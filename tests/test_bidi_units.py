"""pdftotext's right-to-left lines (``itudocs.readers.bidi``) piece by piece: the
left-to-right islands of a stretch and their brackets, the cutting of a line into its
embeddings, and the space a stretch brings along. Expected values written by hand."""

from __future__ import annotations

import pytest

from itudocs.readers.bidi import _repair_piece, _segments, _units

LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"


@pytest.mark.parametrize(("run", "units"), [
    ("C-2001) 482", ["C-2001", ")", " ", "482"]),  # a ")" it did not open ends an island
    ("PL 1 ،", ["PL 1", " ", "،"]),  # trailing neutrals are the right-to-left level's
    ("C-1 (", ["C-1", " ", "("]),  # a "(" at the end opens nothing
    ("A(B(C))D", ["A(B(C))D"]),  # nested brackets the island opened
    ("A(B)) C", ["A(B)", ")", " ", "C"]),
    ("A(B(C))) D", ["A(B(C))", ")", " ", "D"]),
    ("A((B)", ["A", "(", "(", "B", ")"]),  # a "(" before a "(" opens nothing
    ("A(B) ،", ["A(B)", " ", "،"]),
])
def test_islands(run: str, units: list[str]) -> None:
    assert _units(run) == units


@pytest.mark.parametrize(("line", "segments"), [
    (f"{RLE}ب{PDF}", [f"{RLE}ب{PDF}"]),
    (f"X{RLE}ب{PDF}", ["X", f"{RLE}ب{PDF}"]),
    (f"{RLE}ب{PDF}  {RLE}ت{PDF}", [f"{RLE}ب{PDF}", "  ", f"{RLE}ت{PDF}"]),
    (f"{RLE}ب{LRE}1{PDF}{PDF}X", [f"{RLE}ب{LRE}1{PDF}{PDF}", "X"]),
    ("\u202dب\u202c", ["\u202dب\u202c"]),
])
def test_segments(line: str, segments: list[str]) -> None:
    assert _segments(line) == segments


@pytest.mark.parametrize(("line", "text"), [
    # read from the right, "9 " brings its space; the line has one already
    (f"{RLE}أ {LRE}9 {PDF}ب{PDF}", "أ 9ب"),
    (f"{RLE}أ {RLE}{LRE}9 {PDF}{PDF}{PDF}", "أ 9"),  # a mark between does not hide it
    (f"{RLE}أ{LRE} 1{PDF}{LRE}9 {PDF}{PDF}", "أ1 9"),
    (f"{RLE}أ{LRE}9 {PDF}{PDF}", "أ 9"),  # no space before: kept
])
def test_stretch_space_not_doubled(line: str, text: str) -> None:
    assert _repair_piece(line) == text
