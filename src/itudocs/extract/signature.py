"""The signature at the end of a report: a role line ("Chairman, CWG-COP",
"CWG-COP主席") followed by the name with the country in brackets."""

from __future__ import annotations

from itudocs.extract.state import ParseState
from itudocs.grammar.patterns import NAME_COUNTRY, words_re
from itudocs.model import Signature

_ROLE_MAX = 120


def extract_signature(state: ParseState) -> None:
    if not state.tokens:
        return
    roles = words_re(state.lang.signature_roles)
    last = state.tokens[-1]
    if last.kind != "text" or last.in_quote:
        return
    # The name line is the last paragraph, the role line the one before it.
    m = NAME_COUNTRY.fullmatch(last.text.strip())
    name_tok = last
    role_tok = state.tokens[-2] if len(state.tokens) > 1 else None
    if role_tok is not None and (role_tok.kind != "text" or len(role_tok.text) > _ROLE_MAX
                                 or not roles.search(role_tok.text)):
        role_tok = None
    if role_tok is None or (m is None and len(last.text) > 80):
        return
    state.signature = Signature(
        role=role_tok.text.strip() if role_tok else None,
        name=(m.group("name").strip() if m else last.text.strip()) or None,
        country=m.group("country").strip() if m else None,
    )
    state.claim(name_tok.index, "signature")
    if role_tok is not None:
        state.claim(role_tok.index, "signature")
