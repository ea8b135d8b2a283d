"""Stage: a letter of the General Secretariat or a Bureau (``DM-20/1021``,
``CL-19/57``): not a Council document in the usual layout, but one that travels with
them. It has a reference ("Ref: DM-20/1021"), a place and date line ("Geneva, 27
November 2020"), a subject ("Subject: ..."), and closes "Yours faithfully,".

```pycon
>>> from itudocs.extract import letter
>>> from itudocs.extract.ledger import Ledger
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> text = ("General Secretariat (SG)\\nGeneva, 27 November 2020\\nRef: DM-20/1021\\n"
...         "To Member States of ITU Council\\nSubject: Consultation on Council 2021\\n"
...         "Dear Madam/Sir,\\nText.\\nYours faithfully,\\n(signed)\\nJane Doe\\nChair")
>>> blocks = read_text(text).blocks
>>> found = letter.find(blocks, Ledger(len(blocks)), LANGUAGES["en"])
>>> found.reference, found.date.isoformat(), found.venue, found.subject
('DM-20/1021', '2020-11-27', 'Geneva', 'Consultation on Council 2021')

```
"""

from __future__ import annotations

import datetime as _dt

import attrs
import regex

from itudocs.extract.ledger import Claims, Ledger
from itudocs.grammar.dates import find_date
from itudocs.grammar.patterns import FIELD_PUNCT, label_value, words_re
from itudocs.grammar.text import fold
from itudocs.lang import LANGUAGES, Language
from itudocs.lang.conferences import place_names
from itudocs.model import ParseWarning
from itudocs.readers.blocks import RawBlock

_REF = regex.compile(r"(?:DM|CL|BR|TSB|BDT)-[0-9]{2}/[0-9]{1,5}")
_HEAD = 25  # blocks: the letter's head (reference, date, addressee, subject)
_PUNCT = FIELD_PUNCT
_FLAT = 200  # characters: a head this long on one line is a text whose lines were lost


@attrs.frozen
class Found:
    """What a letter's head says, and the blocks it took."""

    reference: str
    date: _dt.date | None
    venue: str | None
    venue_id: str | None
    subject: str | None
    claims: Claims
    warning: ParseWarning


def find(blocks: tuple[RawBlock, ...], ledger: Ledger, lang: Language) -> Found | None:
    """The letter's head, or ``None`` when the blocks are not a letter (no "Ref:
    DM-..." in the head, or no closing such as "Yours faithfully")."""
    langs = [lang, *(t for t in LANGUAGES.values() if t is not lang)]
    ref_label = label_value(sum((t.letter_ref_labels for t in langs), ()))
    subject_label = label_value(sum((t.subject_labels for t in langs), ()))
    closing = words_re(sum((t.letter_closings for t in langs), ()))
    reference = None
    claims: list[tuple[int, str]] = []
    head = [i for i in range(min(len(blocks), _HEAD)) if ledger.is_free(i) and blocks[i].text]
    for i in head:
        text = fold(blocks[i].text.strip())
        # A text whose lines were lost holds the whole head in its first block.
        m = ref_label.search(text, 0, 600)
        value = m.group("v")[:40] if m else ""
        if m is not None and (r := _REF.search(value)) is not None:
            reference = r.group(0)
            claims.append((i, "header:reference-number"))
            break
    # A letter closes "Yours faithfully"; a copy whose lines were lost is often its
    # opening alone: there, the head's "Subject:" beside the reference tells it.
    if reference is None or not (
            any(closing.search(b.text) for b in blocks[-30:])
            or any(len(blocks[i].text) > _FLAT and _subject_in(blocks[i].text, langs)
                   for i in head)):
        return None
    date = venue = subject = None
    for n, i in enumerate(head):
        text = fold(blocks[i].text.strip())
        if date is None:
            span = next((s for t in langs if (s := find_date(text[:300], t))), None)
            rest = (text[max(0, span.span[0] - 30): span.span[0]]
                    + text[span.span[1]:span.span[1] + 3]).strip(_PUNCT) if span else ""
            if len(text) > 150 and rest:  # a text whose lines were lost: the place before
                rest = rest.replace("）", ")").split(")")[-1].strip(_PUNCT)
            if span is not None and not any(ch.isdigit() for ch in rest):
                # "Genève, le 27 novembre 2020": the place, where it is a known one
                place = next((n for t in langs for n in place_names(t.code) if n in rest), None)
                date, venue = span.start, place or rest or None
                claims.append((i, "header:date"))
                continue
        if subject is None and (m := subject_label.match(text)) is not None:
            subject = m.group("v").strip() or None
            if subject is None and n + 1 < len(head):  # the value in the next cell
                subject = blocks[head[n + 1]].text.strip() or None
                claims.append((head[n + 1], "header:subject"))
            claims.append((i, "header:subject"))
    warning = ParseWarning(code="not-council-layout",
                           message=f"a letter ({reference}), not a Council document: read "
                           "its date, subject and signature only")
    venue_id = next((key for t in langs if venue and (key := place_names(t.code).get(venue))),
                    None)
    return Found(reference, date, venue, venue_id, subject, tuple(claims), warning)


def _subject_in(text: str, langs: list[Language]) -> bool:
    """A "Subject:" label in a letter's head (anywhere in a text whose lines were lost:
    "...To Member States of ITU CouncilContact:...Subject:Organization of ...")."""
    labels = sum((t.subject_labels for t in langs), ())
    return bool(regex.search(rf"(?:{'|'.join(regex.escape(w) for w in labels)})\s{{0,3}}[:：]",
                             fold(text)[:800]))
