"""Stage: a summary record's first page — which plenary meeting (from the title), the
day it was held ("Monday, 10 June 2019, from 0935 to 1230 hours"), its chair
("Chairman: Dr E. SPINA (Italy)") and the "Subjects discussed | Documents" table,
whose rows are subjects with their documents, never sections.

```pycon
>>> from itudocs.extract import record
>>> from itudocs.extract.ledger import Ledger
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> text = ("SUMMARY RECORD OF THE SEVENTH PLENARY MEETING\\n"
...         "Monday, 10 June 2019, from 0935 to 1230 hours\\nChairman: Dr E. SPINA (Italy)\\n"
...         "\\tSubjects discussed\\n\\tDocuments\\n\\t1\\tOpening of the meeting\\n\\t–\\n"
...         "\\t2\\tAdoption of the agenda\\n\\tC19/1, C19/35 + Add.1\\n1\\tOpening")
>>> blocks = read_text(text).blocks
>>> ledger = Ledger(len(blocks))
>>> ledger.commit([(0, "header:title")])
>>> found = record.find(blocks, ledger, "SUMMARY RECORD OF THE SEVENTH PLENARY MEETING",
...                     LANGUAGES["en"])
>>> r = found.record
>>> r.ordinal, r.chair, r.date.isoformat()
(7, 'Dr E. SPINA (Italy)', '2019-06-10')
>>> [(s.number, s.title) for s in r.subjects]
[('1', 'Opening of the meeting'), ('2', 'Adoption of the agenda')]
>>> [[d.text for d in s.documents] for s in r.subjects]
[[], ['C19/1', 'C19/35', 'C19/35(Add.1)']]

```
"""

from __future__ import annotations

import attrs
import regex

from itudocs.extract.ledger import Claims, Ledger
from itudocs.grammar import firstpage
from itudocs.grammar.dates import find_date
from itudocs.grammar.patterns import LONE_NUMBER, SECTION_LABEL, label_line, label_value
from itudocs.grammar.symbols import amend, find_symbols
from itudocs.grammar.text import fold
from itudocs.lang import LANGUAGES, Language
from itudocs.model import Subject, SummaryRecord, Symbol, TextLoc
from itudocs.readers.blocks import RawBlock

_LOOK = 60  # lines after the title where the day, the chair and the table are
_PLUS = regex.compile(r"\s*\+\s*(?P<kind>Add|Corr|Rev)\.?\s?(?P<n>[0-9]{1,2})", regex.IGNORECASE)
_DASH = regex.compile(r"[-–—]?")
_PLAIN = -2  # the table of a text rendering that kept no cells (text from a PDF)


def _starts_again(text: str, subjects: list[Subject], number: str | None) -> bool:
    """The body begins: a number the table has listed already comes again."""
    m = SECTION_LABEL.match(text)
    first = m.group("num") if m else text.rstrip(".") if LONE_NUMBER.fullmatch(text) else None
    return first is not None and any(s.number == first for s in subjects) and number is None


@attrs.frozen
class Found:
    """The summary record read, and the blocks it took."""

    record: SummaryRecord
    claims: Claims


def _langs(lang: Language) -> list[Language]:
    return [lang, *(t for t in LANGUAGES.values() if t is not lang)]


