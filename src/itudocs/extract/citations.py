"""Stage: citations — every reference to an instrument or a document, in document
order, located by the paragraph it sits in and its character span in that text.

Reads the summary box (Summary and Action required lines, then References lines,
in document order) and every body token (quote intros and quoted paragraphs
included). It also normalises the instrument each References line and each quote's
source names; the pipeline puts those into the model. The grammar is
:mod:`itudocs.grammar.instruments`.

```pycon
>>> from itudocs.extract import citations
>>> from itudocs.extract.ledger import Ledger, block_ids
>>> from itudocs.extract.tokens import tokenize
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text("1\\tSee Resolution 179 (Rev. Dubai, 2018) and C20/57.").blocks
>>> tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
>>> found = citations.find(None, blocks, block_ids(blocks), tokens, (), LANGUAGES["en"])
>>> [(c.instrument.id, c.start, c.end) for c in found.citations]
[('itu:pp:resolution:179@dubai-2018', 4, 37), ('itu:doc:C20/57', 42, 48)]

```
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

import attrs

from itudocs.extract.header import FirstPage
from itudocs.extract.quotes import FoundQuote
from itudocs.extract.tokens import Token
from itudocs.grammar.instruments import (
    Found,
    context_of,
    find_documents,
    find_instruments,
    trigger,
)
from itudocs.lang import Language
from itudocs.model import Citation, InstrumentRef, Loc
from itudocs.readers.blocks import RawBlock

Context = tuple[str | None, int | None]
_NONE: Context = (None, None)


@attrs.frozen
class Citations:
    """What :func:`find` found: the citations in document order, the instrument of
    each References line and of each quote (``None`` where it names none)."""

    citations: tuple[Citation, ...]
    references: tuple[InstrumentRef | None, ...]
    quotes: tuple[InstrumentRef | None, ...]


def find(first: FirstPage | None, blocks: tuple[RawBlock, ...], ids: Sequence[str],
         tokens: Sequence[Token], quotes: Sequence[FoundQuote], lang: Language) -> Citations:
    """The citations of the first page's box and of the body tokens; ``ids`` are the
    blocks' stable ids."""
    out: list[Citation] = []

    def add(found: list[Found], loc: Loc, block_id: str | None) -> None:
        out.extend(Citation(text=f.text, instrument=f.ref, loc=loc, start=f.start, end=f.end,
                            block_id=block_id)
                   for f in found)

    # The first page, in order: the summary and action lines, then the References
    # lines (each names at most one instrument, which its Reference then carries).
    ref_instruments: list[InstrumentRef | None] = []
    if first is not None:
        for line in first.box:
            block_id = ids[line.block_index]
            if line.part == "reference":
                found = _found(line.text, lang)
                add(found, line.loc, block_id)
                ref_instruments.append(found[0].ref if found else None)
            else:
                add(_found(blocks[line.block_index].text, lang), line.loc, block_id)
    # The body. A quote intro lends its meeting to the instruments it names
    # ("Council 2009 resolves (excerpt from Resolution 1306)").
    contexts = {q.intro_token.block_index: context_of(q.intro, lang) for q in quotes
                if q.intro and q.intro_token is not None}
    for n in _candidates(tokens, lang):
        tok = tokens[n]
        add(_found(tok.text, lang, contexts.get(tok.block_index, _NONE)), tok.loc, tok.id)
    quote_instruments = []
    for q in quotes:
        ref = None
        if q.source is not None:
            body, year = context_of(q.intro, lang) if q.intro else _NONE
            got = find_instruments(q.source, lang, context_body=body, context_year=year)
            ref = got[0].ref if got else None
        quote_instruments.append(ref)
    return Citations(citations=tuple(out), references=tuple(ref_instruments),
                     quotes=tuple(quote_instruments))


def _found(text: str, lang: Language, context: Context = _NONE) -> list[Found]:
    body, year = context
    found = find_instruments(text, lang, context_body=body, context_year=year)
    # The instruments' spans, in order (they do not overlap): a document symbol inside
    # one is part of it. A bisection, not a scan of every span per symbol: a long text
    # can hold tens of thousands of both.
    spans = sorted((f.start, f.end) for f in found)
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    for doc in find_documents(text):
        k = bisect_right(starts, doc.start) - 1
        if k < 0 or doc.start >= ends[k]:
            found.append(doc)
    return sorted(found, key=lambda f: f.start)


def _candidates(tokens: Sequence[Token], lang: Language) -> list[int]:
    """The positions of the tokens that may hold a citation: one scan of the joined
    text for an instrument word or a slash (every symbol has one) instead of one per
    paragraph; most paragraphs have neither."""
    if not tokens:
        return []
    texts = [t.text for t in tokens]
    joined = "\n".join(texts)
    starts = []
    at = 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    hits = {bisect_right(starts, m.start()) - 1 for m in trigger(lang).finditer(joined)}
    for mark in ("/", "／"):
        pos = joined.find(mark)
        while pos >= 0:
            n = bisect_right(starts, pos) - 1
            hits.add(n)
            # the rest of this token needs no further look: jump to the next one
            pos = joined.find(mark, starts[n + 1] if n + 1 < len(starts) else len(joined))
    return sorted(hits)
