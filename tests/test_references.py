"""References to instruments: every language, every body, near misses, printing, spans."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import itudocs
from itudocs.grammar.instruments import find_instruments, format_instrument, make_id
from itudocs.lang import LANGUAGES
from itudocs.lang.conferences import CONFERENCES
from itudocs.model import InstrumentRef

from .conftest import SEED, need

CASES = [
    # (language, text, id, inferred, revised)
    ("en", "Resolution 179 (Rev. Dubai, 2018)", "itu:pp:resolution:179@dubai-2018", ("body",), True),
    ("en", "PP Resolution 179", "itu:pp:resolution:179", (), False),
    ("en", "Council Resolution 1306", "itu:council:resolution:1306", (), False),
    ("en", "Resolution 1306 (C09)", "itu:council:resolution:1306@2009", (), False),
    ("en", "Resolution 1306 of ITU Council 2009", "itu:council:resolution:1306@2009", (), False),
    ("en", "Decision 5 (Rev. Dubai, 2018)", "itu:pp:decision:5@dubai-2018", ("body",), True),
    ("en", "Resolution 67 (Rev. Buenos Aires, 2017) of WTDC",
     "itu:wtdc:resolution:67@buenos-aires-2017", (), True),
    ("en", "Resolution 2 (Rev. Hammamet, 2016) of the World Telecommunication Standardization Assembly",
     "itu:wtsa:resolution:2@hammamet-2016", (), True),
    ("en", "Resolution 12 (Sharm el-Sheikh, 2019) of WRC", "itu:wrc:resolution:12@sharm-el-sheikh-2019",
     (), False),
    ("en", "Recommendation 7 of the Radiocommunication Assembly", "itu:ra:recommendation:7", (), False),
    ("en", "Resolution 70 of the United Nations General Assembly", "itu:unga:resolution:70", (), False),
    ("fr", "Résolution 179 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires",
     "itu:pp:resolution:179@dubai-2018", (), True),
    ("fr", "Résolution 1306 du Conseil (2009)", "itu:council:resolution:1306@2009", (), False),
    ("es", "Resolución 1306 del Consejo (2009)", "itu:council:resolution:1306@2009", (), False),
    ("es", "Resolución 179 (Rev. Dubái, 2018)", "itu:pp:resolution:179@dubai-2018", ("body",), True),
    ("zh", "全权代表大会第179号决议（2018年，迪拜，修订版）", "itu:pp:resolution:179@dubai-2018", (), True),
    ("zh", "理事会第1306号决议（理事会2009年会议）", "itu:council:resolution:1306@2009", (), False),
    ("zh", "第179号决议（2010年，瓜达拉哈拉）", "itu:pp:resolution:179@guadalajara-2010", ("body",), False),
    ("ru", "Резолюция 179 (Пересм. Дубай, 2018 г.)", "itu:pp:resolution:179@dubai-2018", ("body",), True),
    ("ru", "Резолюции 1306 Совета (2009 г.)", "itu:council:resolution:1306@2009", (), False),
    ("ar", "القرار 179 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين",
     "itu:pp:resolution:179@dubai-2018", (), True),
    ("ar", "القرار 5 (المراجَع في بوينس آيرس، 2017)", "itu:wtdc:resolution:5@buenos-aires-2017",
     ("body",), True),
]


@pytest.mark.parametrize(("code", "text", "id_", "inferred", "revised"), CASES,
                         ids=[c[1][:40] for c in CASES])
def test_reference(code: str, text: str, id_: str, inferred: tuple[str, ...],
                   revised: bool) -> None:
    (found,) = find_instruments(f"as stated in {text}, the group met", LANGUAGES[code])
    assert found.text == text
    assert found.ref.id == id_
    assert found.ref.inferred == inferred
    assert found.ref.revised is revised


@pytest.mark.parametrize(("code", "text"), [
    ("en", "the screen resolution 1080 is high"),      # not a name
    ("en", "Resolution 1080p video"),                   # a unit, not a number
    ("en", "a Resolution 3.5 metre wide"),              # a decimal
    ("en", "Resolutions adopted in 2018"),              # no number
    ("en", "RESOLUTION"),
    ("fr", "la résolution 4 du problème"),              # lower case: the common noun
    ("ru", "разрешение 1080 пикселей"),
    ("zh", "分辨率1080"),
])
def test_near_misses(code: str, text: str) -> None:
    assert find_instruments(text, LANGUAGES[code]) == []


def test_context_fills_body_and_year() -> None:
    (found,) = find_instruments("Council 2009 resolves (excerpt from Resolution 1306):",
                                LANGUAGES["en"], context_body="Council", context_year=2009)
    assert found.ref.id == "itu:council:resolution:1306@2009"
    assert found.ref.inferred == ("body", "year")


def test_same_instrument_same_id_in_six_languages() -> None:
    texts = {
        "en": "Resolution 179 (Rev. Dubai, 2018) of the Plenipotentiary Conference",
        "fr": "Résolution 179 (Rév. Dubaï, 2018) de la Conférence de plénipotentiaires",
        "es": "Resolución 179 (Rev. Dubái, 2018) de la Conferencia de Plenipotenciarios",
        "zh": "全权代表大会第179号决议（2018年，迪拜，修订版）",
        "ru": "Резолюция 179 (Пересм. Дубай, 2018 г.) Полномочной конференции",
        "ar": "القرار 179 (المراجَع في دبي، 2018) لمؤتمر المندوبين المفوضين",
    }
    refs = {code: find_instruments(t, LANGUAGES[code])[0].ref for code, t in texts.items()}
    assert len({r for r in refs.values()}) == 1


_BODIES_YEARS = sorted({(b, y) for (b, y) in CONFERENCES})


@st.composite
def instruments(draw: st.DrawFn) -> InstrumentRef:
    kind = draw(st.sampled_from(["resolution", "decision", "recommendation", "opinion"]))
    number = str(draw(st.integers(1, 999)))
    if draw(st.booleans()):
        body, place, year = "Council", None, draw(st.one_of(st.none(), st.integers(1995, 2030)))
        number = str(draw(st.integers(1000, 1500)))
    else:
        body, year = draw(st.sampled_from(_BODIES_YEARS))
        place = CONFERENCES[(body, year)]
    revised = draw(st.booleans()) if place else False
    return InstrumentRef(id=make_id(kind, number, body, place, year), kind=kind,  # type: ignore[arg-type]
                         number=number, body=body, place=place, year=year, revised=revised)


@given(instruments(), st.sampled_from(sorted(LANGUAGES)))
def test_print_then_parse_gives_the_same_instrument(ref: InstrumentRef, code: str) -> None:
    lang = LANGUAGES[code]
    text = format_instrument(ref, lang)
    found = find_instruments(text, lang)
    assert len(found) == 1, text
    assert found[0].text == text
    assert found[0].ref == ref, text


def test_seed_references_quotes_and_spans() -> None:
    doc = itudocs.parse(need(SEED))
    assert [r.instrument.id for r in doc.references] == [  # type: ignore[union-attr]
        "itu:pp:resolution:179@dubai-2018", "itu:council:resolution:1306@2009"]
    assert [q.instrument.id for q in doc.quotes] == [  # type: ignore[union-attr]
        "itu:council:resolution:1306@2009", "itu:pp:resolution:179@guadalajara-2010"]
    source = SEED.read_text("utf-8")
    for c in doc.citations:
        loc = c.loc
        assert isinstance(loc, itudocs.TextLoc)
        # The span indexes the element's text, which starts at loc.start in the source
        # (no label or quotation mark precedes a citation in this document's lines).
        element = source[loc.start:loc.end]
        assert c.text in element
    ids = [c.instrument.id for c in doc.citations]
    assert ids.count("itu:pp:resolution:179@guadalajara-2010") == 2
    assert len(ids) == 7


def test_english_fixture_quote_instruments() -> None:
    doc = itudocs.parse("tests/fixtures/docx/report-en.docx")
    q1, q2 = doc.quotes
    assert q1.instrument is not None and q1.instrument.id == "itu:council:resolution:1306@2009"
    assert q1.instrument.inferred == ("body", "year")
    assert q2.instrument is not None and q2.instrument.id == "itu:pp:resolution:179@guadalajara-2010"


def test_document_symbols_in_running_text() -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tSee Document C20/57-E and C19/1(Add.2)-E.\n")
    docs = [c.instrument for c in doc.citations]
    assert [d.id for d in docs] == ["itu:doc:C20/57", "itu:doc:C19/1(Add.2)"]
    assert docs[0].symbol is not None and docs[0].symbol.language == "en"
