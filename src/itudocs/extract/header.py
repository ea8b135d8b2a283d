"""The first page: meeting, venue and dates, agenda item, symbol, date, original
language(s), title and subtitle, and the summary box (Summary, Action required,
References). See ITU-FORMAT.md §2.

The first-page material is every block before the body's first numbered paragraph.
Template bookmarks (``dmeeting``, ``dnum``, ``ddate``, ``dorlang``, ``dtitle1``) are
strong hints; labels and patterns are the fallback. Fields are looked for in the
document's language first and then in every known language.

:func:`read` returns a :class:`FirstPage` with the blocks it used as claims, or
``None`` when the blocks hold no ITU first page (then it claims nothing).

```pycon
>>> from itudocs.extract.header import read
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> text = "Council 2020\\nGeneva, 9-19 June 2020\\n\\tDocument C20/57-E\\n\\t3 March 2020\\n"
>>> page = read(read_text(text).blocks, LANGUAGES["en"])
>>> page.header.symbol.text, page.header.venue, page.claims[0]
('C20/57-E', 'Geneva', (0, 'header:meeting'))
>>> read(read_text("A title\\nSome text.").blocks, LANGUAGES["en"]) is None
True

```
"""

from __future__ import annotations

import datetime as _dt
from typing import Literal, NamedTuple

import attrs
import regex

from itudocs.extract import kind
from itudocs.extract.ledger import Claims
from itudocs.grammar import firstpage
from itudocs.grammar.dates import find_date, find_date_range
from itudocs.grammar.patterns import (
    AGENDA_CODE,
    FIELD_PUNCT,
    SECTION_LABEL,
    UNDERSCORES,
    label_line,
    label_prefix,
    label_value,
    meeting_re,
    names_re,
    only_re,
    words_re,
)
from itudocs.grammar.symbols import amend, find_symbol
from itudocs.grammar.text import cjk_unspaced, fold
from itudocs.lang import LANGUAGES, NAME_TO_CODE, Language
from itudocs.lang.conferences import place_names
from itudocs.model import Header, Loc, ParseWarning, Symbol, TextLoc
from itudocs.readers.blocks import RawBlock

_FIRST_PAGE_LIMIT = 120  # blocks; the first page never holds more
_PUNCT = FIELD_PUNCT
_BOX_LABELS = ("summary", "action", "references")
_COMPOUND_BLOCKS = 400  # blocks read for the compounds a title's words may be


class BoxLine(NamedTuple):
    """One line of the summary box: which part it belongs to (``summary``,
    ``action`` or ``reference``), its text (stripped) and its block."""

    part: Literal["summary", "action", "reference"]
    text: str
    block_index: int
    loc: Loc


@attrs.frozen
class FirstPage:
    """What the first page holds: the header fields, the summary box's lines in
    document order, the blocks used (as claims) and what could not be read."""

    header: Header
    summary: str | None
    action_required: str | None
    box: tuple[BoxLine, ...]
    claims: Claims
    warnings: tuple[ParseWarning, ...]

    @property
    def references(self) -> tuple[BoxLine, ...]:
        """The References lines."""
        return tuple(line for line in self.box if line.part == "reference")


@attrs.define
class _Fields:
    """The header fields while the first page is read."""

    symbol: Symbol | None = None
    meeting: str | None = None
    venue: str | None = None
    meeting_start: _dt.date | None = None
    meeting_end: _dt.date | None = None
    agenda_item: str | None = None
    date: _dt.date | None = None
    original_languages: tuple[str, ...] = ()
    title: str | None = None
    subtitle: str | None = None
    source: str | None = None


def _languages(primary: Language) -> list[Language]:
    return [primary, *(t for t in LANGUAGES.values() if t is not primary)]


def _body_start(blocks: tuple[RawBlock, ...], start: int = 0) -> int | None:
    """The first block of the body: a numbered paragraph outside every table."""
    for i in range(start, len(blocks)):
        block = blocks[i]
        if block.cell is not None or block.lead_tab or not block.text:
            continue
        if block.auto_label and block.auto_label[0].isdigit():
            return i
        if SECTION_LABEL.match(block.text) and not _date_first(block.text):
            return i
    return None


def _date_first(text: str) -> bool:
    """A line that starts with a date ("25January 2018", a web copy's date cell), whose
    day would pass for a section number glued to a word."""
    return any((s := find_date(text, t)) is not None and s.span[0] == 0
               for t in LANGUAGES.values())


