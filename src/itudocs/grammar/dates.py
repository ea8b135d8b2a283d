"""Dates and date ranges in the languages of :mod:`itudocs.lang`.

Forms (ITU-FORMAT.md §7): "3 March 2020", "30th September 2015", "9-19 June 2020",
"29 April - 8 May 2024", "2020年3月3日", "2020年6月9-19日". Patterns are built once per
language from its month table; every pattern is linear (no nested repetition).

Example:

```pycon
>>> from itudocs.grammar.dates import find_date_range
>>> from itudocs.lang import LANGUAGES
>>> find_date_range("Geneva, 9-19 June 2020", LANGUAGES["en"]).start.isoformat()
'2020-06-09'

```
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from functools import cache

import attrs
import regex

from itudocs.lang import Language

_DASH = r"\s{0,3}[-–—‐]\s{0,3}"


@attrs.frozen
class DateSpan:
    """A date or range found in a text, with its character span."""

    start: _dt.date
    end: _dt.date
    span: tuple[int, int]


@cache
def _patterns(lang: Language) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(range pattern, single-date pattern) for ``lang``."""
    if lang.date_order == "ymd":
        y, m, d = r"(?P<y>[0-9]{4})\s?年\s?", r"(?P<m>[0-9]{1,2})\s?月\s?", r"(?P<d>[0-9]{1,2})"
        rng = (
            r"(?P<y>[0-9]{4})\s?年\s?(?P<m1>[0-9]{1,2})\s?月\s?(?P<d1>[0-9]{1,2})\s?日?"
            + r"\s{0,3}(?:[-–—‐~～至])\s{0,3}"
            + r"(?:(?P<y2>[0-9]{4})\s?年\s?)?(?:(?P<m2>[0-9]{1,2})\s?月\s?)?(?P<d2>[0-9]{1,2})\s?日"
        )
        single = y + m + d + r"\s?日"
        return regex.compile(rng), regex.compile(single)
    months = "|".join(sorted((regex.escape(k) for k in lang.months), key=len, reverse=True))
    fill = "|".join(regex.escape(w) for w in lang.date_fillers)
    ords = "|".join(regex.escape(w) for w in lang.ordinal_suffixes)
    ordinal = f"(?:{ords})?" if ords else ""
    # "3 de marzo de 2020": the month group takes the fillers around the month name.
    mon = (rf"(?:(?:{fill})\s)?(?:{months})\.?(?:\s(?:{fill}))?" if fill
           else rf"(?:{months})\.?")
    suffix = "|".join(regex.escape(w) for w in lang.year_suffixes)
    after_year = rf"(?:\s(?:{suffix}))?" if suffix else ""
    rng = (
        rf"(?<![0-9])(?P<d1>[0-9]{{1,2}}){ordinal}"
        rf"(?:\s?(?P<m1>{mon})(?:\s(?P<y1>[0-9]{{4}}){after_year})?)?"
        + _DASH
        + rf"(?P<d2>[0-9]{{1,2}}){ordinal}\s?(?P<m2>{mon}),?\s(?P<y2>[0-9]{{4}})(?![0-9])"
    )
    single = rf"(?<![0-9])(?P<d>[0-9]{{1,2}}){ordinal}\s?(?P<m>{mon}),?\s(?P<y>[0-9]{{4}})(?![0-9])"
    flags = regex.IGNORECASE | regex.V0
    return regex.compile(rng, flags), regex.compile(single, flags)


def _month(lang: Language, text: str) -> int:
    words = [w for w in text.lower().strip(". ").split() if w not in lang.date_fillers]
    return lang.months[words[0].strip(".")]


def _safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def find_date_range(text: str, lang: Language) -> DateSpan | None:
    """The first date range in ``text`` (a single date counts as a one-day range).
    ``text`` should be folded (:func:`itudocs.grammar.text.fold`) when it may hold
    Arabic-Indic digits or directional marks."""
    rng, _single = _patterns(lang)
    void: list[tuple[int, int]] = []  # ranges that are none (reversed, impossible)
    for m in rng.finditer(text):
        if lang.date_order == "ymd":
            y = int(m.group("y"))
            y2 = int(m.group("y2")) if m.group("y2") else y
            m1 = int(m.group("m1"))
            m2 = int(m.group("m2")) if m.group("m2") else m1
            start = _safe_date(y, m1, int(m.group("d1")))
            end = _safe_date(y2, m2, int(m.group("d2")))
        else:
            y2 = int(m.group("y2"))
            m2 = _month(lang, m.group("m2"))
            m1 = _month(lang, m.group("m1")) if m.group("m1") else m2
            y1 = int(m.group("y1")) if m.group("y1") else y2
            start = _safe_date(y1, m1, int(m.group("d1")))
            end = _safe_date(y2, m2, int(m.group("d2")))
        if start and end and start <= end:
            return DateSpan(start, end, (m.start(), _suffix_end(text, m.end(), lang)))
        # "19-9 June 2020" ends before it starts (or "30-31 February" is no date): no
        # range, and its second half ("9 June 2020") is no date either (it would make
        # a one-day meeting of a typo).
        void.append(m.span())
    return find_date(text, lang, void)


def _suffix_end(text: str, end: int, lang: Language) -> int:
    """Extend a date's span over a year suffix ("2020 года")."""
    rest = text[end:end + 8]
    for suffix in lang.year_suffixes:
        stripped = rest.lstrip()
        if stripped.startswith(suffix):
            return end + (len(rest) - len(stripped)) + len(suffix)
    return end


def find_date(text: str, lang: Language,
              void: Sequence[tuple[int, int]] = ()) -> DateSpan | None:
    """The first single date in ``text`` (outside the spans ``void``)."""
    _rng, single = _patterns(lang)
    k = 0  # ``void`` is in text order, as the matches are: one pass over both
    for m in single.finditer(text):
        while k < len(void) and void[k][1] <= m.start():
            k += 1
        if k < len(void) and void[k][0] <= m.start():
            continue
        ymd = lang.date_order == "ymd"
        month = int(m.group("m")) if ymd else _month(lang, m.group("m"))
        day = _safe_date(int(m.group("y")), month, int(m.group("d")))
        if day:
            return DateSpan(day, day, (m.start(), _suffix_end(text, m.end(), lang)))
    return None


def format_date(day: _dt.date, lang: Language) -> str:
    """Write ``day`` as ITU documents in ``lang`` do ("3 March 2020", "2020年3月3日")."""
    if lang.date_order == "ymd":
        return f"{day.year}年{day.month}月{day.day}日"
    name = next(k for k, v in lang.months.items() if v == day.month)
    if lang.capital_months:
        name = name.capitalize()
    filler = f"{lang.date_fillers[0]} " if lang.date_fillers else ""
    suffix = f" {lang.year_suffixes[0]}" if lang.year_suffixes else ""
    return f"{day.day} {filler}{name} {filler}{day.year}{suffix}"
