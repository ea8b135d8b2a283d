"""Mutation tests for the language stage (``itudocs.extract.language``): the symbol's
letter read only from a short line, the Latin-script score of a first page's own words,
and each bar of the frequent-word guess for a body without labels. Texts are made up
for the counts they give."""

from __future__ import annotations

import pytest

from itudocs.extract.language import detect, script_language, symbol_letter
from itudocs.model import TextLoc
from itudocs.readers.blocks import RawBlock


def _blocks(*texts: str) -> tuple[RawBlock, ...]:
    return tuple(RawBlock(t, TextLoc(k, 0, len(t))) for k, t in enumerate(texts))


def test_a_symbol_in_a_line_of_120_characters_or_more_is_cited_not_the_documents() -> None:
    """Only a line shorter than 120 characters (a header's cell) gives the symbol's
    letter; a 120-character sentence past the first five blocks cites another document."""
    sentence = "As reported in Document C20/57-F to the Council, "
    sentence += "x" * (120 - len(sentence))
    assert len(sentence) == 120
    blocks = _blocks("a", "b", "c", "d", "e", sentence)
    assert symbol_letter(blocks) is None
    shorter = _blocks("a", "b", "c", "d", "e", sentence[:119])
    assert symbol_letter(shorter) == "fr"


def test_one_french_label_word_makes_a_latin_first_page_french() -> None:
    """A first page whose only known word is French ("français", a language name) is
    French: one language alone scores above zero (the frequent-word fallback would say
    nothing about so few words)."""
    assert script_language(_blocks("Original: français")) == "fr"
    assert script_language(_blocks("Original: English")) == "en"


def test_a_first_page_without_any_languages_own_word_says_nothing() -> None:
    """"Original" is a label every table shares and "xyz" no table's word: every score
    is zero, and so few words give the frequent-word guess nothing either."""
    assert script_language(_blocks("Original: xyz")) is None


@pytest.mark.parametrize(("text", "code"), [
    # four distinct frequent words, five occurrences: English
    ("the of and to the", "en"),
    # three distinct words only (whatever their count): no language
    ("the of and the of and the of", None),
    # four distinct, but under five occurrences
    ("the of and to", None),
    # five English words in a text of 70 (under 8 %): no language
    ("the of and to the " + "zzz " * 65, None),
    # English 5 against French 4: under the lead of 1.5 times the runner-up
    ("the of and to the le la les et", None),
    # English 6 against French 4: the lead is there
    ("the of and to the of le la les et", "en"),
])
def test_frequent_word_bars_for_a_body_without_labels(text: str, code: str | None) -> None:
    assert script_language(_blocks(text)) == code


def test_a_first_line_of_120_characters_is_a_flat_first_page_whose_symbol_counts() -> None:
    """A line of 120 characters is no header cell, but as the first line it is a first
    page whose lines were lost: the symbol inside it gives the letter."""
    flat = "Council 2020Document C20/57-F3 March 2020Original: French"
    flat += " and more words" * 10
    flat = flat[:120]
    assert len(flat) == 120
    assert symbol_letter(_blocks(flat)) == "fr"


def test_a_mismatch_of_symbol_and_text_is_warned_about() -> None:
    d = detect(_blocks("Document C20/57-R", "The Council of the Union met in Geneva, "
                       "and the Council of the Union decided the things of the Union."))
    assert d.code == "ru"
    assert d.warning is not None
    assert (d.warning.code, d.warning.message) == (
        "language-mismatch", "the symbol says the document is in 'ru' but its text looks 'en'")


# -- round 3 ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [("理事会国际电信联盟工", "zh"), ("理事会国际电信联盟", None)])
def test_ten_letters_of_a_script_make_its_language(text: str, code: str | None) -> None:
    """Ten Chinese characters (and next to no Latin letters) make a text Chinese; nine
    say nothing."""
    assert script_language(_blocks(text)) == code


def test_a_phrase_of_a_languages_labels_adds_to_its_score() -> None:
    """"Action required" is one of the English table's phrases (its words are no single
    entries): it adds a point, so the first page is English."""
    assert script_language(_blocks("Action required")) == "en"
