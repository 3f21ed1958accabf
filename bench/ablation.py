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
import asyncio
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Optional

import yaml

from bench.load import run_load
from bench.patients import Patient
from bench.run import MODEL, SPEED_PATCHES, Bot, log, our_endpoints, warm_up
from bench.servers import BIN, QUIET_ENV, ROOT, action_server, rasa_server, tree_cpu_seconds

DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- ablation:begin -->", "<!-- ablation:end -->"

# name -> (what is turned off, RASA_PATCHES_SKIP entries, endpoint changes)
CHANGES: Dict[str, tuple] = {
    "tracker cache": ("the store reads every turn's conversation from SQLite", (), {"cache_size": 0}),
    "selective domain": ("the 45 KB domain goes with every action call", (), {"selective": False}),
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
    endpoint: Dict[str, object] = field(default_factory=dict)
    model: Path = MODEL
    turns: int = 0
    seconds: float = 0.0
    rasa_cpu: float = 0.0
    actions_cpu: float = 0.0
    errors: int = 0

    def endpoints(self, workdir: Path) -> str:
        config = yaml.safe_load(our_endpoints("{actions_url}", workdir, production=False))
        if self.endpoint.get("selective") is False:
            config["action_endpoint"].pop("enable_selective_domain", None)
        if "cache_size" in self.endpoint:
            config["tracker_store"]["cache_size"] = self.endpoint["cache_size"]
        return yaml.safe_dump(config, sort_keys=False)

    def row(self) -> str:
        per_turn = f"{1000 * self.rasa_cpu / self.turns:.1f} | {1000 * self.actions_cpu / self.turns:.1f}" \
            if self.turns else "- | -"
        rate = self.turns / self.seconds if self.seconds else 0.0
        return f"| {self.name} | {self.off} | {rate:.1f} | {per_turn} | {self.errors} |"


def train_with_memoization(workdir: Path) -> Path:
    """Our model as it was: the same data with MemoizationPolicy (max_history 5) added."""
    project = workdir / "memoization"
    project.mkdir(parents=True)
    config = yaml.safe_load((ROOT / "config.yml").read_text())
    config["policies"].append({"name": "MemoizationPolicy", "max_history": 5})
    (project / "config.yml").write_text(yaml.safe_dump(config, sort_keys=False))
    for folder in ("domain", "data"):
        shutil.copytree(ROOT / folder, project / folder)
    subprocess.run([str(BIN / "rasa"), "train", "--force", "--domain", "domain", "--out", "models",
                    "--fixed-model-name", "memo", "--quiet"], cwd=project, env={**os.environ, **QUIET_ENV},
                   check=True, capture_output=True)
    return project / "models" / "memo.tar.gz"


def measure(variant: Variant, workdir: Path, seconds: float, seed: int) -> None:
    folder = workdir / variant.name.replace(" ", "-").replace(":", "")
    folder.mkdir(parents=True, exist_ok=True)
    actions = action_server(folder)
    endpoints = variant.endpoints(folder).replace("{actions_url}", actions.webhook)
    env = {"RASA_PATCHES_SKIP": ",".join(variant.skip)} if variant.skip else None
    rasa = rasa_server(variant.name, variant.model, folder, endpoints, env=env)
    actions.start()
    rasa.start()
    try:
        warm_up(Bot(variant.name, rasa, actions, Patient))
        before = tree_cpu_seconds(rasa.pid), tree_cpu_seconds(actions.pid)
        result = asyncio.run(run_load(rasa.url, Patient, 20, seconds, None, "saturation 20", seed=seed,
                                      sender_prefix=f"ablation-{seed}"))
        variant.rasa_cpu += tree_cpu_seconds(rasa.pid) - before[0]
        variant.actions_cpu += tree_cpu_seconds(actions.pid) - before[1]
        variant.turns += result.turns
        variant.seconds += result.seconds
        variant.errors += result.errors + result.silent
        log(f"  {variant.name:<28} {result.turns_per_second:5.1f} turns/s, "
            f"Rasa {1000 * (tree_cpu_seconds(rasa.pid) - before[0]) / max(result.turns, 1):.1f} ms CPU/turn")
    finally:
        rasa.stop()
        actions.stop()


def variants(workdir: Path, with_memoization: bool) -> List[Variant]:
    found = [Variant("all on", "nothing")]
    found += [Variant(f"without {name}", off, skip, dict(endpoint)) for name, (off, skip, endpoint) in CHANGES.items()]
    everything = Variant("all off (Rasa's behaviour)", "all of the above", tuple(SPEED_PATCHES),
                         {"cache_size": 0, "selective": False})
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


def write_doc(text: str) -> None:
    doc = DOC.read_text()
    if BEGIN in doc and END in doc:
        head, rest = doc.split(BEGIN, 1)
        doc = head + BEGIN + "\n" + text + "\n" + END + rest.split(END, 1)[1]
    else:
        doc += f"\n{BEGIN}\n{text}\n{END}\n"
    DOC.write_text(doc)


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
            write_doc(text)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if any(variant.errors for variant in found) else 0


if __name__ == "__main__":
    raise SystemExit(main())
