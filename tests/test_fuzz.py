"""Fuzz tests (issue 5): mutated real inputs give a Document or an ItuDocsError.

Inputs are mutations of real documents: the seed text ``src/itudocs/data/C20-57-C.tika.txt``
(characters, lines, TABs, quotation marks and Tika markers inserted, deleted, duplicated)
and the fixture packages in ``tests/fixtures/docx/`` (truncated, bit-flipped, zip entries
removed or duplicated, a part's XML cut or spliced with WordprocessingML fragments). The
property: ``parse`` returns a Document whose ``to_dict()`` comes back equal through
``Document.from_dict`` (directly and through JSON text), or raises an ``ItuDocsError``.
Anything else fails the test. Adversarial long lines (100,000 digits, dots, TABs,
quotation marks, ``"1." * 50000`` ...) check that no pattern backtracks catastrophically.

Every run draws fresh examples: 60 a test from a random seed, printed in pytest's
header ("itudocs fuzz seed: N") and under a failing fuzz test. The seed reproduces the
run (no example database in the default run)::

    ITUDOCS_FUZZ_SEED=N .venv/bin/python -m pytest -q tests/test_fuzz.py

A longer campaign keeps failures in ``.hypothesis/`` (replayed first on the next run)::

    ITUDOCS_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz.py -x \\
        --hypothesis-show-statistics

(5,000 examples take about a minute or two a test.) A failure prints the smallest
mutation list Hypothesis could find; turn it into a test in ``tests/test_hostile.py``.

The truncation and byte fuzzers of .docx work at two layers: on the package's bytes
(most cuts and flips stop at the zip check), and inside ``word/document.xml`` (and the
other parts), re-zipped, so that the XML parser and the reader get the broken bytes.
"""

from __future__ import annotations

import io
import json
import os
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase

import itudocs
from itudocs import Document, ItuDocsError

from .conftest import FUZZ_SEED
from .hostile.build_hostile import word_features
from .hostile.guards import deadline

