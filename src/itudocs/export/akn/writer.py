"""The writer of the Akoma Ntoso export: a Document as an ``<akomaNtoso>`` element
(:func:`to_akn_element`) or as an XML document (:func:`to_akn`); the markup is described
in :mod:`itudocs.export.akn`."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Iterable, Sequence

from lxml import etree

from itudocs.export.akn.naming import (
    _COUNTRY,
    _UNKNOWN_DATE,
    _actor,
    _actor_name,
    _lang3,
    _ontology,
    _symbol_base,
    _symbol_in,
    _version,
    akn_uris,
    doc_name,
    instrument_href,
)
from itudocs.export.akn.xml import (
    _A,
    _LANG_TAG,
    _NSMAP,
    _XML_LANG,
    _append,
    _clean,
    _indent,
    _slug,
    _sub,
    _text,
)
from itudocs.grammar.patterns import ELISION_ONLY
from itudocs.lang.conferences import place_names
from itudocs.model import (
    Block,
    Citation,
    Document,
    Loc,
    Note,
    Outcome,
    Quote,
    Section,
)

__all__ = ["to_akn", "to_akn_element"]

_SOURCE = "itudocs"


# --------------------------------------------------------------------------- the writer


class _Writer:
    def __init__(self, doc: Document, name: str, date: _dt.date | None) -> None:
        self.doc = doc
        self.name = name
        self.manifestation_date = date
        self.uris = akn_uris(doc, name)
        self.used: set[str] = set()
        self.counters: Counter[tuple[str, str]] = Counter()
        self.tlcs: dict[str, tuple[str, str, str]] = {}  # eId -> (element, href, showAs)
        self.cites: dict[Loc, list[Citation]] = {}
        for c in doc.citations:
            self.cites.setdefault(c.loc, []).append(c)
        self.quotes: dict[Loc, Quote] = {q.paragraphs[0].loc: q for q in doc.quotes
                                         if q.paragraphs}
        self.outcomes: dict[Loc, Outcome] = {o.loc: o for o in doc.outcomes}
        self.lang = doc.language

    # ids --------------------------------------------------------------------------

    def eid(self, ctx: str, ref: str, number: str | None = None) -> str:
        n = _slug(number) if number else ""
        if not n:
            self.counters[(ctx, ref)] += 1
            n = str(self.counters[(ctx, ref)])
        base = f"{ctx}__{ref}_{n}" if ctx else f"{ref}_{n}"
        eid, k = base, 1
        while eid in self.used:
            k += 1
            eid = f"{base}-{k}"
        self.used.add(eid)
        return eid

    def reserve(self, eid: str) -> str:
        """An eId without a number (``longTitle``), made unique like the others."""
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

    # document ---------------------------------------------------------------------

    def build(self) -> etree._Element:
        root = etree.Element(_A + "akomaNtoso", nsmap=_NSMAP)
        doc_el = _sub(root, "doc", name=self.name)
        # reserve the TLC ids the metadata needs before any body id is made
        actor = _actor(self.doc.header.symbol)
        self.tlc("itu", "TLCOrganization", "/akn/ontology/organization/un/itu",
                 "International Telecommunication Union")
        self.tlc(actor, "TLCOrganization", f"/akn/ontology/organization/un/{actor}",
                 _actor_name(self.doc.header.symbol))
        self.tlc(_SOURCE, "TLCOrganization", f"/akn/ontology/organization/{_SOURCE}",
                 "itudocs (automatic conversion)")
        meta = _sub(doc_el, "meta")
        self.identification(meta, actor)
        references = _sub(meta, "references", source="#" + _SOURCE)
        preface = self.preface()
        if preface is not None:
            doc_el.append(preface)
        doc_el.append(self.main_body())
        conclusions = self.conclusions()
        if conclusions is not None:
            doc_el.append(conclusions)
        for eid, (element, href, show_as) in self.tlcs.items():
            _sub(references, element, eId=eid, href=href, showAs=show_as)
        _indent(root)
        return root

    def identification(self, meta: etree._Element, actor: str) -> None:
        h = self.doc.header
        uris = self.uris
        ident = _sub(meta, "identification", source="#" + _SOURCE)
        date = h.date or _UNKNOWN_DATE
        date_name = "document" if h.date else "unknown"

        work = _sub(ident, "FRBRWork")
        _sub(work, "FRBRthis", value=uris.work + "/!main")
        _sub(work, "FRBRuri", value=uris.work)
        _sub(work, "FRBRdate", date=date.isoformat(), name=date_name)
        _sub(work, "FRBRauthor", href="#" + actor)
        _sub(work, "FRBRcountry", value=_COUNTRY)
        _sub(work, "FRBRsubtype", value=self.name)
        if h.symbol is not None:
            _sub(work, "FRBRnumber", value=_symbol_base(h.symbol))

        expr = _sub(ident, "FRBRExpression")
        _sub(expr, "FRBRthis", value=uris.expression + "/!main")
        _sub(expr, "FRBRuri", value=uris.expression)
        if h.symbol is not None:
            _sub(expr, "FRBRalias", value=h.symbol.text, name="symbol")
        _sub(expr, "FRBRdate", date=date.isoformat(), name=date_name)
        _sub(expr, "FRBRauthor", href="#" + actor)
        if h.symbol is not None and h.symbol.revision is not None:
            _sub(expr, "FRBRversionNumber", value=f"rev.{h.symbol.revision}")
        original = self.original_language()
        master = f"{uris.work}/{_lang3(original)}@{_version(self.doc)}" if original else None
        if master and original:
            _sub(expr, "FRBRmasterExpression", href=master,
                 showAs=_symbol_in(h.symbol, original) or _lang3(original))
        _sub(expr, "FRBRlanguage", language=_lang3(self.lang))
        if master and original:
            _sub(expr, "FRBRtranslation", href=master, fromLanguage=_lang3(original),
                 by="#itu")

        manif = _sub(ident, "FRBRManifestation")
        _sub(manif, "FRBRthis", value=uris.expression + "/!main.xml")
        _sub(manif, "FRBRuri", value=uris.manifestation)
        if self.manifestation_date is not None:
            _sub(manif, "FRBRdate", date=self.manifestation_date.isoformat(), name="generation")
        else:
            _sub(manif, "FRBRdate", date=date.isoformat(), name=date_name)
        _sub(manif, "FRBRauthor", href="#" + _SOURCE)
        _sub(manif, "FRBRformat", value="application/akn+xml")

    def original_language(self) -> str | None:
        """The original language when this document is a translation, else None."""
        originals = self.doc.header.original_languages
        if self.lang is None or not originals or self.lang in originals:
            return None
        return originals[0]

    # preface ----------------------------------------------------------------------

    def preface(self) -> etree._Element | None:
        h = self.doc.header
        preface = etree.Element(_A + "preface")
        if self.lang:
            preface.set(_XML_LANG, self.lang)
        header = etree.Element(_A + "container", name="header")
        if h.symbol is not None:
            _sub(_sub(header, "p"), "docNumber", h.symbol.text)
        if h.meeting:
            p = _sub(header, "p")
            year = h.meeting_start.year if h.meeting_start else (
                h.symbol.session_year if h.symbol else None)
            actor = _actor(h.symbol)
            href = (f"/akn/ontology/event/{_COUNTRY}/{actor}-{year}" if year is not None
                    else _ontology("event", h.meeting))
            _sub(p, "session", h.meeting, refersTo=self.tlc("meeting", "TLCEvent", href,
                                                               h.meeting))
        if h.venue or h.meeting_start:
            p = _sub(header, "p")
            if h.venue:
                key = place_names(self.lang).get(h.venue) if self.lang else None
                href = f"/akn/ontology/location/{key}" if key else _ontology("location",
                                                                               h.venue)
                _sub(p, "location", h.venue,
                     refersTo=self.tlc("venue", "TLCLocation", href, h.venue))
            if h.meeting_start:
                if h.venue:
                    _append(p, ", ")
                days = [h.meeting_start]
                if h.meeting_end and h.meeting_end != h.meeting_start:
                    days.append(h.meeting_end)
                for k, day in enumerate(days):
                    if k:
                        _append(p, " – ")
                    date_el = _sub(p, "date", day.isoformat(), date=day.isoformat())
                    if h.meeting:
                        date_el.set("refersTo", "#meeting")
        if h.agenda_item:
            _sub(_sub(header, "p"), "inline", h.agenda_item, name="agendaItem")
        if h.date:
            _sub(_sub(header, "p"), "docDate", h.date.isoformat(), date=h.date.isoformat())
        if h.original_languages:
            _sub(_sub(header, "p"), "inline", " ".join(h.original_languages),
                 name="originalLanguages")
        if len(header):
            header.set("eId", self.eid("", "container", "header"))
            preface.append(header)

        if h.title or h.subtitle:
            long_title = _sub(preface, "longTitle", eId=self.reserve("longTitle"))
            if h.title:
                _sub(_sub(long_title, "p"), "docTitle", h.title)
            if h.subtitle:
                _sub(_sub(long_title, "p"), "docTitle", h.subtitle, **{"class": "subtitle"})

        box = etree.Element(_A + "container", name="summaryBox")
        box_id = self.eid("", "container", "summaryBox")
        box.set("eId", box_id)
        for cname, value in (("summary", self.doc.summary),
                             ("actionRequired", self.doc.action_required)):
            if value:
                c = _sub(box, "container", name=cname, eId=self.eid(box_id, "container", cname))
                for line in value.split("\n"):
                    self.inline(_sub(c, "p"), line, None)
        if self.doc.references:
            c = _sub(box, "container", name="references",
                     eId=self.eid(box_id, "container", "references"))
            blist = _sub(c, "blockList", eId=self.eid(c.get("eId", ""), "list"))
            for r in self.doc.references:
                item = _sub(blist, "item", eId=self.eid(blist.get("eId", ""), "item"))
                self.inline(_sub(item, "p"), r.text, r.loc)
        if len(box):
            preface.append(box)
        else:
            self.used.discard(box_id)
        return preface if len(preface) else None

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
                        and blocks[i].loc not in self.quotes:
                    run.append(blocks[i])
                    i += 1
                host, host_ctx = ((last_item, last_item.get("eId", ctx))
                                  if last_item is not None else (parent, ctx))
                self.quote(_sub(host, "p"), run, self.quotes.get(b.loc), host_ctx)
                continue
            if b.kind == "item":
                if items is None:
                    items = _sub(parent, "blockList", eId=self.eid(ctx, "list"))
                last_item = self.list_item(items, b)
                i += 1
                continue
            items = last_item = None
            outcome = self.outcomes.get(b.loc)
            if b.kind == "bullet" or (outcome is not None and outcome.intro is not None
                                      and i + 1 < len(blocks)
                                      and blocks[i + 1].kind == "bullet"):
                blist = _sub(parent, "blockList", eId=self.eid(ctx, "list"))
                if outcome is not None:
                    blist.set("class", "outcome")
                if b.kind != "bullet":
                    self.inline(_sub(blist, "listIntroduction"), b.text, b.loc, b.notes,
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
        self.inline(_sub(parent, "p"), b.text, b.loc, b.notes, b.lang)

    def quote(self, p: etree._Element, run: Sequence[Block], quote: Quote | None,
              ctx: str) -> None:
        es = _sub(p, "embeddedStructure", eId=self.eid(ctx, "embeddedStructure"))
        es_id = es.get("eId", "")
        by_loc = {b.loc: b for b in run}
        paras: list[tuple[str | None, str, Block | None, int]] = []  # label, text, block, shift
        if quote is not None:
            first = by_loc.get(quote.paragraphs[0].loc)
            last = by_loc.get(quote.paragraphs[-1].loc)
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
                block = by_loc.get(qp.loc)
                shift = block.text.find(qp.text) if block is not None else 0
                paras.append((qp.label, qp.text, block, max(shift, 0)))
            # quote blocks the Quote does not hold (none in well-formed input) stay too
            held = {qp.loc for qp in quote.paragraphs}
            paras += [(b.label, b.text, b, 0) for b in run if b.loc not in held]
        else:
            paras = [(b.label, b.text, b, 0) for b in run]
        blist: etree._Element | None = None
        for label, text, block, shift in paras:
            notes = block.notes if block is not None else ()
            loc = block.loc if block is not None else None
            lang = block.lang if block is not None else None
            if label:
                if blist is None:
                    blist = _sub(es, "blockList", eId=self.eid(es_id, "list"))
                item = _sub(blist, "item", eId=self.eid(blist.get("eId", ""), "item", label))
                _sub(item, "num", label)
                self.inline(_sub(item, "p"), text, loc, notes, lang, shift)
                continue
            blist = None
            target = _sub(es, "p")
            if ELISION_ONLY.fullmatch(text.strip()) and not notes:
                _sub(target, "omissis", text)
            else:
                self.inline(target, text, loc, notes, lang, shift)

    # inline -----------------------------------------------------------------------

    def inline(self, el: etree._Element, text: str, loc: Loc | None,
               notes: Iterable[Note] = (), lang: str | None = None, shift: int = 0) -> None:
        """Fill ``el`` with ``text``: citations as ``ref``, notes as ``authorialNote``.
        ``shift`` is where ``text`` starts in the block the notes are anchored in."""
        if lang and _LANG_TAG.match(lang) and self.lang \
                and lang.split("-")[0].lower() != self.lang:
            el.set(_XML_LANG, lang)
        marks: list[tuple[int, int, Note | Citation]] = []
        offsets = []
        for note in notes:
            off = min(max(note.offset - shift, 0), len(text))
            offsets.append(off)
            marks.append((off, off, note))
        candidates = self.cites.get(loc, []) if loc is not None else list(
            self.doc.citations)
        for c in candidates:
            for start in (c.start, c.start - shift):
                end = start + (c.end - c.start)
                if 0 <= start < end <= len(text) and text[start:end] == c.text:
                    if not any(start < off < end for off in offsets):
                        marks.append((start, end, c))
                    break
        marks.sort(key=lambda m: (m[0], m[1]))
        cursor = 0
        for start, end, what in marks:
            if start < cursor:
                continue  # overlaps the citation before
            _text(el, text[cursor:start])
            if isinstance(what, Note):
                self.note(el, what)
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

    # conclusions ------------------------------------------------------------------

    def conclusions(self) -> etree._Element | None:
        s = self.doc.signature
        if s is None or not (s.role or s.name or s.country):
            return None
        conclusions = etree.Element(_A + "conclusions")
        if self.lang:
            conclusions.set(_XML_LANG, self.lang)
        sig = _sub(_sub(conclusions, "p"), "signature")
        role_ref = None
        if s.role:
            role_ref = self.tlc("signatoryRole", "TLCRole", _ontology("role", s.role), s.role)
            _sub(sig, "role", s.role, refersTo=role_ref)
        if s.name:
            if len(sig):
                etree.SubElement(sig, _A + "eol")
            person = _sub(sig, "person", s.name, refersTo=self.tlc(
                "signatory", "TLCPerson", _ontology("person", s.name), s.name))
            if role_ref:
                person.set("as", role_ref)
        if s.country:
            if s.name:
                _append(sig, "（" if self.lang == "zh" else " (")
            elif len(sig):
                etree.SubElement(sig, _A + "eol")
            _sub(sig, "location", s.country, refersTo=self.tlc(
                "signatoryCountry", "TLCLocation", _ontology("location", s.country),
                s.country))
            if s.name:
                _append(sig, "）" if self.lang == "zh" else ")")
        return conclusions


def _mark_before(block_text: str, text: str) -> str:
    """The quotation mark a block prints before the quote's own text."""
    i = block_text.find(text) if text else -1
    return block_text[:i].strip() if i > 0 else ""


def _mark_after(block_text: str, text: str) -> str:
    i = block_text.rfind(text) if text else -1
    return block_text[i + len(text):].strip() if i >= 0 else ""


# --------------------------------------------------------------------------- API


def to_akn_element(doc: Document, *, name: str | None = None,
                   date: _dt.date | None = None) -> etree._Element:
    """``doc`` as an ``<akomaNtoso>`` element (see :func:`to_akn`)."""
    return _Writer(doc, name or doc_name(doc), date).build()


def to_akn(doc: Document, *, name: str | None = None, date: _dt.date | None = None) -> str:
    """``doc`` as an Akoma Ntoso 3.0 XML document, with its XML declaration
    (``encoding="UTF-8"``): encode the string as UTF-8 to write or parse it.

    ``name`` overrides the ``<doc name>`` found from the title (:func:`doc_name`);
    ``date`` is the Manifestation's date (default: the document's date)."""
    root = to_akn_element(doc, name=name, date=date)
    body = etree.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
