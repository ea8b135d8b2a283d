"""A PDF's lines made into paragraphs, as a Word file holds them.

Running page headers and footers ("2" and "C20/57-E" at the top of every later page,
"- 2 -") are taken out first, so that a paragraph a page break cut in two is joined
again. Then a line starts a new paragraph where the gap above it is wider than the
text's line pitch, where its font size or weight changes, where it starts with a label
("1.1<TAB>", "a)<TAB>", "•<TAB>"), where it stands apart from other pieces of its
line (a table cell) or where the line before it ended short of the right margin with
room for its first word. Lines are joined with a space, with none after a hyphen
(which is kept: "Vice-" + "Chairman") or between Chinese or Japanese characters; a
soft hyphen at a line's end is dropped. Small lines at the foot of a page, under the
text, that start with a number are footnotes: kept apart as the notes of the
paragraph that calls them.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from statistics import median

import attrs
import regex

from itudocs.grammar.symbols import SYMBOL_RE, normalise
from itudocs.model import Note, PdfLoc
from itudocs.readers.blocks import RawBlock
from itudocs.readers.pdfbidi import paragraph_marks
from itudocs.readers.pdflines import LABEL, Line
from itudocs.readers.tika import _page_mark

_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\u3000-\u303f\uff00-\uffef"
_CJK_CHAR = regex.compile(rf"[{_CJK}]")
# PDFium (and LibreOffice's spacing of mixed text) leave a space between Chinese and
# Latin letters or digits that the source does not have: "理事会 2020 年" is "理事会2020年".
_LABEL_START = regex.compile(rf"(?:{LABEL.pattern})\t")
_TERMINAL = frozenset(".;:!?。；：！？」”\"')")
_SINGLE = 1.3  # line pitch of single spacing, in font sizes (1.15 to 1.4 in practice)
_HEADER_LINES = 3  # lines at the top or the bottom of a page that may be running ones


@attrs.define
class Paragraph:
    lines: list[Line]
    #: footnotes: (the line that calls it or None, where in that line, id, text)
    notes: list[tuple[Line | None, int, str, str]] = attrs.Factory(list)


def drop_running(pages: Sequence[list[Line]], heights: Sequence[float]
                 ) -> tuple[list[list[Line]], list[str]]:
    """Every page's lines without its running header and footer; and the dropped texts."""
    def shape(text: str) -> str:
        return str(regex.sub(r"[0-9]+", "#", text.strip()))

    seen: Counter[str] = Counter()
    for lines in pages[1:]:
        ends = {shape(x.text) for x in lines[:_HEADER_LINES] + lines[-_HEADER_LINES:]}
        seen.update(ends)
    out: list[list[Line]] = []
    dropped: list[str] = []
    for n, lines in enumerate(pages):
        drop: set[int] = set()
        height = heights[n]
        for k in [*range(min(_HEADER_LINES, len(lines))),
                  *range(max(len(lines) - _HEADER_LINES, 0), len(lines))]:
            line = lines[k]
            top = line.y0 > height * 0.85
            bottom = line.y1 < height * 0.12
            if not (top or bottom) or len(line.text) > 60:
                continue
            text = line.text.strip()
            mark = bool(_page_mark().fullmatch(text)) or text == str(n + 1)
            symbol = n > 0 and bool(SYMBOL_RE.fullmatch(normalise(text)))
            repeated = n > 0 and seen[shape(text)] >= 2
            if mark or symbol or repeated:
                drop.add(k)
        out.append([x for k, x in enumerate(lines) if k not in drop])
        dropped.extend(lines[k].text for k in sorted(drop))
    return out, dropped


@attrs.frozen
class Metrics:
    size: float  # the body text's font size
    pitch: float  # the body text's line pitch
    left: float  # left margin of left-to-right text (the most common start)
    right: float  # right margin
    rtl_right: float  # the most common end of right-to-left lines (their margin)
    low: float  # the left-most start of most lines (right-to-left text ends there)


