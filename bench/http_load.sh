#!/usr/bin/env bash
# The hello-world server (http_hello.js) under wrk on loopback, sous and
# node v24.22.3 side by side: 50 keep-alive connections, 2 threads, DURATION
# seconds (default 10) after a 2 s warm-up; requests/s, p99 latency and the
# server's peak RSS. Needs wrk (`apt-get install wrk`).
#   cargo build --release && bench/http_load.sh
set -euo pipefail
cd "$(dirname "$0")"
DURATION=${DURATION:-10}
SOUS=${SOUS:-../target/release/sous}
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
runtimes=("sous:$SOUS")
if NODE=$(../tests/node-ref.sh); then runtimes+=("node:$NODE"); fi
printf '%-6s %12s %10s %10s\n' runtime requests/s p99 rss_MiB
port=8089
for rt in "${runtimes[@]}"; do
  name=${rt%%:*}
  port=$((port + 1))
  PORT=$port ${rt#*:} http_hello.js > /dev/null &
  pid=$!
  for _ in $(seq 50); do
    curl -s "http://127.0.0.1:$port/" > /dev/null 2>&1 && break
    sleep 0.1
  done
  wrk -c50 -t2 -d2s "http://127.0.0.1:$port/" > /dev/null
  out=$(wrk -c50 -t2 -d"${DURATION}s" --latency "http://127.0.0.1:$port/")
  rss=$(awk '/VmHWM/ { printf "%.1f", $2 / 1024 }' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rps=$(awk '/Requests\/sec/ { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
  printf '%-6s %12s %10s %10s\n' "$name" "$rps" "$p99" "$rss"
done
