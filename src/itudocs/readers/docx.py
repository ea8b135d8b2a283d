"""Reader for Word .docx files: ``word/document.xml`` read with lxml.

Two passes over the body. First, one pass over only the elements that make up an
ordinary paragraph (its properties, text, tabs, breaks, bookmarks, language), with
lxml's C-level tag filter, collects each paragraph's facts (:func:`_one_pass`). Then
a walk of the block-level elements (paragraphs, tables, content controls, custom XML)
builds the blocks in order, taking each paragraph's facts from the first pass; a
paragraph that holds anything rarer (tracked changes, notes, comment anchors, text
boxes, nested paragraphs) is read element by element instead (:func:`paragraph_contents`).
Styles and numbering are read on first use. Tracked changes are read as accepted
(insertions kept, deletions dropped) unless asked otherwise; page headers and footers
are not part of the body stream.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from lxml import etree

from itudocs.errors import LimitExceededError
from itudocs.limits import Limits
from itudocs.model import Change, DocxLoc, Link, Note, Span
from itudocs.readers.blocks import CellPos, CommentMark, RawBlock, RawCell, RawTable, Stream
from itudocs.readers.notes import Notes, read_comments
from itudocs.readers.numbering import Numbering
from itudocs.readers.package import Package
from itudocs.readers.runs import lang_tag, paragraph_contents, split_text
from itudocs.readers.runs import within as _within
from itudocs.readers.styles import Styles
from itudocs.readers.symfonts import sym_char
from itudocs.readers.wordml import (
    _CONTAINERS,
    _DELETED_CONTAINERS,
    _ONE_PASS_TAGS,
    _PROPERTY_TAGS,
    _RARE,
    BIDI,
    BOOKMARK,
    BR,
    CR,
    CUSTOM_XML,
    FLD_SIMPLE,
    GRID_SPAN,
    ILVL,
    IND,
    INSTR_TEXT,
    LANG,
    NBH,
    NUMID,
    NUMPR,
    PARA_ID,
    PPR,
    PSTYLE,
    SDT,
    SDT_CONTENT,
    SYM,
    TAB,
    TBL,
    TC,
    TR,
    V_MERGE,
    VAL,
    P,
    R,
    Revisions,
    T,
    W,
)
from itudocs.readers.wordml import to_int as _int


def read_docx(pkg: Package, limits: Limits, revisions: Revisions = "accept") -> Stream:
    """The block stream of a Word package's main document. ``revisions``: tracked
    changes "accept"ed (insertions kept, deletions dropped), "reject"ed, or "all"
    kept with their spans marked."""
    data = pkg.read(pkg.main_part)
    # Paragraph start tags counted at C speed before any tree is built: 1.9 million
    # empty paragraphs in 20 KB would otherwise be walked for seconds before the walker's
    # own count stops them (a paragraph written with another prefix is counted there).
    tags = data.count(b"<w:p>") + data.count(b"<w:p ") + data.count(b"<w:p/")
    if tags > limits.max_paragraphs:
        raise LimitExceededError(
            f"the document has more than {limits.max_paragraphs} paragraphs ({tags})",
            source=pkg.source)
    root = pkg.xml_of(data, pkg.main_part)
    body = root.find(W + "body")
    if body is None:
        return Stream(blocks=())
    walker = _Walker(pkg, limits, revisions, _one_pass(body, limits.max_paragraphs))
    walker.container(body, None)
    return Stream(blocks=tuple(walker.blocks), comments=read_comments(pkg),
                  tables=tuple(sorted(walker.raw_tables, key=lambda t: t.index)))


class _Walker:
    def __init__(self, pkg: Package, limits: Limits, revisions: Revisions,
                 fast: dict[etree._Element, _Facts]) -> None:
        self.pkg = pkg
        self.revisions = revisions
        self.notes = Notes(pkg)
        self.part = pkg.main_part
        self.styles = Styles(pkg)
        self.numbering: Numbering | None = None  # loaded by the first numbered paragraph
        self.limits = limits
        self.max_paragraphs = limits.max_paragraphs
        self.max_paragraph_chars = limits.max_paragraph_chars
        self.source = pkg.source
        self.fast = fast
        self.blocks: list[RawBlock] = []
        self.pending_bookmarks: list[str] = []
        self.tables = 0
        self.raw_tables: list[RawTable] = []
        self.open_tables: list[int] = []  # the tables the walk is in, innermost last
        self.urls: dict[str, str] | None = None  # the main part's hyperlink targets

    # -- block level -------------------------------------------------------------
    def container(self, element: etree._Element, cell: CellPos | None) -> None:
        """Walk the block-level children of body, a cell, or a content control."""
        first = cell
        for child in element:
            tag = child.tag
            if tag == P:
                self.paragraph(child, first)
                if first is not None and first.first:
                    first = CellPos(first.table, first.row, first.col, False)
            elif tag == TBL:
                self.table(child)
            elif tag == SDT:
                content = child.find(SDT_CONTENT)
                if content is not None:
                    self.container(content, first)
            elif tag in _CONTAINERS:
                if self.revisions != "reject" or tag not in (W + "ins", W + "moveTo"):
                    self.container(child, first)
            elif tag in _DELETED_CONTAINERS:
                if self.revisions != "accept":  # whole paragraphs deleted with tracking
                    self.container(child, first)
            elif tag == BOOKMARK:
                name = child.get(W + "name")
                if name:
                    self.pending_bookmarks.append(name)

    def table(self, tbl: etree._Element) -> None:
        """A table's paragraphs, cell by cell, and its grid (:class:`RawTable`): a
        cell's gridSpan is its colspan; a cell Word merges into the one above
        (w:vMerge without "restart") adds a row to that cell's rowspan instead, and
        its paragraphs (empty, as a rule) to that cell's."""
        index = self.tables
        self.tables += 1
        parent = self.open_tables[-1] if self.open_tables else None
        self.open_tables.append(index)
        first = len(self.blocks)
        rows: list[list[_GridCell]] = []
        above: dict[int, _GridCell] = {}  # grid column -> the cell that starts there
        header_rows = 0
        for r, row in enumerate(_children(tbl, TR)):
            trpr = row.find(W + "trPr")
            col = 0
            if trpr is not None:
                before = trpr.find(W + "gridBefore")
                col = max(_int(before.get(VAL)) or 0, 0) if before is not None else 0
                if header_rows == r and _on(trpr.find(W + "tblHeader")):
                    header_rows += 1
            cells: list[_GridCell] = []
            for tc in _children(row, TC):
                tcpr = tc.find(W + "tcPr")
                span, merged = 1, False
                if tcpr is not None:
                    gs = tcpr.find(GRID_SPAN)
                    span = _int(gs.get(VAL)) or 1 if gs is not None else 1
                    vm = tcpr.find(V_MERGE)
                    merged = vm is not None and vm.get(VAL, "continue") != "restart"
                span = min(max(span, 1), 1000)
                start = len(self.blocks)
                self.container(tc, CellPos(index, r, col, True))
                top = above.get(col)
                if merged and top is not None and top.colspan == span \
                        and top.row + top.rowspan == r:
                    top.rowspan += 1
                    top.blocks.extend(range(start, len(self.blocks)))
                else:
                    cell = _GridCell(list(range(start, len(self.blocks))), span, r)
                    cells.append(cell)
                    above[col] = cell
                col += span
            rows.append(cells)
        self.open_tables.pop()
        self.raw_tables.append(RawTable(
            index=index, parent=parent, first=first, end=len(self.blocks),
            header_rows=header_rows,
            rows=tuple(tuple(RawCell(blocks=tuple(c.blocks), colspan=c.colspan,
                                     rowspan=c.rowspan) for c in cells) for cells in rows)))

    # -- paragraph level -----------------------------------------------------------
    def paragraph(self, p: etree._Element, cell: CellPos | None) -> None:
        if len(self.blocks) >= self.max_paragraphs:
            raise LimitExceededError(
                f"the document has more than {self.max_paragraphs} paragraphs",
                source=self.source)
        fast = self.fast.pop(p, None)  # popped: its memory is freed as blocks are made
        if fast is None:
            self.full_paragraph(p, cell)
            return
        # The common case: the first pass read the paragraph.
        parts, pstyle, numpr, ind, bidi, lang, bookmarks = fast
        rtl = _rtl(bidi)
        self.add(p, cell, "".join(parts), pstyle, numpr, ind, rtl,
                 lang_tag(lang, rtl) if lang is not None else None, bookmarks or [], (), (), (),
                 (), (), None)

    def full_paragraph(self, p: etree._Element, cell: CellPos | None) -> None:
        """A paragraph the first pass left out, read element by element."""
        pstyle, numpr, ind, bidi = _properties(p)
        rtl = _rtl(bidi)
        if self.urls is None:
            self.urls = self.pkg.external(self.part)
        got = paragraph_contents(p, rtl, self.revisions, self.urls)
        ppr = p.find(PPR)
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        level = _int(outline.get(VAL)) if outline is not None else None
        self.add(
            p, cell, got.text, pstyle, numpr, ind, rtl, got.lang, got.bookmarks,
            tuple(Change(kind=k, author=a, date=d, start=s, end=e)  # type: ignore[arg-type]
                  for k, a, d, s, e in got.changes),
            tuple(Note(kind=kind, id=nid, offset=offset,  # type: ignore[arg-type]
                       text=self.notes.text(kind, nid))
                  for kind, nid, offset in got.notes),
            tuple(got.comment_marks),
            tuple(Link(start=s, end=e, url=u) for s, e, u in got.links),
            tuple(Span(kind=k, start=s, end=e)  # type: ignore[arg-type]
                  for k, s, e in got.spans),
            level + 1 if level is not None and 0 <= level <= 8 else None)
        for tb in got.boxes:
            self.container(tb, cell)

    def add(self, p: etree._Element, cell: CellPos | None, text: str,
            pstyle: etree._Element | None, numpr: etree._Element | None,
            ind: etree._Element | None, rtl: bool, lang: str | None, bookmarks: list[str],
            changes: tuple[Change, ...], notes: tuple[Note, ...],
            comment_marks: tuple[CommentMark, ...], links: tuple[Link, ...],
            spans: tuple[Span, ...], outline: int | None) -> None:
        """Append the paragraph's block: its properties resolved (style name, list
        label, indent), the bookmarks found just before it taken in."""
        style_id = pstyle.get(VAL) if pstyle is not None else None
        num_id: str | None = None
        ilvl: int | None = None
        if numpr is not None:
            nid, lvl = numpr.find(NUMID), numpr.find(ILVL)
            num_id = nid.get(VAL) if nid is not None else None
            ilvl = _int(lvl.get(VAL)) if lvl is not None else None
        indented = False
        if ind is not None:
            left = _int(ind.get(W + "left") or ind.get(W + "start"))
            indented = bool(left and left > 0)
        if style_id is not None and (num_id is None or ilvl is None):
            s_num, s_lvl = self.styles.numbering_of(style_id)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else (s_lvl if s_lvl is not None else 0)
        label = self.label(num_id, ilvl or 0) if num_id is not None else None
        if len(text) > self.max_paragraph_chars:
            raise LimitExceededError(
                f"paragraph {len(self.blocks) + 1} has {len(text)} characters (limit "
                f"{self.max_paragraph_chars})", source=self.source)
        if self.pending_bookmarks:
            bookmarks = self.pending_bookmarks + bookmarks
            self.pending_bookmarks = []
        # Positional arguments, in the order of _RAW_BLOCK_FIELDS: with keywords the
        # call costs twice as much, and it is made for every paragraph.
        self.blocks.append(RawBlock(
            text, DocxLoc(self.part, len(self.blocks)),
            self.styles.name(style_id) if style_id else None, cell, False, indented,
            tuple(bookmarks), label, p.get(PARA_ID), rtl, lang, changes, notes,
            comment_marks, links, spans,
            outline if outline is not None else self.heading_level(style_id)))

    def heading_level(self, style_id: str | None) -> int | None:
        return self.styles.heading_level(style_id) if style_id else None

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The list label of a numbered paragraph. numbering.xml is read on first use:
        many documents number nothing automatically, and reading it costs ~0.2 ms."""
        if self.numbering is None:
            self.numbering = Numbering.load(self.pkg, self.styles.numbering_of)
        return self.numbering.label(num_id, ilvl)


class _GridCell:
    """A cell while its table is read: its paragraphs' indices, its spans, its row."""

    __slots__ = ("blocks", "colspan", "row", "rowspan")

    def __init__(self, blocks: list[int], colspan: int, row: int) -> None:
        self.blocks = blocks
        self.colspan = colspan
        self.row = row
        self.rowspan = 1


