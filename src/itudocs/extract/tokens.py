"""Stage: body paragraphs to tokens — what each paragraph's label is, and whether a
numbered paragraph is a heading.

Labels come from Word's automatic numbering when present, else from the text
("1<TAB>", "a)<TAB>", "•<TAB>"). A number with a short text and no closing
punctuation is a heading; a number followed by running text is a numbered paragraph.
In text renderings a paragraph broken by a soft line break spans two lines: a line
that cannot start a paragraph (lower-case letter, opening bracket, comma) after a
line without closing punctuation continues it.

```pycon
>>> from itudocs.extract.ledger import Ledger, block_ids
>>> from itudocs.extract.tokens import tokenize
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text("1\\tIntroduction\\n1.1\\tThe Council met.").blocks
>>> found = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks))
>>> [(t.kind, t.label, t.text, t.heading, t.start) for t in found.tokens]
[('section', '1', 'Introduction', True, 2), ('section', '1.1', 'The Council met.', False, 4)]

```
"""

from __future__ import annotations

from typing import Literal, NamedTuple

import regex

from itudocs.extract.ledger import Claims, Ledger
from itudocs.grammar.patterns import (
    BULLET,
    BULLET_SIGNS,
    ITEM_LABEL,
    LEADING_PUNCT,
    LONE_NUMBER,
    SECTION_LABEL,
    TERMINAL,
)
from itudocs.grammar.text import fold, fold_positions, needs_fold
from itudocs.model import Loc, PdfLoc, TextLoc
from itudocs.readers.blocks import RawBlock

TokenKind = Literal["section", "item", "bullet", "text"]

_HEADING_MAX = 160  # characters; CJK titles are shorter, Latin ones rarely longer
_HEADING_STYLES = ("heading", "title", "标题")
_SPACES = " \u00a0\u3000"
#: the characters ITEM_LABEL and BULLET can start with (see grammar.patterns)
_ITEM_FIRST = frozenset("(abcdefghijklmnopqrstuvwxyz0123456789")
_BULLET_FIRST = frozenset("•●▪◦‣·○■□➢✓-–—")
#: a bullet sign alone on its line (not a dash: a lone dash is an empty table cell)
_LONE_BULLETS = frozenset("•●▪◦‣○■□➢✓")
#: an item label alone on its line: "a)", "(b)", "iv)", "1)"
#: the label of a Word list ("1.", "12."), unless the paragraph is styled as a heading
_LIST_NUMBER = regex.compile(r"[0-9]{1,3}\.")
LONE_ITEM = regex.compile(r"\(?(?:[a-z]|[ivxlc]{1,6}|[0-9]{1,3})\)")


class Token(NamedTuple):
    """A body paragraph after label analysis. ``kind`` says what its label is (a
    section number, an item letter, a bullet, or none); ``text`` is the text without
    the label; ``heading`` marks a section number followed by a title. ``block_index`` is
    the block's index in the stream, ``id`` its stable id, and ``start`` the offset
    of ``text`` in the block's raw text (so that notes, changes and comment anchors,
    whose offsets index the raw text, move onto ``text`` exactly)."""

    kind: TokenKind
    label: str | None
    text: str
    block_index: int
    loc: Loc
    id: str
    start: int = 0
    heading: bool = False
    indented: bool = False
    style: str | None = None


class Tokens(NamedTuple):
    """What :func:`tokenize` found: the tokens in document order, and its claims
    (``skipped:empty`` for empty blocks, ``continuation`` for lines joined to the
    paragraph before them)."""

    tokens: tuple[Token, ...]
    claims: Claims


def tokenize(blocks: tuple[RawBlock, ...], ledger: Ledger, ids: tuple[str, ...]) -> Tokens:
    """Tokens of the blocks the ledger has not placed: the body, and any first-page
    block the header did not use (kept, not lost)."""
    tokens: list[Token] = []
    claims: list[tuple[int, str]] = []
    # Lines joined to a paragraph are gathered here and joined once at the end
    # (joining line by line is quadratic on a long run of continuation lines).
    joined: dict[int, list[str]] = {}
    last_line: dict[int, int] = {}
    roles = ledger.roles
    for i, block in enumerate(blocks):
        if roles[i] is not None:
            continue
        if not block.text.strip():
            claims.append((i, "skipped:empty"))
            continue
        prev = tokens[-1] if tokens else None
        if prev is not None and prev.kind != "text" and not prev.text and not block.lead_tab:
            # A label alone on its line ("1.1", "a)", "•"), then its text: text taken
            # from a PDF, and copies made by other tools.
            rest = token_of(block, i, ids[i])
            if rest.kind == "text":
                heading = prev.kind == "section" and is_heading(rest.text, block.style)
                tokens[-1] = prev._replace(text=rest.text, heading=heading,
                                           loc=span_loc(prev.loc, block.loc))
                if isinstance(block.loc, TextLoc):
                    last_line[len(tokens) - 1] = block.loc.line
                claims.append((i, "continuation"))
                continue
        if prev is not None and _continues(prev, block, joined.get(len(tokens) - 1),
                                           last_line.get(len(tokens) - 1)):
            joined.setdefault(len(tokens) - 1, [prev.text]).append(block.text.strip())
            assert isinstance(block.loc, TextLoc)
            last_line[len(tokens) - 1] = block.loc.line
            tokens[-1] = prev._replace(loc=span_loc(prev.loc, block.loc), heading=False)
            claims.append((i, "continuation"))
            continue
        tokens.append(token_of(block, i, ids[i]))
    for pos, lines in joined.items():
        tokens[pos] = tokens[pos]._replace(text="\n".join(lines))
    return Tokens(tuple(tokens), tuple(claims))


