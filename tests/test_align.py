"""itudocs.align: the language versions of one document side by side (issue 17).

Expected texts are typed from the fixtures (tests/fixtures/tika/report-*.txt); the
expected keys are written from the report's structure: 7 header units, sections 1-7
with their titles, numbered paragraphs, the two quotes of 1.1, the outcome lists of 7.1
and 7.2, and the signature."""

from __future__ import annotations

from functools import cache

import pytest

import itudocs
from itudocs import Alignment, Document
from itudocs.parallel.lengths import Side, align_lengths

from .conftest import FIXTURES

LANGS = ("en", "fr", "es", "zh", "ru", "ar")
TIKA = FIXTURES / "tika"
KINDS = FIXTURES / "kinds"

#: the report's units, in reading order (quotes after their lead-in, outcome bullets
#: after theirs)
KEYS = [
    "header/meeting", "header/title", "header/subtitle", "header/summary",
    "header/action-required", "header/reference:1", "header/reference:2",
    "section:1/title", "section:1.1/p:1", "section:1.1/p:2",
    "quote:1/p:1", "quote:1/p:2", "quote:1/p:3",
    "section:1.1/p:3",
    *(f"quote:2/p:{i}" for i in range(1, 8)),
    "section:2/title", "section:2.1/p:1",
    "section:3/title", "section:3.1/p:1", "section:3.2/p:1",
    "section:4/title", *(f"section:4.1/p:{i}" for i in range(1, 8)),
    "section:5/title", "section:5.1/p:1",
    "section:6/title", "section:6.1/p:1", "section:6.2/p:1",
    "section:7/title", "section:7.1/p:1", *(f"outcome:7.1/b:{i}" for i in range(1, 6)),
    "section:7.2/p:1", "outcome:7.2/b:1", "outcome:7.2/b:2",
    "signature/role", "signature/name", "signature/country",
]


@cache
def sample(lang: str) -> Document:
    return itudocs.parse(itudocs.sample_path(lang))


@cache
def six() -> Alignment:
    return itudocs.align([sample(lang) for lang in LANGS])


def rows_by_key(alignment: Alignment) -> dict[str, dict[str, object]]:
    return {row["key"]: row for row in alignment.to_rows()}


def without_line(lang: str, start: str) -> Document:
    """The Tika text of the report in ``lang`` with the one line opening with ``start``
    left out."""
    lines = (TIKA / f"report-{lang}.txt").read_text("utf-8").split("\n")
    kept = [line for line in lines if not line.startswith(start)]
    assert len(kept) == len(lines) - 1
    return itudocs.parse_text("\n".join(kept), name=f"report-{lang}-cut.txt")


def test_the_six_sample_reports_align_unit_for_unit() -> None:
    alignment = six()
    assert alignment.languages == LANGS
    assert [row["key"] for row in alignment.to_rows()] == KEYS
    assert alignment.complete_rows() == len(KEYS) == 52
    assert alignment.warnings == ()
    assert alignment.symbol == "C20/57"
    assert {row["method"] for row in alignment.to_rows()} == {"structure"}


def test_rows_hold_the_parallel_texts() -> None:
    rows = rows_by_key(six())
    texts = rows["section:3.2/p:1"]["texts"]
    assert list(texts) == list(LANGS)
    assert texts["en"] == ("The Chairman welcomed the participants and thanked the group for "
                           "the contributions submitted.")
    assert texts["fr"] == ("Le Président a souhaité la bienvenue aux participants et a "
                           "remercié le Groupe pour les contributions soumises.")
    assert texts["zh"] == "主席向与会者表示欢迎，对工作组提交文稿表示感谢。"
    assert texts["ar"] == "رحب الرئيس بالمشاركين وشكر الفريق على المساهمات المقدمة."
    assert rows["section:2/title"]["texts"]["fr"] == "Adoption de l’ordre du jour"
    assert rows["section:2/title"]["kind"] == "section-title"
    assert rows["quote:2/p:2"]["texts"] == dict.fromkeys(LANGS, "…………")
    assert rows["quote:2/p:2"]["kind"] == "quote"
    assert rows["outcome:7.2/b:1"]["texts"]["fr"] == "La mascotte COP sera publiée en ligne."
    assert rows["outcome:7.2/b:1"]["kind"] == "bullet"
    assert rows["section:4.1/p:3"]["kind"] == "bullet"
    assert rows["signature/name"]["texts"]["en"] == "Abdelaziz Alzarooni"


def test_rows_carry_each_language_s_location() -> None:
    row = rows_by_key(six())["section:2.1/p:1"]
    assert set(row["locs"]) == set(LANGS)
    assert all(set(loc) == {"part", "paragraph"} for loc in row["locs"].values())
    assert row["locs"]["en"]["part"] == "word/document.xml"


def test_the_order_given_does_not_matter() -> None:
    shuffled = itudocs.align([sample(lang) for lang in ("ar", "zh", "en", "ru", "es", "fr")])
    assert shuffled.languages == LANGS
    assert shuffled.to_rows() == six().to_rows()


