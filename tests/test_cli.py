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
    assert len(lines) == 2 and all(json.loads(line)["schema_version"] == "1" for line in lines)
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
