"""Per-language data tables.

Every word the extractors look for (labels, months, language names, quotation marks,
the verbs and nouns of quotes, outcomes and signatures, instrument names) lives in one
:class:`Language` table per language, in a module named after its ISO 639-1 code.
Adding a language is adding a table and registering it in :data:`LANGUAGES`.

Example:

```pycon
>>> from itudocs.lang import LANGUAGES, by_letter
>>> by_letter("C").code
'zh'
>>> LANGUAGES["en"].months["march"]
3

```
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import import_module

from itudocs.lang.base import Language
from itudocs.languages import CODES, LETTERS

__all__ = ["LANGUAGES", "LETTER_TO_CODE", "NAME_TO_CODE", "Language", "by_letter"]

#: one table per code of :data:`itudocs.languages.CODES`, in that order
LANGUAGES: Mapping[str, Language] = {
    code: import_module(f"itudocs.lang.{code}").TABLE for code in CODES
}
_BY_LETTER = {table.letter: table for table in LANGUAGES.values()}


#: every language name of every table, as printed after "Original:" -> its code
NAME_TO_CODE: Mapping[str, str] = {n: c for t in LANGUAGES.values()
                                   for n, c in t.language_names.items()}


def by_letter(letter: str) -> Language | None:
    """The language whose symbol letter is ``letter`` (``E``, ``C`` ...)."""
    return _BY_LETTER.get(letter.upper())


LETTER_TO_CODE: Mapping[str, str] = LETTERS
