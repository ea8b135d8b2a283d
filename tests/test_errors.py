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
    doc = itudocs.parse(make_docx("", raw_document=doc_xml))
    # The paragraph holds only the two references: neither is expanded, so it is empty.
    assert doc.blocks == () and doc.sections == ()
    assert doc.accounting is not None and doc.accounting.placed == (("skipped:empty", 1),)
    assert "root:" not in itudocs.to_json(doc) and "aaaa" not in itudocs.to_json(doc)


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


def test_missing_file_is_also_a_file_not_found_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.docx"
    with pytest.raises(FileNotFoundError) as info:
        itudocs.parse(path)
    exc = info.value
    assert isinstance(exc, itudocs.MissingFileError) and isinstance(exc, itudocs.ItuDocsError)
    assert exc.code == "missing-file" and exc.exit_code == 1
    assert exc.errno == 2 and exc.filename == str(path) and exc.source == str(path)
    assert str(exc) == f"{path}: cannot read the file (No such file or directory)"


def test_missing_file_error_pickles_whole(tmp_path: Path) -> None:
    """It crosses a process boundary (batch workers) with its OSError fields."""
    import pickle

    with pytest.raises(itudocs.MissingFileError) as info:
        itudocs.parse(tmp_path / "gone.txt")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is itudocs.MissingFileError
    gone = str(tmp_path / "gone.txt")
    assert (str(again), again.errno, again.filename, again.reason, again.source) == (
        f"{gone}: cannot read the file (No such file or directory)", 2, gone,
        "cannot read the file (No such file or directory)", gone)


def test_a_folder_is_an_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(itudocs.UnreadableFileError) as info:
        itudocs.parse(tmp_path)
    assert isinstance(info.value, OSError) and not isinstance(info.value, FileNotFoundError)
    assert info.value.code == "unreadable-file" and info.value.errno == 21  # EISDIR


@pytest.mark.parametrize("text", ["Document C19/98-E\n1\tIntroduction\n", "x" * 5000,
                                  "Council 2019\r1\tIntroduction"])
def test_text_passed_as_a_path_says_to_use_parse_text(text: str) -> None:
    with pytest.raises(FileNotFoundError, match=r"that is text, not a path; .*"
                                                r"itudocs\.parse_text\(text\)") as info:
        itudocs.parse(text)
    assert info.value.source is None  # type: ignore[attr-defined]
    assert len(str(info.value)) < 160  # the text is not printed whole


def test_a_file_whose_name_has_a_line_break_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_text("1\tIntroduction\n", "utf-8")
    assert itudocs.parse(str(path)).find("1") is not None


@pytest.mark.parametrize("name", ["report.docx", "REPORT.DOCX", "macro.docm"])
def test_a_file_named_docx_that_is_not_a_zip(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("Document C19/98-E\n1\tIntroduction\n", "utf-8")
    with pytest.raises(itudocs.NotAWordFileError) as info:
        itudocs.parse(path)
    assert info.value.code == "not-a-word-file" and info.value.exit_code == 3
    assert info.value.reason.startswith(f"the file is named {name[name.rfind('.'):]} but is "
                                        "not a Word package (no zip signature)")
    with path.open("rb") as fh, pytest.raises(itudocs.NotAWordFileError):
        itudocs.parse(fh)  # a file object carries its name too
    # Asked for, the text is read; the same bytes without a name are text.
    assert itudocs.parse(path, format="tika-text").header.symbol is not None
    assert itudocs.parse(path.read_bytes()).header.symbol is not None
