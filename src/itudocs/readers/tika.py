"""Reader for Apache Tika plain text (and other plain-text renderings).

Tika writes one paragraph a line; a table cell's first paragraph starts with a TAB
(as does an indented paragraph); bookmarks, images and footnote marks appear inline
as ``[bookmark: NAME]``, ``[image: NAME]`` and ``[footnoteRef:N]``; the running page
header of later pages comes first. See ITU-FORMAT.md §5.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import attrs
import regex

from itudocs.errors import LimitExceededError
from itudocs.grammar.patterns import alternation
from itudocs.grammar.symbols import SYMBOL_RE, normalise
from itudocs.lang import LANGUAGES
from itudocs.limits import DEFAULT_LIMITS, Limits
from itudocs.model import TextLoc
from itudocs.readers.bidi import needs_repair, repair_line
from itudocs.readers.blocks import RawBlock, Stream


@cache  # compiled on first use, not at import: `import itudocs` stays cheaper
def _marker() -> regex.Pattern[str]:
    """One pass finds every marker; names never contain "]" or a line break."""
    return regex.compile(r"\[(bookmark|image|footnoteRef|endnoteRef):\s?([^\]\n]{0,200})\]")


_WS = " \t\u00a0\u3000\r\ufeff"

# RawBlock is built positionally below; this stops the import if its fields change.
if tuple(f.name for f in attrs.fields(RawBlock))[:5] != ("text", "loc", "style", "cell",
                                                          "lead_tab"):
    raise ImportError("RawBlock's fields changed: update read_text")


def read_text(text: str, limits: Limits = DEFAULT_LIMITS, source: str | None = None) -> Stream:
    """Split ``text`` into blocks, one per line (empty lines give empty blocks),
    markers removed. Offsets index ``text`` as given."""
    lines = text.count("\n") + 1
    if lines > limits.max_paragraphs:
        raise LimitExceededError(
            f"the text has {lines} lines (limit {limits.max_paragraphs})", source=source)
    if len(text) > limits.max_paragraph_chars:  # then some line may be over the limit
        longest = max(text.split("\n"), key=len)
        if len(longest) > limits.max_paragraph_chars:
            raise LimitExceededError(
                f"a line of the text has {len(longest)} characters (limit "
                f"{limits.max_paragraph_chars})", source=source)
    blocks: list[RawBlock] = []
    offset = 0
    # RawBlock(text, loc, style, cell, lead_tab) and TextLoc(line, start, end) are
    # built positionally: keywords cost more than the rest of a line's work.
    for lineno, raw in enumerate(text.split("\n")):
        line_start = offset
        offset += len(raw) + 1
        if needs_repair(raw):
            raw = _repaired(raw)
        if not raw.strip(_WS):
            # Empty lines are empty paragraphs or empty cells: kept as empty blocks,
            # as the .docx reader keeps empty paragraphs, so extractors see separators.
            blocks.append(RawBlock("", TextLoc(lineno, line_start, line_start), None, None,
                                   raw.startswith("\t")))
            continue
        if "[" in raw:
            bookmarks = []
            marker = _marker()
            for m in marker.finditer(raw):
                if m.group(1) == "bookmark":
                    bookmarks.append(m.group(2).strip())
            content = marker.sub("", raw)
            lead = len(content) - len(content.lstrip("\t"))
            stripped = content[lead:].rstrip(_WS)
            start = line_start + (_locate(raw, lead, marker) if stripped else 0)
            block = RawBlock(stripped.lstrip(" \u00a0\u3000"),
                             TextLoc(lineno, start, start + len(stripped)), None, None,
                             content.startswith("\t"), bookmarks=tuple(bookmarks))
        else:
            # No marker: the content starts after the leading TABs (it cannot start
            # within them), no need to search for it.
            body = raw.lstrip("\t")
            stripped = body.rstrip(_WS)
            start = line_start + len(raw) - len(body)
            block = RawBlock(stripped.lstrip(" \u00a0\u3000"),
                             TextLoc(lineno, start, start + len(stripped)), None, None,
                             len(body) != len(raw))
        # A line that only held markers (a bookmark, a logo image) is still a block:
        # its bookmarks are facts about the source, and the line is accounted for.
        blocks.append(block)
    blocks_t, header = _split_page_header(blocks)
    blocks_t, running = _drop_running_headers(blocks_t)
    if " / " in text or "   " in text:
        blocks_t = _split_cells(blocks_t)
    return Stream(blocks=blocks_t, page_header=header + running, wrapped=_wrapped(blocks_t))


_WRAP_WIDTH = 110  # characters: the longest line of a text wrapped at a page's width


def _repaired(raw: str) -> str:
    """``raw`` in logical order (see :mod:`itudocs.readers.bidi`), padded or cut to its
    length so that the offsets of this line and the next stay those of the text."""
    fixed = repair_line(raw)
    return fixed[:len(raw)].ljust(len(raw))


def _wrapped(blocks: tuple[RawBlock, ...]) -> bool:
    """Whether the lines were wrapped at a width: nearly every longer line is shorter
    than a page is wide (a Tika line is a whole paragraph, often far longer)."""
    long = [len(b.text) for b in blocks if len(b.text) >= 40]
    return len(long) >= 5 and sum(n <= _WRAP_WIDTH for n in long) >= 0.95 * len(long)


def _locate(raw: str, lead: int, marker: regex.Pattern[str]) -> int:
    """Offset in the raw line of the content's first character, ``lead`` characters
    into the line without its markers: the markers before it are skipped (a search for
    the content's text would find it inside a marker, as "Intro" in
    "[bookmark: Intro]Intro", or not at all where a marker splits it)."""
    shift = 0
    for m in marker.finditer(raw):
        if m.start() > lead + shift:
            break
        shift += m.end() - m.start()
    return lead + shift


def _split_page_header(blocks: list[RawBlock]) -> tuple[tuple[RawBlock, ...], tuple[str, ...]]:
    """Tika puts the running header of later pages first: a page number and the
    document symbol ("2" / "C20/57-C"), or the symbol alone, before any table cell.
    A lone number is not taken (it may be a section number on its own line)."""
    lines = [(i, b) for i, b in enumerate(blocks[:8]) if b.text or b.lead_tab][:2]
    if not lines or lines[0][1].lead_tab or lines[0][1].bookmarks:
        return tuple(blocks), ()
    first = lines[0][1].text
    if SYMBOL_RE.fullmatch(normalise(first)):
        return tuple(blocks[lines[0][0] + 1:]), (first,)
    if len(lines) == 2 and _is_page_number(first) and not lines[1][1].lead_tab \
            and SYMBOL_RE.fullmatch(normalise(lines[1][1].text)):
        return tuple(blocks[lines[1][0] + 1:]), (first, lines[1][1].text)
    return tuple(blocks), ()


def _is_page_number(text: str) -> bool:
    """One to four ASCII digits (what ``[0-9]{1,4}`` matches whole)."""
    return 0 < len(text) <= 4 and text.isascii() and text.isdigit()


_FIRST_PAGE_LINES = 30  # a bare symbol there is the header's own, not a running header


@cache
def _page_mark() -> regex.Pattern[str]:
    """A page mark: "- 2 -", or "Page 2" in any language's words."""
    words = alternation(w for t in LANGUAGES.values() for w in t.page_words)
    return regex.compile(rf"[-–—]\s?[0-9]{{1,4}}\s?[-–—]|(?:{words})\s?[0-9]{{1,4}}",
                         regex.IGNORECASE)


