"""The OPC layer (itudocs.readers.package) at its edges: the errors it raises carry the
part and the source, limits bind at their bound, relationships are read exactly and
once, and the main part is found through the package relationships first."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest

from itudocs.errors import (
    CorruptPackageError,
    EncryptedDocumentError,
    LegacyWordFormatError,
    LimitExceededError,
    UnsupportedFormatError,
)
from itudocs.limits import DEFAULT_LIMITS, Limits
from itudocs.readers.package import OLE_MAGIC, Package, check_ole, parse_xml

REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOC = f'<w:document xmlns:w="{W_NS}"><w:body/></w:document>'


def zip_of(parts: dict[str, str | bytes]) -> bytes:
    """A zip holding exactly ``parts`` (name -> content), deflated."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return buf.getvalue()


def rels(*rows: str) -> str:
    return f'<Relationships xmlns="{REL_NS}">{"".join(rows)}</Relationships>'


# -- parse_xml -------------------------------------------------------------------------

def test_a_text_node_over_libxml2s_limit_is_a_limit_error_naming_source_and_part() -> None:
    """A text node past libxml2's 10 MB limit is a LimitExceededError (not corrupt), with
    the part in the message and the source set."""
    data = b"<a>" + b"x" * 10_000_001 + b"</a>"
    with pytest.raises(LimitExceededError) as info:
        parse_xml(data, "word/document.xml", "big.docx")
    assert info.value.source == "big.docx"
    assert "word/document.xml is over the XML parser's limits" in info.value.reason


def test_malformed_xml_is_corrupt_with_the_source() -> None:
    with pytest.raises(CorruptPackageError) as info:
        parse_xml(b"<a><b></a>", "word/styles.xml", "bad.docx")
    assert info.value.source == "bad.docx"
    assert info.value.reason.startswith("word/styles.xml is not well-formed XML")


def test_a_lower_depth_limit_is_checked_at_its_bound() -> None:
    """max_depth below libxml2's own 256 is enforced: depth 3 passes a limit of 3, depth 4
    does not."""
    assert parse_xml(b"<a><b><c/></b></a>", "p.xml", None, max_depth=3).tag == "a"
    with pytest.raises(LimitExceededError) as info:
        parse_xml(b"<a><b><c><d/></c></b></a>", "p.xml", "deep.docx", max_depth=3)
    assert info.value.reason == "p.xml nests its XML deeper than 3"
    assert info.value.source == "deep.docx"


# -- check_ole -------------------------------------------------------------------------

def test_an_encrypted_package_says_how_to_remove_the_password() -> None:
    data = OLE_MAGIC + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(EncryptedDocumentError) as info:
        check_ole(data, "locked.docx")
    assert info.value.reason == ("the file is password-protected (an encrypted OOXML "
                                 "package); remove the password in Word and save again")
    assert info.value.source == "locked.docx"


def test_a_legacy_doc_error_names_its_source() -> None:
    data = OLE_MAGIC + b"\x00" * 64 + "WordDocument".encode("utf-16-le")
    with pytest.raises(LegacyWordFormatError) as info:
        check_ole(data, "old.doc")
    assert info.value.source == "old.doc"
    assert "Word 97-2003 binary .doc" in info.value.reason


def test_another_ole_file_is_unsupported_with_its_source() -> None:
    """An OLE file that is neither an encrypted package nor a Word document (an Excel
    .xls, say) is refused as not a Word package."""
    data = OLE_MAGIC + b"\x00" * 64 + "Workbook".encode("utf-16-le")
    with pytest.raises(UnsupportedFormatError) as info:
        check_ole(data, "sheet.xls")
    assert info.value.reason == "the file is an OLE compound file, not a Word package"
    assert info.value.source == "sheet.xls"


# -- Package ---------------------------------------------------------------------------

