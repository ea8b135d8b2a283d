"""Quoted excerpts of resolutions and decisions.

A quote opens at a paragraph that starts with an opening quotation mark and runs
until the marks balance again; it may span many paragraphs, carry its own numbering
(``1.1``, ``1)``) and contain elisions (``…``). Its paragraphs are taken out of the
section tree: numbers inside a quote belong to the quoted instrument. The intro is
the sentence ending in a colon just before the quote; the source is the instrument
named in the intro or, failing that, the one in the preceding text whose year the
intro names.

:func:`find` returns the quotes, the blocks inside them and its claims:

```pycon
>>> from itudocs.extract.ledger import Ledger, block_ids
>>> from itudocs.extract.quotes import find
>>> from itudocs.extract.tokens import tokenize
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text('1\\tIntro\\nThe Council resolves:\\n"to do it;\\n2\\tto do more."').blocks
>>> tokens = tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).tokens
>>> found = find(tokens, LANGUAGES["en"])
>>> q = found.quotes[0]
>>> q.intro, [(p.label, p.text) for p in q.paragraphs], sorted(found.quoted)
('The Council resolves:', [(None, 'to do it;'), ('2', 'to do more.')], [2, 3])

```
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from itudocs.extract.ledger import Claims
from itudocs.extract.tokens import Token, span_loc
from itudocs.grammar.instruments import find_instruments
from itudocs.grammar.patterns import (
    COLON_END,
    ELISION_INLINE,
    ELISION_ONLY,
    ITEM_LABEL,
    SECTION_LABEL,
    YEAR,
    words_re,
)
from itudocs.lang import Language
from itudocs.model import InstrumentRef, Loc, ParseWarning, Quote, QuoteParagraph

_MAX_QUOTE = 400  # paragraphs; a longer "quote" is a missing closing mark
_TRAILING = " \t.,;:。，；："
_INTRO_MAX = 300  # characters: a longer paragraph without a colon is not an intro
_SENTENCE_BREAK = regex.compile(r"[.!?;]\s+(?=\p{Lu})|[。！？；]")


@attrs.frozen
class FoundQuote:
    """A quote as found: what the model's :class:`~itudocs.model.Quote` holds but the
    instrument (the citations stage normalises ``source``), and the intro's token."""

    section: str | None
    intro: str | None
    intro_token: Token | None
    source: str | None
    paragraphs: tuple[QuoteParagraph, ...]
    elided: bool
    loc: Loc

    def to_model(self, instrument: InstrumentRef | None) -> Quote:
        return Quote(section=self.section, intro=self.intro, source=self.source,
                     paragraphs=self.paragraphs, elided=self.elided, loc=self.loc,
                     instrument=instrument,
                     intro_block_id=self.intro_token.id if self.intro_token else None)


@attrs.frozen
class Quotes:
    """What :func:`find` found: the quotes in document order, the block indices of
    their paragraphs, its claims (``quote``) and warnings."""

    quotes: tuple[FoundQuote, ...]
    quoted: frozenset[int]
    claims: Claims
    warnings: tuple[ParseWarning, ...]


def find(tokens: Sequence[Token], lang: Language) -> Quotes:
    """The quotes among ``tokens``."""
    pairs = lang.quote_marks
    section: str | None = None  # the section the scan is in (numbers outside quotes)
    next_close: dict[tuple[str, str], list[int]] = {}
    in_quote = [False] * len(tokens)
    found: list[FoundQuote] = []
    warnings: list[ParseWarning] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        pair = _opening(tok.text, pairs)
        if pair is None:
            if tok.kind == "section":
                section = tok.label
            i += 1
            continue
        if pair not in next_close:
            next_close[pair] = _next_close(tokens, pair)
        end, closed = _closing(tokens, i, pair, next_close[pair])
        if not closed:
            warnings.append(ParseWarning(
                code="quote-unclosed", loc=tok.loc,
                message="a quotation opens here and never closes; it is taken to end with "
                "its indented paragraphs"))
        in_quote[i:end + 1] = [True] * (end + 1 - i)
        intro_tok = tokens[i - 1] if i > 0 and not in_quote[i - 1] else None
        intro = _intro(intro_tok, lang)
        source = _source(tokens, in_quote, lang, intro, intro_tok, i)
        found.append(_build(tokens[i:end + 1], pair, intro, intro_tok, source, section))
        i = end + 1
    quoted = frozenset(t.block_index for t, q in zip(tokens, in_quote, strict=True) if q)
    return Quotes(quotes=tuple(found), quoted=quoted,
                  claims=tuple((index, "quote") for index in sorted(quoted)),
                  warnings=tuple(warnings))


