#!/usr/bin/env bash
# Engine-bound workloads from real packages, sous beside node v24.22.3: the TypeScript compiler's
# require (an 8.9 MB file to parse and compile) and markdown through marked at doubling sizes
# (linear in node; Boa's regex scans make it quadratic, see bench/engine/README.md).
#   cargo build --release && bench/npm_packages.sh
# The packages are installed once into .data/bench-npm (npm from PATH; not part of the repo).
set -euo pipefail
cd "$(dirname "$0")/.."
SOUS=${SOUS:-target/release/sous}
NODE=$(tests/node-ref.sh)
dir=.data/bench-npm
if [ ! -d "$dir/node_modules/marked" ] || [ ! -d "$dir/node_modules/typescript" ]; then
  mkdir -p "$dir"
  [ -f "$dir/package.json" ] || echo '{"private":true}' > "$dir/package.json"
  npm install --prefix "$dir" --no-audit --no-fund --silent marked@15.0.12 typescript@5.6.3
fi
export NODE_PATH=$PWD/$dir/node_modules
for rt in "sous:$SOUS" "node:$NODE"; do
  name=${rt%%:*}
  echo "$name: $(/usr/bin/time -f '%e s wall, %M KB peak' "${rt#*:}" bench/require_typescript.js 2>&1 | tr '\n' ' ')"
  for kb in 16 32 64; do
    echo "$name: markdown $("${rt#*:}" bench/markdown.js "$kb")"
  done
done
