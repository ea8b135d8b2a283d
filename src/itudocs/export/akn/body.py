"""The body of the Akoma Ntoso export: eIds, the ``mainBody`` (sections, paragraphs,
lists, quotes) and inline text (citations as ``ref``, notes as ``authorialNote``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from lxml import etree

from itudocs.export.akn.naming import instrument_href
from itudocs.export.akn.xml import _A, _LANG_TAG, _XML_LANG, _clean, _slug, _sub, _text
from itudocs.grammar.patterns import ELISION_ONLY
from itudocs.model import (
    Block,
    Citation,
    Document,
    Link,
    Note,
    Outcome,
    Quote,
    Section,
    Span,
    Table,
)


class _BodyWriter:
    """The state of one export (the eIds taken, the TLCs, the citations, quotes and
    outcomes by location) and the writing of the body; the writer
    (:mod:`itudocs.export.akn.writer`) adds the metadata, preface and conclusions."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.used: set[str] = set()
        self.counters: Counter[tuple[str, str]] = Counter()
        self.tlcs: dict[str, tuple[str, str, str]] = {}  # eId -> (element, href, showAs)
        # Quotes, outcomes and citations name the blocks they come from by id.
        self.cites: dict[str, list[Citation]] = {}
        for c in doc.citations:
            if c.block_id is not None:
                self.cites.setdefault(c.block_id, []).append(c)
        self.quotes: dict[str, Quote] = {q.paragraphs[0].block_id: q for q in doc.quotes
                                         if q.paragraphs and q.paragraphs[0].block_id}
        self.outcomes: dict[str, Outcome] = {}
        for o in doc.outcomes:
            key = o.intro_block_id or (o.bullets[0].block_id if o.bullets else None)
            if key is not None:
                self.outcomes.setdefault(key, o)
        self.lang = doc.language

    # ids --------------------------------------------------------------------------

    def eid(self, ctx: str, ref: str, number: str | None = None) -> str:
        n = _slug(number) if number else ""
        if not n:
            self.counters[(ctx, ref)] += 1
            n = str(self.counters[(ctx, ref)])
        return self.reserve(f"{ctx}__{ref}_{n}" if ctx else f"{ref}_{n}")

    def reserve(self, eid: str) -> str:
        """``eid`` made unique (``-2``, ``-3`` ...) and marked as used."""
        out, k = eid, 1
        while out in self.used:
            k += 1
            out = f"{eid}-{k}"
        self.used.add(out)
        return out

    def tlc(self, eid: str, element: str, href: str, show_as: str) -> str:
        """Register a TLC in ``<references>``; returns ``#eId``."""
        self.tlcs.setdefault(eid, (element, href, show_as))
        self.used.add(eid)
        return "#" + eid

    # body -------------------------------------------------------------------------

    def main_body(self) -> etree._Element:
        body = etree.Element(_A + "mainBody")
        if self.lang:
            body.set(_XML_LANG, self.lang)
        self.blocks(body, self.doc.blocks, "")
        for section in self.doc.sections:
            self.section(body, section, "")
        if not len(body):
            _sub(body, "p")
        return body

    def section(self, parent: etree._Element, s: Section, ctx: str) -> None:
        titled = bool(s.title)
        tag, ref = ("section", "sec") if titled else ("paragraph", "para")
        eid = self.eid(ctx, ref, s.number)
        el = _sub(parent, tag, eId=eid)
        if s.number is not None:  # a heading by its style has none
            _sub(el, "num", s.number)
        if s.title:
            _sub(el, "heading", s.title)
        if s.children:
            if s.blocks:
                self.blocks(_sub(el, "intro"), s.blocks, eid)
            for child in s.children:
                self.section(el, child, eid)
        elif s.blocks:
            self.blocks(_sub(el, "content"), s.blocks, eid)

    def blocks(self, parent: etree._Element, blocks: Sequence[Block], ctx: str) -> None:
        """Blocks as ``p``, ``blockList`` and quotes; ``ctx`` is the eId of the
        enclosing element."""
        items: etree._Element | None = None  # the blockList of a run of items
        last_item: etree._Element | None = None
        i = 0
        while i < len(blocks):
            b = blocks[i]
            if b.kind == "quote":
                run = [b]
                i += 1
                while i < len(blocks) and blocks[i].kind == "quote" \
                        and blocks[i].id not in self.quotes:
                    run.append(blocks[i])
                    i += 1
                host, host_ctx = ((last_item, last_item.get("eId", ctx))
                                  if last_item is not None else (parent, ctx))
                self.quote(_sub(host, "p"), run, self.quotes.get(b.id or ""), host_ctx)
                continue
            if b.kind == "item":
                if items is None:
                    items = _sub(parent, "blockList", eId=self.eid(ctx, "list"))
                last_item = self.list_item(items, b)
                i += 1
                continue
            items = last_item = None
            if b.kind == "table" and b.table is not None:
                self.table(parent, b.table, ctx)
                i += 1
                continue
            outcome = self.outcomes.get(b.id or "")
            if b.kind == "bullet" or (outcome is not None and outcome.intro is not None
                                      and i + 1 < len(blocks)
                                      and blocks[i + 1].kind == "bullet"):
                blist = _sub(parent, "blockList", eId=self.eid(ctx, "list"))
                if outcome is not None:
                    blist.set("class", "outcome")
                if b.kind != "bullet":
                    self.inline(_sub(blist, "listIntroduction"), b.text, b.id, b.notes,
                                b.lang)
                    i += 1
                while i < len(blocks) and blocks[i].kind == "bullet":
                    self.list_item(blist, blocks[i])
                    i += 1
                continue
            self.paragraph(parent, b)
            i += 1

    def list_item(self, container: etree._Element, b: Block) -> etree._Element:
        """An ``item`` of a ``blockList``: its label as ``num``, its text as ``p``."""
        item = _sub(container, "item", eId=self.eid(container.get("eId", ""), "item", b.label))
        if b.label:
            _sub(item, "num", b.label)
        self.paragraph(item, b)
        return item

    def paragraph(self, parent: etree._Element, b: Block) -> None:
        self.inline(_sub(parent, "p"), b.text, b.id, b.notes, b.lang, 0, b.links, b.spans)

    def table(self, parent: etree._Element, table: Table, ctx: str) -> None:
        """A ``table``: a ``tr`` per row, a ``th`` (header rows) or ``td`` per cell with
        its ``colspan`` and ``rowspan``, the cell's blocks inside."""
        el = _sub(parent, "table", eId=self.eid(ctx, "table"))
        eid = el.get("eId", "")
        for n, row in enumerate(table.rows):
            tr = _sub(el, "tr")
            for cell in row.cells:
                td = _sub(tr, "th" if n < table.header_rows else "td")
                if cell.colspan > 1:
                    td.set("colspan", str(cell.colspan))
                if cell.rowspan > 1:
                    td.set("rowspan", str(cell.rowspan))
                self.blocks(td, cell.blocks, eid)
            if not len(tr):
                _sub(tr, "td")

    def quote(self, p: etree._Element, run: Sequence[Block], quote: Quote | None,
              ctx: str) -> None:
        es = _sub(p, "embeddedStructure", eId=self.eid(ctx, "embeddedStructure"))
        es_id = es.get("eId", "")
        by_id = {b.id: b for b in run}
        paras: list[tuple[str | None, str, Block | None, int]] = []  # label, text, block, shift
        if quote is not None:
            first = by_id.get(quote.paragraphs[0].block_id)
            last = by_id.get(quote.paragraphs[-1].block_id)
            start = _mark_before(first.text, quote.paragraphs[0].text) if first else ""
            end = _mark_after(last.text, quote.paragraphs[-1].text) if last else ""
            if start:
                es.set("startQuote", start)
            if end:
                es.set("endQuote", end)
            if quote.instrument is not None:
                es.set("href", instrument_href(quote.instrument))
            if quote.source:
                es.set("title", _clean(quote.source))
            for qp in quote.paragraphs:
                block = by_id.get(qp.block_id)
                shift = block.text.find(qp.text) if block is not None else 0
                paras.append((qp.label, qp.text, block, max(shift, 0)))
            # quote blocks the Quote does not hold (none in well-formed input) stay too
            held = {qp.block_id for qp in quote.paragraphs}
            paras += [(b.label, b.text, b, 0) for b in run if b.id not in held]
        else:
            paras = [(b.label, b.text, b, 0) for b in run]
        blist: etree._Element | None = None
        for label, text, block, shift in paras:
            notes = block.notes if block is not None else ()
            block_id = block.id if block is not None else None
            lang = block.lang if block is not None else None
            if label:
                if blist is None:
                    blist = _sub(es, "blockList", eId=self.eid(es_id, "list"))
                item = _sub(blist, "item", eId=self.eid(blist.get("eId", ""), "item", label))
                _sub(item, "num", label)
                self.inline(_sub(item, "p"), text, block_id, notes, lang, shift)
                continue
            blist = None
            target = _sub(es, "p")
            if ELISION_ONLY.fullmatch(text.strip()) and not notes:
                _sub(target, "omissis", text)
            else:
                self.inline(target, text, block_id, notes, lang, shift)

    # inline -----------------------------------------------------------------------

    def inline(self, el: etree._Element, text: str, block_id: str | None,
               notes: Iterable[Note] = (), lang: str | None = None, shift: int = 0,
               links: Iterable[Link] = (), spans: Iterable[Span] = ()) -> None:
        """Fill ``el`` with ``text``: citations as ``ref``, notes as ``authorialNote``,
        hyperlinks as ``a``, equations as ``inline name="math"``. ``shift`` is where
        ``text`` starts in the block the notes are anchored in."""
        if lang and _LANG_TAG.match(lang) and self.lang \
                and lang.split("-")[0].lower() != self.lang:
            el.set(_XML_LANG, lang)
        marks: list[tuple[int, int, Note | Citation | Link | Span]] = []
        offsets = []
        for note in notes:
            off = min(max(note.offset - shift, 0), len(text))
            offsets.append(off)
            marks.append((off, off, note))
        candidates = self.cites.get(block_id, []) if block_id is not None else list(
            self.doc.citations)
        for c in candidates:
            for start in (c.start, c.start - shift):
                end = start + (c.end - c.start)
                if 0 <= start < end <= len(text) and text[start:end] == c.text:
                    if not any(start < off < end for off in offsets):
                        marks.append((start, end, c))
                    break
        extra: list[Link | Span] = [*links, *spans]
        for span in extra:
            if 0 <= span.start < span.end <= len(text) \
                    and not any(span.start < off < span.end for off in offsets):
                marks.append((span.start, span.end, span))
        marks.sort(key=lambda m: (m[0], m[1]))
        cursor = 0
        for start, end, what in marks:
            if start < cursor:
                continue  # overlaps the citation before
            _text(el, text[cursor:start])
            if isinstance(what, Note):
                self.note(el, what)
            elif isinstance(what, Link):
                _sub(el, "a", text[start:end], href=_clean(what.url))
            elif isinstance(what, Span):
                _sub(el, "inline", text[start:end], name=what.kind)
            else:
                _sub(el, "ref", text[start:end], href=instrument_href(what.instrument))
            cursor = end
        _text(el, text[cursor:])

    def note(self, parent: etree._Element, note: Note) -> None:
        ctx = ""
        for anc in parent.iterancestors():
            if anc.get("eId"):
                ctx = anc.get("eId", "")
                break
        an = _sub(parent, "authorialNote", eId=self.eid(ctx, "authorialNote"),
                  marker=note.id, **{"class": note.kind})
        if note.kind == "footnote":
            an.set("placement", "bottom")
        for line in note.text.split("\n") or [""]:
            _sub(an, "p", line)


def _mark_before(block_text: str, text: str) -> str:
    """The quotation mark a block prints before the quote's own text."""
    i = block_text.find(text) if text else -1
    return block_text[:i].strip() if i > 0 else ""


def _mark_after(block_text: str, text: str) -> str:
    i = block_text.rfind(text) if text else -1
    return block_text[i + len(text):].strip() if i >= 0 else ""
