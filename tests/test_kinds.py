"""Every kind of Council document (kinds-spec.md): for each fixture of
``tests/fixtures/kinds`` (kind x language) and each rendering (.docx, Tika text), the
values a reader sees, exactly as ``content.py`` writes them by hand.

One test per (kind, language, rendering). Each compares every expected field and fails
with the list of all fields that differ ("MISMATCH <field>: ..."), so one missing reader
does not hide the others. Fields named in a fixture's ``expected`` dict are asserted;
fields it leaves out are not (the letter's symbol, a decision's preamble blocks).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

import itudocs
from itudocs import Document, Section

from .fixtures.kinds import build
from .fixtures.kinds.content import FIXTURES, KINDS, LANGS, LETTER, Fixture

KINDS_DIR = Path(__file__).resolve().parent / "fixtures" / "kinds"
RENDERINGS = {"docx": ("docx", "docx"), "tika": ("tika", "txt")}


def fixture_path(fixture: Fixture, rendering: str) -> Path:
    folder, suffix = RENDERINGS[rendering]
    return KINDS_DIR / folder / f"{fixture.stem}.{suffix}"


# -- what the document says, in the shape of the expected values ---------------------------


def _sections(sections: tuple[Section, ...]) -> list[tuple[str, str | None, str | None]]:
    """(number, title, text of the first own block) for every section, depth first."""
    out = []
    for top in sections:
        for s in top.iter_sections():
            out.append((s.number, s.title, s.blocks[0].text if s.blocks else None))
    return out


def _symbol(symbol: itudocs.Symbol | None) -> dict[str, Any] | None:
    return None if symbol is None else attrs.asdict(symbol)


def observe(doc: Document, field: str, warnings: dict[str, list[str]]) -> Any:
    """The value of one expected field (dotted for the header and warnings);
    ``warnings`` is the fixture's expected ``{"present": [...], "absent": [...]}``."""
    h = doc.header
    if field.startswith("header."):
        name = field.removeprefix("header.")
        value = getattr(h, name)
        if name == "symbol":
            return _symbol(value)
        if name == "original_languages":
            return list(value)
        return value
    if field == "references":
        return [r.text for r in doc.references]
    if field == "blocks":
        return [b.text for b in doc.blocks]
    if field == "sections":
        return _sections(doc.sections)
    if field == "signature":
        s = doc.signature
        return None if s is None else {"role": s.role, "name": s.name, "country": s.country}
    if field == "summary_record":
        r = doc.summary_record
        if r is None:
            return None
        return {"ordinal": r.ordinal, "chair": r.chair, "date": r.date,
                "subjects": [{"number": s.number, "title": s.title,
                              "documents": [_symbol(d) for d in s.documents]}
                             for s in r.subjects]}
    if field == "contributors":
        return list(doc.contributors)
    if field == "annexes":
        return [{"label": a.label, "title": a.title, "summary": a.summary,
                 "action_required": a.action_required,
                 "references": [r.text for r in a.references],
                 "sections": _sections(a.sections)} for a in doc.annexes]
    if field == "instrument":
        return None if doc.instrument is None else doc.instrument.id
    codes = {w.code for w in doc.warnings}
    if field == "warnings.present":  # the expected codes that are there
        return sorted(codes & set(warnings["present"]))
    if field == "warnings.absent":  # the forbidden codes that are there
        return sorted(codes & set(warnings["absent"]))
    if field == "accounting.unplaced":
        return None if doc.accounting is None else list(doc.accounting.unplaced)
    return getattr(doc, field)


def flatten(expected: dict[str, Any]) -> dict[str, Any]:
    """``header`` and ``warnings`` spread into dotted fields; every fixture also
    expects nothing unplaced."""
    out: dict[str, Any] = {}
    for key, value in expected.items():
        if key == "header":
            out.update({f"header.{name}": v for name, v in value.items()})
        elif key == "warnings":
            if "present" in value:
                out["warnings.present"] = sorted(value["present"])
            if "absent" in value:
                out["warnings.absent"] = []
        else:
            out[key] = value
    out["accounting.unplaced"] = []
    return out


CASES = [pytest.param(fixture, rendering, id=f"{fixture.stem}-{rendering}")
         for fixture in FIXTURES for rendering in RENDERINGS]


@pytest.mark.parametrize(("fixture", "rendering"), CASES)
def test_kind_fixture(fixture: Fixture, rendering: str) -> None:
    doc = itudocs.parse(fixture_path(fixture, rendering))
    warnings = fixture.expected.get("warnings", {})
    wrong = {}
    for field, value in flatten(fixture.expected).items():
        got = observe(doc, field, warnings)
        if got != value:
            wrong[field] = (got, value)
    assert not wrong, "\n".join(f"MISMATCH {field}: got {got!r}, expected {value!r}"
                                for field, (got, value) in wrong.items())


# -- the fixtures themselves ---------------------------------------------------------------


def test_every_kind_in_every_language() -> None:
    assert [(f.kind, f.lang) for f in FIXTURES] == [
        (kind, lang) for lang in LANGS for kind in KINDS]
    for rendering in RENDERINGS:
        folder, suffix = RENDERINGS[rendering]
        assert sorted(p.name for p in (KINDS_DIR / folder).iterdir()) == sorted(
            f"{f.stem}.{suffix}" for f in FIXTURES)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_symbol_letter_matches_language(fixture: Fixture) -> None:
    symbol = fixture.expected["header"].get("symbol")
    if symbol is not None:
        assert symbol["language"] == fixture.lang
        assert symbol["text"].endswith(f"-{LETTER[fixture.lang]}")
    if fixture.running_header is not None:
        assert fixture.running_header.endswith(f"-{LETTER[fixture.lang]}")


def test_rebuild_is_byte_identical(tmp_path: Path) -> None:
    """``build.py`` rewrites every committed file byte for byte."""
    written = build.build_all(tmp_path / "docx", tmp_path / "tika")
    assert len(written) == 2 * len(FIXTURES)
    for path in written:
        committed = KINDS_DIR / path.parent.name / path.name
        assert path.read_bytes() == committed.read_bytes(), committed.name
