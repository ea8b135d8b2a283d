"""The deliberate breaks of issue 16's review that the suite did not notice, one test
each (or more). Every test was seen to fail with its break made by hand in ``src``.
Expected values are written here, not computed by the library."""

from __future__ import annotations

import pytest

import itudocs
from itudocs.extract import outcomes
from itudocs.grammar.dates import find_date, find_date_range
from itudocs.grammar.symbols import find_symbol, find_symbols, parse_symbol
from itudocs.lang import LANGUAGES
from itudocs.model import Block, DocxLoc, Section

from .minidocx import make_docx

EN = LANGUAGES["en"]
LOC = DocxLoc(part="word/document.xml", paragraph=0)


def _block(kind: str, text: str, block_id: str) -> Block:
    return Block(kind, "•" if kind == "bullet" else None, text, LOC, block_id)  # type: ignore[arg-type]


def _section(number: str, title: str | None, blocks: tuple[Block, ...],
             children: tuple[Section, ...] = ()) -> Section:
    return Section(number=number, title=title, level=number.count(".") + 1, loc=LOC,
                   children=children, blocks=blocks)


# -- outcome lists: the section title alone, the lead-in alone ---------------------------------

def test_outcomes_from_a_section_title_without_any_lead_in() -> None:
    """"Outcomes" titles section 7; its sub-section 7.1 has no title of its own and no
    lead-in: both bullet lists are outcome lists, from the titles alone."""
    inner = _section("7.1", None, (_block("bullet", "a plan", "b3"),))
    sec = _section("7", "Outcomes of the meeting",
                   (_block("bullet", "one", "b1"), _block("bullet", "two", "b2")), (inner,))
    found = outcomes.find((sec,), (), EN)
    assert [(o.section, o.intro, o.intro_block_id, [b.block_id for b in o.bullets])
            for o in found] == [("7", None, None, ["b1", "b2"]), ("7.1", None, None, ["b3"])]


def test_outcomes_from_a_lead_in_without_a_section_title() -> None:
    """Section 3 is titled "Budget" (no outcome word): only the list after the lead-in
    that speaks of results is an outcome list; the other list of the section is not."""
    sec = _section("3", "Budget", (
        _block("paragraph", "The meeting had two sessions:", "p1"),
        _block("bullet", "morning", "b1"),
        _block("paragraph", "The results of the second session were:", "p2"),
        _block("bullet", "a plan", "b2"), _block("bullet", "a report", "b3")))
    found = outcomes.find((sec,), (), EN)
    assert [(o.section, o.intro, o.intro_block_id, [b.text for b in o.bullets])
            for o in found] == [("3", "The results of the second session were:", "p2",
                                 ["a plan", "a report"])]


def test_a_plain_section_with_a_plain_list_has_no_outcomes() -> None:
    sec = _section("2", "Attendance", (_block("paragraph", "Present were:", "p1"),
                                       _block("bullet", "Ghana", "b1")))
    assert outcomes.find((sec,), (), EN) == ()


# -- quotes: straight quotation marks, inline elisions -----------------------------------------

def _quotes(text: str) -> list[tuple[str | None, list[str], bool]]:
    doc = itudocs.parse_text(text)
    return [(q.intro, [p.text for p in q.paragraphs], q.elided) for q in doc.quotes]


def test_straight_quotes_span_paragraphs_until_they_close() -> None:
    text = ('1\tBackground\nThe Council resolves:\n"to do one thing;\n'
            'to call it "the plan";\nto do another thing."\nAfter the quote.\n')
    assert _quotes(text) == [("The Council resolves:",
                              ["to do one thing;", 'to call it "the plan";',
                               "to do another thing."], False)]
    doc = itudocs.parse_text(text)
    assert doc.find("1") is not None
    assert [b.text for b in doc.find("1").blocks][-1] == "After the quote."  # type: ignore[union-attr]


