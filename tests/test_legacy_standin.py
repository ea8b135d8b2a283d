"""The LibreOffice conversion of a .doc (``itudocs.readers.legacy``), pinned with a
stand-in ``soffice`` script that records how it was called and writes a .docx of its
own: the exact command line, the environment and working folder it runs in, the file
it is given, and each error's message. Nothing here needs LibreOffice."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

import itudocs
from itudocs.readers import legacy
from itudocs.readers.legacy import convert_doc, soffice

DOC = Path(__file__).resolve().parent / "fixtures" / "doc" / "report-en.doc"
DOCX = Path(__file__).resolve().parent / "fixtures" / "docx" / "report-en.docx"


def _script(folder: Path, name: str, body: str) -> str:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def _recording_soffice(folder: Path, output: Path | None) -> str:
    """A stand-in that writes its arguments (one a line), HOME, SAL_USE_VCLPLUGIN, its
    working folder, what it read on stdin and a copy of the input it was given into
    ``folder``, then copies ``output`` (if any) to the --outdir as input.docx."""
    log = folder / "log"
    copy = f'cp "{output}" "$outdir/input.docx"' if output else ":"
    return _script(folder, "soffice", f"""
for a in "$@"; do echo "$a" >> {log}/args; done
echo "$HOME" > {log}/home
echo "$SAL_USE_VCLPLUGIN" > {log}/vcl
pwd > {log}/cwd
cat > {log}/stdin
outdir=""
prev=""
for a in "$@"; do
  if [ "$prev" = "--outdir" ]; then outdir="$a"; fi
  prev="$a"
