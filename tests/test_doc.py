"""Legacy Word 97-2003 files (issue 14): ``tests/fixtures/doc/`` holds every fixture .docx
saved as .doc by LibreOffice (``soffice --headless --convert-to doc``). ``itudocs.parse``
converts a .doc back through LibreOffice and gives what the .docx gives; a missing
LibreOffice, a failed or slow conversion give typed errors and leave nothing running.

A conversion takes LibreOffice 1-2 s (a fresh profile each time), so ``itudocs.parse``
runs on a few .doc files by default and on all of them with ``ITUDOCS_ALL_DOC=1``; the
check over every fixture converts them all in one LibreOffice run. The tests that need
LibreOffice skip where ``soffice`` is absent (CI installs it); the error paths run with a
stand-in ``soffice`` script, so they need nothing.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import time
from pathlib import Path

import pytest

import itudocs
from itudocs.readers.legacy import convert_doc

from .renderings import compare
from .test_pdf import structure

DOC_DIR = Path(__file__).resolve().parent / "fixtures" / "doc"
SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not "
                                   "installed")
FIXTURES = compare.fixtures()
DEFAULT = ("report-en", "summary-record-ar")
PER_FILE = FIXTURES if os.environ.get("ITUDOCS_ALL_DOC") else [
    f for f in FIXTURES if f.name in DEFAULT]


def test_every_fixture_has_its_doc() -> None:
    assert sorted(p.stem for p in DOC_DIR.glob("*.doc")) == sorted(f.name for f in FIXTURES)
    for path in DOC_DIR.glob("*.doc"):
        assert path.read_bytes()[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # OLE, not zip


@needs_soffice
@pytest.mark.parametrize("fixture", PER_FILE, ids=lambda f: f.name)
def test_parse_doc(fixture: compare.Fixture) -> None:
    doc = itudocs.parse(DOC_DIR / f"{fixture.name}.doc")
    assert doc.source.format == "doc"
    assert structure(doc) == structure(itudocs.parse(fixture.docx))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every .doc fixture as .docx, by one LibreOffice run."""
    assert SOFFICE is not None
    out = tmp_path_factory.mktemp("converted")
    subprocess.run([SOFFICE, f"-env:UserInstallation={(out / 'profile').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(out), *sorted(str(p) for p in DOC_DIR.glob("*.doc"))],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=600)
    return out


@needs_soffice
@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda f: f.name)
def test_doc_keeps_what_the_docx_gives(converted: Path, fixture: compare.Fixture) -> None:
    """The .doc of every fixture, as LibreOffice converts it, reads as the .docx does
    (the same conversion ``itudocs.parse`` makes, here in one run for all)."""
    doc = itudocs.parse(converted / f"{fixture.name}.docx")
    assert structure(doc) == structure(itudocs.parse(fixture.docx))


# -- failures, with a stand-in soffice --------------------------------------------------


def _fake_soffice(folder: Path, body: str) -> str:
    path = folder / "soffice"
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie not yet reaped by its parent counts as gone
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


DOC = DOC_DIR / "report-en.doc"


def test_missing_soffice_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(itudocs.LegacyWordFormatError, match="apt-get install") as info:
        itudocs.parse(DOC)
    assert info.value.code == "legacy-doc"


def test_timeout_kills_the_conversion(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    # soffice starts a helper (as oosplash starts soffice.bin), then both hang
    fake = _fake_soffice(tmp_path, f"sleep 60 & echo $! >> {pids}; echo $$ >> {pids}; wait")
    start = time.monotonic()
    with pytest.raises(itudocs.ConversionError, match=r"more than 0\.5 s"):
        convert_doc(DOC.read_bytes(), itudocs.Limits(conversion_timeout=0.5), command=fake)
    assert time.monotonic() - start < 10
    started = [int(p) for p in pids.read_text().split()]
    assert len(started) == 2
    time.sleep(0.2)
    assert not any(_alive(pid) for pid in started)


def test_failed_conversion(tmp_path: Path) -> None:
    fake = _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1")
    with pytest.raises(itudocs.ConversionError, match="could not be loaded"):
        convert_doc(DOC.read_bytes(), command=fake)


def test_conversion_that_writes_nothing(tmp_path: Path) -> None:
    fake = _fake_soffice(tmp_path, "exit 0")
    with pytest.raises(itudocs.ConversionError, match=r"wrote no \.docx"):
        convert_doc(DOC.read_bytes(), command=fake)


def test_temporary_folder_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)
    fake = _fake_soffice(tmp_path, "exit 3")
    with pytest.raises(itudocs.ConversionError):
        convert_doc(DOC.read_bytes(), command=fake)
    assert [p.name for p in tmp_path.iterdir()] == ["soffice"]
