"""Hostile input (issue 5): whatever itudocs is given, ``parse`` answers quickly with a
Document or raises one of its own ``ItuDocsError`` subclasses — never another exception,
never a hang, never all the memory.

The corpus is ``tests/hostile/files/``, written by ``tests/hostile/build_hostile.py``
(see its docstring); a file missing there is built into a temporary directory. Every
bug these files found (crashes on out-of-range symbols and numbering, lying bzip2
members, tree bombs, quadratic text paths ...) is fixed and kept here as a regression
test.

Time limits here (``deadline``) are a safety net that interrupts a hang; the behaviour
is what the tests assert.
"""

from __future__ import annotations

import bz2
import io
import json
import re
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

import itudocs
from itudocs import (
    ConversionError,
    CorruptPackageError,
    EncryptedDocumentError,
    ItuDocsError,
    LegacyWordFormatError,
    LimitExceededError,
    NotAWordFileError,
    NotTextError,
    UnsupportedFormatError,
)

from .hostile.build_hostile import (
    BUILDERS,
    FILES,
    body,
    build_all,
    docx,
    fifty_mb_text,
    raw_member,
)
from .hostile.guards import deadline

REPORT_EN = Path(__file__).resolve().parent / "fixtures" / "docx" / "report-en.docx"
BUDGET = 10.0  # seconds: a generous safety net for any one hostile file


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths = {name: FILES / name for name in BUILDERS}
    missing = [name for name, path in paths.items() if not path.exists()]
    if missing:
        paths.update(build_all(tmp_path_factory.mktemp("hostile"), missing))
    return paths


def _raises(path: Path, cls: type[ItuDocsError], reason: str, **kwargs: object) -> ItuDocsError:
    """Parse ``path``: it must raise exactly ``cls`` whose reason matches ``reason``, and
    whose message names the file."""
    with deadline(BUDGET, path.name), pytest.raises(ItuDocsError) as info:
        itudocs.parse(path, **kwargs)  # type: ignore[arg-type]
    exc = info.value
    assert type(exc) is cls, f"{type(exc).__name__}: {exc}"
    assert exc.code == cls.code
    assert exc.source == str(path)
    assert str(exc).startswith(f"{path}: ")
    assert re.search(reason, exc.reason), exc.reason
    return exc


def _parses(path: Path, **kwargs: object) -> itudocs.Document:
    with deadline(BUDGET, path.name):
        doc = itudocs.parse(path, **kwargs)  # type: ignore[arg-type]
    assert itudocs.Document.from_dict(doc.to_dict()) == doc
    return doc