def read(blocks: tuple[RawBlock, ...], lang: Language, *, start: int = 0,
         annex: bool = False, wrapped: bool = False) -> FirstPage | None:
    """The first page of ``blocks`` read in ``lang`` (then every other language), or
    ``None`` if it is not an ITU first page. With ``annex``, the blocks from ``start``
    are an annex's opening (a title and a summary box, no header fields); ``wrapped``
    says the text's lines were wrapped at a width (a PDF's text), so that a title may go
    on on the next line."""
    first_numbered = _body_start(blocks, start)
    limit = min(len(blocks), start + _FIRST_PAGE_LIMIT if first_numbered is None
                else first_numbered)
    langs = _languages(lang)
    h = _Fields()
    field_at: dict[str, int] = {}
    claims: list[tuple[int, str]] = []
    box_lines: list[BoxLine] = []

    box_labels = {
        "summary": label_line(sum((t.summary_labels for t in langs), ())),
        "action": label_line(sum((t.action_labels for t in langs), ())),
        "references": label_line(sum((t.references_labels for t in langs), ())),
    }
    doc_label = label_prefix(sum((t.document_labels for t in langs), ()))
    agenda_label = label_value(sum((t.agenda_labels for t in langs), ()))
    original_label = label_value(sum((t.original_labels for t in langs), ()))
    date_label = label_value(sum((t.date_labels for t in langs), ()))

    def take(i: int, field: str) -> None:
        claims.append((i, f"header:{field}"))
        field_at[field] = i

    box: str | None = None
    box_table: int | None = None
    box_text: dict[str, list[str]] = {"summary": [], "action": []}
    amended: tuple[str, int] | None = None  # "Revision 1 to", waiting for its symbol
    skip: set[int] = set()  # blocks read ahead of the loop
    joining_title = False  # a title printed over several lines
    record_day = False  # a summary record's day line came where its title was expected
    # "title" / "subtitle": the field a text wrapped at a width (a PDF's) may go on
    wrapped_field: str | None = None
    width = firstpage.line_width([b.text for b in blocks[start:start + 400]]) \
        if wrapped else None
    for i in range(start, limit):
        if i in skip:
            continue
        block = blocks[i]
        raw = block.text.strip()
        text = fold(raw)  # for matching; values that are text keep ``raw``
        if not text:
            if box == "references" and h.title is not None and any(
                    line.part == "reference" for line in box_lines):
                box = None
            continue
        marks = set(block.bookmarks)
        if block.cell is None and not block.lead_tab and len(text) < 20 and i > start \
                and any(firstpage.is_annex_heading(text, t) for t in langs):
            break  # an annex begins: its summary box is its own
        if box is not None and box_table is not None and (
                block.cell is None or block.cell.table != box_table):
            box = None  # .docx: the summary box is a table, and this block is past it

        # -- the summary box ----------------------------------------------------
        label = next((k for k in _BOX_LABELS if box_labels[k].fullmatch(text)), None)
        if label is not None:
            box = label
            box_table = block.cell.table if block.cell is not None else None
            take(i, f"{label}-label")
            continue
        if box is not None and box != "references":
            if UNDERSCORES.fullmatch(text):
                take(i, "rule")
                box = None
                continue
            box_text[box].append(raw)
            box_lines.append(BoxLine(box, raw, i, block.loc))  # type: ignore[arg-type]
            take(i, box)
            continue
        if box == "references":
            box_lines.append(BoxLine("reference", raw, i, block.loc))
            take(i, "reference")
            continue

        # -- a title or subtitle a text rendering wrapped over two lines -----------------
        if wrapped_field is not None:
            field, wrapped_field = wrapped_field, None
            value = getattr(h, field)
            # (a label such as "Summary" never gets here: the box took it above)
            if firstpage.wraps(value, raw, width):
                setattr(h, field, firstpage.join_wrapped(value, raw))
                take(i, field)
                wrapped_field = field  # it may go on again
                continue
        # -- a title over several lines (a summary record's; a web copy's) ---------------
        if joining_title:
            if firstpage.title_continues(raw, text, langs, str(h.title), record=any(
                    firstpage.is_record_title(str(h.title), t) for t in langs)):
                h.title = f"{h.title} {raw}"
                take(i, "title")
                continue
            joining_title = False
        # -- first-page fields -----------------------------------------------------
        # (a running header may have given the symbol already: "Revision 1 to" /
        # "Document C17/130-E" below it are still the header's, never a title)
        if (h.symbol is None or (h.title is None and "symbol-cell" not in field_at)) \
                and not annex:
            am = next((a for t in langs if (a := firstpage.amendment(text, t))), None)
            if am is not None:
                amended = am
                found = find_symbol(text)
                if found is not None:
                    h.symbol = _amend(found[0], amended)
                    take(i, "symbol")
                    field_at["symbol-cell"] = i
                else:
                    take(i, "amendment")
                continue
        if h.symbol is None and not annex and (
                "dnum" in marks or doc_label.match(text) or len(text) < 60):
            found = find_symbol(text)
            if found and (found[1] == 0 or doc_label.match(text) or "dnum" in marks
                          or amended is not None):
                h.symbol = _amend(found[0], amended) if amended else found[0]
                take(i, "symbol")
                if doc_label.match(text) or "dnum" in marks or amended is not None:
                    field_at["symbol-cell"] = i
                continue
        if h.symbol is not None and h.title is None and "symbol-cell" not in field_at \
                and not annex and (doc_label.match(text) or "dnum" in marks) \
                and (found := find_symbol(text)) is not None:
            if amended is not None:  # the labelled symbol and the amendment line above it
                h.symbol = _amend(found[0], amended)
            take(i, "symbol")
            field_at["symbol-cell"] = i
            continue
        if h.symbol is not None and "symbol" in field_at and h.title is None \
                and i <= field_at["symbol"] + 6 \
                and (suffix := next((a for t in langs if (a := firstpage.suffix_line(text, t))),
                                    None)) is not None:
            h.symbol = _amend(h.symbol, suffix)  # "Rev. 1" under a working group's symbol
            take(i, "amendment")
            continue
        if h.meeting is None and not annex:
            m = next((m for t in langs if (m := meeting_re(t).search(text))), None)
            if m is not None and len(text) < 120:
                h.meeting = m.group(0)
                rest = text[: m.start()] + text[m.end():]
                take(i, "meeting")
                if rest.strip(_PUNCT):
                    _meeting_dates(h, rest, langs)
                continue
            group = firstpage.group_cell(text, langs)
            if group is not None:
                h.meeting = group[0]  # a working group's "32nd meeting – Geneva, ..."
                if "title" in field_at and i <= field_at["title"] + 6 \
                        and "dtitle1" not in blocks[field_at["title"]].bookmarks:
                    # A PDF's text put the group's name (the other cell) between the
                    # symbol and the meeting line: what was read as the title is that
                    # name; the title comes after the header's fields.
                    _untitle(h, field_at, claims)
                take(i, "meeting")
                for j in _group_name(blocks, i, {k for k, _ in claims}):
                    take(j, "group")
                if group[1].strip(_PUNCT) and not _meeting_dates(h, group[1], langs):
                    # a PDF's text wrapped the line: "... 24-25 January" / "2018" (the
                    # next line, or the one after a cell beside it in a layout's text)
                    nxt = [j for j in range(i + 1, min(i + 5, limit))
                           if blocks[j].text.strip()][:2]
                    # A line that holds digits already ("23January 2018" unread) is not
                    # completed by the next cell's date (the document's own date).
                    starts_here = len(group[1]) if any(
                        ch.isdigit() for ch in group[1]) else None
                    for j in nxt:
                        if _meeting_dates(h, f"{group[1]} {blocks[j].text.strip()}", langs,
                                          before=starts_here):
                            take(j, "meeting_dates")
                            skip.add(j)
                            break
                continue
        if h.agenda_item is None and not annex:
            m = agenda_label.match(text)
            if m or "dmeeting" in marks or AGENDA_CODE.fullmatch(text):
                value = (m.group("v") if m else text).strip()
                # a web copy puts the other cells on the same line ("Agenda item: ADM 12
                # Document C19/59-E 31 May 2019"): the value is the agenda code alone
                code = AGENDA_CODE.match(value)
                h.agenda_item = (code.group(0) if code else value) or None
                take(i, "agenda_item")
                if code and find_symbol(value[code.end():]) is not None:
                    field_at["cells"] = i  # the symbol's cell is on this line: a title may follow
                continue
        if not h.original_languages and not annex:
            m = original_label.match(text)
            value = m.group("v") if m else None
            if value is None and ("dorlang" in marks or len(text) < 40):
                value = text if any(only_re(t).search(text) for t in langs) else None
            if value is not None:
                codes = _language_codes(value, lang)
                if codes:
                    h.original_languages = codes
                    take(i, "original")
                    continue
        # The venue and dates line follows the meeting line, in its cell; a text rendering
        # of a PDF may put the other cell's lines in between ("Document ...").
        # ("Date: 3 March 2020" is the document's date, whatever line it is on)
        near_meeting = "meeting" in field_at and i <= field_at["meeting"] + 6 \
            and not date_label.match(text)
        if h.meeting_start is None and near_meeting and _meeting_dates(h, text, langs):
            take(i, "meeting_dates")
            continue
        if h.meeting is None and h.meeting_start is None and h.date is None and not annex \
                and firstpage.place_and_date(text, langs) \
                and _date_cell_follows(blocks, i + 1, min(limit, i + 8), langs) \
                and _meeting_dates(h, text, langs):
            # A meeting cell that names no session ("Report of the CWG COP" / "Geneva, 16
            # February 2016"), before the document's date cell: its place and dates;
            # the line above is the cell's name, no title.
            take(i, "meeting_dates")
            if "title" in field_at and field_at["title"] == i - 1:
                _untitle(h, field_at, claims)
            continue
        if h.date is None and not annex:
            m = date_label.match(text)
            stripped = m.group("v") if m else text
            span = next((s for t in langs if (s := find_date(stripped, t))), None)
            if span is not None and not stripped[: span.span[0]].strip(_PUNCT) \
                    and not stripped[span.span[1]:].strip(_PUNCT):
                h.date = span.start
                take(i, "date")
                continue
        if not annex and h.title is None and doc_label.fullmatch(text):
            take(i, "symbol-label")  # "Document" and an empty cell: a copy lost the symbol
            continue
        # -- title and subtitle: the first unlabelled lines after the fields ----------
        if "dtitle1" in marks and h.title is None:
            h.title = raw
            take(i, "title")
            continue
        after_fields = annex or any(f in field_at
                                    for f in ("symbol", "date", "original", "cells")) \
            or (h.meeting_start is not None and kind.of_title(raw) != "unknown")
        # (an old working group's page: its meeting line, then "Report of the First
        # meeting ...", no symbol nor date cell: a title that names its kind)
        if after_fields and "summary-label" not in field_at and not SECTION_LABEL.match(text):
            retitle = wrapped and "title" in field_at and i <= field_at["title"] + 12
            if h.source is None and "summary-label" not in field_at \
                    and (h.title is None or retitle) and (value := source_line(text, langs)):
                h.source = value
                take(i, "source")
                if h.title is not None:
                    # A PDF's text put the other cell's lines (a group's name) before the
                    # source line: they were no title; the title comes after it.
                    _untitle(h, field_at, claims)
                continue
            if h.title is None and (record_day or any(
                    firstpage.record_day(text, t) or firstpage.chair_line(text, t)
                    for t in langs)):
                # a summary record whose title line was lost: its day line ("Thursday, 25
                # May 2017, from 0945 to 1010 hours") and chair are no title
                record_day = True
                continue
            if h.title is None:
                h.title = raw
                take(i, "title")
                # any title of a text copy (a Word file's paragraphs are the author's:
                # only a summary record's title is printed over several)
                joining_title = (not wrapped and isinstance(block.loc, TextLoc)) or any(
                    firstpage.is_record_title(text, t) for t in langs)
                wrapped_field = "title" if wrapped else None
                continue
            if h.subtitle is None and not any(firstpage.is_record_title(h.title, t)
                                              for t in langs):
                h.subtitle = raw
                take(i, "subtitle")
                wrapped_field = "subtitle" if wrapped else None
                continue

    # Only an ITU first page has a symbol, a meeting line, an "Original" line or the
    # summary box; a date and a title alone do not make one (a non-ITU document).
    if not (annex or h.symbol or h.meeting or h.original_languages
            or "summary-label" in field_at or "action-label" in field_at):
        return None
    warnings = tuple(
        ParseWarning(code=f"header-{field}-missing",
                     message=f"the first page has no {field} that itudocs could read")
        for field, present in (("symbol", h.symbol), ("date", h.date), ("title", h.title))
        if present is None and not annex)
    for name in ("meeting", "venue", "title", "subtitle"):
        value = getattr(h, name)
        if value:
            setattr(h, name, cjk_unspaced(value))
    if not annex and (h.title is not None or h.subtitle is not None):
        # a compound is looked for where the title's words come again: the first pages
        titled = {k for k, role in claims if role in ("header:title", "header:subtitle")}
        others = [b.text for k, b in enumerate(blocks[:_COMPOUND_BLOCKS])
                  if k not in titled and b.text]
        h.title, h.subtitle = (firstpage.rehyphenate(v, others) if v else v
                               for v in (h.title, h.subtitle))
    header = Header(**attrs.asdict(h, recurse=False),
                    venue_id=place_names(lang.code).get(h.venue) if h.venue else None)
    return FirstPage(header=header, summary="\n".join(box_text["summary"]) or None,
                     action_required="\n".join(box_text["action"]) or None,
                     box=tuple(box_lines), claims=tuple(claims), warnings=warnings)


