"""`make bench` (python -m bench.run): the assistant against Rasa's starter bot.

Starts the real action server and Rasa with the trained model (models/current.tar.gz)
and Rasa's starter bot (`rasa init` in a temporary folder, trained with the same Rasa),
drives whole conversations through the REST channel with simulated users
(bench/patients.py) and prints, per run: turns/s, round-trip latency p50/p95/p99,
errors and the peak resident memory of the Rasa and action server processes; then
training time, model size and the rules module's classifications per second, and
the targets of the issue, met or missed. The same tables go into docs/performance.md
(between its bench markers) unless --no-doc.

Load shapes (each for a fixed time; every user plays conversation after conversation):
  one user     1 user, no waiting                    -> latency of a lone user
  typing N     N users waiting 3-8 s between turns    -> N = 20, 50, 100
  saturation   20 users, no waiting                   -> most turns per second

All servers are up at once and every shape runs bot after bot, so all see the same
machine (saturation twice, in alternating order, merged): the starter bot, our local
set-up (SQLite, one Sanic worker, as `make run`), our production set-up (PostgreSQL
tracker store, Redis lock store, SANIC_WORKERS=2; one user, typing 100, saturation)
and ours without the speed changes (the patches of bot/rasa_patches.py skipped, the
tracker cache off, the whole domain sent to actions; one user, saturation).
`make bench-ablation` measures each change alone; `make profile` shows where the time goes.
Last, alone on the machine, the flood phase (bench/flood.py, issue 15; --no-flood skips it):
10 patients talk while one address sends 1,000 requests to the guarded REST channel.
Never a timed test: figures depend on the machine, ratios much less.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bench import machine
from bench.flood import FloodSettings, run_flood
from bench.load import LoadResult, run_load
from bench.patients import Patient, StarterUser
from bench.servers import (
    BIN,
    QUIET_ENV,
    ROOT,
    MemorySampler,
    action_server,
    rasa_server,
    shipped_endpoints,
    tree_cpu_seconds,
    tree_memory_mb,
)

MODEL = ROOT / "models" / "current.tar.gz"
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
STARTER_CACHE = Path(tempfile.gettempdir()) / "lowback-bench-starter"
THINK = (3.0, 8.0)
SPEED_PATCHES = ("validator", "events", "graph", "keepalive", "payload", "features")  # bot.patches.SKIPPABLE

TARGETS = {
    "one user p95 (ms)": 60.0,
    "typing 100 p95 (ms)": 150.0,
    "saturation vs starter": 2.0,
    "saturation vs starter, production set-up": 2.0,
    "Rasa + actions memory (GB)": 1.5,
    "training (s)": 180.0,
    "rules (classifications/s)": 100_000.0,
}


@dataclass
class Durations:
    one_user: float = 20
    typing: float = 60
    saturation: float = 30
    levels: Tuple[int, ...] = (20, 50, 100)
    rounds: int = 2  # saturation rounds per bot, in alternating order


@dataclass
class Bot:
    """One assistant under test: its servers and how its users talk."""
    name: str
    rasa: object
    actions: Optional[object] = None
    user: type = Patient
    results: List[LoadResult] = field(default_factory=list)
    plan: Optional[set] = None  # the shapes it runs (None: all)
    startup_s: float = 0.0
    idle_memory: Dict[str, float] = field(default_factory=dict)

    def roots(self) -> Dict[str, int]:
        roots = {"rasa": self.rasa.pid}
        if self.actions is not None:
            roots["actions"] = self.actions.pid
        return roots

    def start(self) -> None:
        began = time.monotonic()
        if self.actions is not None:
            self.actions.start()
        self.rasa.start()
        self.startup_s = time.monotonic() - began

    def stop(self) -> None:
        self.rasa.stop()
        if self.actions is not None:
            self.actions.stop()


def log(text: str) -> None:
    print(text, flush=True)


# --- pure figures ------------------------------------------------------------------

def rules_speed(seconds: float = 1.5) -> float:
    """bot.clinical.rules.classify calls per second on varied complete and partial answers."""
    from bot.clinical.rules import classify
    from bot.reading.answers import CLINICAL_SLOTS, SLOT_VALUES

    rng = random.Random(1)
    answers = []
    for _ in range(5000):
        one = {}
        for slot in CLINICAL_SLOTS:
            if rng.random() < 0.15:
                continue
            if slot == "duration_days":
                one[slot] = rng.choice([None, rng.randrange(0, 2000)])
            else:
                one[slot] = rng.choice([None, *SLOT_VALUES[slot]]) if rng.random() < 0.1 else (
                    rng.choice(SLOT_VALUES[slot]))
        answers.append(one)
    calls, began = 0, time.perf_counter()
    while time.perf_counter() - began < seconds:
        for one in answers:
            classify(one)
        calls += len(answers)
    return calls / (time.perf_counter() - began)


def model_size_mb(path: Path) -> float:
    return path.stat().st_size / 1024 / 1024


def train_timed(project: Path, extra: List[str]) -> Tuple[float, Path]:
    """`rasa train --force` in a project folder; (seconds, model)."""
    began = time.monotonic()
    run = subprocess.run([str(BIN / "rasa"), "train", "--force", "--out", "models", "--fixed-model-name", "bench",
                          "--quiet", *extra], cwd=project, env={**os.environ, **QUIET_ENV},
                         capture_output=True, text=True)
    seconds = time.monotonic() - began
    if run.returncode != 0:
        raise RuntimeError(f"rasa train failed in {project}:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    return seconds, project / "models" / "bench.tar.gz"


def scratch_project(project: Path, config: Optional[str] = None) -> Path:
    """A copy of our domain and data (and config.yml, or `config`) to train in."""
    project.mkdir(parents=True)
    (project / "config.yml").write_text(config if config is not None else (ROOT / "config.yml").read_text())
    for folder in ("domain", "data"):
        shutil.copytree(ROOT / folder, project / folder)
    return project


def train_ours(workdir: Path) -> Tuple[float, float]:
    """Training time on a scratch copy (fresh cache), and the model's size."""
    seconds, model = train_timed(scratch_project(workdir / "train-ours"), ["--domain", "domain"])
    return seconds, model_size_mb(model)


