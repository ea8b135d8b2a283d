"""Mutation tests for the quotes stage (itudocs.extract.quotes): the first quoted
paragraph's label, which the opening mark hid from the tokens stage."""

from __future__ import annotations

from itudocs.extract import quotes
from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.tokens import tokenize
from itudocs.lang import LANGUAGES
from itudocs.readers.tika import read_text


def _paragraphs(text: str) -> list[tuple[str | None, str]]:
    blocks = read_text(text).blocks
    toks = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
    found = quotes.find(toks, LANGUAGES["en"])
    assert len(found.quotes) == 1
    return [(p.label, p.text) for p in found.quotes[0].paragraphs]


def test_an_item_letter_right_after_the_opening_mark_is_the_first_items_label() -> None:
    """'“a)<TAB>to establish' is item a), as the next 'b)<TAB>to report' is item b)."""
    assert _paragraphs("The Council resolves:\n\u201ca)\tto establish a group;\n"
                       "b)\tto report.\u201d") == [
        ("a)", "to establish a group;"), ("b)", "to report.")]


def test_a_number_after_spaces_is_a_label_but_not_one_after_tabs() -> None:
    """The label hidden by the opening mark may follow spaces; after TABs the text
    is kept whole, its number not taken for a label."""
    assert _paragraphs("The Council resolves:\n\u201c 1\tto establish a group;\n"
                       "2\tto report.\u201d") == [
        ("1", "to establish a group;"), ("2", "to report.")]
    assert _paragraphs("The Council resolves:\n\u201c\t\t1\tto establish a group;\n"
                       "2\tto report.\u201d") == [
        (None, "1\tto establish a group;"), ("2", "to report.")]


def test_an_unclosed_quote_is_warned_about_where_it_opens() -> None:
    """A quotation that never closes ends with its indented paragraphs, and the
    warning says so at the opening paragraph (line 1 of the text)."""
    blocks = read_text("The Council resolves:\n\u201cto establish a group;\n\tto report.\n"
                       "The end.").blocks
    toks = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
    found = quotes.find(toks, LANGUAGES["en"])
    assert [[p.text for p in q.paragraphs] for q in found.quotes] == [
        ["to establish a group;", "to report."]]
    (warning,) = found.warnings
    assert warning.code == "quote-unclosed"
    assert warning.message == ("a quotation opens here and never closes; it is taken to "
                               "end with its indented paragraphs")
    assert warning.loc == toks[1].loc and toks[1].text.startswith("\u201cto establish")


def test_a_bulleted_quote_paragraph_keeps_its_number_as_text() -> None:
    """Only the first quoted paragraph may hide a label behind the opening mark: a
    later bullet paragraph '•<TAB>2<TAB>to report.' has no label, and its '2<TAB>'
    stays in its text."""
    assert _paragraphs("The Council resolves:\n\u201cto establish a group;\n"
                       "\u2022\t2\tto report.\u201d") == [
        (None, "to establish a group;"), (None, "2\tto report.")]
