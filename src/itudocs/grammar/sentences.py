"""Sentence boundaries in the six languages, for cutting a paragraph too long for one
chunk (see :mod:`itudocs.export.chunks`).

A sentence ends after ``.`` ``!`` ``?`` ``…`` (and the Arabic ``؟``), the closing
quotation marks and brackets that follow, and the space after them, where the next
sentence starts as a sentence does: a capital letter, an opening quotation mark or
bracket, ``¿`` ``¡``, or (Arabic, Chinese, which have no capitals) any letter. A full
stop after a known abbreviation ("Res.", "No.", "M.", "г.") or a lone initial ("H.")
ends nothing. In Chinese, ``。`` ``！`` ``？`` end a sentence with no space after them.
No boundary is ever put inside a protected span (a citation, a link): "Res. 179 (Rev.
Dubai, 2018)" stays whole whatever its full stops.

The sentences tile the text: each keeps the space that follows it, so joining them
gives the text back.

```pycon
>>> text = "The Council met. It adopted Res. 179. Then it closed."
>>> [text[s:e] for s, e in sentence_spans(text, "en")]
['The Council met. ', 'It adopted Res. 179. ', 'Then it closed.']
>>> text = "会议开幕。主席致辞！是否通过？通过。"
>>> [text[s:e] for s, e in sentence_spans(text, "zh")]
['会议开幕。', '主席致辞！', '是否通过？', '通过。']

```
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

_CLOSERS = "\"'”’»›)]}）】》」』"

# Latin, Cyrillic and Arabic scripts: the terminal, its closers, then the space (the
# boundary is after the space). Chinese: 。！？ and their closers, space or not.
# French sets a space before its closing guillemet: « Bonjour. » Puis ...
_SPACED = regex.compile(r"([.!?…؟]+)(?:[ \u00a0\u202f]?[" + regex.escape(_CLOSERS)
                        + r"])*(\s+)")
_CJK = regex.compile(r"[。！？]+[" + regex.escape(_CLOSERS) + r"]*\s*")
# How the next sentence may start: a capital, an opening mark, or a letter of a script
# without capitals.
_STARTS = regex.compile(r"[\p{Lu}\p{Lt}\"'“‘«‹(\[¿¡—–-]|\p{Script=Arabic}|\p{Han}|\p{Nd}")
# The word just before the terminal.
_LAST_WORD = regex.compile(r"(\w+(?:\.\w+)*)$")

#: abbreviations after which a full stop ends no sentence (lower-cased, without the
#: full stop); per language, and a few shared by all (document and instrument words)
_SHARED = {"no", "nos", "res", "rev", "doc", "docs", "add", "corr", "art", "arts", "para",
           "paras", "p", "pp", "vol", "fig", "cf", "ref", "annex", "approx", "op", "st",
           "e.g", "i.e", "vs", "ca", "tel", "fax"}
_ABBREVIATIONS: dict[str, set[str]] = {
    "en": {"mr", "mrs", "ms", "dr", "prof", "jr", "sr", "messrs", "rec", "dept", "gen",
           "amb", "hon", "sec", "ch"},
    "fr": {"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "rés", "rév", "réf",
           "chap", "éd", "env", "ex", "cf", "ann", "s.e", "s.exc"},
    "es": {"sr", "sra", "sras", "sres", "srta", "dr", "dra", "núm", "excmo", "excma",
           "ud", "uds", "lic", "ing", "ej", "pág", "págs", "cap", "av", "rec", "anexo"},
    "ru": {"г", "гг", "т", "е", "д", "н", "напр", "см", "стр", "ст", "п", "пп", "рез", "док",
           "им", "т.е", "т.д", "т.п", "др", "пр", "тыс", "млн", "млрд", "англ",
           "рис", "табл", "прил", "гл"},
    "ar": set(),
    "zh": set(),
}


def sentence_spans(text: str, language: str | None = None,
                   protected: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The sentences of ``text`` as ``(start, end)`` spans that tile it (each sentence
    keeps the space after it). ``language`` chooses the abbreviations (all six are
    known; ``None`` takes them all); no boundary falls strictly inside a ``protected``
    span."""
    if not text:
        return []
    guarded = [(s, e) for s, e in protected if e - s > 1]
    cuts = sorted(b for b in _boundaries(text, language)
                  if 0 < b < len(text) and not any(s < b < e for s, e in guarded))
    starts = [0, *cuts]
    return [(a, b) for a, b in zip(starts, [*cuts, len(text)], strict=True) if b > a]


def _boundaries(text: str, language: str | None) -> set[int]:
    out: set[int] = set()
    for m in _CJK.finditer(text):
        out.add(m.end())
    abbreviations = _abbreviations(language)
    for m in _SPACED.finditer(text):
        end = m.end()
        if end >= len(text) or not _STARTS.match(text, end):
            continue
        if m.group(1) == "." and _is_abbreviation(text, m.start(), abbreviations):
            continue
        out.add(end)
    return out


def _abbreviations(language: str | None) -> set[str]:
    if language in _ABBREVIATIONS:
        return _SHARED | _ABBREVIATIONS[language]
    return _SHARED.union(*_ABBREVIATIONS.values())


def _is_abbreviation(text: str, dot: int, abbreviations: set[str]) -> bool:
    """Whether the full stop at ``dot`` closes an abbreviation or an initial."""
    m = _LAST_WORD.search(text, 0, dot)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in abbreviations or word.lower().rsplit(".", 1)[-1] in abbreviations:
        return True
    # a lone letter ("H. Zhao", "В.В. Путин"), not a digit ("in 2019. The")
    return (len(word) == 1 and word.isalpha()) or (
        "." in word and all(len(p) == 1 and p.isalpha() for p in word.split(".")))
