"""The writer of the Akoma Ntoso export: a Document as an ``<akomaNtoso>`` element
(:func:`to_akn_element`) or as an XML document (:func:`to_akn`); the markup is described
in :mod:`itudocs.export.akn`."""

from __future__ import annotations

import datetime as _dt

from lxml import etree

from itudocs.export.akn.body import _BodyWriter
from itudocs.export.akn.naming import (
    _COUNTRY,
    UNKNOWN_AUTHOR,
    _actor,
    _actor_name,
    _lang3,
    _ontology,
    _symbol_base,
    _symbol_in,
    _version,
    akn_uris,
    doc_name,
    is_itu,
    work_date,
)
from itudocs.export.akn.xml import _A, _NSMAP, _XML_LANG, _append, _indent, _sub
from itudocs.model import Document

__all__ = ["to_akn", "to_akn_element"]

_SOURCE = "itudocs"


# --------------------------------------------------------------------------- the writer

class _Writer(_BodyWriter):
    """The whole ``<akomaNtoso>``: the metadata, the preface and the conclusions around
    the body that :class:`_BodyWriter` writes."""

    def __init__(self, doc: Document, name: str, date: _dt.date | None) -> None:
        super().__init__(doc)
        self.name = name
        self.manifestation_date = date
        self.uris = akn_uris(doc, name, date)
        self.itu = is_itu(doc)

    # document ---------------------------------------------------------------------

    def build(self) -> etree._Element:
        root = etree.Element(_A + "akomaNtoso", nsmap=_NSMAP)
        doc_el = _sub(root, "doc", name=self.name)
        # reserve the TLC ids the metadata needs before any body id is made
        if self.itu:
            actor = _actor(self.doc.header.symbol)
            self.tlc("itu", "TLCOrganization", "/akn/ontology/organization/un/itu",
                     "International Telecommunication Union")
            self.tlc(actor, "TLCOrganization", f"/akn/ontology/organization/un/{actor}",
                     _actor_name(self.doc.header.symbol))
        else:  # not an ITU document: its author is not known
            actor = UNKNOWN_AUTHOR
            self.tlc(actor, "TLCOrganization", f"/akn/ontology/organization/{actor}",
                     "Unknown author")
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
        date, date_name = work_date(self.doc, self.manifestation_date)

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
                key = h.venue_id
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
                self.inline(_sub(item, "p"), r.text, r.block_id)
        if len(box):
            preface.append(box)
        else:
            self.used.discard(box_id)
        return preface if len(preface) else None

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
