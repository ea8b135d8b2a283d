"""XML helpers of the Akoma Ntoso exporter: the namespace, text that XML 1.0 can hold,
building elements, indenting the output, and the offline schema loader."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from lxml import etree

__all__ = ["AKN_NS", "akn_schema"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_A = "{" + AKN_NS + "}"
_NSMAP: dict[Any, str] = {None: AKN_NS}  # the default namespace (lxml-stubs want str keys)

# Characters XML 1.0 cannot hold.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")

# Elements whose content is structure (indented on output); all others hold text.
_STRUCTURAL = frozenset({
    "akomaNtoso", "doc", "meta", "identification", "FRBRWork", "FRBRExpression",
    "FRBRManifestation", "references", "preface", "container", "longTitle", "mainBody",
    "section", "paragraph", "intro", "content", "blockList", "item", "conclusions",
    "embeddedStructure", "authorialNote",
})


# --------------------------------------------------------------------------- schema


class _LocalSchemas(etree.Resolver):
    """Serve ``xml.xsd`` (by any URL, the W3C's included) from the package data."""

    def resolve(self, system_url: str, public_id: str, context: Any = None) -> Any:
        if system_url and system_url.rsplit("/", 1)[-1] == "xml.xsd":
            data = (resources.files("itudocs") / "data" / "akn" / "xml.xsd").read_bytes()
            return self.resolve_string(data, context, base_url=system_url)
        return None


def akn_schema() -> etree.XMLSchema:
    """The Akoma Ntoso 3.0 schema shipped with itudocs, loaded without network access.

    Parsing it takes a fraction of a second: keep the object and reuse it.

    ```pycon
    >>> import itudocs
    >>> from lxml import etree
    >>> xml = itudocs.to_akn(itudocs.parse(itudocs.sample_path()))
    >>> akn_schema().validate(etree.fromstring(xml.encode("utf-8")))
    True

    ```
    """
    folder = resources.files("itudocs") / "data" / "akn"
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_LocalSchemas())
    root = etree.fromstring((folder / "akomantoso30.xsd").read_bytes(), parser,
                            base_url="itudocs/data/akn/akomantoso30.xsd")
    return etree.XMLSchema(etree.ElementTree(root))


# --------------------------------------------------------------------------- elements and text


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _append(parent: etree._Element, text: str) -> None:
    """Add ``text`` at the end of ``parent``'s content."""
    if not text:
        return
    text = _clean(text)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _text(parent: etree._Element, text: str) -> None:
    """Add ``text`` with its line breaks as ``eol``."""
    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(parent, _A + "eol")
        _append(parent, line)


def _sub(parent: etree._Element, tag: str, text: str | None = None,
         **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, _A + tag)
    for key, value in attrs.items():
        el.set(key, _clean(value))
    if text:
        _text(el, text)
    return el


def _slug(label: str) -> str:
    """A printed number as the number part of an eId: ``a)`` -> ``a``, ``1.1`` -> ``1.1``."""
    out = re.sub(r"[^\w.\-]", "", label).replace("_", "-")
    return out.strip(".-")


def _indent(el: etree._Element, level: int = 0) -> None:
    children = list(el)
    name = etree.QName(el).localname
    if name in _STRUCTURAL and children and not (el.text or "").strip() \
            and all(not (c.tail or "").strip() for c in children):
        pad = "\n" + "  " * (level + 1)
        el.text = pad
        for child in children:
            child.tail = pad
        children[-1].tail = "\n" + "  " * level
    for child in children:
        if isinstance(child.tag, str):
            _indent(child, level + 1)
