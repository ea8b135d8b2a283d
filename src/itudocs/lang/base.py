"""The :class:`Language` table type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

import attrs


@attrs.frozen(eq=False)  # tables are singletons: hashed by identity, cacheable
class Language:
    """What itudocs knows of one language of ITU documents.

    Word lists are matched case-insensitively; regex templates use ``{word}`` and
    ``{num}`` placeholders and are filled by the shared builders in
    :mod:`itudocs.grammar.patterns`. ``unconfirmed`` names entries not yet seen in a real
    ITU document (see ITU-FORMAT.md §7)."""

    code: str
    letter: str
    english_name: str
    #: language names as printed after "Original:" (lower case) -> ISO 639-1 code
    language_names: Mapping[str, str]
    #: month names (lower case, every form used in dates) -> month number
    months: Mapping[str, int]
    date_order: Literal["dmy", "ymd"]
    #: the meeting line, e.g. "Council 2020"; ``{year}`` is four digits
    meeting_templates: tuple[str, ...]
    document_labels: tuple[str, ...]
    agenda_labels: tuple[str, ...]
    original_labels: tuple[str, ...]
    #: "English only": templates with ``{lang}`` for a language name
    only_templates: tuple[str, ...]
    summary_labels: tuple[str, ...]
    action_labels: tuple[str, ...]
    references_labels: tuple[str, ...]
    #: (opening, closing) quotation marks
    quote_marks: tuple[tuple[str, str], ...]
    #: words that mark an excerpt in a quote's intro ("excerpt")
    excerpt_words: tuple[str, ...]
    #: operative verbs that introduce quoted text ("resolves", "instructs")
    operative_verbs: tuple[str, ...]
    #: words in a lead-in or title that make a bullet list an outcome list
    outcome_words: tuple[str, ...]
    #: words in a signature's role line ("Chairman")
    signature_roles: tuple[str, ...]
    #: instrument kind -> words naming it ("resolution" -> ("Resolution",))
    instrument_words: Mapping[str, tuple[str, ...]]
    #: how a reference is written: ``{word}`` an instrument word, ``{num}`` its number
    instrument_templates: tuple[str, ...]
    #: the kind of document a title announces ("report" -> ("Report",)), lower case
    document_kinds: Mapping[str, tuple[str, ...]] = attrs.Factory(dict)
    #: words that join an instrument to its body after it ("of the", "du", "del")
    of_words: tuple[str, ...] = ()
    #: words that mark a revised instrument inside its parenthesis ("Rev.", "修订版")
    revision_words: tuple[str, ...] = ()
    #: how a reference is printed: ``{word} {num}{paren}{body}`` (``{body}`` the body's
    #: suffix or prefix from :data:`itudocs.lang.conferences.BODY_SUFFIX`)
    ref_template: str = "{word} {num}{paren}{body}"
    #: the parenthesis of a printed reference, with a place / with a year only;
    #: ``{rev}`` is replaced by ``ref_revision`` for revised instruments
    ref_paren_place: str = " ({rev}{place}, {year})"
    ref_paren_year: str = " ({year})"
    ref_revision: str = "Rev. "
    #: labels in front of a date ("Date:")
    date_labels: tuple[str, ...] = ()
    #: what may follow a day's number ("30th", "1er")
    ordinal_suffixes: tuple[str, ...] = ()
    #: small words between day, month and year ("de" in "3 de marzo de 2020")
    date_fillers: tuple[str, ...] = ()
    #: what may follow the year ("года", "г." in "3 марта 2020 года"); the first is
    #: the one written
    year_suffixes: tuple[str, ...] = ()
    #: month names are written with a capital ("3 March 2020")
    capital_months: bool = False
    #: header lines that amend a document ("Revision 1 to Document C17/130-E"):
    #: "revision" / "addendum" / "corrigendum" -> the words that start them
    amendment_words: Mapping[str, tuple[str, ...]] = attrs.Factory(dict)
    #: an amendment printed after the symbol, on a line of its own, where the language
    #: puts it there ("第1次修订版"): kind -> regexes with ``{num}`` for its number
    amendment_suffixes: Mapping[str, tuple[str, ...]] = attrs.Factory(dict)
    #: a working group's own title that makes a report, at the title's start
    #: ("SUMMARY OF THE 32nd MEETING", "Outcome of the 1st Meeting"), lower case
    report_titles: tuple[str, ...] = ()
    #: the word before a page number in a running footer ("Page 2")
    page_words: tuple[str, ...] = ()
    #: a working group's meeting line ("32nd meeting – Geneva, ..."): templates with
    #: ``{ord}``, an ordinal in digits ("32nd") or in words ("Fourteenth")
    group_meeting_templates: tuple[str, ...] = ()
    #: ordinal words, lower case -> number ("first" -> 1); "inaugural" -> 0
    ordinals: Mapping[str, int] = attrs.Factory(dict)
    #: what a summary record's title starts with ("SUMMARY RECORD")
    summary_record_titles: tuple[str, ...] = ()
    #: the word for "last" in "NINTH AND LAST PLENARY MEETING"
    last_words: tuple[str, ...] = ()
    #: labels of a summary record's chair line ("Chairman", "Acting Chairman")
    chair_labels: tuple[str, ...] = ()
    #: the header of a summary record's subjects table ("Subjects discussed")
    subjects_labels: tuple[str, ...] = ()
    #: how a contribution's title names its authors: regexes matched at the start of
    #: the title ("Contribution from the")
    contributor_prefixes: tuple[str, ...] = ()
    #: words that join names in a list ("and")
    and_words: tuple[str, ...] = ()
    #: articles and prepositions dropped before a name ("the", "de la")
    articles: tuple[str, ...] = ()
    #: an annex heading ("Annex", "ANNEX 1")
    annex_words: tuple[str, ...] = ()
    #: labels of a source line ("Source")
    source_labels: tuple[str, ...] = ()
    #: a heading that is an adopted instrument ("DECISION 482 (C-2001)"): kind -> words
    heading_words: Mapping[str, tuple[str, ...]] = attrs.Factory(dict)
    #: what makes a letter: its reference label ("Ref"), subject label ("Subject") and
    #: closing ("Yours faithfully")
    letter_ref_labels: tuple[str, ...] = ()
    subject_labels: tuple[str, ...] = ()
    letter_closings: tuple[str, ...] = ()
    #: the language's most frequent short words (lower case), to tell a Latin-script
    #: text's language when nothing else does ("the", "of", "and")
    frequent_words: tuple[str, ...] = ()
    #: fields (names of this class) whose values are believed, not yet seen in a real
    #: ITU document of this language (ITU-FORMAT.md §7 "(check)")
    unconfirmed: tuple[str, ...] = ()