def test_a_paragraph_left_out_gives_null_there_and_keeps_the_rest() -> None:
    # 4.1 loses its second lead-in: the section's counts differ (6 French blocks, 7 in
    # the others), so the lengths place the gap
    cut = without_line("fr", "Les documents suivants ont été présentés à la seizième")
    alignment = itudocs.align([*(sample(lang) for lang in LANGS if lang != "fr"), cut])
    rows = rows_by_key(alignment)
    assert [row["key"] for row in alignment.to_rows()] == KEYS
    assert rows["section:4.1/p:5"]["texts"]["fr"] is None
    assert rows["section:4.1/p:5"]["texts"]["en"] == \
        "The following documents were presented at the sixteenth meeting:"
    assert rows["section:4.1/p:5"]["score"] == 0.0
    assert rows["section:4.1/p:6"]["texts"]["fr"] == \
        "Présentation des travaux et des activités de l’UIT sur la protection en ligne des enfants"
    assert rows["section:4.1/p:7"]["texts"]["fr"] == \
        "Processus de révision des Lignes directrices COP 2019-2020"
    assert rows["section:4.1/p:4"]["texts"]["fr"] == \
        "Résultats de la consultation en ligne des jeunes"
    assert rows["section:4.1/p:6"]["method"] == "length"
    assert 0 < rows["section:4.1/p:6"]["score"] <= 1
    assert alignment.complete_rows() == 51
    assert [(w.code, w.key, w.language) for w in alignment.warnings] == \
        [("no-counterpart", "section:4.1/p:5", "fr")]
    # every other row is as in the full alignment
    full = rows_by_key(six())
    assert all(rows[k]["texts"] == full[k]["texts"] for k in KEYS if k != "section:4.1/p:5")


def test_a_bullet_left_out() -> None:
    cut = without_line("fr", "•\tLa mascotte COP")
    alignment = itudocs.align([sample("en"), cut, sample("zh")])
    rows = rows_by_key(alignment)
    assert rows["outcome:7.2/b:1"]["texts"]["fr"] is None
    assert rows["outcome:7.2/b:1"]["texts"]["zh"] == "COP吉祥物将在网上公布。"
    assert rows["outcome:7.2/b:2"]["texts"]["fr"] == (
        "Le Président a encouragé les parties prenantes à participer davantage aux réunions, "
        "qui constituent une plate-forme unique pour échanger des informations et des "
        "enseignements.")
    assert len(alignment.rows) == 52


def test_a_numbered_paragraph_left_out() -> None:
    cut = without_line("fr", "6.2\t")
    alignment = itudocs.align([sample("en"), cut])
    rows = rows_by_key(alignment)
    assert [row["key"] for row in alignment.to_rows()] == KEYS
    assert rows["section:6.2/p:1"]["texts"] == {
        "en": rows["section:6.2/p:1"]["texts"]["en"], "fr": None}
    assert rows["section:6.2/p:1"]["texts"]["en"].startswith("During the sixteenth meeting")
    assert alignment.complete_rows() == 51


def test_across_input_formats() -> None:
    # the English .docx with the real Chinese Tika text
    zh = itudocs.parse(TIKA / "report-zh.txt")
    alignment = itudocs.align([sample("en"), zh])
    rows = rows_by_key(alignment)
    assert [row["key"] for row in alignment.to_rows()] == KEYS
    assert alignment.complete_rows() == 52
    assert rows["section:2.1/p:1"]["texts"]["zh"] == "第15和16次会议起草的议程获得通过。"
    assert set(rows["section:2.1/p:1"]["locs"]["zh"]) == {"line", "start", "end"}
    assert set(rows["section:2.1/p:1"]["locs"]["en"]) == {"part", "paragraph"}


@pytest.mark.parametrize("kind", ["contribution", "note", "summary-record",
                                  "summary-record-rev", "wg-report", "decision"])
def test_every_kind_aligns_in_six_languages(kind: str) -> None:
    docs = [itudocs.parse(KINDS / "docx" / f"{kind}-{lang}.docx") for lang in LANGS]
    alignment = itudocs.align(docs)
    assert alignment.warnings == ()
    assert alignment.complete_rows() == len(alignment.rows) > 0


def test_a_decision_is_known_by_its_instrument() -> None:
    docs = [itudocs.parse(KINDS / "docx" / f"decision-{lang}.docx") for lang in ("en", "ru")]
    assert itudocs.align(docs).symbol == "itu:council:decision:482@2001"


# -- refusals ----------------------------------------------------------------------


def test_different_documents_are_refused() -> None:
    note = itudocs.parse(KINDS / "docx" / "note-fr.docx")
    with pytest.raises(itudocs.DifferentDocumentsError) as info:
        itudocs.align([sample("en"), note])
    assert info.value.code == "different-documents" and info.value.exit_code == 16
    assert "C19/59-F" in str(info.value) and "C20/57-E" in str(info.value)
    assert isinstance(info.value, itudocs.NotParallelError)
    assert isinstance(info.value, itudocs.ItuDocsError)


