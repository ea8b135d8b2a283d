"""The document model: frozen, validated value classes.

Every class here is an immutable ``attrs`` class; sequences are tuples, so a whole
:class:`Document` is hashable and compares by value. The JSON contract (see
``docs/json.md`` and the schema shipped as ``itudocs/data/document.schema.json``) is
written by :mod:`itudocs.export.json_`; the Python names below are the library's own.

Example:

```pycon
>>> import itudocs
>>> doc = itudocs.parse_text("1\\tIntroduction\\n1.1\\tThe Council met.\\n")
>>> [s.number for s in doc.iter_sections()]
['1', '1.1']

```
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

import attrs

from itudocs.languages import CODES

if TYPE_CHECKING:  # the exporter's types, for the lazy Document.chunks only
    from itudocs.export.chunks import Chunk

SCHEMA_VERSION = "2"

BlockKind = Literal["paragraph", "item", "bullet", "quote", "table"]
SourceFormat = Literal["docx", "tika-text", "pdf", "doc"]
#: what kind of Council document this is (``unknown`` where the layout does not say)
DocumentKind = Literal["report", "note", "contribution", "summary-record", "decision",
                       "resolution", "letter", "unknown"]
DOCUMENT_KINDS: tuple[str, ...] = ("report", "note", "contribution", "summary-record",
                                   "decision", "resolution", "letter", "unknown")

_LANGS = CODES


def _opt_lang(_inst: object, attr: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in _LANGS:
        raise ValueError(f"{attr.name} must be one of {_LANGS} or None, not {value!r}")


@attrs.frozen
class DocxLoc:
    """Where a block sits in a .docx: the XML part and the index of the paragraph
    among all body paragraphs (table-cell paragraphs included), in document order."""

    part: str
    paragraph: int


@attrs.frozen
class TextLoc:
    """Where a block sits in a text source: 0-based line, and character offsets
    ``[start, end)`` of the block's text in the whole text."""

    line: int
    start: int
    end: int


@attrs.frozen
class PdfLoc:
    """Where a block sits in a PDF: the 0-based page index and the box of the block's
    lines on that page, ``(x0, y0, x1, y1)`` in PDF points with the origin at the page's
    bottom left (as the PDF itself counts). A paragraph that goes on over a page break
    has its first page's part here."""

    page: int
    bbox: tuple[float, float, float, float]


Loc = DocxLoc | TextLoc | PdfLoc
# Locations are built once per paragraph by the readers, which only make valid ones;
# JSON read back by ``from_dict`` is checked where it is structured (export/json_.py).


@attrs.frozen
class Symbol:
    """A document symbol such as ``C20/57-C``, ``C17/130(Rev.1)-E`` or ``CWG-WSIS-27/8-E``.

    ``series`` is ``C`` (the Council), or a working group's name (``CWG-WSIS``,
    ``WG-Internet``) whose meeting is ``group_meeting`` (27). ``number`` is a string
    because temporary and information documents carry a prefix (``DT/1``, ``INF/2``),
    which is also their ``doc_type``. ``text`` is the symbol as printed, or printed
    in the canonical form where the document spells it out ("Revision 1 to Document
    C19/98-E" -> ``C19/98(Rev.1)-E``)."""

    text: str
    series: str
    session_year: int | None
    number: str
    revision: int | None = None
    addendum: int | None = None
    corrigendum: int | None = None
    language: str | None = attrs.field(default=None, validator=_opt_lang)
    #: a working group's meeting: the 27 of ``CWG-WSIS-27/8-E``
    group_meeting: int | None = None
    #: ``DT`` (temporary), ``DL`` (draft), ``INF`` (information) ... for ``C19/DT/2``
    doc_type: str | None = None


@attrs.frozen
class Header:
    """Metadata of the first page."""

    symbol: Symbol | None = None
    meeting: str | None = None
    venue: str | None = None
    meeting_start: _dt.date | None = None
    meeting_end: _dt.date | None = None
    agenda_item: str | None = None
    date: _dt.date | None = None
    original_languages: tuple[str, ...] = ()
    title: str | None = None
    subtitle: str | None = None
    #: the venue's place key (``"geneva"``, ``"dubai"``: the same in all six languages),
    #: where the venue is a known place
    venue_id: str | None = None
    #: the source line where the first page has one apart from the title ("Chairman,
    #: Council Working Group on WSIS (WG-WSIS)", "SOURCE: United States of America")
    source: str | None = None
    #: a letter's "Subject:" line
    subject: str | None = None


