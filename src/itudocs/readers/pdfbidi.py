"""Right-to-left lines of a PDF back in logical order.

A PDF draws glyphs where they stand on the page (visual order); PDFium's own text of an
Arabic line is a partial reordering that turns number ranges round ("19-9" for "9-19"),
leaves mirrored brackets as drawn (")2009(") and splits a lam-alef ligature's two
letters the wrong way round ("األصل" for "الأصل"). Here the glyphs of one line,
sorted by their position, are read right to left, with the runs a right-to-left
paragraph lays out left to right (Latin words, numbers) turned back, brackets
mirrored, and a ligature's letters in their logical order (lam first).

The rules are the part of the Unicode bidirectional algorithm that such lines need: a
stretch without right-to-left letters that holds a Latin letter is one left-to-right
run from its first to its last strong character ("PL 1.5", "C20/57-A", "WG-CP");
numbers alone are runs of digits and the separators between them (".", ","), while a
hyphen or a space between two numbers stays right to left, as Word and LibreOffice lay
out a range in Arabic text ("9-19" drawn as "19-9").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

import regex

#: characters of right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo and their
#: presentation forms)
RTL_CHARS = regex.compile(r"[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]")
_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")
_NUMBER_JOINERS = frozenset(".,:/\u066b\u066c")  # CS: within a number, not across it
_BRACKETS = frozenset("()[]{}<>«»‹›")
_ALEFS = frozenset("\u0627\u0623\u0625\u0622")
_LAM = "\u0644"


class Glyph(NamedTuple):
    """One character as PDFium found it: its text and horizontal extent."""

    text: str
    x0: float
    x1: float


def _kind(text: str) -> str:
    """R (right-to-left letter), L (other letter), N (digit) or O (other)."""
    ch = text[0]
    if RTL_CHARS.match(ch) and not ("\u0660" <= ch <= "\u0669" or "\u06f0" <= ch <= "\u06f9"):
        return "R"
    if ch.isdigit():
        return "N"
    if ch.isalpha():
        return "L"
    return "O"


def clusters(glyphs: Sequence[Glyph]) -> list[Glyph]:
    """The glyphs in visual order (left to right), each drawn glyph once: characters
    sharing one box (a ligature) become one cluster in logical order, and a combining
    mark joins the letter it sits on."""
    ordered = sorted(glyphs, key=lambda g: (g.x0 + g.x1) / 2)
    out: list[Glyph] = []
    marks: list[Glyph] = []
    for g in ordered:
        if unicodedata.category(g.text[0]).startswith("M"):
            marks.append(g)
        elif out and abs(out[-1].x0 - g.x0) < 0.01 and abs(out[-1].x1 - g.x1) < 0.01:
            out[-1] = Glyph(_ligature(out[-1].text + g.text), g.x0, g.x1)
        else:
            out.append(g)
    for m in marks:  # after the letter whose box holds the mark's middle (or the nearest)
        mid = (m.x0 + m.x1) / 2
        if not out:
            out.append(m)
            continue
        k = min(range(len(out)), key=lambda i: abs((out[i].x0 + out[i].x1) / 2 - mid)
                if not out[i].x0 <= mid <= out[i].x1 else -1.0)
        out[k] = Glyph(out[k].text + m.text, out[k].x0, out[k].x1)
    return out


def _ligature(text: str) -> str:
    """A lam-alef ligature's letters in logical order (lam, then the alef)."""
    if len(text) == 2 and _LAM in text and (set(text) - {_LAM}) <= _ALEFS:
        return _LAM + text.replace(_LAM, "", 1)
    return text


def logical(visual: Sequence[Glyph], *, rtl: bool) -> str:
    """The text of one line's clusters (left to right as drawn), in logical order.
    ``rtl``: the line belongs to a right-to-left paragraph."""
    if not rtl:
        return _ltr_line(visual)
    texts = [g.text for g in visual]
    kinds = [_kind(t) for t in texts]
    units: list[str] = []  # left to right: a left-to-right run, or one other character
    i, n = 0, len(texts)
    while i < n:
        if kinds[i] == "R" or kinds[i] == "O":
            units.append(texts[i].translate(_MIRROR))
            i += 1
            continue
        j = i
        while j < n and kinds[j] != "R":
            j += 1
        end = j - 1  # the stretch [i, j) has no R; its runs end at its last L or digit
        while kinds[end] == "O":
            end -= 1
        groups = _runs(texts, kinds, i, end + 1)
        at = i
        for a, b in groups:
            units.extend(texts[k].translate(_MIRROR) for k in range(at, a))
            units.append("".join(texts[a:b]))
            at = b
        i = end + 1
    return balance("".join(reversed(units)))


