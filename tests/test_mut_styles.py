"""Paragraph styles (itudocs.readers.styles): a style's name is the same whichever way
the part is read (a style cut out of the part, or the part parsed whole), however the
XML is written; only the styles asked for are parsed in an ordinary styles.xml."""

from __future__ import annotations

import pytest

from itudocs.limits import DEFAULT_LIMITS
from itudocs.readers.package import Package
from itudocs.readers.styles import Styles

from .test_mut_docx import W_NS, docx, read


def style_names(styles: str, *ids: str) -> list[str | None]:
    """The style name of a paragraph of each style id, in a package whose styles part
    holds ``styles`` (the children of a w:styles with the w: prefix)."""
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="{i}"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
                   for i in ids)
    return [b.style for b in read(docx(body, styles=styles)).blocks]


def test_an_undefined_style_is_named_by_its_id() -> None:
    assert style_names('<w:style w:styleId="S1"><w:name w:val="One"/></w:style>',
                       "S1", "Nope") == ["One", "Nope"]


def test_a_style_id_in_single_quotes_is_found() -> None:
    """Attribute quotes are the writer's choice (XML allows ' and "): a styleId written
    w:styleId='S1' names the style as well (failed before the fix: the style cut
    looked for w:styleId="S1" only and took the style as undefined)."""
    styles = ("<w:style w:type='paragraph' w:styleId='S1'><w:name w:val='Style One'/>"
              '</w:style><w:style w:styleId="S2"><w:name w:val="Style Two"/></w:style>')
    assert style_names(styles, "S1", "S2") == ["Style One", "Style Two"]


def test_a_style_id_with_spaces_around_the_equals_sign_is_found() -> None:
    styles = '<w:style w:styleId = "S1"><w:name w:val="Style One"/></w:style>'
    assert style_names(styles, "S1") == ["Style One"]


DUPLICATES = ('<w:style w:styleId="S1"><w:name w:val="First"/></w:style>'
              '<w:style w:styleId="S1"><w:name w:val="Second"/></w:style>')


def test_a_duplicated_style_id_means_its_first_definition() -> None:
    """Two w:style elements with one id: the first is the style, whether the part is
    read style by style or whole; before the fix the whole reading took the last."""
    assert style_names(DUPLICATES, "S1") == ["First"]
    assert _whole_names(DUPLICATES, "S1") == ["First"]


def _whole_names(styles: str, *ids: str) -> list[str | None]:
    """style_names for a styles part that declares its namespace in single quotes, as
    the cut does not expect: the part is parsed whole."""
    body = "".join(f'<w:p><w:pPr><w:pStyle w:val="{i}"/></w:pPr></w:p>' for i in ids)
    part = f"<w:styles xmlns:w='{W_NS}'>{styles}</w:styles>"
    return [b.style for b in read(docx(body, styles_part=part)).blocks]


def test_a_styles_part_read_whole_gives_its_styles() -> None:
    """A styles part the cut cannot read is parsed whole; its styles are found."""
    styles = ('<w:style w:styleId="S1"><w:name w:val="One"/></w:style>'
              '<w:style w:styleId="S2"><w:name w:val="Two"/></w:style>')
    assert _whole_names(styles, "S2", "S1", "S3") == ["Two", "One", "S3"]


def test_only_style_elements_define_styles() -> None:
    """Another element carrying a w:styleId (here a stray one before the style) is not a
    style: the w:style with that id is."""
    styles = ('<w:other w:styleId="S1"><w:name w:val="Not a style"/></w:other>'
              '<w:style w:styleId="S1"><w:name w:val="One"/></w:style>')
    assert _whole_names(styles, "S1") == ["One"]


def test_an_ordinary_styles_part_is_not_parsed_whole(monkeypatch: pytest.MonkeyPatch
                                                      ) -> None:
    """In a styles.xml written the usual way (w: prefix, double quotes), only the
    w:style elements asked for are cut out and parsed: the part is never parsed whole
    (styles.xml is often many times the size of the body)."""
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="Style {i}"/>'
                     f'<w:basedOn w:val="S{i + 1}"/></w:style>' for i in range(5))
    parsed: list[str] = []
    real = Package.xml

    def spy(self: Package, part: str):  # type: ignore[no-untyped-def]
        parsed.append(part)
        return real(self, part)

    monkeypatch.setattr(Package, "xml", spy)
    pkg = Package(docx("", styles=styles), DEFAULT_LIMITS, None)
    found = Styles(pkg)
    assert [found.name(f"S{i}") for i in (3, 0, 9)] == ["Style 3", "Style 0", "S9"]
    assert found.numbering_of("S0") == (None, None)
    assert "word/styles.xml" not in parsed


