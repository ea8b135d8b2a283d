"""Every command shown in the docs runs as written and prints what the docs say.

The ``console`` blocks of README.md and docs/*.md are sessions: a ``$ `` line is a
command, the lines after it (up to the next command) its output, stdout and stderr
together. Each block runs in one temporary folder, in order, with ``tests/`` of this
repository beside it and ``a.docx``, ``b.docx`` (the English and French sample reports)
in it; ``...`` in an expected line stands for any text (a path that differs between
machines). Synopses (``text`` and ``sh`` blocks with placeholders) are not run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import itudocs

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"```console\n(.*?)```", re.S)
_MARK = "@@itudocs-docs-step@@"


def _sessions() -> list[tuple[str, int, list[tuple[str, list[str]]]]]:
    out = []
    for page in PAGES:
        text = page.read_text("utf-8")
        for n, m in enumerate(_BLOCK.finditer(text)):
            steps: list[tuple[str, list[str]]] = []
            for line in m.group(1).splitlines():
                if line.startswith("$ "):
                    steps.append((line[2:], []))
                elif steps:
                    steps[-1][1].append(line)
            out.append((page.name, n, steps))
    return out


SESSIONS = _sessions()


def _matches(expected: list[str], got: list[str]) -> bool:
    while expected and not expected[-1].strip():  # the blank line before the next "$"
        expected = expected[:-1]
    while got and not got[-1].strip():
        got = got[:-1]
    if len(expected) != len(got):
        return False
    return all(re.fullmatch(".*".join(map(re.escape, e.split("..."))), g)
               for e, g in zip(expected, got, strict=True))


def test_the_docs_hold_sessions() -> None:
    assert sum(len(steps) for _, _, steps in SESSIONS) >= 10


@pytest.mark.parametrize(("page", "n", "steps"), SESSIONS,
                         ids=[f"{p}-{n}" for p, n, _ in SESSIONS])
def test_console_session(page: str, n: int, steps: list[tuple[str, list[str]]],
                         tmp_path: Path) -> None:
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    shutil.copy(itudocs.sample_path("en"), tmp_path / "a.docx")
    shutil.copy(itudocs.sample_path("fr"), tmp_path / "b.docx")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}"
           f"{os.environ.get('PATH', '')}", "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    # One shell for the session, so that "echo $?" sees the command before it; a
    # marker line after each command cuts the output into steps.
    script = "".join(f"{command}\n__rc=$?\nprintf '\\n{_MARK}\\n'\n(exit $__rc)\n"
                     for command, _ in steps)
    run = subprocess.run(["bash", "-c", script], cwd=tmp_path, env=env, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
    outputs = run.stdout.split(f"\n{_MARK}\n")
    for (command, expected), got in zip(steps, outputs[:len(steps)], strict=True):
        lines = got.splitlines()
        assert _matches(expected, lines), (
            f"{page}: $ {command}\n--- the docs say:\n" + "\n".join(expected)
            + "\n--- it printed:\n" + "\n".join(lines))