def metrics(pages: Sequence[list[Line]]) -> Metrics:
    sizes: Counter[float] = Counter()
    lefts: Counter[int] = Counter()
    pitches: list[float] = []
    rights: list[float] = []
    for lines in pages:
        for prev, cur in itertools.pairwise(lines):
            step = prev.base - cur.base
            if prev.size == cur.size and 0 < step < 2.5 * cur.size:
                pitches.append(step / cur.size)
        for x in lines:
            sizes[round(x.size, 1)] += len(x.text)
            if not x.rtl and not x.cell:
                lefts[round(x.x0)] += 1
            rights.append(x.x1)
    size = sizes.most_common(1)[0][0] if sizes else 11.0
    # within a paragraph lines are closer than 1.6 font sizes; a document whose
    # paragraphs are all one line long gets single spacing's usual pitch
    common = [p for p in pitches if p < 1.6]
    pitch = median(common) if common else _SINGLE
    rights.sort()
    right = rights[int(len(rights) * 0.95)] if rights else 0.0
    starts = sorted(x.x0 for lines in pages for x in lines if not x.cell)
    low = starts[int(len(starts) * 0.05)] if starts else 0.0
    left = float(lefts.most_common(1)[0][0]) if lefts else low
    ends = Counter(round(x.x1) for lines in pages for x in lines if x.rtl and not x.cell)
    rtl_right = float(ends.most_common(1)[0][0]) if ends else right
    return Metrics(size, pitch, left, right, rtl_right, low)


def _rows(lines: list[Line]) -> None:
    """Lines side by side (their heights overlap, their extents do not) are table cells
    of one row, whatever order PDFium gave them in."""
    for k, line in enumerate(lines):
        for other in lines[k + 1:k + 4]:
            overlap = min(line.y1, other.y1) - max(line.y0, other.y0)
            apart = other.x0 > line.x1 + line.size or line.x0 > other.x1 + line.size
            if apart and overlap > 0.5 * min(line.y1 - line.y0, other.y1 - other.y0):
                line.cell = other.cell = True


def paragraphs(pages: Sequence[list[Line]], m: Metrics) -> list[Paragraph]:
    """The paragraphs of the pages' lines (running headers already dropped)."""
    out: list[Paragraph] = []
    for lines in pages:
        _rows(lines)
        body, foot = _footnotes(lines, m)
        for line in body:
            prev = out[-1].lines[-1] if out else None
            if prev is not None and _continues(prev, line, m):
                out[-1].lines.append(line)
            else:
                out.append(Paragraph([line]))
        if foot:
            _attach(out, foot, body[0].page if body else foot[0].page)
    return out


def _continues(prev: Line, cur: Line, m: Metrics) -> bool:
    if cur.cell or prev.rtl != cur.rtl:
        return False
    if prev.cell:  # a cell's text wrapped: the line under it, in its column
        step = prev.base - cur.base
        return (cur.page == prev.page and 0 < step <= m.pitch * cur.size * 1.25
                and abs(prev.size - cur.size) <= 0.6 and not _LABEL_START.match(cur.text)
                and (abs(cur.x0 - prev.x0) < 3 * cur.size if not cur.rtl
                     else abs(cur.x1 - prev.x1) < 3 * cur.size))
    if abs(prev.size - cur.size) > 0.6 or prev.bold != cur.bold:
        return False
    if _LABEL_START.match(cur.text):
        return False
    if cur.page == prev.page:
        step = prev.base - cur.base
        if step <= 0 or step > m.pitch * cur.size * 1.25:
            return False
    elif prev.text.rstrip()[-1:] in _TERMINAL:
        return False  # a page break after a full stop: the paragraph ended there
    # the line before ended short, with room for this line's first word: a new paragraph
    word = cur.text.split(maxsplit=1)[0] if cur.text.split() else ""
    width = (prev.x1 - prev.x0) / max(len(prev.text), 1)
    room = (prev.x0 - m.low) if prev.rtl else (m.right - prev.x1)
    if _CJK_CHAR.match(cur.text):
        return room < 2.5 * cur.size
    return room < (len(word) + 3) * width