# -- round 3 ---------------------------------------------------------------------------

def test_a_style_takes_its_heading_level_from_the_style_it_is_based_on() -> None:
    """w:basedOn links a style to its base: a style with no outline level of its own
    takes its base style's (outline level 1: heading 2), cut out or read whole."""
    styles = ('<w:style w:styleId="Base"><w:name w:val="Base"/><w:pPr>'
              '<w:outlineLvl w:val="1"/></w:pPr></w:style>'
              '<w:style w:styleId="Child"><w:name w:val="Child"/>'
              '<w:basedOn w:val="Base"/></w:style>')
    body = '<w:p><w:pPr><w:pStyle w:val="Child"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    (cut,) = read(docx(body, styles=styles)).blocks
    (whole,) = read(docx(body, styles_part=f"<w:styles xmlns:w='{W_NS}'>{styles}"
                                           "</w:styles>")).blocks
    assert (cut.style, cut.heading) == ("Child", 2)
    assert (whole.style, whole.heading) == ("Child", 2)


@pytest.mark.parametrize(("quote_at", "whole"), [(4095, False), (4096, True)])
def test_the_w_prefix_is_looked_for_in_the_first_4096_bytes(
        monkeypatch: pytest.MonkeyPatch, quote_at: int, whole: bool) -> None:
    """The prefix bound to WordprocessingML is sniffed in the part's first 4096 bytes
    only: a declaration ending at byte 4096 (0-based index of its closing quote) is
    not seen, and the part is parsed whole; one ending just before is, and the style is
    cut out. The name is the same either way."""
    head = f'<w:styles xmlns:w="{W_NS}'
    # padding: a processing instruction (a comment would make the part parse whole)
    pad = "<?pa " + "x" * (quote_at - len(head) - 7) + "?>"
    part = (pad + head + '"><w:style w:styleId="S1"><w:name w:val="One"/></w:style>'
            "</w:styles>")
    assert part.index(f'{W_NS}"') + len(W_NS) == quote_at
    parsed: list[str] = []
    real = Package.xml

    def spy(self: Package, name: str):  # type: ignore[no-untyped-def]
        parsed.append(name)
        return real(self, name)

    monkeypatch.setattr(Package, "xml", spy)
    pkg = Package(docx("", styles_part=part), DEFAULT_LIMITS, None)
    assert Styles(pkg).name("S1") == "One"
    assert ("word/styles.xml" in parsed) is whole


def test_a_style_name_without_a_value_is_the_style_id() -> None:
    """A w:name with no w:val names the style by its id."""
    assert style_names('<w:style w:styleId="S1"><w:name/></w:style>', "S1") == ["S1"]


def test_numbering_is_inherited_through_two_based_on_steps() -> None:
    """A style's numbering is looked for along its w:basedOn chain: C based on B based on
    A, only A with a w:numPr, gives A's (numId, ilvl)."""
    styles = ('<w:style w:styleId="A"><w:pPr><w:numPr><w:numId w:val="3"/>'
              '<w:ilvl w:val="2"/></w:numPr></w:pPr></w:style>'
              '<w:style w:styleId="B"><w:basedOn w:val="A"/></w:style>'
              '<w:style w:styleId="C"><w:basedOn w:val="B"/></w:style>')
    assert Styles(Package(docx("", styles=styles), DEFAULT_LIMITS, None)).numbering_of("C") \
        == ("3", 2)


def test_a_style_id_found_only_in_a_comment_is_not_that_style() -> None:
    """The cut does not trust a style whose bytes hold a comment: S1 written only in a
    comment inside S0 leaves S1 undefined (named by its id), not S0."""
    styles = ('<w:style w:styleId="S0"><w:name w:val="Zero"/>'
              '<!-- w:styleId="S1" --></w:style>')
    assert style_names(styles, "S1") == ["S1"]


def test_a_style_holding_a_comment_is_read_from_the_whole_part() -> None:
    """A style whose bytes hold a comment is not cut out but still found: the part is
    parsed whole."""
    styles = '<w:style w:styleId="S1"><!-- note --><w:name w:val="One"/></w:style>'
    assert style_names(styles, "S1") == ["One"]


def test_a_style_commented_out_before_the_real_one_is_not_used() -> None:
    """A w:style inside a comment is no style, even when the comment ends before the
    real definition starts: S1 is "Real". Before the fix the cut found the commented-out
    copy first and its bytes held no "<!", so S1 was "Fake"."""
    styles = ('<!-- <w:style w:styleId="S1"><w:name w:val="Fake"/></w:style> -->'
              '<w:style w:styleId="S1"><w:name w:val="Real"/></w:style>')
    assert style_names(styles, "S1") == ["Real"]
