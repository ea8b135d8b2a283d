#!/usr/bin/env bash
# Mutation testing, opt-in (docs/contributing.md): mutmut makes one small change at a
# time in the grammars, the stages and the readers ([tool.mutmut] in pyproject.toml)
# and runs the tests that exercise the changed function; a mutant no test notices
# "survived". Arguments are mutant name patterns, e.g. 'itudocs.grammar.dates*'
# (default: all). Results stay in mutants/ (ignored by git): `mutmut results`,
# `mutmut show NAME`; a second run resumes.
set -euo pipefail
cd "$(dirname "$0")/.."
# one fuzz seed for every mutant (the tests draw a fresh one each run otherwise)
export ITUDOCS_FUZZ_SEED="${ITUDOCS_FUZZ_SEED:-1}"
.venv/bin/python -m pip install --quiet -e '.[test,mutation]'
.venv/bin/mutmut run "$@" || true
.venv/bin/mutmut results --all true | .venv/bin/python scripts/mutation_summary.py
