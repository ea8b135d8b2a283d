"""Instrument references in running text ("Resolution 179 (Rev. Dubai, 2018)",
"第179号决议（2018年，迪拜，修订版）"), as printed, with their spans.

This is the finder the quote extractor uses to name a quote's source; the patterns
come from each language's ``instrument_words`` and ``instrument_templates``.
"""

from __future__ import annotations

import attrs

from itudocs.lang import Language
from itudocs.patterns import YEAR, instrument_re


@attrs.frozen
class FoundRef:
    text: str
    number: str
    start: int
    end: int

    @property
    def years(self) -> tuple[str, ...]:
        return tuple(YEAR.findall(self.text))


def find_refs(text: str, lang: Language) -> list[FoundRef]:
    """Every instrument reference in ``text``, in order."""
    return [
        FoundRef(text=m.group(0), number=m.group("num"), start=m.start(), end=m.end())
        for m in instrument_re(lang).finditer(text)
    ]
