"""Starting the real servers for a benchmark, and their resident memory from /proc."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Dict, List, Optional

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
QUIET_ENV = {
    "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false",
    "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "PYTHONWARNINGS": "ignore",
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """One server process (and its children), started in its own session."""

    def __init__(self, name: str, cmd: List[str], cwd: Path, health_url: str, log: Path,
                 env: Optional[Dict[str, str]] = None) -> None:
        self.name, self.cmd, self.cwd, self.health_url, self.log = name, cmd, Path(cwd), health_url, log
        self.env = {**os.environ, **QUIET_ENV, **(env or {})}
        self.process: Optional[subprocess.Popen] = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self, timeout: float = 240) -> float:
        """Starts it and waits until it answers; returns the start-up time in seconds."""
        began = time.monotonic()
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(self.cmd, cwd=self.cwd, env=self.env, stdout=log,
                                            stderr=subprocess.STDOUT, start_new_session=True)
        deadline = began + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; see {self.log}:\n"
                                   + self.log.read_text(errors="replace")[-2000:])
            try:
                with urllib.request.urlopen(self.health_url, timeout=2) as response:
                    if response.status == 200:
                        return time.monotonic() - began
            except OSError:
                pass
            time.sleep(0.3)
        self.stop()
        raise TimeoutError(f"{self.name} not ready after {timeout} s; see {self.log}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)


def shipped_endpoints(actions_url: str, workdir: Path, production: bool = False, cache: bool = True,
                      selective_domain: bool = True) -> str:
    """The shipped endpoints.yml (local: SQLite in `workdir`) or endpoints.production.yml
    (on this machine's PostgreSQL and Redis), with this run's action server; `cache` and
    `selective_domain` False turn off what the shipped files add for speed."""
    shipped = yaml.safe_load((ROOT / ("endpoints.production.yml" if production else "endpoints.yml")).read_text())
    shipped["action_endpoint"]["url"] = actions_url
    store = shipped["tracker_store"]
    if production:
        store.update(url="127.0.0.1", port=5432, db="rasa_test", username="rasa", password="rasa")
        shipped["lock_store"].update(url="127.0.0.1", port=6379, db=7, password=None, key_prefix="lowbackbench")
    else:
        store["db"] = str(workdir / "tracker.db")
    if not selective_domain:
        shipped["action_endpoint"].pop("enable_selective_domain", None)
    if not cache:
        store["cache_size"] = 0
    return yaml.safe_dump(shipped, sort_keys=False)


def rasa_server(name: str, model: Path, workdir: Path, endpoints: Optional[str] = None,
                env: Optional[Dict[str, str]] = None, cwd: Optional[Path] = None) -> Server:
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    credentials = workdir / "credentials.yml"
    credentials.write_text("rest:\n")
    cmd = [str(BIN / "rasa"), "run", "--port", str(port), "--model", str(model), "--credentials", str(credentials)]
    if endpoints is not None:
        (workdir / "endpoints.yml").write_text(endpoints)
        cmd += ["--endpoints", str(workdir / "endpoints.yml")]
    server = Server(name, cmd, cwd or workdir, f"http://127.0.0.1:{port}/webhooks/rest/", workdir / "rasa.log", env)
    server.url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"  # type: ignore[attr-defined]
    return server


def action_server(workdir: Path, env: Optional[Dict[str, str]] = None) -> Server:
    port = free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    cmd = [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(port)]
    server = Server("action server", cmd, ROOT, f"http://127.0.0.1:{port}/health", workdir / "actions.log", env)
    server.webhook = f"http://127.0.0.1:{port}/webhook"  # type: ignore[attr-defined]
    return server


# --- memory -------------------------------------------------------------------

def _children() -> Dict[int, List[int]]:
    tree: Dict[int, List[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def process_tree(root: int) -> List[int]:
    tree, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, []))
    return found


def _status_kb(pid: int, field: str, path: str = "status") -> int:
    try:
        with open(f"/proc/{pid}/{path}", encoding="utf-8") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def tree_memory_mb(root: int) -> Dict[str, float]:
    """Resident memory of a process and its children: RSS summed, and PSS (shared pages split)."""
    pids = process_tree(root)
    rss = sum(_status_kb(pid, "VmRSS:") for pid in pids)
    pss = sum(_status_kb(pid, "Pss:", "smaps_rollup") for pid in pids)
    return {"rss": rss / 1024, "pss": pss / 1024, "processes": len(pids)}


class MemorySampler:
    """Peak memory of some process trees, sampled in a thread while a load runs."""

    def __init__(self, roots: Dict[str, int], every: float = 0.5) -> None:
        self.roots, self.every = roots, every
        self.peak: Dict[str, Dict[str, float]] = {name: {"rss": 0.0, "pss": 0.0, "processes": 0} for name in roots}
        self.peak_total_rss = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0.0
            for name, root in self.roots.items():
                now = tree_memory_mb(root)
                total += now["rss"]
                peak = self.peak[name]
                for key in ("rss", "pss", "processes"):
                    peak[key] = max(peak[key], now[key])
            self.peak_total_rss = max(self.peak_total_rss, total)
            self._stop.wait(self.every)

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


def tree_cpu_seconds(root: int) -> float:
    """CPU time (user + system) used so far by a process and its children."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in process_tree(root):
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ValueError, IndexError):
            continue
    return total / ticks
