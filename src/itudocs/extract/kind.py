"""Stage: the kind of document. A letter, an adopted instrument and a summary record
are known by their layout (the stages that read them); otherwise the title says
``report``, ``note`` or ``contribution`` ("Report by the Chairman", "Note by the
Secretary-General", "Contribution from ...", "Rapport", "Informe", "Отчет", "报告",
"تقرير"), in any of the six languages, and a working group's source line ("Chairman,
Council Working Group on ...") or summary ("SUMMARY OF THE 32nd MEETING") makes a
report; ``unknown`` when nothing says.

```pycon
>>> from itudocs.extract.kind import of_title
>>> of_title("Report by the Chairman of the CWG-COP"), of_title("Note du Secrétaire général")
('report', 'note')
>>> of_title(None)
'unknown'

```
"""

from __future__ import annotations

import re
from functools import cache
from typing import cast

from itudocs.lang import LANGUAGES
from itudocs.model import DocumentKind


@cache
def _patterns() -> tuple[tuple[DocumentKind, re.Pattern[str]], ...]:
    """One pattern per kind and word of every language table; Chinese words match
    inside runs of characters, the others only at a word start."""
    return tuple(
        (cast(DocumentKind, kind),
         re.compile(("" if "\u4e00" <= word[0] <= "\u9fff" else r"(?<!\w)") + re.escape(word),
                    re.IGNORECASE))
        for table in LANGUAGES.values() for kind, words in table.document_kinds.items()
        for word in words)


def of_title(title: str | None) -> DocumentKind:
    """The kind the title announces: the word found earliest in it wins."""
    best: tuple[int, DocumentKind] | None = None
    for kind, pattern in _patterns():
        m = pattern.search(title or "")
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), kind)
    return best[1] if best else "unknown"


def decide(*, letter: bool, instrument_kind: str | None, record: bool, title: str | None,
           source: str | None) -> DocumentKind:
    """The document's kind from what the stages found, layout first."""
    if letter:
        return "letter"
    if instrument_kind in ("decision", "resolution"):
        return cast(DocumentKind, instrument_kind)
    if record:
        return "summary-record"
    by_title = of_title(title)
    if by_title != "unknown":
        return by_title
    # A working group's own summaries and outcomes report on its meetings.
    start = (title or "").lower()
    if source is not None or any(start.startswith(w) for t in LANGUAGES.values()
                                 for w in t.report_titles):
        return "report"
    return "unknown"
