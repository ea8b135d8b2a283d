"""Every visible character of the body comes back: for each real .docx in the peer
corpus, the text of the Document (header fields, blocks, sections, signature) holds
at least 99% of the characters of a plain lxml extraction of the body's w:t (tracked
deletions are w:delText, so both sides read changes as accepted; mc:Fallback repeats
mc:Choice and is left out of both)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import itudocs
from itudocs.limits import DEFAULT_LIMITS
from itudocs.readers.package import Package

from .conftest import PEER

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
FILES = sorted(PEER.glob("*.docx")) if PEER.exists() else []
_SKIP_KEYS = {"loc", "source", "id", "instrument", "citations", "accounting", "warnings",
              "symbol", "kind", "label", "number", "original_languages", "meeting_start",
              "meeting_end", "date", "language", "schema_version"}


def reference_text(data: bytes) -> str:
    pkg = Package(data, DEFAULT_LIMITS, None)
    root = pkg.xml(pkg.main_part)
    body = root.find(W + "body")
    if body is None:
        return ""
    # Holding the elements keeps lxml's proxies alive, so membership is by node.
    fallback = {el for fb in body.iter(FALLBACK) for el in fb.iter()}
    return "".join(t.text or "" for t in body.iter(W + "t") if t not in fallback)


def model_strings(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in _SKIP_KEYS:
                yield from model_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from model_strings(item)
    elif isinstance(value, str):
        yield value


def chars(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


@pytest.mark.skipif(not FILES, reason="../shared/corpus/peer-docx is not available here")
@pytest.mark.parametrize("path", FILES, ids=lambda f: f.name[:60])
def test_body_text_recall(path: Path) -> None:
    data = path.read_bytes()
    want = chars(reference_text(data))
    if not want:
        pytest.skip("no body text")
    doc = itudocs.parse(data)
    got = chars("".join(model_strings(doc.to_dict())))
    recall = sum(min(n, got[ch]) for ch, n in want.items()) / sum(want.values())
    assert recall >= 0.99, f"recall {recall:.4f}"