def _date_cell_follows(blocks: tuple[RawBlock, ...], start: int, end: int,
                       langs: list[Language]) -> bool:
    """A line that is a date and nothing else (the document's date cell) comes in the
    lines from ``start`` to ``end``."""
    for j in range(start, end):
        text = fold(blocks[j].text.strip())
        for table in langs:
            span = find_date(text, table)
            if span is not None and not text[:span.span[0]].strip(_PUNCT) \
                    and not text[span.span[1]:].strip(_PUNCT):
                return True
    return False


def _untitle(h: _Fields, field_at: dict[str, int], claims: list[tuple[int, str]]) -> None:
    """The title and subtitle read so far were the lines of a header cell (a group's
    name): they are claimed as such, and the title is looked for again."""
    for field in ("title", "subtitle"):
        if field in field_at:
            claims[:] = [(k, "header:group" if k == field_at[field] or (
                role == f"header:{field}") else role) for k, role in claims]
            del field_at[field]
    h.title = h.subtitle = None


def _amend(symbol: Symbol, amendment: tuple[str, int]) -> Symbol:
    return amend(symbol, *amendment)


def source_line(text: str, langs: list[Language]) -> str | None:
    """A source line: "Chairman, Council Working Group on WSIS (WG-WSIS)" (a role, a
    comma, a body) or "SOURCE: United States of America"."""
    for table in langs:
        m = label_value(table.source_labels).match(text) if table.source_labels else None
        if m is not None and m.group("v").strip():
            return str(m.group("v")).strip()
        roles = words_re(table.signature_roles)
        r = roles.search(text)
        if r is not None and r.start() <= 2 \
                and text[r.end():].lstrip().startswith((",", "،", "，")) and len(text) < 160:
            return text.strip()  # "Chairman, Council Working Group ..." ("ال" may precede)
        if table.date_order == "ymd" and len(text) < 80 and text[-1:] not in "。；：:" \
                and (r := _last_word(roles, text)) is not None and r.end() == len(text) \
                and r.start() >= 4:  # a body's name before the role, not the role alone
            return text.strip()  # Chinese puts the role last: "理事会WSIS工作组主席"
    return None


