"""A stand-in for PDFium's text calls (``FPDFText_*``) over characters with
hand-placed boxes, for the tests of ``PageReader`` (tests/test_mut_pdf.py,
tests/test_pdflines_glyphs.py): the font is 10 pt, ``runs`` are the rectangles PDFium
would merge characters into."""

from __future__ import annotations

import ctypes
from typing import Any, NamedTuple

TP = object()  # the text page handle PDFium would give


class Char(NamedTuple):
    ch: str
    left: float
    right: float
    bottom: float = 0.0
    top: float = 10.0
    generated: bool = False  # a character PDFium made up (a space between words)


def _set(ptr: Any, value: float) -> None:
    ptr._obj.value = value


class FakePdfium:
    """The ``FPDFText_*`` calls ``PageReader`` makes. ``runs`` are the index ranges
    ``[a, b)`` PDFium merges into one rectangle each (the box of their characters);
    ``weights`` the font weight of some characters (400 for the others)."""

    def __init__(self, page: list[Char], runs: list[tuple[int, int]] | None = None,
                 font: bytes = b"Arial", weights: dict[int, int] | None = None) -> None:
        self.chars = page
        self.runs = runs or []
        self.font = font
        self.weights = weights or {}
        self.weight_calls = 0
        self._rects: list[tuple[float, float, float, float]] = []

    def _at(self, tp: object, i: int) -> Char:
        assert tp is TP
        return self.chars[i]

    def _box(self, a: int, b: int) -> tuple[float, float, float, float]:
        cs = self.chars[a:b]
        return (min(c.left for c in cs), max(c.top for c in cs),
                max(c.right for c in cs), min(c.bottom for c in cs))  # left, top, right, bottom

    def FPDFText_CountRects(self, tp: object, s: int, n: int) -> int:
        assert tp is TP
        self._rects = [self._box(a, b) for a, b in self.runs if a < s + n and b > s]
        return len(self._rects)

    def FPDFText_GetRect(self, tp: object, k: int, *ptrs: Any) -> None:
        assert tp is TP
        for ptr, value in zip(ptrs, self._rects[k], strict=True):
            _set(ptr, value)

    def FPDFText_GetCharIndexAtPos(self, tp: object, x: float, y: float, xt: float,
                                   yt: float) -> int:
        assert tp is TP
        return next((i for i, c in enumerate(self.chars)
                     if c.left <= x <= c.right and c.bottom <= y <= c.top), -1)

    def FPDFText_IsGenerated(self, tp: object, i: int) -> int:
        return 1 if self._at(tp, i).generated else 0

    def FPDFText_GetUnicode(self, tp: object, i: int) -> int:
        return ord(self._at(tp, i).ch)

    def FPDFText_GetCharBox(self, tp: object, i: int, *ptrs: Any) -> None:
        c = self._at(tp, i)
        for ptr, value in zip(ptrs, (c.left, c.right, c.bottom, c.top), strict=True):
            _set(ptr, value)

    def FPDFText_GetCharOrigin(self, tp: object, i: int, x: Any, y: Any) -> None:
        c = self._at(tp, i)
        _set(x, c.left)
        _set(y, c.bottom + 2.0)

    def FPDFText_GetFontSize(self, tp: object, i: int) -> float:
        self._at(tp, i)
        return 10.0

    def FPDFText_GetFontInfo(self, tp: object, i: int, buf: Any, n: int,
                             flags: Any) -> int:
        self._at(tp, i)
        ctypes.memmove(buf, self.font + b"\0", len(self.font) + 1)
        return len(self.font) + 1

    def FPDFText_GetFontWeight(self, tp: object, i: int) -> int:
        self._at(tp, i)
        self.weight_calls += 1
        return self.weights.get(i, 400)
