"""Stage: the header of text whose lines were lost — read from the first page's
characters with the grammars (symbols, dates, meeting lines, labels), wherever the
lines break or do not break at all ("Council 2019Geneva, 10-20 June 2019Document
C19/111-E11 June 2019Original: English").

```pycon
>>> from itudocs.extract import scanner
>>> from itudocs.lang import LANGUAGES
>>> found = scanner.scan("Council 2019Geneva, 10-20 June 2019Agenda item: PL 2Document "
...                  "C19/111-E11 June 2019Original: EnglishReport by the Chairman",
...                      LANGUAGES["en"])
>>> h = found.header
>>> h.symbol.text, h.meeting, h.venue, str(h.meeting_start), h.agenda_item, str(h.date)
('C19/111-E', 'Council 2019', 'Geneva', '2019-06-10', 'PL 2', '2019-06-11')
>>> h.original_languages, found.rest
(('en',), 'Report by the Chairman')

```
"""

from __future__ import annotations

import datetime as _dt
from functools import cache
from itertools import takewhile
from typing import NamedTuple

import attrs
import regex

from itudocs.grammar import firstpage
from itudocs.grammar.dates import find_date, find_date_range
from itudocs.grammar.patterns import (
    AGENDA_CODE,
    FIELD_PUNCT,
    alternation,
    label_prefix,
    meeting_re,
    only_re,
)
from itudocs.grammar.symbols import SYMBOL_RE, amend, normalise, parse_symbol, unglue
from itudocs.grammar.text import fold
from itudocs.lang import LANGUAGES, NAME_TO_CODE, Language
from itudocs.lang.conferences import place_names
from itudocs.model import Header, Symbol
from itudocs.readers.blocks import RawBlock

_WINDOW = 1500  # characters of the first page
_UNLABELLED = 400  # characters: where an unlabelled symbol (a running header's) may start
_AFTER_LABEL = 40  # characters after "Document" or "Revision 1 to": where its symbol starts
_FLAT = 200  # characters: a first line this long holds the whole first page (Chinese is dense)
_PUNCT = FIELD_PUNCT
_AGENDA = regex.compile(r"(?<![A-Za-z])" + AGENDA_CODE.pattern + r"(?![0-9])")


def looks_flat(blocks: tuple[RawBlock, ...]) -> bool:
    """Whether the first page's lines were lost: its first text runs on for hundreds
    of characters without a break."""
    first = next((b.text for b in blocks[:5] if b.text.strip()), "")
    return len(first) > _FLAT


@attrs.frozen
class Scanned:
    """The header fields found, and the text that follows them (where the title
    starts, if the document has one)."""

    header: Header
    rest: str


