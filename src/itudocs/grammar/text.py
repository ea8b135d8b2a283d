"""Text folding for matching: what differs in print but not in meaning.

:func:`fold` maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII digits and
drops directional marks (U+200E, U+200F, U+061C, embeddings and isolates), zero-width
characters and the Arabic tatweel (U+0640). Extractors match on folded text; the model
keeps the text as written except where a value is derived (dates, numbers).

```pycon
>>> fold("\\u200f3 مـارس ٢٠٢٠")
'3 مارس 2020'

```
"""

from __future__ import annotations

import regex

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_INVISIBLE = regex.compile(r"[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\u0640\ufeff]")
_FOLDED = frozenset(
    [chr(c) for c in range(0x0660, 0x066A)] + [chr(c) for c in range(0x06F0, 0x06FA)]
    + [chr(c) for c in range(0x200B, 0x2010)] + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)] + ["\u061c", "\u0640", "\ufeff"])


def fold(text: str) -> str:
    """``text`` with digits made ASCII and invisible marks removed."""
    if text.isascii() or _FOLDED.isdisjoint(text):
        return text
    return str(_INVISIBLE.sub("", text.translate(_DIGITS)))


_CJK_SPACE = regex.compile(
    r"(?<=\p{Han})[ \u3000]+(?=[0-9\p{Han}])|(?<=[0-9])[ \u3000]+(?=\p{Han})")


def cjk_unspaced(text: str) -> str:
    """``text`` without the spaces a PDF's text puts between Chinese characters and
    digits ("理事会 2020 年会议" -> "理事会2020年会议"); Chinese writes none.

    ```pycon
    >>> cjk_unspaced("理事会 2020 年会议")
    '理事会2020年会议'

    ```
    """
    if text.isascii() or " " not in text:
        return text
    return str(_CJK_SPACE.sub("", text))


def fold_positions(text: str) -> tuple[str, list[int]]:
    """:func:`fold` of ``text``, with where each folded character (and the end) is
    in ``text``: a match on the folded text cuts the text as written at the same place.

    ```pycon
    >>> fold_positions("\\u200f١. مـرحبا")
    ('1. مرحبا', [1, 2, 3, 4, 6, 7, 8, 9, 10])

    ```
    """
    folded: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        if char in _FOLDED and _INVISIBLE.match(char):
            continue
        folded.append(char.translate(_DIGITS))
        where.append(i)
    where.append(len(text))
    return "".join(folded), where


def needs_fold(text: str) -> bool:
    """Whether :func:`fold` would change ``text`` (a C-speed scan)."""
    return not text.isascii() and not _FOLDED.isdisjoint(text)
