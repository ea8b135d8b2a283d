"""The PDF reader (issue 14): every fixture's PDF (LibreOffice's rendering of its .docx,
``tests/renderings/pdf/``) parsed with ``itudocs.parse`` gives what the .docx gives --
the header fields, language, kind, section numbers, quotes, outcome bullets and the
signature; the text rules (Arabic logical order, lam-alef, number ranges, Chinese
joining, hyphens kept, running headers dropped mid-paragraph); locations; typed errors
for bad PDFs; and the peer corpus of odd PDFs from other projects.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import itudocs
from itudocs.readers.pdf import read_pdf
from itudocs.readers.pdfbidi import Glyph, clusters, logical, paragraph_marks

from .renderings import compare

pypdfium2 = pytest.importorskip("pypdfium2")

PDF_DIR = compare.HERE / "pdf"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PEER = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "peer-pdf"
PEER_FILES = sorted(PEER.glob("*.pdf")) if PEER.is_dir() else []


def _norm(text: str | None) -> str | None:
    return None if text is None else " ".join(text.split())


def structure(doc: itudocs.Document) -> dict[str, Any]:
    """What a rendering must keep: the compared fields, and quotes, outcomes, signature
    (texts with their white space normalised: a Word paragraph's soft line break and a
    PDF line's end are both white space)."""
    out = {field: compare.observe(doc, field) for field in compare.FIELDS}
    out["quotes"] = [(q.section, _norm(q.source), q.elided,
                      [(p.label, _norm(p.text)) for p in q.paragraphs]) for q in doc.quotes]
    out["outcomes"] = [(o.section, _norm(o.intro), [_norm(b.text) for b in o.bullets])
                       for o in doc.outcomes]
    out["signature"] = None if doc.signature is None else (
        doc.signature.role, doc.signature.name, doc.signature.country)
    return out


@pytest.mark.parametrize("fixture", compare.fixtures(), ids=lambda f: f.name)
def test_pdf_gives_what_the_docx_gives(fixture: compare.Fixture) -> None:
    want = structure(itudocs.parse(fixture.docx))
    doc = itudocs.parse(PDF_DIR / f"{fixture.name}.pdf")
    assert doc.source.format == "pdf"
    got = structure(doc)
    wrong = {k: (got[k], want[k]) for k in want if got[k] != want[k]}
    assert not wrong, wrong
    assert doc.accounting.unplaced == ()
    # the fixtures are Word files with every field set: the comparison is not empty
    assert want["symbol"] is not None or want["kind"] in ("decision", "letter")


def test_every_block_has_a_page_and_a_box() -> None:
    doc = itudocs.parse(PDF_DIR / "report-en.pdf")
    blocks = list(doc.blocks) + [b for s in doc.iter_sections() for b in s.blocks]
    assert len(blocks) > 20
    pages = set()
    for block in blocks:
        assert isinstance(block.loc, itudocs.PdfLoc)
        x0, y0, x1, y1 = block.loc.bbox
        assert 0 <= x0 < x1 <= 595.3 and 0 <= y0 < y1 <= 841.9  # inside an A4 page
        pages.add(block.loc.page)
    assert pages == {0, 1, 2}
    section = doc.find("1.1")
    assert section is not None and isinstance(section.loc, itudocs.PdfLoc)
    assert section.loc.page == 0 and section.loc.bbox[1] > 200  # the top half of page 1
    data = doc.to_dict()
    assert data["source"]["format"] == "pdf"
    assert itudocs.Document.from_dict(data) == doc


def _texts(name: str) -> list[str]:
    doc = itudocs.parse(PDF_DIR / f"{name}.pdf")
    return [b.text for b in doc.blocks] + [b.text for s in doc.iter_sections() for b in s.blocks] \
        + [t for t in (doc.header.title, doc.header.subtitle, doc.header.meeting) if t]


def test_arabic_in_logical_order() -> None:
    doc = itudocs.parse(PDF_DIR / "report-ar.pdf")
    assert doc.header.venue == "جنيف"
    assert (doc.header.meeting_start, doc.header.meeting_end) == (
        itudocs.parse(FIXTURES / "docx" / "report-ar.docx").header.meeting_start,
        itudocs.parse(FIXTURES / "docx" / "report-ar.docx").header.meeting_end)
    text = "\n".join(_texts("report-ar"))
    assert "الأطفال" in text and "الأطفال".replace("لأ", "أل") not in text  # lam-alef
    assert "للاتحاد" in text and "لالتحاد" not in text  # lam-alef (plain alef)
    assert "(2009)" in text and ")2009(" not in text  # brackets mirrored back
    assert "(WG-CP)" in text
    section = doc.find("1.1")
    assert section is not None
    assert section.title is None or "CWG-COP" not in section.title
    assert any(b.text.startswith("طلب مؤتمر المندوبين المفوضين") for b in section.blocks)


def test_chinese_joined_without_spaces() -> None:
    doc = itudocs.parse(PDF_DIR / "report-zh.pdf")
    assert doc.header.meeting == "理事会2020年会议"
    assert doc.summary is not None
    assert "理事会2009年会议第1306号决议" in doc.summary  # no space between Chinese and digits
    assert "理事会 2009" not in doc.summary
    assert "\n".join(_texts("report-zh")).count("CWG-COP于2019年") == 1


def test_a_word_broken_at_its_own_hyphen_keeps_it() -> None:
    doc = itudocs.parse(PDF_DIR / "note-fr.pdf")
    assert doc.header.subtitle is not None
    assert "RÉPUBLIQUE-UNIE" in doc.header.subtitle  # printed "RÉPUBLIQUE-" / "UNIE"


def test_running_header_inside_a_paragraph_is_dropped() -> None:
    """A paragraph over a page break, with the running header "C20/99-E" on both pages."""
    doc = itudocs.parse(FIXTURES / "pdf" / "running-header-split.pdf")
    section = doc.find("1.1")
    assert section is not None and len(section.blocks) == 1
    text = section.blocks[0].text
    assert text.count("Vice-Chairman") == 40 and text.count("ITU-T") == 40
    assert text.endswith("This sentence ends the paragraph.") and "C20/99-E" not in text
    assert dict(doc.accounting.placed)["skipped:page-header"] == 1
    assert [s.number for s in doc.iter_sections()] == ["1", "1.1", "1.2"]


# -- right-to-left glyphs ----------------------------------------------------------------


def _glyphs(visual: str, width: float = 5.0) -> list[Glyph]:
    """Glyphs laid out left to right as drawn, one per character."""
    return [Glyph(ch, k * width, k * width + width - 0.5) for k, ch in enumerate(visual)]


@pytest.mark.parametrize(("visual", "want"), [
    # (as drawn, left to right; Arabic letters drawn right to left) -> as read
    ("يونيو"[::-1] + " 19-9", "9-19 يونيو"),  # a range in Arabic text is drawn with the 9 on the right
    ("PL 1.5", "PL 1.5"),  # a Latin word and a number: one left-to-right run
    ("C20/57-A " + "الوثيقة"[::-1], "الوثيقة C20/57-A"),
    ("(C-2001) 482 " + "المقرر"[::-1], "المقرر 482 (C-2001)"),  # two runs, brackets paired
    ("(2009) 1306 " + "القرار"[::-1], "القرار 1306 (2009)"),
])
def test_visual_to_logical(visual: str, want: str) -> None:
    assert logical(_glyphs(visual), rtl=True) == want


def test_lam_alef_ligature_letters_in_logical_order() -> None:
    # one glyph, two characters in PDFium's order (alef first), and a mark on a letter
    glyphs = [Glyph("ل", 0, 4), Glyph("ص", 5, 9), Glyph("أ", 10, 14), Glyph("ل", 10, 14),
              Glyph("ا", 15, 17)]
    assert logical(clusters(glyphs), rtl=True) == "الأصل"
    marked = [Glyph("ج", 0, 6), Glyph("َ", 2, 5), Glyph("ا", 7, 9)]
    assert logical(clusters(marked), rtl=True) == "اجَ"


def test_paragraph_marks() -> None:
    assert paragraph_marks("فريق (WG-CP(، مفتوح") == "فريق (WG-CP)، مفتوح"
    assert paragraph_marks("«نص»") == "«نص»"
    assert paragraph_marks("نص؛«") == "نص؛»"


# -- bad PDFs ------------------------------------------------------------------------------

# The smallest PDF with a page and nothing on it (no text layer).
EMPTY_PAGE = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
              b"trailer<</Root 1 0 R>>\n%%EOF\n")


