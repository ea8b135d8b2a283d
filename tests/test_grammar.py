"""Symbols and dates: examples from ITU-FORMAT.md and property tests."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from itudocs.grammar.dates import find_date, find_date_range, format_date
from itudocs.grammar.symbols import format_symbol, parse_symbol
from itudocs.grammar.text import fold
from itudocs.lang import LANGUAGES
from itudocs.model import Symbol


@pytest.mark.parametrize(("text", "fields"), [
    ("C20/57-E", ("C", 2020, "57", None, None, None, "en")),
    ("C17/130(Rev.1)-E", ("C", 2017, "130", 1, None, None, "en")),
    ("C19/1(Add.2)-E", ("C", 2019, "1", None, 2, None, "en")),
    ("C22/45(Corr.1)-F", ("C", 2022, "45", None, None, 1, "fr")),
    ("C20/DT/1(Rev.4)", ("C", 2020, "DT/1", 4, None, None, None)),
    ("C17/DL/7", ("C", 2017, "DL/7", None, None, None, None)),
    ("C21/INF/2", ("C", 2021, "INF/2", None, None, None, None)),
    ("CWG-COP-14/3-E", ("CWG-COP-14", None, "3", None, None, None, "en")),
    ("WG-CP/1/16 Rev.1", ("WG-CP", None, "1/16", 1, None, None, None)),
    ("C17/DT/3 (Rev. 9)", ("C", 2017, "DT/3", 9, None, None, None)),
    ("CWG-WSIS-32/16-E Rev. 1", ("CWG-WSIS-32", None, "16", 1, None, None, "en")),
    ("\u042120/57-R", ("C", 2020, "57", None, None, None, "ru")),  # Cyrillic С
    ("C2001/38-F", ("C", 2001, "38", None, None, None, "fr")),
    ("C99/12-E", ("C", 1999, "12", None, None, None, "en")),
    ("WG-Internet 10/9", ("WG-Internet 10", None, "9", None, None, None, None)),
])
def test_symbols(text: str, fields: tuple[object, ...]) -> None:
    s = parse_symbol(text)
    assert s is not None
    assert (s.series, s.session_year, s.number, s.revision, s.addendum, s.corrigendum,
            s.language) == fields


@pytest.mark.parametrize("text", ["2", "C20", "C20/", "20/57", "C20/57-X", "Resolution 179"])
def test_not_symbols(text: str) -> None:
    assert parse_symbol(text) is None


@given(st.integers(1990, 2089), st.integers(1, 999),
       st.one_of(st.none(), st.integers(1, 9)), st.one_of(st.none(), st.integers(1, 9)),
       st.sampled_from(["en", "fr", "es", "zh", "ru", "ar", None]))
def test_symbol_round_trip(year: int, number: int, rev: int | None, add: int | None,
                           lang: str | None) -> None:
    symbol = Symbol(text="", series="C", session_year=year, number=str(number), revision=rev,
                    addendum=add, language=lang)
    text = format_symbol(symbol)
    parsed = parse_symbol(text)
    assert parsed is not None
    assert parsed == Symbol(text=text, series="C", session_year=year, number=str(number),
                            revision=rev, addendum=add, language=lang)


@pytest.mark.parametrize(("code", "text", "start", "end"), [
    ("en", "Geneva, 9-19 June 2020", "2020-06-09", "2020-06-19"),
    ("en", "29 April - 8 May 2024", "2024-04-29", "2024-05-08"),
    ("en", "28 December 2023 – 3 January 2024", "2023-12-28", "2024-01-03"),
    ("en", "Date: 30th September 2015", "2015-09-30", "2015-09-30"),
    ("en", "9–19 June 2020", "2020-06-09", "2020-06-19"),
    ("zh", "2020年6月9-19日，日内瓦", "2020-06-09", "2020-06-19"),
    ("zh", "2024年4月29日-5月8日", "2024-04-29", "2024-05-08"),
    ("zh", "2020年3月3日", "2020-03-03", "2020-03-03"),
])
def test_date_ranges(code: str, text: str, start: str, end: str) -> None:
    span = find_date_range(text, LANGUAGES[code])
    assert span is not None
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)


def test_impossible_dates_are_not_dates() -> None:
    assert find_date("31 February 2020", LANGUAGES["en"]) is None
    assert find_date("2020年13月3日", LANGUAGES["zh"]) is None


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)), st.sampled_from(sorted(LANGUAGES)))
def test_date_round_trip(day: dt.date, code: str) -> None:
    lang = LANGUAGES[code]
    text = format_date(day, lang)
    span = find_date(text, lang)
    assert span is not None and span.start == day
    assert span.span == (0, len(text))  # the whole written date, year suffix included


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)), st.integers(0, 40),
       st.sampled_from(sorted(LANGUAGES)))
def test_date_range_round_trip(start: dt.date, days: int, code: str) -> None:
    """A range written "D1 M1 - D2 M2 Y" (or the Chinese form) parses back."""
    lang = LANGUAGES[code]
    end = start + dt.timedelta(days=days)
    if end.year != start.year:
        return  # ranges across years are written with two full dates; tested below
    first, last = format_date(start, lang), format_date(end, lang)
    if lang.date_order == "ymd":
        text = first + "-" + last.split("年", 1)[1]
    else:
        head = first.rsplit(" ", 2 if lang.year_suffixes else 1)[0]
        if lang.date_fillers:
            head = head.rsplit(" ", 1)[0]  # "3 de marzo de" -> "3 de marzo"
        text = f"{head} – {last}"
    span = find_date_range(text, lang)
    assert span is not None, text
    assert (span.start, span.end) == (start, end), text


@pytest.mark.parametrize(("code", "text", "start", "end"), [
    ("fr", "Genève, 9-19 juin 2020", "2020-06-09", "2020-06-19"),
    ("fr", "1er mars 2020", "2020-03-01", "2020-03-01"),
    ("es", "Ginebra, 9-19 de junio de 2020", "2020-06-09", "2020-06-19"),
    ("es", "29 de abril - 8 de mayo de 2024", "2024-04-29", "2024-05-08"),
    ("ru", "3 марта 2020 года", "2020-03-03", "2020-03-03"),
    ("ru", "Дубай, 29 октября – 16 ноября 2018 г.", "2018-10-29", "2018-11-16"),
    ("ru", "28 декабря 2023 года – 3 января 2024 года", "2023-12-28", "2024-01-03"),
    ("ar", "دبي، 29 أكتوبر - 16 نوفمبر 2018", "2018-10-29", "2018-11-16"),
    ("ar", "\u200f٣ مـارس ٢٠٢٠", "2020-03-03", "2020-03-03"),
    ("zh", "2023年12月28日-2024年1月3日", "2023-12-28", "2024-01-03"),
])
def test_dates_in_other_languages(code: str, text: str, start: str, end: str) -> None:
    span = find_date_range(fold(text), LANGUAGES[code])
    assert span is not None
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)
