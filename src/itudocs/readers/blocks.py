"""The block stream: what every reader produces and every stage reads.

A reader turns a source into a flat tuple of :class:`RawBlock` in document order:
one per paragraph (table-cell paragraphs included), with its text cleaned of reader
markers, its style, its place in a table, its bookmarks and its source location.
Notes, tracked changes and comment anchors are typed values whose offsets index the
block's raw ``text``; the sections stage moves them onto the model block's text.
"""

from __future__ import annotations

from typing import Literal

import attrs

from itudocs.model import Change, Link, Loc, Note, ParseWarning, Span


@attrs.define  # internal and built per paragraph: mutable attrs classes build faster
class CellPos:
    """Position of a paragraph inside a table: table index (document order, nested
    tables counted too), row, column, and whether it is the cell's first paragraph."""

    table: int
    row: int
    col: int
    first: bool


@attrs.frozen
class CommentMark:
    """Where a Word comment's range starts or ends: ``offset`` in the block's raw text."""

    id: str
    event: Literal["start", "end"]
    offset: int


@attrs.frozen
class RawComment:
    """A Word comment as the reader finds it; its anchors are the blocks' marks."""

    id: str
    author: str | None
    date: str | None
    text: str


@attrs.define  # internal and built per paragraph: mutable attrs classes build faster
class RawBlock:
    """One paragraph as read from the source.

    ``text``: the paragraph's visible text (a soft line break is ``\\n``; the TAB
    after a hand-typed number is kept). ``auto_label``: the label Word's automatic
    numbering displays in front of it, if any. ``lead_tab``: the text source showed
    a leading TAB (a table cell or an indented paragraph); ``indented``: the .docx
    paragraph has a left indent. ``cell``: set when the reader knows the paragraph
    sits in a table."""

    text: str
    loc: Loc
    style: str | None = None
    cell: CellPos | None = None
    lead_tab: bool = False
    indented: bool = False
    bookmarks: tuple[str, ...] = ()
    auto_label: str | None = None
    #: Word's own paragraph id (w14:paraId), stable across edits elsewhere
    para_id: str | None = None
    #: right-to-left paragraph (w:bidi); None where the source cannot say
    rtl: bool | None = None
    #: language tag of the paragraph's text (w:lang), e.g. "ar-SA"
    lang: str | None = None
    #: tracked changes kept by revisions="all"; offsets index ``text``
    changes: tuple[Change, ...] = ()
    #: footnote and endnote references; offsets index ``text``
    notes: tuple[Note, ...] = ()
    #: comment anchors; offsets index ``text``
    comment_marks: tuple[CommentMark, ...] = ()
    #: hyperlinks and equation spans; offsets index ``text``
    links: tuple[Link, ...] = ()
    spans: tuple[Span, ...] = ()
    #: the heading level a paragraph style or outline level gives (1 for Title and
    #: Heading 1, 2 for Heading 2 ...), None for body text
    heading: int | None = None


@attrs.frozen
class RawCell:
    """A table cell as read: the stream indices of its paragraphs (a nested table's
    included, and those of cells merged into it), and its spans."""

    blocks: tuple[int, ...]
    colspan: int = 1
    rowspan: int = 1


@attrs.frozen
class RawTable:
    """A table as read: its index (the ``table`` of its paragraphs' :class:`CellPos`),
    the table it is nested in, the stream range ``[first, end)`` of its paragraphs,
    its rows of cells and how many leading rows are header rows."""

    index: int
    parent: int | None
    first: int
    end: int
    rows: tuple[tuple[RawCell, ...], ...]
    header_rows: int = 0


@attrs.frozen
class Stream:
    """A reader's output: the blocks, plus facts about the source that stages may
    use (the running page header seen in a text rendering, Word comments)."""

    blocks: tuple[RawBlock, ...]
    page_header: tuple[str, ...] = ()
    comments: tuple[RawComment, ...] = ()
    #: the text's lines were wrapped at a width (text extracted from a PDF), so a title
    #: may go on on the next line; a Word paragraph or a Tika line is never wrapped
    wrapped: bool = False
    #: what the reader saw but could not read (a PDF's pages without text)
    warnings: tuple[ParseWarning, ...] = ()
    #: the tables of a .docx, by index (a text source knows none)
    tables: tuple[RawTable, ...] = ()
