"""Grammars of the lines that tell one kind of Council document from another: an
amendment line ("Revision 1 to Document C17/130-E"), a working group's meeting line
("32nd meeting – Geneva, ..."), a summary record's title and ordinal, the authors of a
contribution, an annex heading, an adopted instrument's heading ("DECISION 482
(C-2001)"). Each is built once per language table from its words.

```pycon
>>> from itudocs.grammar import firstpage
>>> from itudocs.lang import LANGUAGES
>>> en = LANGUAGES["en"]
>>> firstpage.amendment("Revision 1 to", en)
('revision', 1)
>>> firstpage.group_meeting("32nd meeting – Geneva, 24-25 January 2018", en)
('32nd meeting', ' – Geneva, 24-25 January 2018')
>>> firstpage.ordinal("SUMMARY RECORD OF THE NINTH AND LAST PLENARY MEETING", en)
9
>>> firstpage.contributors("Contribution from the Republic of Kenya and the United "
...                        "Republic of Tanzania", en)
('Republic of Kenya', 'United Republic of Tanzania')
>>> firstpage.heading("DECISION 482 (C-2001)", en)
('decision', '482', 2001)

```
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from itudocs.grammar.dates import find_date, find_date_range
from itudocs.grammar.patterns import FIELD_PUNCT, alternation, whole_words
from itudocs.lang import Language
from itudocs.lang.conferences import place_names

_NUM = r"(?P<n>[0-9]{1,2})"


@cache
def _amendment_re(lang: Language) -> regex.Pattern[str] | None:
    words = [w for ws in lang.amendment_words.values() for w in ws]
    if not words:
        return None
    return regex.compile(rf"(?P<word>{alternation(words)})\s*{_NUM}(?![0-9])", regex.IGNORECASE)


def amendment(text: str, lang: Language) -> tuple[str, int] | None:
    """("revision" | "addendum" | "corrigendum", N) for a line that starts "Revision N
    to ..." in ``lang``."""
    pattern = _amendment_re(lang)
    m = pattern.match(text.strip()) if pattern else None
    if m is None:
        return None
    word = m.group("word").lower()
    kind = next(k for k, ws in lang.amendment_words.items() if word in (w.lower() for w in ws))
    return kind, int(m.group("n"))


def amendment_in(text: str, lang: Language) -> tuple[str, int, int] | None:
    """An amendment ("Revision 1 to") anywhere in ``text`` (a text whose lines were
    lost): its kind, its number and where it ends (the symbol it amends follows)."""
    pattern = _amendment_re(lang)
    m = pattern.search(text) if pattern else None
    if m is None:
        return None
    word = m.group("word").lower()
    kind = next(k for k, ws in lang.amendment_words.items() if word in (w.lower() for w in ws))
    return kind, int(m.group("n")), m.end()


_REV_LINE = regex.compile(r"(?P<kind>Rev|Add|Corr)\.?\s?(?P<n>[0-9]{1,2})", regex.IGNORECASE)
_SUFFIX_KIND = {"rev": "revision", "add": "addendum", "corr": "corrigendum"}


@cache
def _suffix_res(lang: Language) -> tuple[tuple[str, regex.Pattern[str]], ...]:
    return tuple((kind, regex.compile(t.format(num=r"(?P<n>[0-9]{1,2})")))
                 for kind, templates in lang.amendment_suffixes.items() for t in templates)


def suffix_at(text: str, pos: int, lang: Language) -> tuple[str, int, int] | None:
    """A symbol's suffix that starts at ``pos`` in ``text`` (a text whose lines were
    lost: "C19/111-C第1次修订版2019年6月11日"): its kind, its number and where it ends."""
    m = _REV_LINE.match(text, pos)
    if m is not None:
        return _SUFFIX_KIND[m.group("kind").lower()], int(m.group("n")), m.end()
    for kind, pattern in _suffix_res(lang):
        if (m := pattern.match(text, pos)) is not None:
            return kind, int(m.group("n")), m.end()
    return None