InstrumentKind = Literal["resolution", "decision", "recommendation", "opinion", "document"]
_INSTRUMENT_KINDS = ("resolution", "decision", "recommendation", "opinion", "document")


@attrs.frozen
class InstrumentRef:
    """A reference to an instrument (a resolution, decision, recommendation, opinion)
    or to a document, normalised so that one instrument has one ``id`` in all six
    languages (see ``docs/references.md``). ``inferred`` names the fields itudocs
    filled from context rather than from the printed reference."""

    id: str
    kind: InstrumentKind = attrs.field(validator=attrs.validators.in_(_INSTRUMENT_KINDS))
    number: str
    body: str | None = None
    place: str | None = None
    year: int | None = None
    revised: bool = False
    inferred: tuple[str, ...] = ()
    #: for ``kind == "document"``: the document symbol
    symbol: Symbol | None = None


@attrs.frozen
class Citation:
    """One reference found in the document: its text as printed, the instrument,
    the element it sits in (``loc``) and its character span in that element's text."""

    text: str
    instrument: InstrumentRef
    loc: Loc
    start: int
    end: int
    #: the id of the source paragraph the citation sits in (a :class:`Block`'s ``id``
    #: for body text; the first page's paragraphs have ids too)
    block_id: str | None = None


@attrs.frozen
class Reference:
    """One line of the summary box's References block; ``instrument`` when the line
    names one."""

    text: str
    loc: Loc
    instrument: InstrumentRef | None = None
    #: the id of the paragraph the line is
    block_id: str | None = None


@attrs.frozen
class Note:
    """A footnote or endnote, anchored in its block at ``offset`` (a character index
    into the block's text); its text is never pasted into the running text."""

    kind: Literal["footnote", "endnote"]
    id: str
    text: str
    offset: int


@attrs.frozen
class Change:
    """A tracked change kept with ``revisions="all"``: the span ``[start, end)`` of the
    block's text that was inserted or deleted, by whom and when."""

    kind: Literal["insert", "delete"]
    author: str | None
    date: str | None
    start: int
    end: int


@attrs.frozen
class Comment:
    """A Word comment, kept apart from the text: the range it is anchored to runs
    from ``start`` in the block at ``loc`` to ``end`` in the block at ``end_loc``."""

    id: str
    author: str | None
    date: str | None
    text: str
    loc: Loc | None = None
    start: int | None = None
    end_loc: Loc | None = None
    end: int | None = None


@attrs.frozen
class Link:
    """A hyperlink: the span ``[start, end)`` of the block's text and where it points
    (a URL, or ``#name`` for a bookmark in the document)."""

    start: int
    end: int
    url: str


@attrs.frozen
class Span:
    """A span ``[start, end)`` of the block's text that is not plain text: ``math``
    is an equation, written in linear form (``(a+b)/c^2``)."""

    kind: Literal["math"]
    start: int
    end: int


@attrs.frozen
class Block:
    """A paragraph of running text; ``label`` is its printed number or letter
    (``a)``, ``1)``) or bullet sign (``•``). A ``table`` block holds the table in
    ``table``; its ``text`` is the cells' text, TAB between cells and a line break
    between rows."""

    kind: BlockKind
    label: str | None
    text: str
    loc: Loc
    #: stable id: "w14:<paraId>" where Word gives one, else "t:<hash of the text>"
    #: (with "-2", "-3" for repeats); the same on every run for the same file
    id: str | None = None
    #: "rtl" or "ltr" where the source says (Word's w:bidi), else None
    direction: Literal["ltr", "rtl"] | None = None
    #: the text's language tag where the source says (Word's w:lang), e.g. "ar-SA"
    lang: str | None = None
    #: footnotes and endnotes referenced in this block
    notes: tuple[Note, ...] = ()
    #: tracked changes in this block (only with ``revisions="all"``)
    changes: tuple[Change, ...] = ()
    #: hyperlinks, as spans of ``text`` with their target
    links: tuple[Link, ...] = ()
    #: spans of ``text`` that are not plain text (equations)
    spans: tuple[Span, ...] = ()
    #: for ``kind == "table"``: the table
    table: Table | None = None


