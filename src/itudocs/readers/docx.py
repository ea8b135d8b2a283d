"""Reader for Word .docx files: ``word/document.xml`` read with lxml.

Two passes over the body. First, one pass over only the elements that make up an
ordinary paragraph (its properties, text, tabs, breaks, bookmarks, language), with
lxml's C-level tag filter, collects each paragraph's facts (:func:`_one_pass`). Then
a walk of the block-level elements (paragraphs, tables, content controls, custom XML)
builds the blocks in order, taking each paragraph's facts from the first pass; a
paragraph that holds anything rarer (tracked changes, notes, comment anchors, text
boxes, nested paragraphs) is read element by element instead (:func:`_contents`).
Styles and numbering are read on first use. Tracked changes are read as accepted
(insertions kept, deletions dropped) unless asked otherwise; page headers and footers
are not part of the body stream.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Literal

import attrs
import regex
from lxml import etree

from itudocs.errors import ItuDocsError, LimitExceededError
from itudocs.limits import Limits
from itudocs.model import Change, DocxLoc, Note
from itudocs.readers.blocks import CellPos, CommentMark, RawBlock, RawComment, Stream
from itudocs.readers.numbering import Numbering
from itudocs.readers.package import TRANSITIONAL_W, Package, parse_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (
    W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt", W + "sdtContent", W + "customXml")
PPR, PSTYLE, NUMPR, ILVL, NUMID, IND = (
    W + "pPr", W + "pStyle", W + "numPr", W + "ilvl", W + "numId", W + "ind")
T, TAB, BR, CR, NBH, SYM, BOOKMARK = (
    W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen", W + "sym", W + "bookmarkStart")
TXBX, FALLBACK, VAL, GRID_SPAN, V_MERGE = (
    W + "txbxContent", MC + "Fallback", W + "val", W + "gridSpan", W + "vMerge")
DEL, MOVE_FROM = W + "del", W + "moveFrom"
R = W + "r"
LANG, BIDI = W + "lang", W + "bidi"
PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
INS, MOVE_TO, DEL_TEXT = W + "ins", W + "moveTo", W + "delText"
FOOTNOTE_REF, ENDNOTE_REF = W + "footnoteReference", W + "endnoteReference"
COMMENT_START, COMMENT_END = W + "commentRangeStart", W + "commentRangeEnd"
_REVISION_TAGS = frozenset((INS, DEL, MOVE_FROM, MOVE_TO))
_PARAGRAPH_TAGS = (T, TAB, BR, CR, NBH, SYM, BOOKMARK, TXBX, LANG, DEL_TEXT,
                   INS, DEL, MOVE_FROM, MOVE_TO, FOOTNOTE_REF, ENDNOTE_REF, COMMENT_START,
                   COMMENT_END)
_WANTED = frozenset(_PARAGRAPH_TAGS)
# What the first pass reads. A paragraph holding anything else _contents handles (a
# text box, a tracked change, a note reference, a comment anchor) is left to _contents.
_ONE_PASS_TAGS = (P, PPR, PSTYLE, NUMPR, IND, BIDI, T, TAB, BR, CR, NBH, SYM, BOOKMARK, LANG)
_PROPERTY_TAGS = frozenset((PSTYLE, NUMPR, IND, BIDI))
_RARE = tuple(tag for tag in _PARAGRAPH_TAGS if tag not in _ONE_PASS_TAGS)
Revisions = Literal["accept", "reject", "all"]
_CONTAINERS = (SDT_CONTENT, CUSTOM_XML, W + "ins", W + "moveTo", W + "smartTag")
_DELETED_CONTAINERS = (W + "del", W + "moveFrom")


def read_docx(pkg: Package, limits: Limits, revisions: Revisions = "accept") -> Stream:
    """The block stream of a Word package's main document. ``revisions``: tracked
    changes "accept"ed (insertions kept, deletions dropped), "reject"ed, or "all"
    kept with their spans marked."""
    root = pkg.xml(pkg.main_part)
    body = root.find(W + "body")
    if body is None:
        return Stream(blocks=())
    walker = _Walker(pkg, limits, revisions, _one_pass(body, limits.max_paragraphs))
    walker.container(body, None)
    return Stream(blocks=tuple(walker.blocks), comments=_comments(pkg))


class _Style:
    """A paragraph style as far as the reader needs it (a plain slotted class: attrs
    would add half a millisecond to the import for nothing used)."""

    __slots__ = ("based_on", "name", "numbering")

    def __init__(self, name: str, based_on: str | None,
                 numbering: tuple[str | None, int | None] | None) -> None:
        self.name = name
        self.based_on = based_on
        self.numbering = numbering


class _Styles:
    """styles.xml: a paragraph style's name, base style and numbering, looked up
    lazily. A document uses a handful of the hundreds of styles its template defines,
    so only the ``w:style`` elements asked for are cut out of the part and parsed
    (styles.xml is often many times the size of the body); a part that does not fit
    that reading is parsed whole instead."""

    def __init__(self, pkg: Package) -> None:
        self._pkg = pkg
        self._part = pkg.related(pkg.main_part, "/styles")
        self._data: bytes | None = None
        self._prefix: bytes | None = None
        self._cache: dict[str, _Style | None] = {}
        self._whole: dict[str, etree._Element] | None = None
        # Per style id, as asked for every paragraph: the name, the numbering.
        self._names: dict[str, str] = {}
        self._numbering: dict[str | None, tuple[str | None, int | None]] = {}

    def name(self, style_id: str) -> str:
        name = self._names.get(style_id)
        if name is None:
            style = self._get(style_id)
            name = self._names[style_id] = style.name if style else style_id
        return name

    def numbering_of(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The (numId, ilvl) a paragraph style gives, following basedOn."""
        found = self._numbering.get(style_id)
        if found is None:
            found = self._numbering[style_id] = self._numbering_of(style_id)
        return found

    def _numbering_of(self, style_id: str | None) -> tuple[str | None, int | None]:
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._get(style_id)
            if style is None:
                break
            if style.numbering is not None:
                return style.numbering
            style_id = style.based_on
        return (None, None)

    def _get(self, style_id: str) -> _Style | None:
        if style_id not in self._cache:
            element = self._element(style_id)
            self._cache[style_id] = _read_style(element, style_id) if element is not None \
                else None
        return self._cache[style_id]

    def _element(self, style_id: str) -> etree._Element | None:
        if self._part is None:
            return None
        if self._data is None:
            self._data = self._pkg.read(self._part)
            m = _w_prefix().search(self._data[:4096])
            self._prefix = m.group(1) if m else None
        if self._whole is None and self._prefix is not None:
            safe, found = self._cut(style_id)
            if safe:
                return found
        if self._whole is None:  # unusual XML: read the part the ordinary way
            root = self._pkg.xml(self._part)
            self._whole = {el.get(W + "styleId", ""): el for el in root.iter(W + "style")}
        return self._whole.get(style_id)

    def _cut(self, style_id: str) -> tuple[bool, etree._Element | None]:
        """(True, the style element parsed from its own bytes, or None if absent), or
        (False, None) when the bytes do not allow a safe cut (then the caller parses
        the whole part)."""
        assert self._data is not None and self._prefix is not None
        pre = self._prefix
        key = pre + b':styleId="' + style_id.encode("utf-8") + b'"'
        at = self._data.find(key)
        if at < 0:
            return (_XML_SPECIAL.isdisjoint(style_id), None)
        begin = self._data.rfind(b"<" + pre + b":style ", 0, at)
        end = self._data.find(b"</" + pre + b":style>", at)
        if begin < 0 or end < 0 or b"<!" in self._data[begin:end]:
            return (False, None)
        fragment = (b'<root xmlns:' + pre + b'="' + TRANSITIONAL_W + b'">'
                    + self._data[begin:end + len(pre) + 9] + b"</root>")
        try:
            return (True, parse_xml(fragment, self._part or "", self._pkg.source)[0])
        except (ItuDocsError, IndexError):
            return (False, None)


