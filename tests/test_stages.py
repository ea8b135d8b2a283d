"""Each stage of the pipeline on its own: it is imported alone, given the blocks (or
tokens) it reads, and its typed result is checked against values written here by
hand, not computed by another part of the library."""

from __future__ import annotations

import re

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from itudocs.extract import (
    adopted,
    annexes,
    citations,
    header,
    kind,
    language,
    letter,
    outcomes,
    quotes,
    record,
    sections,
    signature,
)
from itudocs.extract import tokens as tokens_mod
from itudocs.extract.ledger import Ledger, block_ids
from itudocs.extract.tokens import Token, tokenize
from itudocs.lang import LANGUAGES
from itudocs.model import Block, DocxLoc, Note, Section, TextLoc
from itudocs.readers.blocks import RawBlock
from itudocs.readers.tika import read_text

EN = LANGUAGES["en"]


def _tokens(text: str) -> tuple[tuple[RawBlock, ...], Ledger, tuple[Token, ...]]:
    blocks = read_text(text).blocks
    ledger = Ledger(len(blocks))
    found = tokenize(blocks, ledger, block_ids(blocks))
    ledger.commit(found.claims)
    return blocks, ledger, found.tokens


# -- ledger -----------------------------------------------------------------------------

def test_ledger_first_claim_wins_and_commit_is_all_a_stage_does() -> None:
    ledger = Ledger(4)
    ledger.commit([(1, "quote"), (3, "signature")])
    ledger.commit([(1, "block"), (2, "block")])
    assert ledger.roles == [None, "quote", "block", "signature"]
    assert [ledger.is_free(i) for i in range(4)] == [True, False, False, False]


def test_block_ids_prefer_word_ids_and_number_repeated_texts() -> None:
    loc = DocxLoc(part="word/document.xml", paragraph=0)
    blocks = (RawBlock(text="Same", loc=loc), RawBlock(text="Same", loc=loc),
              RawBlock(text="Same", loc=loc, para_id="1A2B3C4D"), RawBlock(text="Other", loc=loc))
    ids = block_ids(blocks)
    assert ids[0].startswith("t:") and len(ids[0]) == 2 + 12
    assert ids[1] == ids[0] + "-2"
    assert ids[2] == "w14:1A2B3C4D"
    assert ids[3] not in ids[:3] and not ids[3].endswith("-2")


# -- language -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "code"), [
    ("Document C20/57-F\nConseil 2020", "fr"),
    ("Council 2020\nDocument C20/57-E", "en"),
    ("理事会2020年会议\n文件 C20/57-C", "zh"),
    ("Совет 2020 года\nДокумент C20/57-R", "ru"),
    ("Совет 2020 года, Женева, без символа документа", "ru"),
    ("مجلس 2020\nالوثيقة C20/57-A", "ar"),
    ("", None),
])
def test_language_from_the_symbol_or_the_script(text: str, code: str | None) -> None:
    found = language.detect(read_text(text).blocks)
    assert found.code == code
    assert found.table is LANGUAGES[code or "en"]
    assert found.warning is None


def test_language_mismatch_is_a_warning_and_the_symbol_wins() -> None:
    found = language.detect(read_text("Document C20/57-E\nСовет 2020 года, Женева").blocks)
    assert found.code == "en"
    assert found.warning is not None and found.warning.code == "language-mismatch"


# -- header -------------------------------------------------------------------------------

FIRST_PAGE = (
    "Council 2020\n"
    "Geneva, 9-19 June 2020\n"
    "\tAgenda item: PL 2\n"
    "\tDocument C20/57-E\n"
    "\t3 March 2020\n"
    "\tOriginal: English\n"
    "Report by the Chairman\n"
    "Child online protection\n"
    "Summary\n"
    "This report covers the work.\n"
    "References\n"
    "Resolution 179 (Rev. Dubai, 2018)\n"
    "\n"
    "1\tIntroduction\n"
)


def test_header_reads_the_first_page_and_claims_its_blocks() -> None:
    page = header.read(read_text(FIRST_PAGE).blocks, EN)
    assert page is not None
    h = page.header
    assert (h.meeting, h.venue, h.venue_id) == ("Council 2020", "Geneva", "geneva")
    assert (h.meeting_start.isoformat(), h.meeting_end.isoformat()) == ("2020-06-09",
                                                                         "2020-06-19")
    assert (h.agenda_item, h.symbol.text, h.date.isoformat()) == ("PL 2", "C20/57-E",
                                                                  "2020-03-03")
    assert h.original_languages == ("en",)
    assert (h.title, h.subtitle) == ("Report by the Chairman", "Child online protection")
    assert page.summary == "This report covers the work."
    assert [(line.part, line.text, line.block_index) for line in page.references] == [
        ("reference", "Resolution 179 (Rev. Dubai, 2018)", 11)]
    assert dict(page.claims) == {
        0: "header:meeting", 1: "header:meeting_dates", 2: "header:agenda_item",
        3: "header:symbol", 4: "header:date", 5: "header:original", 6: "header:title",
        7: "header:subtitle", 8: "header:summary-label", 9: "header:summary",
        10: "header:references-label", 11: "header:reference"}
    assert page.warnings == ()