def test_force_aligns_them_with_a_warning() -> None:
    note = itudocs.parse(KINDS / "docx" / "note-fr.docx")
    alignment = itudocs.align([sample("en"), note], force=True)
    assert alignment.symbol is None
    assert alignment.warnings[0].code == "forced"


def test_another_revision_is_another_document() -> None:
    rec = itudocs.parse(KINDS / "docx" / "summary-record-en.docx")
    rev = itudocs.parse(KINDS / "docx" / "summary-record-rev-fr.docx")
    with pytest.raises(itudocs.DifferentDocumentsError):
        itudocs.align([rec, rev])


def test_documents_without_symbol_are_refused_unless_forced() -> None:
    letters = [itudocs.parse(KINDS / "docx" / f"letter-{lang}.docx") for lang in ("en", "fr")]
    with pytest.raises(itudocs.UnidentifiedDocumentError):
        itudocs.align(letters)
    alignment = itudocs.align(letters, force=True)
    rows = rows_by_key(alignment)
    assert rows["body/p:3"]["texts"] == {"en": "Dear Madam/Sir,", "fr": "Madame, Monsieur,"}


def test_two_documents_in_one_language_are_refused_even_forced() -> None:
    with pytest.raises(itudocs.LanguageClashError, match="as is"):
        itudocs.align([sample("en"), itudocs.parse(TIKA / "report-en.txt")], force=True)


def test_a_document_of_unknown_language_is_refused() -> None:
    doc = itudocs.parse_text("1\tIntroduction\n1.1\tThe Council met.\n")
    assert doc.language is None
    with pytest.raises(itudocs.LanguageClashError, match="unknown"):
        itudocs.align([sample("en"), doc], force=True)


def test_nothing_to_align() -> None:
    with pytest.raises(ValueError):
        itudocs.align([])
    with pytest.raises(TypeError):
        itudocs.align([TIKA / "report-en.txt"])  # type: ignore[list-item]


# -- the length alignment itself ---------------------------------------------------


def test_length_alignment_leaves_out_the_paragraph_without_counterpart() -> None:
    beads = align_lengths([100, 200, 300], [98, 305])
    assert [(b.a, b.b) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    assert beads[1].score == 0.0
    assert 0.5 < beads[0].score <= 1.0


def test_length_alignment_joins_two_paragraphs_that_one_stands_for() -> None:
    beads = align_lengths([100, 100, 300], [205, 295])
    assert [(b.a, b.b) for b in beads] == [((0, 1), (0,)), ((2,), (1,))]


def test_structure_outweighs_length() -> None:
    # by length alone the middle bullet pairs with the paragraph; the kinds say not
    lengths_a, lengths_b = [100, 61, 60], [100, 61]
    assert [b.b for b in align_lengths(lengths_a, lengths_b)] == [(0,), (1,), ()]
    beads = align_lengths(Side(lengths_a, ["p", "bullet", "p"]), Side(lengths_b, ["p", "p"]))
    assert [(b.a, b.b) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_numbers_weigh() -> None:
    same = [frozenset(), frozenset({"2"}), frozenset()]
    beads = align_lengths(Side([50, 150, 151], numbers=same),
                          Side([50, 152], numbers=[frozenset(), frozenset({"2"})]))
    assert [(b.a, b.b) for b in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), ())]
    beads = align_lengths(Side([50, 150, 151], numbers=same),
                          Side([50, 152], numbers=[frozenset(), frozenset()]))
    assert [(b.a, b.b) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_repr_says_what_aligned() -> None:
    assert repr(six()) == ("<Alignment 'C20/57' languages=en fr es zh ru ar rows=52 "
                           "complete=52 warnings=0>")


def test_a_labelled_paragraph_is_not_merged_into_another() -> None:
    assert [b.a for b in align_lengths([100, 50, 100], [150, 100])] == [(0, 1), (2,)]
    beads = align_lengths(Side([100, 50, 100], labelled=[False, True, False]),
                          Side([150, 100], labelled=[False, False]))
    assert [(b.a, b.b) for b in beads] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]


def test_a_paragraph_of_two_lines_stands_for_two() -> None:
    # the English Tika text of decision 482 keeps "The Council," and "considering" in
    # one paragraph of two lines, the Chinese one in two paragraphs
    en, zh = (itudocs.parse(KINDS / "tika" / f"decision-{lang}.txt") for lang in ("en", "zh"))
    rows = rows_by_key(itudocs.align([en, zh]))
    assert rows["body/p:1-2"]["texts"] == {"en": "The Council,\nconsidering",
                                           "zh": "理事会，\n考虑到"}
    assert rows["body/p:3"]["texts"]["zh"].startswith("卫星网络申报资料的处理")
