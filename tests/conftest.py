from __future__ import annotations

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
