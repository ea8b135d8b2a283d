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

from itudocs.extract.ledger import Claims
from itudocs.extract.tokens import Token
from itudocs.grammar.patterns import NAME_COUNTRY, words_re
from itudocs.lang import Language
from itudocs.model import Signature

_ROLE_MAX = 120


@attrs.frozen
class Signed:
    """The signature found, and the two paragraphs it takes (name, role)."""

    signature: Signature
    claims: Claims


def find(tokens: Sequence[Token], lang: Language) -> Signed | None:
    """The signature made by the last two tokens, or ``None``."""
    if not tokens:
        return None
    roles = words_re(lang.signature_roles)
    last = tokens[-1]
    if last.kind != "text":
        return None
    # The name line is the last paragraph, the role line the one before it.
    m = NAME_COUNTRY.fullmatch(last.text.strip())
    role_tok = tokens[-2] if len(tokens) > 1 else None
    if role_tok is not None and (role_tok.kind != "text" or len(role_tok.text) > _ROLE_MAX
                                 or not roles.search(role_tok.text)):
        role_tok = None
    if role_tok is None or (m is None and len(last.text) > 80):
        return None
    signature = Signature(
        role=role_tok.text.strip(),
        name=(m.group("name").strip() if m else last.text.strip()) or None,
        country=m.group("country").strip() if m else None,
    )
    return Signed(signature, ((last.block_index, "signature"), (role_tok.block_index, "signature")))
