"""Akoma Ntoso 3.0 export (itudocs.export.akn): every sample and fixture validates against
the OASIS schema shipped in the package, and the markup says what the model says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import itudocs
from itudocs import Document
from itudocs.export.akn import (
    AKN_NS,
    akn_schema,
    akn_uris,
    doc_name,
    instrument_href,
    to_akn,
    to_akn_element,
)
from itudocs.grammar.symbols import parse_symbol
from itudocs.model import InstrumentRef, Note

from .conftest import FIXTURES, SHARED, need

NS = {"a": AKN_NS}
DOCX = sorted((FIXTURES / "docx").glob("*.docx"))
TIKA = sorted((FIXTURES / "tika").glob("*.txt"))
# the sections of the body (not the numbered paragraphs inside quotes)
HIER = ("//a:mainBody//*[(self::a:section or self::a:paragraph)"
        " and not(ancestor::a:embeddedStructure)]")


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return akn_schema()


@pytest.fixture(scope="module")
def sample() -> Document:
    return itudocs.parse(itudocs.sample_path())


def export(doc: Document, schema: etree.XMLSchema) -> etree._Element:
    """``to_akn(doc)`` parsed back, after checking it against the schema."""
    xml = to_akn(doc)
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = etree.fromstring(xml.encode("utf-8"))
    if not schema.validate(root):
        pytest.fail(f"not valid Akoma Ntoso 3.0:\n{schema.error_log}")
    return root


def one(root: etree._Element, path: str) -> etree._Element:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list) and len(found) == 1, (path, found)
    el = found[0]
    assert isinstance(el, etree._Element)
    return el


def els(root: etree._Element, path: str) -> list[etree._Element]:
    found = root.xpath(path, namespaces=NS)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, etree._Element)]


def text(el: etree._Element) -> str:
    """The text of ``el`` as the model has it: ``eol`` is a line break; notes left out."""
    out = [el.text or ""]
    for child in el:
        name = etree.QName(child).localname
        if name == "eol":
            out.append("\n")
        elif name != "authorialNote":
            out.append(text(child))
        out.append(child.tail or "")
    return "".join(out)


def heading(el: etree._Element) -> str | None:
    found = els(el, "a:heading")
    return text(found[0]) if found else None


def value(root: etree._Element, path: str, attr: str = "value") -> str:
    return one(root, path).get(attr, "")


# --------------------------------------------------------------------------- validity


@pytest.mark.parametrize("path", [Path(itudocs.sample_path()), *DOCX, *TIKA],
                         ids=lambda p: p.name)
def test_every_sample_and_fixture_is_valid(path: Path, schema: etree.XMLSchema) -> None:
    doc = itudocs.parse(path)
    root = export(doc, schema)
    assert one(root, "/a:akomaNtoso/a:doc").get("name") == "report"
    # one hierarchical element per section, in order, with the section's number and title
    hier = els(root, HIER)
    assert [text(one(h, "a:num")) for h in hier] == [s.number for s in doc.iter_sections()]
    assert [heading(h) for h in hier] == [s.title for s in doc.iter_sections()]
    assert len(els(root, "//a:mainBody/a:section | //a:mainBody/a:paragraph")) == len(
        doc.sections)
    assert len(els(root, "//a:embeddedStructure")) == len(doc.quotes)


def test_the_packaged_schema_is_the_shared_one() -> None:
    folder = Path(itudocs.__file__).parent / "data" / "akn"
    shared = need(SHARED / "schemas")
    for name in ("akomantoso30.xsd", "xml.xsd"):
        assert (folder / name).read_bytes() == (shared / name).read_bytes()
    assert "CC BY 4.0" in (folder / "README.md").read_text("utf-8")


def test_the_schema_loads_from_anywhere_offline(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """xml.xsd comes from the package (the resolver), not from the working directory or
    the network: the parser refuses network access."""
    monkeypatch.chdir(tmp_path)
    schema = akn_schema()
    root = to_akn_element(itudocs.parse_text("1\tIntroduction\n"))
    body = one(root, "//a:mainBody")
    body.set("{http://www.w3.org/XML/1998/namespace}lang", "ar-SA")
    assert schema.validate(root)
    body.set("{http://www.w3.org/XML/1998/namespace}lang", "not a language tag")
    assert not schema.validate(root)  # xml:lang is typed by xml.xsd: it was loaded


def test_the_schema_rejects_what_is_not_akoma_ntoso(schema: etree.XMLSchema,
                                                    sample: Document) -> None:
    root = to_akn_element(sample)
    assert schema.validate(root)
    one(root, "//a:FRBRlanguage").attrib.pop("language")
    assert not schema.validate(root)


# --------------------------------------------------------------------------- content


def test_sample_header_and_identification(sample: Document, schema: etree.XMLSchema) -> None:
    root = export(sample, schema)
    assert text(one(root, "//a:preface//a:docNumber")) == "C20/57-C"
    assert one(root, "//a:preface//a:docDate").get("date") == "2020-03-03"
    assert text(one(root, "//a:preface//a:session")) == "理事会2020年会议"
    assert text(one(root, "//a:preface//a:location")) == "日内瓦"
    assert [d.get("date") for d in els(root, "//a:preface//a:date")] == ["2020-06-09",
                                                                        "2020-06-19"]
    assert [text(t) for t in els(root, "//a:longTitle//a:docTitle")] == [
        "理事会保护上网儿童工作组主席的报告", "理事会保护上网儿童工作组第十五次和第十六次会议的成果"]

    assert value(root, "//a:FRBRWork/a:FRBRuri") == "/akn/un/doc/report/itu-council/2020/C20-57"
    assert value(root, "//a:FRBRWork/a:FRBRthis").endswith("/C20-57/!main")
    assert value(root, "//a:FRBRWork/a:FRBRcountry") == "un"
    assert value(root, "//a:FRBRWork/a:FRBRnumber") == "C20/57"
    assert value(root, "//a:FRBRWork/a:FRBRdate", "date") == "2020-03-03"
    assert value(root, "//a:FRBRExpression/a:FRBRuri") == (
        "/akn/un/doc/report/itu-council/2020/C20-57/zho@2020-03-03")
    assert value(root, "//a:FRBRExpression/a:FRBRlanguage", "language") == "zho"
    assert value(root, "//a:FRBRExpression/a:FRBRalias") == "C20/57-C"
    # "Original: English": the Chinese text is a translation of the English one
    assert value(root, "//a:FRBRtranslation", "fromLanguage") == "eng"
    assert value(root, "//a:FRBRtranslation", "href").endswith("/C20-57/eng@2020-03-03")
    assert value(root, "//a:FRBRManifestation/a:FRBRuri").endswith("zho@2020-03-03.akn")
    # every href="#x" / refersTo="#x" / as="#x" names an entry of <references>
    tlcs = {e.get("eId") for e in els(root, "//a:references/*")}
    pointers = {str(v)[1:] for e in root.iter() for k, v in e.attrib.items()
                if k in ("href", "refersTo", "as", "source", "by") and str(v).startswith("#")}
    assert pointers and pointers <= tlcs


def test_sample_summary_box(sample: Document, schema: etree.XMLSchema) -> None:
    root = export(sample, schema)
    box = one(root, "//a:preface/a:container[@name='summaryBox']")
    assert text(one(box, "a:container[@name='summary']/a:p")) == sample.summary
    assert text(one(box, "a:container[@name='actionRequired']/a:p")) == sample.action_required
    items = els(box, "a:container[@name='references']/a:blockList/a:item")
    assert [text(one(i, "a:p")) for i in items] == [r.text for r in sample.references]
    assert [one(i, "a:p/a:ref").get("href") for i in items] == [
        "/akn/un/doc/resolution/itu-pp/2018/179", "/akn/un/doc/resolution/itu-council/2009/1306"]


def test_sample_sections(sample: Document, schema: etree.XMLSchema) -> None:
    root = export(sample, schema)
    top = els(root, "//a:mainBody/*")
    assert len(top) == len(sample.sections) == 7
    assert [etree.QName(e).localname for e in top] == ["section"] * 7
    assert [e.get("eId") for e in top] == [f"sec_{n}" for n in range(1, 8)]
    first = top[0]
    assert text(one(first, "a:num")) == "1" and text(one(first, "a:heading")) == "引言"
    para = one(first, "a:paragraph")
    assert para.get("eId") == "sec_1__para_1.1"
    assert text(one(para, "a:num")) == "1.1"
    assert para.find(f"{{{AKN_NS}}}heading") is None
    # items a) and b), each holding the quote it introduces
    items = els(para, "a:content/a:blockList/a:item")
    assert [text(one(i, "a:num")) for i in items] == ["a)", "b)"]
    assert [i.get("eId") for i in items] == ["sec_1__para_1.1__list_1__item_a",
                                              "sec_1__para_1.1__list_1__item_b"]
    # bullets of 4.1 as two lists
    lists = els(root, "//a:paragraph[@eId='sec_4__para_4.1']/a:content/a:blockList")
    assert [len(els(b, "a:item")) for b in lists] == [2, 2]


def test_sample_quotes(sample: Document, schema: etree.XMLSchema) -> None:
    root = export(sample, schema)
    structures = els(root, "//a:embeddedStructure")
    assert len(structures) == len(sample.quotes) == 2
    for es, quote in zip(structures, sample.quotes, strict=True):
        assert es.get("startQuote") == "“" and es.get("endQuote") == "”"
        assert quote.instrument is not None
        assert es.get("href") == instrument_href(quote.instrument)
        assert es.get("title") == quote.source
        # the quote's paragraphs, in order, with their labels inside the quote
        paras = els(es, "a:p | a:blockList/a:item")
        got = [(text(one(p, "a:num")), text(one(p, "a:p"))) if etree.QName(p).localname
               == "item" else (None, text(p)) for p in paras]
        assert got == [(qp.label, qp.text) for qp in quote.paragraphs]
        # and the quote sits in the item that introduces it
        assert [etree.QName(a).localname for a in es.iterancestors()][:2] == ["p", "item"]
    assert [es.get("href") for es in structures] == [
        "/akn/un/doc/resolution/itu-council/2009/1306", "/akn/un/doc/resolution/itu-pp/2010/179"]
    # the quoted instrument's numbers stay inside the quote
    inner = els(structures[0], ".//a:item/a:num")
    assert [text(n) for n in inner] == ["1.1", "1.2"]
    assert "1.1" not in [text(n) for n in els(root, HIER + "/a:num") if text(n) != "1.1"]
    assert text(one(structures[1], ".//a:omissis")) == "…………"


def test_sample_outcomes_citations_signature(sample: Document,
                                             schema: etree.XMLSchema) -> None:
    root = export(sample, schema)
    outcomes = els(root, "//a:blockList[@class='outcome']")
    assert len(outcomes) == len(sample.outcomes)
    for bl, outcome in zip(outcomes, sample.outcomes, strict=True):
        assert text(one(bl, "a:listIntroduction")) == outcome.intro
        assert [text(one(i, "a:p")) for i in els(bl, "a:item")] == [
            b.text for b in outcome.bullets]
    refs = els(root, "//a:ref")
    assert [text(r) for r in refs] == [c.text for c in sample.citations]
    assert [r.get("href") for r in refs] == [instrument_href(c.instrument)
                                            for c in sample.citations]
    sig = one(root, "//a:conclusions//a:signature")
    assert text(one(sig, "a:role")) == "CWG-COP主席"
    assert text(one(sig, "a:person")) == "Abdelaziz Alzarooni"
    assert text(one(sig, "a:location")) == "阿拉伯联合酋长国"
    assert text(sig) == "CWG-COP主席\nAbdelaziz Alzarooni（阿拉伯联合酋长国）"


@pytest.mark.parametrize("path", [Path(itudocs.sample_path()), *DOCX], ids=lambda p: p.name)
def test_no_text_is_lost(path: Path, schema: etree.XMLSchema) -> None:
    doc = itudocs.parse(path)
    root = export(doc, schema)
    body = text(one(root, "//a:mainBody"))
    blocks = [*doc.blocks, *(b for s in doc.iter_sections() for b in s.blocks)]
    for block in blocks:
        if block.kind != "quote":
            assert block.text in body
    for quote in doc.quotes:
        for qp in quote.paragraphs:
            assert qp.text in body


def test_language_versions_share_the_work(schema: etree.XMLSchema) -> None:
    versions = sorted(p for p in DOCX if p.name.startswith("report-"))
    assert {p.name for p in versions} >= {"report-en.docx", "report-zh.docx"}
    roots = {p.name: export(itudocs.parse(p), schema) for p in versions}
    works = {value(r, "//a:FRBRWork/a:FRBRuri") for r in roots.values()}
    assert works == {"/akn/un/doc/report/itu-council/2020/C20-57"}
    expressions = [value(r, "//a:FRBRExpression/a:FRBRuri") for r in roots.values()]
    assert len(set(expressions)) == len(expressions)
    en, zh = roots["report-en.docx"], roots["report-zh.docx"]
    assert value(en, "//a:FRBRWork/a:FRBRuri") == value(zh, "//a:FRBRWork/a:FRBRuri")
    assert value(en, "//a:FRBRExpression/a:FRBRuri") != value(zh, "//a:FRBRExpression/a:FRBRuri")
    assert value(en, "//a:FRBRlanguage", "language") == "eng"
    assert value(zh, "//a:FRBRlanguage", "language") == "zho"
    assert value(en, "//a:FRBRExpression/a:FRBRuri").endswith("/C20-57/eng@2020-03-03")
    # English is the original: no translation; the others point at the English Expression
    assert not els(en, "//a:FRBRtranslation")
    for name, root in roots.items():
        if name != "report-en.docx":
            assert value(root, "//a:FRBRmasterExpression", "href") == value(
                en, "//a:FRBRExpression/a:FRBRuri")
    assert text(one(en, "//a:docNumber")) == "C20/57-E"


# --------------------------------------------------------------------------- IRIs, names


def with_symbol(doc: Document, symbol: str) -> Document:
    parsed = parse_symbol(symbol)
    assert parsed is not None
    return attrs.evolve(doc, header=attrs.evolve(doc.header, symbol=parsed))


def test_iris_from_the_symbol(sample: Document, schema: etree.XMLSchema) -> None:
    doc = with_symbol(sample, "C17/130(Rev.1)(Add.2)-E")
    uris = akn_uris(doc)
    assert uris.work == "/akn/un/doc/report/itu-council/2017/C17-130-Add.2"
    assert uris.expression == uris.work + "/zho@2020-03-03;rev.1"
    assert uris.manifestation == uris.expression + ".akn"
    root = export(doc, schema)
    assert value(root, "//a:FRBRversionNumber") == "rev.1"
    assert value(root, "//a:FRBRWork/a:FRBRnumber") == "C17/130(Add.2)"
    cwg = with_symbol(sample, "CWG-COP-14/3-E")
    assert akn_uris(cwg).work == "/akn/un/doc/report/itu-cwg-cop/2020/CWG-COP-14-3"
    export(cwg, schema)


def test_a_document_without_header(schema: etree.XMLSchema) -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tThe Council met.\n")
    root = export(doc, schema)
    assert one(root, "/a:akomaNtoso/a:doc").get("name") == "document"
    # Not an ITU document: no ITU author and no made-up date (issue 15).
    work = value(root, "//a:FRBRWork/a:FRBRuri")
    year = value(root, "//a:FRBRWork/a:FRBRdate", "date")[:4]
    assert work == f"/akn/un/doc/document/unknown/{year}/sha256-{doc.source.sha256[:12]}"
    assert value(root, "//a:FRBRWork/a:FRBRdate", "name") == "generation"
    assert value(root, "//a:FRBRWork/a:FRBRauthor", "href") == "#unknown"
    assert not els(root, "//a:TLCOrganization[@eId='itu']")
    assert "9999" not in etree.tostring(root, encoding="unicode")
    # Five words are too few to tell a language by: undetermined.
    assert doc.language is None
    assert value(root, "//a:FRBRlanguage", "language") == "und"
    assert not els(root, "//a:docNumber")
    empty = export(itudocs.parse_text(""), schema)
    assert els(empty, "//a:mainBody/a:p")


@pytest.mark.parametrize(("kind", "name"), [
    ("report", "report"), ("note", "note"), ("contribution", "contribution"),
    ("summary-record", "summary-record"), ("unknown", "document"),
])
def test_doc_name_is_the_documents_kind(sample: Document, kind: str, name: str) -> None:
    # The kind is read by extraction (tests/test_stages.py); the exporter only names it.
    assert doc_name(attrs.evolve(sample, kind=kind)) == name


def test_name_and_date_can_be_given(sample: Document, schema: etree.XMLSchema) -> None:
    root = to_akn_element(sample, name="note", date=dt.date(2024, 1, 2))
    assert schema.validate(root)
    assert one(root, "/a:akomaNtoso/a:doc").get("name") == "note"
    assert value(root, "//a:FRBRsubtype") == "note"
    assert value(root, "//a:FRBRWork/a:FRBRuri").startswith("/akn/un/doc/note/")
    assert value(root, "//a:FRBRManifestation/a:FRBRdate", "date") == "2024-01-02"
    assert value(root, "//a:FRBRManifestation/a:FRBRdate", "name") == "generation"
    # By default the output depends on the document alone (no generation date): a copy
    # of it gives the same bytes, and the manifestation is dated by the document.
    default = to_akn_element(sample)
    assert value(default, "//a:FRBRManifestation/a:FRBRdate", "date") == "2020-03-03"
    assert value(default, "//a:FRBRManifestation/a:FRBRdate", "name") == "document"
    assert to_akn(sample) == to_akn(Document.from_dict(sample.to_dict()))


def test_instrument_hrefs() -> None:
    assert instrument_href(InstrumentRef(
        id="itu:unga:resolution:70/1@2015", kind="resolution", number="70/1", body="UNGA",
        year=2015)) == "/akn/un/doc/resolution/unga/2015/70-1"
    assert instrument_href(InstrumentRef(
        id="itu:unknown:resolution:179", kind="resolution", number="179")) == (
        "itu:unknown:resolution:179")
    assert instrument_href(InstrumentRef(
        id="itu:doc:C20/57", kind="document", number="57", body="Council", year=2020)) == (
        "itu:doc:C20/57")


# --------------------------------------------------------------------------- robustness


def test_notes_become_authorial_notes(sample: Document, schema: etree.XMLSchema) -> None:
    section = sample.sections[1].children[0]
    block = section.blocks[0]
    noted = attrs.evolve(block, notes=(Note(kind="footnote", id="1", text="See <annex> & co.",
                                            offset=3),))
    doc = attrs.evolve(sample, sections=(
        sample.sections[0],
        attrs.evolve(sample.sections[1], children=(attrs.evolve(section, blocks=(noted,)),)),
        *sample.sections[2:]))
    root = export(doc, schema)
    note = one(root, "//a:authorialNote")
    assert note.get("marker") == "1" and note.get("placement") == "bottom"
    assert text(one(note, "a:p")) == "See <annex> & co."
    p = note.getparent()
    assert p is not None and p.text == block.text[:3] and note.tail == block.text[3:]


def test_word_features_and_control_characters(schema: etree.XMLSchema) -> None:
    from .hostile.build_hostile import word_features

    for revisions in ("accept", "reject", "all"):
        export(itudocs.parse(word_features(), revisions=revisions), schema)
    nasty = "C20/57-E\n1\tIntro \x01\x0b\ufffe x\n1.1\tA « quote » & <tag> \ud800.\n"
    root = export(itudocs.parse_text(nasty), schema)
    assert "\ufffd" in text(one(root, "//a:mainBody"))


LINES = Path(itudocs.sample_path()).read_text("utf-8").splitlines()
PIECES = st.sampled_from(["\t", "“", "”", "«", "»", "1)", "a)", "•\t", "…", "&", "<", "\x0c",
                          "\n", "1.1\t", "7\t", "Resolution 1306 (2009)", "C20/57-E", " "])


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(LINES)), st.lists(PIECES, max_size=4)),
                max_size=8),
       st.sets(st.integers(0, len(LINES) - 1), max_size=20))
def test_mutated_sample_stays_valid(schema: etree.XMLSchema,
                                    edits: list[tuple[int, list[str]]], dropped: set[int]
                                    ) -> None:
    lines = [line for i, line in enumerate(LINES) if i not in dropped]
    for at, pieces in edits:
        lines.insert(min(at, len(lines)), "".join(pieces))
    doc = itudocs.parse_text("\n".join(lines))
    root = etree.fromstring(to_akn(doc).encode("utf-8"))
    assert schema.validate(root), schema.error_log
