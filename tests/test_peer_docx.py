"""Real Word files from other projects' test suites: none is an ITU document; each must
parse to a Document (with a warning that no ITU header was found) or raise the
library's own error, never any other exception."""

from __future__ import annotations

from pathlib import Path

import pytest

import itudocs

from .conftest import PEER

FILES = sorted(PEER.glob("*.docx")) if PEER.exists() else []


@pytest.mark.skipif(not FILES, reason="../shared/corpus/peer-docx is not available here")
@pytest.mark.parametrize("path", FILES, ids=lambda f: f.name[:60])
def test_peer_file_parses_or_raises_our_error(path: Path) -> None:
    try:
        doc = itudocs.parse(path)
    except itudocs.ItuDocsError as exc:
        assert exc.code and str(path) in str(exc)
        return
    assert doc.source.format == "docx"
    assert doc.header.symbol is None
    assert "no-header" in {w.code for w in doc.warnings}
    assert doc.accounting is not None and doc.accounting.unplaced == ()
    # Round-trips through the JSON contract.
    assert itudocs.Document.from_dict(doc.to_dict()) == doc
