"""Length-based alignment of two sequences of paragraphs, after Gale and Church,
"A program for aligning sentences in bilingual corpora" (Computational Linguistics
19(1), 1993).

Each text's length (in characters, scaled so that the two languages have the same
total length) is taken as normally distributed around the other's, with variance
``S2`` per character; a *bead* pairs 1-1, 1-0, 0-1, 2-1 or 1-2 paragraphs, with Gale
and Church's prior for each. Where the two sides have a label or a kind (a bullet, an
item ``a)``), a pair whose labels or kinds differ costs more, and so does a bead that
makes one paragraph of a labelled one: the structure the documents share still counts
where their counts differ. Numbers, written alike in the six languages (resolution
numbers, years, study groups), weigh too: a pair is likelier the more of its numbers
the two sides share (``NUMBERS``, on the Jaccard index of the two sets).

```pycon
>>> from itudocs.parallel.lengths import align_lengths
>>> [(b.a, b.b) for b in align_lengths([100, 200, 300], [98, 305])]
[((0,), (0,)), ((1,), ()), ((2,), (1,))]

```
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import attrs

#: variance of the length of a translation, per character of the original
S2 = 6.8
#: the prior of each bead. Gale and Church's, for sentences, make a 2-1 bead nine times as
#: likely as a 1-0; between the language versions of a Council document, whose
#: paragraphs are translated one for one, a paragraph left out is at least as likely as
#: two paragraphs made one, and is preferred where the lengths do not say otherwise
PRIORS: dict[tuple[int, int], float] = {(1, 1): 0.9, (1, 0): 0.02, (0, 1): 0.02,
                                        (2, 1): 0.01, (1, 2): 0.01}
#: the factor a pair whose label or kind differ is made less likely by
MISMATCH = 0.01
#: the factor on a pair whose sides share no number although one has some (1.0 where
#: they have the same numbers, between the two as they share some)
NUMBERS = 0.2
#: how much likelier a paragraph of several lines is to stand for two of the other side
LINES = 10.0
#: how far from the diagonal the search goes beyond the difference of the counts
BAND = 40
_FLOOR = 1e-300


@attrs.frozen
class Bead:
    """Paragraphs ``a`` of one side matched with paragraphs ``b`` of the other (0-based
    indices; one side empty where a paragraph has no counterpart), and the
    probability that their lengths match (0.0 for an unmatched paragraph)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float


def match_probability(a: float, b: float) -> float:
    """The probability, under the normal model, of a length difference at least as
    large as that of ``a`` and ``b`` (1.0 for equal lengths)."""
    if a <= 0 and b <= 0:
        return 1.0
    delta = (b - a) / math.sqrt((a + b) / 2 * S2)
    return math.erfc(abs(delta) / math.sqrt(2))


def _numbers(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return NUMBERS + (1 - NUMBERS) * len(a & b) / len(a | b)


@attrs.frozen
class Side:
    """One side's paragraphs: their lengths (on the scale of the other side), and, if
    known, each one's structural signature (kind and label: a 1-1 pair whose
    signatures differ is ``MISMATCH`` times less likely), whether it is labelled (a
    labelled paragraph merged with another is as unlikely) and its numbers."""

    lengths: Sequence[float]
    signatures: Sequence[object] | None = None
    labelled: Sequence[bool] | None = None
    numbers: Sequence[frozenset[str]] | None = None
    #: how many lines each paragraph holds: one of several lines (a reader may have
    #: joined two paragraphs another kept apart) pairs with two paragraphs of the
    #: other side ``LINES`` times likelier than another
    lines: Sequence[int] | None = None

    def structure(self, i: int, di: int) -> float:
        """The factor of a bead taking paragraphs ``i - di`` to ``i`` of this side."""
        if di == 2 and self.labelled is not None and any(self.labelled[i - 2:i]):
            return MISMATCH
        return 1.0

    def numbers_of(self, i: int, di: int) -> frozenset[str] | None:
        return None if self.numbers is None else frozenset().union(*self.numbers[i - di:i])


def align_lengths(a: Sequence[float] | Side, b: Sequence[float] | Side) -> list[Bead]:
    """The most likely beads pairing ``a`` and ``b`` (lengths on one scale, or
    :class:`Side` objects that also give their structure), in order."""
    sa = a if isinstance(a, Side) else Side(a)
    sb = b if isinstance(b, Side) else Side(b)
    n, m = len(sa.lengths), len(sb.lengths)
    width = abs(n - m) + BAND
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int, float]] = {}
    for i in range(n + 1):
        centre = i * m // n if n else 0
        for j in range(max(0, centre - width), min(m, centre + width) + 1):
            if i == 0 and j == 0:
                continue
            best, choice = math.inf, (0, 0, 0.0)
            for (di, dj), prior in PRIORS.items():
                prev = cost.get((i - di, j - dj))
                if prev is None:
                    continue
                if di and dj:
                    p = _pair(sa, sb, i, j, di, dj)
                    c = prev - math.log(prior) - math.log(max(p, _FLOOR))
                else:
                    p, c = 0.0, prev - math.log(prior)
                if c < best:
                    best, choice = c, (di, dj, p)
            if best < math.inf:
                cost[i, j] = best
                back[i, j] = choice
    beads: list[Bead] = []
    i, j = n, m
    while (i, j) != (0, 0):
        di, dj, p = back[i, j]
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), min(p, 1.0)))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _several_lines(side: Side, i: int) -> bool:
    """Whether paragraph ``i - 1`` of ``side`` holds more than one line."""
    return side.lines is not None and side.lines[i - 1] > 1


def _pair(sa: Side, sb: Side, i: int, j: int, di: int, dj: int) -> float:
    """The probability of the bead pairing ``a[i - di:i]`` and ``b[j - dj:j]``."""
    p = match_probability(sum(sa.lengths[i - di:i]), sum(sb.lengths[j - dj:j]))
    if (di, dj) == (1, 1) and sa.signatures is not None and sb.signatures is not None \
            and sa.signatures[i - 1] != sb.signatures[j - 1]:
        p *= MISMATCH
    p *= sa.structure(i, di) * sb.structure(j, dj)
    merged = (di, dj) == (2, 1) and _several_lines(sb, j)
    if merged or ((di, dj) == (1, 2) and _several_lines(sa, i)):
        p *= LINES
    na, nb = sa.numbers_of(i, di), sb.numbers_of(j, dj)
    if na is not None and nb is not None:
        p *= _numbers(na, nb)
    return p
