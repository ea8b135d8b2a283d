#!/usr/bin/env bash
# Mutation testing, opt-in (docs/contributing.md): mutmut makes one small change at a
# time in the grammars, the stages and the readers ([tool.mutmut] in pyproject.toml)
# and runs the tests that exercise the changed function; a mutant no test notices
# "survived". Arguments are mutant name patterns, e.g. 'itudocs.grammar.dates*'
# (default: all). Results stay in mutants/ (ignored by git): `mutmut results`,
# `mutmut show NAME`; a second run resumes.
#
# MUTATION_SAMPLE=0.1 runs a seeded share of every module's mutants instead
# (MUTATION_SEED, default 1; the arguments are then module prefixes such as
# 'itudocs.readers.'): the stages and readers hold ~11,000 mutants, hours on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
# one fuzz seed for every mutant (the tests draw a fresh one each run otherwise)
export ITUDOCS_FUZZ_SEED="${ITUDOCS_FUZZ_SEED:-1}"
.venv/bin/python -m pip install --quiet -e '.[test,mutation]'
if [ -n "${MUTATION_SAMPLE:-}" ]; then
    # generate the mutants only (a filter nothing matches stops mutmut after that)
    .venv/bin/mutmut run 'no-such-mutant' > /dev/null 2>&1 || true
    modules=()
    for prefix in "$@"; do modules+=(--module "$prefix"); done
    mapfile -t names < <(.venv/bin/mutmut results --all true \
        | .venv/bin/python scripts/mutation_sample.py --share "$MUTATION_SAMPLE" \
            --seed "${MUTATION_SEED:-1}" ${modules[@]+"${modules[@]}"})
    .venv/bin/mutmut run "${names[@]}" || true
else
    .venv/bin/mutmut run "$@" || true
fi
.venv/bin/mutmut results --all true | .venv/bin/python scripts/mutation_summary.py