# RawBlock is built positionally above; this stops the import if its fields change.
_RAW_BLOCK_FIELDS = ("text", "loc", "style", "cell", "lead_tab", "indented", "bookmarks",
                     "auto_label", "para_id", "rtl", "lang", "changes", "notes",
                     "comment_marks", "links", "spans", "heading")
if tuple(f.name for f in attrs.fields(RawBlock)) != _RAW_BLOCK_FIELDS:
    raise ImportError("RawBlock's fields changed: update _Walker.add")


def _properties(p: etree._Element) -> tuple[etree._Element | None, etree._Element | None,
                                            etree._Element | None, etree._Element | None]:
    """(w:pStyle, w:numPr, w:ind, w:bidi) of the paragraph's own w:pPr, the last of
    each where one is repeated; None where absent."""
    pstyle = numpr = ind = bidi = None
    ppr = p[0] if len(p) and p[0].tag == PPR else p.find(PPR)
    if ppr is not None:
        for child in ppr:  # one pass over the properties, not a find() for each
            tag = child.tag
            if tag == PSTYLE:
                pstyle = child
            elif tag == NUMPR:
                numpr = child
            elif tag == IND:
                ind = child
            elif tag == BIDI:
                bidi = child
    return pstyle, numpr, ind, bidi


def _rtl(bidi: etree._Element | None) -> bool:
    return bidi is not None and bidi.get(VAL) not in ("0", "false", "off")


