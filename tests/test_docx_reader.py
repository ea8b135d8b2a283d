"""The .docx reader on packages written by hand: exact text, order, tables, bookmarks,
numbering labels, tracked changes and text boxes."""

from __future__ import annotations

import pytest

import itudocs
from itudocs.limits import DEFAULT_LIMITS
from itudocs.readers.docx import read_docx
from itudocs.readers.package import Package

from .conftest import PEER
from .minidocx import make_docx, p, table

MULTILEVEL = """
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
"""
STYLES = """
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>
  <w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="enumlev1"><w:name w:val="enumlev1"/></w:style>
"""


def blocks_of(data: bytes):  # type: ignore[no-untyped-def]
    return read_docx(Package(data, DEFAULT_LIMITS, None), DEFAULT_LIMITS).blocks


def test_order_tables_and_cell_positions() -> None:
    body = (p("before") + table([[p("a1") + p("a1 second"), p("b1")], [p("a2"), ""]])
            + p("after"))
    blocks = blocks_of(make_docx(body))
    assert [b.text for b in blocks] == ["before", "a1", "a1 second", "b1", "a2", "", "after"]
    cells = [(b.cell.row, b.cell.col, b.cell.first) if b.cell else None for b in blocks]
    assert cells == [None, (0, 0, True), (0, 0, False), (0, 1, True), (1, 0, True),
                     (1, 1, True), None]
    assert [b.loc.paragraph for b in blocks] == list(range(7))  # type: ignore[union-attr]


def test_tabs_breaks_hyperlinks_fields_and_deletions() -> None:
    extra = ('<w:hyperlink r:id="x" xmlns:r="http://schemas.openxmlformats.org/'
             'officeDocument/2006/relationships"><w:r><w:t> link</w:t></w:r></w:hyperlink>'
             '<w:del w:id="1" w:author="A"><w:r><w:delText> gone</w:delText></w:r></w:del>'
             '<w:ins w:id="2" w:author="A"><w:r><w:t> added</w:t></w:r></w:ins>'
             '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             '<w:r><w:instrText> PAGE </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
             '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    blocks = blocks_of(make_docx(p("1.1\tText\nnext", extra=extra)))
    assert blocks[0].text == "1.1\tText\nnext link added7"


def test_bookmarks_attach_to_their_paragraph() -> None:
    body = p("PL 1.5", bookmark="dmeeting") + '<w:bookmarkStart w:id="9" w:name="dnum"/>' \
        + p("Document C20/57-E")
    blocks = blocks_of(make_docx(body))
    assert [b.bookmarks for b in blocks] == [("dmeeting",), ("dnum",)]


def test_word_numbering_labels() -> None:
    body = (p("Introduction", style="Heading1") + p("First", num=(1, 1)) + p("Second", num=(1, 1))
            + p("Next", style="Heading1") + p("Third", num=(1, 1)) + p("x", num=(2, 0))
            + p("y", num=(2, 0)) + p("restart", num=(4, 0)) + p("dot", num=(3, 0)))
    blocks = blocks_of(make_docx(body, numbering=MULTILEVEL, styles=STYLES))
    assert [b.auto_label for b in blocks] == ["1", "1.1", "1.2", "2", "2.1", "a)", "b)",
                                              "a)", "•"]
    assert blocks[0].style == "heading 1"


def test_auto_numbered_document_builds_sections() -> None:
    body = (p("Introduction", style="Heading1") + p("The Council met in Geneva.", num=(1, 1))
            + p("Outcomes", style="Heading1")
            + p("The main outcomes of the meeting include:", num=(1, 1))
            + p("one", num=(3, 0)) + p("two", num=(3, 0)))
    doc = itudocs.parse(make_docx(body, numbering=MULTILEVEL, styles=STYLES))
    assert [(s.number, s.title) for s in doc.iter_sections()] == [
        ("1", "Introduction"), ("1.1", None), ("2", "Outcomes"), ("2.1", None)]
    assert [(o.section, [b.text for b in o.bullets]) for o in doc.outcomes] == [
        ("2.1", ["one", "two"])]


def test_text_box_is_its_own_block_once() -> None:
    box = ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>'
           + p("in the box") + '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>'
           '<w:txbxContent>' + p("in the box") + "</w:txbxContent></w:pict></mc:Fallback>"
           "</mc:AlternateContent></w:r>")
    blocks = blocks_of(make_docx(p("host", extra=box)))
    assert [b.text for b in blocks] == ["host", "in the box"]


def test_main_part_found_through_relationships() -> None:
    data = make_docx(p("renamed"), main="word/main.xml")
    assert [b.text for b in blocks_of(data)] == ["renamed"]


