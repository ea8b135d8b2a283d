"""Structure that Word gives and the model keeps (issue 15): tables as tables, headings
by style, hyperlinks with their URL, equations and symbols as text, text as written,
notes in the renderings, non-ITU documents without ITU trimmings. Expected values are
written by hand from the packages built here."""

from __future__ import annotations

import itudocs
from itudocs.limits import DEFAULT_LIMITS
from itudocs.readers.docx import read_docx
from itudocs.readers.package import Package

from .minidocx import make_docx, p


def blocks_of(data: bytes):  # type: ignore[no-untyped-def]
    return read_docx(Package(data, DEFAULT_LIMITS, None), DEFAULT_LIMITS).blocks


def sym(char: str, font: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_sym_characters_map_through_their_font() -> None:
    body = (p("a", extra=sym("F0DA", "Symbol") + "<w:r><w:t>b</w:t></w:r>")
            + p("", extra=sym("F061", "Symbol") + sym("F0B3", "Symbol") + sym("F0A5", "Symbol"))
            + p("", extra=sym("F0FC", "Wingdings") + sym("F0D8", "Wingdings")
                + sym("F0DA", "Wingdings"))
            + p("", extra=sym("F0DA", "Webdings") + sym("F06F", "Courier New")))
    texts = [b.text for b in blocks_of(make_docx(body))]
    assert texts == ["a∨b", "α≥∞", "✓➢⮛", "\uf0dao"]
    assert not any("Ú" in t for t in texts)


def test_block_text_is_the_text_as_written() -> None:
    # An RTL mark, Arabic-Indic digits and a tatweel: matched folded, kept as written.
    doc = itudocs.parse_text("\u200f١\tمقدمة\n\u200f١.١\tنص الـفقرة ٢٠٢٠.\n"
                             "\u200fفي ٣ مـارس ٢٠٢٠ اجتمع المجلس.\n")
    top = doc.sections[0]
    assert (top.number, top.title) == ("1", "مقدمة")
    child = top.children[0]
    assert child.number == "1.1"
    assert child.blocks[0].text == "نص الـفقرة ٢٠٢٠."
    assert child.blocks[1].text == "\u200fفي ٣ مـارس ٢٠٢٠ اجتمع المجلس."
