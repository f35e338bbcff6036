"""Times deckmaker builds against the floor script, as whole processes, and prints the ratios."""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "outlines" / "hung-yen-2024"
FLOOR = Path(__file__).resolve().parent / "floor.py"
PANDOC_MD = Path(__file__).resolve().parent / "pandoc_md.py"
SESSION = Path(__file__).resolve().parent / "session.py"


@dataclass
class Case:
    name: str
    what: str
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


def slide_count(pptx: Path) -> int:
    with zipfile.ZipFile(pptx) as z:
        return sum(1 for n in z.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n))


def bump_figure(figures: Path, key: str, step: int) -> str:
    """Sets the ``value:`` of figure ``key`` to a value no earlier run has used; returns it."""
    text = figures.read_text(encoding="utf-8")
    block = re.search(rf"(?m)^{re.escape(key)}:\n(?:[ \t]+.*\n)*?[ \t]+value: (\S+)\n", text)
    if block is None:
        raise SystemExit(f"figure {key!r} with a single value not found in {figures}")
    old = Decimal(block.group(1))
    new = old + Decimal(step) * Decimal(1).scaleb(old.as_tuple().exponent)
    start, end = block.span(1)
    figures.write_text(text[:start] + str(new) + text[end:], encoding="utf-8")
    return f"{old} -> {new}"


