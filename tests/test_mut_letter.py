"""Mutation tests for the letter stage (``itudocs.extract.letter``): the head it reads
is the free, non-empty blocks of the first 25; the reference's claim; a place that is no
known venue keeps no punctuation; a "Subject:" label with no value at the head's end."""

from __future__ import annotations

import datetime as dt

import pytest

from itudocs.extract import letter
from itudocs.extract.ledger import Ledger
from itudocs.lang import LANGUAGES
from itudocs.readers.tika import read_text

EN = LANGUAGES["en"]


def _find(text: str, taken: list[tuple[int, str]] | None = None) -> letter.Found | None:
    blocks = read_text(text).blocks
    ledger = Ledger(len(blocks))
    ledger.commit(taken or [])
    return letter.find(blocks, ledger, EN)


def test_the_reference_is_claimed_as_the_reference_number() -> None:
    found = _find("Geneva, 27 November 2020\nRef: DM-20/1021\nText.\nYours faithfully,")
    assert found is not None
    assert found.reference == "DM-20/1021"
    assert (1, "header:reference-number") in found.claims
    assert (0, "header:date") in found.claims


def test_a_reference_in_a_block_another_stage_took_is_no_letters() -> None:
    """The head is the blocks no other stage claimed."""
    text = "Ref: DM-20/1021\nText.\nYours faithfully,"
    assert _find(text) is not None
    assert _find(text, [(0, "quote")]) is None


def test_a_subjects_value_in_the_next_cell_skips_empty_lines() -> None:
    """"Subject:" with no value: the value is the next non-empty line of the head."""
    found = _find("Ref: DM-20/1021\nSubject:\n\nConsultation on Council 2021\nText.\n"
                  "Yours faithfully,")
    assert found is not None
    assert found.subject == "Consultation on Council 2021"
    assert (3, "header:subject") in found.claims


def test_a_subject_label_last_in_the_head_has_no_value() -> None:
    """"Subject:" with no value and no line after it in the head (the closing was taken
    by another stage): no subject, and no error."""
    found = _find("Ref: DM-20/1021\nSubject:\nYours faithfully,", [(2, "signature")])
    assert found is not None
    assert found.subject is None
    assert (1, "header:subject") in found.claims


def test_a_place_that_is_no_known_venue_is_kept_without_its_comma() -> None:
    """"Smalltown, 27 November 2020": the text before the date, less its punctuation."""
    found = _find("Smalltown, 27 November 2020\nRef: DM-20/1021\nText.\nYours faithfully,")
    assert found is not None
    assert found.venue == "Smalltown"
    assert found.venue_id is None
    assert found.date is not None and found.date.isoformat() == "2020-11-27"


# -- round 2: the place and date line, a flat head's place, the warning --------------------

def test_a_date_with_digits_just_after_it_is_no_place_and_date_line() -> None:
    """A date followed by digits ("27 November 2020 10:00 to 12:00", a session's
    hours) is in a sentence: the letter's date is the place and date line after it."""
    found = _find("Ref: DM-20/1021\nThe session 27 November 2020 10:00 to 12:00\n"
                  "Geneva, 1 December 2020\nText.\nYours faithfully,")
    assert found is not None
    assert (found.date, found.venue) == (dt.date(2020, 12, 1), "Geneva")
    assert (2, "header:date") in found.claims


@pytest.mark.parametrize("length", [36, 150])
def test_a_place_with_its_country_in_brackets_before_the_date(length: int) -> None:
    """"Genève (Suisse), le 27 novembre 2020": the known place is found in the words
    before the date, brackets and all, in a line of up to 150 characters."""
    line = "Genève (Suisse), le 27 novembre 2020"
    line = (line + ". " + "Texte de la lettre " * 7)[:length]
    assert len(line) == length
    found = _find(f"{line}\nRef: DM-20/1021\nText.\nYours faithfully,")
    assert found is not None
    assert (found.date, found.venue, found.venue_id) == (dt.date(2020, 11, 27), "Genève",
                                                         "geneva")


@pytest.mark.parametrize("before", ["General Secretariat", "General Secretariat (SG) (ITU)"])
def test_a_flat_heads_place_is_the_one_after_the_last_bracket(before: str) -> None:
    """A text whose lines were lost (a first line over 150 characters): the place is
    looked for after the last closing bracket before the date ("(SG) (ITU) Geneva, ...")."""
    text = (f"{before} To Member States Geneva, 27 November 2020 Ref: DM-20/1021 Subject: "
            "Consultation on Council 2021 Dear Madam/Sir, the text of the letter goes on and on")
    assert len(text) > 150
    found = _find(text + "\nYours faithfully,")
    assert found is not None
    assert (found.date, found.venue) == (dt.date(2020, 11, 27), "Geneva")


def test_a_letters_warning_names_its_reference() -> None:
    found = _find("Geneva, 27 November 2020\nRef: DM-20/1021\nText.\nYours faithfully,")
    assert found is not None
    assert (found.warning.code, found.warning.message) == (
        "not-council-layout",
        "a letter (DM-20/1021), not a Council document: read its date, subject and "
        "signature only")


def test_an_empty_subject_label_takes_the_next_cell_even_as_the_heads_last_block() -> None:
    """"Subject:" with nothing after it: its value is the next block, also when that
    block is the last of the head's 25 blocks."""
    lines = ["Ref: DM-20/1021", *(f"Text {k}." for k in range(1, 23)), "Subject:",
             "Budget of the Union", "Yours faithfully,"]
    found = _find("\n".join(lines))
    assert found is not None
    assert found.subject == "Budget of the Union"
    assert (24, "header:subject") in found.claims
