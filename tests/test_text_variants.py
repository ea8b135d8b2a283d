"""Text renderings that depart from Tika's: lost TABs, numbers alone on a line, soft
line breaks, page headers, markers, unclosed quotes."""

from __future__ import annotations

import pytest

import itudocs


def numbers(doc: itudocs.Document) -> list[tuple[str, str | None]]:
    return [(s.number, s.title) for s in doc.iter_sections()]


def test_glued_numbers_and_lost_tabs() -> None:
    doc = itudocs.parse_text("1Introduction\n1.1.The Council met in Geneva.\n"
                             "2 Adoption\n1.2 The group agreed.\n")
    # "2 Adoption" has a single number and a space: ambiguous, left as text.
    assert numbers(doc)[:2] == [("1", "Introduction"), ("1.1", None)]
    assert doc.find("1.1").blocks[0].text == "The Council met in Geneva."  # type: ignore[union-attr]


def test_number_alone_on_its_line() -> None:
    doc = itudocs.parse_text("1\nIntroduction\n1.1\nThe Council met.\n")
    assert numbers(doc) == [("1", "Introduction"), ("1.1", None)]
    assert doc.find("1.1").blocks[0].text == "The Council met."  # type: ignore[union-attr]


def test_soft_line_break_continues_a_paragraph() -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tThe Council, at its session\n"
                             "in Geneva, agreed.\n2\tNext\n")
    s11 = doc.find("1.1")
    assert s11 is not None and s11.title is None
    assert s11.blocks[0].text == "The Council, at its session\nin Geneva, agreed."
    assert numbers(doc)[-1] == ("2", "Next")


def test_heading_versus_numbered_paragraph() -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tThe Council met.\n"
                             "1.2\tThe main outcomes include:\n")
    assert numbers(doc) == [("1", "Introduction"), ("1.1", None), ("1.2", None)]


def test_page_header_and_markers_do_not_leak() -> None:
    doc = itudocs.parse_text("\n2\nC20/57-E\n\t[bookmark: dmeeting]PL 1.5\n"
                             "\tDocument C20/57-E\n1\tIntro[footnoteRef:1]duction\n")
    assert doc.header.symbol is not None and doc.header.symbol.text == "C20/57-E"
    assert doc.header.agenda_item == "PL 1.5"
    assert numbers(doc) == [("1", "Introduction")]


def test_unclosed_quote_is_kept_with_a_warning() -> None:
    doc = itudocs.parse_text("1\tIntro\n1.1\tCouncil resolves (excerpt from Resolution 1306):\n"
                             "\t“to establish a group\n\t1.1\tto exchange views\n"
                             "2\tNext\n2.1\tDone.\n")
    assert [w.code for w in doc.warnings] == ["no-header", "quote-unclosed"]
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.source == "Resolution 1306"
    assert [p.text for p in q.paragraphs] == ["to establish a group", "to exchange views"]
    assert numbers(doc) == [("1", "Intro"), ("1.1", None), ("2", "Next"), ("2.1", None)]


def test_non_itu_text_keeps_every_line() -> None:
    doc = itudocs.parse_text("Hello.\nWorld\n")
    assert [b.text for b in doc.blocks] == ["Hello.", "World"]
    assert [w.code for w in doc.warnings] == ["no-header"]


@pytest.mark.parametrize(("line", "codes"), [
    ("Original: English", ("en",)),
    ("Original: Russian/English", ("ru", "en")),
    ("Original: English/French", ("en", "fr")),
    ("English only", ("en",)),
    ("Original: anglais", ("en",)),
    ("anglais seulement", ("en",)),
    ("Original: inglés", ("en",)),
    ("原文：英文", ("en",)),
    ("原文:俄文/英文", ("ru", "en")),
    ("Оригинал: английский", ("en",)),
    ("только на английском языке", ("en",)),
    ("الأصل: بالإنكليزية", ("en",)),
    ("بالإنكليزية فقط", ("en",)),
])
def test_original_languages(line: str, codes: tuple[str, ...]) -> None:
    doc = itudocs.parse_text(f"\tDocument C20/57-E\n\t3 March 2020\n\t{line}\n\tTitle\n")
    assert doc.header.original_languages == codes


def test_intro_without_colon_is_read_from_the_language_table() -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tThe Council resolves (excerpt from "
                             "Resolution 1306)\n\t“to establish a group.”\n")
    (q,) = doc.quotes
    assert q.intro == "The Council resolves (excerpt from Resolution 1306)"
    assert q.source == "Resolution 1306"
    plain = itudocs.parse_text("1\tIntroduction\n1.1\tThe weather was fine\n\t“Hello.”\n")
    assert plain.quotes[0].intro is None