def test_header_without_itu_first_page_is_none_and_claims_nothing() -> None:
    # A date and a title alone do not make an ITU first page.
    assert header.read(read_text("3 March 2020\nA handbook\n1\tIntro").blocks, EN) is None


def test_header_warns_about_missing_fields() -> None:
    page = header.read(read_text("Council 2020\nDocument C20/57-E\n").blocks, EN)
    assert page is not None
    assert [w.code for w in page.warnings] == ["header-date-missing", "header-title-missing"]


# -- tokens -------------------------------------------------------------------------------

def test_tokens_labels_headings_and_exact_offsets() -> None:
    blocks, _ledger, toks = _tokens("1\tIntroduction\n1.1\tThe Council met.\n\ta)\tfirst item;\n"
                                   "•\tA bullet\nPlain text.\n")
    got = [(t.kind, t.label, t.text, t.heading, t.block_index) for t in toks]
    assert got == [("section", "1", "Introduction", True, 0),
                   ("section", "1.1", "The Council met.", False, 1),
                   ("item", "a)", "first item;", False, 2),
                   ("bullet", "•", "A bullet", False, 3),
                   ("text", None, "Plain text.", False, 4)]
    for tok in toks:  # the offset points at the token's text inside the raw text
        raw = blocks[tok.block_index].text
        assert raw[tok.start:tok.start + len(tok.text)] == tok.text
    assert dict(tokenize(blocks, Ledger(len(blocks)), block_ids(blocks)).claims) == {
        5: "skipped:empty"}


def test_tokens_offset_is_the_position_not_the_first_occurrence() -> None:
    # "1" occurs first as the label: a text search would find offset 0, not 2.
    _blocks, _, toks = _tokens("1\t1 is the number.")
    assert (toks[0].text, toks[0].start) == ("1 is the number.", 2)


def test_tokens_skip_claimed_blocks_and_join_continuation_lines() -> None:
    blocks = read_text("Title\n1.1\tThe Council, having\nconsidered it, agreed.\n2\nNext").blocks
    ledger = Ledger(len(blocks))
    ledger.commit([(0, "header:title")])
    found = tokenize(blocks, ledger, block_ids(blocks))
    assert [(t.label, t.text) for t in found.tokens] == [
        ("1.1", "The Council, having\nconsidered it, agreed."), ("2", "Next")]
    assert dict(found.claims) == {2: "continuation", 4: "continuation"}
    # the token spans both lines: from the start of line 1 to the end of line 2
    assert found.tokens[0].loc == TextLoc(line=1, start=6, end=52)


# -- signature ----------------------------------------------------------------------------

def test_signature_is_the_role_and_name_lines_at_the_end() -> None:
    _, _, toks = _tokens("1\tText.\nChairman, CWG-COP\nJane Doe (Ghana)")
    signed = signature.find(toks, EN)
    assert signed is not None
    assert (signed.signature.role, signed.signature.name, signed.signature.country) == (
        "Chairman, CWG-COP", "Jane Doe", "Ghana")
    assert sorted(signed.claims) == [(1, "signature"), (2, "signature")]


def test_no_signature_without_a_role_line() -> None:
    _, _, toks = _tokens("1\tText.\nThe meeting closed.\nJane Doe (Ghana)")
    assert signature.find(toks, EN) is None


# -- quotes -------------------------------------------------------------------------------

QUOTED = ("2\tBackground\n"
          "Resolution 1306 (2009) of the Council set up the group.\n"
          "Council 2009 resolves:\n"
          "\u201c1\tto establish a group;\n"
          "\u2026\n"
          "3\tthat the group shall report.\u201d\n"
          "3\tNext section\n")


def test_quotes_extent_intro_source_and_inner_numbering() -> None:
    _, _, toks = _tokens(QUOTED)
    found = quotes.find(toks, EN)
    assert len(found.quotes) == 1
    q = found.quotes[0]
    assert (q.section, q.intro, q.source, q.elided) == (
        "2", "Council 2009 resolves:", "Resolution 1306 (2009) of the Council", True)
    assert [(p.label, p.text) for p in q.paragraphs] == [
        # the opening mark no longer hides the first item's number
        ("1", "to establish a group;"), (None, "\u2026"),
        ("3", "that the group shall report.")]
    assert q.intro_token is not None and q.intro_token.block_index == 2
    assert found.quoted == frozenset({3, 4, 5})
    assert found.claims == ((3, "quote"), (4, "quote"), (5, "quote"))
    ids = {t.block_index: t.id for t in toks}
    assert [p.block_id for p in q.paragraphs] == [ids[3], ids[4], ids[5]]


def test_unclosed_quote_is_a_warning() -> None:
    _, _, toks = _tokens("The Council resolves:\n\u201cto do it;\nPlain text after.")
    found = quotes.find(toks, EN)
    assert [w.code for w in found.warnings] == ["quote-unclosed"]
    assert found.quoted == frozenset({1})


# -- sections -----------------------------------------------------------------------------

