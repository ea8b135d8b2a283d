"""The same documents as other pipelines hold them (ITU-FORMAT.md section 10): for every
fixture .docx and every rendering of it -- its Tika text, the text pdftotext extracts from
its PDF (reading order and ``-layout``), web-page text and flattened text
(``tests/renderings/``, built by ``tests/renderings/build.py``) -- ``itudocs.parse_text``
of the rendering must read what ``itudocs.parse`` reads from the .docx: the header fields,
``language``, the section numbers (depth first) and ``kind``; for flattened text only the
fields that survive flattening (``compare.FLAT_FIELDS``).

One test per (fixture, rendering), listing every field that differs. The parser does not
read most renderings yet: the cases ``tests/renderings/known_failures.json`` lists are
``xfail(strict=True)``, and fail for real as soon as their fields differ from the ones
listed there, fewer (fixed) or more (broken). Rewrite the file with
``.venv/bin/python tests/renderings/build.py --known-failures`` and commit the diff.
"""

from __future__ import annotations

import pytest

from .renderings import compare, transform

KNOWN = compare.load_known_failures()
REGENERATE = ".venv/bin/python tests/renderings/build.py --known-failures"


class RenderingMismatch(AssertionError):
    """The fields listed in known_failures.json, and only those, differ."""


def _case(fixture: compare.Fixture, rendering: str) -> object:
    known = KNOWN.get(compare.key(fixture, rendering))
    marks = []
    if known:
        marks.append(pytest.mark.xfail(strict=True, raises=RenderingMismatch,
                                       reason=f"known_failures.json: {', '.join(known)}"))
    return pytest.param(fixture, rendering, id=f"{fixture.name}-{rendering}", marks=marks)


CASES = [_case(f, r) for f, r in compare.cases()]


@pytest.mark.parametrize(("fixture", "rendering"), CASES)
def test_rendering(fixture: compare.Fixture, rendering: str) -> None:
    wrong = compare.mismatches(fixture, rendering)
    known = KNOWN.get(compare.key(fixture, rendering), [])
    text = compare.message(wrong)
    if set(wrong) == set(known):
        if wrong:
            raise RenderingMismatch(text)
        return
    fixed = [f for f in known if f not in wrong]
    broken = [f for f in wrong if f not in known]
    raise AssertionError(
        f"known_failures.json is out of date for {compare.key(fixture, rendering)}:"
        f" now right {fixed}, now wrong {broken}; rewrite it with {REGENERATE}\n{text}")


# -- the committed files -------------------------------------------------------------------


def test_known_failures_name_real_cases() -> None:
    keys = {compare.key(f, r) for f, r in compare.cases()}
    stale = sorted(set(KNOWN) - keys)
    assert not stale, f"no such case: {stale}; rewrite the file with {REGENERATE}"
    for case, names in KNOWN.items():
        allowed = (*compare.fields(case.split("|")[1]), compare.ERROR)
        assert names and set(names) <= set(allowed), case


def test_every_rendering_is_there() -> None:
    fixtures = compare.fixtures()
    assert len(fixtures) == 52
    assert sum(f.tika is None for f in fixtures) == 4  # the variants
    for folder, suffix in (("pdf", "pdf"), ("pdftotext", "txt"), ("pdftotext-layout", "txt")):
        assert sorted(p.name for p in (compare.HERE / folder).iterdir()) == sorted(
            f"{f.name}.{suffix}" for f in fixtures), folder
    for folder in ("web", "flat"):
        assert sorted(p.name for p in (compare.HERE / folder).iterdir()) == sorted(
            f"{f.name}.txt" for f in fixtures if f.tika is not None), folder


@pytest.mark.parametrize("fixture", [f for f in compare.fixtures() if f.tika is not None],
                         ids=lambda f: f.name)
def test_web_and_flat_match_their_tika_text(fixture: compare.Fixture) -> None:
    """The committed files are what ``transform`` makes now (run build.py --texts)."""
    assert fixture.tika is not None
    tika = fixture.tika.read_text(encoding="utf-8")
    assert compare.rendering_path(fixture, "web").read_text(encoding="utf-8") == transform.web(tika)
    assert compare.rendering_path(fixture, "flat").read_text(encoding="utf-8") == transform.flat(tika)


# -- the transforms ------------------------------------------------------------------------

TIKA = (
    "\n\n2\nC20/57-E\n"  # the running header comes first
    "\tCouncil 2020\nGeneva, 9-19 June 2020\n\t[bookmark: ditulogo][image: ]\n\n"
    "\t\n\t\n\n"  # a row of empty cells
    "\t[bookmark: dmeeting]PL 1.5\n\tDocument C20/57-E\n\n"
    "\t\n\t3 March 2020\n\n\n"
    "Houlin ZHAO\nSecretary-General\n\n"
    "1\tIntroduction\n1.1\tThe Council met.\na)\tCouncil 2009 resolves:\n"
    "\t“To establish a group\n•\tA bullet\n"
)


def test_web() -> None:
    assert transform.web(TIKA) == (
        "2\n\nC20/57-E\n\n"
        "Council 2020\n\nGeneva, 9-19 June 2020\n\n"  # the empty image cell joins nothing
        "PL 1.5 / Document C20/57-E\n\n"
        "3 March 2020\n\n"
        "Houlin ZHAO\n\nSecretary-General\n\n"
        "1Introduction\n\n1.1The Council met.\n\na)Council 2009 resolves:\n\n"
        "“To establish a group\n\n• A bullet\n\n")


def test_web_paragraph() -> None:
    assert transform.web_paragraph("1\tIntroduction") == "1Introduction"
    assert transform.web_paragraph("7.2\tAt the meeting") == "7.2At the meeting"
    assert transform.web_paragraph("iv)\tto do") == "iv)to do"
    assert transform.web_paragraph("\t\t“quoted") == "“quoted"
    assert transform.web_paragraph("Year\t2020") == "Year 2020"
    assert transform.web_paragraph("[bookmark: dmeeting]PL 1.5") == "PL 1.5"


def test_flat() -> None:
    assert transform.flat("\tDocument C18/77-E\n2 May 2018\nOriginal: English\n") == (
        "\tDocument C18/77-E2 May 2018Original: English")
    assert transform.flat(TIKA).count("\n") == 0
    assert transform.flat("a\r\nb\n\nc") == "abc"

