#!/usr/bin/env bash
# Runs each workload under sous and node v24.22.3 (and deno/bun when on PATH) side by
# side: median wall time, CPU time (user+sys) and peak RSS over RUNS runs
# (default 5), and the first line the workload printed.
#   cargo build --release && bench/compare.sh               # every workload
#   bench/compare.sh timers_100k chained_timeouts           # some of them
# (the package-based workloads, TypeScript's require and markdown, are bench/npm_packages.sh)
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${RUNS:-5}
SOUS=${SOUS:-../target/release/sous}
[ -x "$SOUS" ] || { echo "build sous first: cargo build --release" >&2; exit 1; }
workloads=("$@")
[ ${#workloads[@]} -gt 0 ] || workloads=(hello idle_timer timers_100k chained_timeouts pending_200k interval_5ms
  console_lines console_objects console_big_array inspect_circular_chain fs_readfile_small fs_readfile_big
  fs_readfile_ticks fs_walk_10k buffers_16x64m require_util require_fs require_buffer require_assert require_builtins)
# The reference node, v24.22.3 (tests/node-ref.sh installs it); skipped when it cannot be had.
runtimes=("sous:$SOUS")
if NODE=$(../tests/node-ref.sh); then runtimes+=("node:$NODE"); else echo "(no reference node: sous only)" >&2; fi
command -v deno >/dev/null && runtimes+=("deno:deno run -A")
command -v bun >/dev/null && runtimes+=("bun:bun")

printf '%-18s %-6s %10s %10s %9s  %s\n' workload runtime wall_ms cpu_ms rss_MiB output
for w in "${workloads[@]}"; do
  for rt in "${runtimes[@]}"; do
    name=${rt%%:*}
    # shellcheck disable=SC2086 # the runtime command may carry flags
    read -r wall cpu rss out < <(python3 measure.py "$RUNS" ${rt#*:} "$w.js")
    printf '%-18s %-6s %10s %10s %9s  %s\n' "$w" "$name" "$wall" "$cpu" "$rss" "$out"
  done
done
