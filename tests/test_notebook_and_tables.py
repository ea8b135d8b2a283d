"""Where users work: HTML and Markdown in notebooks, tables for pandas."""

from __future__ import annotations

import glob
from html import escape as html_escape

import pytest

import itudocs
from itudocs.export.tables import COLUMNS, TABLES, table_rows


@pytest.fixture(scope="module")
def docs() -> list[itudocs.Document]:
    paths = [str(itudocs.sample_path()), *sorted(glob.glob("tests/fixtures/docx/report-*.docx"))]
    return [itudocs.parse(p) for p in paths]


def test_document_html_shows_header_sections_quotes_outcomes(docs: list[itudocs.Document]
                                                             ) -> None:
    for doc in docs:
        html = doc._repr_html_()
        assert doc.header.symbol is not None and doc.header.symbol.text in html
        for section in doc.iter_sections():
            assert f'<span class="num">{section.number}</span>' in html
            if section.title:
                assert html_escape(section.title) in html
        assert html.count("<blockquote>") == len(doc.quotes)
        for quote in doc.quotes:
            assert quote.source is not None and quote.source in html
        assert html.count("<li>") >= sum(len(o.bullets) for o in doc.outcomes)


def test_html_escapes_text() -> None:
    doc = itudocs.parse_text("1\tIntroduction <script>alert(1)</script> & more\n")
    html = doc._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'class="warn"' in html and "no-header" in html  # warnings are visible


def test_part_reprs(docs: list[itudocs.Document]) -> None:
    doc = docs[0]
    s7 = doc.find("7")
    assert s7 is not None
    assert s7._repr_markdown_().startswith("## 7 CWG-COP第十五次和第十六次会议的成果")
    assert "7.1" in s7._repr_html_() and "7.2" in s7._repr_html_()
    assert "第179号决议（2010年，瓜达拉哈拉）" in doc.quotes[1]._repr_html_()
    assert doc.outcomes[0]._repr_html_().count("<li>") == 5
    assert doc._repr_markdown_() == itudocs.export.markdown.to_markdown(doc)


def test_table_rows(docs: list[itudocs.Document]) -> None:
    rows = table_rows(docs)
    assert set(rows) == set(TABLES)
    for name in TABLES:
        for row in rows[name]:
            assert list(row) == COLUMNS[name]
            assert row["doc"] and "symbol" in row
    assert len(rows["documents"]) == len(docs)
    key = docs[0].source.sha256  # the real document (the zh fixture has its symbol too)
    sample = [r for r in rows["sections"] if r["doc"] == key]
    assert [r["section"] for r in sample][:4] == ["1", "1.1", "2", "2.1"]
    assert sample[1]["parent"] == "1"
    bullets = [r for r in rows["outcome_bullets"] if r["doc"] == key]
    assert [(r["section"], r["bullet"]) for r in bullets] == (
        [("7.1", i) for i in range(5)] + [("7.2", i) for i in range(2)])
    cites = [r for r in rows["citations"] if r["doc"] == key]
    assert cites[0]["instrument"] == "itu:council:resolution:1306@2009"
    assert cites[0]["loc"].startswith("line:31:")


def test_pandas_tables(docs: list[itudocs.Document]) -> None:
    pytest.importorskip("pandas")
    frames = itudocs.tables(docs)
    assert list(frames) == list(TABLES)
    for name, frame in frames.items():
        assert list(frame.columns) == COLUMNS[name]
    assert len(frames["documents"]) == len(docs)
    assert len(frames["quotes"]) == 2 * len(docs)
    joined = frames["sections"].merge(frames["documents"][["doc", "language"]], on="doc")
    assert len(joined) == len(frames["sections"])
    empty = itudocs.tables([])
    assert all(list(f.columns) == COLUMNS[n] and f.empty for n, f in empty.items())
