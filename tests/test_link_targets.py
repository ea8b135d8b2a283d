"""Hyperlink targets and language tags of runs (``itudocs.readers.runs``): a
w:hyperlink's relationship and anchor, a HYPERLINK field code's switches, and which of
w:lang's attributes names a run's language. Expected values written by hand."""

from __future__ import annotations

import pytest
from lxml import etree

from itudocs.readers.runs import _field_url, _link_url, lang_tag
from itudocs.readers.wordml import FLD_SIMPLE, HYPERLINK, LANG, R_ID, VAL, W


@pytest.mark.parametrize(("code", "url"), [
    ('HYPERLINK "https://a.org/x"', "https://a.org/x"),
    ('HYPERLINK "https://a.org/x" \\l "sec1"', "https://a.org/x#sec1"),
    ('HYPERLINK \\l "sec1"', "#sec1"),
    ("HYPERLINK \\l sec2", "#sec2"),
    ("HYPERLINK https://a.org/y", "https://a.org/y"),
    ('hyperlink "https://a.org/z"', "https://a.org/z"),
    ('HYPERLINK \\o "tip" "https://a.org/t"', "https://a.org/t"),  # \o is a tooltip
    ('HYPERLINK \\o "tip"', None),
    ('HYPERLINK "https://a.org/1" "https://a.org/2"', "https://a.org/1"),
    ("HYPERLINK", None), ("", None), ("   ", None), ('REF "x"', None),
])
def test_field_code_target(code: str, url: str | None) -> None:
    assert _field_url(code) == url


def _el(tag: str, **attrs: str) -> etree._Element:
    el = etree.Element(tag)
    for key, value in attrs.items():
        el.set(key, value)
    return el


URLS = {"rId1": "https://a.org/p", "rId2": "https://a.org/q#part"}


@pytest.mark.parametrize(("attrs", "urls", "url"), [
    ({R_ID: "rId1"}, URLS, "https://a.org/p"),
    ({R_ID: "rId1", W + "anchor": "s"}, URLS, "https://a.org/p#s"),
    ({R_ID: "rId2", W + "anchor": "s"}, URLS, "https://a.org/q#part"),  # has its own
    ({W + "anchor": "s"}, URLS, "#s"),
    ({R_ID: "rId1", W + "anchor": "s"}, None, "#s"),
    ({R_ID: "rId1"}, None, None),
    ({R_ID: "rId9"}, URLS, None),
    ({}, URLS, None),
    ({}, {}, None),
])
def test_hyperlink_target(attrs: dict[str, str], urls: dict[str, str] | None,
                          url: str | None) -> None:
    assert _link_url(_el(HYPERLINK, **attrs), urls) == url


def test_simple_field_target() -> None:
    field = _el(FLD_SIMPLE, **{W + "instr": ' HYPERLINK "https://a.org/f" '})
    assert _link_url(field, URLS) == "https://a.org/f"
    assert _link_url(_el(FLD_SIMPLE), URLS) is None


@pytest.mark.parametrize(("attrs", "rtl", "tag"), [
    ({VAL: "en-US", W + "eastAsia": "zh-CN", W + "bidi": "ar-SA"}, True, "ar-SA"),
    ({VAL: "en-US", W + "eastAsia": "zh-CN", W + "bidi": "ar-SA"}, False, "en-US"),
    ({VAL: "en-US"}, True, "en-US"),
    ({W + "eastAsia": "zh-CN"}, False, "zh-CN"),
    ({W + "bidi": "ar-SA"}, False, None),
    ({}, True, None),
])
def test_run_language(attrs: dict[str, str], rtl: bool, tag: str | None) -> None:
    assert lang_tag(_el(LANG, **attrs), rtl) == tag
