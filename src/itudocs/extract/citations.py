"""Citations: every reference to an instrument or a document, in document order,
located by the element it sits in and its character span in that element's text.

Reads the header's References lines and summary, and every body token (quote intros
and quoted paragraphs included); annotates References and Quotes with the
instrument they name. The grammar is :mod:`itudocs.grammar.instruments`.
"""

from __future__ import annotations

import attrs

from itudocs.extract.state import ParseState
from itudocs.grammar.instruments import Found, context_of, find_documents, find_instruments
from itudocs.model import Citation, Loc, Quote


def _found(text: str, state: ParseState, *, context: tuple[str | None, int | None] = (None, None)
           ) -> list[Found]:
    body, year = context
    found = find_instruments(text, state.lang, context_body=body, context_year=year)
    taken = [(f.start, f.end) for f in found]
    for doc in find_documents(text):
        if not any(s <= doc.start < e for s, e in taken):
            found.append(doc)
    return sorted(found, key=lambda f: f.start)


def extract_citations(state: ParseState) -> list[Citation]:
    out: list[Citation] = []

    def add(found: list[Found], loc: Loc) -> None:
        out.extend(Citation(text=f.text, instrument=f.ref, loc=loc, start=f.start, end=f.end)
                   for f in found)

    # The first page, in order: the summary and action lines, then the References
    # lines (each names at most one instrument, which its Reference then carries).
    by_loc = {ref.loc: n for n, ref in enumerate(state.references)}
    refs = list(state.references)
    for i, block in enumerate(state.blocks):
        role = state.roles[i] or ""
        if role in ("header:summary", "header:action"):
            add(_found(block.text, state), block.loc)
        elif role == "header:reference" and block.loc in by_loc:
            n = by_loc[block.loc]
            found = _found(refs[n].text, state)
            add(found, block.loc)
            if found:
                refs[n] = attrs.evolve(refs[n], instrument=found[0].ref)
    state.references = refs
    # The body. A quote intro lends its meeting to the instruments it names
    # ("Council 2009 resolves (excerpt from Resolution 1306)").
    intro_context = {q.intro: context_of(q.intro, state.lang) for q in state.quotes if q.intro}
    for tok in state.tokens:
        text = tok.text.strip()
        context = next((ctx for intro, ctx in intro_context.items() if text.endswith(intro)),
                       (None, None))
        add(_found(tok.text, state, context=context), tok.loc)
    state.quotes = [_with_instrument(q, state, intro_context) for q in state.quotes]
    return out


def _with_instrument(quote: Quote, state: ParseState,
                     contexts: dict[str, tuple[str | None, int | None]]) -> Quote:
    if quote.source is None:
        return quote
    body, year = contexts.get(quote.intro or "", (None, None))
    found = find_instruments(quote.source, state.lang, context_body=body, context_year=year)
    return attrs.evolve(quote, instrument=found[0].ref) if found else quote