def suffix_line(text: str, lang: Language) -> tuple[str, int] | None:
    """A line that is only a symbol's suffix ("Rev. 1" under a working group's
    symbol, or in ``lang``'s words: "第1次修订版" under a Chinese one): ("revision" |
    "addendum" | "corrigendum", N)."""
    text = text.strip()
    m = _REV_LINE.fullmatch(text)
    if m is not None:
        return _SUFFIX_KIND[m.group("kind").lower()], int(m.group("n"))
    for kind, pattern in _suffix_res(lang):
        if (m := pattern.fullmatch(text)) is not None:
            return kind, int(m.group("n"))
    return None


@cache
def _ordinal_alt(lang: Language) -> str:
    return alternation(lang.ordinals)


@cache
def _group_meeting_re(lang: Language) -> regex.Pattern[str] | None:
    if not lang.group_meeting_templates:
        return None
    # "32nd", "32e", "32ème", "32ª", "32-е": digits and a short suffix in any language
    digits = r"[0-9]{1,3}(?:-?\p{L}{1,3}|[ªº°.])?"
    words = _ordinal_alt(lang)
    ordinal = f"(?:{digits}|{words})" if words else digits
    body = "|".join(t.format(ord=ordinal) for t in lang.group_meeting_templates)
    return regex.compile(rf"(?:{body})(?!\w)", regex.IGNORECASE)


def group_meeting_in(text: str, lang: Language) -> regex.Match[str] | None:
    """A working group's meeting anywhere in ``text`` (a text whose lines were lost:
    "...Society32nd meeting – Geneva")."""
    pattern = _group_meeting_re(lang)
    return pattern.search(text) if pattern else None


def group_meeting(text: str, lang: Language) -> tuple[str, str] | None:
    """(the meeting as printed, the rest of the line) for a working group's meeting
    line ("32nd meeting – Geneva, 24-25 January 2018")."""
    pattern = _group_meeting_re(lang)
    m = pattern.match(text.strip()) if pattern else None
    if m is None:
        return None
    return m.group(0), text.strip()[m.end():]


@cache
def _record_re(lang: Language) -> regex.Pattern[str] | None:
    if not lang.summary_record_titles:
        return None
    return regex.compile(alternation(lang.summary_record_titles), regex.IGNORECASE)


def is_record_title(text: str, lang: Language) -> bool:
    """Whether ``text`` is (the start of) a summary record's title."""
    pattern = _record_re(lang)
    return bool(pattern and pattern.search(text))


@cache
def _open_end_re(lang: Language) -> regex.Pattern[str] | None:
    words = [w for w in (*lang.of_words, *lang.articles, *lang.and_words)
             if w[:1].isalpha() and not ("\u4e00" <= w[0] <= "\u9fff")
             and not ("\u0600" <= w[0] <= "\u06ff")]
    if not words:
        return None
    return regex.compile(rf"(?<!\S)(?:{alternation(words)})\s*$", regex.IGNORECASE)


def open_ended(text: str, lang: Language) -> bool:
    """Whether ``text`` ends on a word no title ends on: an article, "of", "and" ("...
    SUMMARY RECORD OF THE", "... du"): a line that a copy broke mid-title."""
    pattern = _open_end_re(lang)
    return bool(pattern and pattern.search(text))


# a time of day: "0945", "14:30", "9.30", "14 h 30" (the day line of a summary record)
_TIME = regex.compile(r"(?<![0-9])(?:[01]?[0-9]|2[0-3])(?:\s?[:.hH]\s?)?[0-5][0-9](?![0-9])")


def record_day(text: str, lang: Language) -> bool:
    """Whether ``text`` is a summary record's day line: a date and the hours the
    meeting ran ("Thursday, 25 May 2017, from 0945 to 1010 hours", "Tuesday, 16 May
    2017, 14:30 - 17:30")."""
    span = find_date(text, lang)
    if span is None or len(text) > 100:
        return False
    rest = text[:span.span[0]] + " " + text[span.span[1]:]
    return len(_TIME.findall(rest)) >= 2


@cache
def _chair_re(lang: Language) -> regex.Pattern[str] | None:
    if not lang.chair_labels:
        return None
    return regex.compile(rf"(?:{alternation(lang.chair_labels)})\s{{0,3}}[:：]", regex.IGNORECASE)


def chair_line(text: str, lang: Language) -> bool:
    """Whether ``text`` starts with a summary record's chair label ("Chairman: ...")."""
    pattern = _chair_re(lang)
    return bool(pattern and pattern.match(text.strip()))


