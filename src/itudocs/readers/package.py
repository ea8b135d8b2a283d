"""The OPC (zip) layer: open a Word package safely, find its parts, parse their XML.

Everything that touches untrusted bytes goes through here: the zip directory is
checked against :class:`~itudocs.limits.Limits` before anything is inflated, reads
are bounded whatever the directory claims, and XML is parsed with entities, DTDs and
the network off.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Mapping

from lxml import etree

from itudocs.errors import (
    CorruptPackageError,
    EncryptedDocumentError,
    LegacyWordFormatError,
    LimitExceededError,
    UnsupportedFormatError,
)
from itudocs.limits import Limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAIN_DOCUMENT_TYPES = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_OFFICE_DOC_REL = "/officeDocument"
STRICT_W = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
TRANSITIONAL_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"

_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_blank_text=False,
)


LIBXML2_MAX_DEPTH = 256  # libxml2 refuses deeper trees unless huge_tree is on
_DEPTH_PHRASES = ("excessive depth", "nesting depth")
# "Resource limit exceeded: ..." (libxml2 2.12 and later), "huge text node" and
# "Huge input lookup" (older), "Maximum entity amplification factor exceeded".
_LIMIT_PHRASES = ("resource limit", "huge text", "huge input", "amplification factor")


def parse_xml(data: bytes, part: str, source: str | None,
              max_depth: int = LIBXML2_MAX_DEPTH) -> etree._Element:
    """Parse one part's XML safely; errors become itudocs errors naming the part.
    libxml2 itself stops at a nesting depth of 256; a lower ``max_depth`` is checked
    after parsing, with one walk of the tree."""
    if STRICT_W in data[:4096]:
        # Strict OOXML differs from Transitional in its namespaces; Word's own
        # converters map them one to one for WordprocessingML content.
        data = data.replace(STRICT_W, TRANSITIONAL_W)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        msg = str(exc)
        low = msg.lower()
        # libxml2's limit phrases. Each holds a space: its messages repeat the
        # document's names (a tag </depth>, an entity &huge;), and no name has one.
        if any(w in low for w in _DEPTH_PHRASES):
            raise LimitExceededError(f"{part} nests its XML too deeply ({msg})",
                                     source=source) from None
        if any(w in low for w in _LIMIT_PHRASES):
            raise LimitExceededError(f"{part} is over the XML parser's limits ({msg})",
                                     source=source) from None
        raise CorruptPackageError(f"{part} is not well-formed XML ({msg})", source=source) from None
    if root is None:
        raise CorruptPackageError(f"{part} is empty", source=source)
    if max_depth < LIBXML2_MAX_DEPTH:
        depth = 0
        for event, _el in etree.iterwalk(root, events=("start", "end")):
            depth += 1 if event == "start" else -1
            if depth > max_depth:
                raise LimitExceededError(f"{part} nests its XML deeper than {max_depth}",
                                         source=source)
    return root


PDF_MAGIC = b"%PDF-"
_PDF_SNIFF = 1024  # %PDF- may come after a little junk; PDF readers look this far
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` is a PDF (``%PDF-`` in its first KiB, as readers accept it)."""
    return PDF_MAGIC in data[:_PDF_SNIFF]


def is_legacy_doc(data: bytes) -> bool:
    """An OLE compound file holding a Word 97-2003 document (not an encrypted .docx)."""
    return data.startswith(OLE_MAGIC) and _WORD_STREAM in data and _ENCRYPTED not in data


def check_ole(data: bytes, source: str | None) -> None:
    """Raise the right error for an OLE compound file (encrypted or legacy Word)."""
    if not data.startswith(OLE_MAGIC):
        return
    # Stream names are stored in UTF-16LE in the directory sectors.
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedDocumentError(
            "the file is password-protected (an encrypted OOXML package); "
            "remove the password in Word and save again", source=source)
    if "WordDocument".encode("utf-16-le") in data:
        raise LegacyWordFormatError(
            "the file is a Word 97-2003 binary .doc; convert it to .docx first "
            "(e.g. `soffice --headless --convert-to docx FILE`)", source=source)
    raise UnsupportedFormatError("the file is an OLE compound file, not a Word package",
                                 source=source)


