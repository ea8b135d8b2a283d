"""The .docx reader (itudocs.readers.docx, runs, notes) on hand-written packages:
comments and their anchors, table grids (gridBefore, header rows, rows in custom XML),
a paragraph's own outline level, numbering completed from its style, HYPERLINK fields,
soft hyphens in links, the default revision policy."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from itudocs.errors import CorruptPackageError, LimitExceededError
from itudocs.limits import DEFAULT_LIMITS, Limits
from itudocs.model import Link
from itudocs.readers.blocks import CellPos, CommentMark, RawComment, Stream
from itudocs.readers.docx import read_docx
from itudocs.readers.package import Package
from itudocs.readers.runs import paragraph_contents
from itudocs.readers.wordml import to_int

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def docx(body: str, *, styles: str = "", numbering: str = "", comments: str | None = None,
         styles_part: str | None = None) -> bytes:
    """A package: the body's XML, and the styles, numbering and comments parts' children
    (``styles_part``: the whole styles part instead)."""
    doc_rels = (f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId2" Type="{REL}/numbering" Target="numbering.xml"/>')
    parts = {
        "_rels/.rels": f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
                       f'Type="{REL}/officeDocument" Target="word/document.xml"/>'
                       "</Relationships>",
        "word/document.xml": f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body>'
                             "</w:document>",
        "word/styles.xml": styles_part if styles_part is not None
        else f'<w:styles xmlns:w="{W_NS}">{styles}</w:styles>',
        "word/numbering.xml": f'<w:numbering xmlns:w="{W_NS}">{numbering}</w:numbering>',
    }
    if comments is not None:
        doc_rels += f'<Relationship Id="rId3" Type="{REL}/comments" Target="comments.xml"/>'
        parts["word/comments.xml"] = f'<w:comments xmlns:w="{W_NS}">{comments}</w:comments>'
    parts["word/_rels/document.xml.rels"] = (f'<Relationships xmlns="{PKG_REL}">{doc_rels}'
                                             "</Relationships>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return buf.getvalue()


def read(data: bytes) -> Stream:
    return read_docx(Package(data, DEFAULT_LIMITS, None), DEFAULT_LIMITS)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_comments_are_read_with_author_date_and_text() -> None:
    """The comments part, related to the main document, gives each comment's id, author,
    date and text (its paragraphs' text, one a line)."""
    comments = ('<w:comment w:id="7" w:author="A. Author" w:date="2020-03-03T10:00:00Z">'
                f"<w:p>{run('Check the figure.')}</w:p><w:p>{run('And the date.')}</w:p>"
                "</w:comment>")
    stream = read(docx(f"<w:p>{run('Text')}</w:p>", comments=comments))
    assert stream.comments == (RawComment(id="7", author="A. Author",
                                          date="2020-03-03T10:00:00Z",
                                          text="Check the figure.\nAnd the date."),)


def test_comment_anchors_are_marked_at_their_offsets() -> None:
    """A comment's range start and end are marks at their offset in the block's text;
    an anchor without an id has the empty id."""
    body = ('<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>'
            '<w:commentRangeStart w:id="3"/>' + run("Annex 2") + '<w:commentRangeEnd w:id="3"/>'
            "<w:commentRangeStart/>" + run(".") + "</w:p>")
    (block,) = read(docx(body)).blocks
    assert block.text == "See Annex 2."
    assert block.comment_marks == (CommentMark("3", "start", 4), CommentMark("3", "end", 11),
                                   CommentMark("", "start", 11))


def test_grid_before_shifts_a_rows_cells_and_is_never_negative() -> None:
    """w:gridBefore skips grid columns before a row's first cell; a negative count
    skips none."""
    def row(before: str, text: str) -> str:
        return (f'<w:tr><w:trPr><w:gridBefore w:val="{before}"/></w:trPr>'
                f"<w:tc><w:p>{run(text)}</w:p></w:tc></w:tr>")
    blocks = read(docx(f"<w:tbl>{row('1', 'shifted')}{row('-2', 'first')}</w:tbl>")).blocks
    assert [(b.text, b.cell) for b in blocks] == [
        ("shifted", CellPos(0, 0, 1, True)), ("first", CellPos(0, 1, 0, True))]


def test_a_header_row_switched_off_is_not_a_header() -> None:
    """w:tblHeader w:val="false" switches the property off: no header row."""
    def tr(val: str) -> str:
        return (f'<w:tr><w:trPr><w:tblHeader w:val="{val}"/></w:trPr>'
                f"<w:tc><w:p>{run('x')}</w:p></w:tc></w:tr>")
    (off,) = read(docx(f"<w:tbl>{tr('false')}{tr('false')}</w:tbl>")).tables
    assert off.header_rows == 0
    (on,) = read(docx(f"<w:tbl>{tr('true')}{tr('false')}</w:tbl>")).tables
    assert on.header_rows == 1


def test_rows_inside_custom_xml_are_rows() -> None:
    """A w:customXml around a table row is looked through: the row is part of the grid."""
    cell = f"<w:tc><w:p>{run('b')}</w:p></w:tc>"
    body = (f"<w:tbl><w:tr><w:tc><w:p>{run('a')}</w:p></w:tc></w:tr>"
            f'<w:customXml w:element="row"><w:tr>{cell}</w:tr></w:customXml></w:tbl>')
    stream = read(docx(body))
    assert [(b.text, b.cell) for b in stream.blocks] == [
        ("a", CellPos(0, 0, 0, True)), ("b", CellPos(0, 1, 0, True))]
    assert [len(r) for r in stream.tables[0].rows] == [1, 1]


def test_a_paragraphs_own_outline_level_is_its_heading_level() -> None:
    """w:outlineLvl in the paragraph's properties: level 0 is heading 1, level 8 heading
    9; 9 (body text) is no heading."""
    def para(level: str, text: str) -> str:
        return f'<w:p><w:pPr><w:outlineLvl w:val="{level}"/></w:pPr>{run(text)}</w:p>'
    blocks = read(docx(para("0", "Top") + para("8", "Deep") + para("9", "Body"))).blocks
    assert [(b.text, b.heading) for b in blocks] == [("Top", 1), ("Deep", 9), ("Body", None)]


NUMBERING = """
<w:abstractNum w:abstractNumId="5">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>
"""
LIST_STYLE = ('<w:style w:type="paragraph" w:styleId="ListStyle"><w:name w:val="List Style"/>'
              '<w:pPr><w:numPr><w:numId w:val="9"/><w:ilvl w:val="1"/></w:numPr></w:pPr>'
              "</w:style>")


def test_numbering_half_given_is_completed_from_the_style() -> None:
    """A paragraph whose w:numPr gives only the list (or only the level) takes the
    missing half from its paragraph style."""
    only_num = ('<w:p><w:pPr><w:pStyle w:val="ListStyle"/><w:numPr><w:numId w:val="9"/>'
                f"</w:numPr></w:pPr>{run('a')}</w:p>")
    only_level = ('<w:p><w:pPr><w:pStyle w:val="ListStyle"/><w:numPr><w:ilvl w:val="0"/>'
                  f"</w:numPr></w:pPr>{run('b')}</w:p>")
    blocks = read(docx(only_num + only_level, styles=LIST_STYLE, numbering=NUMBERING)).blocks
    assert [(b.text, b.auto_label) for b in blocks] == [("a", "1.1"), ("b", "2.")]


def test_a_hyperlink_field_is_a_link() -> None:
    """A w:fldSimple HYPERLINK field makes its text a link to the field's URL."""
    body = ('<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>'
            '<w:fldSimple w:instr=" HYPERLINK &quot;https://www.itu.int/&quot; ">'
            f"{run('ITU')}</w:fldSimple></w:p>")
    (block,) = read(docx(body)).blocks
    assert block.text == "See ITU"
    assert block.links == (Link(start=4, end=7, url="https://www.itu.int/"),)


def test_a_soft_hyphen_in_a_link_is_invisible() -> None:
    """The soft hyphen (U+00AD) is left out of the text inside a hyperlink too."""
    word = run("co\u00adoperation")
    body = f'<w:p><w:hyperlink w:anchor="coop">{word}</w:hyperlink></w:p>'
    (block,) = read(docx(body)).blocks
    assert block.text == "cooperation"
    assert block.links == (Link(start=0, end=11, url="#coop"),)


def test_paragraph_contents_accepts_tracked_changes_by_default() -> None:
    """Without a revisions policy, changes are accepted: insertions in, deletions out."""
    p = etree.fromstring(
        f'<w:p xmlns:w="{W_NS}"><w:del w:id="1"><w:r><w:delText>old</w:delText></w:r>'
        f'</w:del><w:ins w:id="2">{run("new")}</w:ins></w:p>')
    assert paragraph_contents(p, False).text == "new"


def test_to_int_of_an_absent_attribute_is_none() -> None:
    assert to_int(None) is None
    assert to_int("12") == 12
    assert to_int("x") is None


# -- round 2 ---------------------------------------------------------------------------

def _with_main(xml: str) -> bytes:
    """A package whose word/document.xml is ``xml`` as written (the rest of an empty
    document's parts kept)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx(""))) as src, zipfile.ZipFile(buf, "w") as out:
        for name in src.namelist():
            out.writestr(name, xml.encode() if name == "word/document.xml" else src.read(name))
    return buf.getvalue()


def test_a_malformed_main_document_is_named_in_the_error() -> None:
    """The main part's XML errors name the main part (here word/document.xml)."""
    data = _with_main(f'<w:document xmlns:w="{W_NS}"><w:body><w:p></w:body>')
    with pytest.raises(CorruptPackageError) as info:
        read_docx(Package(data, DEFAULT_LIMITS, "m.docx"), DEFAULT_LIMITS)
    assert info.value.reason.startswith("word/document.xml is not well-formed XML")
    assert info.value.source == "m.docx"


def test_a_paragraph_over_the_character_limit_names_the_source() -> None:
    """A paragraph longer than max_paragraph_chars is refused; the error says which
    paragraph (counted from 1) and carries the package's source."""
    limits = Limits(max_paragraph_chars=5)
    data = docx(f"<w:p>{run('short')}</w:p><w:p>{run('longer')}</w:p>")
    with pytest.raises(LimitExceededError) as info:
        read_docx(Package(data, limits, "long.docx"), limits)
    assert info.value.reason == "paragraph 2 has 6 characters (limit 5)"
    assert info.value.source == "long.docx"


def test_a_positive_left_or_start_indent_makes_a_paragraph_indented() -> None:
    """w:ind w:left (or its bidi-neutral name w:start) above zero: the block is
    indented; zero, a negative (hanging out) indent, or a first-line indent only: not."""
    def para(ind: str, text: str) -> str:
        return f"<w:p><w:pPr><w:ind {ind}/></w:pPr>{run(text)}</w:p>"
    body = (para('w:left="720"', "left") + para('w:start="360"', "start")
            + para('w:left="0"', "zero") + para('w:left="-200"', "negative")
            + para('w:firstLine="720"', "first line") + f"<w:p>{run('none')}</w:p>")
    blocks = read(docx(body)).blocks
    assert [(b.text, b.indented) for b in blocks] == [
        ("left", True), ("start", True), ("zero", False), ("negative", False),
        ("first line", False), ("none", False)]


def test_rows_and_cells_inside_content_controls_are_in_the_grid() -> None:
    """A w:sdt around a table row, or around a cell, is looked through (its
    w:sdtContent): the row and the cell are part of the grid."""
    def cell(text: str) -> str:
        return f"<w:tc><w:p>{run(text)}</w:p></w:tc>"
    body = (f"<w:tbl><w:tr>{cell('a')}</w:tr>"
            f"<w:sdt><w:sdtPr/><w:sdtContent><w:tr>{cell('b')}</w:tr></w:sdtContent></w:sdt>"
            f"<w:tr>{cell('c')}<w:sdt><w:sdtContent>{cell('d')}</w:sdtContent></w:sdt></w:tr>"
            "</w:tbl>")
    stream = read(docx(body))
    assert [(b.text, b.cell) for b in stream.blocks] == [
        ("a", CellPos(0, 0, 0, True)), ("b", CellPos(0, 1, 0, True)),
        ("c", CellPos(0, 2, 0, True)), ("d", CellPos(0, 2, 1, True))]
    assert [len(r) for r in stream.tables[0].rows] == [1, 1, 2]


def _p(inner: str) -> etree._Element:
    return etree.fromstring(f'<w:p xmlns:w="{W_NS}">{inner}</w:p>')


def test_a_symbol_in_the_element_by_element_reading_uses_its_font() -> None:
    """w:sym's character is read in its w:font: F061 in Symbol is alpha, in a text
    font plain "a"."""
    p = _p('<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>'
           '<w:r><w:sym w:font="Arial" w:char="F061"/></w:r>')
    assert paragraph_contents(p, False).text == "\u03b1a"


def test_a_hyperlink_field_with_no_result_text_is_no_link() -> None:
    """A HYPERLINK field whose result is empty (separate right before end) makes no
    link: a link covers at least one character."""
    p = _p(f"{run('See')}"
           '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
           '<w:r><w:instrText> HYPERLINK "https://www.itu.int/" </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    got = paragraph_contents(p, False)
    assert got.text == "See"
    assert got.links == []


def test_a_note_reference_without_an_id_has_the_empty_id() -> None:
    """A w:footnoteReference / w:endnoteReference without w:id is kept with the empty
    id, at its offset."""
    p = _p(f"{run('Text')}<w:r><w:footnoteReference/></w:r>{run('!')}"
           "<w:r><w:endnoteReference/></w:r>")
    assert paragraph_contents(p, False).notes == [("footnote", "", 4), ("endnote", "", 5)]


def test_adjacent_text_of_one_change_is_one_change_span() -> None:
    """With revisions="all", consecutive runs of the same kind, author and date are one
    change span; a different author starts another."""
    ins = '<w:ins w:id="{i}" w:author="{a}" w:date="2024-01-01T00:00:00Z">{runs}</w:ins>'
    p = _p(ins.format(i=1, a="Ann", runs=run("ab") + run("cd"))
           + ins.format(i=2, a="Bob", runs=run("ef")))
    got = paragraph_contents(p, False, "all")
    assert got.text == "abcdef"
    assert got.changes == [("insert", "Ann", "2024-01-01T00:00:00Z", 0, 4),
                           ("insert", "Bob", "2024-01-01T00:00:00Z", 4, 6)]


# -- round 3 ---------------------------------------------------------------------------

def test_a_document_without_a_body_is_an_empty_stream() -> None:
    """A main document with no w:body gives no blocks: the empty tuple, not None."""
    stream = read(_with_main(f'<w:document xmlns:w="{W_NS}"/>'))
    assert stream.blocks == ()
    assert stream.tables == ()


def test_grid_before_of_zero_or_unreadable_skips_no_column() -> None:
    """w:gridBefore w:val="0", or a value that is no number, skips no grid column: the
    row's first cell is in column 0."""
    def row(before: str, text: str) -> str:
        return (f'<w:tr><w:trPr><w:gridBefore w:val="{before}"/></w:trPr>'
                f"<w:tc><w:p>{run(text)}</w:p></w:tc></w:tr>")
    blocks = read(docx(f"<w:tbl>{row('0', 'zero')}{row('x', 'junk')}</w:tbl>")).blocks
    assert [(b.text, b.cell) for b in blocks] == [
        ("zero", CellPos(0, 0, 0, True)), ("junk", CellPos(0, 1, 0, True))]


def test_the_walkers_paragraph_limit_names_the_source() -> None:
    """Paragraphs the quick tag count misses (written with another prefix) are still
    counted by the walk, whose error carries the package's source."""
    limits = Limits(max_paragraphs=2)
    paras = "".join(f'<x:p xmlns:x="{W_NS}"><x:r><x:t>{t}</x:t></x:r></x:p>'
                    for t in ("a", "b", "c"))
    data = docx(paras)
    with pytest.raises(LimitExceededError) as info:
        read_docx(Package(data, limits, "many.docx"), limits)
    assert info.value.reason == "the document has more than 2 paragraphs"
    assert info.value.source == "many.docx"


def test_a_text_box_in_a_table_cell_is_in_that_cell() -> None:
    """The paragraphs of a text box anchored in a table cell's paragraph are blocks of
    that cell (after the anchoring paragraph)."""
    box = (f"<w:r><w:pict><w:txbxContent><w:p>{run('boxed')}</w:p></w:txbxContent>"
           "</w:pict></w:r>")
    body = (f"<w:tbl><w:tr><w:tc><w:p>{run('a')}</w:p></w:tc>"
            f"<w:tc><w:p>{run('anchor')}{box}</w:p></w:tc></w:tr></w:tbl>")
    blocks = read(docx(body)).blocks
    assert [(b.text, b.cell) for b in blocks] == [
        ("a", CellPos(0, 0, 0, True)), ("anchor", CellPos(0, 0, 1, True)),
        ("boxed", CellPos(0, 0, 1, True))]


def test_a_paragraph_styles_list_level_is_used_without_a_numbering_property() -> None:
    """A paragraph with no w:numPr of its own takes both the list and the level from its
    style (here level 1: label "1.1")."""
    body = f'<w:p><w:pPr><w:pStyle w:val="ListStyle"/></w:pPr>{run("item")}</w:p>'
    (block,) = read(docx(body, styles=LIST_STYLE, numbering=NUMBERING)).blocks
    assert (block.text, block.auto_label) == ("item", "1.1")


def test_a_hyperlink_field_inside_a_hyperlink_keeps_the_outer_link_open() -> None:
    """A link starting inside another closes only the links it is not inside: the outer
    w:hyperlink runs on to the paragraph's end, around the inner field's link."""
    p = _p(f'<w:hyperlink w:anchor="top">{run("x")}'
           f'<w:fldSimple w:instr=" HYPERLINK &quot;https://www.itu.int/&quot; ">'
           f'{run("y")}</w:fldSimple>{run("z")}</w:hyperlink>')
    got = paragraph_contents(p, False)
    assert got.text == "xyz"
    assert sorted(got.links) == [(0, 3, "#top"), (1, 2, "https://www.itu.int/")]


def test_the_quick_paragraph_count_counts_bare_paragraph_tags() -> None:
    """Plain ``<w:p>`` start tags are counted before any tree is built: the error gives
    the count (the walk's own error does not)."""
    limits = Limits(max_paragraphs=2)
    data = docx("".join(f"<w:p>{run(t)}</w:p>" for t in ("a", "b", "c")))
    with pytest.raises(LimitExceededError) as info:
        read_docx(Package(data, limits, None), limits)
    assert info.value.reason == "the document has more than 2 paragraphs (3)"


def test_paragraphs_deleted_whole_are_dropped_when_changes_are_accepted() -> None:
    """A w:del around whole paragraphs at body level: accepting changes drops them;
    keeping all changes keeps them."""
    body = f"<w:del><w:p>{run('gone')}</w:p></w:del><w:p>{run('kept')}</w:p>"
    assert [b.text for b in read(docx(body)).blocks] == ["kept"]
    data = docx(body)
    kept = read_docx(Package(data, DEFAULT_LIMITS, None), DEFAULT_LIMITS, "all").blocks
    assert [b.text for b in kept] == ["gone", "kept"]


def test_a_grid_span_is_capped_at_a_thousand_columns() -> None:
    """w:gridSpan is read as at most 1000 grid columns."""
    cell = (f'<w:tc><w:tcPr><w:gridSpan w:val="5000"/></w:tcPr>'
            f"<w:p>{run('wide')}</w:p></w:tc>")
    (table,) = read(docx(f"<w:tbl><w:tr>{cell}</w:tr></w:tbl>")).tables
    assert table.rows[0][0].colspan == 1000


def test_cells_of_a_row_take_successive_grid_columns() -> None:
    """Each cell starts where the previous one's span ends: spans 2, 1, 1 are at
    columns 0, 2 and 3."""
    wide = f'<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>{run("a")}</w:p></w:tc>'
    row = wide + f"<w:tc><w:p>{run('b')}</w:p></w:tc><w:tc><w:p>{run('c')}</w:p></w:tc>"
    blocks = read(docx(f"<w:tbl><w:tr>{row}</w:tr></w:tbl>")).blocks
    assert [(b.text, b.cell) for b in blocks] == [
        ("a", CellPos(0, 0, 0, True)), ("b", CellPos(0, 0, 2, True)),
        ("c", CellPos(0, 0, 3, True))]


def test_a_tab_in_a_run_outside_the_paragraph_is_not_its_text() -> None:
    """A run left in the body after a paragraph (invalid, but written) is in no
    paragraph: its tab is not added to the paragraph before it."""
    body = f"<w:p>{run('a')}</w:p><w:r><w:tab/></w:r>"
    assert [b.text for b in read(docx(body)).blocks] == ["a"]


def test_a_tab_in_a_run_nested_in_the_paragraph_is_text() -> None:
    """A run inside a smart tag (not a child of the paragraph) is still the paragraph's:
    its tab is text."""
    body = ('<w:p><w:smartTag w:element="place"><w:r><w:tab/><w:t>b</w:t></w:r>'
            "</w:smartTag></w:p>")
    assert [b.text for b in read(docx(body)).blocks] == ["\tb"]


MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def test_text_inside_math_is_read_once_as_math() -> None:
    """An equation's elements are read by the math reader only: a w:t in a math run is
    the equation's text once, not a second time as run text."""
    p = etree.fromstring(f'<w:p xmlns:w="{W_NS}" xmlns:m="{MATH_NS}">'
                         "<m:oMath><m:r><w:t>x</w:t></m:r></m:oMath></w:p>")
    got = paragraph_contents(p, False)
    assert (got.text, got.spans) == ("x", [("math", 0, 1)])


def test_after_a_text_box_the_fallback_copy_is_not_read() -> None:
    """mc:Fallback repeats what mc:Choice holds: once a text box is found, text in the
    fallback is not the paragraph's (the box's paragraphs are read on their own)."""
    p = etree.fromstring(
        f'<w:p xmlns:w="{W_NS}" xmlns:mc="{MC_NS}"><w:r><w:t>a</w:t></w:r>'
        "<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent>"
        "<w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><w:t>alt</w:t></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>b</w:t></w:r></w:p>")
    got = paragraph_contents(p, False)
    assert got.text == "ab"
    assert len(got.boxes) == 1


def test_deleted_text_outside_a_deletion_is_skipped_and_reading_goes_on() -> None:
    """A w:delText that is in no w:del shows nothing; the text after it is still read
    (here in a paragraph with a tracked insertion)."""
    p = _p("<w:ins><w:r><w:t>a</w:t></w:r></w:ins><w:r><w:delText>x</w:delText></w:r>"
           "<w:r><w:t>b</w:t></w:r>")
    assert paragraph_contents(p, False).text == "ab"