def find(blocks: tuple[RawBlock, ...], ledger: Ledger, title: str | None,
         lang: Language) -> Found | None:
    """The summary record whose title is ``title``, or ``None`` when the title is not
    a summary record's."""
    langs = _langs(lang)
    if title and not any(firstpage.is_record_title(title, t) for t in langs):
        return None
    if not title and not _untitled(blocks, ledger, langs):
        return None
    ordinal = next((n for t in langs if (n := firstpage.ordinal(title or "", t)) is not None),
                   None)
    chair_label = label_value(sum((t.chair_labels for t in langs), ()))
    subjects_label = label_line(sum((t.subjects_labels for t in langs), ()))
    claims: list[tuple[int, str]] = []
    chair = date = None
    subjects: list[Subject] = []
    table: int | None = None  # docx: the table's index; text: -1 once the table began
    number: str | None = None  # a number in its own cell, waiting for its subject
    after = max((i for i, role in enumerate(ledger.roles) if role == "header:title"), default=-1)
    seen = 0
    for i in range(after + 1, len(blocks)):
        block = blocks[i]
        if not ledger.is_free(i) or not block.text.strip():
            continue
        seen += 1
        if seen > _LOOK:
            break
        text = fold(block.text.strip())
        in_table = block.cell is not None or block.lead_tab or (
            table == _PLAIN and len(text) < 150)
        if table is not None and text and not in_table:
            break  # past the table: the body
        if table == _PLAIN and _starts_again(text, subjects, number):
            break  # text from a PDF keeps no cells: the body repeats the first number
        if table is not None and block.cell is not None and table >= 0 \
                and block.cell.table != table:
            break
        if not text:
            continue
        if table is None and subjects_label.fullmatch(text):
            table = (block.cell.table if block.cell is not None
                     else -1 if block.lead_tab or not isinstance(block.loc, TextLoc)
                     else _PLAIN)
            claims.append((i, "header:subjects-label"))
            continue
        if table is not None:
            if LONE_NUMBER.fullmatch(text):
                number = text.rstrip(".")
                claims.append((i, "header:subject"))
                continue
            m = SECTION_LABEL.match(text)
            if m is not None or number is not None:
                subjects.append(Subject(number=m.group("num") if m else number,
                                        title=text[m.end():].strip() if m else text,
                                        documents=()))
                number = None
                claims.append((i, "header:subject"))
                continue
            if subjects and _documents_cell(text):
                last = subjects[-1]
                subjects[-1] = attrs.evolve(last, documents=last.documents + _documents(text))
                claims.append((i, "header:subject-documents"))
                continue
            if not subjects:
                claims.append((i, "header:subjects-label"))  # "Documents", the header row
                continue
            if subjects:  # a subject's title on a second line
                last = subjects[-1]
                subjects[-1] = attrs.evolve(last, title=f"{last.title} {text}")
                claims.append((i, "header:subject"))
            continue
        if SECTION_LABEL.match(text) and block.cell is None and not block.lead_tab:
            break  # the body began without a table
        if (m := chair_label.match(text)) is not None:
            # "Chairman: ...", then maybe "Later: ..." (who took the chair after)
            chair = chair or m.group("v").strip() or None
            claims.append((i, "header:chair"))
            continue
        if date is None:
            span = next((s for t in langs if (s := find_date(text, t))), None)
            if span is not None:
                date = span.start
                claims.append((i, "header:record-date"))
                continue
    return Found(SummaryRecord(ordinal=ordinal, chair=chair, date=date,
                               subjects=tuple(subjects)), tuple(claims))


def _untitled(blocks: tuple[RawBlock, ...], ledger: Ledger, langs: list[Language]) -> bool:
    """A summary record whose title line was lost (a web copy): the first lines after
    the header are its day line, with the hours ("Thursday, 25 May 2017, from 0945 to
    1010 hours"), then its chair ("Chairman: ...") or the subjects' table."""
    subjects_label = label_line(sum((t.subjects_labels for t in langs), ()))
    lines = [fold(b.text.strip()) for i, b in enumerate(blocks[:_LOOK * 2])
             if ledger.is_free(i) and b.text.strip()][:4]
    return bool(lines) and any(firstpage.record_day(lines[0], t) for t in langs) and any(
        any(firstpage.chair_line(x, t) for t in langs) or subjects_label.match(x)
        for x in lines[1:])


def _documents_cell(text: str) -> bool:
    """A "Documents" cell: symbols, or a dash for none."""
    return bool(_DASH.fullmatch(text)) or bool(find_symbols(text))


def _documents(text: str) -> tuple[Symbol, ...]:
    """The symbols of a documents cell; "C19/35 + Add.1" also names C19/35(Add.1)."""
    out: list[Symbol] = []
    for symbol, _start, end in find_symbols(text):
        out.append(symbol)
        m = _PLUS.match(text, end)
        if m is not None:
            field = {"add": "addendum", "corr": "corrigendum", "rev": "revision"}[
                m.group("kind").lower()]
            out.append(amend(symbol, field, int(m.group("n"))))
    return tuple(out)
