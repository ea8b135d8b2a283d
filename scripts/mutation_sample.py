"""Pick a seeded sample of mutants, the same share of every module (at least ``--min``
each), from ``mutmut results --all true`` read on stdin; print their names, one a line.

A full run over the stages and readers (~11,000 mutants) takes hours on two cores; a
sample measures each module's surviving share in a fraction of that, and the same seed
picks the same mutants again (to re-run them after a new test).

    mutmut results --all true | python scripts/mutation_sample.py --share 0.1 --seed 1 \\
        --module 'itudocs.extract.' --module 'itudocs.readers.'
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from collections.abc import Iterable, Sequence


def module_of(name: str) -> str:
    """``itudocs.extract.quotes.x_find__mutmut_3`` -> ``itudocs.extract.quotes``."""
    return name.rsplit(".", 1)[0]


def sample(names: Iterable[str], share: float, seed: int, minimum: int = 10,
           prefixes: Sequence[str] = ()) -> list[str]:
    by_module: dict[str, list[str]] = collections.defaultdict(list)
    for name in names:
        if "__mutmut_" in name and (not prefixes or name.startswith(tuple(prefixes))):
            by_module[module_of(name)].append(name)
    rng = random.Random(seed)
    picked: list[str] = []
    for module in sorted(by_module):
        pool = sorted(by_module[module])
        k = min(len(pool), max(minimum, round(share * len(pool))))
        picked.extend(sorted(rng.sample(pool, k)))
    return picked


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--min", type=int, default=10, dest="minimum")
    parser.add_argument("--module", action="append", default=[],
                        help="a module name prefix to sample from (repeatable)")
    args = parser.parse_args(argv)
    names = (line.strip().partition(": ")[0] for line in sys.stdin)
    print("\n".join(sample(names, args.share, args.seed, args.minimum, args.module)))


if __name__ == "__main__":
    main()
