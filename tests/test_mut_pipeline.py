"""Mutation tests for the pipeline (itudocs.extract.pipeline): Word comments anchored
through the stages, annexes' locations and roles, a letter never read as an adopted
instrument, the accounting's counts, and the windows in which a text whose lines were
lost is searched for a source line and a summary record's day line."""

from __future__ import annotations

import itudocs
from itudocs.extract import pipeline, scanner
from itudocs.extract.ledger import Ledger
from itudocs.lang import LANGUAGES
from itudocs.model import Comment, Document, DocxLoc, Header, SourceInfo
from itudocs.readers.blocks import CommentMark, RawBlock, RawComment, Stream

EN = LANGUAGES["en"]
SOURCE = SourceInfo(name=None, format="docx", sha256="0" * 64)


def _loc(n: int) -> DocxLoc:
    return DocxLoc(part="word/document.xml", paragraph=n)


def _doc_with_annex(comments: tuple[RawComment, ...] = (),
                    marks: dict[int, tuple[CommentMark, ...]] | None = None) -> Document:
    texts = ["1\tIntroduction", "The Council noted the report.", "Annex 1",
             "Draft Resolution on testing", "1\tScope", "The annex text."]
    blocks = [RawBlock(text=t, loc=_loc(i)) for i, t in enumerate(texts)]
    for i, m in (marks or {}).items():
        blocks[i].comment_marks = m
    return pipeline.build(Stream(blocks=tuple(blocks), comments=comments), SOURCE)


def test_comments_are_anchored_at_offsets_into_the_model_text() -> None:
    """A comment's start and end are the block locations of its marks and offsets
    into the model block's text: a numbered paragraph's offset loses its label
    ("1<TAB>" is 2 characters), a block no token holds (the annex heading) keeps
    its raw offset; a missing mark leaves its side None."""
    doc = _doc_with_annex(
        comments=(RawComment("c1", "Ann", "2021-01-01", "Check this"),
                  RawComment("c2", None, None, "Only an end"),
                  RawComment("c3", "Bo", None, "On the intro"),
                  RawComment("c4", None, None, "Anchored nowhere")),
        marks={0: (CommentMark("c3", "start", 5), CommentMark("c3", "end", 14)),
               1: (CommentMark("c2", "end", 4),),
               2: (CommentMark("c1", "start", 2),),
               5: (CommentMark("c1", "end", 3),)})
    assert doc.comments == (
        Comment(id="c1", author="Ann", date="2021-01-01", text="Check this",
                loc=_loc(2), start=2, end_loc=_loc(5), end=3),
        Comment(id="c2", author=None, date=None, text="Only an end",
                loc=None, start=None, end_loc=_loc(1), end=4),
        Comment(id="c3", author="Bo", date=None, text="On the intro",
                loc=_loc(0), start=3, end_loc=_loc(0), end=12),
        Comment(id="c4", author=None, date=None, text="Anchored nowhere"),
    )


def test_an_annex_has_its_headings_location_and_its_page_roles_are_annex_roles() -> None:
    """An annex keeps the location of its heading; the blocks its own first page
    takes (its title) are counted as ``annex:`` roles, not as the document's header."""
    doc = _doc_with_annex()
    assert [(a.label, a.title, a.loc) for a in doc.annexes] == [
        ("Annex 1", "Draft Resolution on testing", _loc(2))]
    assert doc.accounting is not None
    placed = dict(doc.accounting.placed)
    assert placed["annex:title"] == 1 and placed["annex:heading"] == 1
    assert not any(role.startswith("header:") for role in placed)


def test_a_letter_quoting_a_resolution_heading_is_no_adopted_instrument() -> None:
    """The adopted-instrument stage runs only when the document is not a letter: a
    letter that names a resolution in its body has no instrument of its own."""
    doc = itudocs.parse_text(
        "Geneva, 27 November 2020\nRef: DM-20/1021\nSubject:\nConsultation\n"
        "Resolution 1306 (C09)\nCost recovery\nThe Council decides to consult.\n"
        "Yours faithfully,\n(signed)\nJane Doe\nChair of the Council")
    assert doc.kind == "letter"
    assert doc.instrument is None
    assert doc.accounting is not None
    assert not any(role == "header:instrument" for role, _ in doc.accounting.placed)


def test_the_accounting_counts_placed_roles_and_lists_unplaced_blocks_apart() -> None:
    """A block no stage placed is listed by location in ``unplaced`` and never
    counted as a role among ``placed``."""
    blocks = tuple(RawBlock(text=t, loc=_loc(i)) for i, t in enumerate(["A", "B", "C"]))
    ledger = Ledger(3)
    ledger.commit([(0, "block"), (2, "block")])
    acc = pipeline._account(Stream(blocks=blocks, page_header=("Council 2021",)), ledger)
    assert acc.paragraphs == 4
    assert acc.placed == (("block", 2), ("skipped:page-header", 1))
    assert acc.unplaced == (_loc(1),)


def test_a_source_line_is_looked_for_in_the_first_120_characters_after_the_fields() -> None:
    """In a text whose lines were lost, the source line is read from the 120
    characters after the header fields: a value starting at character 119 is cut
    there, one starting at character 120 is not seen."""
    inside = scanner.Scanned(Header(), "Source:" + " " * 112 + "Japan")
    beyond = scanner.Scanned(Header(), "Source:" + " " * 113 + "Japan")
    assert pipeline._scanned_source(inside, EN) == "J"
    assert pipeline._scanned_source(beyond, EN) is None


def test_a_records_day_line_must_start_within_20_characters() -> None:
    """A text whose lines were lost and whose title was lost too is a summary record
    when a day line with the hours, then the chair, opens it: its date must start
    within the first 20 characters (19 is in, 20 is out)."""
    day = "Thursday, 25 May 2017, from 0945 to 1010 hoursChairman: Dr E. SPINA"
    assert pipeline._record_title(scanner.Scanned(Header(), day), EN)
    assert pipeline._record_title(scanner.Scanned(Header(), "Plenary 3" + day), EN)
    assert not pipeline._record_title(scanner.Scanned(Header(), "Plenary 3 " + day), EN)
