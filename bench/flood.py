"""The flood phase of `make bench` (issue 15): normal patients talk while one address floods.

Our servers with the guarded REST channel (as credentials.yml) and the default limits
(bot/channels/guard.py), behind a pretend reverse proxy: every request carries X-Forwarded-For
(TRUSTED_PROXY_HEADER), so each patient and the flooder are clients at their own
addresses although all of it runs on loopback. Two phases of the same length:

  quiet   N patients (waiting 3-8 s between turns, as people type)
  flood   the same, while one address sends M requests (default 1,000), each a new
          conversation with a real first message, C at a time, spread evenly over the
          middle three quarters of the phase (about 22/s for 60 s) so the patients talk
          under the flood the whole time; whatever is not sent when the phase ends is
          dropped (--all-at-once: as fast as it can instead, a burst of a few seconds)

Reported: the patients' p95 in each phase and their ratio (goal: within 2x), the
patients' failed or empty turns (goal: none: nobody's conversation is lost) and what
the flooder got (status counts, duration). `python -m bench.flood` runs it alone.
Never a timed test: figures depend on the machine.
"""
from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import urlparse

import aiohttp

from bench.load import REQUEST_TIMEOUT, LoadResult, run_load
from bench.patients import Patient
from bench.servers import ROOT, action_server, rasa_server, shipped_endpoints

MODEL = ROOT / "models" / "current.tar.gz"
THINK = (3.0, 8.0)
FLOODER = "203.0.113.66"
GUARDED_CREDENTIALS = "bot.channels.guarded.GuardedRestInput:\n"
GOAL_RATIO = 2.0


@dataclass
class FloodSettings:
    patients: int = 10
    seconds: float = 60.0  # each phase
    requests: int = 1000
    concurrency: int = 50
    all_at_once: bool = False  # True: as fast as it can; False: spread over the phase

    @property
    def start(self) -> float:
        return self.seconds / 8

    @property
    def spread(self) -> float:
        return 0.0 if self.all_at_once else self.seconds * 3 / 4


@dataclass
class FloodResult:
    settings: FloodSettings
    quiet: LoadResult
    flooded: LoadResult
    flood_statuses: Dict[str, int] = field(default_factory=dict)
    flood_sent: int = 0
    flood_seconds: float = 0.0

    @property
    def ratio(self) -> float:
        return self.flooded.percentile(95) / self.quiet.percentile(95)

    @property
    def lost(self) -> int:
        return sum(r.errors + r.silent for r in (self.quiet, self.flooded))

    @property
    def met(self) -> bool:
        return self.ratio <= GOAL_RATIO and self.lost == 0

    def lines(self) -> List[str]:
        s = self.settings
        statuses = ", ".join(f"{n} x {code}" for code, n in sorted(self.flood_statuses.items()))
        rows = ["| phase | patients | turns | p50 ms | p95 ms | failed or empty turns | conversations |",
                "|---|---:|---:|---:|---:|---:|---:|"]
        for name, r in (("quiet", self.quiet), ("during the flood", self.flooded)):
            rows.append(f"| {name} | {r.users} | {r.turns} | {r.percentile(50):.1f} | {r.percentile(95):.1f} | "
                        f"{r.errors + r.silent} | {r.conversations} started, {r.completed} finished |")
        return [
            f"Flood (issue 15): {s.patients} patients typing (waits {THINK[0]:g}-{THINK[1]:g} s) for "
            f"{s.seconds:g} s quiet, then {s.seconds:g} s while one address sends {s.requests} requests "
            f"({s.concurrency} at a time, each a new conversation, "
            f"{'all at once' if s.all_at_once else f'spread over {s.spread:g} s'}), loopback, "
            "guarded REST channel with the default limits, addresses from X-Forwarded-For "
            "(each patient's conversation its own).",
            "",
            *rows,
            "",
            f"- the flooder: {self.flood_sent} requests in {self.flood_seconds:.1f} s "
            f"({self.flood_sent / max(self.flood_seconds, 1e-9):.0f}/s): {statuses or 'none answered'}",
            f"- patients' p95 during the flood: {self.ratio:.2f}x the quiet p95 (goal <= {GOAL_RATIO:g}x): "
            f"{'met' if self.ratio <= GOAL_RATIO else 'NOT met'}",
            f"- patients' turns lost: {self.lost} (goal 0): {'met' if self.lost == 0 else 'NOT met'}",
        ]


