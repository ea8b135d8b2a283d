"""One direction: reader -> blocks -> extractors -> model.

:func:`build` runs the extractors over a block stream in a fixed order — language,
header, body tokens, signature, quotes, sections, outcomes, citations — and assembles the frozen
:class:`~itudocs.model.Document`.
"""

from __future__ import annotations

from collections import Counter

from itudocs.blocks import Stream
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
from itudocs.model import Accounting, Document, Header, SourceInfo


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
    )


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
