#!/usr/bin/env bash
# Counting the 4 million lines of a 200 MB file piped into process.stdin
# through readline (stdin_count.js), sous and node v24.22.3 side by side:
# median wall time and peak RSS over RUNS runs (default 3). The file is the
# one bench/readline_count.js makes (/tmp/sous-bench-200mb.txt).
#   cargo build --release && bench/stdin_count.sh
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-3}
SOUS=${SOUS:-../target/release/sous}
FILE=/tmp/sous-bench-200mb.txt
[ -f "$FILE" ] || python3 -c "open('$FILE','w').write(('x'*49+'\n')*4000000)"
runtimes=("sous:$SOUS")
if NODE=$(../tests/node-ref.sh); then runtimes+=("node:$NODE"); fi
printf '%-6s %10s %9s  %s\n' runtime wall_ms rss_MiB output
for rt in "${runtimes[@]}"; do
  walls=() rss=() out=
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    out=$(/usr/bin/time -f '%M' -o /tmp/stdin_count.rss ${rt#*:} stdin_count.js < <(cat "$FILE"))
    walls+=($((($(date +%s%N) - start) / 1000000)))
    rss+=("$(cat /tmp/stdin_count.rss)")
  done
  wall=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  kib=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
  printf '%-6s %10s %9s  %s\n' "${rt%%:*}" "$wall" "$((kib / 1024))" "$out"
done
