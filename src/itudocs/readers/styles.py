"""Paragraph styles of a .docx (``styles.xml``), looked up lazily: a style's name, base
style and numbering."""

from __future__ import annotations

from functools import cache

import regex
from lxml import etree

from itudocs.errors import ItuDocsError
from itudocs.readers.package import TRANSITIONAL_W, Package, parse_xml
from itudocs.readers.wordml import (
    ILVL,
    NUMID,
    NUMPR,
    PPR,
    VAL,
    W,
)
from itudocs.readers.wordml import to_int as _int


class _Style:
    """A paragraph style as far as the reader needs it (a plain slotted class: attrs
    would add half a millisecond to the import for nothing used)."""

    __slots__ = ("based_on", "name", "numbering", "outline")

    def __init__(self, name: str, based_on: str | None,
                 numbering: tuple[str | None, int | None] | None,
                 outline: int | None = None) -> None:
        self.name = name
        self.based_on = based_on
        self.numbering = numbering
        self.outline = outline


class Styles:
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
        self._heading: dict[str, int | None] = {}

    def name(self, style_id: str) -> str:
        name = self._names.get(style_id)
        if name is None:
            style = self._get(style_id)
            name = self._names[style_id] = style.name if style else style_id
        return name

    def heading_level(self, style_id: str) -> int | None:
        """The heading level a paragraph style gives: 1 for Title, n for Heading n
        (by name, in English and a few other languages Word writes), else the outline
        level of the style or of a style it is based on (0 -> 1); None for body text."""
        if style_id in self._heading:
            return self._heading[style_id]
        level: int | None = None
        seen = set()
        current: str | None = style_id
        while current and current not in seen and level is None:
            seen.add(current)
            style = self._get(current)
            if style is None:
                break
            m = _HEADING_NAME.fullmatch(style.name.strip())
            if m is not None:
                level = int(m.group(1)) if m.group(1) else 1
            elif style.outline is not None and 0 <= style.outline <= 8:
                level = style.outline + 1
            current = style.based_on
        self._heading[style_id] = level
        return level

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
            if self._prefix is not None and (
                    b"<!" in self._data or self._data.count(b"styleId")
                    != self._data.count(self._prefix + b':styleId="')):
                # A comment, CDATA or DOCTYPE may hide or fake a style's tags, and a
                # styleId written otherwise (in single quotes, with spaces around "=",
                # under another prefix) would be missed by the cut's search: such a
                # part is parsed whole (Word writes neither).
                self._prefix = None
        if self._whole is None and self._prefix is not None:
            safe, found = self._cut(style_id)
            if safe:
                return found
        if self._whole is None:  # unusual XML: read the part the ordinary way
            root = self._pkg.xml(self._part)
            self._whole = {}
            for el in root.iter(W + "style"):  # a duplicated id: the first, as the cut finds
                self._whole.setdefault(el.get(W + "styleId", ""), el)
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
        if begin < 0 or end < 0:
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
#: heading style names (built-in names are English in styles.xml; other tools write
#: the localised ones): "Title" and "Heading 1" give level 1
_HEADING_NAME = regex.compile(
    r"(?i)title|titre|título|titel|(?:heading|überschrift|titre|título|titolo|заголовок"
    r"|标题|見出し)\s*([1-9])")


def _read_style(style: etree._Element, style_id: str) -> _Style:
    name = style.find(W + "name")
    based = style.find(W + "basedOn")
    numpr = style.find(f"{PPR}/{NUMPR}")
    numbering = None
    if numpr is not None:
        num_id, ilvl = numpr.find(NUMID), numpr.find(ILVL)
        numbering = (num_id.get(VAL) if num_id is not None else None,
                     _int(ilvl.get(VAL)) if ilvl is not None else None)
    outline = style.find(f"{PPR}/{W}outlineLvl")
    return _Style(name=name.get(VAL, style_id) if name is not None else style_id,
                  based_on=based.get(VAL) if based is not None else None,
                  numbering=numbering,
                  outline=_int(outline.get(VAL)) if outline is not None else None)