def source_lead(text: str, langs: list[Language]) -> str | None:
    """A source line at the start of a text whose lines were lost, glued to the title
    that follows it: Chinese puts the role last ("理事会WSIS工作组（WG-WSIS）主席第32次
    会议总结..."), so the source ends at the first role after a body's name, within
    a line's length and before any sentence ends."""
    for table in langs:
        if table.date_order != "ymd":
            continue
        r = words_re(table.signature_roles).search(text, 0, 80)
        if r is not None and r.start() >= 4 and not any(
                ch in "。；：:" for ch in text[:r.end()]):
            return text[:r.end()].strip()
    return None


def _last_word(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - the last match is wanted
        pass
    return last


def _group_name(blocks: tuple[RawBlock, ...], at: int, taken: set[int]) -> list[int]:
    """The lines that name a working group above its meeting line, in the same cell
    ("Council Working Group on the" / "World Summit on the Information Society")."""
    meeting = blocks[at]
    out: list[int] = []
    for j in range(at - 1, max(at - 5, -1), -1):
        block = blocks[j]
        if j in taken or not block.text.strip():
            break
        if meeting.cell is not None and (block.cell is None or (
                block.cell.table, block.cell.row, block.cell.col) != (
                meeting.cell.table, meeting.cell.row, meeting.cell.col)):
            break
        out.append(j)
        if meeting.cell is None and block.lead_tab:
            break  # a text rendering: the cell's first line starts with a TAB
    return out


def _meeting_dates(h: _Fields, text: str, langs: list[Language], *,
                   before: int | None = None) -> bool:
    """Read "Geneva, 9-19 June 2020" / "2020年6月9-19日，日内瓦": dates and venue (with
    ``before``, only dates that start before that offset)."""
    for table in langs:
        span = find_date_range(text, table)
        if span is None or (before is not None and span.span[0] >= before):
            continue
        venue = (text[: span.span[0]] + " " + text[span.span[1]:]).strip(_PUNCT)
        if span.start == span.end and not venue:
            return False  # a lone date: the document's date, not the meeting's
        h.meeting_start, h.meeting_end = span.start, span.end
        if venue and not any(ch.isdigit() for ch in venue):
            h.venue = firstpage.place_in(venue, langs)
        return True
    return False


def _language_codes(value: str, lang: Language) -> tuple[str, ...]:
    """ISO codes of the language names in an "Original:" value, in order."""
    names = NAME_TO_CODE
    codes: list[str] = []
    for m in names_re(lang).finditer(value):
        code = names.get(m.group(0).lower()) or names.get(m.group(0))
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)