@cache  # compiled on first use, not at import
def _w_prefix() -> regex.Pattern[bytes]:
    """The namespace prefix a part binds to WordprocessingML."""
    return regex.compile(rb'xmlns:([A-Za-z_][\w.-]{0,20})="' + regex.escape(TRANSITIONAL_W)
                         + rb'"')


_XML_SPECIAL = frozenset('&<>"\'')


def _read_style(style: etree._Element, style_id: str) -> _Style:
    name = style.find(W + "name")
    based = style.find(W + "basedOn")
    numpr = style.find(f"{PPR}/{NUMPR}")
    numbering = None
    if numpr is not None:
        num_id, ilvl = numpr.find(NUMID), numpr.find(ILVL)
        numbering = (num_id.get(VAL) if num_id is not None else None,
                     _int(ilvl.get(VAL)) if ilvl is not None else None)
    return _Style(name=name.get(VAL, style_id) if name is not None else style_id,
                  based_on=based.get(VAL) if based is not None else None,
                  numbering=numbering)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class _Notes:
    """Footnote and endnote texts, read on first use."""

    def __init__(self, pkg: Package) -> None:
        self._pkg = pkg
        self._texts: dict[str, dict[str, str]] = {}

    def text(self, kind: str, note_id: str) -> str:
        if kind not in self._texts:
            self._texts[kind] = self._load(kind)
        return self._texts[kind].get(note_id, "")

    def _load(self, kind: str) -> dict[str, str]:
        part = self._pkg.related(self._pkg.main_part, f"/{kind}s")
        if part is None:
            return {}
        out = {}
        for note in self._pkg.xml(part).iter(W + kind):
            if note.get(W + "type") in ("separator", "continuationSeparator",
                                        "continuationNotice"):
                continue
            paras = [_contents(p_, False).text.strip() for p_ in note.iter(P)]
            out[note.get(W + "id", "")] = "\n".join(t for t in paras if t)
        return out


