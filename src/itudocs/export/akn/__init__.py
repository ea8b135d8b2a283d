"""Akoma Ntoso 3.0 (OASIS LegalDocML) export of a Document.

:func:`to_akn` writes one ``<akomaNtoso>`` document holding a ``<doc>``, valid against
the OASIS schema shipped as ``itudocs/data/akn/akomantoso30.xsd`` (:func:`akn_schema`
loads it offline). The exporter only reads the model.

```pycon
>>> import itudocs
>>> from itudocs.export.akn import akn_uris, to_akn
>>> doc = itudocs.parse(itudocs.sample_path())
>>> uris = akn_uris(doc)
>>> uris.work
'/akn/un/doc/report/itu-council/2020/C20-57'
>>> uris.expression
'/akn/un/doc/report/itu-council/2020/C20-57/zho@2020-03-03'
>>> to_akn(doc).splitlines()[0]
'<?xml version="1.0" encoding="UTF-8"?>'

```

The document type
-----------------

``<doc name="...">``: the name is the kind of document its title announces, read in any
of the six languages: ``report`` ("Report by ...", "Rapport", "Informe", "Отчет",
"报告", "تقرير"), ``note`` ("Note by ...") or ``contribution``; ``document`` when the
title names none of them (or there is no title). ``to_akn(doc, name=...)`` overrides it.
The name is also ``FRBRsubtype`` and the subtype part of the IRIs below.

IRIs (the AKN naming convention as AKN4UN uses it)
-----------------------------------------------------

- Work: ``/akn/un/doc/<name>/<actor>/<year>/<number>``, e.g.
  ``/akn/un/doc/report/itu-council/2020/C20-57``.

  - ``un``: ``FRBRcountry``; the jurisdiction code AKN4UN gives the United Nations
    system (ITU is a specialized agency), there being no ISO 3166 country.
  - ``<actor>``: ``itu-council`` for the Council's own series (``C20/...``); ``itu-`` and
    the series in lower case for a working group's (``CWG-COP-14/3`` -> ``itu-cwg-cop``);
    ``itu`` without a symbol; ``unknown`` for a document that is not an ITU one (the
    parse warns ``no-header``): nothing in it says who wrote it.
  - ``<year>``: the session year of the symbol (``C20`` -> 2020), else the year of the
    document's date, else of the meeting's first day, else ``9999`` (for a document
    that is not an ITU one, the year of the conversion).
  - ``<number>``: the symbol without its language letter and revision, ``/`` and spaces
    made ``-``: ``C20/57-C`` -> ``C20-57``, ``C20/57(Add.1)-E`` -> ``C20-57-Add.1``,
    ``CWG-COP-14/3-E`` -> ``CWG-COP-14-3``. An addendum or a corrigendum is a Work of its
    own (as UN practice has it). Without a symbol: ``sha256-`` and the first 12 hex digits
    of the source's SHA-256, so such a file cannot be linked to its other languages.

  Every language version of one symbol has the same Work IRI.
- Expression: ``<work>/<lang>@<version>``, e.g.
  ``/akn/un/doc/report/itu-council/2020/C20-57/zho@2020-03-03``. ``<lang>`` is the
  document's language as an ISO 639-2 three-letter code (``eng fra spa zho rus ara``;
  ``und`` when unknown); AKN, like ISO 639-3, uses the terminology codes, so French is
  ``fra`` and Chinese ``zho`` (the bibliographic codes would be ``fre`` and ``chi``).
  ``<version>`` is the document's date, then ``;rev.N`` for a revision (``C17/130(Rev.1)-E``
  -> ``eng@<date>;rev.1``); a bare ``@`` (the original version) when neither is known.
  A document whose language is not among its "Original" languages is a translation:
  ``FRBRmasterExpression`` and ``FRBRtranslation`` point to the original language's
  Expression (same version, which assumes all versions carry the same date, as ITU's do).
- Manifestation: ``<expression>.akn`` (``FRBRuri``); ``FRBRthis`` of the three levels is
  ``<work>/!main``, ``<expression>/!main`` and ``<expression>/!main.xml``.
- Cited instruments (``InstrumentRef``): ``/akn/un/doc/<kind>/<actor>/<year>/<number>``
  with actor ``itu-pp``, ``itu-council``, ``itu-wtdc`` ... (``unga`` for the General
  Assembly) when the body and year are known, e.g. Resolution 179 (Rev. Dubai, 2018)
  -> ``/akn/un/doc/resolution/itu-pp/2018/179``; otherwise, and for documents (whose
  kind, hence subtype, is unknown), the instrument's itudocs id
  (``itu:unknown:resolution:179``, ``itu:doc:C20/57``, see ``docs/references.md``).
- People, places, roles, the meeting: ``/akn/ontology/<class>/...`` entries in
  ``<references>``, which ``refersTo`` attributes point at.

The markup
----------

- ``meta/identification``: FRBRWork (``FRBRdate`` the document's date, ``FRBRauthor``
  the actor, ``FRBRcountry`` ``un``, ``FRBRsubtype``, ``FRBRnumber`` the symbol without
  language letter), FRBRExpression (``FRBRalias name="symbol"`` the symbol as printed,
  ``FRBRversionNumber`` for a revision, ``FRBRlanguage``), FRBRManifestation
  (``FRBRformat`` ``application/akn+xml``; its date is the document's date unless
  ``date=`` is given (``name="generation"``), so that by default the output depends on
  the document alone). A missing date
  is ``9999-01-01`` with ``name="unknown"`` in an ITU document; a document that is not
  an ITU one claims no ITU author (``FRBRauthor`` is ``#unknown``, and no ``itu``
  organisation is referenced) and no made-up date: its date is the day of the
  conversion (``date=``, else today) with ``name="generation"``.
- ``preface``: ``container name="header"`` (``docNumber``, ``session`` the meeting,
  ``location`` the venue, ``date`` the meeting's days, ``inline name="agendaItem"``,
  ``docDate``, ``inline name="originalLanguages"``), ``longTitle`` with the title and the
  subtitle as ``docTitle`` (the subtitle with ``class="subtitle"``), and
  ``container name="summaryBox"`` holding ``container``\\ s ``summary``,
  ``actionRequired`` (a ``p`` per line) and ``references`` (a ``blockList``, an ``item``
  per line). Dates are written as ISO dates: the model keeps the date, not how it was
  printed.
- ``mainBody``: the document-level blocks, then every section: a section with a title
  (a heading) is a ``section``, a numbered paragraph a ``paragraph``; each has ``num``
  (none for a heading by its style, which has no number),
  ``heading`` when titled, and its blocks in ``content`` (or in ``intro`` before its
  sub-sections).
- Blocks: a table is a ``table`` (``tr``, ``th`` for header rows, ``td``, with
  ``colspan`` and ``rowspan``, the cell's blocks inside); a paragraph is a ``p``; a
  run of items (``a)``, ``1)``) a ``blockList`` with an
  ``item`` each (``num`` the label); a run of bullets a ``blockList`` (``num`` the bullet
  sign); an outcome list a ``blockList class="outcome"`` whose lead-in is its
  ``listIntroduction``; a quote an ``embeddedStructure`` inside a ``p`` (inside the item
  that introduces it, when there is one) with ``startQuote``/``endQuote`` (the marks the
  text prints), ``href`` (the quoted instrument) and ``title`` (the source as printed);
  inside it, unnumbered paragraphs are ``p``, numbered ones items of a ``blockList``, so
  the quoted instrument's numbers stay inside the quote; an elision is ``omissis``.
- Inline: every citation is a ``ref`` to its instrument; a footnote or endnote is an
  ``authorialNote`` at its anchor (``marker`` its id, ``class`` ``footnote`` or
  ``endnote``, ``placement="bottom"`` for a footnote); a hyperlink is an ``a``; an
  equation is an ``inline name="math"``; a line break inside a paragraph
  is ``eol``; a block whose ``lang`` is not the document's keeps it as ``xml:lang``.
- ``conclusions``: the ``signature`` (``role``, ``person``, the country as ``location``).
- ``eId``: the naming convention's ``[context__]ref_number``: ``sec_1``,
  ``sec_1__para_1.1``, ``sec_1__para_1.1__list_1__item_a``,
  ``sec_1__para_1.1__list_1__item_a__embeddedStructure_1__list_1__item_1.1``, the number
  being the printed one without brackets and dots at its ends (``a)`` -> ``a``) or, for
  elements without one, the ordinal. A repeat gets ``-2``, ``-3``.

Comments, tracked changes and the parse warnings are not exported. Text that XML cannot
hold (control characters, lone surrogates) is replaced by U+FFFD.
"""

from itudocs.export.akn.naming import ISO_639_2, AknUris, akn_uris, doc_name, instrument_href
from itudocs.export.akn.writer import to_akn, to_akn_element
from itudocs.export.akn.xml import AKN_NS, akn_schema

__all__ = ["AKN_NS", "ISO_639_2", "AknUris", "akn_schema", "akn_uris", "doc_name",
           "instrument_href", "to_akn", "to_akn_element"]
