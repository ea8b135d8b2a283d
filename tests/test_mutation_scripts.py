"""The mutation scripts' arithmetic (scripts/mutation_sample.py, mutation_summary.py):
the sample takes the same share of every module and the same mutants for a seed; the
summary leaves mutants that were not run out of the share."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


sample_mod = _load("mutation_sample")
summary_mod = _load("mutation_summary")

NAMES = ([f"itudocs.extract.quotes.x_find__mutmut_{i}" for i in range(1, 201)]
         + [f"itudocs.readers.tika.xǁReaderǁread__mutmut_{i}" for i in range(1, 31)]
         + [f"itudocs.grammar.dates.x_parse__mutmut_{i}" for i in range(1, 51)])


def test_sample_takes_a_share_of_every_module_with_a_minimum() -> None:
    picked = sample_mod.sample(NAMES, share=0.1, seed=3, minimum=5)
    per_module: dict[str, int] = {}
    for name in picked:
        module = name.rsplit(".", 1)[0]
        per_module[module] = per_module.get(module, 0) + 1
    # 10 % of 200 = 20; 10 % of 30 = 3, raised to the minimum 5; 10 % of 50 = 5
    assert per_module == {"itudocs.extract.quotes": 20, "itudocs.readers.tika": 5,
                          "itudocs.grammar.dates": 5}
    assert len(set(picked)) == len(picked)


def test_sample_is_the_same_for_a_seed_and_differs_for_another() -> None:
    first = sample_mod.sample(NAMES, 0.1, seed=7)
    assert sample_mod.sample(list(reversed(NAMES)), 0.1, seed=7) == first
    assert sample_mod.sample(NAMES, 0.1, seed=8) != first


def test_sample_keeps_to_the_module_prefixes() -> None:
    picked = sample_mod.sample(NAMES, 1.0, seed=1, prefixes=["itudocs.readers."])
    assert picked == sorted(n for n in NAMES if ".readers." in n)
    assert sample_mod.sample(["not a mutant", "x.y"], 1.0, seed=1) == []


def test_summary_leaves_unrun_mutants_out_of_the_share() -> None:
    lines = ["    a.b.x_f__mutmut_1: killed", "    a.b.x_f__mutmut_2: survived",
             "    a.b.x_f__mutmut_3: killed", "    a.b.x_f__mutmut_4: not checked",
             "    a.b.x_f__mutmut_5: no tests", "    a.b.x_f__mutmut_6: timeout",
             "    c.d.x_g__mutmut_1: not checked"]
    rows = summary_mod.summarise(lines)
    body = {row.split()[0]: row for row in rows[1:]}
    # a.b: 2 killed, 1 survived, 1 no tests, 1 timeout = 5 run, 4 tested: 25.0 %
    assert body["a.b"].split()[1:6] == ["2", "1", "1", "5", "25.0%"]
    assert "timeout=1" in body["a.b"] and "not checked" not in body["a.b"]
    assert "c.d" not in body  # nothing of it was run
    assert set(body) == {"a.b", "(all)"}


def test_mutmut_selection_collects_with_mutmut_options() -> None:
    """mutmut runs the selection with test ids unescaped; a parameter pytest cannot turn
    into such an id (bytes) stops the whole run at collection ("failed to collect
    stats"), so the selection is collected here the way mutmut collects it."""
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+
    root = SCRIPTS.parent
    config = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["mutmut"]
    selection = config["pytest_add_cli_args_test_selection"]
    assert all((root / path).is_file() for path in selection)
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", *config["pytest_add_cli_args"],
         *selection],
        cwd=root, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
