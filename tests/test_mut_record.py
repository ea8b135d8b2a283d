"""Mutation tests for the summary record stage (``itudocs.extract.record``): where the
subjects' table ends in a tabbed text and in a text that kept no cells, a subject's title
on a second line, a "+ Corr.1" documents cell, and how far after the title the chair
is looked for."""

from __future__ import annotations

import datetime as dt

from itudocs.extract import record
from itudocs.extract.ledger import Ledger
from itudocs.lang import LANGUAGES
from itudocs.model import SummaryRecord
from itudocs.readers.tika import read_text

EN = LANGUAGES["en"]
TITLE = "SUMMARY RECORD OF THE SEVENTH PLENARY MEETING"


def _record(text: str) -> SummaryRecord:
    blocks = read_text(f"{TITLE}\n{text}").blocks
    ledger = Ledger(len(blocks))
    ledger.commit([(0, "header:title")])
    found = record.find(blocks, ledger, TITLE, EN)
    assert found is not None
    return found.record


def _subjects(r: SummaryRecord) -> list[tuple[str | None, str, list[str]]]:
    return [(s.number, s.title, [d.text for d in s.documents]) for s in r.subjects]


def test_a_tabbed_table_ends_at_the_first_line_without_a_tab() -> None:
    """A text rendering's table lines start with a TAB: the first short line without
    one is the body, never a subject's second line."""
    r = _record("Chairman: Dr X\n\tSubjects discussed\n\tDocuments\n\t1\tOpening\n\t–\n"
                "\t2\tAdoption of the agenda\n\tC19/1\nSome body text.\nMore text.")
    assert _subjects(r) == [("1", "Opening", []), ("2", "Adoption of the agenda", ["C19/1"])]


def test_a_corrigendum_after_a_symbol_is_a_document_of_its_own() -> None:
    """"C19/35 + Corr.1" names C19/35 and its corrigendum 1."""
    r = _record("\tSubjects discussed\n\tDocuments\n\t1\tAdoption\n\tC19/35 + Corr.1\n"
                "\t2\tBudget\n\tC19/2 + rev.2")
    assert _subjects(r) == [("1", "Adoption", ["C19/35", "C19/35(Corr.1)"]),
                            ("2", "Budget", ["C19/2", "C19/2(Rev.2)"])]


def test_a_table_without_cells_ends_where_a_listed_number_comes_again() -> None:
    """Text from a PDF keeps no cells: the table's lines are plain, a subject's title
    may go on on the next line (the last subject's, not another's), and the body
    starts where a listed number comes again, printed "1." on its own line."""
    r = _record("Subjects discussed\nDocuments\n1\tOpening\n2\tAdoption\n3\tBudget\n"
                "of the Union\n1.\nOpening\nThe chair opened the meeting.")
    assert _subjects(r) == [("1", "Opening", []), ("2", "Adoption", []),
                            ("3", "Budget of the Union", [])]


def test_the_chair_is_looked_for_up_to_sixty_lines_after_the_title() -> None:
    """The day, chair and table lie within 60 non-empty lines after the title: a chair
    on the 46th is read, one on the 61st is not."""
    lines = "\n".join(f"line {k}" for k in range(45))
    assert _record(f"{lines}\nChairman: Dr X").chair == "Dr X"
    lines = "\n".join(f"line {k}" for k in range(60))
    assert _record(f"{lines}\nChairman: Dr X").chair is None


# -- round 2: every language's labels, no title line, a body without a table ------------------

def test_a_records_labels_are_read_in_every_language() -> None:
    """A French record read as English (the language told wrong): its French chair
    label and date are still read."""
    r = _record("lundi 10 juin 2019\nPrésident: M. X (France)\n")
    assert (r.chair, r.date) == ("M. X (France)", dt.date(2019, 6, 10))


def test_without_a_title_line_claimed_the_record_is_read_from_the_first_block() -> None:
    """The title known (a web copy's) but no line claimed as it: the day line and the
    chair are looked for from the first block on."""
    blocks = read_text("Monday, 10 June 2019, from 0935 to 1230 hours\nChairman: Dr X\n"
                       "Text.").blocks
    found = record.find(blocks, Ledger(len(blocks)), TITLE, EN)
    assert found is not None
    assert (found.record.chair, found.record.date) == ("Dr X", dt.date(2019, 6, 10))
    assert found.claims == ((0, "header:record-date"), (1, "header:chair"))


def test_a_numbered_paragraph_before_any_table_ends_the_records_head() -> None:
    """"1<TAB>Introduction" outside a table: the body began; a date in it is not the
    meeting's day."""
    r = _record("Chairman: Dr X\n1\tIntroduction\nThe meeting on 12 June 2019 was opened.")
    assert (r.chair, r.date) == ("Dr X", None)


def test_a_record_without_its_title_line_known_by_its_day_line_and_subjects_label() -> None:
    """A web copy lost the title line: a day line with hours, then the subjects' table's
    label (no chair line), make a summary record."""
    blocks = read_text("Monday, 10 June 2019, from 0935 to 1230 hours\nSubjects discussed\n"
                       "\t1\tOpening\n").blocks
    found = record.find(blocks, Ledger(len(blocks)), None, EN)
    assert found is not None
    assert found.record.date == dt.date(2019, 6, 10)
    assert (1, "header:subjects-label") in found.claims
    blocks = read_text("Monday, 10 June 2019, from 0935 to 1230 hours\nSome text.\n").blocks
    assert record.find(blocks, Ledger(len(blocks)), None, EN) is None  # neither follows


# -- round 3 ---------------------------------------------------------------------------------

def test_a_records_table_lines_are_claimed_by_what_they_hold() -> None:
    """The table's label and header row are claimed as "header:subjects-label", a number
    alone in its cell and the subject's title as "header:subject", a symbol as
    "header:subject-documents"."""
    blocks = read_text(f"{TITLE}\n\tSubjects discussed\n\tDocuments\n\t1\n\tOpening\n"
                       "\tC19/1\nBody text.").blocks
    ledger = Ledger(len(blocks))
    ledger.commit([(0, "header:title")])
    found = record.find(blocks, ledger, TITLE, EN)
    assert found is not None
    assert found.claims == ((1, "header:subjects-label"), (2, "header:subjects-label"),
                            (3, "header:subject"), (4, "header:subject"),
                            (5, "header:subject-documents"))
    assert _subjects(found.record) == [("1", "Opening", ["C19/1"])]


def test_a_listed_number_right_after_a_lone_number_does_not_end_a_plain_table() -> None:
    """A lone number waits for its subject: while it waits, a listed number coming
    again ("1.") is still the table's (it starts a subject), not the body."""
    r = _record("Subjects discussed\nDocuments\n1\nOpening\n2\n1.\nThe chair opened.")
    subjects = _subjects(r)
    assert subjects[0] == ("1", "Opening", [])
    # the table went on past "1." (which number the next subject gets, with "2" still
    # waiting, is not pinned here: such a table is malformed)
    assert "The chair opened." in [title for _, title, _ in subjects]
