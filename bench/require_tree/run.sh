#!/usr/bin/env bash
# Median wall time (ms) and peak RSS of 5 runs of `require` of a 200-module
# tree, node vs sous. Usage: bench/require_tree/run.sh [path/to/sous]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sous="${1:-$here/../../target/release/sous}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
node=$("$here/../../tests/node-ref.sh")   # the reference node, v24.22.3
"$node" "$here/gen.js" "$dir" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for rt in "$node" "$sous"; do
  walls=""
  rss=""
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    r=$( { /usr/bin/time -f "%M" "$rt" "$dir/entry.js" >/dev/null; } 2>&1 | tail -1 )
    end=$(date +%s%N)
    walls+="$(( (end - start) / 1000 ))"$'\n'
    rss+="$r"$'\n'
  done
  wall=$(printf '%s' "$walls" | median)
  echo "$(basename "$rt"): median wall $(awk -v u="$wall" 'BEGIN {printf "%.1f", u / 1000}') ms, median RSS $(printf '%s' "$rss" | median) KiB"
done
"$sous" "$dir/entry.js"
