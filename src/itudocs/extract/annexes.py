"""Stage: where the annexes start — a line that is only an annex heading ("ANNEX",
"Annex 2", "ANNEXE"), outside every table, after the first page. Each annex runs to
the next one or to the end; the pipeline reads each like a small document (its title
and summary box, then its sections).

```pycon
>>> from itudocs.extract import annexes
>>> from itudocs.extract.ledger import Ledger
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text("Text.\\nANNEX\\nContribution from X\\n1\\tIntro").blocks
>>> annexes.starts(blocks, Ledger(len(blocks)), LANGUAGES["en"])
(1,)

```
"""

from __future__ import annotations

from itudocs.extract.ledger import Ledger
from itudocs.grammar import firstpage
from itudocs.lang import LANGUAGES, Language
from itudocs.readers.blocks import RawBlock


def starts(blocks: tuple[RawBlock, ...], ledger: Ledger, lang: Language) -> tuple[int, ...]:
    """The indices of the annex headings, in order."""
    langs = [lang, *(t for t in LANGUAGES.values() if t is not lang)]
    out = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if not text or len(text) > 20 or block.cell is not None or block.lead_tab \
                or not ledger.is_free(i):
            continue
        if any(firstpage.is_annex_heading(text, t) for t in langs):
            out.append(i)
    return tuple(out)
