"""References to instruments: find, normalise and print them in six languages.

A reference is the instrument word and number ("Resolution 179", "第179号决议",
"القرار 179"), with what surrounds it: a body before it ("PP", "Council",
"全权代表大会"), a parenthesis ("(Rev. Dubai, 2018)", "（2018年，迪拜，修订版）",
"(C09)"), a body after it ("of the Plenipotentiary Conference", "du Conseil",
"Совета"). The parts are read with the words of :mod:`itudocs.lang` and the data of
:mod:`itudocs.lang.conferences`; what the text leaves out is inferred where it is
certain (a resolution numbered 1000 or more is the Council's; Guadalajara 2010 was a
Plenipotentiary Conference) and listed in ``inferred``.

The identifier is ``itu:<body>:<kind>:<number>`` followed by ``@<year>`` for the
Council and ``@<place>-<year>`` for conferences, e.g. ``itu:pp:resolution:179@dubai-2018``,
``itu:council:resolution:1306@2009``; ``unknown`` stands for a body that could not be
told. Documents: ``itu:doc:C20/57``.

Precision over recall: the instrument word must be written as a name (capitalised in
scripts with case), and a number glued to letters, units or decimals ("1080p",
"3.5") is not an instrument number.

```pycon
>>> from itudocs.grammar.instruments import find_instruments
>>> from itudocs.lang import LANGUAGES
>>> [f.ref.id for f in find_instruments("see Resolution 179 (Rev. Dubai, 2018)", LANGUAGES["en"])]
['itu:pp:resolution:179@dubai-2018']

```
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache, lru_cache
from typing import cast

import attrs
import regex

from itudocs.grammar.patterns import alternation, meeting_re
from itudocs.grammar.symbols import find_symbols, format_symbol
from itudocs.grammar.text import fold
from itudocs.lang import Language
from itudocs.lang.conferences import (
    BODY_SUFFIX,
    CONFERENCES,
    PLACES,
    bodies_at,
    body_names,
    place_names,
)
from itudocs.model import InstrumentKind, InstrumentRef, Symbol

_COUNCIL_SESSION = regex.compile(r"(?<![\p{L}0-9])C([0-9]{2})(?![0-9])")
_YEAR = regex.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])")
#: the first resolution number of the Council's own series
COUNCIL_NUMBERS_FROM = 1000


@attrs.frozen
class Found:
    """A reference found in a text: the instrument and the span it was read from."""

    ref: InstrumentRef
    start: int
    end: int
    text: str


@attrs.frozen
class _Grammar:
    core: regex.Pattern[str]
    trigger: regex.Pattern[str]
    prefix: regex.Pattern[str]
    meeting: regex.Pattern[str]
    suffix: regex.Pattern[str]
    paren: regex.Pattern[str]
    places: regex.Pattern[str]
    revision: regex.Pattern[str]
    word_kind: dict[str, InstrumentKind]
    bodies: dict[str, str]
    places_map: Mapping[str, str]


@cache
def _grammar(lang: Language) -> _Grammar:
    words = {w: cast(InstrumentKind, kind)
             for kind, ws in lang.instrument_words.items() for w in ws}
    word_alt = alternation(words)
    branches = "|".join(
        t.format(word=f"(?P<word>{word_alt})", num=r"(?P<num>[0-9]{1,4})")
        for t in lang.instrument_templates
    )
    # Word edges only for alphabetic scripts: Chinese and Arabic run words together.
    letter = r"[\p{Latin}\p{Cyrillic}]"
    core = regex.compile(
        rf"(?<!{letter})(?:{branches})(?![0-9]|[.,][0-9]|{letter}|%)", regex.V1)
    bodies = body_names(lang.code)
    # A body after the number must be written as one: after a connector ("of the
    # Council", "du Conseil") or in the language's own form of it ("Совета",
    # "للمجلس"); a bare name there is usually the verb's object ("... charge le
    # Conseil", "يكلف ... المجلس").
    suffix_forms = ({v.strip(): k for k, v in BODY_SUFFIX[lang.code].items()}
                    if lang.date_order != "ymd" else {})
    connected = {f"{of} {name}": body for of in lang.of_words for name, body in bodies.items()}
    connected.update({f"{of} ITU {name}": body for of in lang.of_words
                      for name, body in bodies.items()})
    suffix_forms.update(connected)
    # A body right before the word: "PP Resolution", "理事会第1306号决议", and in Chinese
    # with its year: "2010年全权代表大会第179号决议".
    prefix = regex.compile(
        rf"(?:(?<![\p{{Latin}}\p{{Cyrillic}}])(?:(?P<year>(?:19|20)[0-9]{{2}})\s?年\s?)?)"
        rf"(?:ITU\s+)?(?P<body>{alternation(bodies)})\s{{0,2}}$")
    suffix = regex.compile(rf"\s{{0,2}}(?P<body>{alternation(suffix_forms) or '(?!)'})"
                           r"(?!\p{L})(?:\s(?P<year>(?:19|20)[0-9]{2})(?![0-9]))?")
    paren = regex.compile(r"\s{0,2}(?:\((?P<p>[^()\n]{1,80})\)|（(?P<q>[^（）\n]{1,80})）)")
    places = place_names(lang.code)
    return _Grammar(
        core=core,
        trigger=regex.compile(word_alt),
        prefix=prefix,
        meeting=regex.compile(rf"(?:{meeting_re(lang).pattern})\s{{0,2}}$", regex.IGNORECASE),
        suffix=suffix,
        paren=paren,
        places=regex.compile(rf"(?<!\p{{L}})(?:{alternation(places)})(?!\p{{L}})"),
        revision=regex.compile(alternation(lang.revision_words) or r"(?!)"),
        word_kind=words,
        bodies={**bodies, **suffix_forms},
        places_map=places,
    )


def _paren_facts(g: _Grammar, text: str, lang: Language) -> dict[str, object] | None:
    """What a parenthesis after a reference says, or None when it says nothing of an
    instrument (e.g. "(excerpt)")."""
    facts: dict[str, object] = {}
    if g.revision.search(text):
        facts["revised"] = True
    m = g.places.search(text)
    if m:
        facts["place"] = g.places_map[m.group(0)]
    m = _YEAR.search(text)
    if m:
        facts["year"] = int(m.group(1))
    else:
        m = _COUNCIL_SESSION.search(text)
        if m:
            facts["year"] = 2000 + int(m.group(1))
            facts["body"] = "Council"
    for name, body in g.bodies.items():
        if name in text and len(name) > 2:
            facts["body"] = body
    return facts or None


def trigger(lang: Language) -> regex.Pattern[str]:
    """A cheap pattern that every instrument reference of ``lang`` matches somewhere
    (its instrument word): text it does not match holds no reference."""
    return _grammar(lang).trigger


def find_instruments(text: str, lang: Language, *, context_body: str | None = None,
                     context_year: int | None = None) -> list[Found]:
    """Every instrument reference in ``text``, in order. ``context_body`` and
    ``context_year`` (e.g. from "Council 2009 resolves ...") fill what the reference
    leaves out, marked as inferred."""
    g = _grammar(lang)
    if not g.trigger.search(text):
        return []  # no instrument word at all: most paragraphs, at the cost of one scan
    if len(text) <= _CACHED_TEXT:
        # The quotes stage and the citations stage read the same paragraphs.
        return list(_cached(text, lang, context_body, context_year))
    return _find(g, text, lang, context_body, context_year)


_CACHED_TEXT = 2000  # characters: a paragraph; longer texts are not kept in the cache


@lru_cache(maxsize=1024)
def _cached(text: str, lang: Language, context_body: str | None,
            context_year: int | None) -> tuple[Found, ...]:
    return tuple(_find(_grammar(lang), text, lang, context_body, context_year))


def _find(g: _Grammar, text: str, lang: Language, context_body: str | None,
          context_year: int | None) -> list[Found]:
    folded = fold(text)
    key = folded if len(folded) == len(text) else text
    out: list[Found] = []
    for m in g.core.finditer(key):
        start, end = m.start(), m.end()
        kind = g.word_kind[m.group("word")]
        number = m.group("num")
        facts: dict[str, object] = {}
        window = key[max(0, start - 60):start]
        pm = g.prefix.search(window)
        mm = g.meeting.search(window) if pm is None else None
        if mm:  # "理事会2009年会议第1306号决议": a Council session right before
            facts["body"], facts["year"] = "Council", int(mm.group("year"))
            start -= len(window) - mm.start()
        if pm:
            facts["body"] = g.bodies[pm.group("body")]
            if pm.group("year"):
                facts["year"] = int(pm.group("year"))
            start = start - (len(key[max(0, start - 60):start]) - pm.start())
        for _ in range(2):  # "Resolution 1306 du Conseil (2009)": paren and suffix in any order
            par = g.paren.match(key, end)
            if par:
                pf = _paren_facts(g, par.group("p") or par.group("q"), lang)
                if pf:
                    facts = {**pf, **facts} if "body" in facts else {**facts, **pf}
                    end = par.end()
                    continue
            sm = g.suffix.match(key, end)
            if sm and "body" not in facts:
                facts["body"] = g.bodies[sm.group("body")]
                if sm.group("year") and "year" not in facts:
                    facts["year"] = int(sm.group("year"))
                end = sm.end()
                continue
            break
        ref = resolve(kind, number, facts, context_body=context_body, context_year=context_year)
        out.append(Found(ref=ref, start=start, end=end, text=text[start:end]))
    return out


def find_documents(text: str) -> list[Found]:
    """Document symbols in running text ("Document C20/57")."""
    if "/" not in text and "／" not in text:
        return []  # every symbol has a slash: most paragraphs need no scan
    return [Found(ref=document_ref(symbol), start=start, end=end, text=text[start:end])
            for symbol, start, end in find_symbols(text)]


def document_ref(symbol: Symbol) -> InstrumentRef:
    bare = attrs.evolve(symbol, language=None)
    canonical = format_symbol(bare)
    return InstrumentRef(id=f"itu:doc:{canonical}", kind="document", number=canonical,
                         body=None, year=symbol.session_year, symbol=symbol)


def resolve(kind: InstrumentKind, number: str, facts: dict[str, object], *,
            context_body: str | None = None, context_year: int | None = None
            ) -> InstrumentRef:
    """Build the normalised reference, inferring what is certain."""
    inferred: list[str] = []
    body = facts.get("body")
    place = facts.get("place")
    year = facts.get("year")
    if body is None and context_body is not None:
        body = context_body
        inferred.append("body")
    if body is None and number.isdigit() and int(number) >= COUNCIL_NUMBERS_FROM \
            and kind in ("resolution", "decision"):
        body = "Council"
        inferred.append("body")
    if body is None and isinstance(place, str) and isinstance(year, int):
        candidates = bodies_at(place, year)
        if len(candidates) == 1:
            body = candidates[0]
            inferred.append("body")
    if year is None and context_year is not None and body == context_body == "Council":
        year = context_year
        inferred.append("year")
    if place is None and isinstance(body, str) and isinstance(year, int) and body != "Council":
        known = CONFERENCES.get((body, year))
        if known:
            place = known
            inferred.append("place")
    assert body is None or isinstance(body, str)
    assert place is None or isinstance(place, str)
    assert year is None or isinstance(year, int)
    return InstrumentRef(
        id=make_id(kind, number, body, place, year),
        kind=kind, number=number, body=body, place=place, year=year,
        revised=bool(facts.get("revised", False)), inferred=tuple(inferred),
    )


def make_id(kind: str, number: str, body: str | None, place: str | None,
            year: int | None) -> str:
    head = f"itu:{(body or 'unknown').lower()}:{kind}:{number}"
    if year is None:
        return head
    if body == "Council" or place is None:
        return f"{head}@{year}"
    return f"{head}@{place}-{year}"


def context_of(text: str, lang: Language) -> tuple[str | None, int | None]:
    """The body and year a sentence names for what it introduces: "Council 2009
    resolves (excerpt from Resolution 1306)" -> ("Council", 2009)."""
    m = meeting_re(lang).search(fold(text))
    if m:
        return "Council", int(m.group("year"))
    return None, None


def format_instrument(ref: InstrumentRef, lang: Language) -> str:
    """Print ``ref`` as documents in ``lang`` write it.

    ```pycon
    >>> from itudocs.lang import LANGUAGES
    >>> ref = find_instruments("Resolution 179 (Rev. Dubai, 2018)", LANGUAGES["en"])[0].ref
    >>> format_instrument(ref, LANGUAGES["zh"])
    '全权代表大会第179号决议（2018年，迪拜，修订版）'

    ```
    """
    if ref.kind == "document":
        return ref.number
    word = lang.instrument_words[ref.kind][0]
    paren = ""
    if ref.year is not None:
        if ref.place is not None and ref.body != "Council":
            place = PLACES[ref.place][lang.code][0]
            rev = lang.ref_revision if ref.revised else ""
            paren = lang.ref_paren_place.format(rev=rev, place=place, year=ref.year)
        else:
            paren = lang.ref_paren_year.format(year=ref.year)
    body = BODY_SUFFIX[lang.code][ref.body] if ref.body else ""
    return lang.ref_template.format(word=word, num=ref.number, paren=paren, body=body)
