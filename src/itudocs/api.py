"""The public entry points: :func:`parse` and :func:`parse_text`."""

from __future__ import annotations

import hashlib
import os
import stat
from errno import EISDIR, ENOENT
from pathlib import Path
from typing import BinaryIO, Literal, Union

from itudocs.errors import (
    ItuDocsError,
    LimitExceededError,
    MissingFileError,
    NotAWordFileError,
    NotTextError,
    UnreadableFileError,
)
from itudocs.extract.pipeline import build
from itudocs.languages import CODES
from itudocs.limits import DEFAULT_LIMITS, Limits
from itudocs.model import Document, SourceInfo
from itudocs.readers.docx import read_docx
from itudocs.readers.package import (
    OLE_MAGIC,
    ZIP_MAGIC,
    Package,
    check_ole,
    is_legacy_doc,
    is_pdf,
)
from itudocs.readers.tika import read_text
from itudocs.readers.wordml import Revisions

Source = Union[str, "os.PathLike[str]", bytes, BinaryIO]
Format = Literal["docx", "tika-text", "pdf", "doc"]
_FORMATS = ("docx", "tika-text", "pdf", "doc")


def parse(source: Source, *, format: Format | None = None,
          limits: Limits = DEFAULT_LIMITS, revisions: Revisions = "accept") -> Document:
    """Parse an ITU Council document.

    ``source`` is a path, ``bytes`` or a binary file object (text in memory goes to
    :func:`parse_text`). The format is sniffed
    from the content (a zip package is a .docx, ``%PDF-`` a PDF, a Word 97-2003
    compound file a legacy .doc, converted with LibreOffice when ``soffice`` is on the
    PATH; anything else is read as text, except a file named ``.docx``, which is
    refused) or forced with ``format="docx"``, ``"pdf"``,
    ``"doc"`` or ``"tika-text"``. Reading PDF needs ``pip install 'itudocs[pdf]'``.
    ``revisions`` says how tracked changes in a Word file are read: ``"accept"`` (the
    default: insertions kept, deletions dropped), ``"reject"``, or ``"all"`` (both kept,
    each block's ``changes`` marking the spans with author and date). Raises an
    :class:`~itudocs.errors.ItuDocsError` subclass for input it cannot read; a
    document that only partly fits the conventions parses, with ``warnings``.

    ```pycon
    >>> import itudocs
    >>> doc = itudocs.parse(itudocs.sample_path())
    >>> doc.header.symbol.text
    'C20/57-C'

    ```
    """
    if format is not None and format not in _FORMATS:
        raise ValueError(f"format must be one of {_FORMATS}, not {format!r}")
    data, name = _read_source(source, limits)
    if format is None:
        format = _sniff(data, name)
    info = SourceInfo(name=name, format=format, sha256=hashlib.sha256(data).hexdigest())
    # The PDF and .doc readers are imported when needed: most callers read Word files,
    # and `import itudocs` stays as cheap as it was.
    if format == "pdf":
        from itudocs.readers.pdf import read_pdf

        return build(read_pdf(data, limits, name), info)
    if format == "doc":
        from itudocs.readers.legacy import convert_doc

        if revisions not in ("accept", "reject", "all"):
            raise ValueError(f"revisions must be 'accept', 'reject' or 'all', not {revisions!r}")
        converted = convert_doc(data, limits, name)
        return build(read_docx(Package(converted, limits, name), limits, revisions), info)
    if format == "docx":
        check_ole(data, name)
        if not data.startswith(ZIP_MAGIC):
            raise NotAWordFileError("the file is not a Word package (no zip signature)",
                                    source=name)
        if revisions not in ("accept", "reject", "all"):
            raise ValueError(f"revisions must be 'accept', 'reject' or 'all', not {revisions!r}")
        stream = read_docx(Package(data, limits, name), limits, revisions)
    else:
        stream = read_text(_decode(data, name), limits, name)
    return build(stream, info)