async def patients(url: str, count: int, seconds: float, label: str, seed: int) -> LoadResult:
    """`count` patients, conversation after conversation, each conversation from its own address."""
    result = LoadResult(label, count, THINK)
    started = time.perf_counter()
    deadline = started + seconds
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:

        async def one(index: int) -> None:
            rng = random.Random(seed * 100_003 + index)
            await asyncio.sleep(rng.uniform(0, THINK[1]))  # people do not all start at once
            while time.perf_counter() < deadline:
                user = Patient(rng)
                result.conversations += 1
                headers = {"X-Forwarded-For": f"10.{seed % 250}.{index % 250}.{result.conversations % 250 + 1}"}
                sender = f"bench-flood-{label[:5]}-{index}-{uuid.uuid4().hex[:8]}"
                message = user.first()
                while message is not None and time.perf_counter() < deadline:
                    text, metadata = message
                    body = {"sender": sender, "message": text, **({"metadata": metadata} if metadata else {})}
                    began = time.perf_counter()
                    try:
                        async with session.post(url, json=body, headers=headers) as response:
                            ok = response.status == 200
                            reply = await response.json(content_type=None) if ok else None
                    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
                        ok, reply = False, None
                    if not ok:
                        result.errors += 1  # a lost turn: the conversation is given up
                        await asyncio.sleep(rng.uniform(*THINK))
                        break
                    result.latencies_ms.append((time.perf_counter() - began) * 1000)
                    if not reply:
                        result.silent += 1
                    message = user.next(reply or [])
                    if message is None:
                        result.completed += 1
                    else:
                        await asyncio.sleep(rng.uniform(*THINK))

        await asyncio.gather(*(one(i) for i in range(count)))
    result.seconds = time.perf_counter() - started
    return result


async def flood(url: str, settings: FloodSettings) -> tuple:
    """One address, `settings.requests` requests, within the flood phase."""
    await asyncio.sleep(settings.start)
    statuses: Dict[str, int] = {}
    sent = 0
    queue = iter(range(settings.requests))
    started = time.perf_counter()
    deadline = started + settings.seconds - settings.start  # the phase's end bounds the flood
    gap = settings.spread / settings.requests
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:

        async def worker() -> None:
            nonlocal sent
            for number in queue:
                await asyncio.sleep(max(0.0, started + number * gap - time.perf_counter()))
                if time.perf_counter() >= deadline:
                    return
                body = {"sender": f"bench-flooder-{uuid.uuid4().hex}", "message": "Hello, my low back hurts"}
                sent += 1
                try:
                    async with session.post(url, json=body, headers={"X-Forwarded-For": FLOODER}) as response:
                        await response.read()
                        code = str(response.status)
                except (aiohttp.ClientError, asyncio.TimeoutError):
                    code = "no answer"
                statuses[code] = statuses.get(code, 0) + 1

        await asyncio.gather(*(worker() for _ in range(settings.concurrency)))
    return statuses, sent, time.perf_counter() - started


async def flooded_phase(url: str, settings: FloodSettings, seed: int) -> tuple:
    talk = asyncio.create_task(patients(url, settings.patients, settings.seconds, "during the flood", seed))
    statuses, sent, seconds = await flood(url, settings)
    return await talk, statuses, sent, seconds


def run_flood(workdir: Path, settings: FloodSettings, model: Path = MODEL, log=print,
              env: Optional[Dict[str, str]] = None) -> FloodResult:
    """Starts our servers (guarded REST channel; `env`: other limits), runs both phases, stops them."""
    workdir.mkdir(parents=True, exist_ok=True)
    actions = action_server(workdir)
    env = {"TRUSTED_PROXY_HEADER": "X-Forwarded-For", "PYTHONPATH": str(ROOT), **(env or {})}
    rasa = rasa_server("ours (guarded)", model, workdir, shipped_endpoints(actions.webhook, workdir), env=env)
    (workdir / "credentials.yml").write_text(GUARDED_CREDENTIALS)  # rasa_server wrote plain `rest:`
    url = rasa.url  # type: ignore[attr-defined]
    if urlparse(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        raise RuntimeError("the flood only ever targets our own servers on loopback")
    try:
        actions.start()
        rasa.start()
        # 127.0.0.1 (no header): well within the default limits
        asyncio.run(run_load(url, Patient, 2, 8, None, "warm-up", seed=99, sender_prefix="bench-flood-warm"))
        log(f"  flood: quiet phase, {settings.patients} patients, {settings.seconds:g} s ...")
        quiet = asyncio.run(patients(url, settings.patients, settings.seconds, "quiet", seed=1))
        log(f"  flood: {settings.requests} requests from one address while {settings.patients} patients talk ...")
        flooded, statuses, sent, seconds = asyncio.run(flooded_phase(url, settings, seed=2))
    finally:
        rasa.stop()
        actions.stop()
    return FloodResult(settings, quiet, flooded, statuses, sent, seconds)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.flood", description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=FloodSettings.patients)
    parser.add_argument("--seconds", type=float, default=FloodSettings.seconds, help="of each phase")
    parser.add_argument("--requests", type=int, default=FloodSettings.requests)
    parser.add_argument("--concurrency", type=int, default=FloodSettings.concurrency)
    parser.add_argument("--all-at-once", action="store_true", help="flood as fast as it can (a burst)")
    parser.add_argument("--model", type=Path, default=MODEL)
    parser.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                        help="another limit for the Rasa server, e.g. LIMIT_PER_ADDRESS_PER_MINUTE=60")
    args = parser.parse_args(argv)
    settings = FloodSettings(args.patients, args.seconds, args.requests, args.concurrency, args.all_at_once)
    workdir = Path(tempfile.mkdtemp(prefix="lowback-flood-"))
    try:
        result = run_flood(workdir, settings, args.model, env=dict(pair.split("=", 1) for pair in args.env))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print("\n".join(result.lines()))
    return 0 if result.met else 1


if __name__ == "__main__":
    sys.exit(main())
