"""itudocs batch: input order, error rows, resume, interruption, several processes."""

from __future__ import annotations

import json
import pickle
import shutil
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
    assert counts == {"ok": 2, "warning": 1, "error": 1, "skipped": 0}


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
    assert main(["batch", *inputs, "-o", str(out), "--jobs", "2"]) == 0
    assert len(rows(out)) == 4
    assert "1 error" in capsys.readouterr().err


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
                 "--tables", str(tmp_path / "tables")]) == 0
    docs = pd.read_parquet(tmp_path / "tables" / "documents.parquet")
    assert len(docs) == 3  # the broken file has no document
    sections = pd.read_parquet(tmp_path / "tables" / "sections.parquet")
    assert set(sections["symbol"].dropna()) == {"C20/57-E", "C20/57-C"}