# -- files that must be refused, with the exact error --------------------------------------
REFUSED: dict[str, tuple[type[ItuDocsError], str]] = {
    # declared 1 GiB: refused from the zip directory, nothing inflated
    "zip-bomb.docx": (LimitExceededError,
                      r"^word/document\.xml inflates to 1073742025 bytes \(limit 134217728\)$"),
    "zip-bomb-ratio.docx": (LimitExceededError,
                            r"^word/document\.xml has a compression ratio of 10[0-9]{2} "
                            r"\(limit 1000\): a zip bomb\?$"),
    "zip-bomb-declared.docx": (LimitExceededError,
                               r"^word/document\.xml inflates to 4000000000 bytes"),
    # the stream holds 4 MiB, the header says 1000 bytes: only 1000 are read
    "zip-bomb-lying.docx": (CorruptPackageError,
                            r"^word/document\.xml is not well-formed XML .*column 1001"),
    "many-entries.docx": (LimitExceededError, r"^the package has 20000 entries \(limit 10000\)$"),
    "zip-encrypted-member.docx": (CorruptPackageError,
                                  r"^word/document\.xml cannot be read .*password required"),
    "zip-unknown-method.docx": (CorruptPackageError,
                                r"^word/document\.xml uses zip compression method"),
    "zip-bad-crc.docx": (CorruptPackageError, r"^word/document\.xml cannot be read .*Bad CRC-32"),
    "deep-nesting.docx": (LimitExceededError, r"^word/document\.xml nests its XML too deeply"),
    "deep-nesting-styles.docx": (LimitExceededError, r"^word/styles\.xml nests its XML too deeply"),
    "not-xml.docx": (CorruptPackageError, r"^word/document\.xml is not well-formed XML"),
    "encrypted.docx": (EncryptedDocumentError, r"^the file is password-protected"),
    "ole-other.xls": (UnsupportedFormatError, r"^the file is an OLE compound file"),
    "random.bin": (NotTextError, r"^the input holds a NUL byte \(at offset \d+\)"),
    "truncated.docx": (CorruptPackageError, r"^the file is not a readable zip package"),
    "no-document.docx": (CorruptPackageError, r"^the zip package has no Word main document"),
    "pk-only.docx": (CorruptPackageError, r"^the file is not a readable zip package"),
    "invalid-utf8.txt": (NotTextError, r"^the input is not UTF-8 text \(bad byte at offset 33\)$"),
    "invalid-utf16.txt": (NotTextError, r"^the text is not valid UTF-16$"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused(corpus: dict[str, Path], name: str) -> None:
    cls, reason = REFUSED[name]
    _raises(corpus[name], cls, reason)


def test_legacy_doc_without_libreoffice(corpus: dict[str, Path],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A Word 97-2003 file where LibreOffice is not installed: the error says how."""
    monkeypatch.setenv("PATH", "")
    _raises(corpus["legacy.doc"], LegacyWordFormatError,
            r"Word 97-2003 binary \.doc.*`soffice` was not found: install LibreOffice")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_hostile_legacy_doc_with_libreoffice(corpus: dict[str, Path]) -> None:
    """An OLE file that names a WordDocument stream and holds nothing: LibreOffice cannot
    convert it, a typed error says so."""
    _raises(corpus["legacy.doc"], ConversionError, r"LibreOffice")


def test_zip_bomb_is_real(corpus: dict[str, Path]) -> None:
    """The bomb is not just a header: a file under 4 KB that declares over 1 GiB, and
    whose bzip2 stream really inflates (checked on its first 64 MiB, bounded)."""
    path = corpus["zip-bomb.docx"]
    assert path.stat().st_size < 4096
    with zipfile.ZipFile(path) as zf:
        assert zf.getinfo("word/document.xml").file_size > 1024 ** 3
    raw = raw_member(path.read_bytes(), "word/document.xml")
    out = bz2.BZ2Decompressor().decompress(raw, max_length=64 * 1024 * 1024)
    assert len(out) == 64 * 1024 * 1024


# -- libxml2's own resource limits ----------------------------------------------------------
@pytest.mark.parametrize("name", ["billion-laughs.docx", "huge-text-node.docx"])
def test_libxml2_limits_refuse_without_expanding(corpus: dict[str, Path], name: str) -> None:
    """Billion laughs (10^9 "lol") and a 12 MB text node: libxml2 stops both at once.
    The outcome is an ItuDocsError naming the file; nothing is expanded."""
    path = corpus[name]
    with deadline(BUDGET, name), pytest.raises(ItuDocsError) as info:
        itudocs.parse(path)
    assert info.value.source == str(path)
    assert isinstance(info.value, (LimitExceededError, CorruptPackageError))


@pytest.mark.parametrize(("name", "reason"), [
    ("billion-laughs.docx", r"^word/document\.xml is over the XML parser's limits "
                            r"\(Maximum entity amplification factor exceeded"),
    ("huge-text-node.docx", r"^word/document\.xml is over the XML parser's limits "
                            r"\(Resource limit exceeded: Text node too long"),
])
def test_libxml2_limits_are_limit_errors(corpus: dict[str, Path], name: str, reason: str) -> None:
    _raises(corpus[name], LimitExceededError, reason)


# -- files that parse -------------------------------------------------------------------------
def test_xxe_is_not_resolved(corpus: dict[str, Path]) -> None:
    """External entities (file:///etc/passwd, http://127.0.0.1:9/) are neither read nor
    fetched: the Document holds none of the file."""
    doc = _parses(corpus["xxe.docx"])
    out = itudocs.to_json(doc)
    assert "root:" not in out and "/bin/" not in out
    assert doc.blocks[0].text.startswith("before")


def test_xxe_keeps_text_around_the_entity(corpus: dict[str, Path]) -> None:
    doc = _parses(corpus["xxe.docx"])
    assert doc.blocks[0].text.split() == ["before", "after"]


def test_xxe_parameter_entity(corpus: dict[str, Path]) -> None:
    doc = _parses(corpus["xxe-parameter-entity.docx"])
    assert "root:" not in itudocs.to_json(doc)
    assert [b.text for b in doc.blocks] == ["text"]


def test_deep_but_allowed(corpus: dict[str, Path]) -> None:
    """100 levels of w:customXml around a paragraph: within the default depth limit."""
    doc = _parses(corpus["nest-100.docx"])
    assert [b.text for b in doc.blocks] == ["deep"]


def test_empty_paragraphs(corpus: dict[str, Path]) -> None:
    """100,000 empty paragraphs from a 10 KB file: a Document, every paragraph accounted
    for, nothing placed."""
    doc = _parses(corpus["empty-paragraphs.docx"])
    assert doc.accounting is not None and doc.accounting.paragraphs == 100_000
    assert doc.accounting.placed == (("skipped:empty", 100_000),)
    assert doc.sections == () and doc.blocks == ()
    assert [w.code for w in doc.warnings] == ["no-header"]


def test_empty_file(corpus: dict[str, Path]) -> None:
    """Decision: an empty file is readable input — the Tika text of an empty document —
    so it gives an empty Document with the "no-header" warning, as ``parse_text("")``
    does. An error is kept for input that cannot be read; forcing ``format="docx"``
    on it is one."""
    doc = _parses(corpus["empty.txt"])
    assert [w.code for w in doc.warnings] == ["no-header"]
    assert doc.sections == () and doc.blocks == () and doc.header.symbol is None
    assert doc.source.format == "tika-text"
    assert itudocs.parse(b"") == itudocs.parse_text("")
    _raises(corpus["empty.txt"], NotAWordFileError, r"no zip signature", format="docx")


def test_control_characters_are_text(corpus: dict[str, Path]) -> None:
    """Control characters other than NUL are text: a Document, no header."""
    doc = _parses(corpus["control-chars.txt"])
    assert [w.code for w in doc.warnings] == ["no-header"]


@pytest.mark.parametrize("revisions", ["accept", "reject", "all"])
def test_word_features_tangled(corpus: dict[str, Path], revisions: str) -> None:
    """Nested and moved tracked changes, a missing and a self-referring footnote,
    unbalanced comment ranges, a text box in a text box with a fallback copy, absurd
    table spans, out-of-range list levels, a style cycle: a Document in every revisions
    mode, with each change read as the mode says."""
    doc = _parses(corpus["word-features.docx"], revisions=revisions)
    out = itudocs.to_json(doc)
    assert ("an inserted paragraph" in out) is (revisions != "reject")
    assert ("a deleted paragraph" in out) is (revisions != "accept")
    assert "fallback copy" not in out
    assert "an endnote" in out and "a comment" in out
    assert doc.header.symbol is not None and doc.header.symbol.text == "C20/57-E"


def test_relationship_to_itself(corpus: dict[str, Path]) -> None:
    """The package relationship names _rels/.rels as the main document: that part has no
    w:body, so the Document is empty (and says it has no header)."""
    doc = _parses(corpus["rels-cycle.docx"])
    assert doc.blocks == () and doc.accounting is not None and doc.accounting.paragraphs == 0
    assert [w.code for w in doc.warnings] == ["no-header"]


def test_relationships_out_of_the_package(corpus: dict[str, Path]) -> None:
    """Targets climbing out of the package (../../etc/passwd) are never followed; the main
    document is found by its content type."""
    doc = _parses(corpus["rels-escape.docx"])
    assert [b.text for b in doc.blocks] == ["x"]


# -- bugs: hostile values inside well-formed WordprocessingML -------------------------------
def test_sym_out_of_range(corpus: dict[str, Path]) -> None:
    doc = _parses(corpus["sym-out-of-range.docx"])
    assert doc.blocks[0].text.endswith("x")


def test_numbering_superscript_digit(corpus: dict[str, Path]) -> None:
    doc = _parses(corpus["numbering-superscript-digit.docx"])
    assert doc.blocks[0].text == "item"


def test_numbering_huge_start(corpus: dict[str, Path]) -> None:
    """A start of 10^15 (over 12 digits) is no start: the list counts from 1 ("a)")."""
    doc = _parses(corpus["numbering-huge-start.docx"])
    assert [(b.kind, b.label, b.text) for b in doc.blocks] == [("item", "a)", "item")]


def test_numbering_4300_digits(corpus: dict[str, Path]) -> None:
    """A start of 4,300 digits is no start either: the two items are numbered 1. and 2.
    (a Word list that is no heading: list items, not sections)."""
    doc = _parses(corpus["numbering-4300-digits.docx"])
    assert list(doc.iter_sections()) == []
    assert [(b.kind, b.label, b.text) for b in doc.blocks] == [
        ("item", "1.", "item"), ("item", "2.", "item")]


def test_zip_version_too_new(corpus: dict[str, Path]) -> None:
    _raises(corpus["zip-version-too-new.docx"], CorruptPackageError, r"zip file version 8\.4")


CHILD = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    import itudocs
    try:
        doc = itudocs.parse(sys.argv[1])
    except itudocs.ItuDocsError as exc:
        print(type(exc).__name__, exc.reason)
    else:
        print("Document", doc.accounting.paragraphs)
""")


def _in_child(path: Path) -> str:
    """Parse ``path`` in a child process capped at 1 GiB of address space: what it
    prints (the error class and reason, or "Document N"), its traceback on a crash."""
    if sys.platform != "linux":
        pytest.skip("needs RLIMIT_AS")
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                         text=True, timeout=120)
    return out.stdout + out.stderr


def test_lying_bzip2_bomb_in_bounded_memory(corpus: dict[str, Path]) -> None:
    out = _in_child(corpus["zip-bomb-lying-bzip2.docx"])
    assert out == ("CorruptPackageError word/document.xml uses zip compression method 12; "
                   "Word packages use deflate\n"), out


def test_tree_bomb_in_bounded_memory(corpus: dict[str, Path]) -> None:
    """Within 1 GiB the answer must be a LimitExceededError (or a Document), not an
    out-of-memory failure."""
    out = _in_child(corpus["tree-bomb.docx"])
    assert out == ("LimitExceededError word/document.xml holds about 15727685 XML elements "
                   "(limit 2000000)\n"), out


def test_many_paragraphs_answer_quickly() -> None:
    data = docx(body("<w:p/>" * 1_900_000))
    assert len(data) < 20_000
    with deadline(5.0, "1.9 million empty paragraphs"), pytest.raises(LimitExceededError) as info:
        itudocs.parse(data)
    assert info.value.reason == "the document has more than 200000 paragraphs (1900000)"


# -- hostile text -----------------------------------------------------------------------------
def test_fifty_megabytes_of_text(tmp_path: Path) -> None:
    """50 MB of plain text (106,229 lines): a Document within the safety net."""
    path = fifty_mb_text(tmp_path / "fifty.txt")
    assert path.stat().st_size == 50_000_000
    with deadline(20.0, "50 MB text"):
        doc = itudocs.parse(path)
    assert doc.accounting is not None
    assert doc.accounting.paragraphs == path.read_bytes().count(b"\n") + 1
    assert doc.source.format == "tika-text"
    assert len(doc.sections) > 50_000


def test_text_over_the_input_limit(tmp_path: Path) -> None:
    path = fifty_mb_text(tmp_path / "big.txt", size=2_000_000)
    _raises(path, LimitExceededError, r"^the file is 2000000 bytes \(limit 1000000\)$",
            limits=itudocs.Limits(max_input_size=1_000_000))


def test_continuation_lines_are_linear() -> None:
    """10,000 lines of 1,000 lower-case characters (10 MB): each continues the one before.
    The same text with capitals parses in about 1 s."""
    text = ("resolves " * 111 + "\n") * 10_000
    with deadline(5.0, "10 MB of continuation lines"):
        itudocs.parse_text(text)


def test_unclosed_quotes_are_linear() -> None:
    text = ("«" + "x" * 1000 + "\n") * 10_000
    with deadline(3.0, "10 MB of unclosed quotes"):
        itudocs.parse_text(text)


# -- lower limits ------------------------------------------------------------------------------
def test_limit_part_size() -> None:
    _raises(REPORT_EN, LimitExceededError, r"^word/document\.xml inflates to [0-9]+ bytes "
            r"\(limit 10000\)$", limits=itudocs.Limits(max_part_size=10_000))


def test_limit_total_size() -> None:
    _raises(REPORT_EN, LimitExceededError, r"inflates past the size limit",
            limits=itudocs.Limits(max_total_size=100_000))


def test_limit_entries() -> None:
    _raises(REPORT_EN, LimitExceededError, r"^the package has [0-9]+ entries \(limit 10\)$",
            limits=itudocs.Limits(max_entries=10))


def test_limit_ratio(corpus: dict[str, Path]) -> None:
    """document.xml of empty-paragraphs.docx is 3.1 MB in 10 KB (ratio ~300)."""
    _raises(corpus["empty-paragraphs.docx"], LimitExceededError,
            r"compression ratio of [0-9]+ \(limit 10\)", limits=itudocs.Limits(max_ratio=10))


def test_limit_xml_depth(corpus: dict[str, Path]) -> None:
    _raises(corpus["nest-100.docx"], LimitExceededError,
            r"^word/document\.xml nests its XML deeper than 50$",
            limits=itudocs.Limits(max_xml_depth=50))


def test_limit_paragraphs(corpus: dict[str, Path]) -> None:
    _raises(corpus["empty-paragraphs.docx"], LimitExceededError,
            r"more than 1000 paragraphs", limits=itudocs.Limits(max_paragraphs=1000))
    _raises(itudocs.sample_path(), LimitExceededError, r"^the text has [0-9]+ lines \(limit 10\)$",
            limits=itudocs.Limits(max_paragraphs=10))


def test_limit_input_size() -> None:
    _raises(REPORT_EN, LimitExceededError, r"^the file is [0-9]+ bytes \(limit 1000\)$",
            limits=itudocs.Limits(max_input_size=1000))


# -- every corpus file, every way in --------------------------------------------------------
@pytest.mark.parametrize("fmt", ["tika-text", "docx"])
@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_forced_format_and_file_object(corpus: dict[str, Path], name: str, fmt: str) -> None:
    """Forcing either format, and passing an open file: a Document or an ItuDocsError
    naming the file."""
    path = corpus[name]
    with deadline(BUDGET, f"{name} as {fmt}"), path.open("rb") as fh:
        try:
            doc = itudocs.parse(fh, format=fmt)  # type: ignore[arg-type]
        except ItuDocsError as exc:
            assert exc.source == str(path)
        else:
            assert itudocs.Document.from_dict(json.loads(itudocs.to_json(doc))) == doc


def test_bytes_have_no_name() -> None:
    with pytest.raises(LimitExceededError) as info:
        itudocs.parse(io.BytesIO(b"x" * 2000).read(), limits=itudocs.Limits(max_input_size=100))
    assert info.value.source is None
    assert (str(info.value), info.value.reason) == ("the input is over 100 bytes",) * 2