def chair_in(text: str, lang: Language, start: int, end: int) -> int | None:
    """Where a chair label ("Chairman:") starts between ``start`` and ``end`` of a text
    whose lines were lost ("... 1010 hoursChairman: Dr E. SPINA")."""
    pattern = _chair_re(lang)
    m = pattern.search(text, start, end) if pattern else None
    return m.start() if m else None


# -- lines of a first page as text copies print them -----------------------------

_JOINER = regex.compile(r"\s/\s?|/\s")  # a web copy's cells joined on one line: " / "
_LEAD_DASH = regex.compile(r"\s*[-–—]\s*")


def group_cell(text: str, langs: list[Language]) -> tuple[str, str] | None:
    """A working group's meeting line ("32nd meeting – Geneva, 24-25 January 2018") as
    (the meeting, the rest of the line): the whole line; the cell after a web copy's
    joiner ("... (CWG-Internet) /Tenth meeting – Geneva, ..."); or after the place that
    an older style prints first ("geneva — first meeting — 7-8 June, 2004": the place
    is given back with the rest, where the venue is read)."""
    if len(text) < 120 and (g := _group_meeting_of(text, langs)) is not None:
        return g
    cells = _JOINER.split(text)
    for cell in cells[1:]:
        if len(cell) < 120 and (g := _group_meeting_of(cell, langs)) is not None:
            return g
    for table in langs:
        for name in place_names(table.code):
            if text[:len(name)].casefold() == name.casefold() \
                    and (dash := _LEAD_DASH.match(text, len(name))) is not None \
                    and dash.group(0).strip() \
                    and (g := _group_meeting_of(text[dash.end():], langs)) is not None:
                return g[0], f"{text[:len(name)]}{g[1]}"
    return None


def place_and_date(text: str, langs: list[Language]) -> bool:
    """A line that is a known place and a date or range, and nothing else ("Geneva, 16
    February 2016 /")."""
    for table in langs:
        span = find_date_range(text, table)
        if span is None:
            continue
        place = (text[:span.span[0]] + text[span.span[1]:]).strip(FIELD_PUNCT)
        if place and place_in(place, langs) in place_names(table.code):
            return True
    return False


def _group_meeting_of(text: str, langs: list[Language]) -> tuple[str, str] | None:
    return next((g for t in langs if (g := group_meeting(text, t))), None)


def title_continues(raw: str, text: str, langs: list[Language], title: str, *,
                     record: bool) -> bool:
    """A line that continues the title above it: a summary record's in capitals ("OF
    THE" / "FIFTH PLENARY MEETING"); any title that ends on a word that cannot end one
    ("... SUMMARY RECORD OF THE" / "SIXTH plenary meeting", "... meeting of the" /
    "COuncil working group ..."); a title a web copy broke before a word in lower case
    ("... Council Working Group" / "on Child Online Protection"). Never a line with a
    label, a date or a title of its own, nor a long one."""
    if len(text) >= 120 or ":" in text or "：" in text or len(title) > 300 \
            or any(is_record_title(text, t) for t in langs) \
            or any(find_date(text, t) for t in langs):
        return False
    if any(open_ended(title, t) for t in langs):
        return True
    if record:
        return raw == raw.upper() and not any(ch.isdigit() for ch in text)
    return raw[:1].islower() and title.rstrip()[-1:] not in ".;:!?" \
        and not _LETTERED.match(raw)


_LETTERED = regex.compile(r"\p{Ll}{1,3}\)")  # "a) ...", "iv) ...": an item, not a title's end


def place_in(venue: str, langs: list[Language]) -> str:
    """The venue's place where the line says more ("Final meeting, Busan" -> "Busan"):
    a known place named as a whole part of it."""
    for table in langs:
        for name in place_names(table.code):
            if name != venue and (venue.endswith(f", {name}") or venue.endswith(f"، {name}")
                                  or venue.endswith(f"，{name}")):
                return name
    return venue


@cache
def _ordinal_re(lang: Language) -> regex.Pattern[str] | None:
    if not lang.ordinals:
        return None
    return regex.compile(whole_words(lang.ordinals), regex.IGNORECASE)


