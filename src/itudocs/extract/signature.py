"""Stage: the signature at the end of a report — a role line ("Chairman, CWG-COP",
"CWG-COP主席") followed by the name with the country in brackets.

```pycon
>>> from itudocs.extract.ledger import Ledger, block_ids
>>> from itudocs.extract.signature import find
>>> from itudocs.extract.tokens import tokenize
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text("1\\tText.\\nChairman, CWG-COP\\nJane Doe (Ghana)").blocks
>>> tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
>>> signed = find(tokens, LANGUAGES["en"])
>>> signed.signature.name, signed.signature.country, signed.claims
('Jane Doe', 'Ghana', ((2, 'signature'), (1, 'signature')))

```
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from itudocs.extract.ledger import Claims
from itudocs.extract.tokens import Token
from itudocs.grammar.patterns import NAME_COUNTRY, TERMINAL, words_re
from itudocs.lang import Language
from itudocs.model import Signature

_ROLE_MAX = 120
_SENTENCE_END = TERMINAL | frozenset(",，،")


@attrs.frozen
class Signed:
    """The signature found, and the two paragraphs it takes (name, role)."""

    signature: Signature
    claims: Claims


def find(tokens: Sequence[Token], lang: Language) -> Signed | None:
    """The signature made by the last two tokens, or ``None``: a role line and the name
    (country) under it, as a report ends; or a name and the role under it, as the
    Secretary-General signs a covering note and as a letter closes."""
    if not tokens:
        return None
    roles = words_re(lang.signature_roles)
    last = tokens[-1]
    if last.kind != "text":
        return None
    name_first = _name_then_role(tokens, roles)
    if name_first is not None:
        return name_first
    # The name line is the last paragraph, the role line the one before it.
    m = NAME_COUNTRY.fullmatch(last.text.strip())
    role_tok = tokens[-2] if len(tokens) > 1 else None
    if role_tok is not None and (role_tok.kind != "text" or len(role_tok.text) > _ROLE_MAX
                                 or not roles.search(role_tok.text)
                                 or role_tok.text.strip()[-1:] in _SENTENCE_END):
        role_tok = None  # a sentence that mentions a chairman is no role line
    if role_tok is None or (m is None and (len(last.text) > 80
                                           or last.text.strip()[-1:] in _SENTENCE_END)):
        return None
    signature = Signature(
        role=role_tok.text.strip(),
        name=(m.group("name").strip() if m else last.text.strip()) or None,
        country=m.group("country").strip() if m else None,
    )
    return Signed(signature, ((last.block_index, "signature"), (role_tok.block_index, "signature")))


def _name_then_role(tokens: Sequence[Token], roles: regex.Pattern[str]) -> Signed | None:
    """"Houlin ZHAO" / "Secretary-General": a short role line last, a short name before
    it (no sentence, no role word)."""
    if len(tokens) < 2:
        return None
    role, name = tokens[-1], tokens[-2]
    # A text rendering may join "Yours faithfully," / "(signed)" / the name into one
    # paragraph: the name is its last line.
    role_text, name_text = role.text.strip(), name.text.strip().split("\n")[-1].strip()
    if name.kind != "text" or not _is_role(role_text, roles) or len(role_text) > _ROLE_MAX \
            or role_text[-1:] in _SENTENCE_END or "," in role_text:
        return None
    if not name_text or len(name_text) > 60 or name_text[-1:] in _SENTENCE_END \
            or len(name_text.split()) > 6 or roles.search(name_text) \
            or any(ch.isdigit() for ch in name_text):
        return None
    return Signed(Signature(role=role_text, name=name_text, country=None),
                  ((role.block_index, "signature"), (name.block_index, "signature")))


def _is_role(text: str, roles: regex.Pattern[str]) -> bool:
    """A role line: it starts with a role word ("Chair of the Council", "الرئيس") or, in
    Chinese, ends with one ("理事会主席")."""
    first = roles.search(text)
    if first is None:
        return False
    if first.start() <= 2:  # "ال" before an Arabic role word
        return True
    return "\u4e00" <= text[-1:] <= "\u9fff" and any(m.end() == len(text)
                                                      for m in roles.finditer(text))
