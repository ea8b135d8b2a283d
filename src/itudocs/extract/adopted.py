"""Stage: an adopted decision or resolution, as issued or in the compilation
"Resolutions and Decisions of the Council": a heading that names the instrument
("DECISION 482 (C-2001)", "Resolution 1306 (C09)", "第482号决定"), then its title,
then "The Council, ... decides 1 ... 2 ...". The numbered operative paragraphs are
its sections (the tokens stage makes them so).

```pycon
>>> from itudocs.extract import adopted
>>> from itudocs.extract.ledger import Ledger
>>> from itudocs.lang import LANGUAGES
>>> from itudocs.readers.tika import read_text
>>> blocks = read_text("DECISION 482 (C-2001)\\nCost recovery for satellite filings\\n"
...                    "The Council,\\ndecides\\n1\\tto apply it.").blocks
>>> found = adopted.find(blocks, Ledger(len(blocks)), LANGUAGES["en"])
>>> found.instrument.id, found.title
('itu:council:decision:482@2001', 'Cost recovery for satellite filings')

```
"""

from __future__ import annotations

from itertools import islice
from typing import cast

import attrs

from itudocs.extract.ledger import Claims, Ledger
from itudocs.grammar import firstpage
from itudocs.grammar.instruments import resolve
from itudocs.lang import LANGUAGES, Language
from itudocs.model import InstrumentKind, InstrumentRef
from itudocs.readers.blocks import RawBlock

_HEAD = 12  # blocks in which the heading may stand
_FLAT = 200  # characters: a longer first block is a text whose lines were lost


@attrs.frozen
class Found:
    """The instrument the document is, its title, and the blocks they took."""

    kind: str
    instrument: InstrumentRef
    title: str | None
    claims: Claims


def find(blocks: tuple[RawBlock, ...], ledger: Ledger, lang: Language, *,
         wrapped: bool = False) -> Found | None:
    """The heading of an adopted instrument among the first free blocks, or ``None``."""
    langs = [lang, *(t for t in LANGUAGES.values() if t is not lang)]
    free = [i for i in range(min(len(blocks), _HEAD))
            if ledger.is_free(i) and blocks[i].text.strip()]
    # The lines were lost (the heading starts a long first block, or the text's only
    # one: a short decision in Chinese is shorter than _FLAT)
    lone = len(list(islice((b for b in blocks if b.text.strip()), 2))) == 1
    for n, i in enumerate(free):
        flat = len(blocks[i].text) > _FLAT or lone
        got = next((h for t in langs
                    if (h := firstpage.heading(blocks[i].text, t, start_only=flat))), None)
        if got is None:
            continue
        if flat:
            ref = resolve(cast(InstrumentKind, got[0]), got[1],
                          {"body": "Council", **({"year": got[2]} if got[2] else {})})
            return Found(got[0], ref, None, ())
        kind, number, year = got
        facts: dict[str, object] = {"body": "Council"}
        if year is not None:
            facts["year"] = year
        ref = resolve(cast(InstrumentKind, kind), number, facts)
        claims = [(i, "header:instrument")]
        title = None
        rest = free[n + 1:]
        for k, j in enumerate(rest[:2]):
            text = blocks[j].text.strip()
            if text.startswith(("(", "（")) and text.endswith((")", "）")):
                claims.append((j, "header:adoption"))  # "(approved at the eleventh ...)"
                continue
            title = text
            claims.append((j, "header:title"))
            nxt = rest[k + 1] if k + 1 < len(rest) else None
            if nxt is not None and wrapped \
                    and firstpage.wraps(title, blocks[nxt].text.strip()):
                title = f"{title} {blocks[nxt].text.strip()}"  # a PDF's text wrapped it
                claims.append((nxt, "header:title"))
            break
        return Found(kind, ref, title, tuple(claims))
    return None
