"""Footnotes and endnotes read from their parts, and ``w:sym`` characters through their
font (``itudocs.readers.notes``, ``itudocs.readers.symfonts``); expected values by hand."""

from __future__ import annotations

import pytest

import itudocs
from itudocs.readers.symfonts import sym_char

from .minidocx import make_docx, p


def _note(kind: str, nid: str, *paras: str, type_: str | None = None) -> str:
    t = f' w:type="{type_}"' if type_ else ""
    body = "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" if x else "<w:p/>" for x in paras)
    return f'<w:{kind} w:id="{nid}"{t}>{body}</w:{kind}>'


def _ref(kind: str, nid: str) -> str:
    tag = "footnoteReference" if kind == "footnote" else "endnoteReference"
    return f'<w:r><w:{tag} w:id="{nid}"/></w:r>'


def test_notes_are_read_from_their_parts_without_separators() -> None:
    foot = (_note("footnote", "-1", "", type_="separator")
            + _note("footnote", "0", "", type_="continuationSeparator")
            + _note("footnote", "5", "cont.", type_="continuationNotice")
            + _note("footnote", "1", "First line.", "", "  Second line.  ")
            + _note("footnote", "2", "Another."))
    end = _note("endnote", "1", "At the end.")
    body = (p("Text one", extra=_ref("footnote", "1")) + p("Text two", extra=_ref("footnote", "2"))
            + p("Text three", extra=_ref("endnote", "1")))
    doc = itudocs.parse(make_docx(body, footnotes=foot, endnotes=end))
    notes = [(n.kind, n.id, n.text) for b in doc.blocks for n in b.notes]
    assert notes == [("footnote", "1", "First line.\nSecond line."),
                     ("footnote", "2", "Another."), ("endnote", "1", "At the end.")]


def test_a_note_without_its_part_has_no_text() -> None:
    doc = itudocs.parse(make_docx(p("Text", extra=_ref("footnote", "1"))))
    assert [(n.id, n.text) for b in doc.blocks for n in b.notes] == [("1", "")]


@pytest.mark.parametrize(("char", "font", "expected"), [
    ("F0DA", "Symbol", "∨"), ("F061", "Symbol", "α"), ("00DA", "Symbol", "∨"),
    ("F020", "Symbol", " "), ("F0A0", "Symbol", "€"), ("F0FE", "Symbol", "⎭"),
    ("F0F0", "Symbol", "\uf0f0"), ("F0FF", "Symbol", "\uf0ff"), ("F000", "Symbol", "\uf000"),
    ("F0FC", "Wingdings", "✓"), ("F09F", "Wingdings", "•"), ("F041", "Wingdings", "\uf041"),
    ("F0DA", " SYMBOL ", "∨"), ("F0DA", "Webdings", "\uf0da"), ("F0DA", "Wingdings 2", "\uf0da"),
    ("F06F", "Courier New", "o"), ("006F", "Courier New", "o"), ("F0B7", None, "•"),
    ("F0A7", "", "▪"), ("F0B7", "Arial", "·"), ("F100", "Symbol", "\uf100"),
    ("0100", "Symbol", "Ā"), ("00FF", "Symbol", "\uf0ff"), ("0001", None, "\x01"),
    ("10FFFF", None, "\U0010ffff"), ("D7FF", None, "\ud7ff"), ("E000", None, "\ue000"),
    ("0000", None, ""), ("110000", None, ""), ("D800", None, ""), ("DFFF", None, ""),
    ("zz", "Symbol", ""), ("", "Symbol", ""), (None, "Symbol", ""),
])
def test_sym_char(char: str | None, font: str | None, expected: str) -> None:
    assert sym_char(char, font) == expected


@pytest.mark.parametrize("font", [None, "", "Courier New", "Arial"])
def test_the_offset_nul_of_a_text_font_is_no_character(font: str | None) -> None:
    """An ordinary text font written with the F000 offset gives its own character,
    but byte 0 is NUL, which is no character (as "0000" is not): nothing is shown,
    as for any code that is not a character, never a NUL in the text. A symbol font
    keeps its private-use code point."""
    assert sym_char("F000", font) == ""
    assert sym_char("F001", font) == "\x01"  # the next byte is its own control character
    assert sym_char("F000", "Webdings") == "\uf000"


def test_the_last_f000_offset_code_point_is_its_byte_in_a_text_font() -> None:
    # U+F0FF is the last code point of the F000 offset range: in an ordinary text font it
    # is byte 0xFF, "ÿ" (not the private-use character).
    assert sym_char("F0FF", "Courier New") == "\u00ff"