@attrs.frozen
class Cell:
    """A table cell: its text (paragraphs joined by line breaks), its paragraphs as
    blocks (a nested table is a ``table`` block among them), and how many grid columns
    and rows it spans (Word's gridSpan and vMerge, resolved: a cell merged into the one
    above is not repeated)."""

    text: str
    blocks: tuple[Block, ...]
    colspan: int = 1
    rowspan: int = 1


@attrs.frozen
class Row:
    """A table row: its cells, left to right in reading order."""

    cells: tuple[Cell, ...]


@attrs.frozen
class Table:
    """A table: its rows, the first ``header_rows`` of which repeat as a header (Word's
    tblHeader)."""

    rows: tuple[Row, ...]
    header_rows: int = 0


@attrs.frozen
class Section:
    """A numbered section. A heading (``1<TAB>Introduction``) has a ``title``; a
    numbered paragraph (``1.1<TAB>At the ...``) has ``title=None`` and its text as
    the first block. In a document without ITU numbering, a paragraph styled as a
    heading (Title, Heading 1-9, an outline level) opens a section with
    ``number=None``, its text as ``title`` and ``level`` from the style."""

    number: str | None
    title: str | None
    level: int
    blocks: tuple[Block, ...]
    children: tuple[Section, ...]
    loc: Loc
    #: the stable id of the numbered paragraph that opens the section
    id: str | None = None

    def iter_sections(self) -> Iterator[Section]:
        """This section and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.iter_sections()

    def _repr_html_(self) -> str:
        from itudocs.export.html import section_html

        return section_html(self)

    def _repr_markdown_(self) -> str:
        from itudocs.export.markdown import section_markdown

        return section_markdown(self)


@attrs.frozen
class QuoteParagraph:
    """One paragraph of a quoted excerpt, without the enclosing quotation marks."""

    label: str | None
    text: str
    loc: Loc
    #: the id of the :class:`Block` (kind ``quote``) this paragraph is
    block_id: str | None = None


@attrs.frozen
class Quote:
    """An excerpt of a resolution or decision quoted in the text.

    ``intro`` is the sentence that introduces it, ``source`` the instrument as
    printed in or next to the intro, ``elided`` whether it contains an elision
    (``…``). Numbers inside a quote belong to the quoted instrument."""

    section: str | None
    intro: str | None
    source: str | None
    paragraphs: tuple[QuoteParagraph, ...]
    elided: bool
    loc: Loc
    #: the quoted instrument, normalised (``source`` is as printed)
    instrument: InstrumentRef | None = None
    #: the id of the paragraph that holds ``intro``
    intro_block_id: str | None = None

    def _repr_html_(self) -> str:
        from itudocs.export.html import quote_html

        return quote_html(self)


@attrs.frozen
class Bullet:
    """One bullet of an outcome list."""

    text: str
    loc: Loc
    #: the id of the :class:`Block` (kind ``bullet``) this bullet is
    block_id: str | None = None


@attrs.frozen
class Outcome:
    """A bullet list recording results, with its lead-in."""

    section: str | None
    intro: str | None
    bullets: tuple[Bullet, ...]
    loc: Loc
    #: the id of the lead-in paragraph
    intro_block_id: str | None = None

    def _repr_html_(self) -> str:
        from itudocs.export.html import outcome_html

        return outcome_html(self)


@attrs.frozen
class Signature:
    """The signature at the end: the role line, the name and the country."""

    role: str | None
    name: str | None
    country: str | None


@attrs.frozen
class Subject:
    """One row of a summary record's "Subjects discussed | Documents" table."""

    number: str | None
    title: str
    documents: tuple[Symbol, ...]


@attrs.frozen
class SummaryRecord:
    """What the first page of a summary record says: which plenary meeting
    (``ordinal``: 5 for "FIFTH"), its chair as printed after "Chairman:", the day it
    was held, and the subjects discussed with their documents."""

    ordinal: int | None
    chair: str | None
    date: _dt.date | None
    subjects: tuple[Subject, ...]


@attrs.frozen
class Annex:
    """An annex: the text a covering note transmits (a contribution with its own
    title, Summary, Action required and sections), or any "ANNEX" after the body."""

    label: str
    title: str | None
    summary: str | None
    action_required: str | None
    references: tuple[Reference, ...]
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    loc: Loc


@attrs.frozen
class ParseWarning:
    """Something the parser saw but could not place. ``code`` is stable."""

    code: str
    message: str
    loc: Loc | None = None


