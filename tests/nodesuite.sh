#!/usr/bin/env bash
# Node's own tests (test/parallel) against sous, through ../shared/nodesuite, with the flags the
# tests ask for (`// Flags:`) passed to sous as Node's harness passes them to node. Prints the
# table per area: sous's passes of the tests the reference node (v24.22.3) passes.
#
#   ../shared/nodesuite/get-tests.sh <git dir of a node_test mirror> /tmp/nodetest   # once
#   cargo build --release && tests/nodesuite.sh                 # every area
#   tests/nodesuite.sh timers,fs                                # some areas
# Node's test files are Node's code: they stay outside this repository (in $NODE_TESTS).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
suite="${NODESUITE:-$root/../shared/nodesuite}"
tests="${NODE_TESTS:-/tmp/nodetest/test}"
[[ -d "$tests/parallel" ]] || { echo "no Node tests in $tests: see $suite/README.md (get-tests.sh)" >&2; exit 2; }
# A copy, so that rebuilding sous while the suite runs does not change what is measured.
bin="$(mktemp -d)/sous"
trap 'rm -rf "$(dirname "$bin")"' EXIT
cp "$root/target/release/sous" "$bin"
mkdir -p "$root/.data"
python3 "$suite/nodesuite.py" --rt "sous=$bin" --areas "${1:-all}" --jobs 2 --flags-for node,sous \
  --src "$tests" --out "$root/.data/nodesuite-sous.json"