def test_sections_tree_leaves_quoted_numbers_and_taken_blocks_out() -> None:
    blocks, ledger, toks = _tokens(QUOTED + "Chairman, CWG-COP\nJane Doe (Ghana)")
    ledger.commit([(7, "signature"), (8, "signature")])
    found = quotes.find(toks, EN)
    ledger.commit(found.claims)
    tree = sections.build(toks, blocks, ledger, found.quoted)
    assert [(s.number, s.title) for s in tree.sections] == [("2", "Background"),
                                                           ("3", "Next section")]
    assert [b.kind for b in tree.sections[0].blocks] == ["paragraph", "paragraph", "quote",
                                                         "quote", "quote"]
    assert tree.sections[1].blocks == ()
    assert dict(tree.claims)[0] == "section" and dict(tree.claims)[1] == "block"
    assert 7 not in dict(tree.claims)


def test_sections_warn_when_a_number_skips_its_parent() -> None:
    blocks, ledger, toks = _tokens("1\tOne\n2.1\tA paragraph.")
    tree = sections.build(toks, blocks, ledger, frozenset())
    assert [w.code for w in tree.warnings] == ["section-out-of-sequence"]


def test_block_notes_move_from_raw_offsets_to_the_text() -> None:
    loc = DocxLoc(part="word/document.xml", paragraph=0)
    raw = RawBlock(text="1.1\tThe Council met.", loc=loc,
                   notes=(Note(kind="footnote", id="1", text="A note.", offset=20),))
    tok = Token("section", "1.1", "The Council met.", 0, loc, "p1", start=4)
    block = sections.block_of(tok, raw, False)
    assert block.text[:block.notes[0].offset] == "The Council met."


# -- outcomes -----------------------------------------------------------------------------

LOC = DocxLoc(part="word/document.xml", paragraph=0)


def _block(kind: str, text: str, block_id: str) -> Block:
    return Block(kind, "•" if kind == "bullet" else None, text, LOC, block_id)  # type: ignore[arg-type]


def test_outcomes_need_a_lead_in_or_a_section_title_that_speaks_of_results() -> None:
    loose = (_block("paragraph", "The main results were:", "a"), _block("bullet", "x", "b"),
             _block("paragraph", "We also went for lunch:", "c"), _block("bullet", "y", "d"))
    found = outcomes.find((), loose, EN)
    assert [(o.intro, o.intro_block_id, [b.block_id for b in o.bullets]) for o in found] == [
        ("The main results were:", "a", ["b"])]


def test_outcomes_from_the_section_title() -> None:
    from itudocs.model import Section
    sec = Section(number="7", title="Outcomes", level=1, loc=LOC, children=(),
                  blocks=(_block("bullet", "one", "b1"), _block("bullet", "two", "b2")))
    found = outcomes.find((sec,), (), EN)
    assert [(o.section, o.intro, [b.text for b in o.bullets]) for o in found] == [
        ("7", None, ["one", "two"])]


# -- citations ----------------------------------------------------------------------------

def test_citations_of_the_body_with_spans_and_block_ids() -> None:
    blocks, _, toks = _tokens("1\tSee Resolution 179 (Rev. Dubai, 2018).\n2\tNo reference.\n"
                              "3\tDocument C20/57 and Decision 5.")
    found = citations.find(None, blocks, block_ids(blocks), toks, (), EN)
    got = [(c.text, c.instrument.id, c.block_id == toks[n].id)
           for c, n in zip(found.citations, (0, 2, 2), strict=True)]
    assert got == [("Resolution 179 (Rev. Dubai, 2018)", "itu:pp:resolution:179@dubai-2018", True),
                   ("C20/57", "itu:doc:C20/57", True),
                   ("Decision 5", "itu:unknown:decision:5", True)]
    for c in found.citations:
        tok = next(t for t in toks if t.id == c.block_id)
        assert tok.text[c.start:c.end] == c.text


def test_citations_of_references_and_quotes_in_context() -> None:
    blocks = read_text(FIRST_PAGE).blocks
    page = header.read(blocks, EN)
    found = citations.find(page, blocks, block_ids(blocks), (), (), EN)
    assert [i.id if i else None for i in found.references] == ["itu:pp:resolution:179@dubai-2018"]
    _, _, toks = _tokens(QUOTED)
    qs = quotes.find(toks, EN)
    found = citations.find(None, read_text(QUOTED).blocks, block_ids(read_text(QUOTED).blocks),
                           toks, qs.quotes, EN)
    assert [i.id if i else None for i in found.quotes] == ["itu:council:resolution:1306@2009"]


def test_citation_candidates_are_the_tokens_a_full_scan_would_find() -> None:
    text = "\n".join(f"{n}\t" + ("Resolution 12 applies." if n % 7 == 0 else
                                "Document C20/5 too." if n % 11 == 0 else "Nothing here.")
                     for n in range(1, 80))
    blocks, _, toks = _tokens(text)
    found = citations.find(None, blocks, block_ids(blocks), toks, (), EN)
    cited = [int(next(t for t in toks if t.id == c.block_id).label or 0)
             for c in found.citations]
    assert cited == [n for n in range(1, 80) if n % 7 == 0 or n % 11 == 0]


# -- kind ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("title", "expected"), [
    ("Report by the Secretary-General", "report"),
    ("Rapport du Président", "report"),
    ("Informe del Presidente", "report"),
    ("Отчет Председателя", "report"),
    ("理事会保护上网儿童工作组主席的报告", "report"),
    ("تقرير رئيس الفريق", "report"),
    ("Note by the Secretary-General: report on the budget", "note"),
    ("Contribution from the Russian Federation", "contribution"),
    ("Draft budget", "unknown"),
    (None, "unknown"),
])
def test_kind_from_the_title(title: str | None, expected: str) -> None:
    assert kind.of_title(title) == expected


