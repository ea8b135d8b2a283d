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


# -- issue 15: the command line's rough edges ---------------------------------------------

TRACKED = ('<w:p><w:r><w:t>1\tThe Council</w:t></w:r>'
           '<w:del w:id="1" w:author="A"><w:r><w:delText> rejected</w:delText></w:r></w:del>'
           '<w:ins w:id="2" w:author="A"><w:r><w:t> adopted</w:t></w:r></w:ins>'
           '<w:r><w:t> the plan.</w:t></w:r></w:p>')


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == "itudocs 0.1.0\n"
    pyproject = Path("pyproject.toml").read_text("utf-8")
    assert f'\nversion = "{itudocs.__version__}"\n' in pyproject  # one version, not two


@pytest.mark.parametrize(("revisions", "text"), [
    (None, "The Council adopted the plan."),
    ("accept", "The Council adopted the plan."),
    ("reject", "The Council rejected the plan."),
    ("all", "The Council rejected adopted the plan."),
])
def test_revisions_option_on_parse_and_refs(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            revisions: str | None, text: str) -> None:
    from .minidocx import make_docx

    path = tmp_path / "tracked.docx"
    path.write_bytes(make_docx(TRACKED))
    option = ["--revisions", revisions] if revisions else []
    assert main(["parse", str(path), *option]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sections"][0]["blocks"][0]["text"] == text
    changes = data["sections"][0]["blocks"][0]["changes"]
    assert (len(changes) == 2) == (revisions == "all")
    assert main(["refs", str(path), *option]) == 0  # refs takes it too


def test_revisions_option_refuses_other_values(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["parse", "--sample", "--revisions", "keep"])
    assert info.value.code == 2
    assert "invalid choice: 'keep'" in capsys.readouterr().err


def _cut_pipe(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``itudocs ARGS`` with its stdout a pipe whose reader has gone already."""
    proc = subprocess.Popen([sys.executable, "-m", "itudocs", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before the child has started to write
    err = proc.stderr.read()
    proc.stderr.close()
    return subprocess.CompletedProcess(proc.args, proc.wait(), "", err)


@pytest.mark.parametrize("args", [("schema",), ("parse", "--sample"),
                                  ("parse", "--sample", "en", "--format", "markdown"),
                                  ("refs", "src/itudocs/data/C20-57-C.tika.txt")])
def test_closed_pipe_ends_quietly_with_141(args: tuple[str, ...]) -> None:
    run = _cut_pipe(*args)
    assert run.stderr == ""  # no traceback, no "Exception ignored" at exit
    assert run.returncode == 141


def test_head_takes_the_first_line_without_a_traceback() -> None:
    run = subprocess.run(f"{sys.executable} -m itudocs parse --sample | head -1",
                         shell=True, capture_output=True, text=True, check=True)
    assert run.stdout == "{\n" and run.stderr == ""
    run = subprocess.run(f"{sys.executable} -m itudocs schema | head -2",
                         shell=True, capture_output=True, text=True, check=True)
    assert run.stdout.splitlines()[1].startswith('  "$schema"') and run.stderr == ""


def test_missing_file_and_text_named_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("Document C19/98-E\n", "utf-8")
    assert main(["parse", str(tmp_path / "gone.docx")]) == 1
    assert capsys.readouterr().err == (f"itudocs: {tmp_path / 'gone.docx'}: cannot read the "
                                       "file (No such file or directory) [missing-file]\n")
    assert main(["parse", str(fake)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"itudocs: {fake}: the file is named .docx but is not a Word package")
    assert err.endswith("[not-a-word-file]\n")
    assert main(["parse", str(fake), "--input-format", "tika-text"]) == 0
    assert json.loads(capsys.readouterr().out)["header"]["symbol"]["text"] == "C19/98-E"


def test_several_documents_in_markdown_are_each_named(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.txt"
    a.write_text("1\tFirst\n", "utf-8")
    b = tmp_path / "b-->.txt"
    b.write_text("1\tSecond\n", "utf-8")
    assert main(["parse", str(a), str(b), "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    starts = [line for line in out.splitlines() if line.startswith("<!-- itudocs: ")]
    assert starts == [f"<!-- itudocs: {a} -->", f"<!-- itudocs: {tmp_path}/b--&gt;.txt -->"]
    first, second = out.split(starts[1])
    assert "## 1 First" in first and "Second" not in first and "## 1 Second" in second
    assert main(["parse", str(a), "--format", "markdown"]) == 0  # one: as before
    assert not capsys.readouterr().out.startswith("<!--")


def test_several_documents_in_json_are_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--sample", "en", str(itudocs.sample_path("fr"))]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["language"] for line in lines] == ["en", "fr"]


def test_several_documents_in_akn_need_a_folder(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    from lxml import etree

    en, fr = str(itudocs.sample_path("en")), str(itudocs.sample_path("fr"))
    for output in ([], ["-o", str(tmp_path / "all.xml")]):
        assert main(["parse", en, fr, "--format", "akn", *output]) == 2
        assert capsys.readouterr() == ("", "itudocs parse: --format akn writes one XML "
                                       "document per file; give one PATH, or -o DIR/ for one "
                                       "file per document\n")
    assert not (tmp_path / "all.xml").exists()
    out = tmp_path / "xml"
    assert main(["parse", en, fr, "--format", "akn", "-o", f"{out}/"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["report-en.xml", "report-fr.xml"]
    for name in ("report-en.xml", "report-fr.xml"):
        etree.fromstring((out / name).read_bytes())  # each one whole XML document
    assert b"C20/57-F" in (out / "report-fr.xml").read_bytes()


def test_output_folder_for_every_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    out = tmp_path / "existing"
    out.mkdir()
    assert main(["parse", "--sample", "-o", str(out)]) == 0  # an existing folder, no slash
    assert json.loads((out / "C20-57-C.tika.json").read_text("utf-8"))["language"] == "zh"
    assert main(["parse", "--sample", "en", "--format", "markdown", "-o", str(out)]) == 0
    assert (out / "report-en.md").read_text("utf-8").startswith("# Report by the Chairman")


def test_output_folder_refuses_two_inputs_with_one_name(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    for name in ("x.docx", "x.txt"):
        (tmp_path / name).write_bytes(itudocs.sample_path("en").read_bytes()
                                      if name.endswith("docx") else b"1\tA\n")
    code = main(["parse", str(tmp_path / "x.docx"), str(tmp_path / "x.txt"),
                 "-o", str(tmp_path / "out") + "/"])
    assert code == 2
    assert "would both be written to" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()  # refused before anything was written