def scan(text: str, lang: Language) -> Scanned | None:
    """The header fields found in the first ``_WINDOW`` characters of ``text``, or
    ``None`` when none is there."""
    blob = unglue(fold(text[:_WINDOW]))
    langs = [lang, *(t for t in LANGUAGES.values() if t is not lang)]
    fields: dict[str, object] = {}
    end = 0  # where the last field read ends
    # The Council's "Council 2019", else a working group's "32nd meeting"; then the venue
    # and the dates just after it.
    # The earlier of the two: a 2010 group's page starts "First Meeting of the Council
    # Working Group ..." and cites "(Council 2009)" below; "Council 2009)" in brackets
    # is a citation, never the meeting.
    council = next(((m, t) for t in langs for m in meeting_re(t).finditer(blob)
                    if blob[m.end():m.end() + 1] != ")"), None)
    group = next(((m, t) for t in langs if (m := firstpage.group_meeting_in(blob, t))), None)
    meeting = min((x for x in (council, group) if x is not None),
                  key=lambda x: x[0].start(), default=None)
    if meeting is not None:
        m, table = meeting
        fields["meeting"] = m.group(0)
        end = max(end, m.end())
        # The venue and dates follow: up to the document's own cell ("Document ...", a
        # group's long name may come first), else within 80 characters; a lone date after
        # that cell is the document's (a PDF's layout may still put a range there:
        # "SALVADOR—FOURTH MEETING—Document 147-E1 May 2001Original: English(2-6 APRIL 2001)").
        wide = blob[m.end():m.end() + 120]
        cell = label_prefix(sum((t.document_labels for t in langs), ())).search(wide)
        head = wide[:cell.start()] if cell is not None else wide[:80]
        span = find_date_range(head, table)
        if span is None and (span := find_date_range(wide[:80], table)) is not None \
                and span.start == span.end:
            span = None
        if span is not None:
            fields["meeting_start"], fields["meeting_end"] = span.start, span.end
            end = max(end, m.end() + span.span[1])
        # a place that starts in the 80 characters is read whole ("Geneva" across the 80th)
        pm = _places(table).search(head) or _starting(_places(table), wide, 0, 80)
        if pm is not None:
            fields["venue"] = pm.group(0)
            fields["venue_id"] = place_names(table.code)[pm.group(0)]
    amended = next((a for t in langs if (a := firstpage.amendment_in(blob, t))), None)
    doc_label = label_prefix(sum((t.document_labels for t in langs), ()))
    plain = normalise(blob)
    found = None
    if amended is not None:  # "Revision 1 to Document C17/130-E": the symbol it amends
        found = _starting(SYMBOL_RE, plain, amended[2], amended[2] + _AFTER_LABEL)
    for label in () if found else doc_label.finditer(blob):
        if blob[label.end():label.end() + 1].islower():
            continue  # "Documents C09/95 and C09/98" names other documents
        found = _starting(SYMBOL_RE, plain, label.end(), label.end() + _AFTER_LABEL)
        if found is not None and not _LETTER.search(blob, label.end(), found.start()):
            break
        found = None
    if found is None:
        # an unlabelled symbol: a running header's, not one cited in a sentence; one that
        # starts in the first characters, read whole (a window that ended inside it would
        # read "C19/1" for "C19/111-E")
        found = next((m for m in takewhile(lambda m: m.start() < _UNLABELLED,
                                           SYMBOL_RE.finditer(plain))
                      if not _CITED.search(blob, max(0, m.start() - 20), m.start())), None)
    if found is not None and (symbol := parse_symbol(found.group(0))) is not None:
        at = found.end()
        # the suffix printed after the symbol: "C19/111-C第1次修订版", "WG-CP/1/16 Rev. 1"
        gap = len(blob[at:at + 3]) - len(blob[at:at + 3].lstrip(_PUNCT))
        suffix = next((x for t in langs if (x := firstpage.suffix_at(blob, at + gap, t))),
                      None)
        if suffix is not None and amended is None:
            amended, at = suffix, suffix[2]
        glued = _glued_day(blob, at, symbol, found.start(),
                           found.end() + gap if suffix is not None and amended == suffix
                           else None,
                           (fields.get("meeting_start"), fields.get("meeting_end")), langs)
        if glued is not None:  # "WG-Internet 10/921 September 2017": the day was split off
            at = glued.end
            if glued.symbol is not None and glued.date is not None:
                fields["symbol"] = amend(glued.symbol, *glued.amended[:2]) \
                    if glued.amended else glued.symbol
                fields["date"] = glued.date
        else:
            fields["symbol"] = amend(symbol, *amended[:2]) if amended else symbol
            after = blob[at:at + 40]
            dated = _date_label().match(after)  # "WG-COP/13 Date: 30th September 2015"
            skip = dated.end() if dated and after[:dated.start()].strip(_PUNCT) == "" else 0
            span = next((s for t in langs if (s := find_date(after[skip:], t))), None)
            if span is not None and not after[skip:skip + span.span[0]].strip(_PUNCT):
                fields["date"] = span.start
                at += skip + span.span[1]
        end = max(end, at)
    agenda = label_prefix(sum((t.agenda_labels for t in langs), ())).search(blob)
    if agenda is not None and (code := AGENDA_CODE.match(blob, agenda.end())) is not None:
        fields["agenda_item"] = code.group(0)
    elif (code := _starting(_AGENDA, blob, 0, _UNLABELLED)) is not None:
        fields["agenda_item"] = code.group(0)  # unlabelled, as in the header table: "PL 1.5"
    original = label_prefix(sum((t.original_labels for t in langs), ())).search(blob)
    if original is not None:
        names = NAME_TO_CODE
        codes: list[str] = []
        at = original.end()
        while (m := _names().match(blob, at)) is not None:
            code = names.get(m.group(0).lower()) or names.get(m.group(0))
            if code and code not in codes:
                codes.append(code)
            at = m.end()
            sep = _joiner().match(blob, at, at + 8)  # "French/English", "French and English"
            if sep is None:
                break
            at = sep.end()
        if codes:
            fields["original_languages"] = tuple(codes)
            end = max(end, at)
    else:
        only = next((m for t in langs if (m := only_re(t).search(blob))), None)
        if only is not None:  # "English only"
            code = NAME_TO_CODE.get(only.group("lang").lower())
            if code:
                fields["original_languages"] = (code,)
                end = max(end, only.end())
    if not fields:
        return None
    return Scanned(Header(**fields), blob[end:end + 300])  # type: ignore[arg-type]