def test_stage_results_are_frozen() -> None:
    _, _, toks = _tokens(QUOTED)
    found = quotes.find(toks, EN)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        found.quoted = frozenset()  # type: ignore[misc]
    with pytest.raises(AttributeError):
        toks[0].text = "x"  # type: ignore[misc]


_ALPHABET = "0123456789.()abivxA Z\t•●▪-–—·o§é中\u00a0"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=12))
@example("(a)\tx")
@example("(iv) y")
@example("b) z")
@example("12) w")
@example("•\tb")
@example("• b")
@example("–\tc")
@example("1.1\tTitle")
@example("7.1")
@example("1Introduction")
@example("2.3.The")
def test_label_dispatch_by_first_character_is_the_full_pattern_chain(text: str) -> None:
    # Reference: every label pattern tried in order, with no first-character shortcut.
    from itudocs.grammar.patterns import BULLET, ITEM_LABEL, LONE_NUMBER, SECTION_LABEL
    loc = TextLoc(line=0, start=0, end=len(text))
    tok = tokens_mod.token_of(RawBlock(text=text, loc=loc), 0, "id")
    body = text.strip(" \u00a0\u3000").lstrip("\t")
    if not body:
        return
    if body in set("•●▪◦‣○■□➢✓"):  # a bullet sign alone on its line (text from a PDF)
        expected = ("bullet", body)
    elif re.fullmatch(r"\(?(?:[a-z]|[ivxlc]{1,6}|[0-9]{1,3})\)", body):  # "a)" alone
        expected = ("item", body)
    elif LONE_NUMBER.fullmatch(body):
        expected = ("section", body.rstrip("."))
    elif m := SECTION_LABEL.match(body):
        expected = ("section", m.group("num"))
    elif m := ITEM_LABEL.match(body):
        expected = ("item", m.group("lab"))
    elif m := BULLET.match(body):
        expected = ("bullet", m.group("lab") or m.group("lab2"))
    else:
        expected = ("text", None)
    assert (tok.kind, tok.label) == expected


# -- kinds of document (each stage alone) ------------------------------------------------

def test_header_reads_amendment_lines_and_group_meetings() -> None:
    page = header.read(read_text(
        "\tCouncil Working Group on the\n\tWorld Summit on the Information Society\n"
        "\t32nd meeting – Geneva, 24-25 January 2018\n\tDocument CWG-WSIS-32/16-E\n\tRev. 1\n"
        "\t25 January 2018\n\tEnglish only\n"
        "Chairman, Council Working Group on WSIS (WG-WSIS)\nSUMMARY OF THE 32nd MEETING\n"
        "1\tIntroduction\n").blocks, EN)
    assert page is not None
    h = page.header
    assert (h.meeting, h.venue, str(h.meeting_start), str(h.meeting_end)) == (
        "32nd meeting", "Geneva", "2018-01-24", "2018-01-25")
    assert h.symbol is not None
    assert (h.symbol.text, h.symbol.series, h.symbol.group_meeting, h.symbol.number,
            h.symbol.revision) == ("CWG-WSIS-32/16(Rev.1)-E", "CWG-WSIS", 32, "16", 1)
    assert (h.source, h.title) == ("Chairman, Council Working Group on WSIS (WG-WSIS)",
                                   "SUMMARY OF THE 32nd MEETING")
    page = header.read(read_text("Council 2017\n\tRevision 1 to\n\tDocument C17/130-E\n"
                                 "\t24 May 2017\n").blocks, EN)
    assert page is not None and page.header.symbol is not None
    assert (page.header.symbol.text, page.header.symbol.revision) == ("C17/130(Rev.1)-E", 1)
    assert dict(page.claims)[1] == "header:amendment"


def test_summary_record_title_over_three_lines_has_no_subtitle() -> None:
    page = header.read(read_text("Council 2019\nDocument C19/111-E\n11 June 2019\n"
                                 "SUMMARY RECORD\nOF THE\nINAUGURAL PLENARY MEETING\n"
                                 "Monday, 10 June 2019, from 0935 to 1230 hours\n").blocks, EN)
    assert page is not None
    assert page.header.title == "SUMMARY RECORD OF THE INAUGURAL PLENARY MEETING"
    assert page.header.subtitle is None


RECORD = ("SUMMARY RECORD OF THE NINTH AND LAST PLENARY MEETING\n"
          "Thursday, 25 May 2017, from 0945 to 1010 hours\nChairman: Dr E. SPINA\n"
          "\tSubjects discussed:\n\tDocuments\n\t1\tReport on the work (continued)\n"
          "\tC17/36(Rev.1), C17/94\n\t2\tClosing of the session\n\t-\n1\tReport on the work\n")