def _footnotes(lines: list[Line], m: Metrics) -> tuple[list[Line], list[Line]]:
    """The page's body lines, and the footnote lines under them (smaller type, at the
    foot, the first starting with a number or an asterisk)."""
    k = len(lines)
    while k > 0 and lines[k - 1].size < m.size * 0.92 and lines[k - 1].y1 < lines[0].y0:
        k -= 1
    if k == len(lines) or k == 0:
        return lines, []
    first = lines[k].text
    if not regex.match(r"[0-9]{1,3}\b|\*", first):
        return lines, []
    return lines[:k], lines[k:]


def _attach(out: list[Paragraph], foot: list[Line], page: int) -> None:
    """Each footnote to the paragraph on its page whose text calls it (the number glued
    to a word), at that place; else to the page's last paragraph."""
    notes: list[tuple[str, str]] = []
    for line in foot:
        m = regex.match(r"([0-9]{1,3}|\*+)\s*(.*)", line.text)
        if m and (not notes or m.group(1) != notes[-1][0]):
            notes.append((m.group(1), m.group(2)))
        elif notes:
            notes[-1] = (notes[-1][0], f"{notes[-1][1]} {line.text}".strip())
    on_page = [p for p in out if p.lines[0].page == page or p.lines[-1].page == page]
    if not on_page:
        return
    for ident, text in notes:
        call_re = regex.compile(rf"(?<=[^\s0-9]){regex.escape(ident)}(?=[\s.,;:)]|$)")
        found = next(((p, line, call) for p in on_page for line in p.lines
                      if line.page == page and (call := call_re.search(line.text))), None)
        if found is None:
            on_page[-1].notes.append((None, 0, ident, text))
            continue
        p, line, call = found
        line.text = line.text[:call.start()] + line.text[call.end():]
        p.notes.append((line, call.start(), ident, text))


def join(lines: Sequence[Line]) -> tuple[str, list[int]]:
    """The paragraph's text: its lines joined; and where each line starts in it."""
    text = lines[0].text
    starts = [0]
    for line in lines[1:]:
        nxt = line.text
        if text.endswith("\u00ad"):
            text = text[:-1]
        elif not (text.endswith(("-", "\u2010")) or _CJK_CHAR.match(text[-1:])
                  or _CJK_CHAR.match(nxt[:1])):
            text += " "
        starts.append(len(text))
        text += nxt
    return text, starts


def block(p: Paragraph, m: Metrics) -> RawBlock:
    first = p.lines[0]
    same = [x for x in p.lines if x.page == first.page]
    bbox = (round(min(x.x0 for x in same), 2), round(min(x.y0 for x in same), 2),
            round(max(x.x1 for x in same), 2), round(max(x.y1 for x in same), 2))
    text, starts = join(p.lines)
    if first.rtl:
        text = paragraph_marks(text)  # same length: the line starts stay right
    at = {id(x): s for x, s in zip(p.lines, starts, strict=True)}
    notes = tuple(Note(kind="footnote", id=ident, text=note,
                       offset=len(text) if line is None else min(at[id(line)] + pos, len(text)))
                  for line, pos, ident, note in p.notes)
    if first.rtl:
        indented = m.rtl_right - max(x.x1 for x in same) > 0.8 * m.size \
            and not (_LABEL_START.match(text) and m.rtl_right - first.x1 < 2 * m.size)
    else:
        indented = first.x0 - m.left > 0.8 * m.size and not _LABEL_START.match(text)
    style = "Heading" if first.size > m.size + 0.9 and len(text) < 200 else None
    return RawBlock(text, PdfLoc(page=first.page, bbox=bbox), style=style, cell=None,
                    lead_tab=first.cell, indented=indented, rtl=first.rtl, notes=notes)
