"""Where a role word may stand in a role line (``itudocs.extract.signature._is_role``),
and a name over a role line with no name or no line above it."""

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


def test_one_paragraph_or_no_name_is_no_signature() -> None:
    # (the bars of the two lines are pinned in tests/test_signature.py)
    assert _name_then_role(_tokens("Director"), EN) is None
    assert _name_then_role(_tokens("", "Director"), EN) is None
    signed = _name_then_role(_tokens("Body.", "Yours faithfully,\n(signed)\nJane Doe",
                                     "Director"), EN)
    assert signed is not None  # the name is the last line of its paragraph
    assert signed.signature == Signature(role="Director", name="Jane Doe", country=None)
    assert signed.claims == ((7, "signature"), (6, "signature"))


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