EXAMPLES = int(os.environ.get("ITUDOCS_FUZZ_EXAMPLES", "0") or 0)
CAMPAIGN = EXAMPLES > 0
_SETTINGS = settings(
    max_examples=EXAMPLES if CAMPAIGN else 60,
    deadline=None,
    database=DirectoryBasedExampleDatabase(".hypothesis/examples") if CAMPAIGN else None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def FUZZ(test: Callable[..., None]) -> Callable[..., None]:
    """Hypothesis settings and the run's seed (``ITUDOCS_FUZZ_SEED``, else random)."""
    return seed(FUZZ_SEED)(_SETTINGS(test))  # type: ignore[no-any-return]

SEED = Path(itudocs.sample_path()).read_text("utf-8")
FIXTURES = {p.name: p.read_bytes()
            for p in sorted((Path(__file__).parent / "fixtures" / "docx").glob("*.docx"))}
# Tracked changes, notes, comments, text boxes, styles in a cycle (see build_hostile.py).
FIXTURES["word-features.docx"] = word_features()
REVISIONS = st.sampled_from(["accept", "reject", "all"])
DATE = (1980, 1, 1, 0, 0, 0)


def check(source: bytes | str, **kwargs: object) -> Document | None:
    """The property: a Document that round-trips, or an ItuDocsError."""
    try:
        if isinstance(source, str):
            doc = itudocs.parse_text(source)
        else:
            doc = itudocs.parse(source, **kwargs)  # type: ignore[arg-type]
    except ItuDocsError as exc:
        assert exc.reason and isinstance(exc.code, str)
        return None
    data = doc.to_dict()
    assert Document.from_dict(data) == doc
    assert Document.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == doc
    return doc


# -- text ------------------------------------------------------------------------------------
PIECES = [
    "\t", "\t\t", "\n", "\n\n", " ", "\u00a0", "\u3000", "\r", "\ufeff", "\u200f", "\u0640",
    "“", "”", "«", "»", '"', "'", "„", "‘", "’", "「", "」", "『", "…", ". . .", "[…]",
    "[bookmark: x]", "[bookmark: dnum]", "[bookmark: ", "[image: logo.png]", "[footnoteRef:1]",
    "[endnoteRef:2]", "[", "]", "(", ")", ":", "：", ";", ".", "1", "12", "١٢",
    "1\t", "1.1\t", "2.3.4\t", "1.", "a)\t", "(b)\t", "iv)\t", "•\t", "-\t", "–\t", "•  ",
    "C20/57-E", "C20/57(Rev.1)-F", "CWG-WSIS/12", "Document C20/57-E", "Original: English",
    "Date: 9 June 2020", "9-18 June 2020", "2020年6月9日", "Summary", "Action required",
    "References", "Resolution 1306 (Council 2009)", "Decision 5 (Rev. Dubai, 2018)",
    "第1306号决议", "resolves", "Houlin ZHAO\nSecretary-General", "Agenda item: ADM 7",
]

POSITION = st.integers(min_value=0, max_value=10 ** 6)
TEXT_OPS = st.one_of(
    st.tuples(st.just("insert"), POSITION, st.sampled_from(PIECES) | st.text(max_size=12)),
    st.tuples(st.just("delete"), POSITION, st.integers(1, 300)),
    st.tuples(st.just("dup-line"), POSITION, st.integers(1, 20)),
    st.tuples(st.just("drop-line"), POSITION, st.integers(1, 20)),
    st.tuples(st.just("swap-lines"), POSITION, POSITION),
    st.tuples(st.just("tab-line"), POSITION, st.sampled_from(["\t", "", "\t\t", " "])),
)


def mutate_text(text: str, ops: list[tuple[str, int, object]]) -> str:
    for kind, pos, arg in ops:
        if kind == "insert":
            i = pos % (len(text) + 1)
            text = text[:i] + str(arg) + text[i:]
        elif kind == "delete" and text:
            i = pos % len(text)
            text = text[:i] + text[i + int(arg):]  # type: ignore[call-overload]
        else:
            lines = text.split("\n")
            i = pos % len(lines)
            if kind == "dup-line":
                lines[i:i + 1] = [lines[i]] * int(arg)  # type: ignore[call-overload]
            elif kind == "drop-line":
                del lines[i:i + int(arg)]  # type: ignore[call-overload]
            elif kind == "swap-lines":
                j = int(arg) % len(lines)  # type: ignore[call-overload]
                lines[i], lines[j] = lines[j], lines[i]
            elif kind == "tab-line":
                lines[i] = str(arg) + lines[i].lstrip("\t ")
            text = "\n".join(lines)
    return text


@FUZZ
@given(ops=st.lists(TEXT_OPS, min_size=1, max_size=15))
def test_mutated_seed_text(ops: list[tuple[str, int, object]]) -> None:
    check(mutate_text(SEED, ops))


@FUZZ
@given(ops=st.lists(TEXT_OPS, min_size=1, max_size=8),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1"]),
       cut=st.none() | POSITION)
def test_mutated_seed_bytes(ops: list[tuple[str, int, object]], encoding: str,
                            cut: int | None) -> None:
    """The same through ``parse(bytes)``: other encodings, and bytes cut anywhere (in
    the middle of a UTF-8 or UTF-16 sequence too)."""
    data = mutate_text(SEED, ops).encode(encoding, "replace")
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    check(data)


@FUZZ
@given(data=st.binary(max_size=4096), prefix=st.sampled_from(
    [b"", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\xff\xfe", b"\xfe\xff",
     b"\xef\xbb\xbf"]))
def test_random_bytes(data: bytes, prefix: bytes) -> None:
    check(prefix + data)


# -- .docx -----------------------------------------------------------------------------------
FIXTURE = st.sampled_from(sorted(FIXTURES))


def rezip(original: bytes, edit: dict[str, bytes | None], duplicate: str | None = None) -> bytes:
    """The package with parts replaced (``None`` removes one) and one part written twice."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as src, \
            zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        for info in src.infolist():
            data = edit.get(info.filename, src.read(info.filename))
            if data is None:
                continue
            for _ in range(2 if info.filename == duplicate else 1):
                dst.writestr(zipfile.ZipInfo(info.filename, date_time=DATE), data)
    return buf.getvalue()


def part_names(name: str) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(FIXTURES[name])) as zf:
        return [i.filename for i in zf.infolist()]


@FUZZ
@given(name=FIXTURE, cut=POSITION, revisions=REVISIONS)
def test_docx_truncated(name: str, cut: int, revisions: str) -> None:
    data = FIXTURES[name]
    check(data[: cut % len(data)], revisions=revisions)


@FUZZ
@given(name=FIXTURE, flips=st.lists(st.tuples(POSITION, st.integers(0, 7)), min_size=1,
                                     max_size=8),
       tail=st.booleans(), revisions=REVISIONS)
def test_docx_bit_flips(name: str, flips: list[tuple[int, int]], tail: bool,
                        revisions: str) -> None:
    """Bits flipped anywhere, or (``tail``) in the last 2 KB: the zip directory."""
    data = bytearray(FIXTURES[name])
    for pos, bit in flips:
        i = len(data) - 1 - pos % 2048 if tail else pos % len(data)
        data[i] ^= 1 << bit
    check(bytes(data), revisions=revisions)


@FUZZ
@given(name=FIXTURE, data=st.data())
def test_docx_entries_removed_or_duplicated(name: str, data: st.DataObject) -> None:
    parts = part_names(name)
    removed = data.draw(st.lists(st.sampled_from(parts), max_size=3, unique=True))
    duplicate = data.draw(st.none() | st.sampled_from(parts))
    check(rezip(FIXTURES[name], dict.fromkeys(removed), duplicate),
          revisions=data.draw(REVISIONS))


def xml_parts(name: str) -> list[str]:
    return [p for p in part_names(name) if p.endswith((".xml", ".rels"))]


def read_part(name: str, part: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(FIXTURES[name])) as zf:
        return zf.read(part)


ZIP_LEVEL = ("the file is not a readable zip package", "the zip package has no Word main")


@FUZZ
@given(name=FIXTURE, data=st.data(), cut=POSITION, revisions=REVISIONS)
def test_docx_xml_part_truncated(name: str, data: st.DataObject, cut: int,
                                 revisions: str) -> None:
    """A part's XML cut short inside a sound package: the XML parser gets it. Cut
    before its root closes, word/document.xml is refused as not well-formed."""
    part = data.draw(st.sampled_from(["word/document.xml"] * 4 + xml_parts(name)))
    xml = read_part(name, part)
    root_end = xml.rstrip().rfind(b"</")
    cut = cut % root_end
    if part != "word/document.xml":
        check(rezip(FIXTURES[name], {part: xml[:cut]}), revisions=revisions)
        return
    with pytest.raises(ItuDocsError) as info:
        itudocs.parse(rezip(FIXTURES[name], {part: xml[:cut]}), revisions=revisions)
    assert type(info.value) is itudocs.CorruptPackageError
    assert info.value.reason.startswith(("word/document.xml is not well-formed XML",
                                         "word/document.xml is empty")), info.value.reason


@FUZZ
@given(name=FIXTURE, data=st.data(), revisions=REVISIONS)
def test_docx_xml_part_random_bytes(name: str, data: st.DataObject, revisions: str) -> None:
    """Random bytes written over, or inserted into, a part's XML (word/document.xml
    mostly) inside a sound package: a Document or an ItuDocsError from the XML layer or
    after it, never the zip check's."""
    part = data.draw(st.sampled_from(["word/document.xml"] * 4 + xml_parts(name)))
    xml = bytearray(read_part(name, part))
    ops = data.draw(st.lists(st.tuples(st.booleans(), POSITION, st.binary(min_size=1,
                                                                            max_size=16)),
                             min_size=1, max_size=8))
    for overwrite, pos, chunk in ops:
        i = pos % (len(xml) + 1)
        xml[i:i + len(chunk) if overwrite else i] = chunk
    package = rezip(FIXTURES[name], {part: bytes(xml)})
    try:
        itudocs.parse(package, revisions=revisions)  # type: ignore[arg-type]
    except ItuDocsError as exc:
        assert not exc.reason.startswith(ZIP_LEVEL), exc.reason
    check(package, revisions=revisions)


