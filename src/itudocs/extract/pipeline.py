"""One direction: reader -> blocks -> stages -> model.

:func:`build` reads like the architecture: each stage takes what it reads and returns
what it found; the pipeline commits each stage's claims to the :class:`Ledger` (the
only shared mutable thing) and assembles the frozen :class:`~itudocs.model.Document`.

```
blocks ─ language ─ header ─ letter / adopted instrument / summary record ─ annexes
       ─ tokens ─ signature ─ quotes ─ sections ─ outcomes ─ citations ─ kind ─ Document
```
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import attrs

from itudocs.extract import (
    adopted,
    annexes,
    citations,
    header,
    kind,
    language,
    letter,
    outcomes,
    quotes,
    record,
    scanner,
    sections,
    signature,
    tokens,
)
from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.tokens import Token
from itudocs.grammar import firstpage
from itudocs.grammar.dates import find_date
from itudocs.lang import LANGUAGES, Language
from itudocs.model import (
    Accounting,
    Annex,
    Comment,
    Document,
    Header,
    Loc,
    ParseWarning,
    Reference,
    SourceInfo,
)
from itudocs.readers.blocks import RawTable, Stream

_NO_HEADER = ParseWarning(code="no-header", message="no ITU header found (no symbol, meeting "
                          "line, original language or summary box)")


def build(stream: Stream, source: SourceInfo) -> Document:
    """The Document of a block stream."""
    blocks = stream.blocks
    ledger = Ledger(len(blocks))
    ids = block_ids(blocks)
    warnings: list[ParseWarning] = list(stream.warnings)

    lang = language.detect(blocks)
    table = lang.table
    if lang.warning:
        warnings.append(lang.warning)
    # A letter first: its head has dates and may name a Council session ("Subject: ...
    # Council 2021") that would pass for a first page's fields.
    wrote = letter.find(blocks, ledger, table)
    if wrote is not None:
        ledger.commit(wrote.claims)
        warnings.append(wrote.warning)
    first = header.read(blocks, table, wrapped=stream.wrapped) if wrote is None else None
    if first is not None:
        ledger.commit(first.claims)
    heading = adopted.find(blocks, ledger, table, wrapped=stream.wrapped) \
        if wrote is None else None
    if heading is not None:
        ledger.commit(heading.claims)
    scanned = None
    if wrote is None and scanner.looks_flat(blocks):
        # The lines were lost: the first page's fields are read from its characters.
        scanned = scanner.scan(next(b.text for b in blocks if b.text.strip()), table)
    elif first is not None and (first.header.symbol is None or first.header.date is None
                                or not first.header.original_languages):
        # A web copy may print several cells on one line ("Agenda item: ADM 12 Document
        # C19/59-E31 May 2019Original: English"): what the lines did not give is read
        # from the first page's characters, as for a text whose lines were lost.
        glued = scanner.scan("\n".join(b.text for b in blocks[:_FIRST_LINES]), table)
        if glued is not None:
            scanned = scanner.Scanned(attrs.evolve(
                Header(), **{f: getattr(glued.header, f) for f in _GLUED_FIELDS}), "")
    code = lang.code
    if first is None and wrote is None and heading is None and scanned is None:
        warnings.append(_NO_HEADER)
        if code is None:  # not an ITU document: its words may still say its language
            code = language.plain_language(blocks)
    elif first is not None:
        warnings.extend(first.warnings)
    h = _header(first, wrote, heading, scanned.header if scanned else None)
    if h.title is None and scanned is not None and scanned.rest and wrote is None:
        title = scanner.title_in(scanned.rest, table)
        if title is not None and header.source_line(title, [table]) is None:
            h = attrs.evolve(h, title=title)  # (a source line is no title)
    minutes = record.find(blocks, ledger, h.title, table)
    if minutes is not None:
        ledger.commit(minutes.claims)

    starts = annexes.starts(blocks, ledger)
    ledger.commit((i, "annex:heading") for i in starts)
    pages = []
    for i in starts:  # each annex opens like a small document: a title, a summary box
        page = header.read(blocks, table, start=i + 1, annex=True)
        ledger.commit((j, role.replace("header:", "annex:"))
                      for j, role in (page.claims if page else ()))
        pages.append(page)

    toks = tokens.tokenize(blocks, ledger, ids)
    ledger.commit(toks.claims)
    body = [t for t in toks.tokens if not starts or t.block_index < starts[0]]
    signed = signature.find(body, table)
    if signed is not None:
        ledger.commit(signed.claims)
    found = quotes.find(toks.tokens, table)
    ledger.commit(found.claims)
    warnings.extend(found.warnings)
    tree = sections.build(body, blocks, ledger, found.quoted,
                          _tables_in(stream, 0, starts[0] if starts else len(blocks)))
    ledger.commit(tree.claims)
    warnings.extend(tree.warnings)
    annexed = []
    for n, i in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        part = [t for t in toks.tokens if i < t.block_index < end]
        annex_tree = sections.build(part, blocks, ledger, found.quoted,
                                    _tables_in(stream, i + 1, end))
        ledger.commit(annex_tree.claims)
        warnings.extend(annex_tree.warnings)
        annexed.append(_annex(blocks[i].text.strip(), blocks[i].loc, pages[n], annex_tree,
                              ids))
    cited = citations.find(first, blocks, ids, toks.tokens, found.quotes, table)

    return Document(
        source=source,
        language=code,
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
        outcomes=outcomes.find(tree.sections, tree.blocks, table) + tuple(
            o for a in annexed for o in outcomes.find(a.sections, a.blocks, table)),
        signature=signed.signature if signed else None,
        warnings=tuple(warnings),
        citations=cited.citations,
        accounting=_account(stream, ledger),
        comments=_comments(stream, toks.tokens),
        kind=kind.decide(letter=wrote is not None,
                         instrument_kind=heading.kind if heading else None,
                         record=minutes is not None or _record_title(scanned, table),
                         title=h.title or (scanned.rest if scanned else None),
                         source=h.source or _scanned_source(scanned, table)),
        summary_record=minutes.record if minutes else None,
        contributors=_contributors((h.title, h.subtitle, *(a.title for a in annexed)), table),
        annexes=tuple(annexed),
        instrument=heading.instrument if heading else None,
    )


def _tables_in(stream: Stream, start: int, end: int) -> tuple[RawTable, ...]:
    """The tables whose paragraphs lie in the stream range ``[start, end)``."""
    return tuple(t for t in stream.tables if start <= t.first and t.end <= end)


def _scanned_source(scanned: scanner.Scanned | None, table: Language) -> str | None:
    """A text whose lines were lost: a source line ("Chairman, Council Working Group
    ...") right after the header fields."""
    if scanned is None:
        return None
    rest = scanned.rest[:120].strip()
    langs = [table, *LANGUAGES.values()]
    return header.source_line(rest, langs) or header.source_lead(rest, langs)


def _record_title(scanned: scanner.Scanned | None, table: Language) -> bool:
    """A text whose lines were lost: its title (after the header fields) is a summary
    record's."""
    if scanned is None:
        return False
    langs = (table, *LANGUAGES.values())
    if any(firstpage.is_record_title(scanned.rest[:80], t) for t in langs):
        return True
    # its title lost: the day line with the hours, then the chair ("Thursday, 25 May
    # 2017, from 0945 to 1010 hoursChairman: Dr E. SPINA")
    rest = scanned.rest.lstrip(" /")
    for t in langs:
        span = find_date(rest[:60], t)
        if span is not None and span.span[0] < 20:
            chair = firstpage.chair_in(rest, t, span.span[1], span.span[1] + 40)
            if chair is not None and firstpage.record_day(rest[:chair], t):
                return True
    return False


_FIRST_LINES = 40  # lines of a first page
#: the fields a line holding several cells hides from the line reader
_GLUED_FIELDS = ("symbol", "date", "original_languages")


def _header(first: header.FirstPage | None, wrote: letter.Found | None,
            heading: adopted.Found | None, scanned: Header | None = None) -> Header:
    """The header: the first page's, or what a letter's head or an adopted instrument's
    heading says; fields the lines did not give are taken from the character scan of a
    text whose lines were lost."""
    h = first.header if first is not None else Header()
    if scanned is not None:
        h = attrs.evolve(h, **{f.name: getattr(scanned, f.name) for f in attrs.fields(Header)
                                if getattr(h, f.name) in (None, ())
                                and getattr(scanned, f.name) not in (None, ())})
    if wrote is not None:
        h = attrs.evolve(h, date=wrote.date, venue=wrote.venue, venue_id=wrote.venue_id,
                         subject=wrote.subject)
    if heading is not None and h.title is None:
        h = attrs.evolve(h, title=heading.title)
    return h


def _annex(label: str, loc: Loc, page: header.FirstPage | None, tree: sections.Tree,
           ids: Sequence[str]) -> Annex:
    return Annex(
        label=label,
        title=page.header.title if page else None,
        summary=page.summary if page else None,
        action_required=page.action_required if page else None,
        references=tuple(Reference(text=line.text, loc=line.loc,
                                   block_id=ids[line.block_index])
                         for line in (page.references if page else ())),
        blocks=tree.blocks, sections=tree.sections, loc=loc)


def _contributors(titles: Sequence[str | None], table: Language) -> tuple[str, ...]:
    """The authors the first title that names any ("Contribution from ...") names."""
    langs = [table, *(t for t in LANGUAGES.values() if t is not table)]
    # A title in capitals ("CONTRIBUTION FROM THE REPUBLIC OF KENYA") names them too, but
    # the one in ordinary case ("Contribution from the Republic of Kenya") prints them.
    ordered = sorted((t for t in titles if t), key=lambda t: t == t.upper())
    for title in ordered:
        for lang in langs:
            if names := firstpage.contributors(title, lang):
                return names
    return ()


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