def token_of(block: RawBlock, index: int, block_id: str) -> Token:
    """The token of one block: its label analysed, its text's offset kept."""
    raw = block.text
    text = raw.strip(_SPACES)
    lead = len(raw) - len(raw.lstrip(_SPACES))
    style = block.style
    indented = block.indented or block.lead_tab
    auto = block.auto_label
    loc = block.loc
    if auto and block.cell is None:
        plain = text.lstrip("\t ")
        start = lead + len(text) - len(plain)
        if auto[0] in BULLET_SIGNS and len(auto) <= 2:
            return Token("bullet", auto, plain, index, loc, block_id, start, False, indented,
                         style)
        if auto.endswith(")") or (block.heading is None and _LIST_NUMBER.fullmatch(auto)):
            # "1)", and "1." in a list that is not a heading: list items, not sections
            return Token("item", auto, plain, index, loc, block_id, start, False, indented,
                         style)
        number = auto.rstrip(".")
        if number[:1].isdigit() and all(p.isdigit() for p in number.split(".")):
            return Token("section", number, plain, index, loc, block_id, start,
                         is_heading(plain, style), indented, style)
        return Token("item", auto, plain, index, loc, block_id, start, False, indented, style)
    body = text.lstrip("\t")
    base = lead + len(text) - len(body)
    if block.cell is not None:
        # A table cell is never a section (summary-record tables number their rows):
        # its text is kept whole.
        return Token("text", None, body, index, loc, block_id, base, False, indented, style)
    key = body  # what the label patterns see: digits folded to ASCII, marks dropped
    where: list[int] | None = None  # where the key's characters are in ``body``
    if needs_fold(body):
        key, where = fold_positions(body)
    # Each label pattern can only start with certain characters: the first one says
    # which patterns can match (most paragraphs then need one regex call, or none).
    first = key[:1]
    if first in _LONE_BULLETS and len(key) == 1:
        return Token("bullet", key, "", index, loc, block_id, 0, False, indented, style)
    if first in _ITEM_FIRST and LONE_ITEM.fullmatch(key):
        return Token("item", key, "", index, loc, block_id, 0, False, indented, style)
    if "0" <= first <= "9":
        if LONE_NUMBER.fullmatch(key):
            return Token("section", key.rstrip("."), "", index, loc, block_id, 0, False,
                         indented, style)
        m = SECTION_LABEL.match(key)
        if m:
            cut = where[m.end()] if where else m.end()
            rest = body[cut:]
            return Token("section", m.group("num"), rest, index, loc, block_id, base + cut,
                         is_heading(rest, style), indented, style)
    if first in _ITEM_FIRST:
        m = ITEM_LABEL.match(key)
        if m:
            cut = where[m.end()] if where else m.end()
            return Token("item", m.group("lab"), body[cut:], index, loc, block_id,
                         base + cut, False, indented, style)
    elif first in _BULLET_FIRST:
        m = BULLET.match(key)
        if m:
            cut = where[m.end()] if where else m.end()
            return Token("bullet", m.group("lab") or m.group("lab2"), body[cut:], index,
                         loc, block_id, base + cut, False, indented, style)
    return Token("text", None, body, index, loc, block_id, base, False, indented, style)


def span_loc(first: Loc, last: Loc) -> Loc:
    """One location covering ``first`` to ``last`` (text sources, and the boxes of one
    PDF page); for .docx the first paragraph's location stands for the span."""
    if isinstance(first, TextLoc) and isinstance(last, TextLoc):
        return TextLoc(line=first.line, start=first.start, end=max(first.end, last.end))
    if isinstance(first, PdfLoc) and isinstance(last, PdfLoc) and first.page == last.page:
        a, b = first.bbox, last.bbox
        return PdfLoc(page=first.page, bbox=(min(a[0], b[0]), min(a[1], b[1]),
                                             max(a[2], b[2]), max(a[3], b[3])))
    return first


def is_heading(text: str, style: str | None) -> bool:
    if style and style.lower().startswith(_HEADING_STYLES):
        return True
    text = (fold(text) if needs_fold(text) else text).strip()
    return bool(text) and len(text) <= _HEADING_MAX and text[-1] not in TERMINAL \
        and "\n" not in text


def _continues(prev: Token, block: RawBlock, lines: list[str] | None,
               last_line: int | None) -> bool:
    """A text line that continues the previous paragraph (text sources only)."""
    if not isinstance(block.loc, TextLoc) or block.lead_tab or not prev.text:
        return False
    tail = lines[-1] if lines else prev.text
    if tail.rstrip()[-1:] in TERMINAL:
        return False
    if isinstance(prev.loc, TextLoc):
        previous_line = last_line if last_line is not None else prev.loc.line
        if block.loc.line != previous_line + 1:
            return False
    text = block.text.strip()
    if SECTION_LABEL.match(text) or ITEM_LABEL.match(text) or BULLET.match(text):
        return False
    return bool(LEADING_PUNCT.match(text))
