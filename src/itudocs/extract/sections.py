"""Stage: the numbered section tree.

Every numbered token outside a quote opens a section; its level is the count of its
number's parts (``1`` -> 1, ``1.1`` -> 2). Other tokens become blocks of the section
they follow (quote paragraphs as ``quote`` blocks); those before the first section
become document-level blocks. Tokens another stage took (the signature) are left
out, unless they lie in a quote.

```pycon
>>> from itudocs.extract.ledger import Ledger, block_ids
>>> from itudocs.extract.sections import build
>>> from itudocs.extract.tokens import tokenize
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text("Preamble.\\n1\\tIntroduction\\n1.1\\tThe Council met.").blocks
>>> ledger = Ledger(len(blocks))
>>> tokens = tokenize(blocks, ledger, block_ids(blocks)).tokens
>>> tree = build(tokens, blocks, ledger, frozenset())
>>> [b.text for b in tree.blocks], tree.sections[0].title, tree.sections[0].children[0].number
(['Preamble.'], 'Introduction', '1.1')

```
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import attrs
import regex

from itudocs.extract.ledger import Claims, Ledger
from itudocs.extract.tables import table_block, whole_tables
from itudocs.extract.tokens import Token, is_heading
from itudocs.model import Block, BlockKind, Loc, ParseWarning, Section, TextLoc
from itudocs.readers.blocks import RawBlock, RawTable

_KIND: dict[str, BlockKind] = {"item": "item", "bullet": "bullet", "text": "paragraph",
                               "section": "paragraph"}
_DIRECTION: dict[bool | None, Literal["ltr", "rtl"] | None] = {None: None, True: "rtl",
                                                              False: "ltr"}


@attrs.frozen
class Tree:
    """What :func:`build` made: the top-level sections, the document-level blocks
    (before the first section), its claims (``section``, ``block``) and warnings."""

    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    claims: Claims
    warnings: tuple[ParseWarning, ...]


@attrs.define
class _Open:
    number: str | None
    title: str | None
    level: int
    loc: Loc
    id: str
    blocks: list[Block] = attrs.Factory(list)
    children: list[Section] = attrs.Factory(list)

    def close(self) -> Section:
        return Section(number=self.number, title=self.title, level=self.level,
                       blocks=tuple(self.blocks), children=tuple(self.children), loc=self.loc,
                       id=self.id)


def block_of(tok: Token, raw: RawBlock, quoted: bool) -> Block:
    """The model block of a token; its notes and changes moved from the raw text's
    offsets onto the token's text."""
    kind: BlockKind = "quote" if quoted else _KIND[tok.kind]
    label = tok.label if quoted or tok.kind in ("item", "bullet") else None
    if not (raw.notes or raw.changes or raw.links or raw.spans):
        return Block(kind, label, tok.text, tok.loc, tok.id, _DIRECTION[raw.rtl], raw.lang)
    shift, size = tok.start, len(tok.text)
    notes = tuple(attrs.evolve(n, offset=min(max(n.offset - shift, 0), size))
                  for n in raw.notes)
    # Changes, links and equations keep the part of their span that is in the text.
    changes, links, spans = (
        tuple(attrs.evolve(c, start=max(c.start - shift, 0), end=min(c.end - shift, size))
              for c in spans_of if c.end - shift > 0 and c.start - shift < size)
        for spans_of in (raw.changes, raw.links, raw.spans))
    return Block(kind, label, tok.text, tok.loc, tok.id, _DIRECTION[raw.rtl], raw.lang,
                 notes, changes, links, spans)  # type: ignore[arg-type]


# A dotted number with an ordinal's ending, which no number has: "1.132-е" is "1.1"
# and "32-е" glued (web text lost the TAB between them).
_DOTTED_ORDINAL = regex.compile(
    r"[0-9]{1,3}(?:\.[0-9]{1,3}){1,5}(?:-?(?:е|й|я|ое|ая|ий)|st|nd|rd|th|e|er|ème|[ªº])"
    r"(?!\p{L})")


def _next_numbers(stack: Sequence[_Open]) -> list[str]:
    """The numbers that may come next: the open section's first child, else the next
    sibling of the open section or of one of its parents ("1" before any section)."""
    numbered = [sec for sec in stack if sec.number is not None]  # not style headings
    if not numbered:
        return ["1"]
    out = [f"{numbered[-1].number}.1"]
    for sec in reversed(numbered):
        head, _, last = (sec.number or "").rpartition(".")
        out.append(f"{head}.{int(last) + 1}" if head else str(int(last) + 1))
    return out


