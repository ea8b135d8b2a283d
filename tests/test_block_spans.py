"""A token's model block (``itudocs.extract.sections.block_of``): notes, changes, links
and equation spans move from the raw text's offsets onto the text after the label,
keeping the part of a span that lies in it; labels stay on items, bullets and quoted
paragraphs only. Offsets written by hand: the raw text is "1.2\\tSome text here", the
token's text starts at 4 and is 14 characters long."""

from __future__ import annotations

from itudocs.extract.sections import block_of
from itudocs.extract.tokens import Token
from itudocs.model import Change, Link, Note, Span, TextLoc
from itudocs.readers.blocks import RawBlock

LOC = TextLoc(3, 10, 27)


def _raw(**kw: object) -> RawBlock:
    return RawBlock("1.2\tSome text here", LOC, rtl=True, lang="ar-SA", **kw)  # type: ignore[arg-type]


def _tok(kind: str = "section", label: str | None = "1.2") -> Token:
    return Token(kind, label, "Some text here", 3, LOC, "b3", start=4)  # type: ignore[arg-type]


def test_plain_block() -> None:
    block = block_of(_tok(), _raw(), False)
    assert (block.kind, block.label, block.text, block.loc, block.id, block.direction,
            block.lang) == ("paragraph", None, "Some text here", LOC, "b3", "rtl", "ar-SA")


def test_labels_kept_on_items_bullets_and_quotes() -> None:
    assert block_of(_tok("bullet", "•"), _raw(), False).label == "•"
    assert block_of(_tok("item", "a)"), _raw(), False).label == "a)"
    assert block_of(_tok(), _raw(), True).label == "1.2"


def test_notes_move_onto_the_text() -> None:
    notes = (Note("footnote", "1", "n1", 0), Note("footnote", "2", "n2", 6),
             Note("endnote", "3", "n3", 30))
    block = block_of(_tok(), _raw(notes=notes), False)
    assert [n.offset for n in block.notes] == [0, 2, 14]
    assert (block.id, block.direction, block.lang) == ("b3", "rtl", "ar-SA")


def test_spans_keep_their_part_in_the_text() -> None:
    links = tuple(Link(a, b, f"u{a}") for a, b in [
        (0, 4),  # the label and its TAB: gone
        (0, 5),  # one character into the text
        (2, 6), (12, 15),
        (17, 30),  # past the end: cut
        (18, 20),  # after the text: gone
    ])
    block = block_of(_tok(), _raw(links=links), False)
    assert [(k.start, k.end, k.url) for k in block.links] == [
        (0, 1, "u0"), (0, 2, "u2"), (8, 11, "u12"), (13, 14, "u17")]
    changes = (Change("insert", "A", None, 0, 4), Change("delete", "B", None, 6, 9))
    spans = (Span("math", 17, 30),)
    block = block_of(_tok(), _raw(changes=changes, spans=spans), False)
    assert [(c.kind, c.start, c.end) for c in block.changes] == [("delete", 2, 5)]
    assert [(s.start, s.end) for s in block.spans] == [(13, 14)]