def test_para_ids_direction_and_language() -> None:
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    body = (f'<w:p xmlns:w14="{w14}" w14:paraId="1A2B3C4D"><w:pPr><w:bidi/></w:pPr>'
            '<w:r><w:rPr><w:rtl/><w:lang w:val="en-GB" w:bidi="ar-SA"/></w:rPr>'
            '<w:t>مرحبا</w:t></w:r></w:p>'
            + p("1\tIntroduction") + p("same") + p("same"))
    data = make_docx(body)
    first = blocks_of(data)[0]
    assert (first.para_id, first.rtl, first.lang) == ("1A2B3C4D", True, "ar-SA")
    doc = itudocs.parse(data)
    (arabic,) = doc.blocks
    assert (arabic.id, arabic.direction, arabic.lang) == ("w14:1A2B3C4D", "rtl", "ar-SA")
    s1 = doc.find("1")
    assert s1 is not None and s1.id is not None and s1.id.startswith("t:")
    a, b = s1.blocks
    assert b.id == f"{a.id}-2" and a.direction == "ltr"
    # The same on every run: ids come from the content, not from memory addresses.
    assert itudocs.to_json(itudocs.parse(data)) == itudocs.to_json(doc)


TRACKED = ('<w:r><w:t xml:space="preserve">The Council </w:t></w:r>'
           '<w:ins w:id="1" w:author="Ann" w:date="2020-03-01T10:00:00Z">'
           '<w:r><w:t xml:space="preserve">warmly </w:t></w:r></w:ins>'
           '<w:del w:id="2" w:author="Bob" w:date="2020-03-02T10:00:00Z">'
           '<w:r><w:delText xml:space="preserve">coldly </w:delText></w:r></w:del>'
           '<w:r><w:t>welcomed it.</w:t></w:r>')


@pytest.mark.parametrize(("policy", "text"), [
    ("accept", "1.1\tThe Council warmly welcomed it."),
    ("reject", "1.1\tThe Council coldly welcomed it."),
    ("all", "1.1\tThe Council warmly coldly welcomed it."),
])
def test_revision_policies(policy: str, text: str) -> None:
    para = '<w:p><w:r><w:t>1.1</w:t></w:r><w:r><w:tab/></w:r>' + TRACKED + "</w:p>"
    cell = table([['<w:p>' + TRACKED + "</w:p>"]])
    data = make_docx(p("1\tIntroduction") + para + cell)
    doc = itudocs.parse(data, revisions=policy)  # type: ignore[arg-type]
    s11 = doc.find("1.1")
    assert s11 is not None
    block, table_block = s11.blocks
    assert table_block.kind == "table" and table_block.table is not None
    in_table = table_block.table.rows[0].cells[0].blocks[0]  # the cell's paragraph
    assert "1.1\t" + block.text == text
    assert in_table.text == text.removeprefix("1.1\t")
    if policy == "all":
        # Offsets index the block's text (the label "1.1<TAB>" is not part of it).
        assert [(c.kind, c.author, block.text[c.start:c.end]) for c in block.changes] == [
            ("insert", "Ann", "warmly "), ("delete", "Bob", "coldly ")]
        assert block.changes[0].date == "2020-03-01T10:00:00Z"
        assert [block.text[c.start:c.end] for c in in_table.changes] == ["warmly ", "coldly "]
    else:
        assert block.changes == () and in_table.changes == ()


def test_unknown_revision_policy() -> None:
    with pytest.raises(ValueError, match="revisions"):
        itudocs.parse(make_docx(p("x")), revisions="maybe")  # type: ignore[arg-type]


@pytest.mark.skipif(not (PEER / "docx2python--tests_resources_example.docx").exists(),
                    reason="peer corpus not available")
def test_footnotes_are_anchored_not_pasted() -> None:
    doc = itudocs.parse(PEER / "python-mammoth--tests_test-data_footnotes.docx")
    blocks = [*doc.blocks, *(b for s in doc.iter_sections() for b in s.blocks)]
    notes = [(b.text, n.kind, n.id, n.text, n.offset) for b in blocks for n in b.notes]
    assert [(n[1], n[3]) for n in notes] == [("footnote", "A tachyon walks into a bar."),
                                            ("footnote", "Fin.")]
    text, _, _, _, offset = notes[0]
    assert "tachyon" not in text and 0 < offset <= len(text)


@pytest.mark.skipif(not PEER.exists(), reason="peer corpus not available")
def test_comments_are_kept_apart() -> None:
    doc = itudocs.parse(PEER / "docx2python--tests_resources_test_file_with_comments.docx")
    assert [(c.author, c.text) for c in doc.comments][:2] == [("Randy Bartels", "Comment 1"),
                                                              ("Randy Bartels", "Comment 2")]
    assert len(doc.comments) == 12
    first = doc.comments[0]
    assert first.loc is not None and first.loc == first.end_loc
    blocks = {b.loc: b for b in doc.blocks}
    anchored = blocks[first.loc].text[first.start:first.end]
    assert anchored and "Comment 1" not in itudocs.to_json(doc).split('"comments"')[0]


