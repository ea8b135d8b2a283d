"""Mutation tests for the pipeline (itudocs.extract.pipeline): Word comments anchored
through the stages, annexes' locations and roles, a letter never read as an adopted
instrument, the accounting's counts, and the windows in which a text whose lines were
lost is searched for a source line and a summary record's day line."""

from __future__ import annotations

import itudocs
from itudocs.extract import pipeline, scanner, sections
from itudocs.extract.ledger import Ledger
from itudocs.lang import LANGUAGES
from itudocs.model import Comment, Document, DocxLoc, Header, SourceInfo
from itudocs.readers.blocks import (
    CellPos,
    CommentMark,
    RawBlock,
    RawCell,
    RawComment,
    RawTable,
    Stream,
)

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


def test_a_comment_mark_inside_a_label_is_clamped_to_the_texts_first_character() -> None:
    """A mark at the start of a block's text, or inside the label the model text
    loses ("1<TAB>"), is anchored at offset 0 of the model text, not 1."""
    doc = _doc_with_annex(
        comments=(RawComment("c1", None, None, "At the label"),
                  RawComment("c2", None, None, "At the start")),
        marks={0: (CommentMark("c1", "start", 1), CommentMark("c1", "end", 0)),
               1: (CommentMark("c2", "start", 0),)})
    assert [(c.id, c.loc, c.start, c.end_loc, c.end) for c in doc.comments] == [
        ("c1", _loc(0), 0, _loc(0), 0), ("c2", _loc(1), 0, None, None)]


_PAGES = ["Council 2021", "Document C21/10-E", "20 May 2021", "Original: English",
          "Report by the Secretary-General", "TESTING THINGS", "Summary",
          "This report tests.", "References", "Resolution 1306 (C09)",
          "1\tIntroduction", "The Council noted the report.",
          "Annex 1", "Draft Resolution on testing", "Summary", "An annex summary.",
          "References", "Resolution 179 (Rev. Dubai, 2018)", "1\tScope",
          "Cell one", "Cell two", "The annex text."]


def _doc_with_references_and_an_annex_table() -> Document:
    """A first page and an annex page, each with a References box, and a two-cell
    table (paragraphs 19 and 20) in the annex's section 1; every paragraph has a
    Word paraId "P<nn>"."""
    blocks = tuple(
        RawBlock(text=t, loc=_loc(i), para_id=f"P{i:02d}",
                 cell=CellPos(0, 0, i - 19, True) if i in (19, 20) else None)
        for i, t in enumerate(_PAGES))
    table = RawTable(0, None, 19, 21, ((RawCell((19,)), RawCell((20,))),))
    return pipeline.build(Stream(blocks=blocks, tables=(table,)), SOURCE)


def test_a_reference_line_carries_the_id_of_its_paragraph() -> None:
    """Each References line, of the first page and of an annex's page, keeps the id
    of the paragraph it is (Word's paraId)."""
    doc = _doc_with_references_and_an_annex_table()
    assert [(r.text, r.loc, r.block_id) for r in doc.references] == [
        ("Resolution 1306 (C09)", _loc(9), "w14:P09")]
    (annex,) = doc.annexes
    assert [(r.text, r.loc, r.block_id) for r in annex.references] == [
        ("Resolution 179 (Rev. Dubai, 2018)", _loc(17), "w14:P17")]


def test_a_table_in_an_annex_is_a_table_block_of_its_section() -> None:
    """The tables whose paragraphs lie in an annex are handed to the annex's section
    tree: the table is one ``table`` block (cells TAB-separated), not two paragraphs."""
    (annex,) = _doc_with_references_and_an_annex_table().annexes
    (scope,) = annex.sections
    assert scope.number == "1" and scope.title == "Scope"
    assert [(b.kind, b.text, b.id) for b in scope.blocks] == [
        ("table", "Cell one\tCell two", "table:w14:P19"),
        ("paragraph", "The annex text.", "w14:P21")]


# -- round 3 ------------------------------------------------------------------------------

def _doc_with_two_bare_annexes() -> Document:
    """Two annexes that open straight on a numbered section: no title, no summary."""
    texts = ["1\tIntroduction", "The Council noted the report.", "Annex 1", "1\tScope",
             "The annex text.", "Annex 2", "1\tOther", "More text."]
    blocks = tuple(RawBlock(text=t, loc=_loc(i)) for i, t in enumerate(texts))
    return pipeline.build(Stream(blocks=blocks), SOURCE)


def test_an_annex_ends_where_the_next_annex_starts() -> None:
    """The first of two annexes holds the sections up to the second annex's heading,
    not those of the second annex."""
    first, second = _doc_with_two_bare_annexes().annexes
    assert [(s.number, s.title, [b.text for b in s.blocks]) for s in first.sections] == [
        ("1", "Scope", ["The annex text."])]
    assert [(s.number, s.title, [b.text for b in s.blocks]) for s in second.sections] == [
        ("1", "Other", ["More text."])]


def test_an_annex_without_a_first_page_has_no_title_summary_or_references() -> None:
    """``_annex`` takes an annex with no first page (``page=None``): every page field is
    then empty. (build always has a page here, as header.read(annex=True) never gives
    None, so the function is called directly.)"""
    annex = pipeline._annex("Annex 1", _loc(2), None, sections.Tree((), (), (), ()), ())
    assert (annex.label, annex.title, annex.summary, annex.action_required,
            annex.references, annex.loc) == ("Annex 1", None, None, None, (), _loc(2))


def test_each_of_three_annexes_ends_where_the_next_one_starts() -> None:
    """With three annexes, the middle one holds its own sections: it ends at the
    third annex's heading (the next start), not at an earlier one."""
    texts = ["1\tIntroduction", "Body text.", "Annex 1", "1\tScope", "First annex.",
             "Annex 2", "1\tMiddle", "Second annex.", "Annex 3", "1\tLast", "Third annex."]
    blocks = tuple(RawBlock(text=t, loc=_loc(i)) for i, t in enumerate(texts))
    doc = pipeline.build(Stream(blocks=blocks), SOURCE)
    assert [[(s.title, [b.text for b in s.blocks]) for s in a.sections]
            for a in doc.annexes] == [[("Scope", ["First annex."])],
                                      [("Middle", ["Second annex."])],
                                      [("Last", ["Third annex."])]]


def test_a_language_mismatch_is_among_the_documents_warnings() -> None:
    """The language stage's warning (symbol says Russian, text reads English) is
    carried into the Document's warnings."""
    texts = ["Document C20/57-R", "The Council of the Union met in Geneva, and the "
             "Council of the Union decided the things of the Union."]
    blocks = tuple(RawBlock(text=t, loc=_loc(i)) for i, t in enumerate(texts))
    doc = pipeline.build(Stream(blocks=blocks), SOURCE)
    assert [(w.code, w.message) for w in doc.warnings if w.code == "language-mismatch"] == [
        ("language-mismatch",
         "the symbol says the document is in 'ru' but its text looks 'en'")]


def test_a_date_glued_to_the_symbol_is_read_though_symbol_and_language_were_found() -> None:
    """A web copy's 'Document C19/59-E31 May 2019' line: the lines gave a symbol and
    the original language but no date, and a missing date alone sends the first page
    to the character scanner, which reads it."""
    doc = itudocs.parse_text("Council 2019\nAgenda item: ADM 12\nDocument C19/59-E31 May 2019\n"
                             "Original: English\nReport by the Secretary-General\n"
                             "TESTING THINGS\n1\tIntroduction\nText.")
    assert (str(doc.header.date), doc.header.original_languages) == ("2019-05-31", ("en",))
