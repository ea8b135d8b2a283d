"""A paragraph's contents read element by element: its text (runs in hyperlinks, fields,
smart tags and content controls; tracked changes as asked), bookmarks, text boxes,
language tag, note references and comment anchors. The .docx reader uses it for
paragraphs its one-pass reading does not cover."""

from __future__ import annotations

from collections.abc import Mapping

import regex
from lxml import etree

from itudocs.readers.blocks import CommentMark
from itudocs.readers.omml import linear
from itudocs.readers.symfonts import sym_char
from itudocs.readers.wordml import (
    _REVISION_TAGS,
    _WANTED,
    BOOKMARK,
    BR,
    COMMENT_END,
    COMMENT_START,
    CR,
    DEL_TEXT,
    ENDNOTE_REF,
    FALLBACK,
    FLD_CHAR,
    FLD_SIMPLE,
    FOOTNOTE_REF,
    HYPERLINK,
    INS,
    INSTR_TEXT,
    LANG,
    MOVE_TO,
    NBH,
    OMATH,
    R_ID,
    SYM,
    TAB,
    TXBX,
    VAL,
    R,
    Revisions,
    T,
    W,
)


def _under(element: etree._Element, tag: str, stop: etree._Element) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == tag:
            return True
        parent = parent.getparent()
    return False


class Contents:
    """What :func:`paragraph_contents` finds in a paragraph."""

    __slots__ = ("bookmarks", "boxes", "changes", "comment_marks", "lang", "links", "notes",
                 "spans", "text")

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
        #: (start, end, url) of each hyperlink's text
        self.links: list[tuple[int, int, str]] = []
        #: (kind "math", start, end) of each equation's linear text
        self.spans: list[tuple[str, int, int]] = []


def paragraph_contents(p: etree._Element, rtl: bool, revisions: Revisions = "accept",
                       urls: Mapping[str, str] | None = None) -> Contents:
    """One pass over a paragraph: its visible text (runs in hyperlinks, fields, smart
    tags and content controls included; field codes and text boxes left out; tracked
    changes as ``revisions`` says; equations in linear form), its bookmarks, text boxes,
    language tag, note references, comment anchors, hyperlinks (``urls``: the part's
    external relationship targets by id), equation spans and (with
    ``revisions="all"``) change spans."""
    out = Contents()
    parts: list[str] = []
    length = 0
    tracked = False  # a revision mark was seen: text needs its ancestors checked
    skip: set[etree._Element] | None = None  # the inside of an equation, read whole
    links: list[tuple[etree._Element, str, int]] = []  # hyperlinks open: element, url, start
    fields: list[list[str | int | None]] = []  # complex fields open: [code, start]
    # p.iter() with no tag filter and a set lookup: lxml's multi-tag matcher costs
    # more per call than visiting the few elements of a paragraph.
    wanted = _WANTED
    for el in p.iter():
        tag = el.tag
        if tag not in wanted or (skip is not None and el in skip):
            continue
        if tag == T and not tracked and not out.boxes and not links:
            # The common case, first: plain text in a run (an entity left unresolved
            # splits it into child nodes: their tails are text too).
            plain = el.text if not len(el) else split_text(el)
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
            piece = (el.text if not len(el) else split_text(el)) or ""
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
            piece = sym_char(el.get(W + "char"), el.get(W + "font"))
        elif tag == OMATH:
            piece = linear(el)
            skip = (skip or set()).union(el.iter())
        elif tag in (HYPERLINK, FLD_SIMPLE):
            url = _link_url(el, urls)
            if url:
                _close_links(links, el, length, out.links)
                links.append((el, url, length))
        elif tag == FLD_CHAR:
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                fields.append(["", None])
            elif kind == "separate" and fields:
                fields[-1][1] = length
            elif kind == "end" and fields:
                code, start = fields.pop()
                url = _field_url(str(code))
                if url and isinstance(start, int) and length > start:
                    out.links.append((start, length, url))
        elif tag == INSTR_TEXT:
            if fields and fields[-1][1] is None:
                fields[-1][0] = str(fields[-1][0]) + (el.text or "")
        elif tag == BOOKMARK:
            name = el.get(W + "name")
            if name:
                out.bookmarks.append(name)
        elif tag == LANG:
            if out.lang is None:
                out.lang = lang_tag(el, rtl)
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
        if links:
            _close_links(links, el, length, out.links)
        if tag == OMATH:
            out.spans.append(("math", length, length + len(piece)))
        parts.append(piece)
        length += len(piece)
    _close_links(links, None, length, out.links)
    out.links.sort()
    out.text = "".join(parts)
    return out


def _close_links(links: list[tuple[etree._Element, str, int]], el: etree._Element | None,
                 length: int, done: list[tuple[int, int, str]]) -> None:
    """Close the open hyperlinks ``el`` is not inside (all of them for None): their
    text ends at ``length``."""
    while links and (el is None or not within(el, links[-1][0])):
        _, url, start = links.pop()
        if length > start:
            done.append((start, length, url))


def within(el: etree._Element, ancestor: etree._Element | None) -> bool:
    """Whether ``el`` is inside ``ancestor`` (never inside None)."""
    parent = el.getparent()
    while parent is not None:
        if parent is ancestor:
            return True
        parent = parent.getparent()
    return False


def _link_url(el: etree._Element, urls: Mapping[str, str] | None) -> str | None:
    """The target of a w:hyperlink (its relationship's URL, or ``#anchor``) or of a
    w:fldSimple HYPERLINK field."""
    if el.tag == FLD_SIMPLE:
        return _field_url(el.get(W + "instr") or "")
    rid = el.get(R_ID)
    url = urls.get(rid) if urls and rid else None
    anchor = el.get(W + "anchor")
    if url:
        return url + (f"#{anchor}" if anchor and "#" not in url else "")
    return f"#{anchor}" if anchor else None


_FIELD = regex.compile(r'\\([a-zA-Z])\s*(?:"([^"]*)"|(\S+))?|"([^"]*)"|(\S+)')


def _field_url(code: str) -> str | None:
    """The target of a HYPERLINK field code: ``HYPERLINK "https://..." \\l "anchor"``."""
    words = code.split(None, 1)
    if not words or words[0].upper() != "HYPERLINK" or len(words) < 2:
        return None
    url = anchor = None
    for m in _FIELD.finditer(words[1]):
        switch, quoted, bare, target, plain = m.groups()
        if switch is not None:
            if switch == "l":
                anchor = quoted if quoted is not None else bare
        elif url is None:
            url = target if target is not None else plain
    if url and anchor:
        return f"{url}#{anchor}"
    return url or (f"#{anchor}" if anchor else None)


def split_text(el: etree._Element) -> str:
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


def lang_tag(el: etree._Element, rtl: bool) -> str | None:
    """A w:lang's tag for the paragraph: the bidi language in a right-to-left one."""
    return (el.get(W + "bidi") if rtl else None) or el.get(VAL) or el.get(W + "eastAsia")