def test_record_reads_ordinal_day_chair_and_subjects_and_claims_the_table() -> None:
    blocks = read_text(RECORD).blocks
    ledger = Ledger(len(blocks))
    ledger.commit([(0, "header:title")])
    found = record.find(blocks, ledger, blocks[0].text, EN)
    assert found is not None
    r = found.record
    assert (r.ordinal, r.chair, str(r.date)) == (9, "Dr E. SPINA", "2017-05-25")
    assert [(s.number, s.title, [d.text for d in s.documents]) for s in r.subjects] == [
        ("1", "Report on the work (continued)", ["C17/36(Rev.1)", "C17/94"]),
        ("2", "Closing of the session", [])]
    assert sorted(i for i, _ in found.claims) == [1, 2, 3, 4, 5, 6, 7, 8]
    assert record.find(blocks, ledger, "Report by the Chairman", EN) is None


def test_letter_is_known_by_its_reference_and_closing() -> None:
    text = ("Geneva, 27 November 2020\nRef: DM-20/1021\nSubject:\nConsultation\nText.\n"
            "Yours faithfully,\n(signed)\nJane Doe\nChair of the Council")
    blocks = read_text(text).blocks
    found = letter.find(blocks, Ledger(len(blocks)), EN)
    assert found is not None
    assert (found.reference, str(found.date), found.venue, found.venue_id, found.subject) == (
        "DM-20/1021", "2020-11-27", "Geneva", "geneva", "Consultation")
    french = read_text("Genève, le 27 novembre 2020\nRéf.: DM-20/1021\nTexte.\n"
                       "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération.").blocks
    fr = letter.find(french, Ledger(len(french)), LANGUAGES["fr"])
    assert fr is not None and (fr.venue, fr.venue_id) == ("Genève", "geneva")
    assert found.warning.code == "not-council-layout"
    no_closing = read_text(text.replace("Yours faithfully,", "Bye.")).blocks
    assert letter.find(no_closing, Ledger(len(no_closing)), EN) is None


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("DECISION 482 (C-2001)", "en", ("decision", "itu:council:decision:482@2001")),
    ("Resolution 1306 (C09)", "en", ("resolution", "itu:council:resolution:1306@2009")),
    ("ACUERDO 562 (C-2011)", "es", ("decision", "itu:council:decision:562@2011")),
    ("Реш. 495 (С-2000)", "ru", ("decision", "itu:council:decision:495@2000")),
    ("第495号决定（C-2000）", "zh", ("decision", "itu:council:decision:495@2000")),
    ("D 556 (C10)", "en", ("decision", "itu:council:decision:556@2010")),  # the compilation
    ("DECISION 498", "en", ("decision", "itu:council:decision:498")),
])
def test_adopted_instrument_heading(text: str, lang: str, expected: tuple[str, str]) -> None:
    blocks = read_text(f"{text}\nA title\nThe Council,\n").blocks
    found = adopted.find(blocks, Ledger(len(blocks)), LANGUAGES[lang])
    assert found is not None
    assert (found.kind, found.instrument.id) == expected
    assert found.title == "A title"


@pytest.mark.parametrize("text", [
    "The Council adopted Decision 482 (C-2001) last year.",  # running text
    "Resolution 179 (Rev. Dubai, 2018)",  # alone on its line, but the Conference's
])
def test_no_adopted_heading(text: str) -> None:
    blocks = read_text(text + "\nA title\n").blocks
    assert adopted.find(blocks, Ledger(len(blocks)), EN) is None


def test_annex_headings_outside_tables() -> None:
    blocks = read_text("Body.\nANNEX\nA.\n\tAnnex 2\nAnnex 2\nAnnexes to follow.").blocks
    assert annexes.starts(blocks, Ledger(len(blocks))) == (1, 4)


def test_signature_name_then_role() -> None:
    _, _, toks = _tokens("I have the honour to transmit it.\nHoulin ZHAO\nSecretary-General")
    signed = signature.find(toks, EN)
    assert signed is not None
    assert (signed.signature.name, signed.signature.role) == ("Houlin ZHAO", "Secretary-General")
    _, _, toks = _tokens("We thank the Chairman.\nThe Secretary-General closed it.")
    assert signature.find(toks, EN) is None


@pytest.mark.parametrize(("args", "expected"), [
    ({"letter": True, "instrument_kind": None, "record": True, "title": "Note by",
      "source": None}, "letter"),
    ({"letter": False, "instrument_kind": "decision", "record": False, "title": None,
      "source": None}, "decision"),
    ({"letter": False, "instrument_kind": None, "record": True, "title": "SUMMARY RECORD",
      "source": None}, "summary-record"),
    ({"letter": False, "instrument_kind": None, "record": False,
      "title": "Note by the Secretary-General", "source": None}, "note"),
    ({"letter": False, "instrument_kind": None, "record": False,
      "title": "SUMMARY OF THE 32nd MEETING", "source": None}, "report"),
    ({"letter": False, "instrument_kind": None, "record": False, "title": "Budget",
      "source": "Chairman, CWG-FHR"}, "report"),
    ({"letter": False, "instrument_kind": None, "record": False, "title": "Budget",
      "source": None}, "unknown"),
])
def test_kind_layout_first(args: dict[str, object], expected: str) -> None:
    assert kind.decide(**args) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "Council 2020\u2028Geneva, 9-19 June 2020",   # a soft line break kept in the cell
    "Council 2020\nGeneva, 9-19 June 2020 /",     # web text: cells joined by " / "
    "Council 2020 / Geneva, 9-19 June 2020",
])
def test_venue_has_no_line_break_or_cell_separator(text: str) -> None:
    page = header.read(read_text(text + "\nDocument C20/57-E\n").blocks, EN)
    assert page is not None
    assert (page.header.venue, str(page.header.meeting_start)) == ("Geneva", "2020-06-09")


