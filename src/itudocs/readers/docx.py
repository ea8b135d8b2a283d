"""Reader for Word .docx files: one walk over ``word/document.xml`` with lxml.

The body is walked once, block-level elements only (paragraphs, tables, content
controls, custom XML); a paragraph's text is collected with lxml's C-level tag
filter. The style and numbering tables are built once per document. Tracked changes
are read as accepted (insertions kept, deletions dropped); page headers and footers
are not part of the body stream.
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from itudocs.blocks import CellPos, RawBlock, Stream
from itudocs.errors import LimitExceededError
from itudocs.limits import Limits
from itudocs.model import DocxLoc
from itudocs.readers.numbering import Numbering
from itudocs.readers.package import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (
    W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt", W + "sdtContent", W + "customXml")
PPR, PSTYLE, NUMPR, ILVL, NUMID, IND = (
    W + "pPr", W + "pStyle", W + "numPr", W + "ilvl", W + "numId", W + "ind")
T, TAB, BR, CR, NBH, SYM, DRAWING, PICT, BOOKMARK = (
    W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen", W + "sym", W + "drawing",
    W + "pict", W + "bookmarkStart")
TXBX, FALLBACK, VAL, GRID_SPAN, V_MERGE = (
    W + "txbxContent", MC + "Fallback", W + "val", W + "gridSpan", W + "vMerge")
DEL, MOVE_FROM = W + "del", W + "moveFrom"
R = W + "r"
LANG, BIDI = W + "lang", W + "bidi"
PARA_ID = "{http://schemas.microsoft.com/office/word/2010/wordml}paraId"
_PARAGRAPH_TAGS = (T, TAB, BR, CR, NBH, SYM, BOOKMARK, DRAWING, PICT, TXBX, LANG)
_CONTAINERS = (SDT_CONTENT, CUSTOM_XML, W + "ins", W + "moveTo", W + "smartTag")


def read_docx(pkg: Package, limits: Limits) -> Stream:
    """The block stream of a Word package's main document."""
    root = pkg.xml(pkg.main_part)
    body = root.find(W + "body")
    if body is None:
        return Stream(blocks=())
    styles = _Styles(pkg)
    numbering = Numbering.load(pkg, styles.numbering_of)
    walker = _Walker(pkg.main_part, styles, numbering, limits, pkg.source)
    walker.container(body, None)
    return Stream(blocks=tuple(walker.blocks))


