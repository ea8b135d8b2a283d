"""Regular expressions shared by the extractors, compiled once.

Structural patterns (labels, bullets, elisions) are language-neutral and live here;
patterns made from a language's words are built from its :class:`~itudocs.lang.Language`
table by the cached builders below. Every pattern is linear: bounded repetitions, no
nested quantifiers, so no input can make one backtrack catastrophically.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from itudocs.lang import LANGUAGES, Language

#: A hand-typed section number: "1", "1.1", "1.1.1." followed by a TAB (or the two or
#: more spaces a layout-keeping rendering prints for it); or by a space / full stop
#: before a capital letter ("1.1 The", "1.1.The"); or glued to a capital letter, a
#: Chinese or an Arabic one ("1Introduction", "1引言") — forms text copies of Word
#: files produce.
SECTION_LABEL = regex.compile(
    r"(?P<num>[0-9]{1,3}(?:\.[0-9]{1,3}){0,5})"
    r"(?:\.?\t[\t ]{0,8}"
    # a layout-keeping rendering prints the TAB as spaces: "1.1    At the ..."
    r"|\.?[ ]{2,12}(?=\S)"
    r"|(?<=\.[0-9]{1,3})\.?[ ]?(?=\p{Lu}|[\p{Han}\p{Arabic}])"
    # glued: "1Introduction", "1.Introduction"; "1引言" (with no dot: "1.满足" is a
    # Chinese list's item, not an ITU section)
    r"|(?<=^[0-9]{1,3})(?:\.?(?=\p{Lu}\p{Ll})|(?=[\p{Han}\p{Arabic}])"
    # glued to a lower-case word ("1to apply", "2поручить", "1d’appliquer": an operative
    # paragraph in web text), but not an ordinal's ending ("1st", "2nd", "1er", "3-е")
    r"|(?<=^[0-9]{1,2})(?!(?:st|nd|rd|th|er|re|e|ème|eme|o|a|am|pm|h|bis|ter|ая|ое|ий|й|я|е)"
    r"(?!\p{L}))"
    r"(?=\p{Ll}{2,}\s|\p{Ll}{1,2}['’]\p{L})))"
)
#: A section number alone on its line ("1.1"), its text on the next line.
LONE_NUMBER = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){0,5}\.?")
#: A lettered or numbered item: "a)", "(b)", "1)", "iv)" followed by a TAB or a space.
ITEM_LABEL = regex.compile(r"(?P<lab>\(?(?:[a-z]|[ivxlc]{1,6}|[0-9]{1,3})\))[\t ][\t ]{0,8}")
#: A bullet sign followed by a TAB (or a space for the round bullet).
BULLET = regex.compile(r"(?P<lab>[•●▪◦‣·○■□➢✓\-–—])\t[\t ]{0,8}|(?P<lab2>[•●▪])[ ]{1,4}")
BULLET_SIGNS = frozenset("•●▪◦‣·○■□➢✓-–—o§❖")
#: A paragraph that is only an elision: "…", "…………", ". . .", "[…]", "(...)".
ELISION_ONLY = regex.compile(r"[\[(]?(?:…|\.\s?\.\s?\.)(?:[\s.…]{0,40})[\])]?")
ELISION_INLINE = regex.compile(r"[\[(](?:…|\.\.\.)[\])]")
YEAR = regex.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
UNDERSCORES = regex.compile(r"[_\s]{3,}")
COLON_END = regex.compile(r"[:：]\s{0,3}$")
TERMINAL = frozenset(".。:：;；!！?？؛؟")
#: what may surround a header field's value: spaces and line breaks, commas, colons,
#: dashes, brackets, and the " / " that joins table cells in web text
FIELD_PUNCT = " \t\n\r\u2028\u00a0,，、،;；:：-–—.()（）/|"
AGENDA_CODE = regex.compile(r"(?:PL|ADM|GEN|FIN|HR|INF)\s?[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}")
NAME_COUNTRY = regex.compile(
    r"(?P<name>[^()（）0-9\n]{2,80}?)\s{0,3}[(（](?P<country>[^()（）0-9\n]{2,60})[)）]"
)
LEADING_PUNCT = regex.compile(r"[\p{Ll}(（,，、;；)）]")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, escaped."""
    return "|".join(sorted({regex.escape(w) for w in words if w}, key=len, reverse=True))


