#!/usr/bin/env bash
# Regenerates conformance expectations from the reference node, v24.22.3 (installed by
# tests/node-ref.sh): `regen.sh [case.js ...]` (default: every case).
# Each case runs REGEN_RUNS (5) times exactly as the suite runs it; a case whose runs differ is
# refused (nothing written, non-zero exit) because a nondeterministic case is a bug in the case.
# The running and normalizing is done by the `regen` test in tests/conformance.rs, so the rules
# exist in one place; that means this script builds the crate like `cargo test` does.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node="$("$here/../node-ref.sh")" || { echo "regen.sh: the reference node could not be had" >&2; exit 2; }
echo "regen.sh: expectations from $node ($("$node" --version))" >&2

cases=""
for arg in "$@"; do
  [[ -f "$arg" ]] || { echo "regen.sh: no such case: $arg" >&2; exit 2; }
  cases+="$(realpath "$arg")"$'\n'
done

cd "$here/../.."
SOUS_REFERENCE_NODE="$node" SOUS_CONFORMANCE_REGEN=1 SOUS_CONFORMANCE_REGEN_CASES="$cases" \
  exec cargo test --quiet --test conformance -- --ignored --exact regen
