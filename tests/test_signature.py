"""The signature stage's limits, one case each (``itudocs.extract.signature``): a name
then the role under it, as the Secretary-General signs; expected values by hand."""

from __future__ import annotations

import pytest

from itudocs.extract import signature
from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.tokens import tokenize
from itudocs.lang import LANGUAGES
from itudocs.readers.tika import read_text

EN, ZH = LANGUAGES["en"], LANGUAGES["zh"]
ROLE_120 = "Secretary-General of the " + "a" * 95
NAME_60 = "Jane " + "D" * 55


def _find(text: str, lang=EN):  # type: ignore[no-untyped-def]
    blocks = read_text(text).blocks
    tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
    return signature.find(tokens, lang)


@pytest.mark.parametrize(("text", "expected"), [
    # a document of just the two lines
    ("Houlin ZHAO\nSecretary-General", ("Secretary-General", "Houlin ZHAO")),
    # the role line: at most 120 characters, no comma, no closing punctuation
    (f"Jane Doe\n{ROLE_120}", (ROLE_120, "Jane Doe")),
    (f"Jane Doe\n{ROLE_120}a", None),
    ("Houlin ZHAO\nSecretary-General, ITU", None),
    ("Houlin ZHAO\nSecretary-General.", None),
    # the role word starts the line (after at most two characters: Arabic's "ال")
    ("Jane Doe\nA Chairman", ("A Chairman", "Jane Doe")),
    ("Jane Doe\nAn Chairman", None),
    # the name: at most 60 characters and six words, no closing punctuation, no role
    # word, no digit
    (f"{NAME_60}\nSecretary-General", ("Secretary-General", NAME_60)),
    (f"{NAME_60}D\nSecretary-General", None),
    ("Ann Bo Cy Di Ed Fay\nSecretary-General", ("Secretary-General", "Ann Bo Cy Di Ed Fay")),
    ("Ann Bo Cy Di Ed Fay Gus\nSecretary-General", None),
    ("Jane Doe,\nSecretary-General", None),
    ("Jane Doe.\nSecretary-General", None),
    # (a role word in the first line: read the other way, role then name)
    ("Chairman Doe\nSecretary-General", ("Chairman Doe", "Secretary-General")),
    ("Room 42\nSecretary-General", None),
    # Chinese: the role word ends the line
    ("张三\n理事会主席", ("理事会主席", "张三")),
])
def test_name_then_role(text: str, expected: tuple[str, str] | None) -> None:
    signed = _find(text, ZH if "张" in text else EN)
    got = None if signed is None else (signed.signature.role, signed.signature.name)
    assert got == expected


def test_both_lines_are_claimed_as_the_signature() -> None:
    signed = _find("The Council met.\nHoulin ZHAO\nSecretary-General")
    assert signed is not None
    assert signed.claims == ((2, "signature"), (1, "signature"))
