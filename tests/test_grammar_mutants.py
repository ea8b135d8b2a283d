"""The grammar's smaller rules, one behaviour each, with values written by hand.

These pin what mutation testing (``scripts/mutation.sh``, docs/contributing.md) found
no test noticing: the inference rules of instrument references, the canonical forms
printed for symbols, dates and references, and the word-matching helpers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from itudocs.grammar.dates import DateSpan, find_date, find_date_range, format_date
from itudocs.grammar.instruments import (
    document_ref,
    find_documents,
    find_instruments,
    format_instrument,
    make_id,
    resolve,
)
from itudocs.grammar.patterns import alternation, whole_words, words_re
from itudocs.grammar.symbols import amend, format_symbol, parse_symbol, unglue
from itudocs.lang import LANGUAGES
from itudocs.model import InstrumentRef, Symbol

EN, ES, RU, ZH, AR = (LANGUAGES[c] for c in ("en", "es", "ru", "zh", "ar"))


# -- patterns ---------------------------------------------------------------------------

def test_alternation_puts_longer_words_first_whatever_their_spelling() -> None:
    # "of the" before "of", so that a regex alternation takes the longer one; "bb"
    # before "a" although it sorts after it
    assert alternation(["a", "of", "bbb", "of the"]) == r"of\ the|bbb|of|a"
    assert alternation(["", "x"]) == "x"  # empty words are left out


def test_whole_words_match_latin_and_cyrillic_words_only_whole() -> None:
    rx = words_re(("Council", "Совет"))
    assert rx.search("the Council met").group() == "Council"  # type: ignore[union-attr]
    assert rx.search("the COUNCIL met") is not None  # case-insensitive
    assert rx.search("the Councils met") is None
    assert rx.search("subCouncil") is None
    assert rx.search("Советы") is None
    assert rx.search("Совет решил").group() == "Совет"  # type: ignore[union-attr]


def test_a_stem_takes_up_to_six_more_letters_but_not_fewer_than_its_own() -> None:
    rx = words_re(("итог*",))
    assert rx.search("Итоги работы").group() == "Итоги"  # type: ignore[union-attr]
    assert rx.search("итогам").group() == "итогам"  # type: ignore[union-attr]
    assert rx.search("итог").group() == "итог"  # type: ignore[union-attr]
    assert rx.search("итогами1").group() == "итогами"  # type: ignore[union-attr]
    assert rx.search("итоговыйххх") is None  # seven more letters: another word
    assert rx.search("ито") is None  # shorter than the stem
    assert rx.search("наитоги") is None  # the stem starts a word
    # the star marks a stem, it is never matched as written
    assert rx.search("итог*").group() == "итог"  # type: ignore[union-attr]


def test_a_plain_word_is_no_stem() -> None:
    rx = words_re(("Conseil", "итог*"))
    assert rx.search("Conseils") is None
    assert rx.search("Conseil").group() == "Conseil"  # type: ignore[union-attr]


def test_chinese_and_arabic_words_match_inside_runs_of_letters() -> None:
    rx = words_re(("理事会", "المجلس"))
    assert rx.search("在理事会上").group() == "理事会"  # type: ignore[union-attr]
    assert rx.search("وقرر المجلسان").group() == "المجلس"  # type: ignore[union-attr]
    # a trailing star on a word of another script is dropped, not matched
    rx2 = words_re(("决议*",))
    assert rx2.search("第5号决议").group() == "决议"  # type: ignore[union-attr]
    # such a word is matched as written, to its last character
    assert words_re(("№X",)).search("№ 5 №Y") is None
    assert words_re(("№X",)).search("a№Xb").group() == "№X"  # type: ignore[union-attr]


def test_no_words_match_nothing() -> None:
    assert whole_words([]) == r"(?!)"
    assert words_re(()).search("anything at all") is None


def test_whole_words_mixes_the_three_kinds() -> None:
    rx = words_re(("Council", "итог*", "理事会"))
    assert [m.group() for m in rx.finditer("Council, итогам, 理事会, Councils")] == [
        "Council", "итогам", "理事会"]


# -- symbols ----------------------------------------------------------------------------

def test_the_councils_series_has_no_group_meeting() -> None:
    # a second number after a Council symbol's stays in the number; only a working
    # group's "WG-CP/1/16" is meeting 1, document 16
    s = parse_symbol("C20/57/3")
    assert s is not None
    assert (s.number, s.group_meeting) == ("57/3", None)
    s = parse_symbol("WG-CP/1/16")
    assert s is not None
    assert (s.number, s.group_meeting) == ("16", 1)


def test_the_doc_type_is_the_numbers_prefix_alone() -> None:
    s = parse_symbol("C19/DT/1/2")
    assert s is not None
    assert (s.doc_type, s.number) == ("DT", "DT/1/2")


def test_a_working_groups_meeting_is_printed_after_a_space_but_a_councils_after_a_hyphen(
) -> None:
    wg = Symbol(text="", series="WG-Internet", session_year=None, number="9",
                group_meeting=10)
    cwg = Symbol(text="", series="CWG-WSIS", session_year=None, number="8",
                 group_meeting=27, language="en")
    assert format_symbol(wg) == "WG-Internet 10/9"
    assert format_symbol(cwg) == "CWG-WSIS-27/8-E"


def test_amend_keeps_every_other_field_and_prints_the_amended_symbol() -> None:
    s = parse_symbol("C19/DT/2(Corr.1)-F")
    assert s is not None
    assert amend(s, "revision", 2) == Symbol(
        text="C19/DT/2(Rev.2)(Corr.1)-F", series="C", session_year=2019, number="DT/2",
        revision=2, corrigendum=1, language="fr", doc_type="DT")
    s = parse_symbol("CWG-COP-14/3(Rev.1)-E")
    assert s is not None
    assert amend(s, "corrigendum", 3) == Symbol(
        text="CWG-COP-14/3(Rev.1)(Corr.3)-E", series="CWG-COP", session_year=None,
        number="3", revision=1, corrigendum=3, language="en", group_meeting=14)
    assert amend(s, "addendum", 2).text == "CWG-COP-14/3(Rev.1)(Add.2)-E"


def test_unglue_leaves_text_without_a_glued_letter_alone() -> None:
    assert unglue("C19/111-E 11 June") == "C19/111-E 11 June"
    assert unglue("no symbol 11") == "no symbol 11"
    assert unglue("C19/111-E11 June") == "C19/111-E 11 June"


# -- instruments ------------------------------------------------------------------------

def test_a_context_body_fills_only_a_missing_body() -> None:
    ref = resolve("resolution", "179", {}, context_body="PP")
    assert (ref.body, ref.inferred) == ("PP", ("body",))
    ref = resolve("resolution", "5", {"body": "WTDC"}, context_body="PP")
    assert (ref.body, ref.inferred) == ("WTDC", ())


@pytest.mark.parametrize(("kind", "number", "body"), [
    ("resolution", "1000", "Council"),   # the Council's series starts at 1000
    ("decision", "1306", "Council"),
    ("resolution", "999", None),
    ("recommendation", "1200", None),    # only resolutions and decisions
    ("opinion", "1200", None),
])
def test_a_resolution_or_decision_numbered_1000_or_more_is_the_councils(
        kind: str, number: str, body: str | None) -> None:
    ref = resolve(kind, number, {})  # type: ignore[arg-type]
    assert ref.body == body
    assert ref.inferred == (("body",) if body else ())
    assert ref.id == f"itu:{(body or 'unknown').lower()}:{kind}:{number}"


def test_a_place_and_year_name_the_conference_when_only_one_met_there() -> None:
    ref = resolve("resolution", "5", {"place": "kigali", "year": 2022})
    assert (ref.body, ref.inferred, ref.id) == (
        "WTDC", ("body",), "itu:wtdc:resolution:5@kigali-2022")
    # Geneva 2012 was both the RA and the WRC: the body stays unknown
    ref = resolve("resolution", "5", {"place": "geneva", "year": 2012})
    assert (ref.body, ref.inferred, ref.id) == (
        None, (), "itu:unknown:resolution:5@geneva-2012")


def test_a_context_year_fills_only_a_council_reference_without_one() -> None:
    ref = resolve("resolution", "1306", {}, context_body="Council", context_year=2009)
    assert (ref.year, ref.inferred) == (2009, ("body", "year"))
    ref = resolve("resolution", "1306", {"body": "Council", "year": 2010},
                  context_body="Council", context_year=2009)
    assert (ref.year, ref.inferred) == (2010, ())
    ref = resolve("resolution", "1306", {"body": "Council"},
                  context_body="Council", context_year=2009)
    assert (ref.year, ref.inferred) == (2009, ("year",))
    # a PP resolution quoted in a Council sentence keeps no Council year
    ref = resolve("resolution", "179", {"body": "PP"}, context_body="Council",
                  context_year=2009)
    assert (ref.year, ref.inferred) == (None, ())
    ref = resolve("resolution", "179", {}, context_body="PP", context_year=2009)
    assert (ref.year, ref.inferred) == (None, ("body",))


def test_a_conferences_place_is_inferred_from_its_year_but_never_the_councils() -> None:
    ref = resolve("resolution", "179", {"body": "PP", "year": 2018})
    assert (ref.place, ref.inferred, ref.id) == (
        "dubai", ("place",), "itu:pp:resolution:179@dubai-2018")
    ref = resolve("resolution", "1306", {"body": "Council", "year": 2018})
    assert (ref.place, ref.inferred, ref.id) == (
        None, (), "itu:council:resolution:1306@2018")
    ref = resolve("resolution", "179", {"body": "PP", "year": 2017})  # no PP in 2017
    assert (ref.place, ref.inferred) == (None, ())


def test_a_reference_with_nothing_known_is_unknown() -> None:
    assert resolve("opinion", "3", {}) == InstrumentRef(
        id="itu:unknown:opinion:3", kind="opinion", number="3")
    assert resolve("resolution", "3", {"revised": True}).revised is True


@pytest.mark.parametrize(("args", "id_"), [
    (("resolution", "179", None, None, None), "itu:unknown:resolution:179"),
    (("resolution", "179", "PP", None, 2018), "itu:pp:resolution:179@2018"),
    (("resolution", "179", "PP", "dubai", 2018), "itu:pp:resolution:179@dubai-2018"),
    (("resolution", "1306", "Council", "geneva", 2009), "itu:council:resolution:1306@2009"),
    (("decision", "5", None, "kigali", 2022), "itu:unknown:decision:5@kigali-2022"),
    (("resolution", "1306", "Council", None, None), "itu:council:resolution:1306"),
])
def test_identifiers(args: tuple[str, str, str | None, str | None, int | None],
                     id_: str) -> None:
    assert make_id(*args) == id_


@pytest.mark.parametrize(("ref", "code", "text"), [
    (InstrumentRef(id="", kind="resolution", number="5"), "en", "Resolution 5"),
    (InstrumentRef(id="", kind="resolution", number="179", body="PP", year=2018), "en",
     "Resolution 179 (2018) of the Plenipotentiary Conference"),
    (InstrumentRef(id="", kind="resolution", number="1306", body="Council", place="geneva",
                   year=2009), "en", "Resolution 1306 (2009) of the Council"),
    (InstrumentRef(id="", kind="resolution", number="179", body="PP", place="dubai",
                   year=2018), "en", "Resolution 179 (Dubai, 2018) of the Plenipotentiary Conference"),
])
def test_printed_references(ref: InstrumentRef, code: str, text: str) -> None:
    assert format_instrument(ref, LANGUAGES[code]) == text


def test_a_document_reference_prints_as_its_symbol_without_language() -> None:
    s = parse_symbol("C20/57(Rev.1)-E")
    assert s is not None
    ref = document_ref(s)
    assert ref == InstrumentRef(id="itu:doc:C20/57(Rev.1)", kind="document",
                                number="C20/57(Rev.1)", year=2020, symbol=s)
    assert format_instrument(ref, EN) == "C20/57(Rev.1)"
    assert format_instrument(ref, ZH) == "C20/57(Rev.1)"


def test_a_symbol_printed_with_a_full_width_slash_is_a_document() -> None:
    (found,) = find_documents("Document C20／57-E")
    assert (found.ref.id, found.start, found.end, found.text) == (
        "itu:doc:C20/57", 9, 17, "C20／57-E")


def test_a_council_session_written_before_the_reference() -> None:
    text = "见理事会2009年会议第1306号决议。"
    (found,) = find_instruments(text, ZH)
    assert (found.ref.id, found.ref.inferred) == ("itu:council:resolution:1306@2009", ())
    assert (found.start, found.end, found.text) == (1, 19, "理事会2009年会议第1306号决议")


def test_a_chinese_body_with_its_year_before_the_reference() -> None:
    text = "根据2010年全权代表大会第179号决议"
    (found,) = find_instruments(text, ZH)
    assert (found.ref.id, found.ref.inferred) == (
        "itu:pp:resolution:179@guadalajara-2010", ("place",))
    assert found.text == "2010年全权代表大会第179号决议"


def test_a_council_session_symbol_in_the_parenthesis_gives_the_year() -> None:
    (found,) = find_instruments("Resolution 179 (C09) was", EN)
    assert (found.ref.body, found.ref.year, found.ref.inferred) == ("Council", 2009, ())
    assert found.text == "Resolution 179 (C09)"


def test_arabic_indic_digits_and_directional_marks() -> None:
    (found,) = find_instruments("وفقاً للقرار ١٧٩ (المراجَع في دبي، 2018)", AR)
    assert found.ref.id == "itu:pp:resolution:179@dubai-2018"
    # a mark removed by folding: the span still indexes the text as written
    text = "see\u200f Resolution 1306 (2009)"
    (found,) = find_instruments(text, EN)
    assert (found.start, found.text) == (5, "Resolution 1306 (2009)")


def test_context_applies_to_long_paragraphs_too() -> None:
    # a paragraph longer than what is cached takes the same path to the same result
    text = "x " * 1200 + "Resolution 1306 applies."
    (found,) = find_instruments(text, EN, context_body="Council", context_year=2009)
    assert found.ref.id == "itu:council:resolution:1306@2009"
    assert found.ref.inferred == ("body", "year")
    (found,) = find_instruments(text.replace("1306", "179"), EN, context_body="PP")
    assert (found.ref.id, found.ref.inferred) == ("itu:pp:resolution:179", ("body",))


# -- dates ------------------------------------------------------------------------------

def test_dates_print_with_the_first_filler_and_year_suffix() -> None:
    assert format_date(dt.date(2020, 5, 3), ES) == "3 de mayo de 2020"
    assert format_date(dt.date(2020, 5, 3), RU) == "3 мая 2020 года"
    assert format_date(dt.date(2020, 5, 3), EN) == "3 May 2020"
    assert format_date(dt.date(2020, 5, 3), ZH) == "2020年5月3日"


def test_a_range_whose_end_is_no_date_is_no_range() -> None:
    assert find_date_range("28-30 February 2021", EN) is None
    assert find_date_range("met on 31 April - 2 May 2021", EN) is None


def test_a_range_of_one_day() -> None:
    assert find_date_range("9-9 June 2020", EN) == DateSpan(
        dt.date(2020, 6, 9), dt.date(2020, 6, 9), (0, 13))


def test_a_full_stop_after_the_month_before_a_filler() -> None:
    assert find_date("el 3 de marzo. de 2020", ES) == DateSpan(
        dt.date(2020, 3, 3), dt.date(2020, 3, 3), (3, 22))


def test_a_reference_takes_one_parenthesis_and_one_body_after_it_not_more() -> None:
    (found,) = find_instruments(
        "Resolution 179 (Rev. Dubai, 2018) of the Plenipotentiary Conference (2019) says", EN)
    assert found.text == "Resolution 179 (Rev. Dubai, 2018) of the Plenipotentiary Conference"
    assert found.ref.id == "itu:pp:resolution:179@dubai-2018"
    (found,) = find_instruments("Resolution 1306 of the Council (2009) (C10) says", EN)
    assert (found.text, found.ref.id) == (
        "Resolution 1306 of the Council (2009)", "itu:council:resolution:1306@2009")


def test_the_council_session_before_a_reference_names_the_council() -> None:
    (found,) = find_instruments("见理事会2009年会议第1306号决议。", ZH)
    assert (found.ref.body, found.ref.year) == ("Council", 2009)


def test_a_body_named_in_the_parenthesis() -> None:
    (found,) = find_instruments("Resolution 9 (WTDC)", EN)
    assert (found.ref.id, found.ref.body, found.ref.inferred) == (
        "itu:wtdc:resolution:9", "WTDC", ())


def test_a_two_letter_body_inside_a_word_of_the_parenthesis_is_no_body() -> None:
    # "RA" (Radiocommunication Assembly) stands inside "GRA": not the body.
    (found,) = find_instruments("Resolution 2 (GRA)", EN)
    assert (found.ref.id, found.ref.body) == ("itu:unknown:resolution:2", None)


def test_a_void_span_ending_where_a_date_starts_leaves_that_date() -> None:
    text = "3 March 2020 and 4 April 2020"
    assert find_date(text, EN, void=[(0, 17)]) == DateSpan(
        dt.date(2020, 4, 4), dt.date(2020, 4, 4), (17, 29))


def test_every_void_span_is_skipped_in_turn() -> None:
    text = "1 May 2020, 2 May 2020, 3 May 2020, 4 May 2020"
    found = find_date(text, EN, void=[(0, 10), (12, 22), (24, 34)])
    assert found is not None and (found.start, found.span) == (dt.date(2020, 5, 4), (36, 46))


def test_a_three_letter_body_in_the_parenthesis() -> None:
    (found,) = find_instruments("Resolution 7 (WRC)", EN)
    assert (found.ref.id, found.ref.body) == ("itu:wrc:resolution:7", "WRC")
