"""The six languages of ITU, in the order ITU lists them (E F S C R A): the one
registry every other list of languages is derived from.

It sits at the bottom of the package (it imports nothing of itudocs) so that the
model, the grammars, the language tables and the exporters can all derive from it.

```pycon
>>> from itudocs.languages import CODES, LETTERS, ISO_639_2
>>> CODES
('en', 'fr', 'es', 'zh', 'ru', 'ar')
>>> LETTERS["S"], ISO_639_2["zh"]
('es', 'zho')

```
"""

from __future__ import annotations

#: ISO 639-1 codes, in ITU's order
CODES: tuple[str, ...] = ("en", "fr", "es", "zh", "ru", "ar")
#: the language letter of a document symbol (``C20/57-E``) -> code
LETTERS: dict[str, str] = dict(zip("EFSCRA", CODES, strict=True))
#: code -> symbol letter
LETTER_OF: dict[str, str] = {code: letter for letter, code in LETTERS.items()}
#: code -> ISO 639-2 terminology code (what Akoma Ntoso naming uses: ``fra``, ``zho``)
ISO_639_2: dict[str, str] = dict(zip(CODES, ("eng", "fra", "spa", "zho", "rus", "ara"),
                                     strict=True))