class _Styles:
    """styles.xml: paragraph style id -> name, and the numbering a style carries."""

    def __init__(self, pkg: Package) -> None:
        self.names: dict[str, str] = {}
        self._num: dict[str, tuple[str | None, int | None]] = {}
        self._based: dict[str, str] = {}
        part = pkg.related(pkg.main_part, "/styles")
        if part is None:
            return
        for style in pkg.xml(part).iter(W + "style"):
            sid = style.get(W + "styleId")
            if sid is None:
                continue
            name = style.find(W + "name")
            self.names[sid] = name.get(VAL, sid) if name is not None else sid
            based = style.find(W + "basedOn")
            if based is not None and based.get(VAL):
                self._based[sid] = based.get(VAL, "")
            numpr = style.find(f"{PPR}/{NUMPR}")
            if numpr is not None:
                num_id = numpr.find(NUMID)
                ilvl = numpr.find(ILVL)
                self._num[sid] = (
                    num_id.get(VAL) if num_id is not None else None,
                    _int(ilvl.get(VAL)) if ilvl is not None else None,
                )

    def numbering_of(self, style_id: str | None) -> tuple[str | None, int | None]:
        """The (numId, ilvl) a paragraph style gives, following basedOn."""
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self._num:
                return self._num[style_id]
            style_id = self._based.get(style_id)
        return (None, None)


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class _Walker:
    def __init__(self, part: str, styles: _Styles, numbering: Numbering, limits: Limits,
                 source: str | None) -> None:
        self.part = part
        self.styles = styles
        self.numbering = numbering
        self.limits = limits
        self.source = source
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
        if len(self.blocks) >= self.limits.max_paragraphs:
            raise LimitExceededError(
                f"the document has more than {self.limits.max_paragraphs} paragraphs",
                source=self.source)
        style_id = None
        num_id: str | None = None
        ilvl: int | None = None
        indented = False
        rtl = False
        ppr = p.find(PPR)
        if ppr is not None:
            bidi = ppr.find(BIDI)
            rtl = bidi is not None and bidi.get(VAL) not in ("0", "false", "off")
            ps = ppr.find(PSTYLE)
            if ps is not None:
                style_id = ps.get(VAL)
            numpr = ppr.find(NUMPR)
            if numpr is not None:
                nid, lvl = numpr.find(NUMID), numpr.find(ILVL)
                num_id = nid.get(VAL) if nid is not None else None
                ilvl = _int(lvl.get(VAL)) if lvl is not None else None
            ind = ppr.find(IND)
            if ind is not None:
                left = _int(ind.get(W + "left") or ind.get(W + "start"))
                indented = bool(left and left > 0)
        if num_id is None or ilvl is None:
            s_num, s_lvl = self.styles.numbering_of(style_id)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else (s_lvl if s_lvl is not None else 0)
        label = self.numbering.label(num_id, ilvl) if num_id is not None else None

        text, bookmarks, images, textboxes, lang = _contents(p, rtl)
        if self.pending_bookmarks:
            bookmarks = self.pending_bookmarks + bookmarks
            self.pending_bookmarks = []
        self.blocks.append(RawBlock(
            text=text,
            loc=DocxLoc(part=self.part, paragraph=len(self.blocks)),
            style=self.styles.names.get(style_id, style_id) if style_id else None,
            cell=cell,
            indented=indented,
            bookmarks=tuple(bookmarks),
            auto_label=label,
            list_level=ilvl if label is not None else None,
            images=images,
            para_id=p.get(PARA_ID),
            rtl=rtl,
            lang=lang,
        ))
        for tb in textboxes:
            self.container(tb, cell)


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


def _contents(p: etree._Element, rtl: bool
              ) -> tuple[str, list[str], int, list[etree._Element], str | None]:
    """One pass over a paragraph: its visible text (runs in hyperlinks, fields, smart
    tags and content controls included; deleted text, field codes and text boxes left
    out), its bookmarks, its image count, its text boxes and its language tag."""
    parts: list[str] = []
    append = parts.append
    bookmarks: list[str] = []
    images = 0
    boxes: list[etree._Element] = []
    lang: str | None = None
    for el in p.iter(_PARAGRAPH_TAGS):
        tag = el.tag
        if boxes or tag == TXBX:
            # Rare: text inside a text box belongs to the box's own paragraphs, and
            # mc:Fallback repeats what mc:Choice holds.
            if tag == TXBX:
                if not _under(el, FALLBACK, p) and not _under(el, TXBX, p):
                    boxes.append(el)
                continue
            if _under(el, TXBX, p) or _under(el, FALLBACK, p):
                continue
        if tag == T:
            if el.text:
                append(el.text)
        elif tag == TAB:
            # w:tab also names a tab stop inside w:tabs (pPr); only run tabs count.
            if el.getparent().tag == R:  # type: ignore[union-attr]
                append("\t")
        elif tag == BR:
            if el.get(W + "type") in (None, "textWrapping"):
                append("\n")
        elif tag == CR:
            append("\n")
        elif tag == NBH:
            append("-")
        elif tag == SYM:
            append(_sym(el.get(W + "char")))
        elif tag == BOOKMARK:
            name = el.get(W + "name")
            if name:
                bookmarks.append(name)
        elif tag == LANG:
            if lang is None:
                lang = (el.get(W + "bidi") if rtl else None) or el.get(VAL) \
                    or el.get(W + "eastAsia")
        else:  # w:drawing, w:pict
            images += 1
    text = "".join(parts)
    if "\u00ad" in text:
        text = text.replace("\u00ad", "")
    return text, bookmarks, images, boxes, lang


def _sym(char: str | None) -> str:
    """A w:sym character; Symbol-font private-use code points map to what they show."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
        return {0xB7: "•", 0xA7: "▪", 0x2D: "–"}.get(code, chr(code))
    return chr(code)