def test_entry_names_with_a_leading_slash_are_part_names() -> None:
    """A zip entry "/word/document.xml" (some writers put the leading slash of the
    part name into the zip) is the part word/document.xml."""
    pkg = Package(zip_of({"/word/document.xml": DOC}), DEFAULT_LIMITS, None)
    assert pkg.main_part == "word/document.xml"
    assert pkg.read("word/document.xml") == DOC.encode()


def test_the_compression_ratio_is_only_checked_above_one_mib() -> None:
    """A small part is read whatever its ratio (a short, repetitive XML part deflates
    well); the zip-bomb check applies to parts inflating past 1 MiB."""
    body = "a" * 100_000
    pkg = Package(zip_of({"word/document.xml": DOC, "word/x.xml": body}),
                  Limits(max_ratio=2.0), None)
    assert pkg.read("word/x.xml") == body.encode()
    big = "a" * (1024 * 1024 + 1)
    pkg = Package(zip_of({"word/document.xml": DOC, "word/x.xml": big}),
                  Limits(max_ratio=2.0), None)
    with pytest.raises(LimitExceededError, match="compression ratio"):
        pkg.read("word/x.xml")


def test_the_total_read_budget_adds_up_every_read() -> None:
    """max_total_size bounds all reads together: after two 400-byte parts, 200 bytes
    of a 1000-byte budget are left, and a third 400-byte part is refused."""
    parts: dict[str, str | bytes] = {"word/document.xml": DOC, "a": "a" * 400,
                                     "b": "b" * 400, "c": "c" * 400}
    pkg = Package(zip_of(parts), Limits(max_total_size=1000), "t.docx")
    pkg.read("a")
    pkg.read("b")
    with pytest.raises(LimitExceededError) as info:
        pkg.read("c")
    assert info.value.reason == "c inflates past the size limit (200 bytes left)"


def test_a_broken_part_read_as_xml_is_named_in_the_error() -> None:
    pkg = Package(zip_of({"word/document.xml": "<w:document><unclosed>"}),
                  DEFAULT_LIMITS, "x.docx")
    with pytest.raises(CorruptPackageError) as info:
        pkg.xml("word/document.xml")
    assert info.value.reason.startswith("word/document.xml is not well-formed XML")


def test_the_limits_xml_depth_applies_to_parts() -> None:
    """Limits.max_xml_depth below 256 applies to every part read as XML."""
    deep = "<a>" * 6 + "</a>" * 6
    pkg = Package(zip_of({"word/document.xml": DOC, "word/deep.xml": deep}),
                  Limits(max_xml_depth=5), None)
    with pytest.raises(LimitExceededError, match="deeper than 5"):
        pkg.xml("word/deep.xml")


DOC_RELS = rels(
    f'<Relationship Id="rId1" Type="{OFFICE}/styles" Target="styles.xml"/>',
    f'<Relationship Id="rId2" Type="{OFFICE}/hyperlink" Target="https://www.itu.int/" '
    'TargetMode="External"/>',
    f'<Relationship Type="{OFFICE}/hyperlink" Target="https://no-id.example/" '
    'TargetMode="External"/>',
    f'<Relationship Id="rId4" Type="{OFFICE}/hyperlink" TargetMode="External"/>')


def _rels_package(limits: Limits = DEFAULT_LIMITS) -> Package:
    return Package(zip_of({"word/document.xml": DOC, "word/styles.xml": "<s/>",
                           "word/_rels/document.xml.rels": DOC_RELS}), limits, None)


def test_relationships_are_exactly_the_relationship_elements() -> None:
    """rels(): the internal relationships by id, target resolved against the part's
    folder; nothing else of the .rels part (its root) is a relationship."""
    pkg = _rels_package()
    assert pkg.rels("word/document.xml") == {"rId1": (f"{OFFICE}/styles", "word/styles.xml")}


def test_external_targets_keep_missing_ids_and_targets_empty() -> None:
    """An external relationship without Id is keyed by the empty id; one without
    Target has the empty URL (never None)."""
    pkg = _rels_package()
    assert pkg.external("word/document.xml") == {
        "rId2": "https://www.itu.int/", "": "https://no-id.example/", "rId4": ""}


