"""Where users work: HTML and Markdown in notebooks, tables for pandas."""

from __future__ import annotations

import glob
from html import escape as html_escape
from pathlib import Path

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
    assert cites[0]["location"].startswith("line:31:")


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


def test_pandas_tables_keep_integers_dates_and_text_typed() -> None:
    """A document without a header beside one with: the missing values are <NA>/NaT,
    not NaN turning the years into floats."""
    pd = pytest.importorskip("pandas")
    docs = [itudocs.parse(itudocs.sample_path()), itudocs.parse_text("1\tIntroduction\n")]
    frames = itudocs.tables(docs)
    d = frames["documents"]
    assert str(d["session_year"].dtype) == "Int64"
    assert d["session_year"].tolist()[0] == 2020 and d["session_year"].isna().tolist() == [
        False, True]
    assert str(d["revision"].dtype) == "Int64"  # every value missing, still an integer column
    assert pd.api.types.is_datetime64_any_dtype(d["meeting_start"])
    assert d["meeting_start"][0].date().isoformat() == "2020-06-09"
    assert d["meeting_start"].isna().tolist() == [False, True]
    assert str(d["title"].dtype) == "string"
    assert str(frames["quotes"]["elided"].dtype) == "boolean"
    assert str(frames["citations"]["year"].dtype) == "Int64"
    for name, frame in frames.items():
        assert "loc" not in frame.columns, name  # it would shadow DataFrame.loc
        assert "location" in frame.columns or name == "documents"
    assert frames["sections"].loc[1, "section"] == "1.1"  # .loc is pandas' own again


def test_parquet_files_hold_dates_and_nullable_integers(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    pq = pytest.importorskip("pyarrow.parquet")
    from itudocs.batch import run_batch, write_tables

    text = tmp_path / "t.txt"
    text.write_text("1\tIntroduction\n", "utf-8")
    out = tmp_path / "o.jsonl"
    run_batch([str(itudocs.sample_path()), str(text)], out)
    write_tables(out, tmp_path / "tables")
    schema = pq.read_schema(tmp_path / "tables" / "documents.parquet")
    assert str(schema.field("meeting_start").type) == "date32[day]"
    assert str(schema.field("date").type) == "date32[day]"
    assert str(schema.field("session_year").type) == "int64"
    assert str(schema.field("revision").type) == "int64"  # all null: not the "null" type
    assert "string" in str(schema.field("subtitle").type)
    table = pq.read_table(tmp_path / "tables" / "documents.parquet")
    assert table.column("session_year").to_pylist() == [2020, None]
    assert [str(x) if x else None for x in table.column("meeting_start").to_pylist()] == [
        "2020-06-09", None]
    assert "loc" not in pq.read_schema(tmp_path / "tables" / "blocks.parquet").names


def test_repr_is_one_short_line(docs: list[itudocs.Document]) -> None:
    assert repr(docs[0]) == ("<Document 'C20/57-C' kind='report' language='zh' sections=17 "
                             "blocks=35 quotes=2 citations=7 warnings=0>")
    assert repr(itudocs.parse_text("Hello.\n")) == (
        "<Document None kind='unknown' language=None sections=0 blocks=1 quotes=0 "
        "citations=0 warnings=1>")
    assert all("\n" not in repr(d) and len(repr(d)) < 160 for d in docs)


def test_html_sets_lang_and_direction() -> None:
    ar = itudocs.parse(itudocs.sample_path("ar"))._repr_html_()
    assert '<div class="itudocs" lang="ar" dir="rtl">' in ar
    fr = itudocs.parse(itudocs.sample_path("fr"))._repr_html_()
    assert '<div class="itudocs" lang="fr" dir="ltr">' in fr
    unknown = itudocs.parse_text("1\tIntroduction\n")
    assert unknown.language is None
    assert '<div class="itudocs" dir="auto">' in unknown._repr_html_()


def test_html_of_a_long_document_is_cut_with_a_count() -> None:
    from itudocs.export.html import MAX_BLOCKS, document_html

    text = "".join(f"{i}\tSection {i}\n{i}.1\tParagraph {i}.1.\n{i}.2\tParagraph {i}.2.\n"
                   for i in range(1, 201))
    doc = itudocs.parse_text(text)  # 200 sections, each with 2 children of 1 block
    blocks = sum(len(s.blocks) for s in doc.iter_sections())
    assert blocks == 400 and MAX_BLOCKS == 200
    html = doc._repr_html_()
    # 200 blocks shown: sections 1-100, each with its two paragraphs
    assert "Paragraph 100.2." in html and "Paragraph 101.1." not in html
    assert "Section 101" not in html
    assert ("... 200 more blocks in 300 more sections not shown (the first 200 blocks are)"
            in html)
    assert html.count("<p>") == 200 + html.count("<p><b>")
    whole = document_html(doc, limit=None)
    assert "Paragraph 200.2." in whole and 'class="more"' not in whole
    short = itudocs.parse(itudocs.sample_path())._repr_html_()
    assert 'class="more"' not in short  # a real document is shown whole
