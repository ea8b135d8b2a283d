"""Section numbers glued to their text (``itudocs.extract.sections``): the numbers that
may come next after the open sections, and a paragraph that starts with one of them,
glued to an acronym that starts a heading or to an ordinal no dotted number takes."""

from __future__ import annotations

import pytest

from itudocs.extract.sections import _glued_next, _next_numbers, _Open
from itudocs.extract.tokens import Token
from itudocs.model import TextLoc

LOC = TextLoc(0, 0, 0)


def _stack(*numbers: str | None) -> list[_Open]:
    return [_Open(n, None, k + 1, LOC, f"s{k}") for k, n in enumerate(numbers)]


@pytest.mark.parametrize(("numbers", "following"), [
    ((), ["1"]),
    ((None,), ["1"]),  # a style heading has no number
    (("2",), ["2.1", "3"]),
    (("1", "1.3"), ["1.3.1", "1.4", "2"]),
    (("1", None, "1.9"), ["1.9.1", "1.10", "2"]),
])
def test_next_numbers(numbers: tuple[str | None, ...], following: list[str]) -> None:
    assert _next_numbers(_stack(*numbers)) == following


def _tok(text: str, style: str | None = None) -> Token:
    return Token("text", None, text, 4, LOC, "t4", start=2, style=style)


@pytest.mark.parametrize(("text", "style", "numbers", "label", "rest", "heading"), [
    ("7CWG-COP meetings", None, ("6",), "7", "CWG-COP meetings", True),
    ("7CWG meetings were held.", "Heading 1", ("6",), "7", "CWG meetings were held.", True),
    ("1.132-е собрание", None, ("1",), "1.1", "32-е собрание", True),
    ("1.13-е собрание", None, ("1",), "1.1", "3-е собрание", True),
])
def test_glued_number(text: str, style: str | None, numbers: tuple[str, ...], label: str,
                      rest: str, heading: bool) -> None:
    assert _glued_next(_tok(text, style), _stack(*numbers)) == _tok(text, style)._replace(
        kind="section", label=label, text=rest, start=2 + len(label), heading=heading)


@pytest.mark.parametrize(("text", "numbers"), [
    ("71A meetings", ("6",)),  # a digit, then a capital: no acronym
    ("7C-WG meetings", ("6",)),  # a capital, then no capital
    ("7CWG meetings were held.", ("6",)),  # not a heading
    ("8CWG meetings", ("6",)),  # not the next number
    ("1.13 собрание", ("1",)),  # no ordinal
])
def test_not_glued(text: str, numbers: tuple[str, ...]) -> None:
    assert _glued_next(_tok(text), _stack(*numbers)) is None