XML_FRAGMENTS = [
    "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:t>x</w:t>", "<w:tab/>",
    "<w:br/>", '<w:br w:type="page"/>', "<w:cr/>", "<w:noBreakHyphen/>",
    "<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", "<w:tbl>", "<w:tc>",
    '<w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr>',
    '<w:numPr><w:ilvl w:val="x"/><w:numId w:val=""/></w:numPr>',
    '<w:pStyle w:val="Heading1"/>', '<w:pStyle w:val=""/>',
    '<w:bookmarkStart w:id="9" w:name="q"/>', "<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>",
    '<w:ind w:left="-99999999999999999999"/>', '<w:ind w:left="1e9"/>',
    '<w:tcPr><w:gridSpan w:val="99999999999999"/></w:tcPr>', '<w:gridSpan w:val="-3"/>',
    '<w:ins w:id="1">', "</w:ins>", "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>",
    "<w:customXml>", "</w:customXml>", "<w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p>"
    "</w:txbxContent>", "<w:drawing/>", "<w:pict/>", "&amp;", "&lt;", "&#0;", "&#x110000;",
    "&#xD800;", "&undefined;", "<!-- c -->", "<![CDATA[x]]>", "<?pi x?>", "\x00", "\xff",
    "<mc:AlternateContent>", "<x:unbound/>", "“", "«", "1.1\t", "\t",
    '<w:ins w:id="5" w:author="A" w:date="2020-06-09T10:00:00Z"><w:r><w:t>new</w:t></w:r>'
    "</w:ins>", '<w:del w:id="6" w:author=""><w:r><w:delText>old</w:delText></w:r></w:del>',
    "<w:del>", "</w:del>", "<w:moveFrom>", "</w:moveFrom>", "<w:moveTo>", "<w:delText>x</w:delText>",
    '<w:r><w:footnoteReference w:id="1"/></w:r>', '<w:endnoteReference w:id="x"/>',
    "<w:footnoteReference/>", '<w:commentRangeStart w:id="0"/>', '<w:commentRangeEnd w:id="9"/>',
    '<w:lang w:val="ar-SA" w:bidi="ar"/>', "<w:bidi/>", '<w:bidi w:val="0"/>',
    '<w:sym w:char="F0B7"/>', '<w:sym w:char="zz"/>', "<w:txbxContent>", "</w:txbxContent>",
    "<mc:Fallback>", '<w:p w14:paraId="1234ABCD">',
]


