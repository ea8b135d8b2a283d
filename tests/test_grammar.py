"""Symbols and dates: examples from ITU-FORMAT.md and property tests."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from itudocs.grammar.dates import find_date, find_date_range, format_date
from itudocs.grammar.symbols import find_symbols, format_symbol, parse_symbol
from itudocs.grammar.text import fold
from itudocs.lang import LANGUAGES
from itudocs.model import Symbol


@pytest.mark.parametrize(("text", "fields"), [
    ("C20/57-E", ("C", 2020, "57", None, None, None, "en", None, None)),
    ("C17/130(Rev.1)-E", ("C", 2017, "130", 1, None, None, "en", None, None)),
    ("C19/1(Add.2)-E", ("C", 2019, "1", None, 2, None, "en", None, None)),
    ("C22/45(Corr.1)-F", ("C", 2022, "45", None, None, 1, "fr", None, None)),
    ("C20/DT/1(Rev.4)", ("C", 2020, "DT/1", 4, None, None, None, None, "DT")),
    ("C17/DL/7", ("C", 2017, "DL/7", None, None, None, None, None, "DL")),
    ("C21/INF/2", ("C", 2021, "INF/2", None, None, None, None, None, "INF")),
    ("CWG-COP-14/3-E", ("CWG-COP", None, "3", None, None, None, "en", 14, None)),
    ("WG-CP/1/16 Rev.1", ("WG-CP", None, "16", 1, None, None, None, 1, None)),
    ("C17/DT/3 (Rev. 9)", ("C", 2017, "DT/3", 9, None, None, None, None, "DT")),
    ("CWG-WSIS-32/16-E Rev. 1", ("CWG-WSIS", None, "16", 1, None, None, "en", 32, None)),
    ("\u042120/57-R", ("C", 2020, "57", None, None, None, "ru", None, None)),  # Cyrillic С
    ("C2001/38-F", ("C", 2001, "38", None, None, None, "fr", None, None)),
    ("C99/12-E", ("C", 1999, "12", None, None, None, "en", None, None)),
    ("WG-Internet 10/9", ("WG-Internet", None, "9", None, None, None, None, 10, None)),
])
def test_symbols(text: str, fields: tuple[object, ...]) -> None:
    s = parse_symbol(text)
    assert s is not None
    assert (s.series, s.session_year, s.number, s.revision, s.addendum, s.corrigendum,
            s.language, s.group_meeting, s.doc_type) == fields


@pytest.mark.parametrize("text", ["2", "C20", "C20/", "20/57", "C20/57-X", "Resolution 179"])
def test_not_symbols(text: str) -> None:
    assert parse_symbol(text) is None


@st.composite
def symbols(draw: st.DrawFn) -> Symbol:
    """Any symbol the grammar knows: the Council's series (with a session, a doc type,
    suffixes), or a working group's (with its meeting)."""
    family = draw(st.sampled_from(["C", "CWG", "WG"]))
    opt = st.one_of(st.none(), st.integers(1, 9))
    number = str(draw(st.integers(1, 999)))
    if family == "C":
        series, year, meeting = "C", draw(st.integers(1990, 2089)), None
        doc_type = draw(st.sampled_from([None, "DT", "DL", "INF"]))
        if doc_type:
            number = f"{doc_type}/{number}"
    else:
        names = (["COP", "WSIS", "FHR", "WSIS-SDG", "LANG"] if family == "CWG"
                 else ["Internet", "CP", "WSIS", "PLEN"])
        series = f"{family}-{draw(st.sampled_from(names))}"
        year, meeting, doc_type = None, draw(st.integers(1, 99)), None
    return Symbol(text="", series=series, session_year=year, number=number,
                  revision=draw(opt), addendum=draw(opt), corrigendum=draw(opt),
                  language=draw(st.sampled_from(["en", "fr", "es", "zh", "ru", "ar", None])),
                  group_meeting=meeting, doc_type=doc_type)


@given(symbols())
def test_symbol_round_trip(symbol: Symbol) -> None:
    text = format_symbol(symbol)
    parsed = parse_symbol(text)
    assert parsed is not None
    assert parsed == attrs.evolve(symbol, text=text)


UPPER = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=12)
MIXED = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min_size=2,
                max_size=12)
LETTER = {"E": "en", "F": "fr", "S": "es", "C": "zh", "R": "ru", "A": "ar"}
KIND = {"Rev": "revision", "Add": "addendum", "Corr": "corrigendum"}


