"""A PDF page's text lines, from PDFium's characters and their boxes.

PDFium's text of a page (``FPDFText_GetText``) already breaks it into lines; for each
line this reads its box (the rectangles PDFium merges its characters into), the font
size and whether the font is bold, and splits it where two pieces stand far apart
(table cells side by side, "PL 1.5" and "Document C20/57-E") or joins a label to its
text with a TAB, as a Word file has it ("1.1<TAB>The Council..."). A line holding
right-to-left letters is rebuilt from its characters' boxes (``pdfbidi``).

Coordinates are PDF points with the origin at the page's bottom left, as in the PDF.
"""

from __future__ import annotations

import ctypes
import itertools
from typing import Any

import attrs
import regex

from itudocs.grammar.symbols import SYMBOL_RE, normalise
from itudocs.readers.pdfbidi import RTL_CHARS, Glyph, clusters, is_rtl, logical

#: a line's label standing apart from its text ("1.1", "a)", "•", "iv)", "(2)")
LABEL = regex.compile(
    r"(?:[0-9]{1,3}(?:\.[0-9]{1,3}){0,4}\.?|[0-9]{1,3}\)|\(?[a-zA-Z]{1,4}\)|\([0-9]{1,3}\)"
    r"|[•·▪–\-−*]|[\p{Nd}]{1,3}(?:\.[\p{Nd}]{1,3}){0,4})")
Rect = tuple[float, float, float, float]  # left, bottom, right, top
_SWAP = str.maketrans("()", ")(")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef]")
_GAP = 1.2  # a space wider than this many font sizes parts two pieces of a line
_WORD_GAP = 0.35  # a gap wider than this many font sizes between two glyphs is a space


@attrs.define
class Line:
    """One line (or one piece of a line) of a page."""

    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    bold: bool
    rtl: bool
    #: stood apart from another piece of its line (a table cell beside another)
    cell: bool = False
    #: the baseline's height (PDF points): line spacing is measured between baselines
    base: float = 0.0


