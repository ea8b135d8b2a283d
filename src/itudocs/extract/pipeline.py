"""One direction: reader -> blocks -> extractors -> model.

:func:`build` runs the extractors over a block stream in a fixed order — language,
header, body tokens, signature, quotes, sections, outcomes, citations — and assembles the frozen
:class:`~itudocs.model.Document`.
"""

from __future__ import annotations

from collections import Counter

from itudocs.extract import (
    citations,
    header,
    language,
    outcomes,
    quotes,
    sections,
    signature,
    tokens,
)
from itudocs.extract.state import ParseState
from itudocs.model import Accounting, Comment, Document, Header, Loc, SourceInfo
from itudocs.readers.blocks import Stream


def build(stream: Stream, source: SourceInfo) -> Document:
    code, table, conflict = language.detect(stream.blocks)
    state = ParseState(stream=stream, lang=table, language=code)
    if conflict:
        state.warn("language-mismatch", conflict)
    header.extract_header(state)
    tokens.tokenize(state)
    signature.extract_signature(state)
    quotes.extract_quotes(state)
    loose = sections.build_sections(state)
    found = outcomes.extract_outcomes(state, loose)
    cited = citations.extract_citations(state)
    h = state.header
    return Document(
        source=source,
        language=state.language,
        header=Header(
            symbol=h.symbol, meeting=h.meeting, venue=h.venue,
            meeting_start=h.meeting_start, meeting_end=h.meeting_end,
            agenda_item=h.agenda_item, date=h.date,
            original_languages=h.original_languages, title=h.title, subtitle=h.subtitle,
        ),
        summary=state.summary,
        action_required=state.action_required,
        references=tuple(state.references),
        blocks=tuple(loose),
        sections=tuple(state.sections),
        quotes=tuple(state.quotes),
        outcomes=tuple(found),
        signature=state.signature,
        warnings=tuple(state.warnings),
        citations=tuple(cited),
        accounting=_account(state),
        comments=_comments(state),
    )


def _comments(state: ParseState) -> tuple[Comment, ...]:
    """Word comments with the ranges they are anchored to, as Block offsets."""
    if not state.stream.comments:
        return ()
    texts = {t.index: t.text for t in state.tokens}
    anchors: dict[str, dict[str, tuple[Loc, int]]] = {}
    for index, raw in enumerate(state.blocks):
        for mark in raw.comment_marks:
            shift = sections.text_shift(raw, texts.get(index, raw.text))
            anchors.setdefault(mark.id, {})[mark.event] = (raw.loc, max(mark.offset - shift, 0))
    out = []
    for c in state.stream.comments:
        marks = anchors.get(c.id, {})
        start, end = marks.get("start"), marks.get("end")
        out.append(Comment(id=c.id, author=c.author, date=c.date, text=c.text,
                           loc=start[0] if start else None, start=start[1] if start else None,
                           end_loc=end[0] if end else None, end=end[1] if end else None))
    return tuple(out)


def _account(state: ParseState) -> Accounting:
    counts: Counter[str] = Counter(role or "unplaced" for role in state.roles)
    header_lines = len(state.stream.page_header)
    if header_lines:
        counts["skipped:page-header"] += header_lines
    unplaced = tuple(b.loc for b, role in zip(state.blocks, state.roles, strict=True)
                     if role is None)
    counts.pop("unplaced", None)
    return Accounting(paragraphs=len(state.blocks) + header_lines,
                      placed=tuple(sorted(counts.items())), unplaced=unplaced)