@attrs.frozen
class Accounting:
    """Where every paragraph of the source went: ``paragraphs`` counts them (lines for
    a text source, running page-header lines included), ``placed`` says how many each
    role took (``header:title``, ``section``, ``block``, ``quote``, ``signature``,
    ``continuation`` — a line joined to the paragraph before it —, ``skipped:empty``,
    ``skipped:page-header``), and ``unplaced`` lists any paragraph no extractor took
    (a bug if not empty: tests require it to be)."""

    paragraphs: int
    placed: tuple[tuple[str, int], ...]
    unplaced: tuple[Loc, ...] = ()


@attrs.frozen
class SourceInfo:
    """Where a Document came from: the file name (if any), the format read and the
    SHA-256 of the bytes."""

    name: str | None
    format: SourceFormat
    sha256: str


@attrs.frozen
class Document:
    """A parsed ITU Council document. Build one with :func:`itudocs.parse`."""

    source: SourceInfo
    language: str | None = attrs.field(validator=_opt_lang)
    header: Header
    summary: str | None
    action_required: str | None
    references: tuple[Reference, ...]
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    quotes: tuple[Quote, ...]
    outcomes: tuple[Outcome, ...]
    signature: Signature | None
    warnings: tuple[ParseWarning, ...]
    #: every reference to an instrument or document, in document order
    citations: tuple[Citation, ...] = ()
    #: where each paragraph of the source went (nothing is dropped silently)
    accounting: Accounting | None = None
    #: Word comments, anchored to ranges of blocks; never part of any text field
    comments: tuple[Comment, ...] = ()
    #: the kind of document (see :data:`DocumentKind`)
    kind: DocumentKind = attrs.field(default="unknown",
                                     validator=attrs.validators.in_(DOCUMENT_KINDS))
    #: a summary record's meeting, chair, day and subjects
    summary_record: SummaryRecord | None = None
    #: the Member States (or Sector Members) a contribution comes from, as named
    contributors: tuple[str, ...] = ()
    #: the annexes: for a covering note, the transmitted contribution
    annexes: tuple[Annex, ...] = ()
    #: for an adopted decision or resolution, the instrument it is
    instrument: InstrumentRef | None = None
    schema_version: str = SCHEMA_VERSION

    def iter_sections(self) -> Iterator[Section]:
        """Every section, depth first, in document order."""
        for section in self.sections:
            yield from section.iter_sections()

    def find(self, number: str) -> Section | None:
        """The section numbered ``number`` (``"7.1"``), or ``None``."""
        for section in self.iter_sections():
            if section.number == number:
                return section
        return None

    def __repr__(self) -> str:
        """One short line (the fields are many and long; ``attrs.asdict`` or
        :meth:`to_dict` give them all)."""
        symbol = self.header.symbol.text if self.header.symbol else self.source.name
        sections = sum(1 for _ in self.iter_sections())
        blocks = len(self.blocks) + sum(len(s.blocks) for s in self.iter_sections())
        return (f"<Document {symbol!r} kind={self.kind!r} language={self.language!r} "
                f"sections={sections} blocks={blocks} quotes={len(self.quotes)} "
                f"citations={len(self.citations)} warnings={len(self.warnings)}>")

    def _repr_html_(self) -> str:
        """A notebook shows a Document as HTML: header table, sections, quotes,
        outcomes, warnings."""
        from itudocs.export.html import document_html

        return document_html(self)

    def _repr_markdown_(self) -> str:
        from itudocs.export.markdown import to_markdown

        return to_markdown(self)

    def to_dict(self) -> dict[str, object]:
        """The JSON-ready dict of the public contract (schema_version "2")."""
        from itudocs.export.json_ import to_dict

        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Document:
        """Rebuild a Document from :meth:`to_dict` output (or parsed JSON)."""
        from itudocs.export.json_ import from_dict

        return from_dict(data)

    def chunks(self, max_chars: int = 2000, overlap: int = 0) -> Iterator[Chunk]:
        """The document in chunks of at most ``max_chars`` characters that follow its
        sections, quotes and outcome lists, each with its metadata, for a search index
        (see :mod:`itudocs.export.chunks` and ``docs/retrieval.md``)."""
        from itudocs.export.chunks import chunks

        return chunks(self, max_chars=max_chars, overlap=overlap)
