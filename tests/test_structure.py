"""Structure that Word gives and the model keeps (issue 15): tables as tables, headings
by style, hyperlinks with their URL, equations and symbols as text, text as written,
notes in the renderings, non-ITU documents without ITU trimmings. Expected values are
written by hand from the packages built here."""

from __future__ import annotations

import itudocs
from itudocs.limits import DEFAULT_LIMITS
from itudocs.readers.docx import read_docx
from itudocs.readers.package import Package

from .minidocx import make_docx, p


def blocks_of(data: bytes):  # type: ignore[no-untyped-def]
    return read_docx(Package(data, DEFAULT_LIMITS, None), DEFAULT_LIMITS).blocks


def sym(char: str, font: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_sym_characters_map_through_their_font() -> None:
    body = (p("a", extra=sym("F0DA", "Symbol") + "<w:r><w:t>b</w:t></w:r>")
            + p("", extra=sym("F061", "Symbol") + sym("F0B3", "Symbol") + sym("F0A5", "Symbol"))
            + p("", extra=sym("F0FC", "Wingdings") + sym("F0D8", "Wingdings")
                + sym("F0DA", "Wingdings"))
            + p("", extra=sym("F0DA", "Webdings") + sym("F06F", "Courier New")))
    texts = [b.text for b in blocks_of(make_docx(body))]
    assert texts == ["a∨b", "α≥∞", "✓➢⮛", "\uf0dao"]
    assert not any("Ú" in t for t in texts)


def test_block_text_is_the_text_as_written() -> None:
    # An RTL mark, Arabic-Indic digits and a tatweel: matched folded, kept as written.
    doc = itudocs.parse_text("\u200f١\tمقدمة\n\u200f١.١\tنص الـفقرة ٢٠٢٠.\n"
                             "\u200fفي ٣ مـارس ٢٠٢٠ اجتمع المجلس.\n")
    top = doc.sections[0]
    assert (top.number, top.title) == ("1", "مقدمة")
    child = top.children[0]
    assert child.number == "1.1"
    assert child.blocks[0].text == "نص الـفقرة ٢٠٢٠."
    assert child.blocks[1].text == "\u200fفي ٣ مـارس ٢٠٢٠ اجتمع المجلس."


R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
M_NS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def tc(inner: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{inner}</w:tc>"


def tbl(*rows: str, header: int = 0) -> str:
    out = []
    for n, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if n < header else ""
        out.append(f"<w:tr>{trpr}{row}</w:tr>")
    return "<w:tbl>" + "".join(out) + "</w:tbl>"


SPANNED = tbl(
    tc(p("Name")) + tc(p("Score"), '<w:gridSpan w:val="2"/>'),
    tc(p("Ann"), '<w:vMerge w:val="restart"/>') + tc(p("1")) + tc(p("2")),
    tc(p(""), "<w:vMerge/>") + tc(p("3")) + tc(p("4") + p("four")),
    header=1)


def cells(block):  # type: ignore[no-untyped-def]
    assert block.kind == "table" and block.table is not None
    return [[(c.text, c.colspan, c.rowspan) for c in row.cells] for row in block.table.rows]


def test_table_is_a_table_block_with_spans_resolved() -> None:
    doc = itudocs.parse(make_docx(p("Before.") + SPANNED + p("After.")))
    before, table, after = doc.blocks
    assert (before.text, after.text) == ("Before.", "After.")
    assert cells(table) == [[("Name", 1, 1), ("Score", 2, 1)],
                            [("Ann", 1, 2), ("1", 1, 1), ("2", 1, 1)],
                            [("3", 1, 1), ("4\nfour", 1, 1)]]
    assert table.table.header_rows == 1
    assert table.text == "Name\tScore\nAnn\t1\t2\n3\t4\nfour"
    assert [b.text for b in table.table.rows[2].cells[1].blocks] == ["4", "four"]
    # Every paragraph accounted for once: 9 in the table (one empty), 2 around it.
    placed = dict(doc.accounting.placed)  # type: ignore[union-attr]
    assert placed == {"block": 2, "table": 8, "skipped:empty": 1}
    assert itudocs.Document.from_dict(doc.to_dict()) == doc
    md = doc._repr_markdown_()
    assert '<th colspan="2">Score</th>' in md and '<td rowspan="2">Ann</td>' in md
    assert "<td>4<br>four</td>" in md


def test_nested_table_sits_in_its_cell_and_plain_tables_are_pipe_tables() -> None:
    inner = tbl(tc(p("x")) + tc(p("y")))
    outer = tbl(tc(p("outer")) + tc(p("holds") + inner + p("")))
    plain = tbl(tc(p("a")) + tc(p("b|c")), tc(p("1")) + tc(p("")))
    doc = itudocs.parse(make_docx(outer + plain))
    first, second = doc.blocks
    holder = first.table.rows[0].cells[1]  # type: ignore[union-attr]
    assert [b.kind for b in holder.blocks] == ["paragraph", "table"]
    assert cells(holder.blocks[1]) == [[("x", 1, 1), ("y", 1, 1)]]
    assert cells(second) == [[("a", 1, 1), ("b|c", 1, 1)], [("1", 1, 1), ("", 1, 1)]]
    md = doc._repr_markdown_()
    assert "| a | b\\|c |\n|---|---|\n| 1 |  |" in md
    assert "<table><tr><td>x</td><td>y</td></tr></table>" in md


def test_first_page_layout_table_stays_the_headers() -> None:
    doc = itudocs.parse(itudocs.sample_path())
    assert not any(b.kind == "table" for s in doc.iter_sections() for b in s.blocks)
    assert not any(b.kind == "table" for b in doc.blocks)
    assert doc.header.symbol is not None and doc.header.symbol.text == "C20/57-C"
    assert doc.accounting is not None and doc.accounting.unplaced == ()


HEADINGS = """
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/>
  <w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>
"""
LIST = """
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
"""


def test_headings_by_style_and_word_lists_as_items() -> None:
    body = (p("Handbook", style="Title") + p("Intro text.")
            + p("Sun", style="Heading1") + p("Wear sunglasses", style="ListNumber")
            + p("Drink water", style="ListNumber") + p("Details", style="Heading2")
            + p("More.") + p("Moon", style="Heading1") + p("Sleep", num=(2, 0))
            + p("Rest", num=(2, 0)) + p("Outline chapter", style="Chapter")
            + p("Chapter text", extra='<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'))
    doc = itudocs.parse(make_docx(body, styles=HEADINGS, numbering=LIST))
    tree = [(s.number, s.title, s.level, [(b.kind, b.label, b.text) for b in s.blocks])
            for s in doc.iter_sections()]
    assert tree == [
        (None, "Handbook", 1, [("paragraph", None, "Intro text.")]),
        (None, "Sun", 1, [("item", "1.", "Wear sunglasses"), ("item", "2.", "Drink water")]),
        (None, "Details", 2, [("paragraph", None, "More.")]),
        (None, "Moon", 1, [("item", "1.", "Sleep"), ("item", "2.", "Rest")]),
        (None, "Outline chapter", 1, [("paragraph", None, "Chapter text")]),
    ]
    assert [s.title for s in doc.sections[1].children] == ["Details"]
    assert itudocs.Document.from_dict(doc.to_dict()) == doc
    md = doc._repr_markdown_()
    assert "## Sun\n" in md and "### Details\n" in md and "None" not in md


def test_itu_numbering_keeps_heading_styles_as_before() -> None:
    body = (p("1\tIntroduction", style="Heading1") + p("Background", style="Heading2")
            + p("1.1\tThe Council met."))
    doc = itudocs.parse(make_docx(body, styles=HEADINGS))
    assert [(s.number, s.title) for s in doc.iter_sections()] == [
        ("1", "Introduction"), ("1.1", None)]
    assert [b.text for b in doc.sections[0].blocks] == ["Background"]


def test_hyperlinks_keep_their_url() -> None:
    rels = (f'<w:hyperlink r:id="rId9" {R_NS}><w:r><w:t>the site</w:t></w:r></w:hyperlink>'
            )
    anchor = '<w:hyperlink w:anchor="_Toc1"><w:r><w:t>above</w:t></w:r></w:hyperlink>'
    field = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space='
             '"preserve"> HYPERLINK "mailto:a@b.org" </w:instrText></w:r><w:r><w:fldChar '
             'w:fldCharType="separate"/></w:r><w:r><w:t>write</w:t></w:r><w:r><w:fldChar '
             'w:fldCharType="end"/></w:r>')
    body = (p("See ", extra=rels + "<w:r><w:t>, or </w:t></w:r>" + anchor)
            + p("Please ", extra=field + "<w:r><w:t> to us.</w:t></w:r>"))
    data = make_docx(body)
    data = _with_external_rel(data, "rId9", "https://example.org/a?b=1")
    doc = itudocs.parse(data)
    first, second = doc.blocks
    assert first.text == "See the site, or above"
    assert [(first.text[lk.start:lk.end], lk.url) for lk in first.links] == [
        ("the site", "https://example.org/a?b=1"), ("above", "#_Toc1")]
    assert [(second.text[lk.start:lk.end], lk.url) for lk in second.links] == [
        ("write", "mailto:a@b.org")]
    md = doc._repr_markdown_()
    assert "See [the site](https://example.org/a?b=1), or [above](#_Toc1)" in md
    assert "Please [write](mailto:a@b.org) to us." in md
    assert itudocs.Document.from_dict(doc.to_dict()) == doc


def _with_external_rel(data: bytes, rid: str, url: str) -> bytes:
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            content = src.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", (
                    f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/hyperlink" Target="{url}" '
                    'TargetMode="External"/></Relationships>').encode())
            out.writestr(info, content)
    return buf.getvalue()