def _starting(pattern: regex.Pattern[str], text: str, start: int,
              end: int) -> regex.Match[str] | None:
    """The first match of ``pattern`` that starts from ``start`` and before ``end``,
    read whole: a window that ended inside it would cut it short ("C20/5" for
    "C20/57-E", "PL 1" for "PL 1.5")."""
    m = pattern.search(text, start)
    return m if m is not None and m.start() < end else None


_LETTER = regex.compile(r"\p{L}")
# a symbol cited in a sentence: after a word ("Documents C09/95", "Ref.: Documents",
# "and C09/98"), not at the start of a running header or a field
_CITED = regex.compile(r"\p{L}{2,}[.:]{0,2}\s{0,3}$")
_NEAR_MEETING = (_dt.timedelta(days=92), _dt.timedelta(days=31))


@cache
def _date_label() -> regex.Pattern[str]:
    """A date label ("Date:") in any language, after the symbol."""
    labels = sum((t.date_labels for t in LANGUAGES.values()), ())
    return regex.compile(rf"[\s{regex.escape(_PUNCT)}]*(?:{alternation(labels)})\s{{0,3}}[:：]",
                         regex.IGNORECASE)


def _glued_day(blob: str, at: int, symbol: Symbol, start: int, suffix_from: int | None,
               meeting: tuple[object, object], langs: list[Language]) -> _Glued | None:
    """A symbol (or its "Rev. N", printed from ``suffix_from``) whose last digits, up to
    ``at``, are the day of the date glued after it in a text whose lines were lost
    ("WG-Internet 10/921 September 2017": document 9 of 21 September, or 92 of 1
    September?): ``None`` when no date starts inside those digits; else the symbol, its
    amendment, the date and where the date ends. Of two readings, the one nearer to the
    ``meeting``'s dates holds (a document is dated near its meeting); when nothing
    tells, the symbol and the date are ``None`` (no value rather than a wrong one)."""
    digits = len(blob[start:at]) - len(blob[start:at].rstrip("0123456789"))
    readings: list[_Glued] = []
    for k in (1, 2):
        if digits <= k:
            break
        span = next((s for t in langs if (s := find_date(blob[at - k:at + 40], t))), None)
        if span is None or span.span[0] != 0:
            continue
        head = blob[:at - k]
        if suffix_from is not None:  # "Rev. 1" + "25 January 2018", or "Rev. 12" + "5 ..."
            suffix = next((x for t in langs
                           if (x := firstpage.suffix_at(head, suffix_from, t))), None)
            if suffix is not None and suffix[2] == len(head):
                readings.append(_Glued(symbol, suffix, span.start, at - k + span.span[1]))
        elif (m := SYMBOL_RE.fullmatch(normalise(head), start)) is not None:
            readings.append(_Glued(parse_symbol(m.group(0)), None, span.start,
                                   at - k + span.span[1]))
    if len(readings) < 2:
        return readings[0] if readings else None
    first, last = meeting
    if not isinstance(first, _dt.date) or not isinstance(last, _dt.date):
        return _Glued(None, None, None, at)

    def distance(glued: _Glued) -> int:
        assert isinstance(glued.date, _dt.date)
        return max((first - glued.date).days, (glued.date - last).days, 0)

    near = sorted((r for r in readings if r.date is not None
                   and first - _NEAR_MEETING[0] <= r.date <= last + _NEAR_MEETING[1]),
                  key=distance)
    if not near or (len(near) > 1 and distance(near[0]) == distance(near[1])):
        return _Glued(None, None, None, at)
    return near[0]