def _drop_running_headers(blocks: tuple[RawBlock, ...]
                          ) -> tuple[tuple[RawBlock, ...], tuple[str, ...]]:
    """Text extracted from a PDF repeats the page header or footer inside the text:
    the symbol alone on its line ("C20/57-E", after the first page), with the page
    number on the line before it ("2"), or a page mark ("- 2 -"). They are taken out
    (and accounted for as running page headers), so that a number is not read as a
    section and the paragraph around them stays whole."""
    drop: set[int] = set()
    bare = Counter(b.text for b in blocks[_FIRST_PAGE_LINES:]
                   if b.text and len(b.text) <= 40 and SYMBOL_RE.fullmatch(normalise(b.text)))
    for i, block in enumerate(blocks):
        text = block.text
        if not text or len(text) > 40 or block.lead_tab:
            continue
        if _page_mark().fullmatch(text):
            drop.add(i)
        elif i >= _FIRST_PAGE_LINES and text in bare:
            j = i - 1
            while j >= 0 and not blocks[j].text:
                j -= 1
            numbered = j >= 0 and bool(_is_page_number(blocks[j].text)
                                       or _page_mark().fullmatch(blocks[j].text))
            # A running header repeats on every page, or follows the page number; a
            # symbol named once (a table's "C19/40(Rev.1)") is text.
            if bare[text] > 1 or numbered:
                drop.add(i)
                if numbered:
                    drop.add(j)
    if not drop:
        return blocks, ()
    return (tuple(b for i, b in enumerate(blocks) if i not in drop),
            tuple(blocks[i].text for i in sorted(drop)))


# Table cells that a rendering put on one line: joined by " / " (web page text), or set
# side by side with a run of spaces (pdftotext -layout, on the first page). Five spaces
# at least (a justified line stretches its spaces to two or three); three after a
# full-width character, which takes two columns (Chinese puts no spaces to stretch).
_WEB_CELLS = regex.compile(r" / ")
_LAYOUT_CELLS = regex.compile(
    r"(?<=\S) {5,}(?=\S)|(?<=[\p{Han}\u3000-\u303f\uff00-\uffef]) {3,}(?=\S)")
_LAYOUT_LINES = 40  # the first page, where the header's cells stand side by side


def _split_cells(blocks: tuple[RawBlock, ...]) -> tuple[RawBlock, ...]:
    """Each cell of a line that holds several becomes a block of its own (a cell: the
    ones after the first are marked as starting with a TAB, as Tika marks cells)."""
    out: list[RawBlock] = []
    for n, block in enumerate(blocks):
        text = block.text
        parts = None
        if " / " in text and len(text) < 300:
            parts = _WEB_CELLS.split(text)
        elif n < _LAYOUT_LINES and "   " in text:
            parts = _LAYOUT_CELLS.split(text)
        if not parts or len(parts) < 2:
            out.append(block)
            continue
        loc = block.loc
        assert isinstance(loc, TextLoc)
        at = 0
        for k, part in enumerate(parts):
            piece = part.strip()
            start = text.find(piece, at) if piece else at
            at = start + len(piece)
            out.append(RawBlock(piece, TextLoc(loc.line, loc.start + start, loc.start + at),
                                None, None, block.lead_tab if k == 0 else True))
    return tuple(out)
