"""Summarise ``mutmut results --all true`` (read on stdin): one line per module with
its killed, surviving and untested mutants and the surviving share of the tested ones.

Mutant names are ``<module>.x_<function>__mutmut_N`` or, for a method,
``<module>.xǁ<Class>ǁ<method>__mutmut_N``: the module is everything before the last dot
(a mangled function name holds none).
"""

from __future__ import annotations

import collections
import sys
from collections.abc import Iterable

MAIN = ("killed", "survived", "no tests")
# not run (a sampled or interrupted run): neither killed nor survived
UNRUN = ("not checked", "skipped")


def summarise(lines: Iterable[str]) -> list[str]:
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for line in lines:
        name, sep, status = line.strip().partition(": ")
        if sep and "__mutmut_" in name:
            counts[name.rsplit(".", 1)[0]][status.strip()] += 1
    if len(counts) > 1:
        counts["(all)"] = sum(counts.values(), collections.Counter())
    out = [f"{'module':40} {'killed':>7} {'survived':>8} {'no tests':>8} {'run':>6} "
           f"{'survived/tested':>15}"]
    for module, c in sorted(counts.items()):
        total = sum(v for k, v in c.items() if k not in UNRUN)
        if not total:
            continue
        tested = total - c["no tests"]
        share = f"{100 * c['survived'] / tested:.1f}%" if tested else "-"
        other = ", ".join(f"{k}={v}" for k, v in sorted(c.items())
                          if k not in MAIN and k not in UNRUN)
        out.append(f"{module:40} {c['killed']:7} {c['survived']:8} {c['no tests']:8} "
                   f"{total:6} {share:>15}" + (f"  ({other})" if other else ""))
    return out


if __name__ == "__main__":
    print("\n".join(summarise(sys.stdin)))
