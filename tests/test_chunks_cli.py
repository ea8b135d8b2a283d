"""``itudocs chunks`` and the ``chunks`` table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import itudocs
from itudocs.cli import main
from itudocs.export.tables import table_rows


def test_chunks_command_writes_one_line_a_chunk(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    zh, ar = str(itudocs.sample_path()), str(itudocs.sample_path("ar"))
    assert main(["chunks", zh, ar, "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    by_doc = [r["metadata"]["symbol"] for r in rows]
    # the zh sample in 7 chunks (one per top-level section with text), then the ar one
    assert by_doc[:7] == ["C20/57-C"] * 7 and set(by_doc[7:]) == {"C20/57-A"}
    assert rows[1]["text"] == "第15和16次会议起草的议程获得通过。"
    assert rows[1]["metadata"]["section"] == "2.1" and rows[1]["index"] == 1
    assert rows[1]["first_location"] == rows[1]["last_location"]
    assert rows[1]["first_location"]["line"] == 58  # "2.1\t第15和16次..." is line 59
    assert capsys.readouterr().err == ""


def test_chunks_command_reports_oversize_sentences(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    en = str(itudocs.sample_path("en"))
    assert main(["chunks", en, "--max-chars", "200", "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    over = [r for r in rows if r["oversize"]]
    assert over and all(len(r["text"]) > 200 for r in over)
    assert all(len(r["text"]) <= 200 for r in rows if not r["oversize"])
    assert capsys.readouterr().err == (
        f"itudocs chunks: {en}: {len(over)} chunk(s) over 200 characters "
        "(a single sentence that long)\n")


def test_chunks_command_refuses_a_bad_overlap_and_says_a_missing_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    en = str(itudocs.sample_path("en"))
    assert main(["chunks", en, "--max-chars", "100", "--overlap", "51"]) == 2
    assert "--overlap" in capsys.readouterr().err
    out = tmp_path / "out.jsonl"
    missing = str(tmp_path / "nothing.docx")
    status = main(["chunks", missing, en, "-o", str(out)])
    assert status == itudocs.MissingFileError.exit_code
    assert out.read_text("utf-8").count("\n") > 0  # the other file is still written
    with pytest.raises(SystemExit):
        main(["chunks", en, "--max-chars", "0"])


def test_the_chunks_table() -> None:
    doc = itudocs.parse(itudocs.sample_path())
    rows = table_rows([doc])["chunks"]
    assert [r["section"] for r in rows] == ["1.1", "2.1", "3", "4.1", "5.1", "6", "7"]
    assert rows[0]["section_path"] == "1 引言 > 1.1"
    assert rows[0]["instruments"] == ("itu:council:resolution:1306@2009,"
                                      "itu:pp:resolution:179@guadalajara-2010")
    assert rows[1]["chars"] == len("第15和16次会议起草的议程获得通过。") == 19
    assert rows[1]["location"] == rows[1]["last_location"] == "line:58:1006-1029"
    assert not any(r["oversize"] for r in rows)
    small = table_rows([doc], max_chars=300)["chunks"]
    assert len(small) == 8