@cache
def label_line(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """A whole line that is one of ``labels`` (optional colon), case-insensitive."""
    return regex.compile(rf"(?:{alternation(labels)})\s{{0,3}}[:：]?", regex.IGNORECASE)


@cache
def label_value(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """``LABEL: value`` (ASCII or full-width colon); the value in group ``v``."""
    return regex.compile(rf"(?:{alternation(labels)})\s{{0,3}}[:：]\s{{0,3}}(?P<v>.*)",
                         regex.IGNORECASE)


@cache
def label_prefix(labels: tuple[str, ...]) -> regex.Pattern[str]:
    """``LABEL`` at the start of a line, colon optional ("Document C20/57-E")."""
    return regex.compile(rf"(?:{alternation(labels)})\s{{0,3}}[:：]?\s{{0,3}}",
                         regex.IGNORECASE)


@cache
def meeting_re(lang: Language) -> regex.Pattern[str]:
    body = "|".join(t.format(year=r"(?P<year>[0-9]{4})") for t in lang.meeting_templates)
    # Each template has its own year group; regex allows reusing the name in branches.
    return regex.compile(rf"(?:{body})", regex.IGNORECASE)


_ALPHA = regex.compile(r"[\p{Latin}\p{Cyrillic}]")


def whole_words(words: Iterable[str]) -> str:
    """An alternation of ``words`` in which Latin and Cyrillic words match only as
    whole words, while Chinese and Arabic ones match inside runs of letters (Chinese
    has no spaces between words; Arabic attaches its articles). A word that ends in
    ``*`` is a stem: up to six more letters may follow (Russian inflects its nouns:
    ``итог*`` matches "Итоги", "итогам", "итогов")."""
    words = list(words)
    # A word ending in "*" is a stem: any ending may follow ("итог*": итоги, итогам).
    stems = [w[:-1] for w in words if w.endswith("*") and _ALPHA.match(w)]
    alpha = [w for w in words if _ALPHA.match(w) and not w.endswith("*")]
    other = [w.rstrip("*") for w in words if not _ALPHA.match(w)]
    branches = []
    if alpha:
        branches.append(rf"(?<![\p{{Latin}}\p{{Cyrillic}}])(?:{alternation(alpha)})"
                        rf"(?![\p{{Latin}}\p{{Cyrillic}}])")
    if stems:
        branches.append(rf"(?<![\p{{Latin}}\p{{Cyrillic}}])(?:{alternation(stems)})"
                        rf"[\p{{Latin}}\p{{Cyrillic}}]{{0,6}}(?![\p{{Latin}}\p{{Cyrillic}}])")
    if other:
        branches.append(f"(?:{alternation(other)})")
    return "|".join(branches) or r"(?!)"


@cache
def words_re(words: tuple[str, ...]) -> regex.Pattern[str]:
    """Any of ``words`` (see :func:`whole_words`), case-insensitive."""
    return regex.compile(whole_words(words), regex.IGNORECASE)


@cache
def names_re(lang: Language) -> regex.Pattern[str]:
    """Language names of "Original:" lines, in every known language."""
    names = {n for table in LANGUAGES.values() for n in table.language_names}
    return regex.compile(whole_words(names), regex.IGNORECASE)


@cache
def only_re(lang: Language) -> regex.Pattern[str]:
    lang_names = alternation(lang.language_names)
    body = "|".join(t.format(lang=f"(?P<lang>{lang_names})") for t in lang.only_templates)
    return regex.compile(rf"(?:{body})", regex.IGNORECASE)