FEATURES = """
<w:abstractNum w:abstractNumId="10">
  <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:isLgl/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
  <w:lvl w:ilvl="3"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="11">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlRestart w:val="0"/><w:lvlText w:val="(%2)"/></w:lvl>
</w:abstractNum>
<w:num w:numId="20"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="21"><w:abstractNumId w:val="11"/></w:num>
<w:num w:numId="22"><w:abstractNumId w:val="11"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
"""


def test_numbering_features() -> None:
    body = (p("a", num=(20, 0)) + p("b", num=(20, 1)) + p("c", num=(20, 2)) + p("d", num=(20, 2))
            + p("e", num=(20, 3)) + p("f", num=(20, 0)) + p("g", num=(20, 1))
            + p("h", num=(21, 0)) + p("i", num=(21, 1)) + p("j", num=(21, 0))
            + p("k", num=(21, 1)) + p("l", num=(22, 0)) + p("m", num=(21, 0)))
    labels = [b.auto_label for b in blocks_of(make_docx(body, numbering=FEATURES))]
    assert labels == [
        "III.",        # start value 3, upper roman
        "III.A",       # %1.%2 with each level's own format
        "3.1.i",       # isLgl: the levels above print as decimals
        "3.1.ii",
        None,          # numFmt none: no label
        "IV.",         # level 0 advances, deeper levels restart
        "IV.A",
        "1)", "(a)",
        "2)", "(b)",   # lvlRestart 0: level 1 never restarts
        "7)",          # a w:num with startOverride restarts the shared list at 7
        "8)",          # and the list goes on from there
    ]


@pytest.mark.skipif(not PEER.exists(), reason="peer corpus not available")
def test_labels_of_a_real_numbered_document() -> None:
    """docx2python's example_numbering.docx writes the number Word shows into each
    paragraph: "expect II", "expect C", "expect viii" ..."""
    data = (PEER / "docx2python--tests_resources_example_numbering.docx").read_bytes()
    pairs = [(b.auto_label, b.text.removeprefix("expect ").strip())
             for b in blocks_of(data) if b.text.startswith("expect")]
    assert len(pairs) == 10
    for label, expected in pairs:
        assert label is not None and label.strip("().") == expected


def test_moved_text_follows_the_policy() -> None:
    moved = ('<w:p><w:moveFrom w:id="5" w:author="Cy" w:date="2020-03-04T00:00:00Z">'
             '<w:r><w:delText>old place </w:delText></w:r></w:moveFrom>'
             '<w:r><w:t>stays </w:t></w:r>'
             '<w:moveTo w:id="6" w:author="Cy" w:date="2020-03-04T00:00:00Z">'
             '<w:r><w:t>new place</w:t></w:r></w:moveTo></w:p>')
    texts = {policy: blocks_of_policy(make_docx(moved), policy)[0].text
             for policy in ("accept", "reject", "all")}
    assert texts == {"accept": "stays new place", "reject": "old place stays ",
                     "all": "old place stays new place"}
    (raw,) = blocks_of_policy(make_docx(moved), "all")
    assert [(c.kind, raw.text[c.start:c.end]) for c in raw.changes] == [
        ("delete", "old place "), ("insert", "new place")]


def blocks_of_policy(data: bytes, policy: str):  # type: ignore[no-untyped-def]
    return read_docx(Package(data, DEFAULT_LIMITS, None), DEFAULT_LIMITS, policy).blocks  # type: ignore[arg-type]


def test_a_labelled_blocks_notes_and_changes_are_counted_after_its_label() -> None:
    from .minidocx import make_docx as make

    foot = '<w:footnote w:id="1"><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:footnote>'
    body = (
        '<w:p><w:r><w:t>1</w:t></w:r><w:r><w:tab/><w:t>Introduction</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>1.1</w:t></w:r><w:r><w:tab/><w:t>The Council met.</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:lang w:val="fr-FR" w:bidi="ar-SA"/>'
        '</w:rPr><w:t>a)</w:t></w:r><w:r><w:tab/><w:t>See the note</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r>'
        '<w:ins w:id="9" w:author="X" w:date="2020-01-01T00:00:00Z"><w:r><w:t xml:space='
        '"preserve"> here</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>\u2022</w:t></w:r><w:r><w:tab/><w:t>a bullet</w:t></w:r></w:p>')
    doc = itudocs.parse(make(body, footnotes=foot), revisions="all")
    para, item, bullet = doc.find("1.1").blocks
    assert (para.kind, para.label, para.text) == ("paragraph", None, "The Council met.")
    assert (item.kind, item.label, item.text) == ("item", "a)", "See the note here.")
    assert (item.direction, item.lang) == ("rtl", "ar-SA")
    assert [(n.id, n.offset, n.text) for n in item.notes] == [("1", 12, "A note.")]
    assert [(c.kind, c.start, c.end, c.author) for c in item.changes] == [
        ("insert", 12, 17, "X")]
    assert (bullet.kind, bullet.label, bullet.text) == ("bullet", "\u2022", "a bullet")
    assert len({para.id, item.id, bullet.id}) == 3
    assert all(isinstance(b.id, str) and b.id.startswith("t:") for b in (para, item, bullet))