@FUZZ
@given(name=FIXTURE, data=st.data())
def test_docx_xml_mangled(name: str, data: st.DataObject) -> None:
    """A part's XML (document.xml mostly) with byte ranges deleted and WordprocessingML
    fragments spliced in at random places."""
    parts = [p for p in part_names(name) if p.endswith((".xml", ".rels"))]
    part = data.draw(st.sampled_from(["word/document.xml"] * 4 + parts))
    with zipfile.ZipFile(io.BytesIO(FIXTURES[name])) as zf:
        xml = zf.read(part)
    ops = data.draw(st.lists(st.tuples(st.booleans(), POSITION, st.integers(1, 400),
                                       st.sampled_from(XML_FRAGMENTS)), min_size=1, max_size=6))
    for delete, pos, length, fragment in ops:
        i = pos % (len(xml) + 1)
        xml = xml[:i] + xml[i + length:] if delete else xml[:i] + fragment.encode() + xml[i:]
    check(rezip(FIXTURES[name], {part: xml}), revisions=data.draw(REVISIONS))


# -- adversarial long lines -----------------------------------------------------------------
LONG_LINES = {
    "digits": "7" * 100_000,
    "dots": "." * 100_000,
    "tabs": "\t" * 100_000,
    "quotes-curly": "“" * 100_000,
    "quotes-guillemets": "«" * 100_000,
    "quotes-mixed": "«“" * 50_000,
    "one-dot": "1." * 50_000,
    "a-paren": "a)" * 50_000,
    "roman-paren": "iv)" * 33_000,
    "paren-open": "(" * 100_000,
    "bracket-open": "[" * 100_000,
    "bookmark-open": "[bookmark: " * 10_000,
    "section-spaces": "1.1 " * 25_000,
    "section-dots": "1.1.1.1.1.1." * 10_000,
    "digit-tab": "1\t" * 50_000,
    "digit-space": "1 " * 50_000,
    "lower": "a" * 100_000,
    "spaces": " " * 100_000,
    "nbsp": "\u00a0" * 100_000,
    "ellipsis": "…" * 100_000,
    "dash": "–" * 100_000,
    "arabic-digits": "١" * 100_000,
    "rtl-marks": "\u200f" * 100_000,
    "tatweel": "\u0640" * 100_000,
    "symbol-prefix": "C20/" * 25_000,
    "symbols": "C20/57-E " * 10_000,
    "resolution-paren": "Resolution 1306 (" * 5_000,
    "resolutions": "Resolution 1306 (Council 2009), " * 3_000,
    "chinese-resolutions": "理事会第1306号决议" * 5_000,
    "dates": "9 June " * 15_000,
    "date-range": "9-18 June 2020 " * 6_000,
    "original": "Original: " * 10_000,
    "name-country": "Mr A (" * 15_000,
    "underscores": "_ " * 50_000,
}


@pytest.mark.parametrize("kind", sorted(LONG_LINES))
def test_long_line(kind: str) -> None:
    line = LONG_LINES[kind]
    with deadline(10.0, f"parse_text of {kind}"):
        check(line)
        check("Document C20/57-E\n" + line + "\n" + line)
