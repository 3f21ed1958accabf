"""`make profile` (python -m bench.profile): where Rasa's time goes at saturation.

Starts our local set-up (as `make bench`), drives 20 users without waiting for
--seconds while py-spy samples the Rasa process and the action server, then prints the
CPU milliseconds per turn of each and the functions with the largest share of Rasa's
samples (inclusive: the function and everything it called). The raw py-spy profiles are
kept in --out (one line per stack, for speedscope or flamegraph tools).
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import List, Optional, Tuple

from bench.run import MODEL, log, ours, saturate, warm_up
from bench.servers import BIN, ROOT

_SITE = re.compile(r"^.*?/site-packages/")
_STDLIB = re.compile(r"^.*?/lib/python3\.\d+/")
_LINE = re.compile(r":\d+\)$")


def short(frame: str) -> str:
    """`fn (path:line)` -> `fn (package/module.py)`."""
    name, _, where = frame.partition(" (")
    where = _LINE.sub(")", "(" + where) if where else ""
    where = where.lstrip("(")
    if "site-packages" in where:
        where = _SITE.sub("", where)
    elif where.startswith(str(ROOT)):
        where = where[len(str(ROOT)) + 1:]
    else:
        where = _STDLIB.sub("std/", where)
    return f"{name} ({where.rstrip(')')})" if where else name


def inclusive_shares(raw: Path) -> Tuple[int, Counter]:
    """Total samples, and samples per function counted once per stack it appears in."""
    total, shares = 0, Counter()
    for line in raw.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        total += int(count)
        for frame in {short(frame) for frame in stack.split(";")}:
            shares[frame] += int(count)
    return total, shares


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", type=Path, default=Path("results/profile"))
    args = parser.parse_args(argv)
    spy = BIN / "py-spy"
    if not spy.exists():
        log("py-spy is not installed in .venv: `make install` (requirements-dev.txt) installs it")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    bot = ours("ours (local set-up)", args.out / "servers", MODEL)
    bot.start()
    try:
        warm_up(bot)
        spies = {name: subprocess.Popen([str(spy), "record", "-p", str(pid), "-d", str(int(args.seconds)), "-r", "200",
                                         "-f", "raw", "-o", str(args.out / f"{name}.txt"), "--nonblocking"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
                 for name, pid in bot.roots().items()}
        result, cpu = saturate(bot, args.seconds, 3, "profile")
        for process in spies.values():
            process.wait()
    finally:
        bot.stop()
    log(f"{result.turns} turns in {result.seconds:.0f} s ({result.turns_per_second:.1f} turns/s while sampled), "
        f"{result.errors} errors")
    log("CPU per turn: " + ", ".join(f"{name} {1000 * seconds / max(result.turns, 1):.1f} ms"
                                      for name, seconds in cpu.items()))
    raw = args.out / "rasa.txt"
    if not raw.exists() or not raw.stat().st_size:
        log("py-spy recorded nothing (it needs ptrace: run as root or with CAP_SYS_PTRACE)")
        return 1
    total, shares = inclusive_shares(raw)
    log(f"\nRasa: {total} samples; share of samples per function (inclusive):")
    for frame, count in shares.most_common(args.top):
        log(f"  {100 * count / total:5.1f}%  {frame}")
    log(f"\nraw profiles: {args.out}/rasa.txt, {args.out}/actions.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