def test_relationships_are_read_once() -> None:
    """rels() reads a part's .rels once: asking again costs no read (and none of the
    total read budget)."""
    size = len(DOC_RELS.encode())
    pkg = _rels_package(Limits(max_total_size=size + size // 2))
    first = pkg.rels("word/document.xml")
    assert pkg.rels("word/document.xml") is first
    assert pkg.external("word/document.xml")["rId2"] == "https://www.itu.int/"
    assert pkg.rels("word/document.xml") is first


def test_the_package_relationships_name_the_main_part_first() -> None:
    """_rels/.rels's officeDocument relationship wins over the content types and the
    conventional name."""
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    data = zip_of({
        "[Content_Types].xml": ct,
        "_rels/.rels": rels(f'<Relationship Id="rId1" Type="{OFFICE}/officeDocument" '
                            'Target="main/body.xml"/>'),
        "main/body.xml": DOC, "word/document.xml": DOC})
    assert Package(data, DEFAULT_LIMITS, None).main_part == "main/body.xml"


# -- round 2 ---------------------------------------------------------------------------

@pytest.mark.parametrize("xml, echoed", [
    ("<a></depth>", "depth"),             # "Opening and ending tag mismatch: a line 1 and depth"
    ("<a>&hugeent;</a>", "hugeent"),      # "Entity 'hugeent' not defined"
    ("<a></excessive>", "excessive"),
    ("<a>&amplification;</a>", "amplification"),
], ids=["depth", "huge", "excessive", "amplification"])
def test_a_name_echoed_in_a_syntax_error_does_not_make_it_a_limit_error(
        xml: str, echoed: str) -> None:
    """libxml2's messages repeat the document's own names (tags, entities). A malformed
    part whose message merely contains a name like "depth" or "hugeent" is corrupt, not
    over a limit: only libxml2's own limit phrases (which hold spaces, which no XML name
    can) make a LimitExceededError."""
    with pytest.raises(CorruptPackageError) as info:
        parse_xml(xml.encode(), "word/document.xml", "m.docx")
    assert info.value.reason.startswith("word/document.xml is not well-formed XML")
    assert echoed in info.value.reason
    assert info.value.source == "m.docx"


def test_backslash_entry_names_are_the_same_part_as_slash_names() -> None:
    """Zip entries "word/a.xml" and "word\\A.xml" are one part name (a backslash is a
    folder separator, case is ignored): the package is refused, naming the duplicate as
    its part name, with forward slashes."""
    data = zip_of({"word/document.xml": DOC, "word/a.xml": "<a/>", "word\\A.xml": "<a/>"})
    with pytest.raises(CorruptPackageError) as info:
        Package(data, DEFAULT_LIMITS, "dup.docx")
    assert info.value.reason == ("the package holds two entries named 'word/a.xml' (part "
                                 "names are unique, whatever their case)")
    assert info.value.source == "dup.docx"


def test_a_compression_ratio_equal_to_the_limit_is_allowed() -> None:
    """The zip-bomb check refuses a ratio over max_ratio; a part whose ratio is exactly
    the limit is read."""
    big = "a" * (2 * 1024 * 1024)
    data = zip_of({"word/document.xml": DOC, "word/x.xml": big})
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("word/x.xml")
    ratio = info.file_size / info.compress_size
    assert ratio > 100  # well over the default, so the bound is what is tested
    pkg = Package(data, Limits(max_ratio=ratio), None)
    assert len(pkg.read("word/x.xml")) == 2 * 1024 * 1024
    pkg = Package(data, Limits(max_ratio=ratio * 0.999), "bomb.docx")
    with pytest.raises(LimitExceededError) as err:
        pkg.read("word/x.xml")
    assert err.value.source == "bomb.docx"


def test_too_many_xml_elements_names_part_and_source() -> None:
    """The element-count estimate (one per "<") bounds a part before parsing; its error
    names the part and carries the source."""
    pkg = Package(zip_of({"word/document.xml": DOC, "word/x.xml": "<a><b/><b/><b/></a>"}),
                  Limits(max_xml_elements=4), "many.docx")
    with pytest.raises(LimitExceededError) as info:
        pkg.xml("word/x.xml")
    assert info.value.reason == "word/x.xml holds about 5 XML elements (limit 4)"
    assert info.value.source == "many.docx"


def test_an_absolute_target_drops_only_its_leading_slashes() -> None:
    """A relationship target "/XData/item.xml" is the part XData/item.xml, from the
    package root: the leading "/" is dropped and nothing else."""
    data = zip_of({"word/document.xml": DOC, "XData/item.xml": "<x/>",
                   "word/_rels/document.xml.rels": rels(
                       f'<Relationship Id="rId9" Type="{OFFICE}/customXml" '
                       'Target="/XData/item.xml"/>')})
    pkg = Package(data, DEFAULT_LIMITS, None)
    assert pkg.rels("word/document.xml") == {
        "rId9": (f"{OFFICE}/customXml", "XData/item.xml")}
    assert pkg.related("word/document.xml", "/customXml") == "XData/item.xml"


def test_the_content_types_name_the_main_part_without_package_relationships() -> None:
    """Without _rels/.rels, the [Content_Types].xml override with a main-document content
    type names the main part, before the conventional word/document.xml."""
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/main/body.xml" ContentType="application/vnd.'
          'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    data = zip_of({"[Content_Types].xml": ct, "main/body.xml": DOC,
                   "word/document.xml": DOC, "word/styles.xml": "<s/>"})
    assert Package(data, DEFAULT_LIMITS, None).main_part == "main/body.xml"


