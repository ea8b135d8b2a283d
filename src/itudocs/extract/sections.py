"""The numbered section tree.

Every numbered token outside a quote opens a section; its level is the count of its
number's parts (``1`` -> 1, ``1.1`` -> 2). Other tokens become blocks of the section
they follow (quote paragraphs as ``quote`` blocks); those before the first section
become document-level blocks.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Literal

import attrs

from itudocs.extract.state import ParseState, Token
from itudocs.model import Block, BlockKind, Loc, Section
from itudocs.readers.blocks import RawBlock

_KIND: dict[str, BlockKind] = {"item": "item", "bullet": "bullet", "text": "paragraph",
                               "section": "paragraph"}


@attrs.define
class _Open:
    number: str
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


def text_shift(raw: RawBlock, text: str) -> int:
    """Where a token's text (label and indentation removed) starts in the raw text,
    so that offsets read from the source index the Block's text."""
    return max(raw.text.find(text), 0) if text else 0


def block_of(tok: Token, raw: RawBlock, block_id: str) -> Block:
    kind: BlockKind = "quote" if tok.in_quote else _KIND[tok.kind]
    label = tok.label if tok.in_quote or tok.kind in ("item", "bullet") else None
    direction: Literal["ltr", "rtl"] | None = (
        None if raw.rtl is None else "rtl" if raw.rtl else "ltr")
    shift = text_shift(raw, tok.text) if raw.notes or raw.changes else 0
    size = len(tok.text)
    notes = tuple(attrs.evolve(n, offset=min(max(n.offset - shift, 0), size))
                  for n in raw.notes) if raw.notes else ()
    changes = tuple(attrs.evolve(c, start=max(c.start - shift, 0), end=min(c.end - shift, size))
                    for c in raw.changes
                    if c.end - shift > 0 and c.start - shift < size) if raw.changes else ()
    return Block(kind=kind, label=label, text=tok.text, loc=tok.loc, id=block_id,
                 direction=direction, lang=raw.lang, notes=notes, changes=changes)


def stable_ids(blocks: tuple[RawBlock, ...]) -> list[str]:
    """An id per block that is the same on every run: Word's w14:paraId where there
    is one, else a hash of the text, numbered when the same text repeats."""
    seen: Counter[str] = Counter()
    out = []
    for raw in blocks:
        if raw.para_id:
            out.append(f"w14:{raw.para_id}")
            continue
        digest = hashlib.blake2s(raw.text.encode("utf-8", "surrogatepass"),
                                 digest_size=6).hexdigest()
        seen[digest] += 1
        n = seen[digest]
        out.append(f"t:{digest}" + (f"-{n}" if n > 1 else ""))
    return out


def build_sections(state: ParseState) -> list[Block]:
    """Fill ``state.sections``; return the document-level blocks."""
    top: list[Section] = []
    loose: list[Block] = []
    stack: list[_Open] = []
    ids = stable_ids(state.blocks)

    def close_to(level: int) -> None:
        while stack and stack[-1].level >= level:
            done = stack.pop().close()
            (stack[-1].children if stack else top).append(done)

    for tok in state.tokens:
        if state.roles[tok.index] is not None and not tok.in_quote:
            continue  # claimed by another extractor (the signature)
        if tok.kind == "section" and not tok.in_quote and tok.label:
            level = tok.label.count(".") + 1
            close_to(level)
            parent = stack[-1].number if stack else None
            if level > 1 and parent != tok.label.rsplit(".", 1)[0]:
                state.warn("section-out-of-sequence",
                           f"section {tok.label} does not follow its parent "
                           f"({parent or 'none'})", tok.loc)
            sec = _Open(number=tok.label, title=tok.text if tok.heading else None,
                        level=level, loc=tok.loc, id=ids[tok.index])
            if not tok.heading and tok.text:
                sec.blocks.append(block_of(tok, state.blocks[tok.index], ids[tok.index]))
            stack.append(sec)
            state.claim(tok.index, "section")
            continue
        block = block_of(tok, state.blocks[tok.index], ids[tok.index])
        (stack[-1].blocks if stack else loose).append(block)
        state.claim(tok.index, "block")
    close_to(0)
    state.sections = top
    return loose