def adopt_orphans() -> bool:
    """Makes this process the reaper of its orphaned descendants (Linux), so that the CPU time
    of a build's worker processes counts in RUSAGE_CHILDREN."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
    except (OSError, AttributeError):
        return False


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


SERVERS = ("deckmaker.charts.serve", "deckmaker.cli.served")
"""In the command line of deckmaker's warm chart server (deckmaker/charts/server.py; started
through deckmaker/cli/served.py since it runs builds too)."""


def _server(cmd: str) -> bool:
    return any(name in cmd for name in SERVERS)


def _children() -> dict[int, str]:
    """This process's children (orphans adopted included), by pid, with their command line."""
    me, found = str(os.getpid()), {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if fields[1] == me and fields[0] != "Z":
                found[int(entry.name)] = (entry / "cmdline").read_bytes().decode(errors="replace")
        except (OSError, IndexError):
            continue
    return found


def _cpu_of(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _helpers_cpu(pid: int) -> float:
    """CPU seconds of a server's children now alive (its drawing helper, which draws the
    charts of the builds the server runs) and of those it reaped."""
    total = 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError):
        return 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == str(pid):
                total += _cpu_of(int(entry.name))
    return total


def servers() -> dict[int, float]:
    """The warm chart servers this bench adopted, with their CPU seconds so far (their
    drawing helpers' included)."""
    return {
        pid: _cpu_of(pid) + _helpers_cpu(pid) for pid, cmd in _children().items() if _server(cmd)
    }


def stop_servers() -> None:
    for pid in servers():
        try:
            os.kill(pid, 15)
            os.waitpid(pid, 0)
        except OSError:
            pass


def stop_servers_of(cache: Path) -> None:
    for pid in servers():
        if str(cache) in _children().get(pid, ""):
            try:
                os.kill(pid, 15)
                os.waitpid(pid, 0)
            except OSError:
                pass


def run(cmd: list[str], env: dict[str, str], out: Path, log: Path) -> tuple[float, float]:
    """Wall seconds of one whole process, and CPU seconds of it and all its descendants.

    A warm chart server the build started or used lives on after it: its CPU during the run
    (for one it started: until it listens, its matplotlib import included) is counted.
    Output goes to a file: background helpers may keep inherited pipes open after the
    process has exited.
    """
    out.unlink(missing_ok=True)
    cpu0 = children_cpu()
    before = servers()
    with log.open("wb") as f:
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, stdout=f, stderr=subprocess.STDOUT, check=False)
        seconds = time.perf_counter() - t0
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # reap the orphaned descendants (fork server, workers)
        try:
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        except ChildProcessError:
            pass
        kids = _children()
        cache = env.get("DECKMAKER_CACHE", "")
        starting = cache and any(
            _server(c) and not Path(cache, "charts", "server.sock").exists() for c in kids.values()
        )
        if not starting and all(_server(c) for c in kids.values()):
            break
        time.sleep(0.02)
    after = servers()
    served = sum(cpu - before.get(pid, 0.0) for pid, cpu in after.items())
    served -= sum(cpu for pid, cpu in before.items() if pid not in after)  # reaped: counted
    if proc.returncode != 0 or not out.exists():
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{log.read_text()}")
    return seconds, children_cpu() - cpu0 + served


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=3, help="runs of each case (default 3)")
    ap.add_argument("--outline", type=Path, default=SAMPLE, help="outline folder")
    ap.add_argument("--figure", default="grdp_growth", help="figure changed in 'one figure'")
    ap.add_argument("--no-session", action="store_true", help="skip the preview-session case")
    args = ap.parse_args(argv)

    adopt_orphans()
    work = Path(tempfile.mkdtemp(prefix="deckmaker-bench-"))
    py = sys.executable
    build = [py, "-m", "deckmaker", "build"]
    # The deckmaker of this tree (a worktree's), not whichever is installed.
    # Bytecode as an installed deckmaker has it (pip compiles it; an editable install writes it
    # at the first import): compiled by the untimed runs below into the bench's own folder (not
    # the tree), then read by every timed run. With PYTHONDONTWRITEBYTECODE=1 (set on some
    # machines) each run compiled deckmaker's ~34,000 lines again, ~0.1 s CPU of every build,
    # while the floor's libraries came compiled from site-packages.
    base_env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPYCACHEPREFIX": str(work / "pyc")}
    base_env.pop("PYTHONDONTWRITEBYTECODE", None)
    warm_cache = work / "warm-cache"
    changed = work / "changed" / args.outline.name
    shutil.copytree(args.outline, changed)
    log = work / "log.txt"

    # Untimed: the warm cache holds the charts of the unchanged deck; bytecode is compiled.
    warm_env = {**base_env, "DECKMAKER_CACHE": str(warm_cache)}
    run(
        [*build, str(args.outline), "-o", str(work / "warm.pptx")],
        warm_env,
        work / "warm.pptx",
        log,
    )
    run([*build, str(changed), "-o", str(work / "one.pptx")], warm_env, work / "one.pptx", log)
    run([py, str(FLOOR), str(args.outline), str(work / "floor.pptx")], base_env,
        work / "floor.pptx", log)  # fmt: skip
    # the deck a cold build over an old one writes over (its overwrite guard reads it first)
    run([*build, str(args.outline), "-o", str(work / "over.pptx")],
        {**base_env, "DECKMAKER_CACHE": tempfile.mkdtemp(prefix="over-cache-", dir=work)},
        work / "over.pptx", log)  # fmt: skip
    pandoc = shutil.which("pandoc")
    md = work / "md"
    if pandoc:  # the same slides in Markdown, the charts already drawn: pandoc converts only
        subprocess.run([py, str(PANDOC_MD), str(args.outline), str(work / "warm.pptx"), str(md)],
                       env=base_env, check=True, capture_output=True)  # fmt: skip
    else:
        print("pandoc not found (Debian: apt-get install pandoc): no pandoc case", file=sys.stderr)

    cases = {
        "cold": Case("cold", "deckmaker build, empty chart cache, no deck at -o (a first build)"),
        "over": Case("cold over", "the same over the deck it wrote before (the guard reads it)"),
        "warm": Case("warm", "rebuild, nothing changed"),
        "one": Case("one figure", f"rebuild after '{args.figure}' changed"),
        "floor": Case("floor", "bench/floor.py: python-pptx + serial matplotlib"),
    }
    if pandoc:
        cases["pandoc"] = Case("pandoc", "pandoc slides.md -o deck.pptx (charts pre-drawn)")
    counts: dict[str, int] = {}
    load = [os.getloadavg()[0]]
    for i in range(args.runs):  # round-robin, so that load from elsewhere hits every case
        for name, case in cases.items():
            out = work / f"{name}.pptx"
            if name in ("cold", "over"):
                # every cold run alike: a first build finds no deck at -o (run 1 did not, the
                # later runs found the one before); 'over' always finds one
                if name == "cold":
                    out.unlink(missing_ok=True)
                cold_cache = Path(tempfile.mkdtemp(prefix="cold-cache-", dir=work))
                env = {**base_env, "DECKMAKER_CACHE": str(cold_cache)}
                cmd = [*build, str(args.outline), "-o", str(out)]
            elif name == "warm":
                env, cmd = warm_env, [*build, str(args.outline), "-o", str(out)]
            elif name == "one":
                bump_figure(changed / "figures.yaml", args.figure, i + 1)
                env, cmd = warm_env, [*build, str(changed), "-o", str(out)]
            elif name == "pandoc":
                assert pandoc is not None
                env, cmd = base_env, [pandoc, str(md / "slides.md"), "--resource-path", str(md),
                                      "-o", str(out)]  # fmt: skip
            else:
                env, cmd = base_env, [py, str(FLOOR), str(args.outline), str(out)]
            seconds, cpu = run(cmd, env, out, log)
            if name in ("cold", "over"):  # its cache is thrown away: so is the server it started
                stop_servers_of(cold_cache)
            case.times.append(seconds)
            case.cpu.append(cpu)
            counts[name] = slide_count(out)
            print(
                f"  run {i + 1} {case.name:<10} {seconds:6.2f} s  cpu {cpu:6.2f} s", file=sys.stderr
            )
    session = None
    if not args.no_session:  # one process, as deckmaker preview runs: after the cases above
        cmd = [py, str(SESSION), str(args.outline), args.figure, str(args.runs)]
        proc = subprocess.run(cmd, env=base_env, capture_output=True, text=True, check=False)
        if proc.returncode == 0:
            session = json.loads(proc.stdout.strip().splitlines()[-1])
        else:
            print(f"session case failed:\n{proc.stderr[-2000:]}", file=sys.stderr)
    load.append(os.getloadavg()[0])
    stop_servers()
    shutil.rmtree(work, ignore_errors=True)

    med = {name: statistics.median(c.times) for name, c in cases.items()}
    print(f"deckmaker bench: {args.outline.name}, {args.runs} runs each, {os.cpu_count()} CPUs, "
          f"load average {load[0]:.1f} -> {load[1]:.1f}")  # fmt: skip
    print(f"{'case':<11} {'median s':>9} {'min':>7} {'max':>7} {'cpu s':>7} {'slides':>6}  what")
    for name, c in cases.items():
        print(f"{c.name:<11} {med[name]:9.2f} {min(c.times):7.2f} {max(c.times):7.2f} "
              f"{statistics.median(c.cpu):7.2f} {counts[name]:6d}  {c.what}")  # fmt: skip
    cold_floor = med["cold"] / med["floor"]
    cold_warm = med["cold"] / med["warm"]
    extra = med["one"] - med["warm"]
    print(f"cold / floor      = {cold_floor:5.2f}   (target <= 0.7: {_ok(cold_floor <= 0.7)})")
    over_floor = med["over"] / med["floor"]
    print(f"cold over / floor = {over_floor:5.2f}   (the same target: {_ok(over_floor <= 0.7)})")
    print(f"cold / warm       = {cold_warm:5.2f}   (target >= 3.0: {_ok(cold_warm >= 3.0)})")
    print(f"one figure - warm = {extra:5.2f} s (target <= 0.3 s: {_ok(extra <= 0.3)})")
    if "pandoc" in med:
        ratio = med["warm"] / med["pandoc"]
        print(f"warm / pandoc     = {ratio:5.2f}   (target <= 1.5: {_ok(ratio <= 1.5)})")
    if session is not None:
        b, p = statistics.median(session["build"]), statistics.median(session["picture"])
        print(f"preview session: one figure -> deck {b:5.2f} s (target <= 0.5 s: {_ok(b <= 0.5)}),"
              f" -> slide picture {p:5.2f} s (target <= 3 s: {_ok(p <= 3.0)})")  # fmt: skip
        if "cpu_build" in session:  # process + chart workers + LibreOffice
            cb = statistics.median(session["cpu_build"])
            cp = statistics.median(session["cpu_picture"])
            print(f"preview session CPU: one figure -> deck {cb:5.2f} s, -> picture {cp:5.2f} s")
    ours = {k: v for k, v in counts.items() if k != "pandoc"}  # pandoc adds its own dividers
    if len(set(ours.values())) != 1:
        print(f"warning: slide counts differ: {ours}")
    return 0


def _ok(met: bool) -> str:
    return "met" if met else "NOT met"


if __name__ == "__main__":
    sys.exit(main())
