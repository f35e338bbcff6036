"""Where a build's cores go, over time: every process of one build sampled every 5 ms.

    python bench/timeline.py [--step 0.1] [--keep-output] -- python -m deckmaker build OUTLINE -o X

Runs the command (``DECKMAKER_CACHE`` as you set it: an empty folder for a cold build), adopts
its orphans (``PR_SET_CHILD_SUBREAPER``: the fork server, the chart workers, a warm server it
starts) and reads each one's time on a CPU (``/proc/PID/schedstat``, ns) until the command has
exited and a warm server it started is listening (or 8 s). Prints, per time step, the cores used
by the build process, the fork server, the chart workers and the warm server, and, for each,
its CPU and when it started in the build process's CPU seconds (load-independent, unlike wall).
On a loaded machine only the CPU columns and those CPU-second positions compare.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import subprocess
import sys
import time
from pathlib import Path


def _procs() -> dict[int, tuple[int, str]]:
    found = {}
    for e in os.listdir("/proc"):
        if e.isdigit():
            try:
                fields = Path(f"/proc/{e}/stat").read_text().rsplit(")", 1)[1].split()
                found[int(e)] = (int(fields[1]), fields[0])
            except (OSError, IndexError):
                pass
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:200]
    except OSError:
        return ""


def sample(cmd: list[str], server_sock: Path | None) -> tuple[float, float, list, dict]:
    """(start, end of cmd, samples [(t, {pid: ns})], {pid: [ppid, first seen, cmdline]})."""
    ctypes.CDLL(None).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
    me, info, samples = os.getpid(), {}, []
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = None
    while True:
        t, procs, row = time.monotonic(), _procs(), {}
        mine, grew = {me}, True
        while grew:
            grew = False
            for pid, (ppid, state) in procs.items():
                if ppid in mine and pid not in mine and state != "Z":
                    mine.add(pid)
                    grew = True
        for pid in mine - {me}:
            try:
                row[pid] = int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
            except (OSError, ValueError):
                continue
            if pid not in info:
                info[pid] = [procs[pid][0], t, _cmdline(pid)]
            elif info[pid][2] == _cmdline(procs[pid][0]) or not info[pid][2]:
                info[pid][2] = _cmdline(pid)  # seen between fork and exec: look again
        samples.append((t, row))
        if end is None and proc.poll() is not None:
            end = time.monotonic()
        if end is not None:
            try:
                while os.waitpid(-1, os.WNOHANG)[0] > 0:
                    pass
            except ChildProcessError:
                pass
            listening = server_sock is not None and server_sock.exists()
            if listening or not row or time.monotonic() - end > 8:
                break
        time.sleep(0.005)
    return t0, end or time.monotonic(), samples, info


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--step", type=float, default=0.1, help="seconds per printed row")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    cmd = args.cmd[1:] if args.cmd[:1] == ["--"] else args.cmd
    cache = os.environ.get("DECKMAKER_CACHE")
    sock = Path(cache, "charts", "server.sock") if cache and cache != "off" else None
    t0, end, samples, info = sample(cmd, sock)
    build = min(info, key=lambda p: info[p][1])

    def kind(pid: int) -> str:
        ppid, _first, line = info[pid]
        if pid == build:
            return "build"
        if "served" in line or "os.fork()" in line:
            return "server"
        if "resource_tracker" in line:
            return "other"
        if ppid == build:
            return "fork server"
        if info.get(ppid, [0, 0, ""])[0] == build and "resource_tracker" not in info[ppid][2]:
            return "workers"
        return "other"

    kinds = {p: kind(p) for p in info}
    names = ["build", "fork server", "workers", "server", "other"]
    last: dict[int, int] = {}
    rows: dict[int, dict[str, float]] = {}
    total = dict.fromkeys(names, 0.0)
    build_cpu: list[tuple[float, float]] = []
    for t, row in samples:
        step = int((t - t0) / args.step)
        for pid, ns in row.items():
            d = (ns - last.get(pid, 0)) / 1e9
            last[pid] = ns
            rows.setdefault(step, {}).setdefault(kinds[pid], 0.0)
            rows[step][kinds[pid]] += d
            total[kinds[pid]] += d
        build_cpu.append((t, row.get(build, last.get(build, 0)) / 1e9))

    def build_cpu_at(when: float) -> float:
        return max((c for t, c in build_cpu if t <= when), default=0.0)

    print(f"command exited at {end - t0:.2f} s; load average {os.getloadavg()[0]:.1f}")
    for name in names:
        started = [info[p][1] for p in info if kinds[p] == name]
        if started:
            first = min(started)
            print(f"  {name:<12} CPU {total[name]:5.2f} s, first seen at {first - t0:5.2f} s "
                  f"(build process CPU {build_cpu_at(first):.2f} s)")  # fmt: skip
    print("     t  " + " ".join(f"{n[:11]:>11}" for n in names) + "  cores in use")
    for step in range(max(rows) + 1):
        row = rows.get(step, {})
        print(f"{step * args.step:6.2f}  "
              + " ".join(f"{row.get(n, 0.0) / args.step:11.2f}" for n in names)
              + f"  {sum(row.values()) / args.step:5.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