@st.composite
def printed_symbols(draw: st.DrawFn) -> tuple[str, dict[str, object]]:
    """A symbol as documents print it, drawn from the whole grammar (ITU-FORMAT.md §1,
    §8), and the fields it stands for, written here: the Council's series with a two- or
    four-digit session (and a Cyrillic С sometimes), a working group's (CWG-NAME[-NAME]
    or WG-Name) with its meeting after a hyphen, a space or between slashes; a doc
    type; revisions, addenda and corrigenda in any order and spacing, before or after the
    language letter. (The Plenipotentiary Conference's symbols, "Document 42-E", carry
    no series: the grammar has none for them.)"""
    family = draw(st.sampled_from(["C", "CWG", "WG"]))
    number = str(draw(st.integers(1, 9999)))
    doc_type = draw(st.sampled_from([None, "DT", "DL", "INF", "ADM", "PL"]))
    fields: dict[str, object] = {"session_year": None, "group_meeting": None,
                                 "doc_type": doc_type, "revision": None, "addendum": None,
                                 "corrigendum": None, "language": None}
    if family == "C":
        year = draw(st.integers(1990, 2089))
        four = draw(st.booleans())
        series = "C"
        head = f"C{year}" if four else f"C{year % 100:02d}"
        shown = ("\u0421" + head[1:]) if draw(st.booleans()) else head  # Cyrillic С
        fields["session_year"] = year
    else:
        name = draw(UPPER) if family == "CWG" else draw(MIXED)
        if family == "CWG" and draw(st.booleans()):
            name += "-" + draw(UPPER)
        series = f"{family}-{name}"
        meeting = draw(st.integers(1, 999))
        fields["group_meeting"] = meeting
        form = draw(st.sampled_from(["-", " "] if doc_type else ["-", " ", "/"]))
        head = f"{series}{form}{meeting}" if form != "/" else f"{series}/{meeting}"
        shown = head
    if doc_type:
        number = f"{doc_type}/{number}"
    fields.update(series=series, number=number)
    kinds = draw(st.lists(st.sampled_from(sorted(KIND)), unique=True, max_size=3))
    after = draw(st.sampled_from([None, *kinds])) if kinds else None  # "-E Rev. 1"
    suffixes = ""
    for kind in kinds:
        n = draw(st.integers(1, 99))
        fields[KIND[kind]] = n
        written = f"{kind}{draw(st.sampled_from(['.', '. ', ' ', '']))}{n}"
        if kind == after:
            after = written
        else:
            suffixes += draw(st.sampled_from(["", " "])) + f"({written})"
    letter = draw(st.sampled_from([None, *LETTER]))
    if letter:
        fields["language"] = LETTER[letter]
    tail = (f"-{letter}" if letter else "") + (f" {after}" if after else "")
    text = f"{head}/{number}{suffixes}{tail}"
    fields["text"] = text
    return f"{shown}/{number}{suffixes}{tail}", fields


@given(printed_symbols())
def test_every_printed_form_parses_to_its_fields(case: tuple[str, dict[str, object]]) -> None:
    printed, fields = case
    parsed = parse_symbol(printed)
    assert parsed is not None, printed
    assert attrs.asdict(parsed) == fields, printed


@given(printed_symbols(), st.sampled_from(["", " ", "(", "Document ", "文件 ", "«", "see "]),
       st.sampled_from(["", " ", ".", ",", ")", ";", "»", ": the report"]))
def test_a_symbol_in_running_text_is_found_with_its_span(
        case: tuple[str, dict[str, object]], before: str, after: str) -> None:
    printed, fields = case
    found = find_symbols(before + printed + after)
    assert [(s.text, a, b) for s, a, b in found] == [
        (fields["text"], len(before), len(before) + len(printed))]


@given(printed_symbols(), st.sampled_from(["X", "A", "/", "-", "1"]),
       st.sampled_from(["/3", "-E/3", "/DT/1"]))
def test_no_symbol_inside_a_longer_name(case: tuple[str, dict[str, object]], glued: str,
                                        longer: str) -> None:
    """A letter, digit, slash or hyphen glued before it, or a path after it
    ("C20/57-E/3", "C20/57(Rev.1)/3"): no symbol, nor a part of one."""
    printed, fields = case
    assert find_symbols(glued + printed) == []
    if " " in printed.split("/")[-1]:
        return  # "C20/57-E Rev. 1/3" gives "C20/57-E": left as it is
    if longer == "/3" and fields["language"] is None:
        return  # "C20/57/3", "WG-CP/1/16": the grammar's two-part number
    assert find_symbols(printed + longer) == [], printed + longer


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
        return  # across years: test_date_ranges_within_and_across_months_and_years
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


#: Month names as ITU documents print them (ITU-FORMAT.md §7; CLDR, Russian in the
#: genitive), written here rather than taken from the library's tables.
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin",
           "juillet", "août", "septembre", "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio",
           "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня",
           "июля", "августа", "сентября", "октября", "ноября", "декабря"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
           "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
}


def day_month(day: dt.date, code: str) -> str:
    """"3 March", "3 de marzo", "3 марта"."""
    month = MONTHS[code][day.month - 1]
    return f"{day.day} de {month}" if code == "es" else f"{day.day} {month}"


