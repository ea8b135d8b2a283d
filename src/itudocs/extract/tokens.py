"""Body paragraphs to tokens: what each paragraph's label is, and whether a numbered
paragraph is a heading.

Labels come from Word's automatic numbering when present, else from the text
("1<TAB>", "a)<TAB>", "•<TAB>"). A number with a short text and no closing
punctuation is a heading; a number followed by running text is a numbered paragraph.
In text renderings a paragraph broken by a soft line break spans two lines: a line
that cannot start a paragraph (lower-case letter, opening bracket, comma) after a
line without closing punctuation continues it.
"""

from __future__ import annotations

from itudocs.extract.state import ParseState, Token, span_loc
from itudocs.grammar.patterns import (
    BULLET,
    BULLET_SIGNS,
    ITEM_LABEL,
    LEADING_PUNCT,
    LONE_NUMBER,
    SECTION_LABEL,
    TERMINAL,
)
from itudocs.grammar.text import fold, needs_fold
from itudocs.model import TextLoc
from itudocs.readers.blocks import RawBlock

_HEADING_MAX = 160  # characters; CJK titles are shorter, Latin ones rarely longer
_HEADING_STYLES = ("heading", "title", "标题")


def tokenize(state: ParseState) -> None:
    """Fill ``state.tokens`` from the blocks no extractor claimed: the body, and any
    first-page block the header extractor did not place (kept, not lost)."""
    tokens: list[Token] = []
    # Lines joined to a paragraph are gathered here and joined once at the end
    # (joining line by line is quadratic on a long run of continuation lines).
    joined: dict[int, list[str]] = {}
    last_line: dict[int, int] = {}
    for i in range(len(state.blocks)):
        if state.roles[i] is not None:
            continue
        block = state.blocks[i]
        if not block.text.strip():
            state.claim(i, "skipped:empty")
            continue
        prev = tokens[-1] if tokens else None
        if prev is not None and prev.kind == "section" and not prev.text and not block.lead_tab:
            # A number alone on its line, then its text (copies made by other tools).
            rest = token_of(block, i)
            if rest.kind == "text":
                prev.text = rest.text
                prev.heading = _is_heading(rest.text, block.style)
                prev.loc = span_loc(prev.loc, block.loc)
                state.claim(i, "continuation")
                continue
        if prev is not None and _continues(prev, block, joined.get(prev.index),
                                           last_line.get(prev.index)):
            joined.setdefault(prev.index, [prev.text]).append(block.text.strip())
            assert isinstance(block.loc, TextLoc)
            last_line[prev.index] = block.loc.line
            prev.loc = span_loc(prev.loc, block.loc)
            prev.heading = False
            state.claim(i, "continuation")
            continue
        tokens.append(token_of(block, i))
    for tok in tokens:
        if tok.index in joined:
            tok.text = "\n".join(joined[tok.index])
    state.tokens = tokens


def token_of(block: RawBlock, index: int) -> Token:
    text = block.text.strip(" \u00a0\u3000")
    style = block.style
    indented = block.indented or block.lead_tab
    auto = block.auto_label
    if auto and block.cell is None:
        plain = text.lstrip("\t ")
        if auto[0] in BULLET_SIGNS and len(auto) <= 2:
            return Token("bullet", auto, plain, index, block.loc, style=style, indented=indented)
        if auto.endswith(")"):
            return Token("item", auto, plain, index, block.loc, style=style, indented=indented)
        number = auto.rstrip(".")
        if number[:1].isdigit() and all(p.isdigit() for p in number.split(".")):
            return Token("section", number, plain, index, block.loc,
                         heading=_is_heading(plain, style), style=style, indented=indented)
        return Token("item", auto, plain, index, block.loc, style=style, indented=indented)
    body = text.lstrip("\t")
    if block.cell is not None:
        # A table cell is never a section (summary-record tables number their rows):
        # its text is kept whole.
        return Token("text", None, body, index, block.loc, style=style, indented=indented)
    key = body  # what the label patterns see: digits folded to ASCII
    if needs_fold(body):
        key = fold(body)
        if len(key) != len(body):
            # Directional marks or tatweel were dropped: the folded text stands in.
            body = key
    if LONE_NUMBER.fullmatch(key):
        return Token("section", key.rstrip("."), "", index, block.loc, style=style,
                     indented=indented)
    m = SECTION_LABEL.match(key)
    if m:
        rest = body[m.end():]
        return Token("section", m.group("num"), rest, index, block.loc,
                     heading=_is_heading(rest, style), style=style, indented=indented)
    m = ITEM_LABEL.match(key)
    if m:
        return Token("item", m.group("lab"), body[m.end():], index, block.loc, style=style,
                     indented=indented)
    m = BULLET.match(key)
    if m:
        return Token("bullet", m.group("lab") or m.group("lab2"), body[m.end():], index,
                     block.loc, style=style, indented=indented)
    return Token("text", None, body, index, block.loc, style=style, indented=indented)


def _is_heading(text: str, style: str | None) -> bool:
    if style and style.lower().startswith(_HEADING_STYLES):
        return True
    text = text.strip()
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