# What the first pass finds in an ordinary paragraph: its text piece by piece; the
# last w:pStyle, w:numPr, w:ind and w:bidi of its own w:pPr; its first w:lang; its
# bookmark names (None for none). A tuple: one is made for every paragraph.
_Facts = tuple[list[str], etree._Element | None, etree._Element | None,
               etree._Element | None, etree._Element | None, etree._Element | None,
               list[str] | None]


def _one_pass(body: etree._Element, limit: int) -> dict[etree._Element, _Facts]:
    """The facts of every ordinary paragraph of the body, read in one pass over only
    the elements that matter: lxml's tag filter skips the others in C, and no object
    is made per paragraph beyond the facts, so this costs about a third of reading
    each paragraph element by element. The facts are those :func:`_properties` and
    :func:`paragraph_contents` give; paragraphs they must read are left out: those holding a
    tracked change, a note or comment anchor or a text box (anything in _RARE), and
    those holding another paragraph, and any past the first ``limit`` (a document
    with more paragraphs than that is refused by the walk: no use reading them all)."""
    slow: set[etree._Element] = set()
    # A field that is a hyperlink needs its code read: left to the walk too.
    for el in body.iter(INSTR_TEXT, FLD_SIMPLE):
        code = el.text if el.tag == INSTR_TEXT else el.get(W + "instr")
        if code and "HYPERLINK" in code.upper():
            slow.update(el.iterancestors(P))
    # A document with none of these costs nothing here: lxml sees that none of the
    # names occurs in the document and stops at once.
    for el in body.iter(*_RARE):
        slow.update(el.iterancestors(P))
        if len(slow) > limit:
            return {}  # all left to the walk, which stops at the limit
    out: dict[etree._Element, _Facts] = {}
    # The paragraph being read, its parent and its own w:pPr, and what was found in
    # it so far; parts is None while in a paragraph left out.
    p = p_parent = ppr = None
    seen = 0  # paragraphs
    parts: list[str] | None = None
    pstyle = numpr = ind = bidi = lang = None
    bookmarks: list[str] | None = None
    for el in body.iter(*_ONE_PASS_TAGS):
        tag = el.tag
        if tag == T:
            # The most frequent, first. Elements follow their paragraph in document
            # order, but not all that follow a paragraph are in it (a run left in the
            # body, the end of a paragraph around a nested one): hence the ancestor
            # check, quick for a run that is a child of the paragraph.
            if parts is None or (el.getparent().getparent() is not p  # type: ignore[union-attr]
                                 and not _within(el, p)):
                continue
            # An entity left unresolved splits the text into child nodes: their tails
            # are text too. A soft hyphen is invisible.
            text = el.text if not len(el) else split_text(el)
            if text:
                parts.append(text.replace("\u00ad", "") if "\u00ad" in text else text)
        elif tag == P:
            seen += 1
            if seen > limit:
                parts = None  # the paragraph being read is left out too
                break
            parent = el.getparent()
            # A paragraph in the previous one (a text box's, or invalid XML) must
            # become part of its text, which this pass does not do: the outer one is
            # left out. A sibling of the previous paragraph is not inside it.
            if p is not None:
                if parent is not p_parent and _within(el, p):
                    out.pop(p, None)
                elif parts is not None:
                    out[p] = (parts, pstyle, numpr, ind, bidi, lang, bookmarks)
            p, p_parent = el, parent
            parts = None if el in slow else []
            ppr = pstyle = numpr = ind = bidi = lang = bookmarks = None
        elif parts is None:
            continue
        elif tag == PPR:
            if ppr is None and el.getparent() is p:
                ppr = el
        elif tag in _PROPERTY_TAGS:
            # Only the paragraph's own w:pPr counts (not one in a w:pPrChange).
            if ppr is not None and el.getparent() is ppr:
                if tag == PSTYLE:
                    pstyle = el
                elif tag == NUMPR:
                    numpr = el
                elif tag == IND:
                    ind = el
                else:
                    bidi = el
        elif tag == TAB:
            # w:tab also names a tab stop inside w:tabs (pPr); only run tabs count.
            run = el.getparent()
            if run.tag == R and (run.getparent() is p  # type: ignore[union-attr]
                                 or _within(run, p)):  # type: ignore[arg-type]
                parts.append("\t")
        elif tag == LANG:
            # Often in every run's properties: only the first one counts.
            if lang is None and _within(el, p):
                lang = el
        elif not _within(el, p):
            continue
        elif tag == BR:
            if el.get(W + "type") in (None, "textWrapping"):
                parts.append("\n")
        elif tag == CR:
            parts.append("\n")
        elif tag == NBH:
            parts.append("-")
        elif tag == SYM:
            char = sym_char(el.get(W + "char"), el.get(W + "font"))
            if char:
                parts.append(char)
        elif tag == BOOKMARK:
            name = el.get(W + "name")
            if name:
                if bookmarks is None:
                    bookmarks = []
                bookmarks.append(name)
    if p is not None and parts is not None:
        out[p] = (parts, pstyle, numpr, ind, bidi, lang, bookmarks)
    return out


def _on(el: etree._Element | None) -> bool:
    """An on/off property: present and not switched off."""
    return el is not None and el.get(VAL) not in ("0", "false", "off")


def _children(element: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Direct children with ``tag``, looking through content controls and custom XML."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == CUSTOM_XML:
            yield from _children(child, tag)

