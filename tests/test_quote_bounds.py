"""Quotes (``itudocs.extract.quotes``) from hand-built paragraphs: where a quote opens
and closes (nested marks, the last paragraph, an unclosed one and its indented tail),
the intro's last sentence and its length bar, what the quote's paragraphs keep, and
where the source instrument is looked for before the quote."""

from __future__ import annotations

import pytest

from itudocs.extract.quotes import Quotes, find
from itudocs.extract.tokens import Token
from itudocs.lang import LANGUAGES
from itudocs.model import TextLoc

EN = LANGUAGES["en"]
ZH = LANGUAGES["zh"]


def _tok(k: int, text: str) -> Token:
    kind, label, indented = "text", None, False
    if text.startswith("§"):  # "§2 Title": a section
        label, text = text[1:].split(" ", 1)
        kind = "section"
    elif text.startswith("• "):
        kind, label, text = "bullet", "•", text[2:]
    elif text.startswith(">"):  # an indented paragraph
        indented, text = True, text[1:]
    return Token(kind, label, text, k, TextLoc(k, 0, len(text)), f"b{k}",  # type: ignore[arg-type]
                 indented=indented)


def _find(*texts: str, lang: object = EN) -> Quotes:
    return find([_tok(k, t) for k, t in enumerate(texts)], lang)  # type: ignore[arg-type]


def _paras(found: Quotes, n: int = 0) -> list[tuple[str | None, str]]:
    return [(p.label, p.text) for p in found.quotes[n].paragraphs]


def test_quote_closing_in_the_last_paragraph() -> None:
    found = _find("The Council resolves:", "“to do it.”")
    assert _paras(found) == [(None, "to do it.")]
    assert found.warnings == ()
    assert found.quoted == frozenset({1})
    quote = found.quotes[0].to_model(None)
    assert quote.intro_block_id == "b0"
    assert quote.loc == TextLoc(1, 0, 11)


def test_quote_at_the_start_has_no_intro() -> None:
    found = _find("“to do it.”", "Then more.")
    assert found.quotes[0].to_model(None).intro_block_id is None
    assert found.warnings == ()


def test_nested_marks_close_the_outer_quote() -> None:
    found = _find("It resolves:", "“a “b", "c”", "d”", "After.")
    assert _paras(found) == [(None, "a “b"), (None, "c”"), (None, "d")]


def test_unclosed_quote_takes_its_indented_and_elided_tail() -> None:
    found = _find("It resolves:", "“to do", ">more", "…", ">still", "Not quoted.")
    assert _paras(found) == [(None, "to do"), (None, "more"), (None, "…"), (None, "still")]
    assert [w.code for w in found.warnings] == ["quote-unclosed"]
    at_end = _find("It resolves:", "“to do", ">more", ">still")
    assert _paras(at_end) == [(None, "to do"), (None, "more"), (None, "still")]


def test_opening_mark_after_tabs_and_spaces_only() -> None:
    assert _paras(_find("It resolves:", "\t “to do it.”")) == [(None, "to do it.")]
    assert _find("It resolves:", "\u3000“to do it.”").quotes == ()
    assert _find("It resolves:", "X“to do it.”").quotes == ()


def test_last_paragraph_loses_its_closing_mark_before_trailing_punctuation() -> None:
    found = _find("It resolves:", "“to do;", "to do more.”;")
    assert _paras(found) == [(None, "to do;"), (None, "to do more.")]
    assert found.quotes[0].loc == TextLoc(1, 0, 13)  # up to the end of the longest line


def test_bullet_labels_are_not_kept() -> None:
    found = _find("It resolves:", "“to do;", "• more;", "§2 and more.”")
    assert _paras(found) == [(None, "to do;"), (None, "more;"), ("2", "and more.")]


@pytest.mark.parametrize(("intro", "sentence"), [
    ("This was agreed. The Council resolves:", "The Council resolves:"),
    ("One. Two. Three. The Council resolves:", "The Council resolves:"),
    ("Noted. B:", "B:"),
    ("; The Council resolves:", "The Council resolves:"),
    ("The Council resolves " + "x" * 279, "The Council resolves " + "x" * 279),  # 300
    ("The Council resolves " + "x" * 280, None),  # 301 characters and no colon
])
def test_intro_is_the_last_sentence(intro: str, sentence: str | None) -> None:
    assert _find(intro, "“to do it.”").quotes[0].intro == sentence


def test_chinese_intro_ending_with_a_full_stop() -> None:
    assert _find("理事会决定。", "“做。”", lang=ZH).quotes[0].intro == "理事会决定。"


@pytest.mark.parametrize(("texts", "source"), [
    # two paragraphs back (the intro is one back)
    (["Resolution 1306 (2009) applies.", "It is noted.", "It resolves:", "“to do it.”"],
     "Resolution 1306 (2009)"),
    # five paragraphs back at most
    (["Resolution 1306 (2009) applies.", "a", "b", "c", "d", "It resolves:", "“x.”"],
     "Resolution 1306 (2009)"),
    (["Resolution 1306 (2009) applies.", "a", "b", "c", "d", "e", "It resolves:", "“x.”"],
     None),
    # not across a section heading
    (["Resolution 1306 (2009) applies.", "§2 Heading", "It resolves:", "“to do it.”"], None),
    # the paragraph before the quote, when it is no intro, is not looked at
    (["Noted.", "Resolution 1306 (2009) applies to this text", "“to do it.”"], None),
    # not after the end of the text
    (["It resolves:", "“to do it.”", "Resolution 1306 (2009) applies."], None),
])
def test_source_before_the_quote(texts: list[str], source: str | None) -> None:
    assert _find(*texts).quotes[0].source == source


def test_no_source_through_a_previous_quote() -> None:
    found = _find("See Resolution 1306 (2009).", "“A.”", "“B.”")
    assert [q.source for q in found.quotes] == [None, None]