def test_an_inline_elision_marks_the_quote_elided() -> None:
    for mark in ("[…]", "(…)", "[...]"):
        text = f"1\tBackground\nThe Council resolves:\n\u201cto do one thing {mark} and another.\u201d\n"
        assert _quotes(text) == [("The Council resolves:",
                                  [f"to do one thing {mark} and another."], True)], mark
    plain = "1\tBackground\nThe Council resolves:\n\u201cto do one thing and another.\u201d\n"
    assert _quotes(plain) == [("The Council resolves:", ["to do one thing and another."],
                               False)]


# -- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["119 June 2020", "Geneva, 119 June 2020", "9 June 20201",
                                  "9 June 202012", "0119 June 2020"])
def test_digits_glued_to_a_date_make_no_date(text: str) -> None:
    assert find_date(text, EN) is None
    assert find_date_range(text, EN) is None


def test_no_range_starts_inside_a_number() -> None:
    """"119-20 June 2020": the range cannot start at the "19" of "119"; only the date
    after the dash is one."""
    span = find_date_range("119-20 June 2020", EN)
    assert span is not None
    assert (span.start.isoformat(), span.end.isoformat(), span.span) == (
        "2020-06-20", "2020-06-20", (4, 16))


@pytest.mark.parametrize("text", ["19-9 June 2020", "Geneva, 19-9 June 2020",
                                  "19 - 9 June 2020", "9 December 2024 - 3 January 2024",
                                  "30-31 February 2020", "2020年6月19-9日"])
def test_a_reversed_or_impossible_range_is_no_date(text: str) -> None:
    """Decision: a range that ends before it starts is a typo. It is no range, and its
    second half alone ("9 June 2020") is no date either: read as the meeting's one day,
    it would be a wrong value where no value is the truth."""
    lang = LANGUAGES["zh"] if "年" in text else EN
    assert find_date_range(text, lang) is None


def test_after_a_reversed_range_a_later_date_still_counts() -> None:
    span = find_date_range("Geneva, 19-9 June 2020; 1-2 July 2020", EN)
    assert span is not None
    assert (span.start.isoformat(), span.end.isoformat(), span.span) == (
        "2020-07-01", "2020-07-02", (24, 37))
    span = find_date_range("19-9 June 2020, dated 3 March 2020", EN)
    assert span is not None
    assert (span.start.isoformat(), span.end.isoformat()) == ("2020-03-03", "2020-03-03")


def test_a_reversed_range_on_the_meeting_line_gives_no_meeting_dates() -> None:
    doc = itudocs.parse_text("Council 2020\nGeneva, 19-9 June 2020\nDocument C20/57-E\n"
                             "3 March 2020\nOriginal: English\n")
    h = doc.header
    assert (h.meeting, h.meeting_start, h.meeting_end) == ("Council 2020", None, None)
    assert h.date is not None and h.date.isoformat() == "2020-03-03"


# -- symbols -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["XCWG-COP-14/3-E", "XC20/57-E", "AWG-CP/1/16", "C20/57-E/3",
                                  "CWG-COP-14/3-E/2", "C20/57-EN", "C20/DT/1-E/4",
                                  "C20/57(Rev.1)-E/3", "C20/57(Rev.1)/3", "C90/1-E-E/3",
                                  "see https://x.int/C20/57-E"])
def test_no_symbol_inside_a_longer_name(text: str) -> None:
    """Decision: "C20/57-E/3" is no ITU symbol, and no prefix of it is one either."""
    assert find_symbols(text) == []
    assert find_symbol(text) is None
    assert parse_symbol(text) is None


@pytest.mark.parametrize(("text", "symbol"), [
    ("(CWG-COP-14/3-E)", "CWG-COP-14/3-E"), ("see C20/57-E.", "C20/57-E"),
    ("C20/57-E/C20/58-E", None), ("Documents C20/57-E, C20/58-E", "C20/57-E"),
    ("C20/57-E (Rev.1)", "C20/57-E"), ("C20/57 (Rev.1)-E", "C20/57 (Rev.1)-E"),
])
def test_a_symbol_between_punctuation_is_found(text: str, symbol: str | None) -> None:
    found = find_symbol(text)
    assert (found[0].text if found else None) == symbol


