"""Footnote and endnote texts (``itudocs.readers.notes``) from hand-written parts: Word's
separator notes are not notes, a note's paragraphs are its lines, a note without an id
is found under the empty id, and each kind reads its own part."""

from __future__ import annotations

import pytest
from lxml import etree

from itudocs.readers.notes import Notes

NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class _Package:
    main_part = "word/document.xml"

    def __init__(self, parts: dict[str, str]) -> None:
        self.parts = parts

    def related(self, part: str, suffix: str) -> str | None:
        assert part == self.main_part
        return f"word{suffix}.xml" if suffix[1:] in self.parts else None

    def xml(self, part: str) -> etree._Element:
        kind = part.removeprefix("word/").removesuffix(".xml")
        return etree.fromstring(f'<w:{kind} xmlns:w="{NS}">{self.parts[kind]}</w:{kind}>')


def _note(kind: str, attrs: str, *paras: str) -> str:
    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in paras)
    return f"<w:{kind} {attrs}>{body}</w:{kind}>"


FOOTNOTES = "".join([
    _note("footnote", 'w:type="separator" w:id="-1"', "----"),
    _note("footnote", 'w:type="continuationSeparator" w:id="0"', "===="),
    _note("footnote", 'w:type="continuationNotice" w:id="5"', "(continued)"),
    _note("footnote", 'w:id="1"', " First line ", "", "Second line"),
    _note("footnote", 'w:type="normal" w:id="2"', "Two"),
])


@pytest.mark.parametrize(("note_id", "text"), [
    ("1", "First line\nSecond line"), ("2", "Two"),
    ("-1", ""), ("0", ""), ("5", ""),  # separators and notices are not notes
    ("9", ""), ("", ""),
])
def test_footnote_texts(note_id: str, text: str) -> None:
    assert Notes(_Package({"footnotes": FOOTNOTES})).text("footnote", note_id) == text  # type: ignore[arg-type]


def test_note_without_id_and_kinds_apart() -> None:
    pkg = _Package({"endnotes": _note("endnote", "", "No id") + _note("endnote", 'w:id="1"', "E")})
    notes = Notes(pkg)  # type: ignore[arg-type]
    assert notes.text("endnote", "") == "No id"
    assert notes.text("endnote", "1") == "E"
    assert notes.text("footnote", "1") == ""  # no footnotes part
