"""The language of a non-ITU text by its frequent words (``plain_language``), at each of
its bars: three words, two distinct ones, twice any other language (and Latin), and a
share of all words. The texts are made up for the counts they give."""

from __future__ import annotations

import pytest

from itudocs.extract.language import plain_language
from itudocs.model import TextLoc
from itudocs.readers.blocks import RawBlock


def _blocks(*texts: str) -> tuple[RawBlock, ...]:
    return tuple(RawBlock(t, TextLoc(k, 0, len(t))) for k, t in enumerate(texts))


@pytest.mark.parametrize(("texts", "code"), [
    (["the of the"], "en"),  # three, two distinct
    (["the of"], None),  # two
    (["the the the"], None),  # one distinct word
    (["the the the of"], "en"),
    (["the the of of le le"], "en"),  # 4 = twice French's 2
    (["the the of of le le les"], None),  # 4 < twice 3
    (["the the the of of of le le la la"], None),  # 6 < twice French's 4 (es has 2)
    (["the the of of sed sed sed"], None),  # Latin counts against it
    (["le la les et"], "fr"),
])
def test_frequent_word_bars(texts: list[str], code: str | None) -> None:
    assert plain_language(_blocks(*texts)) == code


def test_share_of_all_words() -> None:
    # 4 frequent words: at least 8% of the words, 50 words at most
    assert plain_language(_blocks("the the of of " + "zzz " * 23, "zzz " * 23)) == "en"
    assert plain_language(_blocks("the the of of " + "zzz " * 24, "zzz " * 23)) is None
