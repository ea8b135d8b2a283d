"""The first page: meeting, venue and dates, agenda item, symbol, date, original
language(s), title and subtitle, and the summary box (Summary, Action required,
References). See ITU-FORMAT.md §2.

The first-page material is every block before the body's first numbered paragraph.
Template bookmarks (``dmeeting``, ``dnum``, ``ddate``, ``dorlang``, ``dtitle1``) are
strong hints; labels and patterns are the fallback. Fields are looked for in the
document's language first and then in every known language.
"""

from __future__ import annotations

from itudocs.extract.state import ParseState
from itudocs.grammar.dates import find_date, find_date_range
from itudocs.grammar.patterns import (
    AGENDA_CODE,
    SECTION_LABEL,
    UNDERSCORES,
    label_line,
    label_prefix,
    label_value,
    meeting_re,
    names_re,
    only_re,
)
from itudocs.grammar.symbols import find_symbol
from itudocs.grammar.text import fold
from itudocs.lang import LANGUAGES, Language
from itudocs.model import Reference

_FIRST_PAGE_LIMIT = 120  # blocks; the first page never holds more
_PUNCT = " \t,，、،;；:：-–—.()（）"
_BOX_LABELS = ("summary", "action", "references")


def _languages(primary: Language) -> list[Language]:
    return [primary, *(t for t in LANGUAGES.values() if t is not primary)]


def _body_start(state: ParseState) -> int | None:
    """The first block of the body: a numbered paragraph outside every table."""
    for i, block in enumerate(state.blocks):
        if block.cell is not None or block.lead_tab or not block.text:
            continue
        if block.auto_label and block.auto_label[0].isdigit():
            return i
        if SECTION_LABEL.match(block.text):
            return i
    return None


def extract_header(state: ParseState) -> None:
    blocks = state.blocks
    first_numbered = _body_start(state)
    limit = min(len(blocks), _FIRST_PAGE_LIMIT if first_numbered is None else first_numbered)
    langs = _languages(state.lang)
    h = state.header
    last_field = -1
    field_at: dict[str, int] = {}

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
        nonlocal last_field
        state.claim(i, f"header:{field}")
        field_at[field] = i
        last_field = max(last_field, i)

    box: str | None = None
    box_table: int | None = None
    box_text: dict[str, list[str]] = {"summary": [], "action": []}
    for i in range(limit):
        block = blocks[i]
        raw = block.text.strip()
        text = fold(raw)  # for matching; values that are text keep ``raw``
        if not text:
            if box == "references" and h.title is not None and state.references:
                box = None
            continue
        marks = set(block.bookmarks)
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
            take(i, box)
            continue
        if box == "references":
            state.references.append(Reference(text=raw, loc=block.loc))
            take(i, "reference")
            continue

        # -- first-page fields -----------------------------------------------------
        if h.symbol is None and ("dnum" in marks or doc_label.match(text) or len(text) < 60):
            found = find_symbol(text)
            if found and (found[1] == 0 or doc_label.match(text) or "dnum" in marks):
                h.symbol = found[0]
                take(i, "symbol")
                continue
        if h.meeting is None:
            m = next((m for t in langs if (m := meeting_re(t).search(text))), None)
            if m is not None and len(text) < 120:
                h.meeting = m.group(0)
                rest = text[: m.start()] + text[m.end():]
                take(i, "meeting")
                if rest.strip(_PUNCT):
                    _meeting_dates(state, rest, langs)
                continue
        if h.agenda_item is None:
            m = agenda_label.match(text)
            if m or "dmeeting" in marks or AGENDA_CODE.fullmatch(text):
                h.agenda_item = (m.group("v") if m else text).strip() or None
                take(i, "agenda_item")
                continue
        if not h.original_languages:
            m = original_label.match(text)
            value = m.group("v") if m else None
            if value is None and ("dorlang" in marks or len(text) < 40):
                value = text if any(only_re(t).search(text) for t in langs) else None
            if value is not None:
                codes = _language_codes(value, state.lang)
                if codes:
                    h.original_languages = codes
                    take(i, "original")
                    continue
        near_meeting = "meeting" in field_at and i <= field_at["meeting"] + 2
        if h.meeting_start is None and near_meeting and _meeting_dates(state, text, langs):
            take(i, "meeting_dates")
            continue
        if h.date is None:
            m = date_label.match(text)
            stripped = m.group("v") if m else text
            span = next((s for t in langs if (s := find_date(stripped, t))), None)
            if span is not None and not stripped[: span.span[0]].strip(_PUNCT) \
                    and not stripped[span.span[1]:].strip(_PUNCT):
                h.date = span.start
                take(i, "date")
                continue
        # -- title and subtitle: the first unlabelled lines after the fields ----------
        if "dtitle1" in marks and h.title is None:
            h.title = raw
            take(i, "title")
            continue
        after_fields = any(f in field_at for f in ("symbol", "date", "original"))
        if after_fields and "summary-label" not in field_at and not SECTION_LABEL.match(text):
            if h.title is None:
                h.title = raw
                take(i, "title")
                continue
            if h.subtitle is None:
                h.subtitle = raw
                take(i, "subtitle")
                continue

    # Only an ITU first page has a symbol, a meeting line, an "Original" line or the
    # summary box; a date and a title alone do not make one (a non-ITU document).
    if not (h.symbol or h.meeting or h.original_languages or "summary-label" in field_at
            or "action-label" in field_at):
        for i, role in enumerate(state.roles):
            if role is not None and role.startswith("header:"):
                state.roles[i] = None
        state.header = type(h)()
        state.references.clear()
        state.body_start = 0
        state.warn("no-header", "no ITU header found (no symbol, meeting line, original "
                   "language or summary box)")
        return
    state.summary = "\n".join(box_text["summary"]) or None
    state.action_required = "\n".join(box_text["action"]) or None
    # The first page ends at the body's first numbered paragraph, or after its last
    # field; unclaimed blocks before that become document-level blocks, not lost.
    state.body_start = first_numbered if first_numbered is not None else last_field + 1
    for field, present in (("symbol", h.symbol), ("date", h.date), ("title", h.title)):
        if present is None:
            state.warn(f"header-{field}-missing", f"the first page has no {field} that itudocs "
                       "could read")


def _meeting_dates(state: ParseState, text: str, langs: list[Language]) -> bool:
    """Read "Geneva, 9-19 June 2020" / "2020年6月9-19日，日内瓦": dates and venue."""
    h = state.header
    for table in langs:
        span = find_date_range(text, table)
        if span is None:
            continue
        venue = (text[: span.span[0]] + " " + text[span.span[1]:]).strip(_PUNCT)
        if span.start == span.end and not venue:
            return False  # a lone date: the document's date, not the meeting's
        h.meeting_start, h.meeting_end = span.start, span.end
        if venue and not any(ch.isdigit() for ch in venue):
            h.venue = venue
        return True
    return False


def _language_codes(value: str, lang: Language) -> tuple[str, ...]:
    """ISO codes of the language names in an "Original:" value, in order."""
    names = {n: c for t in LANGUAGES.values() for n, c in t.language_names.items()}
    codes: list[str] = []
    for m in names_re(lang).finditer(value):
        code = names.get(m.group(0).lower()) or names.get(m.group(0))
        if code and code not in codes:
            codes.append(code)
    return tuple(codes)
