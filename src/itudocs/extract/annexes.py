"""Stage: where the annexes start — a line that is only an annex heading ("ANNEX",
"Annex 2", "ANNEXE"), outside every table, after the first page. Each annex runs to
the next one or to the end; the pipeline reads each like a small document (its title
and summary box, then its sections).

```pycon
>>> from itudocs.extract import annexes
>>> from itudocs.extract.ledger import Ledger
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text("Text.\\nANNEX\\nContribution from X\\n1\\tIntro").blocks
>>> annexes.starts(blocks, Ledger(len(blocks)))
(1,)

```
"""

from __future__ import annotations

from functools import cache

from itudocs.extract.ledger import Ledger
from itudocs.grammar import firstpage
from itudocs.lang import LANGUAGES
from itudocs.readers.blocks import RawBlock


def starts(blocks: tuple[RawBlock, ...], ledger: Ledger) -> tuple[int, ...]:
    """The indices of the annex headings (in any of the six languages), in order."""
    first = _first_letters()
    out = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        # One cheap test first: a short line outside tables whose first letter may
        # start an annex word in some language (most lines of a report fail it).
        if not text or len(text) > 20 or text[0].lower() not in first \
                or block.cell is not None or block.lead_tab or not ledger.is_free(i):
            continue
        if any(firstpage.is_annex_heading(text, t) for t in LANGUAGES.values()):
            out.append(i)
    return tuple(out)


@cache
def _first_letters() -> frozenset[str]:
    return frozenset(w[0].lower() for t in LANGUAGES.values() for w in t.annex_words)
