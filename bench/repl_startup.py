#!/usr/bin/env python3
"""REPL figures, on a real pseudo-terminal (stdlib only).

1. Start-up: time from spawn to the first `> ` prompt, sous vs node (median of N).
2. Echo: time from writing one key to seeing it echoed, at an idle prompt and
   with a busy `setInterval(() => {}, 1)` running in the session (median of N keys).
   The editor runs on its own thread, so a busy loop must not delay the echo.

Usage: bench/repl_startup.py [path/to/sous] [runs]
"""
import os, pty, select, statistics, subprocess, sys, time

SOUS = sys.argv[1] if len(sys.argv) > 1 else "target/release/sous"
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 20


def spawn(argv):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["NO_COLOR"] = "1"
        os.environ["NODE_DISABLE_COLORS"] = "1"
        os.environ["SOUS_REPL_HISTORY"] = ""
        os.environ["NODE_REPL_HISTORY"] = ""
        os.execvp(argv[0], argv)
    return pid, fd


def wait_for(fd, needle, timeout=30.0):
    buf = b""
    end = time.monotonic() + timeout
    while needle not in buf:
        left = end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no {needle!r} in {buf!r}")
        r, _, _ = select.select([fd], [], [], left)
        if r:
            buf += os.read(fd, 65536)
    return buf


def drain(fd, quiet=0.05):
    """Reads until the terminal has been silent for `quiet` seconds."""
    while select.select([fd], [], [], quiet)[0]:
        os.read(fd, 65536)


def stop(pid, fd):
    try:
        os.write(fd, b"\x04")
        time.sleep(0.05)
    except OSError:
        pass
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)


def startup(argv):
    times = []
    for _ in range(RUNS):
        t0 = time.monotonic()
        pid, fd = spawn(argv)
        wait_for(fd, b"> ")
        times.append(time.monotonic() - t0)
        stop(pid, fd)
    return statistics.median(times) * 1000


def echo(argv, busy):
    pid, fd = spawn(argv)
    wait_for(fd, b"> ")
    if busy:
        os.write(fd, b"let ticks = 0; const busy = setInterval(() => { ticks++ }, 1); 0\r")
        wait_for(fd, b"0\r\n")
        wait_for(fd, b"> ")
        time.sleep(0.2)
    times = []
    for i in range(RUNS):
        # Letters that no escape sequence of the editor contains; all earlier
        # output is drained first, so the first sight of the key is its echo.
        key = b"qwxyz"[i % 5 : i % 5 + 1]
        drain(fd)
        t0 = time.monotonic()
        os.write(fd, key)
        wait_for(fd, key)
        times.append(time.monotonic() - t0)
    if busy:
        # Prove the interval really ran meanwhile.
        os.write(fd, b"\x15ticks > 10\r")
        out = wait_for(fd, b"true")
    stop(pid, fd)
    return statistics.median(times) * 1000


if __name__ == "__main__":
    sous = [SOUS]
    # The reference node, v24.22.3, as tests/node-ref.sh installs it.
    here = os.path.dirname(os.path.abspath(__file__))
    node = [subprocess.run([os.path.join(here, "..", "tests", "node-ref.sh")], check=True,
                           capture_output=True, text=True).stdout.strip()]
    s, n = startup(sous), startup(node)
    print(f"start-up to first prompt, median of {RUNS}: sous {s:.1f} ms, node {n:.1f} ms, ratio 1/{n / s:.1f}")
    idle, busy = echo(sous, False), echo(sous, True)
    print(f"sous key echo, median of {RUNS}: idle {idle:.2f} ms, with setInterval(..., 1) busy {busy:.2f} ms")