def full_date(day: dt.date, code: str, ru_suffix: str) -> str:
    if code == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    year = f"de {day.year}" if code == "es" else str(day.year)
    return f"{day_month(day, code)} {year}" + (ru_suffix if code == "ru" else "")


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)), st.integers(0, 800),
       st.sampled_from(["en", "fr", "es", "zh", "ru", "ar"]), st.data())
def test_date_ranges_within_and_across_months_and_years(start: dt.date, days: int, code: str,
                                                        data: st.DataObject) -> None:
    """Every form of range the documents print, in each language: "9-19 June 2020" (one
    month), "29 April - 8 May 2024" (one year), "28 December 2023 – 3 January 2024" (any
    two dates), and the Chinese "2020年6月9-19日", "2024年4月29日-5月8日",
    "2023年12月28日-2024年1月3日"; with a hyphen or a dash, spaced or not."""
    end = start + dt.timedelta(days=days)
    forms = ["any"] + (["year"] if end.year == start.year else []) + (
        ["month"] if (end.year, end.month) == (start.year, start.month) else [])
    form = data.draw(st.sampled_from(forms))
    dash = data.draw(st.sampled_from(["-", "–", " - ", " – ", "—"]))
    suffix = data.draw(st.sampled_from(["", " года", " г."]))
    last = full_date(end, code, suffix)
    if code == "zh":
        first = full_date(start, code, "")
        if form == "month":
            text = f"{start.year}年{start.month}月{start.day}{dash}{end.day}日"
        elif form == "year":
            text = f"{first}{dash}{end.month}月{end.day}日"
        else:
            text = f"{first}{dash}{last}"
    elif form == "month":
        text = f"{start.day}{dash}{last}"
    elif form == "year":
        text = f"{day_month(start, code)}{dash}{last}"
    else:
        text = f"{full_date(start, code, suffix)}{dash}{last}"
    where = data.draw(st.sampled_from(["", "Geneva, ", "日内瓦，", "Дубай, "]))
    span = find_date_range(where + text + ".", LANGUAGES[code])
    assert span is not None, text
    assert (span.start, span.end, span.span) == (start, end,
                                                (len(where), len(where) + len(text))), text


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)), st.integers(1, 800),
       st.sampled_from(["en", "fr", "es", "zh", "ru", "ar"]))
def test_a_range_written_backwards_is_no_date(end: dt.date, days: int, code: str) -> None:
    """The same forms with the dates swapped (the range ends before it starts)."""
    start = end + dt.timedelta(days=days)
    text = f"{full_date(start, code, '')} - {full_date(end, code, '')}"
    assert find_date_range(text, LANGUAGES[code]) is None, text


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


def test_a_wrapped_title_keeps_the_hyphen_it_broke_after() -> None:
    from itudocs.grammar.firstpage import join_wrapped

    assert join_wrapped("DE LA RÉPUBLIQUE-", "UNIE DE TANZANIE") == "DE LA RÉPUBLIQUE-UNIE DE TANZANIE"
    assert join_wrapped("Council Working Group on Child Online", "Protection") == (
        "Council Working Group on Child Online Protection")
    assert join_wrapped("Budget 2020 -", "2021") == "Budget 2020 - 2021"  # a dash, no compound


def test_hyphens_pdftotext_dropped_at_a_line_break_come_back_from_the_text() -> None:
    from itudocs.grammar.firstpage import rehyphenate

    body = ["soumise par la République-Unie de Tanzanie.", "Guinée-Bissau et Timor-Leste"]
    assert rehyphenate("DE LA RÉPUBLIQUEUNIE DE TANZANIE", body) == (
        "DE LA RÉPUBLIQUE-UNIE DE TANZANIE")
    assert rehyphenate("La Guinéebissau", body) == "La Guinée-bissau"
    # written whole elsewhere too: a word of its own, left as it is
    assert rehyphenate("Use of email", ["e-mail or email"]) == "Use of email"
    assert rehyphenate("Use of email", ["by e-mail"]) == "Use of email"  # halves too short
    assert rehyphenate("A title", body) == "A title"


def test_uncased_title_goes_on_only_where_it_fills_the_wrapped_width() -> None:
    from itudocs.grammar.firstpage import line_width, wraps
    lines = ["x" * n for n in (20, 85, 88, 90, 90, 91, 92, 92, 93, 95, 120)]
    assert line_width(lines) == 95  # nine lines of ten within it
    assert line_width(lines[:5]) is None  # too few lines to tell
    long_title = "نتائج الاجتماعين الخامس عشر والسادس عشر لفريق العمل التابع للمجلس المعني بحماية الأطفال على"
    assert len(long_title) >= 0.9 * 90
    assert wraps(long_title, "الإنترنت", 90)
    assert not wraps(long_title, "الإنترنت", None)  # no width: cannot tell
    short_title = "تقرير رئيس فريق العمل التابع للمجلس المعني بحماية الأطفال"
    assert not wraps(short_title, "نتائج الاجتماعين", 90)  # a subtitle after a short title