def starter_bot(fresh: bool) -> Tuple[Optional[float], Path]:
    """Rasa's starter bot: `rasa init` in a temporary folder, then a timed `rasa train`."""
    model = STARTER_CACHE / "models" / "bench.tar.gz"
    timing = STARTER_CACHE / "training.json"
    if not fresh and model.exists() and timing.exists():
        return json.loads(timing.read_text())["seconds"], model
    shutil.rmtree(STARTER_CACHE, ignore_errors=True)
    STARTER_CACHE.mkdir(parents=True)
    log("  rasa init --no-prompt (it trains once itself) ...")
    run = subprocess.run([str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(STARTER_CACHE)],
                         env={**os.environ, **QUIET_ENV}, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"rasa init failed:\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    log("  rasa train --force in the starter bot (timed) ...")
    seconds, model = train_timed(STARTER_CACHE, [])
    timing.write_text(json.dumps({"seconds": seconds}))
    return seconds, model


# --- servers -------------------------------------------------------------------------

def services_up() -> Optional[str]:
    """None when PostgreSQL and Redis answer, else why not."""
    try:
        import psycopg2
        import redis

        psycopg2.connect(host="127.0.0.1", port=5432, user="rasa", password="rasa", dbname="rasa_test",
                         connect_timeout=3).close()
        redis.Redis(host="127.0.0.1", port=6379, db=7, socket_timeout=3).ping()
    except Exception as error:  # noqa: BLE001
        return f"{type(error).__name__}: {error}"
    return None


def forget_bench_conversations() -> None:
    """The production variant wrote to the shared rasa_test database: remove our rows."""
    try:
        import psycopg2

        with psycopg2.connect(host="127.0.0.1", port=5432, user="rasa", password="rasa", dbname="rasa_test") as db:
            with db.cursor() as cursor:
                cursor.execute("DELETE FROM events WHERE sender_id LIKE 'bench-%%'")
    except Exception as error:  # noqa: BLE001
        log(f"  (could not remove bench conversations from rasa_test: {error})")


def ours(name: str, workdir: Path, model: Path, production: bool = False,
         env: Optional[Dict[str, str]] = None, endpoints: Optional[str] = None, lean: bool = True) -> Bot:
    """Our servers; `endpoints` a template with {actions_url} and {workdir}, else the
    shipped file (`lean=False`: without the tracker cache and the selective domain)."""
    workdir.mkdir(parents=True, exist_ok=True)
    actions = action_server(workdir)
    text = (endpoints or shipped_endpoints("{actions_url}", workdir, production, cache=lean, selective_domain=lean)).replace(
        "{actions_url}", actions.webhook).replace("{workdir}", str(workdir))
    rasa = rasa_server(name, model, workdir, text, env=env)
    return Bot(name, rasa, actions, Patient)


def starter(workdir: Path, model: Path) -> Bot:
    return Bot("Rasa starter bot", rasa_server("starter", model, workdir, None, cwd=STARTER_CACHE), None, StarterUser)


# --- running the shapes ---------------------------------------------------------------

def shapes(durations: Durations, only: Optional[List[str]] = None) -> List[Tuple[str, int, Optional[tuple], float]]:
    plan = [("one user", 1, None, durations.one_user)]
    plan += [(f"typing {n}", n, THINK, durations.typing) for n in durations.levels]
    plan += [("saturation 20", 20, None, durations.saturation)]
    return [shape for shape in plan if only is None or shape[0] in only]


def measure(bot: Bot, shape: Tuple[str, int, Optional[tuple], float], seed: int) -> LoadResult:
    label, users, think, seconds = shape
    with MemorySampler(bot.roots()) as sampler:
        result = asyncio.run(run_load(bot.rasa.url, bot.user, users, seconds, think, label, seed=seed,
                                      sender_prefix=f"bench-{abs(hash(bot.name)) % 10**6}"))
    result.memory = sampler.peak
    result.peak_total_rss = sampler.peak_total_rss
    log(f"  {bot.name:<42} {row(result)}")
    earlier = find(bot, label)
    if earlier is None:
        bot.results.append(result)
        return result
    earlier.merge(result)  # another round of the same shape
    return earlier


def saturate(bot: Bot, seconds: float, seed: int, sender_prefix: str) -> Tuple[LoadResult, Dict[str, float]]:
    """20 users without waiting for `seconds`; the result and the CPU seconds each server used."""
    before = {name: tree_cpu_seconds(pid) for name, pid in bot.roots().items()}
    result = asyncio.run(run_load(bot.rasa.url, bot.user, 20, seconds, None, "saturation 20", seed=seed,
                                  sender_prefix=sender_prefix))
    return result, {name: tree_cpu_seconds(pid) - before[name] for name, pid in bot.roots().items()}


def warm_up(bot: Bot) -> None:
    asyncio.run(run_load(bot.rasa.url, bot.user, 2, 4, None, "warm-up", seed=99, sender_prefix="bench-warm"))
    bot.idle_memory = {name: tree_memory_mb(pid)["rss"] for name, pid in bot.roots().items()}


# --- tables ---------------------------------------------------------------------------

HEADER = ("| run | users | turns | turns/s | p50 ms | p95 ms | p99 ms | errors | "
          "Rasa RSS MB | actions RSS MB |")
RULE = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"


def row(result: LoadResult) -> str:
    memory = result.memory
    errors = f"{result.errors}" + (f" (+{result.silent} silent)" if result.silent else "")
    actions = f"{memory['actions']['rss']:.0f}" if "actions" in memory else "-"
    return (f"{result.label:<14} users {result.users:>3}  turns {result.turns:>6}  "
            f"{result.turns_per_second:7.1f}/s  p50 {result.percentile(50):6.1f}  p95 {result.percentile(95):6.1f}  "
            f"p99 {result.percentile(99):6.1f} ms  errors {errors:<4}  RSS rasa {memory['rasa']['rss']:6.0f} "
            f"actions {actions:>5} MB")


def table(bots: List[Bot]) -> List[str]:
    lines = [HEADER, RULE]
    for bot in bots:
        for r in bot.results:
            memory = r.memory
            errors = f"{r.errors}" + (f" (+{r.silent} silent)" if r.silent else "")
            rasa_mem = f"{memory['rasa']['rss']:.0f}"
            if memory["rasa"]["processes"] > 1:
                rasa_mem += f" ({memory['rasa']['processes']:.0f} processes, PSS {memory['rasa']['pss']:.0f})"
            actions_mem = f"{memory['actions']['rss']:.0f}" if "actions" in memory else "-"
            lines.append(
                f"| {bot.name}: {r.label} | {r.users} | {r.turns} | {r.turns_per_second:.1f} | "
                f"{r.percentile(50):.1f} | {r.percentile(95):.1f} | {r.percentile(99):.1f} | {errors} | "
                f"{rasa_mem} | {actions_mem} |")
    return lines


def find(bot: Optional[Bot], label: str) -> Optional[LoadResult]:
    if bot is None:
        return None
    return next((r for r in bot.results if r.label == label), None)


def targets(local: Optional[Bot], start: Optional[Bot], training_s: Optional[float], rules: float,
            production: Optional[Bot] = None) -> List[str]:
    one, typing, sat = find(local, "one user"), find(local, "typing 100"), find(local, "saturation 20")
    base, sat_production = find(start, "saturation 20"), find(production, "saturation 20")
    peak_gb = max((r.peak_total_rss for r in local.results), default=float("nan")) / 1024 if local else float("nan")
    checks = [
        ("one user p95 (ms)", one.percentile(95) if one else None, "<="),
        ("typing 100 p95 (ms)", typing.percentile(95) if typing else None, "<="),
        ("saturation vs starter", sat.turns_per_second / base.turns_per_second if sat and base else None, ">="),
        ("saturation vs starter, production set-up",
         sat_production.turns_per_second / base.turns_per_second if sat_production and base else None, ">="),
        ("Rasa + actions memory (GB)", peak_gb if local else None, "<="),
        ("training (s)", training_s, "<="),
        ("rules (classifications/s)", rules, ">="),
    ]
    lines = ["| target | measured | goal | met |", "|---|---:|---:|---|"]
    for name, value, sense in checks:
        goal = TARGETS[name]
        if value is None or value != value:
            lines.append(f"| {name} | not measured | {sense} {goal:g} | - |")
            continue
        met = value <= goal if sense == "<=" else value >= goal
        if name == "typing 100 p95 (ms)" and typing is not None and typing.errors + typing.silent:
            met = False
        shown = f"{value:,.0f}" if value >= 1000 else f"{value:.2f}" if value < 10 else f"{value:.1f}"
        lines.append(f"| {name} | {shown} | {sense} {goal:g} | {'yes' if met else 'NO'} |")
    if typing is not None:
        lines.append(f"| typing 100 errors | {typing.errors + typing.silent} | = 0 | "
                     f"{'yes' if typing.errors + typing.silent == 0 else 'NO'} |")
    return lines


def report(bots: List[Bot], extra: Dict[str, str], target_lines: List[str], settings: str) -> str:
    info = machine.describe()
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"Last `make bench`: {when}; {settings}.", "", "Machine:", ""]
    lines += [f"- {key}: {value}" for key, value in info.items()]
    lines += ["", "Runs (latency is the REST round trip of one turn; RSS is the peak of each server's "
              "process tree during the run):", ""]
    lines += table(bots)
    lines += ["", "Other figures:", ""] + [f"- {key}: {value}" for key, value in extra.items()]
    lines += ["", "Targets (our local set-up against the starter bot of the same run):", ""] + target_lines
    return "\n".join(lines)