def test_a_keyword_inside_a_long_paragraph_is_no_lead_in() -> None:
    long_text = ("The group reviewed the results of the survey. It then discussed at length "
                 "the many questions raised by the members, and agreed to continue.")
    loose = (_block("paragraph", long_text, "a"), _block("bullet", "x", "b"),
             _block("paragraph", "It adopted the results below", "c"), _block("bullet", "y", "d"),
             _block("paragraph", "Among other things, see the results in section 3:", "e"),
             _block("bullet", "z", "f"))
    found = outcomes.find((), loose, EN)
    assert [o.intro_block_id for o in found] == ["c", "e"]


def test_russian_outcome_words_are_stems() -> None:
    loose = (_block("paragraph", "Основные итоги собрания:", "a"), _block("bullet", "x", "b"),
             _block("paragraph", "По результатам обсуждения:", "c"), _block("bullet", "y", "d"))
    assert [o.intro for o in outcomes.find((), loose, LANGUAGES["ru"])] == [
        "Основные итоги собрания:", "По результатам обсуждения:"]


def test_flattened_text_header_read_from_its_characters() -> None:
    import itudocs

    seed = itudocs.sample_path().read_text("utf-8")  # the real C20/57-C
    doc = itudocs.parse_text("".join(seed.split("\n")))  # every line break lost
    h = doc.header
    assert h.symbol is not None
    assert (h.symbol.text, h.meeting, h.venue, str(h.meeting_start), str(h.meeting_end),
            h.agenda_item, str(h.date), h.original_languages, doc.language) == (
        "C20/57-C", "理事会2020年会议", "日内瓦", "2020-06-09", "2020-06-19", "PL 1.5",
        "2020-03-03", ("en",), "zh")
    glued = ("Council 2018Geneva, 17-27 April 2018Document C18/77-E2 May 2018Original: "
             "French/English" + "Report by the Secretary-General on the budget. " * 10)
    g = itudocs.parse_text(glued).header
    assert g.symbol is not None
    assert (g.symbol.text, str(g.date), g.original_languages, g.venue) == (
        "C18/77-E", "2018-05-02", ("fr", "en"), "Geneva")


@pytest.mark.parametrize(("text", "number"), [
    ("1\tIntroduction", "1"), ("1.1    At the meeting", "1.1"), ("1Introduction", "1"),
    ("1d’appliquer le recouvrement", "1"), ("2qu’il soit", "2"), ("1l’Union", "1"),
    ("1引言", "1"), ("1to apply cost recovery", "1"), ("2поручить Генеральному", "2"),
    ("1st meeting of the group", None), ("2nd time", None), ("1er janvier", None),
    ("10am meeting", None), ("5 items", None), ("1.满足要求", None), ("2019 was a year", None),
])
def test_section_labels_in_every_rendering(text: str, number: str | None) -> None:
    from itudocs.grammar.patterns import SECTION_LABEL

    m = SECTION_LABEL.match(text)
    assert (m.group("num") if m else None) == number


def test_venue_of_an_extra_meeting_is_its_place() -> None:
    page = header.read(read_text("Council 2014\nFinal meeting, Busan, 18 October 2014\n"
                                 "\tDocument C14/105-E\n").blocks, EN)
    assert page is not None
    h = page.header
    assert (h.venue, h.venue_id, str(h.meeting_start), str(h.meeting_end)) == (
        "Busan", "busan", "2014-10-18", "2014-10-18")


def test_record_keeps_the_first_chair_and_claims_the_later_one() -> None:
    blocks = read_text("SUMMARY RECORD OF THE INAUGURAL PLENARY MEETING\n"
                       "Monday, 10 June 2019, from 0935 to 1230 hours\n"
                       "Acting Chairman: Mr F. BIGI (Italy)\n"
                       "Later: Mr R. ISMAILOV (Russian Federation)\n1\tOpening").blocks
    ledger = Ledger(len(blocks))
    ledger.commit([(0, "header:title")])
    found = record.find(blocks, ledger, blocks[0].text, EN)
    assert found is not None
    assert (found.record.ordinal, found.record.chair) == (0, "Mr F. BIGI (Italy)")
    assert dict(found.claims)[3] == "header:chair"


def test_citations_of_a_long_single_line_are_found_in_linear_time() -> None:
    # Tens of thousands of references and symbols in one paragraph: a symbol is checked
    # against the references' spans by bisection (a scan of every span hung for minutes).
    text = "1\t" + "Resolution 179 (Rev. Dubai, 2018) and C20/57; " * 20000
    blocks, _, toks = _tokens(text)
    found = citations.find(None, blocks, block_ids(blocks), toks, (), EN)
    assert len(found.citations) == 40000
    assert [c.text for c in found.citations[:2]] == ["Resolution 179 (Rev. Dubai, 2018)", "C20/57"]