class Package:
    """An opened Word package with bounded access to its parts."""

    def __init__(self, data: bytes, limits: Limits, source: str | None) -> None:
        self.source = source
        self.limits = limits
        self._read_total = 0
        self._rels: dict[str, dict[str, tuple[str, str]]] = {}
        self._external: dict[str, dict[str, str]] = {}
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
                NotImplementedError) as exc:
            raise CorruptPackageError(f"the file is not a readable zip package ({exc})",
                                      source=source) from None
        if len(infos) > limits.max_entries:
            raise LimitExceededError(
                f"the package has {len(infos)} entries (limit {limits.max_entries})",
                source=source)
        self._infos: Mapping[str, zipfile.ZipInfo] = {
            i.filename.lstrip("/").replace("\\", "/"): i for i in infos}
        self._lower = {name.lower(): name for name in self._infos}
        if len(self._lower) != len(infos):
            # Part names are unique ignoring case (ECMA-376 Part 2, 9.1.1.1): which of
            # two "word/document.xml" would Word read? None: refuse, as Word does.
            seen: set[str] = set()
            dup = ""
            for i in infos:
                dup = i.filename.lstrip("/").replace("\\", "/").lower()
                if dup in seen:
                    break
                seen.add(dup)
            raise CorruptPackageError(
                f"the package holds two entries named {dup!r} (part names are unique, "
                "whatever their case)", source=source)
        self.main_part = self._find_main_part()

    def has(self, part: str) -> bool:
        return part.lower() in self._lower

    def read(self, part: str) -> bytes:
        """The bytes of ``part``, never more than the limits allow."""
        name = self._lower.get(part.lower())
        if name is None:
            raise CorruptPackageError(f"the package has no part {part}", source=self.source)
        info = self._infos[name]
        lim = self.limits
        if info.file_size > lim.max_part_size:
            raise LimitExceededError(
                f"{part} inflates to {info.file_size} bytes (limit {lim.max_part_size})",
                source=self.source)
        if (info.file_size > 1024 * 1024 and info.compress_size > 0
                and info.file_size / info.compress_size > lim.max_ratio):
            raise LimitExceededError(
                f"{part} has a compression ratio of {info.file_size / info.compress_size:.0f} "
                f"(limit {lim.max_ratio:.0f}): a zip bomb?", source=self.source)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # Word writes deflate. zipfile bounds reads of deflate only: a bzip2 or
            # LZMA member could inflate past any limit inside one read.
            raise CorruptPackageError(
                f"{part} uses zip compression method {info.compress_type}; Word packages "
                "use deflate", source=self.source)
        budget = min(lim.max_part_size, lim.max_total_size - self._read_total)
        try:
            with self._zip.open(info) as fh:
                data = fh.read(budget + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
                NotImplementedError, RuntimeError) as exc:
            # RuntimeError: a member encrypted with a zip password.
            raise CorruptPackageError(f"{part} cannot be read from the package ({exc})",
                                      source=self.source) from None
        if len(data) > budget:
            raise LimitExceededError(
                f"{part} inflates past the size limit ({budget} bytes left)", source=self.source)
        self._read_total += len(data)
        return data

    def xml(self, part: str) -> etree._Element:
        return self.xml_of(self.read(part), part)

    def xml_of(self, data: bytes, part: str) -> etree._Element:
        """``data``, the bytes of ``part``, parsed within the limits."""
        # An upper bound of the element count, at C speed, before lxml builds a tree
        # (a 64 KB package can hold 15 million tiny elements).
        tags = data.count(b"<")
        if tags > self.limits.max_xml_elements:
            raise LimitExceededError(
                f"{part} holds about {tags} XML elements (limit "
                f"{self.limits.max_xml_elements})", source=self.source)
        return parse_xml(data, part, self.source, self.limits.max_xml_depth)

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """The relationships of ``part``: id -> (type, resolved target part); read once."""
        cached = self._rels.get(part)
        if cached is None:
            cached = self._rels[part] = self._read_rels(part)
        return cached

    def related(self, part: str, type_suffix: str) -> str | None:
        """The target of ``part``'s first relationship whose type ends with ``type_suffix``."""
        for rel_type, target in self.rels(part).values():
            if rel_type.endswith(type_suffix) and self.has(target):
                return target
        return None

    def _read_rels(self, part: str) -> dict[str, tuple[str, str]]:
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", name + ".rels")
        if not self.has(rels_part):
            return {}
        out: dict[str, tuple[str, str]] = {}
        external: dict[str, str] = {}
        for rel in self.xml(rels_part).iter(f"{{{_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                external[rel.get("Id", "")] = rel.get("Target", "")
                continue
            target = rel.get("Target", "")
            resolved = posixpath.normpath(target.lstrip("/") if target.startswith("/")
                                          else posixpath.join(folder, target))
            if resolved == ".." or resolved.startswith("../"):
                continue  # above the package's root ("../../evil"): never followed
            out[rel.get("Id", "")] = (rel.get("Type", ""), resolved)
        self._external[part] = external
        return out

    def external(self, part: str) -> dict[str, str]:
        """The external targets (hyperlink URLs) of ``part``'s relationships, by id."""
        self.rels(part)
        return self._external.get(part, {})

    def _find_main_part(self) -> str:
        # The package relationships name the main document; content types are the
        # fallback; the conventional name the last resort.
        main = self.related("", _OFFICE_DOC_REL) if self.has("_rels/.rels") else None
        if main is not None:
            return main
        if self.has("[Content_Types].xml"):
            for override in self.xml("[Content_Types].xml").iter(f"{{{_CT_NS}}}Override"):
                if override.get("ContentType") in MAIN_DOCUMENT_TYPES:
                    name = (override.get("PartName") or "").lstrip("/")
                    if self.has(name):
                        return name
        if self.has("word/document.xml"):
            return "word/document.xml"
        raise CorruptPackageError(
            "the zip package has no Word main document (word/document.xml); "
            "it is not a Word file or it is damaged", source=self.source)