def test_not_a_pdf() -> None:
    with pytest.raises(itudocs.NotAPdfError) as info:
        itudocs.parse(b"hello, world", format="pdf")
    assert info.value.code == "not-a-pdf"


def test_sniffed_by_content() -> None:
    data = (PDF_DIR / "letter-en.pdf").read_bytes()
    assert itudocs.parse(data).source.format == "pdf"  # bytes, no name


@pytest.mark.parametrize("cut", [200, 2000])
def test_damaged_pdf(cut: int) -> None:
    data = (PDF_DIR / "report-en.pdf").read_bytes()
    with pytest.raises((itudocs.CorruptPdfError, itudocs.NoTextLayerError)):
        itudocs.parse(data[:cut])


def test_garbage_after_the_signature_is_corrupt() -> None:
    with pytest.raises(itudocs.CorruptPdfError) as info:
        itudocs.parse(b"%PDF-1.7\n" + bytes(range(256)) * 10)
    assert info.value.code == "corrupt-pdf" and info.value.exit_code == 12


def test_no_text_layer() -> None:
    with pytest.raises(itudocs.NoTextLayerError, match="OCR"):
        itudocs.parse(EMPTY_PAGE)


def test_page_and_object_limits() -> None:
    path = PDF_DIR / "report-en.pdf"
    with pytest.raises(itudocs.LimitExceededError, match="3 pages"):
        itudocs.parse(path, limits=itudocs.Limits(max_pages=2))
    with pytest.raises(itudocs.LimitExceededError, match="objects"):
        itudocs.parse(path, limits=itudocs.Limits(max_page_objects=5))