done
for a in "$@"; do last="$a"; done
cp "$last" {log}/input
ls "$outdir" > {log}/outdir-before
{copy}
""")


@pytest.fixture
def log(tmp_path: Path) -> Path:
    folder = tmp_path / "log"
    folder.mkdir()
    return folder


def test_soffice_is_found_on_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    one = tmp_path / "one"
    two = tmp_path / "two"
    one.mkdir()
    two.mkdir()
    monkeypatch.setenv("PATH", f"{one}")
    assert soffice() is None
    _script(two, "libreoffice", "exit 0")
    monkeypatch.setenv("PATH", f"{one}{os.pathsep}{two}")
    assert soffice() == str(two / "libreoffice")
    _script(one, "soffice", "exit 0")
    # soffice first, wherever libreoffice is
    monkeypatch.setenv("PATH", f"{two}{os.pathsep}{one}")
    assert soffice() == str(one / "soffice")


def test_conversion_command_line_environment_and_folder(tmp_path: Path, log: Path) -> None:
    fake = _recording_soffice(tmp_path, DOCX)
    data = DOC.read_bytes()
    assert convert_doc(data, command=fake) == DOCX.read_bytes()
    args = (log / "args").read_text().splitlines()
    cwd = Path((log / "cwd").read_text().strip())
    assert cwd.name.startswith("itudocs-doc-")
    assert args == [f"-env:UserInstallation={(cwd / 'profile').as_uri()}",
                    "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                    "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(cwd / "out"),
                    str(cwd / "input.doc")]
    assert (log / "home").read_text().strip() == str(cwd)
    assert (log / "vcl").read_text().strip() == "svp"
    assert (log / "stdin").read_bytes() == b""
    assert (log / "input").read_bytes() == data
    assert (log / "outdir-before").read_text() == ""  # the out folder exists, empty
    assert not cwd.exists()  # removed afterwards


def test_conversion_keeps_the_callers_environment(tmp_path: Path, log: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ITUDOCS_PROBE", "kept")
    fake = _script(tmp_path, "soffice", f'echo "$ITUDOCS_PROBE" > {log}/probe; exit 1')
    with pytest.raises(itudocs.ConversionError):
        convert_doc(DOC.read_bytes(), command=fake)
    assert (log / "probe").read_text().strip() == "kept"


def test_soffice_on_the_path_is_used(tmp_path: Path, log: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    _recording_soffice(tmp_path, DOCX)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ.get('PATH', '')}")
    assert convert_doc(DOC.read_bytes()) == DOCX.read_bytes()
    assert (log / "args").read_text().splitlines()[1] == "--headless"


def test_encrypted_package_is_refused_before_conversion(tmp_path: Path, log: Path) -> None:
    fake = _recording_soffice(tmp_path, DOCX)
    data = legacy.OLE_MAGIC + b"\0" * 8 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(itudocs.EncryptedDocumentError) as info:
        convert_doc(data, command=fake, source="x.doc")
    assert info.value.message == ("x.doc: the file is password-protected (an encrypted "
                                  "OOXML package)")
    assert not (log / "args").exists()


def test_encrypted_marker_without_ole_is_not_a_doc(tmp_path: Path) -> None:
    data = b"\0" * 8 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(itudocs.LegacyWordFormatError) as info:
        convert_doc(data, command=_recording_soffice(tmp_path, DOCX))
    assert info.value.message == ("the file is not a Word 97-2003 document (no "
                                  "WordDocument stream in an OLE compound file)")


def test_ole_file_without_word_stream_is_refused(tmp_path: Path, log: Path) -> None:
    fake = _recording_soffice(tmp_path, DOCX)
    with pytest.raises(itudocs.LegacyWordFormatError) as info:
        convert_doc(legacy.OLE_MAGIC + b"\0" * 100, command=fake, source="y.doc")
    assert info.value.message == ("y.doc: the file is not a Word 97-2003 document (no "
                                  "WordDocument stream in an OLE compound file)")
    assert not (log / "args").exists()


def test_missing_soffice_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(itudocs.LegacyWordFormatError) as info:
        convert_doc(DOC.read_bytes(), source="z.doc")
    assert info.value.message == (
        "z.doc: the file is a Word 97-2003 binary .doc, which itudocs reads through "
        "LibreOffice, and `soffice` was not found: install LibreOffice so that `soffice` "
        "is on the PATH (Debian/Ubuntu: apt-get install libreoffice-writer-nogui; macOS: "
        "brew install --cask libreoffice), or convert the file to .docx yourself")


def test_empty_output_is_no_docx(tmp_path: Path) -> None:
    fake = _script(tmp_path, "soffice", 'for a in "$@"; do last="$a"; done\n'
                   ': > "$(dirname "$last")/out/input.docx"')
    with pytest.raises(itudocs.ConversionError) as info:
        convert_doc(DOC.read_bytes(), command=fake, source="e.doc")
    assert info.value.message == ("e.doc: LibreOffice wrote no .docx (the .doc is damaged, "
                                  "password-protected or not a Word document)")


def test_output_folder_instead_of_file_is_no_docx(tmp_path: Path) -> None:
    fake = _script(tmp_path, "soffice", 'for a in "$@"; do last="$a"; done\n'
                   'mkdir "$(dirname "$last")/out/input.docx"')
    with pytest.raises(itudocs.ConversionError, match=r"wrote no \.docx"):
        convert_doc(DOC.read_bytes(), command=fake)


def test_converted_size_limit(tmp_path: Path, log: Path) -> None:
    fake = _recording_soffice(tmp_path, DOCX)
    size = DOCX.stat().st_size
    # at the limit it passes, one byte under it does not
    assert convert_doc(DOC.read_bytes(), itudocs.Limits(max_input_size=size),
                       command=fake) == DOCX.read_bytes()
    with pytest.raises(itudocs.LimitExceededError) as info:
        convert_doc(DOC.read_bytes(), itudocs.Limits(max_input_size=size - 1),
                    command=fake, source="big.doc")
    assert info.value.message == (f"big.doc: the converted file is {size} bytes "
                                  f"(limit {size - 1})")


def test_failure_message_keeps_the_last_line_of_stderr(tmp_path: Path) -> None:
    fake = _script(tmp_path, "soffice", "echo first >&2; echo 'last words  ' >&2; exit 7")
    with pytest.raises(itudocs.ConversionError) as info:
        convert_doc(DOC.read_bytes(), command=fake, source="f.doc")
    assert info.value.message == "f.doc: LibreOffice failed (exit status 7: last words)"


def test_failure_message_without_stderr(tmp_path: Path) -> None:
    fake = _script(tmp_path, "soffice", "exit 5")
    with pytest.raises(itudocs.ConversionError) as info:
        convert_doc(DOC.read_bytes(), command=fake)
    assert info.value.message == "LibreOffice failed (exit status 5)"


def test_failure_message_with_undecodable_stderr(tmp_path: Path) -> None:
    fake = _script(tmp_path, "soffice", r"printf 'bad \377 byte\n' >&2; exit 2")
    with pytest.raises(itudocs.ConversionError) as info:
        convert_doc(DOC.read_bytes(), command=fake)
    assert info.value.message == "LibreOffice failed (exit status 2: bad \ufffd byte)"


def test_command_that_cannot_run(tmp_path: Path) -> None:
    path = tmp_path / "soffice"
    path.write_text("not a program")  # not executable
    with pytest.raises(itudocs.ConversionError) as info:
        convert_doc(DOC.read_bytes(), command=str(path), source="g.doc")
    assert info.value.message == "g.doc: cannot run LibreOffice (Permission denied)"


def test_timeout_message_and_source(tmp_path: Path) -> None:
    fake = _script(tmp_path, "soffice", "sleep 30")
    with pytest.raises(itudocs.ConversionError) as info:
        convert_doc(DOC.read_bytes(), itudocs.Limits(conversion_timeout=0.25), command=fake,
                    source="slow.doc")
    assert info.value.message == ("slow.doc: LibreOffice took more than 0.25 s to convert "
                                  "the .doc")


def test_conversion_runs_alone_in_a_new_session_without_stdin_or_stdout(
        tmp_path: Path, log: Path, capfd: pytest.CaptureFixture[str]) -> None:
    fake = _script(tmp_path, "soffice", f"""
set -- $(cat /proc/$$/stat)
echo "$1 $6" > {log}/session
cat > {log}/stdin
echo "said on stdout"
exit 1""")
    read, write = os.pipe()
    os.write(write, b"typed on stdin")
    os.close(write)
    saved = os.dup(0)
    os.dup2(read, 0)
    try:
        with pytest.raises(itudocs.ConversionError):
            convert_doc(DOC.read_bytes(), command=fake)
    finally:
        os.dup2(saved, 0)
        os.close(saved)
        os.close(read)
    pid, session = (log / "session").read_text().split()
    assert pid == session  # the leader of a session of its own
    assert (log / "stdin").read_bytes() == b""
    assert "said on stdout" not in capfd.readouterr().out


def test_interrupted_conversion_is_killed(tmp_path: Path, log: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _script(tmp_path, "soffice", f"echo $$ > {log}/pid; sleep 30")

    def interrupted(self: subprocess.Popen[bytes], timeout: float | None = None) -> None:
        while not (log / "pid").exists():
            time.sleep(0.01)
        raise RuntimeError("interrupted")

    monkeypatch.setattr(subprocess.Popen, "communicate", interrupted)
    with pytest.raises(RuntimeError, match="interrupted"):
        convert_doc(DOC.read_bytes(), command=fake)
    pid = int((log / "pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # killed and reaped