class _Glued(NamedTuple):
    symbol: Symbol | None
    amended: tuple[str, int, int] | None
    date: _dt.date | None
    end: int


@cache
def _names() -> regex.Pattern[str]:
    """Language names of every table, as printed, matched even when the next field is
    glued to them ("EnglishReport by ..."): a name is not followed by a lower-case
    letter."""
    names = {v for t in LANGUAGES.values() for n in t.language_names
             for v in (n, n.capitalize(), n.upper())}
    return regex.compile(rf"(?:{alternation(names)})(?!\p{{Ll}})")


@cache
def _places(table: Language) -> regex.Pattern[str]:
    """The table's place names (and the English ones), found anywhere."""
    return regex.compile(alternation(place_names(table.code)) or r"(?!)")


@cache
def _joiner() -> regex.Pattern[str]:
    """What joins two language names: a slash, a comma, or "and" in any language."""
    words = alternation(w for t in LANGUAGES.values() for w in t.and_words)
    return regex.compile(rf"\s*(?:/|,|，|、|{words})\s*", regex.IGNORECASE)


# where a flattened title ends: a subtitle in capitals glued or spaced after mixed-case
# words ("...Child Online ProtectionOUTCOME OF THE ...", "Secretary-General FINANCIAL
# OPERATING REPORT")
_CAPS_AFTER_MIXED = regex.compile(r"(?<=\p{Ll}\s?|\))\p{Lu}{3,}[\s-]+\p{Lu}{2,}")
_TRAILING_DAY = regex.compile(r"\p{Lu}\p{Ll}+,?\s*$")  # "...MEETINGTuesday, " before a date
_TITLE_MAX = 200


def title_in(rest: str, lang: Language) -> str | None:
    """The title at the start of ``rest`` (the text after the header's fields in a
    flattened first page): up to the summary box's label, a summary record's day line
    (a date), or a subtitle in capitals after the mixed-case title."""
    text = rest[:_TITLE_MAX * 2].lstrip(_PUNCT + " ")
    langs = [lang, *(t for t in LANGUAGES.values() if t is not lang)]
    end = min(len(text), _TITLE_MAX)
    label = label_prefix(sum((t.summary_labels for t in langs), ()))
    for at in range(1, end):
        if text[at].isupper() and label.match(text, at) \
                and (text[at - 1] in " .)" or text[at - 1].isalnum()):
            end = at
            break
    span = next((s for t in langs if (s := find_date(text[:end], t))), None)
    if span is not None:
        end = span.span[0]
        cut = _TRAILING_DAY.search(text[:end])
        if cut is not None:
            end = cut.start()
    caps = _CAPS_AFTER_MIXED.search(text, 0, end)
    if caps is not None:
        end = caps.start()
    title = text[:end].strip(" /-–—,;:")
    # a title starts with a capital and holds no numbered section nor date: else the
    # text after the fields is not a title (a body, a group's name, a reference list)
    if len(title) < 8 or end >= _TITLE_MAX or not title[0].isupper() \
            or _NUMBERED.search(title) or any(find_date(title, t) for t in langs):
        return None
    return title


_NUMBERED = regex.compile(r"(?:^|\D)[0-9]{1,2}\.(?:[0-9]|\s?\p{Lu})")
