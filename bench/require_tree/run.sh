#!/usr/bin/env bash
# Median wall time of 5 runs of `require` of a 200-module tree, sous vs node.
# Usage: bench/require_tree/run.sh [path/to/sous]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sous="${1:-$here/../../target/release/sous}"
dir="$(mktemp -d)"
node "$here/gen.js" "$dir" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for rt in node "$sous"; do
  times=$(for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%e %M" "$rt" "$dir/entry.js" 2>&1 >/dev/null | tail -1
  done)
  echo "$(basename "$rt"): median wall $(echo "$times" | awk '{print $1}' | median) s, median RSS $(echo "$times" | awk '{print $2}' | median) KiB"
done
"$sous" "$dir/entry.js"
rm -rf "$dir"