def write_doc(text: str, begin: str = BEGIN, end: str = END, heading: str = "## Latest results") -> None:
    """Puts `text` between the markers in docs/performance.md (appended under `heading`
    when the markers are not there yet)."""
    block = f"{begin}\n{text}\n{end}"
    current = DOC.read_text() if DOC.exists() else "# Performance\n"
    if begin in current and end in current:
        head, rest = current.split(begin, 1)
        DOC.write_text(head + block + rest.split(end, 1)[1])
    else:
        DOC.write_text(current.rstrip() + f"\n\n{heading}\n\n" + block + "\n")


# --- main ------------------------------------------------------------------------------

def parse(argv: Optional[List[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="short runs (typing 20 and 100 only), no variants, the cached starter bot, no training")
    parser.add_argument("--one-user", type=float, help="seconds of the one-user run")
    parser.add_argument("--typing", type=float, help="seconds of each typing run")
    parser.add_argument("--saturation", type=float, help="seconds of the saturation run")
    parser.add_argument("--levels", help="typing levels, e.g. 20,50,100")
    parser.add_argument("--no-starter", action="store_true", help="skip the starter bot")
    parser.add_argument("--no-train", action="store_true", help="do not time training")
    parser.add_argument("--variants", default=None,
                        help="comma list of: production, unpatched (default: both; --quick: none)")
    parser.add_argument("--model", type=Path, default=MODEL, help="our model (default models/current.tar.gz)")
    parser.add_argument("--endpoints", type=Path, help="an endpoints template for ours ({actions_url}, {workdir})")
    parser.add_argument("--label", default="ours (local set-up)", help="the name of our run in the table")
    parser.add_argument("--compare", type=Path, metavar="MODEL",
                        help="also a model trained from a changed config (local and production set-ups)")
    parser.add_argument("--compare-label", default="proposed config", help="its name in the table")
    parser.add_argument("--no-flood", action="store_true",
                        help="skip the flood phase (bench/flood.py: 10 patients while one address floods)")
    parser.add_argument("--flood-seconds", type=float, help="seconds of each flood phase (default 60; --quick 20)")
    parser.add_argument("--no-doc", action="store_true", help="do not update docs/performance.md")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs, SQLite)")
    return parser.parse_args(argv)


def main(argv: Optional[List[str]] = None) -> int:
    args = parse(argv)
    durations = Durations(8, 20, 12, (20, 100), 1) if args.quick else Durations()
    if args.one_user:
        durations.one_user = args.one_user
    if args.typing:
        durations.typing = args.typing
    if args.saturation:
        durations.saturation = args.saturation
    if args.levels:
        durations.levels = tuple(int(n) for n in args.levels.split(","))
    variants = (args.variants.split(",") if args.variants is not None else
                ([] if args.quick else ["production", "unpatched"]))
    variants = [v for v in variants if v]
    if not args.model.exists():
        log(f"no model at {args.model}: run `make train` first")
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="lowback-bench-"))
    log(f"bench: work folder {workdir}")
    for key, value in machine.describe().items():
        log(f"  {key}: {value}")

    extra: Dict[str, str] = {}
    rules = rules_speed()
    extra["rules: bot.clinical.rules.classify"] = f"{rules:,.0f} classifications/s (one core)"
    log(f"rules: {rules:,.0f} classifications/s")
    training_s = None
    extra["our model size"] = f"{model_size_mb(args.model):.1f} MB ({args.model.name})"
    if not args.no_train and not args.quick:
        log("training ours (`rasa train --force` on a scratch copy, fresh cache) ...")
        training_s, size = train_ours(workdir)
        extra["training: ours"] = f"{training_s:.0f} s (`rasa train --force`, scratch copy, model {size:.1f} MB)"
        log(f"  {training_s:.0f} s, {size:.1f} MB")
    start_bot = None
    if not args.no_starter:
        log("starter bot ...")
        starter_training, starter_model = starter_bot(fresh=not args.quick)
        extra["training: starter bot"] = (f"{starter_training:.0f} s (`rasa train --force`), model "
                                          f"{model_size_mb(starter_model):.1f} MB") if starter_training else "cached"
        start_bot = starter(workdir / "starter", starter_model)

    template = args.endpoints.read_text() if args.endpoints else None
    local = ours(args.label, workdir / "ours", args.model, endpoints=template)
    bots = [b for b in (start_bot, local) if b is not None]
    for variant in variants:
        if variant == "production":
            why = services_up()
            if why:
                log(f"production set-up skipped: PostgreSQL/Redis not reachable ({why})")
                continue
            bot = ours("ours (production set-up: PostgreSQL, Redis lock store, 2 Sanic workers)",
                       workdir / "production", args.model, production=True, env={"SANIC_WORKERS": "2"})
            bot.plan = {"one user", f"typing {max(durations.levels)}", "saturation 20"}
        elif variant == "unpatched":
            bot = ours("ours without the speed changes (RASA_PATCHES_SKIP, no tracker cache, whole domain)",
                       workdir / "unpatched", args.model,
                       env={"RASA_PATCHES_SKIP": ",".join(SPEED_PATCHES)}, lean=False)
            bot.plan = {"one user", "saturation 20"}
        else:
            log(f"unknown variant {variant!r}")
            continue
        bots.append(bot)
    if args.compare:
        label = args.compare_label
        other = ours(f"ours, {label} (local set-up)", workdir / "compare", args.compare)
        other.plan = {"one user", f"typing {max(durations.levels)}", "saturation 20"}
        bots.append(other)
        if "production" in variants and not services_up():
            other = ours(f"ours, {label} (production set-up)", workdir / "compare-production", args.compare,
                         production=True, env={"SANIC_WORKERS": "2"})
            other.plan = {"one user", f"typing {max(durations.levels)}", "saturation 20"}
            bots.append(other)
    settings = (f"one user {durations.one_user:g} s, typing {','.join(map(str, durations.levels))} users "
                f"{durations.typing:g} s each (waits {THINK[0]:g}-{THINK[1]:g} s), saturation "
                f"{durations.rounds} x {durations.saturation:g} s")
    try:
        for bot in bots:  # all up at once (idle servers cost no CPU): every shape runs side by side
            bot.start()
            warm_up(bot)
            log(f"{bot.name}: up in {bot.startup_s:.0f} s, idle RSS " +
                ", ".join(f"{k} {v:.0f} MB" for k, v in bot.idle_memory.items()))
        for number, shape in enumerate(shapes(durations)):
            rounds = durations.rounds if shape[0] == "saturation 20" else 1
            for round_ in range(rounds):  # saturation: rounds in alternating order, merged
                for bot in (bots if round_ % 2 == 0 else bots[::-1]):
                    if bot.plan is None or shape[0] in bot.plan:
                        measure(bot, shape, seed=number + 1 + 10 * round_)
    finally:
        for bot in bots:
            bot.stop()
        if any("production" in bot.name for bot in bots):
            forget_bench_conversations()

    for bot in bots:
        for r in bot.results:
            if r.label == "saturation 20" and start_bot is not None and find(start_bot, "saturation 20"):
                base = find(start_bot, "saturation 20").turns_per_second
                extra[f"saturation ratio: {bot.name}"] = f"{r.turns_per_second / base:.2f}x the starter bot"
    for bot in bots:
        done = sum(r.completed for r in bot.results)
        convs = sum(r.conversations for r in bot.results)
        extra[f"conversations: {bot.name}"] = f"{convs} started, {done} played to the end"
    production = next((bot for bot in bots if bot.name.startswith("ours (production")), None)
    target_lines = targets(local, start_bot, training_s, rules, production)
    text = report(bots, extra, target_lines, settings)
    if not args.no_flood:  # alone on the machine, after the other servers stopped
        flood = FloodSettings(seconds=args.flood_seconds or (20 if args.quick else 60))
        log("flood phase ...")
        text += "\n\n" + "\n".join(run_flood(workdir / "flood", flood, args.model, log).lines())
    log("\n" + text)
    if not args.no_doc:
        write_doc(text)
        log(f"\nwritten to {DOC.relative_to(ROOT)}")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
