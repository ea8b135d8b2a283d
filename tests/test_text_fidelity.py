"""Every visible character of the body comes back: for each real .docx in the peer
corpus, the text of the Document (header fields, blocks, sections, signature) holds
at least 99% of the characters of a plain lxml extraction of the body's w:t (tracked
deletions are w:delText, so both sides read changes as accepted; mc:Fallback repeats
mc:Choice and is left out of both)."""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

import itudocs

from .conftest import FIXTURES, PEER

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
FILES = sorted(PEER.glob("*.docx")) if PEER.exists() else []
_SKIP_KEYS = {"loc", "source", "id", "instrument", "citations", "accounting", "warnings",
              "symbol", "kind", "label", "number", "original_languages", "meeting_start",
              "meeting_end", "date", "language", "schema_version"}


def reference_text(data: bytes) -> str:
    """The body's w:t text, read with zipfile and lxml alone (not the library's package
    reader, so that a break there shows): the main part named by the package
    relationship, in the Transitional or the Strict namespace."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        rels = etree.fromstring(zf.read("_rels/.rels"), _PARSER)
        target = next(r.get("Target") for r in rels
                      if r.get("Type", "").endswith("/officeDocument"))
        root = etree.fromstring(zf.read(target.lstrip("/")), _PARSER)
    ns = next(n for n in (W, W_STRICT) if root.tag == n + "document")
    body = root.find(ns + "body")
    if body is None:
        return ""
    # Holding the elements keeps lxml's proxies alive, so membership is by node.
    fallback = {el for fb in body.iter(FALLBACK) for el in fb.iter()}
    return "".join(t.text or "" for t in body.iter(ns + "t") if t not in fallback)


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
    _recall(path, 0.99)


@pytest.mark.parametrize("path", sorted((FIXTURES / "docx").glob("*.docx")), ids=lambda f: f.name)
def test_fixture_body_text_recall(path: Path) -> None:
    """The ITU fixtures (here without ../shared): what the model leaves out is labels
    ("Document", "Original:"), the dates it reads as dates, bullet signs and the box's
    underscores: under 1% of the characters, 3% of the shorter Chinese text's."""
    _recall(path, 0.96 if path.name.endswith("-zh.docx") else 0.99)


def _recall(path: Path, least: float) -> None:
    data = path.read_bytes()
    want = chars(reference_text(data))
    doc = itudocs.parse(data)
    got = chars("".join(model_strings(doc.to_dict())))
    if not want:  # no body text: the model holds none either
        assert not got, "".join(got.elements())[:200]
        return
    recall = sum(min(n, got[ch]) for ch, n in want.items()) / sum(want.values())
    assert recall >= least, f"recall {recall:.4f}"