def parse_text(text: str, *, name: str | None = None,
               limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse a document held as text (Apache Tika output or a similar rendering).

    ```pycon
    >>> import itudocs
    >>> doc = itudocs.parse_text("1\\tIntroduction\\n1.1\\tThe Council met.")
    >>> doc.find("1").title
    'Introduction'

    ```
    """
    data = text.encode("utf-8", "surrogatepass")
    if len(data) > limits.max_input_size:
        raise LimitExceededError(f"the text is over {limits.max_input_size} bytes", source=name)
    info = SourceInfo(name=name, format="tika-text", sha256=hashlib.sha256(data).hexdigest())
    return build(read_text(text, limits, name), info)


SAMPLE_LANGUAGES = CODES


def sample_path(language: str | None = None) -> Path:
    """A sample document shipped with the package: by default the real C20/57-C
    (Chinese, as Tika text); with ``language`` ("en", "fr", "es", "zh", "ru", "ar")
    an ITU-style .docx of the same report in that language (built for the tests)."""
    from importlib import resources  # only here: ~3 ms to import, and parsing needs none

    data = resources.files("itudocs") / "data"
    if language is None:
        return Path(str(data / "C20-57-C.tika.txt"))
    if language not in SAMPLE_LANGUAGES:
        raise ValueError(f"no sample in {language!r}; there are {', '.join(SAMPLE_LANGUAGES)}")
    return Path(str(data / "samples" / f"report-{language}.docx"))


def _read_source(source: Source, limits: Limits) -> tuple[bytes, str | None]:
    cap = limits.max_input_size
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = None
    elif isinstance(source, (str, os.PathLike)):
        name = os.fspath(source)
        data = _read_path(name, cap, is_str=isinstance(source, str))
    elif hasattr(source, "read"):
        name = getattr(source, "name", None)
        name = name if isinstance(name, str) else None
        data = _read_stream(source, cap, name)
    else:
        raise TypeError(f"parse() takes a path, bytes or a binary file, not {type(source)!r}")
    if len(data) > cap:
        raise LimitExceededError(f"the input is over {cap} bytes", source=name)
    return data, name


def _read_stream(source: BinaryIO, cap: int, name: str | None) -> bytes:
    """All of a file object, up to ``cap`` + 1 bytes: ``read`` is called until it
    returns nothing (a pipe or socket returns short reads), its errors typed."""
    chunks: list[bytes] = []
    got = 0
    while got <= cap:
        try:
            chunk = source.read(cap + 1 - got)
        except OSError as exc:
            raise UnreadableFileError(
                f"reading the file object failed ({exc.strerror or exc})", source=name,
                errno=exc.errno, strerror=exc.strerror or str(exc)) from None
        if chunk is None:  # a non-blocking stream with nothing yet
            raise UnreadableFileError(
                "the file object is non-blocking and had no data; pass a blocking one",
                source=name)
        if not isinstance(chunk, (bytes, bytearray)):
            raise TypeError("parse() needs a binary file object (open it with 'rb')")
        if not chunk:
            break
        chunks.append(bytes(chunk))
        got += len(chunk)
    return b"".join(chunks)


def _read_path(name: str, cap: int, *, is_str: bool) -> bytes:
    try:
        st = os.stat(name)
        if not stat.S_ISREG(st.st_mode):
            # A FIFO or a device would block open() or never end; a folder cannot be read.
            what = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
            raise UnreadableFileError(f"cannot read the file ({what})", source=name,
                                      errno=EISDIR if stat.S_ISDIR(st.st_mode) else None,
                                      strerror=what)
        if st.st_size > cap:
            raise LimitExceededError(f"the file is {st.st_size} bytes (limit {cap})",
                                     source=name)
        with open(name, "rb") as fh:
            return fh.read(cap + 1)
    except ItuDocsError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        if is_str and _looks_like_text(name):
            more = "..." if len(name) > 40 else ""
            raise MissingFileError(
                f"no file named {name[:40]!r}{more}: that is text, not a path; parse text "
                "held in memory with itudocs.parse_text(text)", errno=ENOENT,
                strerror="no such file") from None
        err = exc.errno if isinstance(exc, OSError) else None
        strerror = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        cls = MissingFileError if isinstance(exc, FileNotFoundError) else UnreadableFileError
        raise cls(f"cannot read the file ({strerror})", source=name, errno=err,
                  strerror=strerror) from None


def _looks_like_text(name: str) -> bool:
    """A "path" no file system holds: a line break, a NUL, or longer than any path."""
    return any(c in name for c in "\n\r\x00") or len(name) > 4096


#: names a Word package has; such a file that is not a zip is an error, not text
_WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")


def _sniff(data: bytes, name: str | None) -> Format:
    if data.startswith(ZIP_MAGIC):
        return "docx"
    if data.startswith(OLE_MAGIC):
        return "doc" if is_legacy_doc(data) else "docx"  # "docx": check_ole says what it is
    if is_pdf(data):
        return "pdf"
    if name is not None and name.lower().endswith(_WORD_SUFFIXES):
        suffix = name[name.rfind("."):]
        raise NotAWordFileError(
            f"the file is named {suffix} but is not a Word package (no zip signature); "
            "to read it as text, give format='tika-text' (--input-format tika-text)",
            source=name)
    return "tika-text"


def _decode(data: bytes, name: str | None) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise NotTextError(f"the text is not valid {codec.upper()}",
                                   source=name) from None
            return _no_nul(text, name)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise NotTextError(f"the input holds a NUL byte (at offset {nul}): binary data, "
                           "not text", source=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotTextError(f"the input is not UTF-8 text (bad byte at offset {exc.start})",
                           source=name) from None
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")  # old Mac line ends; same length, same offsets
    return text


# UTF-32 first: its little-endian BOM begins with UTF-16's.
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _no_nul(text: str, name: str | None) -> str:
    nul = text.find("\x00")
    if nul >= 0:
        raise NotTextError(f"the text holds a NUL character (at character {nul}): binary "
                           "data, not text", source=name)
    return text