def ordinal(text: str, lang: Language) -> int | None:
    """The number of the meeting a title names ("SEVENTH" -> 7, "INAUGURAL" -> 0)."""
    pattern = _ordinal_re(lang)
    m = pattern.search(text) if pattern else None
    if m is None:
        return None
    return lang.ordinals[m.group(0).lower()]


@cache
def _contributor_res(lang: Language) -> tuple[regex.Pattern[str], ...]:
    return tuple(regex.compile(p, regex.IGNORECASE) for p in lang.contributor_prefixes)


@cache
def _and_re(lang: Language) -> regex.Pattern[str]:
    words = alternation(lang.and_words)
    if lang.date_order == "ymd":
        # Chinese writes no spaces: "和" joins two names after a name's last character
        # (国, 区 ...), never inside one ("共和国").
        return regex.compile(rf"[、，,]|(?<=[国区盟])(?:{words})" if words else r"[、，,]")
    spaced = rf"\s+(?:{words})\s*" if words else r"(?!)"
    return regex.compile(rf"\s*[,;，、،]\s*(?:(?:{words})\s+)?|{spaced}" if words
                         else r"\s*[,;，、،]\s*", regex.IGNORECASE)


def contributors(title: str, lang: Language) -> tuple[str, ...]:
    """The authors a contribution's title names, as printed ("Republic of Kenya")."""
    for pattern in _contributor_res(lang):
        m = pattern.match(title.strip())
        if m is None:
            continue
        who = m.groupdict().get("who") or title.strip()[m.end():]
        names = [n.strip(" .:") for n in _and_re(lang).split(who)]
        return tuple(_without_article(n, lang) for n in names if n)
    return ()


@cache
def _article_re(lang: Language) -> regex.Pattern[str]:
    words = alternation(lang.articles)
    return regex.compile(rf"(?:{words})(?:\s+|(?<=['’]))" if words else r"(?!)",
                         regex.IGNORECASE)


def _without_article(name: str, lang: Language) -> str:
    """"the Republic of Kenya" -> "Republic of Kenya"; "de la République" -> "République"."""
    m = _article_re(lang).match(name)
    return name[m.end():] if m and m.end() < len(name) else name


@cache
def _annex_re(lang: Language) -> regex.Pattern[str] | None:
    if not lang.annex_words:
        return None
    return regex.compile(rf"(?:{alternation(lang.annex_words)})(?:\s+[0-9A-Z]{{1,3}})?\s*[:.]?",
                         regex.IGNORECASE)


def is_annex_heading(text: str, lang: Language) -> bool:
    """Whether ``text`` is an annex heading alone on its line ("ANNEX", "Annex 2")."""
    pattern = _annex_re(lang)
    return bool(pattern and pattern.fullmatch(text.strip()))


@cache
def _heading_re(lang: Language) -> regex.Pattern[str] | None:
    words = [w for ws in lang.heading_words.values() for w in ws]
    if not words:
        return None
    word = f"(?P<word>{alternation(words)})"
    num = r"(?P<num>[0-9]{1,4})"
    head = rf"第\s*{num}\s*号{word}" if lang.date_order == "ymd" else rf"{word}\s+{num}"
    return regex.compile(rf"{head}\s*(?:[(（](?P<p>[^()（）]{{1,40}})[)）])?",
                         regex.IGNORECASE)


# What the parenthesis of an adopted instrument's heading says: a Council session
# ("C-2001", "C09", Cyrillic "С-2000") or that it was modified ("Modified 2004").
_COUNCIL_PAREN = regex.compile(r"\s*(?:[CС]-?\s?[0-9]{2}|modif)", regex.IGNORECASE)
_SESSION = regex.compile(
    r"(?:C|С)-?\s?(?P<y>(?:19|20)?[0-9]{2})(?![0-9])|(?P<y4>(?:19|20)[0-9]{2})")


