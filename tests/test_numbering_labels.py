"""List labels (``itudocs.readers.numbering``) from hand-written ``numbering.xml``: level
defaults, overrides, restarts, legal numbering, style links, bullets, number formats
and the clamping of hostile counters. The expected labels are those Word shows."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from lxml import etree

from itudocs.readers.numbering import Numbering, _bullet, _int, _level, format_number

NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class _Package:
    """The two calls ``Numbering.load`` makes of a package."""

    main_part = "word/document.xml"

    def __init__(self, xml: str | None) -> None:
        self._xml = xml

    def related(self, part: str, suffix: str) -> str | None:
        assert (part, suffix) == (self.main_part, "/numbering")
        return None if self._xml is None else "word/numbering.xml"

    def xml(self, part: str) -> etree._Element:
        assert part == "word/numbering.xml"
        assert self._xml is not None
        return etree.fromstring(f'<w:numbering xmlns:w="{NS}">{self._xml}</w:numbering>')


def _load(xml: str | None, links: dict[str, str] | None = None) -> Numbering:
    def style_numbering(style: str | None) -> tuple[str | None, int | None]:
        assert style is not None
        return (links or {}).get(style), None
    return Numbering.load(_Package(xml), style_numbering)  # type: ignore[arg-type]


def _labels(numbering: Numbering, calls: Sequence[tuple[str, int]]) -> list[str | None]:
    return [numbering.label(num, ilvl) for num, ilvl in calls]


def _lvl(ilvl: int | None, body: str) -> str:
    attr = "" if ilvl is None else f' w:ilvl="{ilvl}"'
    return f"<w:lvl{attr}>{body}</w:lvl>"


def _abstract(aid: str, *levels: str) -> str:
    return f'<w:abstractNum w:abstractNumId="{aid}">{"".join(levels)}</w:abstractNum>'


def _num(nid: str, aid: str, extra: str = "") -> str:
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{extra}</w:num>'


DOTTED = _abstract("0", _lvl(0, '<w:lvlText w:val="%1."/>'),
                   _lvl(1, '<w:lvlText w:val="%1.%2"/>'),
                   _lvl(2, '<w:lvlText w:val="%1.%2.%3"/>'))


def test_no_numbering_part() -> None:
    assert _load(None).label("1", 0) is None


def test_level_defaults_decimal_from_one() -> None:
    n = _load(_abstract("0", _lvl(0, '<w:lvlText w:val="%1)"/>')) + _num("1", "0"))
    assert _labels(n, [("1", 0), ("1", 0)]) == ["1)", "2)"]
    spec = _level(etree.fromstring(f'<w:lvl xmlns:w="{NS}"/>'))
    assert (spec.start, spec.fmt, spec.text, spec.legal, spec.restart) == (
        1, "decimal", "", False, None)
    valueless = _level(etree.fromstring(
        f'<w:lvl xmlns:w="{NS}"><w:start/><w:numFmt/><w:lvlText/><w:lvlRestart/></w:lvl>'))
    assert (valueless.start, valueless.fmt, valueless.text, valueless.restart) == (
        1, "decimal", "", 0)


def test_level_without_text_or_with_valueless_text_has_no_label() -> None:
    n = _load(_abstract("0", _lvl(0, ""), _lvl(1, "<w:lvlText/>")) + _num("1", "0"))
    assert _labels(n, [("1", 0), ("1", 1)]) == [None, None]


def test_level_without_ilvl_is_level_zero() -> None:
    n = _load(_abstract("0", _lvl(None, '<w:lvlText w:val="[%1]"/>')) + _num("1", "0"))
    assert n.label("1", 0) == "[1]"


def test_levels_zero_to_eight_only() -> None:
    levels = [_lvl(k, f'<w:lvlText w:val="%{k + 1}"/>') for k in range(9)]
    n = _load(_abstract("0", *levels) + _num("1", "0"))
    assert _labels(n, [("1", 8), ("1", 8), ("1", 9), ("1", -1)]) == ["1", "2", None, None]


def test_numbering_skips_incomplete_entries() -> None:
    xml = ('<w:abstractNum><w:lvl w:ilvl="0"><w:lvlText w:val="x%1"/></w:lvl></w:abstractNum>'
           + _abstract("0", _lvl(0, '<w:lvlText w:val="%1."/>'))
           + '<w:num w:numId="7"/>' + '<w:num><w:abstractNumId w:val="0"/></w:num>'
           + _num("1", "0"))
    n = _load(xml)
    assert _labels(n, [("7", 0), ("1", 0)]) == [None, "1."]


def test_abstract_reference_without_value_is_the_empty_id() -> None:
    xml = (_abstract("", _lvl(0, '<w:lvlText w:val="%1/"/>'))
           + '<w:num w:numId="1"><w:abstractNumId/></w:num>')
    assert _load(xml).label("1", 0) == "1/"


def test_start_override_restarts_and_resets_deeper_levels() -> None:
    over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>')
    n = _load(DOTTED + _num("1", "0") + _num("2", "0", over))
    assert _labels(n, [("1", 0), ("1", 1), ("2", 1), ("2", 0)]) == [
        "1.", "1.1", "4.1", "5."]


def test_start_override_without_value_starts_at_zero() -> None:
    over = '<w:lvlOverride w:ilvl="0"><w:startOverride/></w:lvlOverride>'
    n = _load(DOTTED + _num("1", "0", over))
    assert _labels(n, [("1", 0), ("1", 0)]) == ["0.", "1."]


def test_override_without_level_or_beyond_level_eight_is_ignored() -> None:
    over = ('<w:lvlOverride><w:startOverride w:val="7"/></w:lvlOverride>'
            '<w:lvlOverride w:ilvl="9"><w:startOverride w:val="7"/></w:lvlOverride>')
    n = _load(DOTTED + _num("1", "0", over))
    assert _labels(n, [("1", 0), ("1", 1), ("1", 1)]) == ["1.", "1.1", "1.2"]


def test_override_at_level_eight() -> None:
    levels = [_lvl(k, f'<w:lvlText w:val="%{k + 1}"/>') for k in range(9)]
    over = '<w:lvlOverride w:ilvl="8"><w:startOverride w:val="4"/></w:lvlOverride>'
    n = _load(_abstract("0", *levels) + _num("1", "0", over))
    assert n.label("1", 8) == "4"


def test_level_override_replaces_the_level() -> None:
    over = ('<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:lvlText w:val="(%1)"/>'
            '</w:lvl></w:lvlOverride>')
    n = _load(DOTTED + _num("1", "0", over))
    assert _labels(n, [("1", 0), ("1", 1)]) == ["(1)", "1.1"]


def test_shallower_level_never_shown_counts_from_its_start() -> None:
    xml = _abstract("0", _lvl(0, '<w:start w:val="3"/><w:lvlText w:val="%1."/>'),
                    _lvl(1, '<w:lvlText w:val="%1.%2"/>')) + _num("1", "0")
    assert _labels(_load(xml), [("1", 1), ("1", 0)]) == ["3.1", "4."]


def test_deeper_level_not_yet_counted_shows_its_start() -> None:
    xml = _abstract("0", _lvl(0, '<w:lvlText w:val="%1-%2"/>'),
                    _lvl(1, '<w:start w:val="4"/>')) + _num("1", "0")
    assert _load(xml).label("1", 0) == "1-4"


def test_percent_without_level_digit_is_literal() -> None:
    xml = _abstract("0", _lvl(0, '<w:lvlText w:val="%X%1%"/>')) + _num("1", "0")
    assert _load(xml).label("1", 0) == "%X1%"


def test_format_none_has_no_label() -> None:
    xml = _abstract("0", _lvl(0, '<w:numFmt w:val="none"/><w:lvlText w:val="%1"/>'))
    assert _load(xml + _num("1", "0")).label("1", 0) is None


@pytest.mark.parametrize(("text", "label"), [
    ("o", "o"), ("", "•"), ("\uf0b7", "•"), ("\uf0a7", "▪"), ("\uf0d8", "➢"),
    ("\uf000", "•"), ("\uf0ff", "•"), ("\uf0e0", "•"), ("\uf100", "\uf100"),
    ("\uefff", "\uefff"), ("★", "★"), ("-", "-"),
])
def test_bullets(text: str, label: str) -> None:
    xml = _abstract("0", _lvl(0, f'<w:numFmt w:val="bullet"/><w:lvlText w:val="{text}"/>'))
    assert _load(xml + _num("1", "0")).label("1", 0) == label
    assert _bullet(text) == label


@pytest.mark.parametrize(("legal", "label"), [
    ("", "1.1"), ('w:val="1"', "1.1"), ('w:val="true"', "1.1"),
    ('w:val="0"', "A.1"), ('w:val="false"', "A.1"), ('w:val="off"', "A.1"),
])
def test_legal_numbering_makes_shallower_levels_decimal(legal: str, label: str) -> None:
    xml = _abstract("0", _lvl(0, '<w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1"/>'),
                    _lvl(1, f'<w:isLgl {legal}/><w:numFmt w:val="decimal"/>'
                            '<w:lvlText w:val="%1.%2"/>'))
    n = _load(xml + _num("1", "0"))
    assert _labels(n, [("1", 0), ("1", 1)]) == ["A", label]


def test_restart_after_a_given_level_only() -> None:
    xml = _abstract("0", _lvl(0, '<w:lvlText w:val="%1"/>'),
                    _lvl(1, '<w:lvlText w:val="%2"/>'),
                    _lvl(2, '<w:lvlRestart w:val="1"/><w:lvlText w:val="(%3)"/>')) + _num("1", "0")
    calls = [("1", 0), ("1", 2), ("1", 1), ("1", 2), ("1", 0), ("1", 2)]
    # (level 1 counts from the "(1)" that implied it)
    assert _labels(_load(xml), calls) == ["1", "(1)", "2", "(2)", "2", "(1)"]


def test_restart_without_value_never_restarts() -> None:
    xml = _abstract("0", _lvl(0, '<w:lvlText w:val="%1"/>'),
                    _lvl(1, '<w:lvlRestart/><w:lvlText w:val="(%2)"/>')) + _num("1", "0")
    calls = [("1", 1), ("1", 0), ("1", 1)]
    assert _labels(_load(xml), calls) == ["(1)", "2", "(2)"]  # "(1)" implied a "1"


def test_style_link_takes_the_levels_of_the_styles_list() -> None:
    xml = ('<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="ListStyle"/>'
           '</w:abstractNum>'
           '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val=""/></w:abstractNum>'
           '<w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="Unknown"/>'
           '</w:abstractNum>'
           + _abstract("9", _lvl(0, '<w:lvlText w:val="%1]"/>'))
           + _num("5", "9") + _num("6", "1") + _num("7", "2") + _num("8", "3"))
    n = _load(xml, {"ListStyle": "5", "Unknown": "404"})
    assert _labels(n, [("6", 0), ("6", 0), ("7", 0), ("8", 0)]) == ["1]", "2]", None, None]


@pytest.mark.parametrize(("value", "fmt", "text"), [
    (1, "lowerLetter", "a"), (25, "lowerLetter", "y"), (26, "lowerLetter", "z"),
    (27, "lowerLetter", "aa"), (52, "lowerLetter", "zz"), (53, "lowerLetter", "aaa"),
    (1040, "lowerLetter", "z" * 40), (1041, "lowerLetter", "1041"),
    (0, "lowerLetter", "0"), (-3, "upperLetter", "-3"), (28, "upperLetter", "BB"),
    (1994, "lowerRoman", "mcmxciv"), (3999, "lowerRoman", "mmmcmxcix"),
    (4000, "lowerRoman", "4000"), (0, "upperRoman", "0"), (14, "upperRoman", "XIV"),
    (7, "decimalZero", "07"), (12, "decimalZero", "12"), (5, "decimal", "5"),
    (5, "ordinal", "5"),
])
def test_number_formats(value: int, fmt: str, text: str) -> None:
    assert format_number(value, fmt) == text


@pytest.mark.parametrize(("value", "number"), [
    (None, 42), ("abc", 42), ("-5", -5), ("123456789012", 999_999),
    ("1234567890123", 42), ("-2000000", -999_999), ("999999", 999_999),
])
def test_attribute_integers_clamped(value: str | None, number: int) -> None:
    assert _int(value, 42) == number


def test_override_without_level_does_not_reach_level_one() -> None:
    over = '<w:lvlOverride><w:startOverride w:val="7"/></w:lvlOverride>'
    n = _load(DOTTED + _num("1", "0", over))
    assert n.label("1", 1) == "1.1"


def test_only_a_level_override_element_overrides_a_level() -> None:
    """A w:startOverride or w:lvl counts only inside w:lvlOverride: under an unknown
    element of a w:num (an extension's markup Word skips) it changes nothing."""
    ext = ('<x:ext xmlns:x="urn:example:ext" w:ilvl="0"><w:startOverride w:val="5"/>'
           + _lvl(0, '<w:lvlText w:val="(%1)"/>') + "</x:ext>")
    n = _load(DOTTED + _num("1", "0", ext))
    assert _labels(n, [("1", 0), ("1", 0)]) == ["1.", "2."]


def test_only_num_elements_define_lists() -> None:
    # An element of another name with a w:numId and a w:abstractNumId child (here
    # w:notNum) defines no list: numId 4 has no label; the w:num of numId 1 does.
    xml = (DOTTED + '<w:notNum w:numId="4"><w:abstractNumId w:val="0"/></w:notNum>'
           + _num("1", "0"))
    assert _labels(_load(xml), [("4", 0), ("1", 0)]) == [None, "1."]
