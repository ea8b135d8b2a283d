"""WordprocessingML names the .docx reader uses: namespaces, tags, attributes."""

from __future__ import annotations

from typing import Literal

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
HYPERLINK, FLD_SIMPLE, FLD_CHAR, INSTR_TEXT = (
    W + "hyperlink", W + "fldSimple", W + "fldChar", W + "instrText")
OMATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_REVISION_TAGS = frozenset((INS, DEL, MOVE_FROM, MOVE_TO))
_PARAGRAPH_TAGS = (T, TAB, BR, CR, NBH, SYM, BOOKMARK, TXBX, LANG, DEL_TEXT,
                   INS, DEL, MOVE_FROM, MOVE_TO, FOOTNOTE_REF, ENDNOTE_REF, COMMENT_START,
                   COMMENT_END, HYPERLINK, OMATH, W + "outlineLvl")
#: fields: read by _contents, which the first pass leaves a paragraph to only when a
#: field is a hyperlink (a page number or a cross-reference is only its text)
_FIELD_TAGS = (FLD_SIMPLE, FLD_CHAR, INSTR_TEXT)
_WANTED = frozenset(_PARAGRAPH_TAGS + _FIELD_TAGS)
# What the first pass reads. A paragraph holding anything else _contents handles (a
# text box, a tracked change, a note reference, a comment anchor) is left to _contents.
_ONE_PASS_TAGS = (P, PPR, PSTYLE, NUMPR, IND, BIDI, T, TAB, BR, CR, NBH, SYM, BOOKMARK, LANG)
_PROPERTY_TAGS = frozenset((PSTYLE, NUMPR, IND, BIDI))
_RARE = tuple(tag for tag in _PARAGRAPH_TAGS if tag not in _ONE_PASS_TAGS)
Revisions = Literal["accept", "reject", "all"]
_CONTAINERS = (SDT_CONTENT, CUSTOM_XML, W + "ins", W + "moveTo", W + "smartTag")
_DELETED_CONTAINERS = (W + "del", W + "moveFrom")


def to_int(value: str | None) -> int | None:
    """An integer attribute, or None when absent or not a number."""
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