def _opening(text: str, pairs: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    stripped = text.lstrip("\t ")
    for pair in pairs:
        if stripped.startswith(pair[0]):
            return pair
    return None


def _balance(text: str, pair: tuple[str, str]) -> int:
    op, cl = pair
    if op == cl:
        return text.count(op) % 2
    return text.count(op) - text.count(cl)


def _next_close(tokens: Sequence[Token], pair: tuple[str, str]) -> list[int]:
    """For each token, the index of the first token at or after it that holds the
    closing mark (len(tokens) if none): one backward pass, so that an unclosed
    quotation is known as such without walking ahead from every opening mark."""
    out = [len(tokens)] * (len(tokens) + 1)
    for j in range(len(tokens) - 1, -1, -1):
        out[j] = j if pair[1] in tokens[j].text else out[j + 1]
    return out


def _closing(tokens: Sequence[Token], start: int, pair: tuple[str, str],
             next_close: list[int]) -> tuple[int, bool]:
    depth = 0
    limit = min(len(tokens), start + _MAX_QUOTE)
    scan = range(start, limit) if next_close[start] < limit else range(0)
    for j in scan:
        if pair[0] == pair[1]:
            depth ^= _balance(tokens[j].text, pair)
        else:
            depth += _balance(tokens[j].text, pair)
        if depth <= 0:
            return j, True
    # Unclosed: the opening paragraph and the indented or elided ones after it.
    j = start
    while j + 1 < limit and (tokens[j + 1].indented or ELISION_ONLY.fullmatch(tokens[j + 1].text)):
        j += 1
    return j, False


def _intro(tok: Token | None, lang: Language) -> str | None:
    """The sentence that introduces a quote: the paragraph before it when it ends with a
    colon, or when it is short and speaks as intros do (an operative verb such as
    "resolves", or the word for "excerpt", from the language's table)."""
    if tok is None:
        return None
    if not COLON_END.search(tok.text) and (
            len(tok.text) > _INTRO_MAX
            or not words_re(lang.operative_verbs + lang.excerpt_words).search(tok.text)):
        return None
    text = tok.text.strip()
    # The last sentence: after a full stop followed by a space and a capital (not the
    # "г." of "2010 г.)" nor "Rev."), or after a Chinese full stop.
    ends = list(_SENTENCE_BREAK.finditer(text, 0, len(text) - 1))
    return text[ends[-1].end():].strip() if ends else text


def _build(toks: Sequence[Token], pair: tuple[str, str], intro: str | None,
           intro_tok: Token | None, source: str | None, section: str | None) -> FoundQuote:
    paragraphs: list[QuoteParagraph] = []
    elided = False
    for n, tok in enumerate(toks):
        text = tok.text
        if n == 0:
            text = text.lstrip("\t ")[len(pair[0]):]
        if n == len(toks) - 1:
            stripped = text.rstrip(_TRAILING)
            if stripped.endswith(pair[1]):
                text = stripped[: -len(pair[1])]
        label = tok.label if tok.kind in ("section", "item") else None
        if n == 0 and label is None:
            # The opening mark hid the first item's number from the tokens: "“1<TAB>to
            # establish ..." is item 1, as its "2<TAB>to report ..." is item 2.
            m = SECTION_LABEL.match(text.lstrip(" ")) or ITEM_LABEL.match(text.lstrip(" "))
            if m is not None and "\t" in m.group(0):
                label = m.group("num") if "num" in m.groupdict() else m.group("lab")
                text = text.lstrip(" ")[m.end():]
        text = text.strip()
        if ELISION_ONLY.fullmatch(text) or ELISION_INLINE.search(text):
            elided = True
        paragraphs.append(QuoteParagraph(label=label, text=text, loc=tok.loc, block_id=tok.id))
    return FoundQuote(section=section, intro=intro, intro_token=intro_tok, source=source,
                      paragraphs=tuple(paragraphs), elided=elided,
                      loc=span_loc(toks[0].loc, toks[-1].loc))


def _source(tokens: Sequence[Token], in_quote: list[bool], lang: Language, intro: str | None,
            intro_tok: Token | None, first: int) -> str | None:
    """The instrument the quote comes from, as printed."""
    if intro:
        refs = find_instruments(intro, lang)
        if refs:
            return refs[0].text
    # Not in the intro: the instrument mentioned in the text before it whose year
    # the intro names ("Council 2009 resolves" -> "Resolution 1306 (2009)").
    years = set(YEAR.findall(intro or ""))
    start = first - 1 if intro_tok is not None else first
    for j in range(start - 1, max(start - 6, -1), -1):
        tok = tokens[j]
        if in_quote[j]:
            break
        refs = find_instruments(tok.text, lang)
        if years:
            for ref in refs:
                if str(ref.ref.year) in years:
                    return ref.text
        elif len({r.ref.number for r in refs}) == 1:
            return refs[0].text
        if tok.kind == "section":
            break
    return None