def _glued_next(tok: Token, stack: Sequence[_Open]) -> Token | None:
    """A paragraph of a text that lost the TAB after its number, where the grammar
    alone cannot tell the number from the text ("7CWG-COP meetings", "1.132-е
    собрание"): the number that comes next in sequence, glued to an acronym that
    starts a heading, or to an ordinal ("32-е") that no dotted number takes."""
    text = tok.text
    for number in _next_numbers(stack):
        if not text.startswith(number):
            continue
        rest = text[len(number):]
        acronym = rest[:1].isupper() and rest[1:2].isupper() and is_heading(rest, tok.style)
        if acronym or (rest[:1].isdigit() and _DOTTED_ORDINAL.match(text)):
            return tok._replace(kind="section", label=number, text=rest,
                                start=tok.start + len(number),
                                heading=is_heading(rest, tok.style))
    return None


def build(tokens: Sequence[Token], blocks: tuple[RawBlock, ...], ledger: Ledger,
          quoted: frozenset[int], tables: Sequence[RawTable] = ()) -> Tree:
    """The section tree of ``tokens``; ``quoted`` holds the block indices of quote
    paragraphs (never a section, kept as ``quote`` blocks); ``tables`` the source's
    tables (a whole one becomes a ``table`` block). Without any numbered section,
    paragraphs styled as headings open sections without a number."""
    top: list[Section] = []
    loose: list[Block] = []
    stack: list[_Open] = []
    claims: list[tuple[int, str]] = []
    warnings: list[ParseWarning] = []
    roles = ledger.roles
    in_table = whole_tables(tables, roles) if tables else {}
    pending = sorted({t.index: t for t in in_table.values()}.values(), key=lambda t: t.first)
    by_block = {tok.block_index: tok for tok in tokens} if in_table else {}

    def add_table(table: RawTable) -> None:
        (stack[-1].blocks if stack else loose).append(table_block(
            table, tables, blocks, by_block,
            lambda t: block_of(t, blocks[t.block_index], False)))
    numbered = any(tok.kind == "section" and tok.label and tok.block_index not in quoted
                   for tok in tokens)

    def close_to(level: int) -> None:
        while stack and stack[-1].level >= level:
            done = stack.pop().close()
            (stack[-1].children if stack else top).append(done)

    for tok in tokens:
        in_quote = tok.block_index in quoted
        if roles[tok.block_index] is not None and not in_quote:
            continue  # taken by another stage (the signature)
        while pending and pending[0].first <= tok.block_index:
            add_table(pending.pop(0))  # the tables before the token, empty ones too
        if tok.block_index in in_table:
            claims.append((tok.block_index, "table"))
            continue
        if tok.kind == "text" and not in_quote and tok.text[:1].isdigit() \
                and isinstance(tok.loc, TextLoc):
            tok = _glued_next(tok, stack) or tok
        level = blocks[tok.block_index].heading
        if level is not None and not numbered and tok.kind == "text" and not in_quote \
                and tok.text and blocks[tok.block_index].cell is None:
            # A heading by its style, in a document without section numbers.
            close_to(level)
            stack.append(_Open(number=None, title=tok.text, level=level, loc=tok.loc,
                               id=tok.id))
            claims.append((tok.block_index, "section"))
            continue
        if tok.kind == "section" and not in_quote and tok.label:
            level = tok.label.count(".") + 1
            close_to(level)
            parent = stack[-1].number if stack else None
            if level > 1 and parent != tok.label.rsplit(".", 1)[0]:
                warnings.append(ParseWarning(
                    code="section-out-of-sequence", loc=tok.loc,
                    message=f"section {tok.label} does not follow its parent "
                    f"({parent or 'none'})"))
            sec = _Open(number=tok.label, title=tok.text if tok.heading else None,
                        level=level, loc=tok.loc, id=tok.id)
            if not tok.heading and tok.text:
                sec.blocks.append(block_of(tok, blocks[tok.block_index], False))
            stack.append(sec)
            claims.append((tok.block_index, "section"))
            continue
        (stack[-1].blocks if stack else loose).append(block_of(tok, blocks[tok.block_index],
                                                               in_quote))
        claims.append((tok.block_index, "block"))
    for table in pending:
        add_table(table)
    close_to(0)
    return Tree(sections=tuple(top), blocks=tuple(loose), claims=tuple(claims),
                warnings=tuple(warnings))
