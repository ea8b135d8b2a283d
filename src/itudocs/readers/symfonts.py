"""What a ``w:sym`` character shows: Word stores a symbol font's glyph as a private-use
code point (U+F000 + the font's byte), and the glyph depends on the font.

The Symbol font is Adobe's Symbol encoding (Greek letters on the Latin ones, ∨ at 0xDA);
Wingdings is mapped for the glyphs documents use (bullets, boxes, check marks, arrows).
A byte of a symbol font without a known glyph keeps its private-use code point (never
the Latin-1 letter of the same byte: Symbol's 0xDA is "∨", not "Ú"); an ordinary text
font written with the F000 offset gives its own character.

```pycon
>>> from itudocs.readers.symfonts import sym_char
>>> sym_char("F0DA", "Symbol"), sym_char("F061", "Symbol"), sym_char("F0FC", "Wingdings")
('∨', 'α', '✓')
>>> sym_char("F0DA", "Webdings") == "\\uf0da", sym_char("F06F", "Courier New")
(True, 'o')

```
"""

from __future__ import annotations

# Adobe Symbol encoding, 0x20-0xFE (Windows' Symbol font has the euro at 0xA0).
_SYMBOL_LOW = (" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾"
               "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")
_SYMBOL_HIGH = ("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
                "◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\uf0f0〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭")
SYMBOL: dict[int, str] = {
    **{0x20 + i: c for i, c in enumerate(_SYMBOL_LOW)},
    **{0xA0 + i: c for i, c in enumerate(_SYMBOL_HIGH)},
}
SYMBOL.pop(0xF0)  # no glyph in Windows' Symbol font

# Wingdings: the glyphs of bullets, boxes, marks and arrows in Unicode.
WINGDINGS: dict[int, str] = {
    0x4A: "☺", 0x4B: "😐", 0x4C: "☹", 0x6C: "●", 0x6D: "❍", 0x6E: "■", 0x6F: "□",
    0x71: "❑", 0x72: "❒", 0x73: "⬧", 0x74: "⧫", 0x75: "◆", 0x76: "❖", 0x77: "⬥",
    0x78: "⌧", 0x9E: "·", 0x9F: "•", 0xA1: "○", 0xA7: "▪", 0xA8: "◻", 0xD5: "⌫",
    0xD6: "⌦", 0xD8: "➢", 0xDA: "⮛", 0xEF: "⇦", 0xF0: "⇨", 0xF1: "⇧", 0xF2: "⇩",
    0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
}
#: fonts whose bytes are glyphs, not letters: without a table, the code point is kept
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings", "marlett", "zapf", "dingbat", "mt extra")


def sym_char(char: str | None, font: str | None = None) -> str:
    """The character a ``w:sym`` (``w:char`` in hex, ``w:font``) shows; "" when
    ``char`` is not a character."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    if not 0 < code <= 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return ""  # not a character
    byte = code - 0xF000 if 0xF000 <= code <= 0xF0FF else code if code <= 0xFF else None
    if byte is None:
        return chr(code)
    name = (font or "").strip().lower()
    if name == "symbol":
        return SYMBOL.get(byte, chr(0xF000 + byte))
    if name == "wingdings":
        return WINGDINGS.get(byte, chr(0xF000 + byte))
    if any(name.startswith(f) for f in _SYMBOL_FONTS):
        return chr(0xF000 + byte)
    if not name and byte in (0xB7, 0xA7):  # no font said: the usual bullets
        return "•" if byte == 0xB7 else "▪"
    return chr(byte) if byte else ""  # F000 in a text font: NUL, no character
