"""Hostile input, round two: each case here was found by a review and failed before its
fix (a hang, a raw exception, a silent loss). Expected outcomes are typed errors or the
document read whole."""

from __future__ import annotations

import io
import os
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

import itudocs
from itudocs.errors import (
    CorruptPackageError,
    LimitExceededError,
    NotTextError,
    UnreadableFileError,
)

from .hostile.guards import deadline
from .minidocx import document_xml, make_docx, p

TEXT = "Council 2020\nGeneva, 9-19 June 2020\nDocument C20/57-E\n3 March 2020\n" \
       "Original: English\nREPORT\n1\tIntroduction\n1.1\tThe Council met.\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.docx"
    os.mkfifo(fifo)
    with deadline(5, "fifo"), pytest.raises(UnreadableFileError) as info:
        itudocs.parse(fifo)
    assert info.value.code == "unreadable-file"
    assert "not a regular file" in info.value.reason


def test_a_folder_is_an_oserror_with_its_errno(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError) as info:
        itudocs.parse(tmp_path)
    assert isinstance(info.value, OSError) and info.value.errno == 21  # EISDIR
    assert "a folder" in info.value.reason


@pytest.mark.parametrize("path", [Path("a\x00b.docx"), "a\x00b.docx"])
def test_a_nul_in_the_path_is_a_typed_error(path: object) -> None:
    with pytest.raises(UnreadableFileError) as info:  # MissingFileError is one too
        itudocs.parse(path)  # type: ignore[arg-type]
    assert info.value.code in ("unreadable-file", "missing-file")


class _Failing(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        raise OSError(5, "Input/output error")


class _Trickle(io.RawIOBase):
    """Returns at most 7 bytes a call, as a pipe or socket may."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        n = 7 if size is None or size < 0 else min(size, 7)
        out = self.data[self.at:self.at + n]
        self.at += len(out)
        return out


def test_a_file_object_whose_read_fails_gives_a_typed_error() -> None:
    with pytest.raises(UnreadableFileError) as info:
        itudocs.parse(_Failing())  # type: ignore[arg-type]
    assert info.value.errno == 5 and "Input/output error" in info.value.reason


@pytest.mark.parametrize("data", [
    TEXT.encode() * 5,
    make_docx(p("Document C20/57-E") + p("1\tIntroduction") + p("1.1\tThe Council met.")),
], ids=["text", "docx"])
def test_short_reads_are_read_to_the_end(data: bytes) -> None:
    whole = itudocs.parse(data)
    trickled = itudocs.parse(_Trickle(data))  # type: ignore[arg-type]
    assert trickled.source.sha256 == whole.source.sha256
    assert trickled.find("1.1") is not None
    assert trickled.find("1.1").blocks[0].text == "The Council met."


def test_a_nul_after_the_first_64_kib_is_refused_too() -> None:
    data = (TEXT * 2000).encode()
    assert len(data) > 65536
    data = data[:70000] + b"\x00" + data[70000:]
    with pytest.raises(NotTextError) as info:
        itudocs.parse(data)
    assert "at offset 70000" in info.value.reason


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be"])
def test_utf32_and_utf16_with_a_bom(codec: str) -> None:
    bom = {"utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff",
           "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    doc = itudocs.parse(bom + TEXT.encode(codec))
    assert doc.header.symbol is not None and doc.header.symbol.text == "C20/57-E"
    assert doc.find("1.1") is not None


def _zip(entries: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: wanted here
        for name, text in entries:
            zf.writestr(name, text)
    return buf.getvalue()


_CT = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
       '<Override PartName="/word/document.xml" ContentType="application/'
       'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')


def _rels(target: str) -> str:
    return ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.'
            f'org/officeDocument/2006/relationships/officeDocument" Target="{target}"/>'
            '</Relationships>')


@pytest.mark.parametrize("second", ["word/document.xml", "WORD/DOCUMENT.XML"])
def test_two_entries_of_one_name_are_refused(second: str) -> None:
    data = _zip([("[Content_Types].xml", _CT), ("_rels/.rels", _rels("word/document.xml")),
                 ("word/document.xml", document_xml(p("GOOD"))),
                 (second, document_xml(p("EVIL")))])
    with pytest.raises(CorruptPackageError) as info:
        itudocs.parse(data)
    assert "two entries named 'word/document.xml'" in info.value.reason


def test_a_relationship_above_the_package_root_is_never_followed() -> None:
    data = _zip([("[Content_Types].xml", _CT), ("_rels/.rels", _rels("../evil.xml")),
                 ("../evil.xml", document_xml(p("EVIL"))),
                 ("word/document.xml", document_xml(p("GOOD")))])
    doc = itudocs.parse(data)
    markdown = itudocs.to_markdown(doc)
    assert "GOOD" in markdown and "EVIL" not in markdown


def test_a_paragraph_over_the_size_limit_is_refused() -> None:
    limits = itudocs.Limits(max_paragraph_chars=1000)
    runs = "".join(f"<w:r><w:t>{'x' * 100}</w:t></w:r>" for _ in range(15))
    with pytest.raises(LimitExceededError) as info:
        itudocs.parse(make_docx(f"<w:p>{runs}</w:p>"), limits=limits)
    assert "paragraph 1 has 1500 characters (limit 1000)" in info.value.reason
    with pytest.raises(LimitExceededError) as info:
        itudocs.parse_text("short\n" + "y" * 1500, limits=limits)
    assert "a line of the text has 1500 characters (limit 1000)" in info.value.reason
    # at the limit: read
    assert itudocs.parse_text("y" * 1000, limits=limits).blocks[0].text == "y" * 1000


def test_the_default_limits_bound_paragraph_count_and_size() -> None:
    # documented in docs/errors.md; time grows with both (see there)
    assert itudocs.Limits().max_paragraphs == 200_000
    assert itudocs.Limits().max_paragraph_chars == 2_000_000
    assert sys.getsizeof("x" * itudocs.Limits().max_paragraph_chars) < 3 * 1024 * 1024
