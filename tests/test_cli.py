"""The itudocs command: JSON and Markdown output, several files, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import itudocs
from itudocs.cli import main


def test_sample_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--sample"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["header"]["symbol"]["text"] == "C20/57-C"


def test_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--sample", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert "## 7 CWG-COP第十五次和第十六次会议的成果" in out
    assert "> *第179号决议（2010年，瓜达拉哈拉）:*" in out
    assert "- COP吉祥物将在网上公布。" in out


def test_several_paths_give_json_lines_and_errors_do_not_stop(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04garbage")
    text = tmp_path / "t.txt"
    text.write_text("1\tIntroduction\n1.1\tThe Council met.\n", "utf-8")
    code = main(["parse", str(itudocs.sample_path()), str(bad), str(text)])
    out, err = capsys.readouterr()
    assert code == itudocs.CorruptPackageError.exit_code
    lines = out.strip().split("\n")
    assert len(lines) == 2 and all(json.loads(line)["schema_version"] == "2" for line in lines)
    assert err.count("\n") == 1 and "bad.docx" in err and "[corrupt-package]" in err


def test_output_file(tmp_path: Path) -> None:
    out = tmp_path / "o.json"
    assert main(["parse", "--sample", "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["language"] == "zh"


def test_usage_error_without_paths(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse"]) == 2


def test_python_dash_m() -> None:
    run = subprocess.run([sys.executable, "-m", "itudocs", "parse", "--sample"],
                         capture_output=True, text=True, check=True)
    assert json.loads(run.stdout)["header"]["agenda_item"] == "PL 1.5"


def test_refs_table_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    sample = str(itudocs.sample_path())
    assert main(["refs", sample]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.strip().split("\n")]
    assert len(rows) == 7
    assert rows[2][1:] == ["line 38:0-27", "itu:pp:resolution:179@dubai-2018",
                           "全权代表大会第179号决议（2018年，迪拜，修订版）"]
    assert main(["refs", "--format", "jsonl", sample]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.strip().split("\n")]
    assert {x["instrument"]["id"] for x in lines} == {
        "itu:pp:resolution:179@dubai-2018", "itu:council:resolution:1306@2009",
        "itu:pp:resolution:179@guadalajara-2010"}
    assert all(x["path"] == sample for x in lines)


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == itudocs.json_schema()


@pytest.mark.parametrize("lang", ["en", "fr", "es", "zh", "ru", "ar"])
def test_sample_in_each_language(lang: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--sample", lang]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == lang
    assert [s["number"] for s in data["sections"]] == ["1", "2", "3", "4", "5", "6", "7"]
    assert data["warnings"] == []


def test_shipped_samples_are_the_fixtures() -> None:
    for lang in ("en", "fr", "es", "zh", "ru", "ar"):
        shipped = itudocs.sample_path(lang).read_bytes()
        assert shipped == (Path("tests/fixtures/docx") / f"report-{lang}.docx").read_bytes()


def test_akn_format(capsys: pytest.CaptureFixture[str]) -> None:
    from lxml import etree

    from itudocs.export.akn import akn_schema

    assert main(["parse", "--sample", "--format", "akn"]) == 0
    xml = capsys.readouterr().out.encode("utf-8")
    assert akn_schema().validate(etree.fromstring(xml))
    assert b"C20/57-C" in xml
