"""One direction: reader -> blocks -> stages -> model.

:func:`build` reads like the architecture: each stage takes what it reads and returns
what it found; the pipeline commits each stage's claims to the :class:`Ledger` (the
only shared mutable thing) and assembles the frozen :class:`~itudocs.model.Document`.

```
blocks ─ language ─ header ─ tokens ─ signature ─ quotes ─ sections ─ outcomes
                                                                   └─ citations ─ Document
```
"""

from __future__ import annotations

from collections import Counter

from itudocs.extract import (
    citations,
    header,
    kind,
    language,
    outcomes,
    quotes,
    sections,
    signature,
    tokens,
)
from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.tokens import Token
from itudocs.model import (
    Accounting,
    Comment,
    Document,
    Header,
    Loc,
    ParseWarning,
    Reference,
    SourceInfo,
)
from itudocs.readers.blocks import Stream

_NO_HEADER = ParseWarning(code="no-header", message="no ITU header found (no symbol, meeting "
                          "line, original language or summary box)")


def build(stream: Stream, source: SourceInfo) -> Document:
    """The Document of a block stream."""
    blocks = stream.blocks
    ledger = Ledger(len(blocks))
    ids = block_ids(blocks)
    warnings: list[ParseWarning] = []

    lang = language.detect(blocks)
    if lang.warning:
        warnings.append(lang.warning)
    first = header.read(blocks, lang.table)
    if first is None:
        warnings.append(_NO_HEADER)
    else:
        ledger.commit(first.claims)
        warnings.extend(first.warnings)
    toks = tokens.tokenize(blocks, ledger, ids)
    ledger.commit(toks.claims)
    signed = signature.find(toks.tokens, lang.table)
    if signed is not None:
        ledger.commit(signed.claims)
    found = quotes.find(toks.tokens, lang.table)
    ledger.commit(found.claims)
    warnings.extend(found.warnings)
    tree = sections.build(toks.tokens, blocks, ledger, found.quoted)
    ledger.commit(tree.claims)
    warnings.extend(tree.warnings)
    cited = citations.find(first, blocks, ids, toks.tokens, found.quotes, lang.table)

    h = first.header if first is not None else Header()
    return Document(
        source=source,
        language=lang.code,
        header=h,
        summary=first.summary if first else None,
        action_required=first.action_required if first else None,
        references=tuple(
            Reference(text=line.text, loc=line.loc, instrument=instrument,
                      block_id=ids[line.block_index])
            for line, instrument in zip(first.references if first else (), cited.references,
                                        strict=True)),
        blocks=tree.blocks,
        sections=tree.sections,
        quotes=tuple(q.to_model(instrument)
                     for q, instrument in zip(found.quotes, cited.quotes, strict=True)),
        outcomes=outcomes.find(tree.sections, tree.blocks, lang.table),
        signature=signed.signature if signed else None,
        warnings=tuple(warnings),
        citations=cited.citations,
        accounting=_account(stream, ledger),
        comments=_comments(stream, toks.tokens),
        kind=kind.of_title(h.title) if first is not None else "unknown",
    )


def _comments(stream: Stream, toks: tuple[Token, ...]) -> tuple[Comment, ...]:
    """Word comments with the ranges they are anchored to, as offsets into the text
    of the model's blocks."""
    if not stream.comments:
        return ()
    starts = {t.block_index: t.start for t in toks}
    anchors: dict[str, dict[str, tuple[Loc, int]]] = {}
    for index, raw in enumerate(stream.blocks):
        for mark in raw.comment_marks:
            shift = starts.get(index, 0)
            anchors.setdefault(mark.id, {})[mark.event] = (raw.loc, max(mark.offset - shift, 0))
    out = []
    for c in stream.comments:
        marks = anchors.get(c.id, {})
        start, end = marks.get("start"), marks.get("end")
        out.append(Comment(id=c.id, author=c.author, date=c.date, text=c.text,
                           loc=start[0] if start else None, start=start[1] if start else None,
                           end_loc=end[0] if end else None, end=end[1] if end else None))
    return tuple(out)


def _account(stream: Stream, ledger: Ledger) -> Accounting:
    """Where every paragraph went: the count per role, and any left unplaced."""
    counts: Counter[str] = Counter(role or "unplaced" for role in ledger.roles)
    header_lines = len(stream.page_header)
    if header_lines:
        counts["skipped:page-header"] += header_lines
    unplaced = tuple(b.loc for b, role in zip(stream.blocks, ledger.roles, strict=True)
                     if role is None)
    counts.pop("unplaced", None)
    return Accounting(paragraphs=len(stream.blocks) + header_lines,
                      placed=tuple(sorted(counts.items())), unplaced=unplaced)
