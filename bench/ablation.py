"""`make bench-ablation` (python -m bench.ablation): what each speed change buys.

Our local set-up (SQLite, one Sanic worker) at saturation (20 users, no waiting), once
with everything on and once with each change turned off alone; then with all of them
off. Prints, per run, turns/s and the CPU milliseconds Rasa and the action server spent
per turn (from /proc: the cost of a turn, less sensitive to what else the machine does
than turns/s). The runs alternate in rounds, so a busier minute of the machine spreads
over all of them. The table goes into docs/performance.md between its ablation markers
unless --no-doc.
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from bench.run import MODEL, SPEED_PATCHES, log, ours, saturate, scratch_project, train_timed, warm_up, write_doc
from bench.servers import ROOT, shipped_endpoints

BEGIN, END = "<!-- ablation:begin -->", "<!-- ablation:end -->"

# name -> (what is turned off, RASA_PATCHES_SKIP entries, endpoint changes)
CHANGES: Dict[str, tuple] = {
    "tracker cache": ("the store reads every turn's conversation from SQLite", (), {"cache": False}),
    "selective domain": ("the 45 KB domain goes with every action call", (), {"selective_domain": False}),
    "turn-only events": ("every stored event goes with every action call", ("payload",), {}),
    "intent features": ("Rasa's stacking and weight copy for every message", ("features",), {}),
    "graph runner": ("Rasa's dask graph for every message and prediction", ("graph",), {}),
    "action validator": ("jsonschema re-checks its schema for every action response", ("validator",), {}),
    "event lookup": ("Event.resolve_by_type walks every Event subclass", ("events",), {}),
    "keep-alive": ("a new HTTP connection (and json.dumps) per action call", ("keepalive",), {}),
}


@dataclass
class Variant:
    name: str
    off: str
    skip: tuple = ()
    endpoint: Dict[str, bool] = field(default_factory=dict)
    model: Path = MODEL
    turns: int = 0
    seconds: float = 0.0
    rasa_cpu: float = 0.0
    actions_cpu: float = 0.0
    errors: int = 0

    def row(self) -> str:
        per_turn = f"{1000 * self.rasa_cpu / self.turns:.1f} | {1000 * self.actions_cpu / self.turns:.1f}" \
            if self.turns else "- | -"
        rate = self.turns / self.seconds if self.seconds else 0.0
        return f"| {self.name} | {self.off} | {rate:.1f} | {per_turn} | {self.errors} |"


def train_with_memoization(workdir: Path) -> Path:
    """Our model as it was: the same data with MemoizationPolicy (max_history 5) added."""
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    config["policies"].append({"name": "MemoizationPolicy", "max_history": 5})
    project = scratch_project(workdir / "memoization", yaml.safe_dump(config, sort_keys=False))
    return train_timed(project, ["--domain", "domain"])[1]


def measure(variant: Variant, workdir: Path, seconds: float, seed: int) -> None:
    folder = workdir / variant.name.replace(" ", "-").replace(":", "")
    folder.mkdir(parents=True, exist_ok=True)
    endpoints = shipped_endpoints("{actions_url}", folder, **variant.endpoint)
    env = {"RASA_PATCHES_SKIP": ",".join(variant.skip)} if variant.skip else None
    bot = ours(variant.name, folder, variant.model, env=env, endpoints=endpoints)
    bot.start()
    try:
        warm_up(bot)
        result, cpu = saturate(bot, seconds, seed, f"ablation-{seed}")
        variant.rasa_cpu += cpu["rasa"]
        variant.actions_cpu += cpu["actions"]
        variant.turns += result.turns
        variant.seconds += result.seconds
        variant.errors += result.errors + result.silent
        log(f"  {variant.name:<28} {result.turns_per_second:5.1f} turns/s, "
            f"Rasa {1000 * cpu['rasa'] / max(result.turns, 1):.1f} ms CPU/turn")
    finally:
        bot.stop()


def variants(workdir: Path, with_memoization: bool) -> List[Variant]:
    found = [Variant("all on", "nothing")]
    found += [Variant(f"without {name}", off, skip, dict(endpoint)) for name, (off, skip, endpoint) in CHANGES.items()]
    everything = Variant("all off (Rasa's behaviour)", "all of the above", tuple(SPEED_PATCHES),
                         {"cache": False, "selective_domain": False})
    found.append(everything)
    if with_memoization:
        log("training the model with MemoizationPolicy ...")
        found.append(Variant("with MemoizationPolicy", "the policy is back (it had no stories to learn)",
                             model=train_with_memoization(workdir)))
    return found


def table(found: List[Variant], seconds: float, rounds: int) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [f"Last `make bench-ablation`: {stamp}; local set-up, saturation (20 users, no waiting), "
             f"{rounds} x {seconds:g} s per run, runs alternating.", "",
             "| run | turned off | turns/s | Rasa CPU ms/turn | actions CPU ms/turn | errors |",
             "|---|---|---:|---:|---:|---:|"]
    lines += [variant.row() for variant in found]
    return "\n".join(lines)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30, help="seconds of each saturation run")
    parser.add_argument("--rounds", type=int, default=1, help="rounds over all variants")
    parser.add_argument("--no-memoization", action="store_true", help="skip the model with MemoizationPolicy")
    parser.add_argument("--only", help="comma list of variant names (default: all)")
    parser.add_argument("--no-doc", action="store_true", help="do not update docs/performance.md")
    args = parser.parse_args(argv)
    if not MODEL.exists():
        log(f"no model at {MODEL}: run `make train` first")
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="lowback-ablation-"))
    try:
        found = variants(workdir, not args.no_memoization)
        if args.only:
            wanted = {name.strip() for name in args.only.split(",")}
            found = [variant for variant in found if variant.name in wanted]
        began = time.monotonic()
        for round_number in range(args.rounds):
            log(f"round {round_number + 1} of {args.rounds}")
            for variant in (found if round_number % 2 == 0 else list(reversed(found))):
                measure(variant, workdir, args.seconds, seed=11 + round_number)
        text = table(found, args.seconds, args.rounds)
        log("\n" + text + f"\n\n({time.monotonic() - began:.0f} s)")
        if not args.no_doc:
            write_doc(text, BEGIN, END, "## What each change buys")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if any(variant.errors for variant in found) else 0


if __name__ == "__main__":
    raise SystemExit(main())
