#!/usr/bin/env python3
"""Times one command RUNS times: median wall ms, CPU ms (user+sys) and peak
RSS (MiB), per child, from wait4's rusage. Prints one line:
    <wall_ms> <cpu_ms> <rss_mib> <last stdout, first line>
Usage: measure.py RUNS CMD [ARGS...]"""
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    rss = usage.ru_maxrss / 1024  # KiB on Linux
    return wall, cpu, rss, out.decode(errors="replace").strip().splitlines()[:1]


def main():
    runs = int(sys.argv[1])
    cmd = sys.argv[2:]
    results = [run_once(cmd) for _ in range(runs)]
    wall = statistics.median(r[0] for r in results)
    cpu = statistics.median(r[1] for r in results)
    rss = statistics.median(r[2] for r in results)
    out = results[-1][3][0] if results[-1][3] else ""
    print(f"{wall:.1f} {cpu:.1f} {rss:.1f} {out}")


if __name__ == "__main__":
    main()
