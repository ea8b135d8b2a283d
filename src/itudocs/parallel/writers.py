"""Writers of an alignment's rows (``Alignment.to_rows()``): JSON Lines, CSV with one
column per language, and TMX 1.4b, written with lxml alone.

TMX: one ``<tu>`` per row (``tuid`` its key), one ``<tuv xml:lang="..">`` for each
language that has a text, the row's kind, score and method as ``<prop>`` of type
``x-kind``, ``x-score``, ``x-method``. The header's ``srclang`` is English where the
alignment has it, else its first language."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from lxml import etree

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def rows_jsonl(rows: Sequence[dict[str, Any]]) -> str:
    """One JSON object a line."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def rows_csv(rows: Sequence[dict[str, Any]], languages: Sequence[str]) -> str:
    """``key, kind, score, method`` and one column per language (empty where a language
    has no text; a newline inside a text is kept, quoted, as CSV allows)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["key", "kind", "score", "method", *languages])
    for row in rows:
        writer.writerow([row["key"], row["kind"], row["score"], row["method"],
                         *(row["texts"].get(lang) or "" for lang in languages)])
    return out.getvalue()


def _clean(text: str) -> str:
    """XML 1.0 has no place for most control characters: drop them."""
    return "".join(c for c in text if c in "\t\n\r" or ord(c) >= 0x20)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("itudocs")
    except PackageNotFoundError:  # run from a source tree
        return "unknown"


def rows_tmx(rows: Sequence[dict[str, Any]], languages: Sequence[str],
             symbol: str | None = None) -> bytes:
    """A TMX 1.4b document, UTF-8."""
    root = etree.Element("tmx", version="1.4")
    srclang = "en" if "en" in languages else (languages[0] if languages else "en")
    header = etree.SubElement(root, "header", {
        "creationtool": "itudocs", "creationtoolversion": _version(),
        "segtype": "paragraph", "o-tmf": "itudocs", "adminlang": "en",
        "srclang": srclang, "datatype": "plaintext"})
    if symbol:
        etree.SubElement(header, "prop", type="x-document").text = _clean(symbol)
    body = etree.SubElement(root, "body")
    for row in rows:
        tu = etree.SubElement(body, "tu", tuid=row["key"])
        for name in ("kind", "score", "method"):
            etree.SubElement(tu, "prop", type=f"x-{name}").text = str(row[name])
        for lang in languages:
            text = row["texts"].get(lang)
            if text is None:
                continue
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: lang})
            etree.SubElement(tuv, "seg").text = _clean(text)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                pretty_print=True))
