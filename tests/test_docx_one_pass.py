"""The .docx reader reads ordinary paragraphs in one pass over the body and leaves the
rest to the element-by-element reading (readers/docx.py). Both must give the same
blocks: every file the tests have, and hand-made edge cases, are read both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from itudocs.errors import ItuDocsError
from itudocs.limits import DEFAULT_LIMITS
from itudocs.readers import docx as reader
from itudocs.readers.blocks import Stream
from itudocs.readers.package import Package

from .conftest import FIXTURES, PEER, ROOT
from .minidocx import W_NS, make_docx, p, table

FILES = sorted([*(FIXTURES / "docx").glob("*.docx"),
                *(ROOT / "src" / "itudocs" / "data" / "samples").glob("*.docx"),
                *(FIXTURES.parent / "hostile" / "files").glob("*.docx"),
                *(PEER.glob("*.docx") if PEER.exists() else [])])


def _read(data: bytes, revisions: reader.Revisions) -> Stream | str:
    try:
        return reader.read_docx(Package(data, DEFAULT_LIMITS, None), DEFAULT_LIMITS,
                                revisions)
    except ItuDocsError as exc:
        return f"{type(exc).__name__}: {exc}"


def _both_ways(data: bytes, revisions: reader.Revisions,
               monkeypatch: pytest.MonkeyPatch) -> tuple[Stream | str, Stream | str]:
    one_pass = _read(data, revisions)
    with monkeypatch.context() as m:
        m.setattr(reader, "_one_pass", lambda body, limit: {})  # every paragraph in full
        in_full = _read(data, revisions)
    return one_pass, in_full


@pytest.mark.parametrize("revisions", ["accept", "reject", "all"])
@pytest.mark.parametrize("path", FILES, ids=lambda f: f.name[:50])
def test_files_read_the_same_both_ways(path: Path, revisions: reader.Revisions,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    one_pass, in_full = _both_ways(path.read_bytes(), revisions, monkeypatch)
    assert one_pass == in_full


def r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


CASES = {
    "run left in the body": p("one") + r("stray") + p("two"),
    "text directly in a paragraph": "<w:p><w:t>bare</w:t>" + r(" run") + "</w:p>" + p("next"),
    "nested paragraph": f"<w:p>{r('a')}<w:p>{r('b')}</w:p>{r('c')}</w:p>{p('d')}",
    "nested paragraphs in a table in a paragraph":
        f"<w:p>{r('a')}{table([[p('b') + p('c')]])}{r('d')}</w:p>{p('e')}",
    "text box with text after it":
        f"<w:p>{r('before')}<w:r><mc:AlternateContent><mc:Choice><w:drawing>"
        f"<w:txbxContent>{p('in the box')}{p('second')}</w:txbxContent></w:drawing>"
        f"</mc:Choice><mc:Fallback><w:pict><w:txbxContent>{p('fallback')}</w:txbxContent>"
        f"</w:pict></mc:Fallback></mc:AlternateContent></w:r>{r('after')}</w:p>{p('next')}",
    "formatting change":
        '<w:p><w:pPr><w:pStyle w:val="A"/><w:pPrChange><w:pPr><w:pStyle w:val="B"/>'
        '<w:ind w:left="720"/><w:bidi/></w:pPr></w:pPrChange></w:pPr>' + r("x") + "</w:p>",
    "two pPr": '<w:p><w:pPr><w:ind w:left="0"/></w:pPr><w:pPr><w:pStyle w:val="B"/>'
               '</w:pPr>' + r("x") + "</w:p>",
    "pPr not first": '<w:p><w:bookmarkStart w:id="1" w:name="m"/><w:pPr>'
                     '<w:pStyle w:val="B"/><w:ind w:start="360"/></w:pPr>' + r("x") + "</w:p>",
    "pPr inside a run": '<w:p><w:r><w:pPr><w:pStyle w:val="B"/></w:pPr></w:r>' + r("x")
                        + "</w:p>",
    "repeated properties": '<w:p><w:pPr><w:pStyle w:val="A"/><w:ind w:left="400"/>'
                           '<w:pStyle w:val="B"/><w:ind w:left="0"/><w:bidi/>'
                           '<w:bidi w:val="0"/></w:pPr>' + r("x") + "</w:p>",
    "content control and bookmarks between blocks":
        p("first") + '<w:bookmarkStart w:id="2" w:name="before"/><w:sdt><w:sdtPr><w:rPr>'
        '<w:lang w:val="fr-FR"/></w:rPr></w:sdtPr><w:sdtContent>' + p("inside")
        + "</w:sdtContent></w:sdt>" + p("after") + '<w:bookmarkStart w:id="3" w:name="end"/>',
    "tabs, breaks and symbols":
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
        '<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:br w:type="page"/>'
        '<w:br w:type="textWrapping"/><w:cr/><w:noBreakHyphen/><w:sym w:char="F0B7"/>'
        '<w:sym w:char="zz"/><w:t>soft\u00adhyphen</w:t></w:r></w:p>',
    "tab outside a run": "<w:p><w:tab/>" + r("x") + "</w:p>",
    "languages": '<w:p><w:pPr><w:bidi/><w:rPr><w:lang w:val="ar-SA" w:bidi="ar-EG"/>'
                 '</w:rPr></w:pPr><w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t>x</w:t>'
                 '</w:r></w:p><w:p><w:r><w:rPr><w:lang w:eastAsia="zh-CN"/></w:rPr>'
                 "<w:t>y</w:t></w:r></w:p>",
    "runs in hyperlinks, fields, smart tags and content controls":
        '<w:p><w:hyperlink r:id="x" xmlns:r="urn:r">' + r("link") + "</w:hyperlink>"
        '<w:fldSimple w:instr="PAGE">' + r("1") + "</w:fldSimple><w:smartTag>" + r("s")
        + "</w:smartTag><w:sdt><w:sdtContent>" + r("c") + "</w:sdtContent></w:sdt>"
        '<w:r><w:instrText>HIDDEN</w:instrText></w:r></w:p>',
    "tables": table([[p("a", bookmark="cell"), p("b") + p("c")],
                     [table([[p("nested")]]), ""]]),
    "bookmark in a row": '<w:tbl><w:tr><w:bookmarkStart w:id="4" w:name="row"/>'
                         f"<w:tc>{p('a')}</w:tc></w:tr></w:tbl>",
    "note and tracked changes among ordinary paragraphs":
        p("plain") + '<w:p><w:r><w:t>note</w:t></w:r><w:r><w:footnoteReference w:id="1"/>'
        "</w:r></w:p>" + p("plain again")
        + '<w:p><w:ins w:id="5" w:author="A">' + r("new") + '</w:ins><w:del w:id="6">'
        "<w:r><w:delText>old</w:delText></w:r></w:del></w:p>"
        + '<w:p><w:commentRangeStart w:id="7"/>' + r("commented")
        + '<w:commentRangeEnd w:id="7"/></w:p>' + p("last"),
    "section properties": p("x") + '<w:sectPr><w:bidi/></w:sectPr>',
    "empty paragraphs": "<w:p/><w:p><w:pPr/></w:p>" + p(""),
}
STYLES = ('<w:style w:type="paragraph" w:styleId="A"><w:name w:val="Style A"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="B"><w:name w:val="Style B"/></w:style>')


@pytest.mark.parametrize("revisions", ["accept", "reject", "all"])
@pytest.mark.parametrize("case", CASES)
def test_edge_cases_read_the_same_both_ways(case: str, revisions: reader.Revisions,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_docx(CASES[case], styles=STYLES)
    one_pass, in_full = _both_ways(data, revisions, monkeypatch)
    assert isinstance(one_pass, Stream), one_pass
    assert one_pass == in_full


def test_unresolved_entity_reads_the_same_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    document = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY e "x">]>'
                f'<w:document xmlns:w="{W_NS}"><w:body>'
                "<w:p><w:r><w:t>a&e;b</w:t></w:r></w:p></w:body></w:document>")
    one_pass, in_full = _both_ways(make_docx("", raw_document=document), "accept", monkeypatch)
    assert isinstance(one_pass, Stream), one_pass
    assert one_pass == in_full


def test_one_pass_reads_only_up_to_the_limit() -> None:
    pkg = Package(make_docx(p("a") * 10), DEFAULT_LIMITS, None)
    body = pkg.xml(pkg.main_part)[0]
    assert len(reader._one_pass(body, 4)) < 5
    assert len(reader._one_pass(body, 100)) == 10