def test_a_zip_without_a_main_document_says_it_is_not_a_word_file() -> None:
    with pytest.raises(CorruptPackageError) as info:
        Package(zip_of({"xl/workbook.xml": "<w/>"}), DEFAULT_LIMITS, "book.xlsx")
    assert info.value.reason == ("the zip package has no Word main document "
                                 "(word/document.xml); it is not a Word file or it is "
                                 "damaged")
    assert info.value.source == "book.xlsx"


# -- round 3 ---------------------------------------------------------------------------

def test_the_depth_walk_counts_each_closed_element_as_one_level() -> None:
    """Closing an element goes up one level: siblings before a deep branch do not lower
    the count, so depth 4 after a closed sibling still breaks a limit of 3."""
    with pytest.raises(LimitExceededError) as info:
        parse_xml(b"<a><b/><c><d><e/></d></c></a>", "p.xml", "deep.docx", max_depth=3)
    assert info.value.reason == "p.xml nests its XML deeper than 3"


def test_the_duplicate_named_is_the_first_repeated_entry() -> None:
    """Of a package whose names repeat ignoring case, the error names the first entry
    whose name was already seen (not the package's last entry)."""
    data = zip_of({"word/document.xml": DOC, "Word/Document.XML": DOC, "word/z.xml": "<a/>"})
    with pytest.raises(CorruptPackageError) as info:
        Package(data, DEFAULT_LIMITS, "dup.docx")
    assert info.value.reason == ("the package holds two entries named 'word/document.xml' "
                                 "(part names are unique, whatever their case)")


