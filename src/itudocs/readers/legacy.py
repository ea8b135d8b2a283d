"""Legacy Word 97-2003 files (.doc), converted to .docx by LibreOffice.

``soffice`` runs headless with a profile folder of its own (a LibreOffice already
running, or a broken user profile, cannot take the job), under a time limit, in a
new process group that is killed whole when the time is up; the temporary folder with
the input, the profile and the converted file is removed afterwards, whatever happens.
Where ``soffice`` is not on the PATH the file gets the ``legacy-doc`` error, which says
how to install it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from itudocs.errors import (
    ConversionError,
    EncryptedDocumentError,
    LegacyWordFormatError,
    LimitExceededError,
)
from itudocs.limits import DEFAULT_LIMITS, Limits
from itudocs.readers.package import _ENCRYPTED, OLE_MAGIC, is_legacy_doc

INSTALL_HINT = ("install LibreOffice so that `soffice` is on the PATH (Debian/Ubuntu: "
                "apt-get install libreoffice-writer-nogui; macOS: brew install --cask "
                "libreoffice), or convert the file to .docx yourself")


def soffice() -> str | None:
    """The LibreOffice command on the PATH, if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_doc(data: bytes, limits: Limits = DEFAULT_LIMITS, source: str | None = None,
                command: str | None = None) -> bytes:
    """The .docx bytes LibreOffice makes of a legacy .doc's bytes."""
    if data.startswith(OLE_MAGIC) and _ENCRYPTED in data:
        raise EncryptedDocumentError("the file is password-protected (an encrypted OOXML "
                                     "package)", source=source)
    if not is_legacy_doc(data):
        raise LegacyWordFormatError("the file is not a Word 97-2003 document (no "
                                    "WordDocument stream in an OLE compound file)",
                                    source=source)
    program = command or soffice()
    if program is None:
        raise LegacyWordFormatError(
            f"the file is a Word 97-2003 binary .doc, which itudocs reads through "
            f"LibreOffice, and `soffice` was not found: {INSTALL_HINT}", source=source)
    with tempfile.TemporaryDirectory(prefix="itudocs-doc-") as tmp:
        folder = Path(tmp)
        src = folder / "input.doc"
        src.write_bytes(data)
        out_dir = folder / "out"
        out_dir.mkdir()
        args = [program, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
                "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(src)]
        _run(args, limits.conversion_timeout, folder, source)
        target = out_dir / "input.docx"
        if not target.is_file() or target.stat().st_size == 0:
            raise ConversionError("LibreOffice wrote no .docx (the .doc is damaged, "
                                  "password-protected or not a Word document)", source=source)
        size = target.stat().st_size
        if size > limits.max_input_size:
            raise LimitExceededError(f"the converted file is {size} bytes "
                                     f"(limit {limits.max_input_size})", source=source)
        return target.read_bytes()


def _run(args: list[str], timeout: float, cwd: Path, source: str | None) -> None:
    env = {**os.environ, "HOME": str(cwd), "SAL_USE_VCLPLUGIN": "svp"}
    try:
        proc = subprocess.Popen(args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as exc:
        raise ConversionError(f"cannot run LibreOffice ({exc.strerror or exc})",
                              source=source) from None
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(proc)
        raise ConversionError(f"LibreOffice took more than {timeout:g} s to convert the "
                              ".doc", source=source) from None
    except BaseException:
        _kill(proc)
        raise
    finally:
        _kill_group(proc.pid)  # a helper LibreOffice left behind goes too
    if proc.returncode != 0:
        tail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        raise ConversionError(f"LibreOffice failed (exit status {proc.returncode}"
                              f"{': ' + tail[0] if tail else ''})", source=source)


def _kill(proc: subprocess.Popen[bytes]) -> None:
    _kill_group(proc.pid)
    proc.kill()
    proc.wait()


def _kill_group(pid: int) -> None:
    with contextlib.suppress(OSError):  # gone already, or not ours to kill
        os.killpg(pid, signal.SIGKILL)