def test_equations_keep_their_text_with_a_math_span() -> None:
    math = (f'<m:oMath {M_NS}><m:f><m:num><m:r><m:t>a+b</m:t></m:r></m:num><m:den>'
            '<m:r><m:t>2</m:t></m:r></m:den></m:f><m:r><m:t>=</m:t></m:r><m:sSup><m:e>'
            '<m:r><m:t>x</m:t></m:r></m:e><m:sup><m:r><m:t>2</m:t></m:r></m:sup></m:sSup>'
            '</m:oMath>')
    doc = itudocs.parse(make_docx(p("an inline equation: ", extra=math
                                    + "<w:r><w:t>.</w:t></w:r>")))
    block = doc.blocks[0]
    assert block.text == "an inline equation: (a+b)/2=x^2."
    assert [(s.kind, block.text[s.start:s.end]) for s in block.spans] == [
        ("math", "(a+b)/2=x^2")]


def test_html_and_akn_render_tables_links_and_notes() -> None:
    from lxml import etree

    from itudocs.export.akn import akn_schema, to_akn

    link = (f'<w:hyperlink r:id="rId9" {R_NS}><w:r><w:t>site</w:t></w:r></w:hyperlink>')
    body = p("Handbook", style="Title") + p("Our ", extra=link) + SPANNED
    data = _with_external_rel(make_docx(body, styles=HEADINGS), "rId9", "https://x.org")
    doc = itudocs.parse(data)
    html = doc._repr_html_()
    assert '<h4>Handbook</h4>' in html
    assert '<p>Our <a href="https://x.org">site</a></p>' in html
    assert '<th colspan="2"><p>Score</p></th>' in html
    assert '<td rowspan="2"><p>Ann</p></td>' in html
    root = etree.fromstring(to_akn(doc).encode())
    assert akn_schema().validate(root), akn_schema().error_log
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    section = root.find(".//a:mainBody/a:section", ns)
    assert section is not None and section.find("a:num", ns) is None
    assert section.findtext("a:heading", namespaces=ns) == "Handbook"
    assert [a.get("href") for a in root.iterfind(".//a:a", ns)] == ["https://x.org"]
    spans = [(td.tag.split("}")[1], td.get("colspan"), td.get("rowspan"))
             for td in root.iterfind(".//a:table/a:tr/*", ns)]
    assert spans == [("th", None, None), ("th", "2", None), ("td", None, "2"),
                     ("td", None, None), ("td", None, None), ("td", None, None),
                     ("td", None, None)]


