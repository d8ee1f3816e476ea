#!/usr/bin/env python3
"""What the loop tracer costs: runs each command RUNS times, interleaved (one
run of each in turn, so machine load drifts evenly over all of them), stderr
to /dev/null, and prints the median wall and CPU (user+sys) ms of each.
Usage: trace_cost.py RUNS 'CMD A' 'CMD B' ...
  bench/trace_cost.py 11 'target/release/sous bench/timers_100k.js' \
      'target/release/sous --trace-loop=json bench/timers_100k.js'"""
import shlex
import statistics
import sys

from measure import run_once


def main():
    runs = int(sys.argv[1])
    cmds = [shlex.split(c) for c in sys.argv[2:]]
    results = {i: [] for i in range(len(cmds))}
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            results[i].append(run_once(cmd))
    for i, cmd in enumerate(cmds):
        wall = statistics.median(r[0] for r in results[i])
        cpu = statistics.median(r[1] for r in results[i])
        out = results[i][-1][3][0] if results[i][-1][3] else ""
        print(f"{wall:9.1f} wall_ms {cpu:9.1f} cpu_ms  {out:<6} {' '.join(sys.argv[2 + i:3 + i])}")


if __name__ == "__main__":
    main()