def _bad_crc_zip(size: int) -> bytes:
    """A stored zip whose word/x.xml (``size`` bytes of "x") has a wrong CRC-32."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", DOC)
        zf.writestr("word/x.xml", "x" * size)
    data = bytearray(buf.getvalue())
    crc = struct.pack("<I", zlib.crc32(b"x" * size))
    at = data.find(crc)
    while at != -1:  # the local header's copy and the central directory's
        data[at] ^= 0xFF
        at = data.find(crc, at + 1)
    return bytes(data)


def test_a_part_that_fails_its_crc_is_corrupt_with_the_source() -> None:
    """A member that cannot be read (here a wrong CRC-32) is a CorruptPackageError that
    names the part and carries the source."""
    pkg = Package(_bad_crc_zip(100), DEFAULT_LIMITS, "crc.docx")
    with pytest.raises(CorruptPackageError) as info:
        pkg.read("word/x.xml")
    assert info.value.reason.startswith("word/x.xml cannot be read from the package (")
    assert "CRC" in info.value.reason
    assert info.value.source == "crc.docx"


def test_a_read_stops_one_byte_past_the_budget() -> None:
    """A read asks for at most one byte more than the budget left: a 10002-byte member
    with 10000 bytes left is refused for its size before its end (and its wrong CRC-32)
    is reached."""
    limits = Limits(max_part_size=100_000, max_total_size=10_000)
    pkg = Package(_bad_crc_zip(10_002), limits, "big.docx")
    with pytest.raises(LimitExceededError) as info:
        pkg.read("word/x.xml")
    assert info.value.reason == "word/x.xml inflates past the size limit (10000 bytes left)"


def test_an_element_estimate_equal_to_the_limit_is_parsed() -> None:
    """The element estimate (one per "<") is refused only above max_xml_elements: four
    "<" pass a limit of 4."""
    pkg = Package(zip_of({"word/document.xml": DOC, "word/x.xml": "<a><b/><b/></a>"}),
                  Limits(max_xml_elements=4), None)
    assert [el.tag for el in pkg.xml("word/x.xml")] == ["b", "b"]


def _strict_ending_at(index: int) -> bytes:
    """A document whose Strict namespace URI's last byte is at ``index``: a comment pads
    the start."""
    strict = b"http://purl.oclc.org/ooxml/wordprocessingml/main"
    head = b'<w:document xmlns:w="'
    pad = index + 1 - len(strict) - len(head) - len(b"<!---->")
    return b"<!--" + b"x" * pad + b"-->" + head + strict + b'"/>'


def test_the_strict_namespace_is_looked_for_in_the_first_4096_bytes() -> None:
    """Strict OOXML is mapped to Transitional when its namespace is in the part's first
    4096 bytes (ending at index 4095); one byte later it is left as written."""
    transitional = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}document"
    assert parse_xml(_strict_ending_at(4095), "p.xml", None).tag == transitional
    assert parse_xml(_strict_ending_at(4096), "p.xml", None).tag == \
        "{http://purl.oclc.org/ooxml/wordprocessingml/main}document"


def test_a_missing_part_error_names_the_source() -> None:
    """Reading a part the package lacks is a corrupt-package error with the source."""
    pkg = Package(zip_of({"word/document.xml": DOC}), DEFAULT_LIMITS, "a.docx")
    with pytest.raises(CorruptPackageError) as info:
        pkg.read("word/nothing.xml")
    assert (info.value.reason, info.value.source) == (
        "the package has no part word/nothing.xml", "a.docx")


MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def test_only_content_type_overrides_name_the_main_part() -> None:
    """An Override outside the content-types namespace is not read: the conventional
    word/document.xml is the main part, not the part it names."""
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          f'<Override xmlns="" PartName="/main/body.xml" ContentType="{MAIN_TYPE}"/>'
          "</Types>")
    data = zip_of({"[Content_Types].xml": ct, "main/body.xml": DOC, "word/document.xml": DOC})
    assert Package(data, DEFAULT_LIMITS, None).main_part == "word/document.xml"


def test_an_override_without_a_part_name_names_no_part() -> None:
    """A main-document Override with no PartName names no part, whatever parts the
    package holds (here one named XXXX): the conventional name is used."""
    ct = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          f'<Override ContentType="{MAIN_TYPE}"/></Types>')
    data = zip_of({"[Content_Types].xml": ct, "XXXX": DOC, "word/document.xml": DOC})
    assert Package(data, DEFAULT_LIMITS, None).main_part == "word/document.xml"
