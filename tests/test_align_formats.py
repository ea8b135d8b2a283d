"""The formats of an alignment: JSON Lines, CSV, TMX 1.4b (read back with
translate-toolkit, the standard reader), HTML for notebooks, and ``itudocs align``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from lxml import etree

import itudocs
from itudocs import Alignment
from itudocs.cli import main
from itudocs.parallel.html import rows_html

from .conftest import FIXTURES

LANGS = ("en", "fr", "es", "zh", "ru", "ar")
SAMPLES = [str(itudocs.sample_path(lang)) for lang in LANGS]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def six() -> Alignment:
    return itudocs.align([itudocs.parse(path) for path in SAMPLES])


def with_gap() -> Alignment:
    """English and French, French without the 6.2 paragraph."""
    lines = (FIXTURES / "tika" / "report-fr.txt").read_text("utf-8").split("\n")
    fr = itudocs.parse_text("\n".join(x for x in lines if not x.startswith("6.2\t")))
    return itudocs.align([itudocs.parse(SAMPLES[0]), fr])


def test_tmx_loads_with_translate_toolkit_one_unit_per_row() -> None:
    from translate.storage.tmx import tmxfile

    alignment = six()
    store = tmxfile(io.BytesIO(alignment.to_tmx()), "en", "fr")
    assert len(store.units) == len(alignment.rows) == 52
    unit = next(u for u in store.units if u.getid() == "section:2/title")
    assert unit.source == "Adoption of the agenda"
    assert unit.target == "Adoption de l’ordre du jour"
    arabic = tmxfile(io.BytesIO(alignment.to_tmx()), "en", "ar")
    unit = next(u for u in arabic.units if u.getid() == "section:3.2/p:1")
    assert unit.target == "رحب الرئيس بالمشاركين وشكر الفريق على المساهمات المقدمة."


def test_tmx_is_version_1_4_with_the_six_language_codes() -> None:
    root = etree.fromstring(six().to_tmx())
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert header is not None
    assert header.get("srclang") == "en" and header.get("segtype") == "paragraph"
    for attr in ("creationtool", "creationtoolversion", "o-tmf", "adminlang", "datatype"):
        assert header.get(attr)
    tus = root.findall("body/tu")
    assert len(tus) == 52
    assert [tuv.get(XML_LANG) for tuv in tus[0].findall("tuv")] == list(LANGS)
    assert tus[0].get("tuid") == "header/meeting"
    assert tus[0].findtext("tuv/seg") == "Council 2020"


def test_tmx_leaves_out_a_language_without_text_and_keeps_the_unit() -> None:
    from translate.storage.tmx import tmxfile

    alignment = with_gap()
    root = etree.fromstring(alignment.to_tmx())
    tu = next(tu for tu in root.iter("tu") if tu.get("tuid") == "section:6.2/p:1")
    assert [tuv.get(XML_LANG) for tuv in tu.findall("tuv")] == ["en"]
    store = tmxfile(io.BytesIO(alignment.to_tmx()), "en", "fr")
    assert len(store.units) == len(alignment.rows) == 52


def test_jsonl_one_row_a_line_with_null() -> None:
    lines = with_gap().to_jsonl().splitlines()
    assert len(lines) == 52
    rows = [json.loads(line) for line in lines]
    gap = next(r for r in rows if r["key"] == "section:6.2/p:1")
    assert gap["texts"]["fr"] is None and gap["locs"]["fr"] is None
    assert gap["texts"]["en"].startswith("During the sixteenth meeting")
    assert set(rows[0]) == {"key", "kind", "texts", "locs", "score", "method"}


def test_csv_one_column_per_language() -> None:
    table = list(csv.reader(io.StringIO(six().to_csv())))
    assert table[0] == ["key", "kind", "score", "method", *LANGS]
    assert len(table) == 53
    row = next(r for r in table if r[0] == "section:2.1/p:1")
    assert row[4 + LANGS.index("fr")] == \
        "Les projets d’ordre du jour des quinzième et seizième réunions ont été adoptés."
    assert row[4 + LANGS.index("zh")] == "第15和16次会议起草的议程获得通过。"
    gap = next(r for r in csv.reader(io.StringIO(with_gap().to_csv()))
               if r[0] == "section:6.2/p:1")
    assert gap[5] == ""


def test_html_has_a_column_per_language_and_arabic_right_to_left() -> None:
    html = six()._repr_html_()
    assert "".join(f"<th>{lang}</th>" for lang in LANGS) in html
    assert '<td lang="ar" dir="rtl">رحب الرئيس بالمشاركين' in html
    assert '<td lang="fr" dir="ltr">Adoption de l’ordre du jour</td>' in html
    assert html.count("<tr") == 53


def test_html_marks_a_gap_and_escapes_text() -> None:
    assert 'class="none" lang="fr"' in with_gap().to_html()
    rows = [{"key": "body/p:1", "kind": "paragraph", "score": 1.0, "method": "structure",
             "texts": {"en": "a <b>bold</b> & claim", "ar": None}, "locs": {}}]
    html = rows_html(rows, ("en", "ar"))
    assert "a &lt;b&gt;bold&lt;/b&gt; &amp; claim" in html and "<b>bold" not in html


def test_html_is_cut_for_a_notebook() -> None:
    html = six().to_html(limit=10)
    assert html.count("<tr") == 11 and "42 more rows not shown" in html


def test_cli_align_writes_tmx(tmp_path: Path) -> None:
    out = tmp_path / "c20-57.tmx"
    assert main(["align", *SAMPLES, "--format", "tmx", "-o", str(out)]) == 0
    root = etree.parse(str(out)).getroot()
    assert len(root.findall("body/tu")) == 52


def test_cli_align_writes_jsonl_by_default(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["align", SAMPLES[0], str(FIXTURES / "tika" / "report-zh.txt")]) == 0
    captured = capsysbinary.readouterr()
    rows = [json.loads(line) for line in captured.out.decode("utf-8").splitlines()]
    assert len(rows) == 52 and rows[7]["texts"] == {"en": "Introduction", "zh": "引言"}
    assert b"52 rows, 52 in every language (en zh)" in captured.err


def test_cli_align_csv(tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    assert main(["align", SAMPLES[1], SAMPLES[0], "--format", "csv", "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["key", "kind", "score", "method", "en", "fr"]


def test_cli_align_refuses_other_documents(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    note = str(FIXTURES / "kinds" / "docx" / "note-fr.docx")
    out = tmp_path / "x.jsonl"
    assert main(["align", SAMPLES[0], note, "-o", str(out)]) == 16
    assert "[different-documents]" in capsys.readouterr().err
    assert not out.exists()
    assert main(["align", SAMPLES[0], note, "--force", "-o", str(out)]) == 0
    assert "[forced]" in capsys.readouterr().err


def test_cli_align_stops_on_a_file_it_cannot_read(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["align", SAMPLES[0], str(tmp_path / "missing.docx")]) == 1
    assert "missing.docx" in capsys.readouterr().err
