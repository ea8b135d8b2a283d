"""itudocs batch: input order, error rows, resume, interruption, several processes."""

from __future__ import annotations

import json
import pickle
import shutil
import sys
from pathlib import Path

import pytest

import itudocs
from itudocs.batch import expand_inputs, parse_row, run_batch
from itudocs.cli import main

from .conftest import FIXTURES


@pytest.fixture()
def inputs(tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "docx" / "report-en.docx", folder / "a.docx")
    (folder / "b.docx").write_bytes(b"PK\x03\x04 broken")
    shutil.copy(itudocs.sample_path(), folder / "c.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "d.txt").write_text("Hello.\n", "utf-8")
    return [str(folder)]


def rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("jobs", [1, 2])
def test_order_statuses_and_error_rows(inputs: list[str], tmp_path: Path, jobs: int) -> None:
    out = tmp_path / "out.jsonl"
    counts = run_batch(inputs, out, jobs=jobs)
    got = rows(out)
    assert [Path(str(r["path"])).name for r in got] == ["a.docx", "b.docx", "c.txt", "d.txt"]
    assert [r["status"] for r in got] == ["ok", "error", "ok", "warning"]
    assert got[1]["error"] == {"code": "corrupt-package",
                               "message": got[1]["error"]["message"]}  # type: ignore[index]
    assert got[1]["document"] is None
    doc = itudocs.Document.from_dict(got[2]["document"])  # type: ignore[arg-type]
    assert doc.header.symbol is not None and doc.header.symbol.text == "C20/57-C"
    assert counts == {"ok": 2, "warning": 1, "error": 1, "skipped": 0, "ignored": 0}


def test_list_file_input(inputs: list[str], tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    files = expand_inputs(inputs)
    listing.write_text("# the documents\n" + "\n".join(reversed(files)) + "\n", "utf-8")
    assert expand_inputs([f"@{listing}"]) == list(reversed(files))


def test_resume_skips_what_is_done_and_mends_a_cut_line(inputs: list[str], tmp_path: Path
                                                        ) -> None:
    out = tmp_path / "out.jsonl"
    run_batch(inputs, out)
    full = out.read_text("utf-8").splitlines(keepends=True)
    # As if the run had died while writing the third line.
    out.write_text("".join(full[:2]) + full[2][:40], "utf-8")
    counts = run_batch(inputs, out, resume=True)
    assert counts["skipped"] == 2 and counts["ok"] + counts["warning"] == 2
    assert out.read_text("utf-8").splitlines(keepends=True) == full


def test_interruption_keeps_complete_lines(inputs: list[str], tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    calls = []

    def worker(path: str) -> tuple[str, str]:
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return parse_row(path)

    with pytest.raises(KeyboardInterrupt):
        run_batch(inputs, out, worker=worker)
    assert len(rows(out)) == 2  # two whole lines, nothing cut
    counts = run_batch(inputs, out, resume=True)
    assert counts["skipped"] == 2 and len(rows(out)) == 4


def test_cli_batch(inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "o.jsonl"
    assert main(["batch", *inputs, "-o", str(out), "--jobs", "2"]) == 20  # one input failed
    assert len(rows(out)) == 4
    assert capsys.readouterr().err == f"itudocs batch: 2 ok, 1 warning, 1 error -> {out}\n"


def test_documents_pickle() -> None:
    """parse is a pure function of bytes whose result pickles (Dask, Spark ...)."""
    data = itudocs.sample_path().read_bytes()
    doc = itudocs.parse(data)
    assert pickle.loads(pickle.dumps(doc)) == doc == itudocs.parse(data)


def test_dask_recipe_on_the_local_scheduler() -> None:
    db = pytest.importorskip("dask.bag")
    paths = [str(p) for p in sorted((FIXTURES / "docx").glob("*.docx"))]
    symbols = (db.from_sequence(paths, npartitions=2)
               .map(lambda p: itudocs.parse(p).to_dict()["header"]["symbol"]["text"])
               .compute(scheduler="sync"))
    assert symbols == [itudocs.parse(p).header.symbol.text for p in paths]  # type: ignore[union-attr]
    assert len(symbols) >= 6


def test_parquet_tables(inputs: list[str], tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "o.jsonl"
    assert main(["batch", *inputs, "-o", str(out), "--jobs", "1",
                 "--tables", str(tmp_path / "tables")]) == 20  # b.docx failed
    docs = pd.read_parquet(tmp_path / "tables" / "documents.parquet")
    assert len(docs) == 3  # the broken file has no document
    sections = pd.read_parquet(tmp_path / "tables" / "sections.parquet")
    assert set(sections["symbol"].dropna()) == {"C20/57-E", "C20/57-C"}


# -- issue 15: exit codes, files passed over, --jobs, --tables, --revisions ---------------

def test_exit_codes_none_some_all_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                         ) -> None:
    good = str(itudocs.sample_path("en"))
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 broken")
    missing = str(tmp_path / "missing.docx")
    out = str(tmp_path / "o.jsonl")
    assert main(["batch", good, "-o", out, "--jobs", "1"]) == 0
    assert main(["batch", good, str(bad), "-o", out, "--jobs", "1"]) == 20
    assert main(["batch", str(bad), missing, "-o", out, "--jobs", "1"]) == 21
    assert [r["error"]["code"] for r in rows(Path(out))] == [  # type: ignore[index]
        "corrupt-package", "missing-file"]
    capsys.readouterr()
    # Nothing left to do after --resume is not a failure, even when the file holds errors.
    assert main(["batch", str(bad), missing, "-o", out, "--jobs", "1", "--resume"]) == 0
    assert capsys.readouterr().err == f"itudocs batch: 2 skipped -> {out}\n"


def test_files_passed_over_in_folders_are_counted_and_named(
        inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = Path(inputs[0])
    (folder / "minutes.xlsx").write_bytes(b"PK\x03\x04")
    (folder / "~$a.docx").write_bytes(b"\x00owner")  # Word's lock file
    (folder / "._a.docx").write_bytes(b"\x00\x05\x16\x07")  # macOS resource fork
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text("not a document", "utf-8")
    (folder / "sub" / "old.PPT").write_bytes(b"x")
    explicit = tmp_path / "listed.pdf"  # outside the folder
    explicit.write_bytes(b"%PDF-1.7")
    out = tmp_path / "o.jsonl"
    ignored: list[str] = []
    counts = run_batch([*inputs, str(explicit)], out, ignored=ignored)
    assert ignored == [f"{folder}/._a.docx", f"{folder}/.git/", f"{folder}/minutes.xlsx",
                       f"{folder}/sub/old.PPT", f"{folder}/~$a.docx"]
    assert counts["ignored"] == 5
    # A file named as an INPUT is always tried, whatever its name.
    assert [Path(str(r["path"])).name for r in rows(out)] == [
        "a.docx", "b.docx", "c.txt", "d.txt", "listed.pdf"]
    assert main(["batch", *inputs, "-o", str(out), "--jobs", "1"]) == 20
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"itudocs batch: ignored 5 in folders (not .docx, .pdf, .doc or .txt, hidden, or a "
        f"Word lock file): {', '.join(ignored)}",
        f"itudocs batch: 2 ok, 1 warning, 1 error, 5 ignored -> {out}"]


def test_many_files_passed_over_are_named_up_to_twenty(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(25):
        (folder / f"f{i:02}.xlsx").write_bytes(b"PK")
    assert main(["batch", str(folder), "-o", str(tmp_path / "o.jsonl")]) == 0
    first = capsys.readouterr().err.splitlines()[0]
    assert first.endswith(f"{folder}/f19.xlsx and 5 more") and "f20.xlsx" not in first


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_jobs_must_be_one_or_more(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                  jobs: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["batch", "x.docx", "-o", str(tmp_path / "o.jsonl"), "--jobs", jobs])
    assert info.value.code == 2
    assert "argument --jobs:" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()
    with pytest.raises(ValueError, match="jobs must be 1 or more, not 0"):
        run_batch(["x.docx"], tmp_path / "o.jsonl", jobs=0)


@pytest.mark.parametrize("missing", ["pandas", "pyarrow"])
def test_tables_checks_its_extra_before_parsing(
        inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setitem(sys.modules, missing, None)  # import fails as if not installed
    out = tmp_path / "o.jsonl"
    code = main(["batch", *inputs, "-o", str(out), "--tables", str(tmp_path / "t")])
    assert code == 1
    assert capsys.readouterr().err == (f"itudocs batch: --tables: Parquet tables need {missing}: "
                                       "pip install 'itudocs[parquet]'\n")
    assert not out.exists()  # nothing was parsed


@pytest.mark.parametrize(("revisions", "text"), [("accept", "The Council adopted the plan."),
                                                 ("reject", "The Council rejected the plan.")])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_revisions_option_on_batch(tmp_path: Path, revisions: str, text: str, jobs: str) -> None:
    from .minidocx import make_docx
    from .test_cli import TRACKED

    for name in ("t1.docx", "t2.docx"):
        (tmp_path / name).write_bytes(make_docx(TRACKED))
    out = tmp_path / "o.jsonl"
    assert main(["batch", str(tmp_path / "t1.docx"), str(tmp_path / "t2.docx"), "-o", str(out),
                 "--jobs", jobs, "--revisions", revisions]) == 0
    for row in rows(out):
        doc = row["document"]
        assert doc["sections"][0]["blocks"][0]["text"] == text  # type: ignore[index]


def test_dask_recipe_in_the_docs_writes_valid_json_lines(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    """The recipe of docs/batch.md, run as written: every record ends with a newline,
    so the partitions' files concatenate into valid JSON Lines."""
    dask = pytest.importorskip("dask")
    pytest.importorskip("dask.bag")
    doc = (Path(__file__).resolve().parent.parent / "docs" / "batch.md").read_text("utf-8")
    recipe = doc.split("With Dask", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    assert "to_textfiles" in recipe
    monkeypatch.chdir(tmp_path)
    with dask.config.set(scheduler="sync"):
        exec(compile(recipe, "docs/batch.md", "exec"), {})
    files = sorted((tmp_path / "out").glob("*.jsonl"))
    assert len(files) == 2
    joined = "".join(f.read_text("utf-8") for f in files)
    assert joined.endswith("\n")
    records = [json.loads(line) for line in joined.splitlines()]
    assert [r["header"]["symbol"]["text"] for r in records] == ["C20/57-E", "C20/57-F"]
