"""Offsets of plain-text blocks (``itudocs.readers.tika``): content after markers, lines
repaired from visual order, and the cells a line holds (" / " or a run of spaces on the
first page). Each block's ``TextLoc`` is written by hand from the text."""

from __future__ import annotations

import pytest

from itudocs.model import TextLoc
from itudocs.readers.tika import read_text


def _blocks(text: str) -> list[tuple[str, tuple[int, int, int], bool]]:
    out = []
    for b in read_text(text).blocks:
        assert isinstance(b.loc, TextLoc)
        out.append((b.text, (b.loc.line, b.loc.start, b.loc.end), b.lead_tab))
    return out


@pytest.mark.parametrize(("text", "blocks"), [
    # the content's text also inside the marker: the offset is the content's
    ("[bookmark: Intro]Intro", [("Intro", (0, 17, 22), False)]),
    ("[bookmark: b1]Hello", [("Hello", (0, 14, 19), False)]),
    ("\t[image: a]\tText", [("Text", (0, 12, 16), True)]),
    # a marker inside the content: the content starts where it starts
    ("\tHello [bookmark: x]world", [("Hello world", (0, 1, 12), True)]),
    ("x\n[bookmark: b1]", [("x", (0, 0, 1), False), ("", (1, 2, 2), False)]),
])
def test_content_offset_after_markers(text: str, blocks: list[object]) -> None:
    assert _blocks(text) == blocks


def test_repaired_line_keeps_its_offsets() -> None:
    # the marks go, the line is padded at its end: the text keeps its place
    assert _blocks("\u202bب\u202c\nx") == [("ب", (0, 0, 1), False), ("x", (1, 4, 5), False)]


@pytest.mark.parametrize(("text", "blocks"), [
    ("\tA / B / C", [("A", (0, 1, 2), True), ("B", (0, 5, 6), True), ("C", (0, 9, 10), True)]),
    ("AB / CD / AB", [("AB", (0, 0, 2), False), ("CD", (0, 5, 7), True),
                      ("AB", (0, 10, 12), True)]),
    ("A /  / B", [("A", (0, 0, 1), False), ("", (0, 1, 1), True), ("B", (0, 7, 8), True)]),
    ("Geneva     C20/1-E", [("Geneva", (0, 0, 6), False), ("C20/1-E", (0, 11, 18), True)]),
])
def test_cells_of_one_line(text: str, blocks: list[object]) -> None:
    assert _blocks(text) == blocks


def test_web_cells_only_in_lines_under_300_characters() -> None:
    long = "A / " + "B" * 296
    assert [b[0] for b in _blocks(long)] == [long]
    shorter = "A / " + "B" * 295
    assert [b[0] for b in _blocks(shorter)] == ["A", "B" * 295]


def test_layout_cells_only_on_the_first_40_lines() -> None:
    line = "Geneva     C20/1-E"
    at_39 = "\n".join(["x"] * 39 + [line])
    assert [b[0] for b in _blocks(at_39)][39:] == ["Geneva", "C20/1-E"]
    at_40 = "\n".join(["x"] * 40 + [line])
    assert [b[0] for b in _blocks(at_40)][40:] == [line]
