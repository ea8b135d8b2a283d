from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SEED = CORPUS / "C20-57-C.tika.txt"
PEER = CORPUS / "peer-docx"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def need(path: Path) -> Path:
    """Skip the test cleanly where ../shared is absent (a clone outside the workplace)."""
    if not path.exists():
        pytest.skip(f"{path} is not available here")
    return path


#: The fuzz tests' seed: ITUDOCS_FUZZ_SEED, else a fresh random one each run.
FUZZ_SEED = int(os.environ.get("ITUDOCS_FUZZ_SEED") or secrets.randbelow(2 ** 32))


def pytest_report_header() -> str:
    return f"itudocs fuzz seed: {FUZZ_SEED} (ITUDOCS_FUZZ_SEED={FUZZ_SEED} reproduces this run)"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed and item.nodeid.startswith("tests/test_fuzz.py"):
        report.sections.append(("itudocs fuzz seed",
                                f"rerun with ITUDOCS_FUZZ_SEED={FUZZ_SEED}"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The seed again at the end, where ``pytest -q`` (which prints no header) shows it."""
    terminalreporter.write_line(pytest_report_header())
