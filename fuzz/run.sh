#!/usr/bin/env bash
# Builds and runs one of sous's fuzz targets for a number of executions.
#
#   fuzz/run.sh <script|modules|buffer|inspect> [runs] [libFuzzer flags...]
#
# Installs cargo-fuzz if it is missing, builds the target (nightly, without a
# sanitizer: sous and Boa are safe Rust, and the budget goes to executions),
# seeds fuzz/corpus/<target> (the script runner from tests/conformance), and
# runs libFuzzer (one process, at nice 19; -timeout is wall time, and at nice
# 19 on a busy machine 10 s of wall can be 0.1 s of CPU) until `runs`
# executions are done;
# a finding is saved to fuzz/artifacts/<target>/ and fuzzing goes on.
set -euo pipefail

target=${1:?usage: fuzz/run.sh <script|modules|buffer|inspect> [runs] [libFuzzer flags...]}
runs=${2:-100000}
shift $(( $# >= 2 ? 2 : 1 ))
fuzz=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$fuzz")

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
(cd "$fuzz" && nice -n 19 cargo +nightly fuzz build --sanitizer none "$target")
binary="$fuzz/target/x86_64-unknown-linux-gnu/release/$target"

corpus="$fuzz/corpus/$target"
mkdir -p "$corpus" "$fuzz/artifacts/$target"
case "$target" in
  script)
    # The conformance cases are the seeds (copied, never committed twice).
    find "$repo/tests/conformance" \( -name '*.js' -o -name '*.mjs' \) -print0 |
      while IFS= read -r -d '' case_file; do
        cp "$case_file" "$corpus/seed-$(basename "$(dirname "$case_file")")-$(basename "$case_file")"
      done ;;
  modules)
    for spec in ./a.js ./a ./b.json ./bad.json ./c.mjs ./d.cjs ./throws.js ./cycle1.js ./tla.mjs \
      ./dir ./dir/ ./dir/index fz fz/lib/x fz/lib/x.js fz/esm.mjs fz/package.json @scope/pkg \
      @scope/pkg/sub/y @scope/pkg/null '#x' '#dep/index' '#pkg' self self/sub/lib node:fs fs \
      node:nope file:///etc/passwd ../outside /etc/passwd 'data:text/javascript,1' ./%2e%2e/a.js; do
      printf '%s' "$spec" > "$corpus/seed-$(printf '%s' "$spec" | od -An -tx1 | tr -d ' \n')"
    done
    printf 'fz\0{"exports":{".":{"node":{"require":"./index.js"},"default":null}}}' > "$corpus/seed-exports"
    printf 'fz/lib/x\0{"exports":{"./lib/*":["./lib/*.js","./lib/*.mjs"]},"type":"module"}' > "$corpus/seed-array"
    printf '#a\0{"imports":{"#a":"./index.js"}}' > "$corpus/seed-imports"
    printf 'fz\0{"main":"./nope.js"}' > "$corpus/seed-main" ;;
  buffer | inspect)
    # No text to seed from: libFuzzer starts from small random inputs.
    head -c 64 /dev/urandom > "$corpus/seed-random" ;;
esac

# Scripts may only touch their own scratch folder (under this TMPDIR).
scratch=$(mktemp -d -t sous-fuzz.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

# libFuzzer stops at a finding (saved to the artifacts folder): start it
# again on the grown corpus until the executions add up to `runs`.
done_runs=0
findings=0
while (( done_runs < runs )); do
  status=0
  TMPDIR=$scratch nice -n 19 "$binary" "$corpus" \
    -runs=$(( runs - done_runs )) -timeout=60 -rss_limit_mb=2048 -max_len=8192 \
    -print_final_stats=1 -dict="$fuzz/js.dict" -artifact_prefix="$fuzz/artifacts/$target/" \
    "$@" </dev/null 2>&1 | tee "$scratch/log" || status=$?
  n=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$scratch/log" | tail -1 | grep -o '[0-9]*$' || true)
  [[ -n "$n" ]] || n=$(grep -o '^#[0-9]*' "$scratch/log" | tail -1 | tr -d '#' || true)
  done_runs=$(( done_runs + ${n:-0} ))
  # (A slow-unit-* is only a note: the input ran over 10 s of wall time.)
  found='Test unit written to .*/\(crash\|timeout\|oom\|leak\)-'
  grep -q "$found" "$scratch/log" && findings=$(( findings + 1 ))
  # A clean end (the runs are done, or -max_total_time passed) stops the loop.
  (( status == 0 )) && ! grep -q "$found" "$scratch/log" && break
  (( ${n:-0} > 0 )) || break
done
echo "sous-fuzz: target=$target executions=$done_runs findings=$findings (in $fuzz/artifacts/$target/)"