def test_running_headers_inside_pdf_text_are_dropped_and_accounted_for() -> None:
    body = "\n".join(f"{n}\tParagraph {n} of the report." for n in range(1, 31))
    text = (body + "\n2\nC20/57-E\n31\tMore text.\n- 3 -\n32\tThe table names C19/40(Rev.1)\n"
            "C19/40(Rev.1)\n")
    stream = read_text(text)
    texts = [b.text for b in stream.blocks]
    assert "C20/57-E" not in texts and "2" not in texts and "- 3 -" not in texts
    assert "C19/40(Rev.1)" in texts  # named once, after no page number: text
    assert stream.page_header == ("2", "C20/57-E", "- 3 -")


def test_a_wrapped_title_does_not_take_the_summary_label() -> None:
    text = ("Council 2019\nDocument C19/7-E\n3 May 2019\n"
            "Report by the Secretary-General on the financial operating report\nSummary\n"
            "The report is presented.\n") + "This line is as wide as a page is in a PDF's text.\n" * 8
    stream = read_text(text)
    assert stream.wrapped
    page = header.read(stream.blocks, EN, wrapped=True)
    assert page is not None
    assert page.header.title == "Report by the Secretary-General on the financial operating report"
    assert "header:summary-label" in dict(page.claims).values()
    assert page.summary is not None and page.summary.startswith("The report is presented.")


def test_a_group_name_read_before_the_meeting_line_is_no_title() -> None:
    # pdftotext of a working group's header: the left cell's lines (the group's name)
    # interleave with the right cell's (symbol, date) and come before the meeting line.
    zh = LANGUAGES["zh"]
    page = header.read(read_text(
        "理事会\n\n文件 WG-WSIS-32/18-C\n\n信息社会世界峰会工作组\n\n2018 年 1 月 25 日\n\n"
        "第 32 次会议 – 2018 年 1 月 24-25 日，日内瓦\n\n仅有中文\n\n"
        "理事会 WSIS 工作组（WG-WSIS）主席\n第 32 次会议总结\n\n概要\n本文件总结了讨论情况。\n"
    ).blocks, zh)
    assert page is not None
    h = page.header
    assert (h.meeting, h.venue, h.source, h.title, h.subtitle) == (
        "第32次会议", "日内瓦", "理事会 WSIS 工作组（WG-WSIS）主席", "第32次会议总结", None)
    assert dict(page.claims)[4] == "header:group"
    # A title after the meeting line stays one.
    page = header.read(read_text(
        "32nd meeting – Geneva, 24-25 January 2018\nDocument WG-WSIS-32/18-E\n"
        "25 January 2018\nSUMMARY OF THE 32nd MEETING\nA subtitle\n").blocks, EN)
    assert page is not None
    assert (page.header.title, page.header.subtitle) == ("SUMMARY OF THE 32nd MEETING",
                                                         "A subtitle")


def test_layout_cells_of_a_chinese_header_stand_three_spaces_apart() -> None:
    # pdftotext -layout: a full-width character takes two columns, so the gap between
    # two cells is shorter than between Latin ones.
    texts = [b.text for b in read_text(
        "理事会 2019 年会议             文件 C19/70-C\n\n"
        "2019 年 6 月 10-20 日，日内瓦   2019 年 5 月 2 日\n\n"
        "第 32 次会议 – 2018 年 1 月 24-25 日，日内瓦   仅有中文\n"
        "1.1   主席宣布会议开幕。\n"  # a number's gap: no cell
        "Council 2019   Geneva\n").blocks if b.text]  # Latin: three spaces justify a line
    assert texts == ["理事会 2019 年会议", "文件 C19/70-C", "2019 年 6 月 10-20 日，日内瓦",
                     "2019 年 5 月 2 日", "第 32 次会议 – 2018 年 1 月 24-25 日，日内瓦", "仅有中文",
                     "1.1   主席宣布会议开幕。", "Council 2019   Geneva"]
    page = header.read(read_text("理事会 2019 年会议             文件 C19/70-C\n\n"
                                 "2019 年 6 月 10-20 日，日内瓦   2019 年 5 月 2 日\n").blocks,
                       LANGUAGES["zh"])
    assert page is not None
    assert (page.header.venue, str(page.header.date)) == ("日内瓦", "2019-05-02")


def test_a_title_gets_back_the_hyphen_a_pdf_text_lost_at_a_line_break() -> None:
    fr = LANGUAGES["fr"]
    joined = ("Conseil 2019\nDocument C19/59-F\n13 mai 2019\nOriginal: anglais\n"
              "Note du Secrétaire général\n"
              "CONTRIBUTION DE LA RÉPUBLIQUE DU KENYA ET DE LA RÉPUBLIQUEUNIE DE TANZANIE\n"
              "J’ai l’honneur de transmettre une contribution de la République-Unie de "
              "Tanzanie.\n")
    kept = joined.replace("RÉPUBLIQUEUNIE DE", "RÉPUBLIQUE-\nUNIE DE")  # pdftotext -layout
    expected = "CONTRIBUTION DE LA RÉPUBLIQUE DU KENYA ET DE LA RÉPUBLIQUE-UNIE DE TANZANIE"
    for text in (joined, kept):
        page = header.read(read_text(text).blocks, fr, wrapped=True)
        assert page is not None
        assert (page.header.title, page.header.subtitle) == ("Note du Secrétaire général",
                                                             expected)


