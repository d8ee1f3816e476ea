#!/usr/bin/env bash
# Rewrites piped.node.out: what the reference node (tests/node-ref.sh, v24.22.3) prints on stdout
# for the REPL session piped.in. tests/repl.rs expects sous to print the same.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node="$("$here/../node-ref.sh")"
cd "$here"
NO_COLOR=1 "$node" -i < piped.in > piped.node.out
echo "regen: piped.node.out from $node ($("$node" --version))" >&2