def _comments(pkg: Package) -> tuple[RawComment, ...]:
    """Each comment with its author, date and text; comments never enter the text."""
    part = pkg.related(pkg.main_part, "/comments")
    if part is None:
        return ()
    out = []
    for c in pkg.xml(part).iter(W + "comment"):
        paras = [_contents(p_, False).text.strip() for p_ in c.iter(P)]
        out.append(RawComment(id=c.get(W + "id", ""), author=c.get(W + "author"),
                              date=c.get(W + "date"), text="\n".join(t for t in paras if t)))
    return tuple(out)


class _Walker:
    def __init__(self, pkg: Package, limits: Limits, revisions: Revisions,
                 fast: dict[etree._Element, _Facts]) -> None:
        self.pkg = pkg
        self.revisions = revisions
        self.notes = _Notes(pkg)
        self.part = pkg.main_part
        self.styles = _Styles(pkg)
        self.numbering: Numbering | None = None  # loaded by the first numbered paragraph
        self.limits = limits
        self.max_paragraphs = limits.max_paragraphs
        self.source = pkg.source
        self.fast = fast
        self.blocks: list[RawBlock] = []
        self.pending_bookmarks: list[str] = []
        self.tables = 0

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
        index = self.tables
        self.tables += 1
        for r, row in enumerate(_children(tbl, TR)):
            col = 0
            for tc in _children(row, TC):
                tcpr = tc.find(W + "tcPr")
                span = 1
                if tcpr is not None:
                    gs = tcpr.find(GRID_SPAN)
                    span = _int(gs.get(VAL)) or 1 if gs is not None else 1
                self.container(tc, CellPos(index, r, col, True))
                col += max(span, 1)

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
                 _lang(lang, rtl) if lang is not None else None, bookmarks or [], (), (), ())

    def full_paragraph(self, p: etree._Element, cell: CellPos | None) -> None:
        """A paragraph the first pass left out, read element by element."""
        pstyle, numpr, ind, bidi = _properties(p)
        rtl = _rtl(bidi)
        got = _contents(p, rtl, self.revisions)
        self.add(
            p, cell, got.text, pstyle, numpr, ind, rtl, got.lang, got.bookmarks,
            tuple(Change(kind=k, author=a, date=d, start=s, end=e)  # type: ignore[arg-type]
                  for k, a, d, s, e in got.changes),
            tuple(Note(kind=kind, id=nid, offset=offset,  # type: ignore[arg-type]
                       text=self.notes.text(kind, nid))
                  for kind, nid, offset in got.notes),
            tuple(got.comment_marks))
        for tb in got.boxes:
            self.container(tb, cell)

    def add(self, p: etree._Element, cell: CellPos | None, text: str,
            pstyle: etree._Element | None, numpr: etree._Element | None,
            ind: etree._Element | None, rtl: bool, lang: str | None, bookmarks: list[str],
            changes: tuple[Change, ...], notes: tuple[Note, ...],
            comment_marks: tuple[CommentMark, ...]) -> None:
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
        if self.pending_bookmarks:
            bookmarks = self.pending_bookmarks + bookmarks
            self.pending_bookmarks = []
        # Positional arguments, in the order of _RAW_BLOCK_FIELDS: with keywords the
        # call costs twice as much, and it is made for every paragraph.
        self.blocks.append(RawBlock(
            text, DocxLoc(self.part, len(self.blocks)),
            self.styles.name(style_id) if style_id else None, cell, False, indented,
            tuple(bookmarks), label, p.get(PARA_ID), rtl, lang, changes, notes,
            comment_marks))

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The list label of a numbered paragraph. numbering.xml is read on first use:
        many documents number nothing automatically, and reading it costs ~0.2 ms."""
        if self.numbering is None:
            self.numbering = Numbering.load(self.pkg, self.styles.numbering_of)
        return self.numbering.label(num_id, ilvl)


# RawBlock is built positionally above; this stops the import if its fields change.
_RAW_BLOCK_FIELDS = ("text", "loc", "style", "cell", "lead_tab", "indented", "bookmarks",
                     "auto_label", "para_id", "rtl", "lang", "changes", "notes",
                     "comment_marks")
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


def _lang(el: etree._Element, rtl: bool) -> str | None:
    """A w:lang's tag for the paragraph: the bidi language in a right-to-left one."""
    return (el.get(W + "bidi") if rtl else None) or el.get(VAL) or el.get(W + "eastAsia")


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
    :func:`_contents` give; paragraphs they must read are left out: those holding a
    tracked change, a note or comment anchor or a text box (anything in _RARE), and
    those holding another paragraph, and any past the first ``limit`` (a document
    with more paragraphs than that is refused by the walk: no use reading them all)."""
    slow: set[etree._Element] = set()
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
            text = el.text if not len(el) else _split_text(el)
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
            char = _sym(el.get(W + "char"))
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


def _within(el: etree._Element, p: etree._Element | None) -> bool:
    """Whether ``el`` is inside ``p``."""
    parent = el.getparent()
    while parent is not None:
        if parent is p:
            return True
        parent = parent.getparent()
    return False


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


def _under(element: etree._Element, tag: str, stop: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


class _Contents:
    """What :func:`_contents` finds in a paragraph."""

    __slots__ = ("bookmarks", "boxes", "changes", "comment_marks", "lang", "notes", "text")

    def __init__(self) -> None:
        self.text = ""
        self.bookmarks: list[str] = []
        self.boxes: list[etree._Element] = []
        self.lang: str | None = None
        #: (kind "insert"/"delete", author, date, start, end), revisions="all" only
        self.changes: list[tuple[str, str | None, str | None, int, int]] = []
        #: (kind "footnote"/"endnote", id, offset)
        self.notes: list[tuple[str, str, int]] = []
        self.comment_marks: list[CommentMark] = []


def _contents(p: etree._Element, rtl: bool, revisions: Revisions = "accept") -> _Contents:
    """One pass over a paragraph: its visible text (runs in hyperlinks, fields, smart
    tags and content controls included; field codes and text boxes left out; tracked
    changes as ``revisions`` says), its bookmarks, text boxes, language tag,
    note references, comment anchors and (with ``revisions="all"``) change spans."""
    out = _Contents()
    parts: list[str] = []
    length = 0
    tracked = False  # a revision mark was seen: text needs its ancestors checked
    # p.iter() with no tag filter and a set lookup: lxml's multi-tag matcher costs
    # more per call than visiting the few elements of a paragraph.
    wanted = _WANTED
    for el in p.iter():
        tag = el.tag
        if tag not in wanted:
            continue
        if tag == T and not tracked and not out.boxes:
            # The common case, first: plain text in a run (an entity left unresolved
            # splits it into child nodes: their tails are text too).
            plain = el.text if not len(el) else _split_text(el)
            if plain:
                if "\u00ad" in plain:
                    plain = plain.replace("\u00ad", "")  # soft hyphen: invisible
                parts.append(plain)
                length += len(plain)
            continue
        if out.boxes or tag == TXBX:
            # Rare: text inside a text box belongs to the box's own paragraphs, and
            # mc:Fallback repeats what mc:Choice holds.
            if tag == TXBX:
                if not _under(el, FALLBACK, p) and not _under(el, TXBX, p):
                    out.boxes.append(el)
                continue
            if _under(el, TXBX, p) or _under(el, FALLBACK, p):
                continue
        if tag in _REVISION_TAGS:
            tracked = True
            continue
        piece: str | None = None
        if tag in (T, DEL_TEXT):
            piece = (el.text if not len(el) else _split_text(el)) or ""
            if "\u00ad" in piece:
                piece = piece.replace("\u00ad", "")  # soft hyphen: invisible
        elif tag == TAB:
            # w:tab also names a tab stop inside w:tabs (pPr); only run tabs count.
            if el.getparent().tag == R:  # type: ignore[union-attr]
                piece = "\t"
        elif tag == BR:
            if el.get(W + "type") in (None, "textWrapping"):
                piece = "\n"
        elif tag == CR:
            piece = "\n"
        elif tag == NBH:
            piece = "-"
        elif tag == SYM:
            piece = _sym(el.get(W + "char"))
        elif tag == BOOKMARK:
            name = el.get(W + "name")
            if name:
                out.bookmarks.append(name)
        elif tag == LANG:
            if out.lang is None:
                out.lang = _lang(el, rtl)
        elif tag in (FOOTNOTE_REF, ENDNOTE_REF):
            kind = "footnote" if tag == FOOTNOTE_REF else "endnote"
            out.notes.append((kind, el.get(W + "id", ""), length))
        elif tag in (COMMENT_START, COMMENT_END):
            out.comment_marks.append(CommentMark(
                el.get(W + "id", ""), "start" if tag == COMMENT_START else "end", length))
        if not piece:
            continue
        change = _revision_of(el, p) if tracked else None
        if change is None:
            if tag == DEL_TEXT:
                continue  # w:delText outside any w:del: nothing to show
        else:
            inserted = change.tag in (INS, MOVE_TO)
            if revisions == "accept" and not inserted:
                continue
            if revisions == "reject" and inserted:
                continue
            if revisions == "all":
                kind = "insert" if inserted else "delete"
                author, date = change.get(W + "author"), change.get(W + "date")
                last = out.changes[-1] if out.changes else None
                if last and last[:3] == (kind, author, date) and last[4] == length:
                    out.changes[-1] = (kind, author, date, last[3], length + len(piece))
                else:
                    out.changes.append((kind, author, date, length, length + len(piece)))
        parts.append(piece)
        length += len(piece)
    out.text = "".join(parts)
    return out


def _split_text(el: etree._Element) -> str:
    """The text of a w:t split by unresolved entity nodes: the pieces between them
    (an entity is never expanded, and its name is not text)."""
    return (el.text or "") + "".join(child.tail or "" for child in el)


def _revision_of(el: etree._Element, stop: etree._Element) -> etree._Element | None:
    """The tracked-change element (w:ins, w:del, w:moveFrom, w:moveTo) around ``el``."""
    parent = el.getparent()
    while parent is not None and parent is not stop:
        if parent.tag in _REVISION_TAGS:
            return parent
        parent = parent.getparent()
    return None


def _sym(char: str | None) -> str:
    """A w:sym character; Symbol-font private-use code points map to what they show."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
        return {0xB7: "•", 0xA7: "▪", 0x2D: "–"}.get(code, chr(code))
    if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return ""  # not a character
    return chr(code)