def _sections_of(text: str) -> list[str]:
    blocks, ledger, toks = _tokens(text)
    tree = sections.build(toks, blocks, ledger, frozenset())

    def walk(secs: tuple[Section, ...]) -> list[str]:
        return [n for s in secs for n in (s.number, *walk(s.children))]
    return walk(tree.sections)


def test_web_text_numbers_glued_to_an_acronym_or_an_ordinal_by_the_sequence() -> None:
    # Web text lost the TAB after the number: the grammar alone cannot tell "7CWG-COP"
    # or "1.132-е" from text; the number that comes next in sequence can.
    assert _sections_of("6Other matters\n\n6.1The group met.\n\n"
                        "7CWG-COP第十五次会议的成果\n\n7.1第十五次会议的主要成果包括：\n") == [
        "6", "6.1", "7", "7.1"]
    assert _sections_of("1Введение\n\n1.132-е собрание Группы состоялось в Женеве.\n\n"
                        "2Утверждение повестки дня\n") == ["1", "1.1", "2"]
    # not the next number, or not a heading, or a number that is one: text
    assert _sections_of("1Introduction\n\n1.15 million people took part.\n\n"
                        "3GPP Release 16\n\n"
                        "2Results\n\n3GPP and ITU work together on many things.\n") == ["1", "2"]


def test_a_short_decision_whose_lines_were_lost_is_known_by_its_heading() -> None:
    # One line, shorter than a flattened page usually is (Chinese is dense).
    blocks = read_text("第482号决定（C-2001）卫星网络申报资料成本回收的实施理事会，考虑到"
                       "a)\t卫星网络申报资料的处理占用了无线电通信局的大量资源；").blocks
    found = adopted.find(blocks, Ledger(len(blocks)), LANGUAGES["zh"])
    assert found is not None
    assert (found.kind, found.instrument.id) == ("decision", "itu:council:decision:482@2001")
    # With its lines kept, a paragraph that starts by naming a decision is not its heading.
    blocks = read_text("第482号决定（C-2001）规定了成本回收。\n第二段。\n").blocks
    assert adopted.find(blocks, Ledger(len(blocks)), LANGUAGES["zh"]) is None


def test_a_source_line_glued_to_the_title_where_the_role_comes_last() -> None:
    zh = [LANGUAGES["zh"]]
    assert header.source_lead("理事会WSIS工作组（WG-WSIS）主席第32次会议总结概要本文件总结了",
                              zh) == "理事会WSIS工作组（WG-WSIS）主席"
    assert header.source_lead("主席的报告", zh) is None  # the role alone: no body before it
    assert header.source_lead("本文件总结了讨论情况。理事会主席", zh) is None  # a sentence ended
    assert header.source_lead("Chairman, Council Working Group", [EN]) is None  # role first


@pytest.mark.parametrize(("text", "kind_"), [
    ("2WG-WSIS-32/18-C\t理事会信息社会世界峰会工作组第32次会议 – 2018年1月24-25日，日内瓦\t"
     "文件 WG-WSIS-32/18-C2018年1月25日仅有中文\t理事会WSIS工作组（WG-WSIS）主席\t第32次会议总结\t"
     "概要本文件总结了理事会WSIS工作组第32次会议的讨论情况和成果。需采取的行动请工作组批准本总结。"
     "1\t引言1.1\t工作组第32次会议于2018年1月24日和25日在日内瓦举行，由主席宣布开幕并欢迎与会者。",
     "report"),
    ("فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلوماتالاجتماع الثاني والثلاثون – "
     "جنيف، 24-25 يناير 2018\tالوثيقة WG-WSIS-32/18-A25 يناير 2018بالعربية فقط\tالرئيس، فريق العمل "
     "التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات (WG-WSIS)\tملخص الاجتماع الثاني والثلاثين"
     "\tملخصتلخص هذه الوثيقة مناقشات ونتائج الاجتماع الثاني والثلاثين للفريق." * 2, "report"),
])
def test_flattened_working_group_report_is_known_by_its_source(text: str, kind_: str) -> None:
    import itudocs

    assert itudocs.parse_text(text).kind == kind_


@pytest.mark.parametrize(("text", "lang", "symbol", "date"), [
    # the suffix printed after the symbol, glued to it and to the date
    ("理事会2019年会议2019年6月10-20日，日内瓦文件 C19/111-C第1次修订版2019年6月11日原文：英文",
     "zh", "C19/111(Rev.1)-C", "2019-06-11"),
    # "Revision 1 to Document ...": the symbol right after the amendment, not a later one
    # after a "Document" label ("(الوثيقة C19/40(Rev.1))" in the subjects table)
    ("المجلس 2019جنيف، 10-20 يونيو 2019المراجعة 1 للوثيقة C19/111-A11 يونيو 2019الأصل: "
     "بالإنكليزيةمحضر موجز للجلسة العامة السابعة 3 تقرير عن أنشطة الاتحاد (الوثيقة C19/40(Rev.1))",
     "ar", "C19/111(Rev.1)-A", "2019-06-11"),
])
def test_scanner_reads_an_amended_symbol_and_the_date_after_it(text: str, lang: str, symbol: str,
                                                               date: str) -> None:
    from itudocs.extract import scanner

    found = scanner.scan(text, LANGUAGES[lang])
    assert found is not None and found.header.symbol is not None
    assert (found.header.symbol.text, str(found.header.date)) == (symbol, date)

