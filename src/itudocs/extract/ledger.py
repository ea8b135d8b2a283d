"""The ledger: which block of the stream went where.

It is the only mutable thing the stages share. A stage reads it to know which
blocks are still free, returns its own claims with what it found, and the pipeline
commits them only when the stage succeeded, so that a stage that finds nothing
leaves no trace. The first claim on a block wins.

```pycon
>>> from itudocs.extract.ledger import Ledger
>>> ledger = Ledger(3)
>>> ledger.commit([(0, "header:title"), (2, "block")])
>>> ledger.commit([(0, "block")])         # block 0 is already taken: ignored
>>> ledger.roles
['header:title', None, 'block']
>>> ledger.is_free(1)
True

```
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from itudocs.readers.blocks import RawBlock

#: (block index, role) pairs a stage returns with its result
Claims = tuple[tuple[int, str], ...]


class Ledger:
    """One role per block: ``None`` (not placed yet) or what took it
    (``header:<field>``, ``skipped:empty``, ``continuation``, ``signature``,
    ``quote``, ``section``, ``block``)."""

    __slots__ = ("roles",)

    def __init__(self, size: int) -> None:
        self.roles: list[str | None] = [None] * size

    def is_free(self, index: int) -> bool:
        return self.roles[index] is None

    def commit(self, claims: Iterable[tuple[int, str]]) -> None:
        """Record a stage's claims; a block already claimed keeps its first role."""
        roles = self.roles
        for index, role in claims:
            if roles[index] is None:
                roles[index] = role


def block_ids(blocks: tuple[RawBlock, ...]) -> tuple[str, ...]:
    """An id per block that is the same on every run: Word's w14:paraId where there
    is one, else a hash of the text, numbered when the same text repeats."""
    seen: Counter[str] = Counter()
    out = []
    for raw in blocks:
        if raw.para_id:
            out.append(f"w14:{raw.para_id}")
            continue
        digest = hashlib.blake2s(raw.text.encode("utf-8", "surrogatepass"),
                                 digest_size=6).hexdigest()
        seen[digest] += 1
        n = seen[digest]
        out.append(f"t:{digest}" + (f"-{n}" if n > 1 else ""))
    return tuple(out)