class PageReader:
    """Reads the lines of PDFium text pages (one reader per document: the ctypes
    out-parameters are made once)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw  # the pypdfium2.raw module
        self._d = [ctypes.c_double() for _ in range(4)]
        self._ptrs = [ctypes.byref(d) for d in self._d]
        self._buf = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int()
        self._flags_ptr = ctypes.byref(self._flags)
        self._bold: dict[bytes, bool] = {}

    def lines(self, textpage: Any, text: str, page: int) -> list[Line]:
        """The lines of one page; ``text`` is the page's whole text from PDFium."""
        out: list[Line] = []
        pos = 0
        rtl_page = RTL_CHARS.search(text) is not None  # most pages have none: one search
        cjk_page = _CJK.search(text) is not None
        for raw_line in regex.split(r"\r\n|\r|\n", text):
            start = pos
            pos += len(raw_line) + (2 if text.startswith("\r\n", pos + len(raw_line)) else 1)
            stripped = raw_line.strip()
            if not stripped or stripped == "\ufffe":
                continue
            lead = len(raw_line) - len(raw_line.lstrip())
            s = start + lead
            e = s + len(stripped)
            if "\ufffe" in stripped:  # PDFium's mark for a hyphen at a line's end
                stripped = stripped.replace("\ufffe", "-")
            if rtl_page and RTL_CHARS.search(stripped):
                out.extend(self._glyph_line(textpage, s, e, page))
            else:
                if cjk_page and " " in stripped and _CJK.search(stripped):
                    stripped = self._cjk_spaces(textpage, stripped, s)
                out.extend(self._plain_line(textpage, stripped, s, e, page))
        return out

    # -- left-to-right lines: a few calls per line ------------------------------------------

    def _plain_line(self, tp: Any, text: str, s: int, e: int, page: int) -> list[Line]:
        raw = self.raw
        n = raw.FPDFText_CountRects(tp, s, e - s)
        rects = [self._rect(tp, k) for k in range(max(n, 0))]
        if not rects:
            return []
        if len(rects) == 1:
            return self._row(tp, text, s, e, page, rects)
        size = float(raw.FPDFText_GetFontSize(tp, s))
        # PDFium may hold two printed lines in one line of its text: split them first
        rows: list[tuple[int, list[Rect]]] = [(s, [rects[0]])]
        low, high = rects[0][1], rects[0][3]
        for rect in rects[1:]:
            row = rows[-1][1]
            if rect[3] < low + 0.2 * size or rect[1] > high - 0.2 * size:
                at = self._index_at(tp, rect)
                if rows[-1][0] < at < e:
                    rows.append((at, [rect]))
                    low, high = rect[1], rect[3]
                    continue
            row.append(rect)
            low, high = min(low, rect[1]), max(high, rect[3])
        out: list[Line] = []
        for k, (a, row) in enumerate(rows):
            b = rows[k + 1][0] if k + 1 < len(rows) else e
            piece = text[a - s:b - s]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.extend(self._row(tp, piece.strip(), a + lead, b, page, row))
        return out

    def _row(self, tp: Any, text: str, s: int, e: int, page: int,
             rects: list[Rect]) -> list[Line]:
        size, bold = self._font(tp, s)
        base = self._baseline(tp, s)
        pieces: list[tuple[int, int, list[Rect]]] = []
        first = s
        group = [rects[0]]
        for prev, rect in itertools.pairwise(rects):
            if rect[0] - prev[2] > _GAP * size and abs(rect[1] - prev[1]) < size:
                at = self._index_at(tp, rect)
                if first < at < e:
                    pieces.append((first, at, group))
                    first, group = at, []
            group.append(rect)
        pieces.append((first, e, group))
        if len(pieces) == 1:
            out = [_line(text.replace("\x00", ""), page, rects, size, bold)]
        else:
            out = self._pieces(text, s, pieces, page, size, bold)
        for line in out:
            line.base = base
        return out

    def _index_at(self, tp: Any, rect: Rect) -> int:
        """The character at a rectangle's left end."""
        mid_y = (rect[1] + rect[3]) / 2
        return int(self.raw.FPDFText_GetCharIndexAtPos(tp, rect[0] + 0.5, mid_y, 2.0, 2.0))

    def _baseline(self, tp: Any, i: int) -> float:
        x, y = self._d[0], self._d[1]
        self.raw.FPDFText_GetCharOrigin(tp, i, self._ptrs[0], self._ptrs[1])
        return y.value + 0.0 * x.value

    def _pieces(self, text: str, s: int, pieces: list[tuple[int, int, list[Rect]]], page: int,
                size: float, bold: bool) -> list[Line]:
        out: list[Line] = []
        label: tuple[str, list[Rect]] | None = None
        for n, (a, b, group) in enumerate(pieces):
            piece = text[a - s:b - s].replace("\x00", "").strip()
            if not piece or not group:
                continue
            if n == 0 and LABEL.fullmatch(piece) and len(pieces) > 1:
                label = (piece, group)
                continue
            if label is not None:
                out.append(_line(f"{label[0]}\t{piece}", page, label[1] + group, size, bold,
                                 cell=len(pieces) > 2))  # a table row: "1", title, "C19/1"
                label = None
            else:
                out.append(_line(piece, page, group, size, bold, cell=True))
        if label is not None:
            out.append(_line(label[0], page, label[1], size, bold))
        if len(out) == 1:
            out[0].cell = False
        return out

    def _cjk_spaces(self, tp: Any, text: str, s: int) -> str:
        """Chinese text without the spaces PDFium made up between a Chinese character
        and a Latin letter or digit (LibreOffice sets them apart, the source has no
        space: "理事会2020年会议"); typed spaces stay, and so does the one before a
        document symbol, which the conventions set apart ("文件 C20/57-C")."""
        out = []
        for k, ch in enumerate(text):
            if ch == " " and 0 < k < len(text) - 1 and (
                    _CJK.match(text[k - 1]) or _CJK.match(text[k + 1])) \
                    and not SYMBOL_RE.match(normalise(text[k + 1:k + 40])) \
                    and self.raw.FPDFText_IsGenerated(tp, s + k) == 1:
                out.append("\x00")  # same length: indices into the line stay right
            else:
                out.append(ch)
        return "".join(out)

    def _rect(self, tp: Any, k: int) -> Rect:
        d = self._d
        self.raw.FPDFText_GetRect(tp, k, *self._ptrs)
        return (d[0].value, d[3].value, d[2].value, d[1].value)  # left, bottom, right, top

    def _font(self, tp: Any, i: int) -> tuple[float, bool]:
        """Font size, and whether the font is bold (its weight, or "Bold" in its name)."""
        raw = self.raw
        size = float(raw.FPDFText_GetFontSize(tp, i))
        n = raw.FPDFText_GetFontInfo(tp, i, self._buf, len(self._buf), self._flags_ptr)
        name = self._buf.value if 0 < n <= len(self._buf) else b""
        bold = self._bold.get(name)
        if bold is None:
            bold = raw.FPDFText_GetFontWeight(tp, i) >= 600 or b"bold" in name.lower()
            if name:
                self._bold[name] = bold
        return size, bold

    # -- lines with right-to-left letters: every character's box ----------------------------

    def _glyph_line(self, tp: Any, s: int, e: int, page: int) -> list[Line]:
        raw = self.raw
        d = self._d
        size, bold = self._font(tp, s)
        base = self._baseline(tp, s)
        glyphs: list[Glyph] = []
        y0 = y1 = None
        for i in range(s, e):
            if raw.FPDFText_IsGenerated(tp, i) == 1:
                continue
            ch = chr(raw.FPDFText_GetUnicode(tp, i))
            if ch in "\r\n\x00":
                continue
            raw.FPDFText_GetCharBox(tp, i, *self._ptrs)  # left, right, bottom, top
            if ch.isspace() and d[1].value - d[0].value < 0.5:
                continue  # a zero-width space inside a word (before a combining mark)
            ch = "-" if ch == "\ufffe" else ch
            glyphs.append(Glyph(ch, d[0].value, d[1].value))
            if not ch.isspace():
                y0 = d[2].value if y0 is None else min(y0, d[2].value)
                y1 = d[3].value if y1 is None else max(y1, d[3].value)
        if not glyphs or y0 is None or y1 is None:
            return []
        visual = clusters(glyphs)
        # pieces: split where glyphs stand far apart; spaces where they stand apart
        pieces: list[list[Glyph]] = [[]]
        for g in visual:
            cur = pieces[-1]
            if cur:
                last = next((x for x in reversed(cur) if not x.text.isspace()), None)
                gap = g.x0 - (last.x1 if last is not None else cur[-1].x1)
                if last is not None and not g.text.isspace() and gap > _GAP * size:
                    pieces.append([g])
                    continue
                if not g.text.isspace() and not cur[-1].text.isspace() \
                        and g.x0 - cur[-1].x1 > _WORD_GAP * size:
                    cur.append(Glyph(" ", cur[-1].x1, g.x0))
            cur.append(g)
        all_text = "".join(g.text for g in visual)
        rtl = is_rtl(all_text)
        texts = []
        for piece in pieces:
            trimmed = _trim(piece)
            if trimmed:
                latin = sum(g.text.isascii() and g.text.isalpha() for g in trimmed)
                t = logical(trimmed, rtl=rtl and (latin < 2 or any(
                    RTL_CHARS.match(g.text) for g in trimmed))).strip()
                if not LABEL.fullmatch(t) and LABEL.fullmatch(t.translate(_SWAP)):
                    t = t.translate(_SWAP)  # a label's bracket LibreOffice did not mirror
                texts.append((t, trimmed[0].x0, trimmed[-1].x1))
        if rtl:
            texts.reverse()  # the right-most piece comes first
        out: list[Line] = []
        k = 0
        while k < len(texts):
            t, a, b = texts[k]
            if len(texts) > 1 and k == 0 and LABEL.fullmatch(t) and k + 1 < len(texts):
                t2, a2, b2 = texts[k + 1]
                out.append(Line(f"{t}\t{t2}", page, min(a, a2), y0, max(b, b2), y1, size,
                                bold, rtl, base=base))
                k += 2
                continue
            out.append(Line(t, page, a, y0, b, y1, size, bold, rtl, cell=len(texts) > 1,
                            base=base))
            k += 1
        return out


def _trim(glyphs: list[Glyph]) -> list[Glyph]:
    a, b = 0, len(glyphs)
    while a < b and glyphs[a].text.isspace():
        a += 1
    while b > a and glyphs[b - 1].text.isspace():
        b -= 1
    return glyphs[a:b]


def _line(text: str, page: int, rects: list[Rect], size: float,
          bold: bool, *, cell: bool = False) -> Line:
    if len(rects) == 1:
        r = rects[0]
        return Line(text, page, r[0], r[1], r[2], r[3], size, bold, False, cell)
    return Line(text, page, min(r[0] for r in rects), min(r[1] for r in rects),
                max(r[2] for r in rects), max(r[3] for r in rects), size, bold, False, cell)