def heading(text: str, lang: Language, *, start_only: bool = False
            ) -> tuple[str, str, int | None] | None:
    """(kind, number, Council session year) for an adopted instrument's heading
    ("DECISION 482 (C-2001)", "Resolution 1306 (C09)"): the whole line, or with
    ``start_only`` its start (a text whose lines were lost: "DECISION 482
    (C-2001)Implementation of ...")."""
    pattern = _heading_re(lang)
    if pattern is None:
        return None
    m = pattern.match(text.strip()) if start_only else pattern.fullmatch(text.strip())
    if m is None:
        return None
    if m.group("p") and not _COUNCIL_PAREN.match(m.group("p")):
        # "Resolution 179 (Rev. Dubai, 2018)" alone on a line is a reference to another
        # body's instrument, not the heading of one the Council adopted
        return None
    word = m.group("word").lower()
    kind = next(k for k, ws in lang.heading_words.items() if word in (w.lower() for w in ws))
    year = None
    if m.group("p") and (s := _SESSION.search(m.group("p"))):
        digits = s.group("y") or s.group("y4")
        year = int(digits) if len(digits) == 4 else (1900 + int(digits) if int(digits) >= 50
                                                     else 2000 + int(digits))
    return kind, m.group("num"), year


_WRAP_MIN = 45  # characters: a shorter line was not wrapped by a text rendering


def line_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, in characters: the length that nine lines of
    ten (of the 20 characters or more) stay within; ``None`` below ten such lines."""
    lengths = sorted(len(t.strip()) for t in lines if len(t.strip()) >= 20)
    if len(lengths) < 10:
        return None
    return lengths[int(0.9 * (len(lengths) - 1))]


def wraps(value: str, line: str, width: int | None = None) -> bool:
    """In a text rendering of a PDF, a long title goes on on the next line ("... Child
    Online" / "Protection"): a line of the same case (capitals after capitals, mixed
    after mixed) with no digits and no label, after a long line without a full stop.
    Where letters have no case (Chinese, Arabic) a subtitle cannot be told from a wrap
    by its look: the title goes on only if it fills the ``width`` the text was wrapped
    at (nine tenths of it or more)."""
    if len(value) < _WRAP_MIN or value.rstrip()[-1:] in ".:;。：；" or len(line) > 120:
        return False
    if any(ch.isdigit() for ch in line) or line.rstrip()[-1:] in ",:：，،":
        return False  # "The Council," opens the text; a label ends with a colon
    if ":" in line or "：" in line:
        return False
    if line.upper() == line.lower():  # no letter case
        return width is not None and len(value) >= 0.9 * width
    return (value == value.upper()) == (line == line.upper())


def join_wrapped(value: str, line: str) -> str:
    """A title and the line it goes on on: with a space, but none after a hyphen that
    ends a word ("RÉPUBLIQUE-" / "UNIE DE TANZANIE"): a line breaks after a compound's
    own hyphen (Word hyphenates no word itself), which stays."""
    if value[-1:] == "-" and value[-2:-1].isalpha():
        return value + line
    return f"{value} {line}"


_COMPOUND = regex.compile(r"(?<![\p{L}-])(\p{L}{2,})-(\p{L}{2,})(?![\p{L}-])")
_LONG_WORD = regex.compile(r"\p{L}{4,}")


def rehyphenate(value: str, texts: Iterable[str]) -> str:
    """``value`` with the hyphens a PDF's text dropped at a line break put back
    ("RÉPUBLIQUEUNIE" -> "RÉPUBLIQUE-UNIE": pdftotext joins the two halves of a word
    hyphenated at the end of a line): a word that the document's other ``texts`` write
    only as a compound, with its hyphen, and never whole."""
    words = {w.casefold() for w in _LONG_WORD.findall(value)}
    if not words:
        return value
    texts = list(texts)
    split: dict[str, int] = {}
    for text in texts:
        if "-" in text:
            for m in _COMPOUND.finditer(text):
                joined = (m.group(1) + m.group(2)).casefold()
                if joined in words and len(joined) == len(m.group(1)) + len(m.group(2)):
                    split[joined] = len(m.group(1))
    if not split:
        return value
    whole = regex.compile(rf"(?<!\p{{L}})(?:{alternation(split)})(?!\p{{L}})",
                          regex.IGNORECASE)
    for text in texts:
        for m in whole.finditer(text):
            split.pop(m.group(0).casefold(), None)  # written whole too: a word of its own

    def put_back(m: regex.Match[str]) -> str:
        word = m.group(0)
        at = split.get(word.casefold())
        return word if at is None or len(word.casefold()) != len(word) else \
            f"{word[:at]}-{word[at:]}"

    return str(_LONG_WORD.sub(put_back, value)) if split else value
