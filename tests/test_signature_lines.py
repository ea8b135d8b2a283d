"""A name over a role line (``itudocs.extract.signature``), at each bar the two lines
must pass: the role line's length, its end and its commas, the name's length, words,
end, digits and role words; and where a role word may stand in a role line."""

from __future__ import annotations

import pytest

from itudocs.extract.signature import _is_role, _name_then_role
from itudocs.extract.tokens import Token
from itudocs.grammar.patterns import words_re
from itudocs.lang import LANGUAGES
from itudocs.model import Signature, TextLoc

EN = words_re(LANGUAGES["en"].signature_roles)
ZH = words_re(LANGUAGES["zh"].signature_roles)


def _tokens(*texts: str) -> list[Token]:
    return [Token("text", None, t, k + 5, TextLoc(k, 0, len(t)), f"t{k}")
            for k, t in enumerate(texts)]


def test_name_then_role_two_paragraphs() -> None:
    signed = _name_then_role(_tokens("Houlin ZHAO", "Secretary-General"), EN)
    assert signed is not None
    assert signed.signature == Signature(role="Secretary-General", name="Houlin ZHAO",
                                         country=None)
    assert signed.claims == ((6, "signature"), (5, "signature"))


def test_name_is_the_last_line_of_its_paragraph() -> None:
    signed = _name_then_role(_tokens("Body.", "Yours faithfully,\n(signed)\nJane Doe",
                                     "Director"), EN)
    assert signed is not None
    assert (signed.signature.name, signed.signature.role) == ("Jane Doe", "Director")


ROLE_120 = "Chairman " + "x" * 111
NAME_60 = "N" * 60


@pytest.mark.parametrize(("name", "role", "signs"), [
    ("Jane Doe", ROLE_120, True),  # a role line of 120 characters
    ("Jane Doe", ROLE_120 + "x", False),
    ("Jane Doe", "Secretary-General.", False),  # a sentence's end
    ("Jane Doe", "Chairman, CWG-COP", False),  # a comma: the role before a name
    ("Jane Doe", "Convener of the group", True),
    (NAME_60, "Director", True),  # a name of 60 characters
    (NAME_60 + "N", "Director", False),
    ("Jane Doe.", "Director", False),
    ("", "Director", False),  # no name
    ("A B C D E F", "Director", True),  # six words
    ("A B C D E F G", "Director", False),  # seven
    ("Chairman Smith", "Director", False),  # a role word in the name
    ("Room 42", "Director", False),  # a digit
    ("Jane Doe", "The Director", False),  # the role word does not start the line
])
def test_name_then_role_bars(name: str, role: str, signs: bool) -> None:
    assert (_name_then_role(_tokens(name, role), EN) is not None) is signs


def test_one_paragraph_is_no_signature() -> None:
    assert _name_then_role(_tokens("Director"), EN) is None


@pytest.mark.parametrize(("text", "roles", "role"), [
    ("Chairman of the Council", EN, True),
    ("A Chairman", EN, True),  # up to two characters before it ("ال" in Arabic)
    ("Ab Chairman", EN, False),
    ("The Chairman", EN, False),  # ending with a role word is Chinese only
    ("Jane Doe", EN, False),
    ("理事会主席", ZH, True),
    ("CWG-COP主席", ZH, True),
    ("理事会主席会议", ZH, False),
])
def test_role_line(text: str, roles: object, role: bool) -> None:
    assert _is_role(text, roles) is role  # type: ignore[arg-type]