def paragraph_marks(text: str) -> str:
    """A right-to-left paragraph's brackets and guillemets put right as a whole: an even
    number of one kind of bracket that does not pair up is read as pairs, open then
    close ("(WG-CP(" is "(WG-CP)"); a guillemet that opens the paragraph is "«" and one
    that ends it (before its last punctuation) is "»"."""
    chars = list(balance(text))
    for opener, closer in ("()", "[]"):
        at = [k for k, c in enumerate(chars) if c in (opener, closer)]
        if at and len(at) % 2 == 0 and not _paired(chars, at, opener):
            for n, k in enumerate(at):
                chars[k] = opener if n % 2 == 0 else closer
    body = [k for k, c in enumerate(chars) if not c.isspace()]
    lead = next((k for k in body if chars[k] not in "\t"), None)
    if lead is not None and chars[lead] in "«»":
        chars[lead] = "«"
    tail = next((k for k in reversed(body) if chars[k] not in ".,;:!?،؛؟"), None)
    if tail is not None and tail != lead and chars[tail] in "«»":
        chars[tail] = "»"
    return "".join(chars)


def _paired(chars: list[str], at: list[int], opener: str) -> bool:
    depth = 0
    for k in at:
        depth += 1 if chars[k] == opener else -1
        if depth < 0:
            return False
    return depth == 0


def balance(text: str) -> str:
    """Brackets facing the wrong way round a text (")C-2001(" for "(C-2001)") turned:
    LibreOffice maps a mirrored bracket to the character drawn in some runs and to the
    character meant in others, so the pairs are put right by matching them."""
    if not any(c in _BRACKETS for c in text):
        return text
    chars = list(text)
    for opener, closer in ("()", "[]", "{}", "«»"):
        stray_closers: list[int] = []
        openers: list[int] = []
        for k, c in enumerate(chars):
            if c == opener:
                openers.append(k)
            elif c == closer:
                if openers:
                    openers.pop()
                else:
                    stray_closers.append(k)
        # a stray closer before a stray opener: the pair was drawn mirrored
        while stray_closers and openers and stray_closers[0] < openers[-1]:
            chars[stray_closers.pop(0)] = opener
            chars[openers.pop()] = closer
    return "".join(chars)


def _runs(texts: list[str], kinds: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """The left-to-right runs of a stretch without right-to-left letters, left to right:
    its words ("C-2001", "C19/35", "1.5"), merged where a word with a Latin letter comes
    first and no bracket stands between ("PL 1.5", "C19/35 + Add.1"; not "(C-2001) 482").
    Numbers alone stay apart ("9-19" drawn as "19-9")."""
    words: list[list[int]] = []  # [first, end) of each word
    k = start
    while k < end:
        if kinds[k] == "O":
            k += 1
            continue
        a = k
        latin = False
        while k < end:
            if kinds[k] != "O":
                latin = latin or kinds[k] == "L"
                k += 1
                continue
            c = texts[k]
            if k + 1 < end and kinds[k + 1] != "O" and not c.isspace() and c not in _BRACKETS \
                    and (c in _NUMBER_JOINERS or latin or kinds[k + 1] == "L"):
                k += 1
                continue
            break
        words.append([a, k])
    merged: list[list[int]] = []
    for word in words:
        if merged:
            prev = merged[-1]
            between = texts[prev[1]:word[0]]
            if "L" in kinds[prev[0]:prev[1]] and not any(c in _BRACKETS for c in between):
                prev[1] = word[1]
                continue
        merged.append(word)
    return [(a, b) for a, b in merged]


def _ltr_line(visual: Sequence[Glyph]) -> str:
    """A left-to-right line: right-to-left words in it read back to front."""
    texts = [g.text for g in visual]
    kinds = [_kind(t) for t in texts]
    out: list[str] = []
    i = 0
    while i < len(texts):
        if kinds[i] != "R":
            out.append(texts[i])
            i += 1
            continue
        j = i
        while j + 1 < len(texts) and kinds[j + 1] != "L" and (
                kinds[j + 1] == "R" or "R" in kinds[j + 1:j + 4]):
            j += 1
        out.extend(t.translate(_MIRROR) for t in reversed(texts[i:j + 1]))
        i = j + 1
    return "".join(out)


def is_rtl(text: str) -> bool:
    """Whether a line is mostly right-to-left letters (counted against other letters)."""
    r = len(RTL_CHARS.findall(text))
    if not r:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return r * 2 >= letters
