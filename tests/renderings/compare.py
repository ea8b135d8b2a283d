"""What ``tests/test_renderings.py`` compares: for one fixture and one rendering, the fields
of ``itudocs.parse_text(<rendering>)`` that differ from ``itudocs.parse(<the .docx>)``.

The reference is the parser's own reading of the Word file, not ``content.py``'s expected
values: these tests ask whether a rendering loses what the .docx gives, whatever that is.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import itudocs
from itudocs import Document

HERE = Path(__file__).resolve().parent
FIXTURES_DIR = HERE.parent / "fixtures"
KNOWN_FAILURES = HERE / "known_failures.json"

# Where the Word files and their Tika texts are (the reports and their variants, then the
# 42 kinds); a variant has no Tika text, so no tika, web or flat rendering.
SOURCES = ((FIXTURES_DIR / "docx", FIXTURES_DIR / "tika"),
           (FIXTURES_DIR / "kinds" / "docx", FIXTURES_DIR / "kinds" / "tika"))

# tika: the fixture's own Tika text; pdftotext(-layout): text extracted from the PDF that
# LibreOffice makes of the .docx; web, flat: transform.web / transform.flat of the Tika text.
RENDERINGS = ("tika", "pdftotext", "pdftotext-layout", "web", "flat")
FROM_TIKA = ("tika", "web", "flat")

HEADER_FIELDS = ("symbol", "meeting", "venue", "meeting_start", "meeting_end", "agenda_item",
                 "date", "original_languages", "title", "subtitle")
FIELDS = (*HEADER_FIELDS, "language", "sections", "kind")
# What survives flattening: no line breaks means no title, venue, agenda item or sections
# that a reader could be held to.
FLAT_FIELDS = ("symbol", "meeting", "meeting_start", "meeting_end", "date",
               "original_languages", "language", "kind")
# The pseudo-field of a rendering the parser raises on.
ERROR = "error"


@dataclass(frozen=True)
class Fixture:
    name: str  # the file stem: report-en, variant-autonum-en, note-zh ...
    docx: Path
    tika: Path | None


def fixtures() -> list[Fixture]:
    out = []
    for docx_dir, tika_dir in SOURCES:
        for path in sorted(docx_dir.glob("*.docx")):
            tika = tika_dir / f"{path.stem}.txt"
            out.append(Fixture(path.stem, path, tika if tika.exists() else None))
    return out


def renderings(fixture: Fixture) -> tuple[str, ...]:
    """The renderings a fixture has."""
    if fixture.tika is None:
        return tuple(r for r in RENDERINGS if r not in FROM_TIKA)
    return RENDERINGS


def cases() -> list[tuple[Fixture, str]]:
    return [(f, r) for f in fixtures() for r in renderings(f)]


def key(fixture: Fixture, rendering: str) -> str:
    """The case's key in ``known_failures.json``."""
    return f"{fixture.name}|{rendering}"


def fields(rendering: str) -> tuple[str, ...]:
    return FLAT_FIELDS if rendering == "flat" else FIELDS


def rendering_path(fixture: Fixture, rendering: str) -> Path:
    if rendering == "tika":
        assert fixture.tika is not None, fixture.name
        return fixture.tika
    return HERE / rendering / f"{fixture.name}.txt"


def observe(doc: Document, field: str) -> Any:
    if field == "symbol":
        return None if doc.header.symbol is None else doc.header.symbol.text
    if field == "original_languages":
        return list(doc.header.original_languages)
    if field in HEADER_FIELDS:
        return getattr(doc.header, field)
    if field == "sections":
        return [s.number for s in doc.iter_sections()]
    return getattr(doc, field)  # language, kind


@cache
def reference(docx: Path) -> dict[str, Any]:
    """Every field as ``itudocs.parse`` reads it from the Word file."""
    doc = itudocs.parse(docx)
    return {field: observe(doc, field) for field in FIELDS}


def mismatches(fixture: Fixture, rendering: str) -> dict[str, tuple[Any, Any]]:
    """``{field: (got, expected)}`` for every compared field the rendering gets wrong, in
    ``FIELDS`` order; ``{"error": (message, None)}`` where parsing the rendering raises."""
    expected = reference(fixture.docx)
    text = rendering_path(fixture, rendering).read_text(encoding="utf-8")
    try:
        doc = itudocs.parse_text(text, name=key(fixture, rendering))
    except Exception as exc:  # the failure is the finding
        return {ERROR: (f"{type(exc).__name__}: {exc}", None)}
    wrong = {}
    for field in fields(rendering):
        got = observe(doc, field)
        if got != expected[field]:
            wrong[field] = (got, expected[field])
    return wrong


def _show(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return repr(value)


def message(wrong: dict[str, tuple[Any, Any]]) -> str:
    return "\n".join(f"MISMATCH {field}: got {_show(got)}, expected {_show(want)}"
                     for field, (got, want) in wrong.items())


def load_known_failures(path: Path = KNOWN_FAILURES) -> dict[str, list[str]]:
    if not path.exists():
        return {}
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def current_failures() -> dict[str, list[str]]:
    """``known_failures.json`` as the parser stands now."""
    out = {}
    for fixture, rendering in cases():
        wrong = mismatches(fixture, rendering)
        if wrong:
            out[key(fixture, rendering)] = list(wrong)
    return out


def dump_known_failures(failures: dict[str, list[str]]) -> str:
    return json.dumps(failures, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
