"""The generated ITU-style .docx fixtures (tests/fixtures/docx, built by
tests/fixtures/build_fixtures.py) and the real Tika text give the same structure."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import itudocs
from itudocs import Document

from .conftest import FIXTURES, SEED

DOCX = FIXTURES / "docx"
SECTIONS = ["1", "1.1", "2", "2.1", "3", "3.1", "3.2", "4", "4.1", "5", "5.1", "6", "6.1",
            "6.2", "7", "7.1", "7.2"]


#: The structure of the report in every language and rendering, written by hand from
#: the document (ITU-FORMAT.md §6): not computed from the English parse.
STRUCTURE: dict[str, object] = {
    "symbol": ("C", 2020, "57"),
    "dates": (dt.date(2020, 6, 9), dt.date(2020, 6, 19), dt.date(2020, 3, 3)),
    "agenda": "PL 1.5",
    "original": ("en",),
    "sections": SECTIONS,
    "titled": ["1", "2", "3", "4", "5", "6", "7"],
    # 1306's excerpt numbers its paragraphs 1.1 and 1.2; 179's has items 1) and 2) and
    # an elision
    "quotes": [("1.1", [None, "1.1", "1.2"], False),
               ("1.1", [None, None, None, "1)", "2)", None, None], True)],
    "outcomes": [("7.1", 5), ("7.2", 2)],
    "references": 2,
    "signature": True,
    "warnings": [],
}


def load(name: str) -> Document:
    return itudocs.parse(DOCX / name)


def structure(doc: Document) -> dict[str, object]:
    h = doc.header
    return {
        "symbol": h.symbol and (h.symbol.series, h.symbol.session_year, h.symbol.number),
        "dates": (h.meeting_start, h.meeting_end, h.date),
        "agenda": h.agenda_item,
        "original": h.original_languages,
        "sections": [s.number for s in doc.iter_sections()],
        "titled": [s.number for s in doc.iter_sections() if s.title],
        "quotes": [(q.section, [p.label for p in q.paragraphs], q.elided) for q in doc.quotes],
        "outcomes": [(o.section, len(o.bullets)) for o in doc.outcomes],
        "references": len(doc.references),
        "signature": doc.signature is not None,
        "warnings": [w.code for w in doc.warnings],
    }


def test_english_chinese_docx_and_chinese_tika_agree() -> None:
    assert structure(load("report-en.docx")) == STRUCTURE
    assert structure(load("report-zh.docx")) == STRUCTURE
    if SEED.exists():
        assert structure(itudocs.parse(SEED)) == STRUCTURE


def test_english_report_values() -> None:
    doc = load("report-en.docx")
    h = doc.header
    assert doc.language == "en"
    assert h.symbol is not None and h.symbol.text == "C20/57-E"
    assert (h.meeting, h.venue) == ("Council 2020", "Geneva")
    assert (h.meeting_start, h.meeting_end) == (dt.date(2020, 6, 9), dt.date(2020, 6, 19))
    assert h.date == dt.date(2020, 3, 3)
    assert h.title == ("Report by the Chairman of the Council Working Group on Child "
                       "Online Protection")
    assert h.subtitle is not None and h.subtitle.startswith("OUTCOME OF THE FIFTEENTH")
    assert doc.action_required == "The Council is invited to take note of this report."
    assert [r.text for r in doc.references] == [
        "Resolution 179 (Rev. Dubai, 2018) of the Plenipotentiary Conference",
        "Council Resolution 1306 (2009)"]
    q1, q2 = doc.quotes
    assert q1.intro == "Council 2009 resolves (excerpt from Resolution 1306):"
    assert q1.source == "Resolution 1306"
    assert q2.source == "Resolution 179 (Guadalajara, 2010)"
    assert q2.paragraphs[0].text.startswith("to maintain WG-COP")
    assert q2.paragraphs[-1].text.endswith("child online protection.")
    assert doc.outcomes[0].intro == "The main outcomes of the fifteenth meeting include:"
    assert doc.signature == itudocs.Signature(role="Chairman, CWG-COP",
                                              name="Abdelaziz Alzarooni",
                                              country="United Arab Emirates")


def test_docx_locations_are_body_paragraph_indices() -> None:
    doc = load("report-en.docx")
    s1 = doc.find("1")
    assert s1 is not None and isinstance(s1.loc, itudocs.DocxLoc)
    assert s1.loc.part == "word/document.xml"
    paragraphs = [b.loc.paragraph for s in doc.iter_sections()  # type: ignore[union-attr]
                  for b in s.blocks]
    assert paragraphs == sorted(paragraphs) and len(set(paragraphs)) == len(paragraphs)
    # The first section starts after the first-page tables (table-cell paragraphs count).
    assert s1.loc.paragraph > 10


@pytest.mark.parametrize("name", ["variant-autonum-en.docx", "variant-nobookmarks-en.docx"])
def test_variants_keep_the_structure(name: str) -> None:
    assert structure(load(name)) == STRUCTURE


def test_auto_numbered_titles_have_no_number_in_them() -> None:
    doc = load("variant-autonum-en.docx")
    s1 = doc.find("1")
    assert s1 is not None and s1.title == "Introduction"
    s21 = doc.find("2.1")
    assert s21 is not None
    assert s21.blocks[0].text == "The draft agendas of the fifteenth and sixteenth meetings were adopted."


def test_one_paragraph_quote() -> None:
    doc = load("variant-onequote-en.docx")
    assert len(doc.quotes) == 1
    (q,) = doc.quotes
    assert q.source == "Resolution 1306"
    assert len(q.paragraphs) == 1
    assert q.paragraphs[0].text.startswith("To establish a Council Working Group")
    assert q.paragraphs[0].text.endswith("to be known as WG-CP.")
    assert [s.number for s in doc.iter_sections()] == SECTIONS


def test_no_summary_box() -> None:
    doc = load("variant-nosummary-en.docx")
    assert (doc.summary, doc.action_required, doc.references) == (None, None, ())
    assert doc.header.symbol is not None and doc.header.title is not None
    assert [s.number for s in doc.iter_sections()] == SECTIONS
    assert doc.warnings == ()


def test_fixtures_are_reproducible(tmp_path: Path) -> None:
    from tests.fixtures.build_fixtures import build_all

    build_all(tmp_path)
    for built in sorted(tmp_path.glob("*.docx")):
        assert built.read_bytes() == (DOCX / built.name).read_bytes(), built.name


@pytest.mark.parametrize("name", sorted(p.name for p in DOCX.glob("*.docx")))
def test_every_paragraph_is_accounted_for(name: str) -> None:
    doc = load(name)
    acc = doc.accounting
    assert acc is not None and acc.unplaced == ()
    assert sum(n for _, n in acc.placed) == acc.paragraphs
    placed = dict(acc.placed)
    # Every non-empty paragraph went somewhere that keeps its text.
    assert set(placed) <= {"block", "continuation", "quote", "section", "signature",
                           "skipped:empty"} | {r for r in placed if r.startswith("header:")}


LANGS = ["en", "fr", "es", "zh", "ru", "ar"]
TIKA = FIXTURES / "tika"


def six(kind: str) -> dict[str, Document]:
    if kind == "docx":
        return {code: load(f"report-{code}.docx") for code in LANGS}
    return {code: itudocs.parse(TIKA / f"report-{code}.txt") for code in LANGS}


@pytest.mark.parametrize("kind", ["docx", "tika"])
def test_six_languages_give_the_same_structure(kind: str) -> None:
    docs = six(kind)
    for code, doc in docs.items():
        assert doc.language == code
        assert doc.header.symbol is not None
        assert doc.header.symbol.text == f"C20/57-{'EFSCRA'[LANGS.index(code)]}"
        assert structure(doc) == STRUCTURE, code
        assert [q.instrument.id for q in doc.quotes] == [  # type: ignore[union-attr]
            "itu:council:resolution:1306@2009", "itu:pp:resolution:179@guadalajara-2010"]
        assert [r.instrument.id for r in doc.references] == [  # type: ignore[union-attr]
            "itu:pp:resolution:179@dubai-2018", "itu:council:resolution:1306@2009"]
        assert doc.signature is not None and doc.signature.country
        assert doc.header.title and doc.header.subtitle and doc.summary and doc.action_required
        assert doc.header.meeting and doc.header.venue


def test_docx_and_tika_agree_in_every_language() -> None:
    docx, tika = six("docx"), six("tika")
    for code in LANGS:
        assert structure(docx[code]) == structure(tika[code]), code
        assert docx[code].header == tika[code].header, code


def test_generated_chinese_tika_is_the_real_one_but_for_editing_bookmarks() -> None:
    if not SEED.exists():
        pytest.skip("the real document is not available here")
    assert structure(itudocs.parse(TIKA / "report-zh.txt")) == structure(itudocs.parse(SEED))


def test_arabic_is_right_to_left() -> None:
    doc = load("report-ar.docx")
    blocks = [b for s in doc.iter_sections() for b in s.blocks]
    assert blocks and all(b.direction == "rtl" for b in blocks)
    assert all(b.direction == "ltr" for s in load("report-fr.docx").iter_sections()
               for b in s.blocks)