@pytest.mark.skipif(not (PEER / "unstructured--example-docs_pdf_password.pdf").exists(),
                    reason="peer corpus not available")
def test_encrypted() -> None:
    with pytest.raises(itudocs.EncryptedDocumentError) as info:
        itudocs.parse(PEER / "unstructured--example-docs_pdf_password.pdf")
    assert info.value.code == "encrypted"


def test_missing_pypdfium2_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # import fails
    with pytest.raises(itudocs.MissingDependencyError, match=r"itudocs\[pdf\]"):
        itudocs.parse(PDF_DIR / "report-en.pdf")


# -- PDFs from other projects' test suites -------------------------------------------------


@pytest.mark.skipif(not PEER_FILES, reason="../shared/corpus/peer-pdf is not available here")
@pytest.mark.parametrize("path", PEER_FILES, ids=lambda p: p.name.split("--")[1])
def test_peer_pdf_parses_or_raises_ours(path: Path) -> None:
    """Each parses, or raises an ItuDocsError, within seconds; a parsed one keeps the words
    of every page that has text (a word hyphenated at a line's end counts as missed)."""
    start = time.process_time()
    try:
        doc = itudocs.parse(path)
    except itudocs.ItuDocsError as exc:
        assert exc.code in ("encrypted", "no-text-layer", "corrupt-pdf"), exc
        return
    finally:
        assert time.process_time() - start < 10
    assert doc.accounting.unplaced == ()
    stream = read_pdf(path.read_bytes())  # the reader's blocks: all the text, before stages
    blocks = stream.blocks
    ours = " ".join([b.text for b in blocks] + list(stream.page_header)
                    + [n.text for b in blocks for n in b.notes])
    have = set(re.findall(r"\w+", ours))
    pdf = pypdfium2.PdfDocument(path.read_bytes())
    pages = [re.findall(r"\w+", page.get_textpage().get_text_range()) for page in pdf]
    words = [w for page in pages for w in page]
    missed = [w for w in words if w not in have]
    assert len(missed) <= max(0.02 * len(words), 3), missed[:20]
    with_text = {n for n, page in enumerate(pages) if page}
    placed = {b.loc.page for b in blocks if isinstance(b.loc, itudocs.PdfLoc)}
    assert with_text <= placed | {n for n in with_text if len(pages[n]) <= 3}


# -- the CLI and batch take PDF and .doc ----------------------------------------------------


def test_cli_and_batch_read_a_folder_of_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    import json

    from itudocs.cli import main

    assert main(["parse", str(PDF_DIR / "report-fr.pdf")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"]["format"] == "pdf" and data["header"]["symbol"]["text"] == "C20/57-F"
    folder = tmp_path / "session"
    folder.mkdir()
    for name in ("report-en.pdf", "note-en.pdf"):
        (folder / name).write_bytes((PDF_DIR / name).read_bytes())
    (folder / "scan.pdf").write_bytes(EMPTY_PAGE)
    out = tmp_path / "out.jsonl"
    main(["batch", str(folder), "-o", str(out), "--jobs", "1"])
    rows = {Path(r["path"]).name: r for r in map(json.loads, out.read_text().splitlines())}
    assert sorted(rows) == ["note-en.pdf", "report-en.pdf", "scan.pdf"]
    assert rows["scan.pdf"]["status"] == "error"
    assert rows["scan.pdf"]["error"]["code"] == "no-text-layer"
    assert rows["report-en.pdf"]["document"]["header"]["symbol"]["text"] == "C20/57-E"