# -- sections ----------------------------------------------------------------------------------

def test_section_numbers_of_four_and_five_levels() -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tScope\n1.1.1\tParts\n1.1.1.1\tFour levels\n"
                             "1.1.1.1.1\tFive levels\n1.1.1.1.2\tThe group met in Geneva.\n")
    assert [(s.number, s.title, s.level) for s in doc.iter_sections()] == [
        ("1", "Introduction", 1), ("1.1", "Scope", 2), ("1.1.1", "Parts", 3),
        ("1.1.1.1", "Four levels", 4), ("1.1.1.1.1", "Five levels", 5),
        ("1.1.1.1.2", None, 5)]
    five = doc.find("1.1.1.1.2")
    assert five is not None and [b.text for b in five.blocks] == ["The group met in Geneva."]
    four = doc.find("1.1.1.1")
    assert four is not None and [c.number for c in four.children] == ["1.1.1.1.1", "1.1.1.1.2"]


def test_a_number_alone_on_its_line_loses_its_dot() -> None:
    doc = itudocs.parse_text("1.\nIntroduction\n1.1.\nThe Council met.\n2.\nNext steps\n")
    assert [(s.number, s.title, [b.text for b in s.blocks]) for s in doc.iter_sections()] == [
        ("1", "Introduction", []), ("1.1", None, ["The Council met."]), ("2", "Next steps", [])]


def test_a_number_of_four_or_five_levels_alone_on_its_line() -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tScope\n1.1.1\tParts\n1.1.1.1.\n"
                             "Four levels\n1.1.1.1.1\nThe group met in Geneva.\n")
    assert [(s.number, s.title, [b.text for b in s.blocks]) for s in doc.iter_sections()][3:] == [
        ("1.1.1.1", "Four levels", []), ("1.1.1.1.1", None, ["The group met in Geneva."])]


# -- Strict OOXML ------------------------------------------------------------------------------

STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"


def test_strict_ooxml_is_read() -> None:
    """A package whose WordprocessingML is in the Strict namespace gives its text, as
    the Transitional one does."""
    body = ("<w:p><w:r><w:t>1</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t>Introduction</w:t>"
            "</w:r></w:p><w:p><w:r><w:t>Strict text is read.</w:t></w:r></w:p>")
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f'<w:document xmlns:w="{STRICT_W}" w:conformance="strict"><w:body>{body}'
           "</w:body></w:document>")
    doc = itudocs.parse(make_docx("", raw_document=xml))
    assert [(s.number, s.title, [b.text for b in s.blocks]) for s in doc.iter_sections()] == [
        ("1", "Introduction", ["Strict text is read."])]


def test_a_quote_links_its_intro_and_numbers_its_first_item_behind_the_mark() -> None:
    doc = itudocs.parse_text(
        "Document C20/57-E\n1\tIntroduction\n"
        "1.1\tThe Council met in 2009. It resolved as follows (extract from Council "
        "Resolution 1306 (2009)):\n"
        "\u201c1\tto establish a working group;\n2\tto report annually.\u201d\n"
        "1.2\tThe group met.")
    (q,) = doc.quotes
    # the intro is the last sentence of the paragraph before, and names its block
    assert q.intro == ("It resolved as follows (extract from Council Resolution 1306 "
                       "(2009)):")
    para = doc.find("1.1").blocks[0]
    assert para.text.startswith("The Council met in 2009.")
    assert q.intro_block_id == para.id
    assert [(p.label, p.text) for p in q.paragraphs] == [
        ("1", "to establish a working group;"), ("2", "to report annually.")]