def test_notes_in_markdown_and_html() -> None:
    import attrs

    from itudocs.model import Note

    block_note = Note(kind="footnote", id="1", text="A footnote.", offset=4)
    doc = itudocs.parse_text("Some text here.\n")
    doc = attrs.evolve(doc, blocks=(attrs.evolve(doc.blocks[0], notes=(block_note,)),))
    md = doc._repr_markdown_()
    assert "Some[^fn1] text here." in md and "[^fn1]: A footnote." in md
    html = doc._repr_html_()
    assert 'Some<sup><a href="#fn1" id="ref-fn1">1</a></sup> text here.' in html
    assert '<li id="fn1" value="1">A footnote.</li>' in html


def test_non_itu_document_gets_its_language_and_no_itu_trimmings() -> None:
    import datetime as dt

    from itudocs.export.akn import to_akn

    body = (p("This is a document for testing docx2python module.") + p("")
            + p("This document contains paragraphs.") + p("")
            + p("This document does not contain any bulleted lists."))
    doc = itudocs.parse(make_docx(body))
    assert "no-header" in {w.code for w in doc.warnings}
    assert doc.language == "en"
    xml = to_akn(doc, date=dt.date(2024, 5, 6))
    assert '<FRBRdate date="2024-05-06" name="generation"/>' in xml
    assert '<FRBRauthor href="#unknown"/>' in xml
    assert "/unknown/2024/" in xml and "9999" not in xml
    assert 'eId="itu"' not in xml and "International Telecommunication Union" not in xml
    # An ITU document keeps its ITU author and its date.
    itu = to_akn(itudocs.parse(itudocs.sample_path()))
    assert 'eId="itu"' in itu and '<FRBRauthor href="#itu-council"/>' in itu
