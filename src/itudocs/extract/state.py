"""The state object the extractors share.

The pipeline creates one :class:`ParseState` per document; each extractor reads the
block stream (and the tokens made from it), fills its part of the state, and
*claims* the blocks it used, so that every paragraph of the source is accounted for
exactly once (a header field, a block, a quote, an outcome, the signature, or
skipped with a reason).
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from itudocs.lang import Language
from itudocs.model import (
    Loc,
    ParseWarning,
    Quote,
    Reference,
    Section,
    Signature,
    Symbol,
    TextLoc,
)
from itudocs.readers.blocks import RawBlock, Stream

TokenKind = Literal["section", "item", "bullet", "text"]


@attrs.define
class Token:
    """A body paragraph after label analysis: ``kind`` says what its label is
    (a section number, an item letter, a bullet, or none); ``text`` is the text
    without the label; ``heading`` marks a section number followed by a title."""

    kind: TokenKind
    label: str | None
    text: str
    index: int
    loc: Loc
    heading: bool = False
    indented: bool = False
    style: str | None = None
    #: set by the quotes extractor for paragraphs inside a quotation
    in_quote: bool = False


@attrs.define
class HeaderFields:
    symbol: Symbol | None = None
    meeting: str | None = None
    venue: str | None = None
    meeting_start: _dt.date | None = None
    meeting_end: _dt.date | None = None
    agenda_item: str | None = None
    date: _dt.date | None = None
    original_languages: tuple[str, ...] = ()
    title: str | None = None
    subtitle: str | None = None


@attrs.define
class ParseState:
    stream: Stream
    lang: Language
    #: the language the document is in, when known (None: could not tell)
    language: str | None = None
    header: HeaderFields = attrs.Factory(HeaderFields)
    summary: str | None = None
    action_required: str | None = None
    references: list[Reference] = attrs.Factory(list)
    #: index of the first block of the body (after the first-page material)
    body_start: int = 0
    tokens: list[Token] = attrs.Factory(list)
    quotes: list[Quote] = attrs.Factory(list)
    sections: list[Section] = attrs.Factory(list)
    signature: Signature | None = None
    warnings: list[ParseWarning] = attrs.Factory(list)
    #: what became of each block: None (not yet placed) or a role such as
    #: "header:title", "section", "quote", "skipped:empty"
    roles: list[str | None] = attrs.Factory(list)

    def __attrs_post_init__(self) -> None:
        self.roles = [None] * len(self.stream.blocks)

    @property
    def blocks(self) -> tuple[RawBlock, ...]:
        return self.stream.blocks

    def claim(self, index: int, role: str) -> None:
        if self.roles[index] is None:
            self.roles[index] = role

    def warn(self, code: str, message: str, loc: Loc | None = None) -> None:
        self.warnings.append(ParseWarning(code=code, message=message, loc=loc))


def span_loc(first: Loc, last: Loc) -> Loc:
    """One location covering ``first`` to ``last`` (text sources); for .docx the
    first paragraph's location stands for the span."""
    if isinstance(first, TextLoc) and isinstance(last, TextLoc):
        return TextLoc(line=first.line, start=first.start, end=max(first.end, last.end))
    return first
