"""Bad input gets the library's own typed error, naming the file and the reason."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import itudocs
from itudocs.readers.package import OLE_MAGIC

from .minidocx import make_docx, p


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(itudocs.ItuDocsError, match=r"missing\.docx"):
        itudocs.parse(tmp_path / "missing.docx")


def test_truncated_zip_is_corrupt() -> None:
    data = make_docx(p("x"))
    with pytest.raises(itudocs.CorruptPackageError):
        itudocs.parse(data[: len(data) // 2])


def test_zip_without_word_document() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "not word")
    with pytest.raises(itudocs.CorruptPackageError, match="no Word main document"):
        itudocs.parse(buf.getvalue())


def test_broken_document_xml() -> None:
    data = make_docx("", raw_document="<w:document><unclosed>")
    with pytest.raises(itudocs.CorruptPackageError, match="not well-formed"):
        itudocs.parse(data)


def test_legacy_doc_and_encrypted_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")  # no LibreOffice to convert the .doc with
    legacy = OLE_MAGIC + b"\x00" * 100 + "WordDocument".encode("utf-16-le")
    with pytest.raises(itudocs.LegacyWordFormatError, match="convert"):
        itudocs.parse(legacy)
    encrypted = OLE_MAGIC + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(itudocs.EncryptedDocumentError):
        itudocs.parse(encrypted)


def test_binary_given_as_text() -> None:
    with pytest.raises(itudocs.NotTextError):
        itudocs.parse(b"\x00\x01\x02binary")
    with pytest.raises(itudocs.NotTextError):
        itudocs.parse(b"\xff\xfe\xfa" + b"x" * 10, format="tika-text")


def test_forced_docx_on_text() -> None:
    with pytest.raises(itudocs.NotAWordFileError):
        itudocs.parse(b"1\tIntroduction", format="docx")


def test_entities_are_not_expanded() -> None:
    doc_xml = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">'
               '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
               '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
               'main"><w:body><w:p><w:r><w:t>&x;&b;</w:t></w:r></w:p></w:body></w:document>')
    try:
        doc = itudocs.parse(make_docx("", raw_document=doc_xml))
    except itudocs.ItuDocsError:
        return  # refusing the document is fine too
    text = "".join(b.text for b in doc.blocks)
    assert "root:" not in text and "aaaa" not in text


def test_input_size_limit() -> None:
    with pytest.raises(itudocs.LimitExceededError):
        itudocs.parse(b"x" * 2000, limits=itudocs.Limits(max_input_size=1000))


def test_part_size_limit() -> None:
    data = make_docx(p("y" * 5000))
    with pytest.raises(itudocs.LimitExceededError, match="inflates"):
        itudocs.parse(data, limits=itudocs.Limits(max_part_size=1000))


def test_errors_have_codes_and_exit_codes() -> None:
    classes = [getattr(itudocs, n) for n in itudocs.__all__ if n.endswith("Error")]
    codes = {c.code for c in classes}
    assert len(codes) == len(classes)
    assert all(issubclass(c, itudocs.ItuDocsError) for c in classes)
    assert all(c.exit_code not in (0, 2) for c in classes)
