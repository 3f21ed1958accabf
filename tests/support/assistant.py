"""Starts the real assistant for end-to-end tests: `rasa run actions` and
`rasa run --enable-api` with the trained model, on free loopback ports."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional

import requests

from bench.patients import triage_of  # noqa: F401  (the triage payload of a reply; tests import it from here)
from bench.servers import shipped_endpoints

ROOT = Path(__file__).resolve().parents[2]
MODEL = ROOT / "models" / "current.tar.gz"
BIN = Path(sys.executable).parent
TOKEN = "e2e-secret-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(check, timeout: float, what: str, process: Optional[subprocess.Popen] = None, log: Optional[Path] = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
            raise RuntimeError(f"{what} exited with {process.returncode}:\n{tail}")
        try:
            if check():
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise TimeoutError(f"{what} not ready after {timeout} s\n{tail}")


class Assistant:
    """One running assistant. Use `start_assistant()` rather than this class directly."""

    def __init__(self, workdir: Path, extra_env: Optional[Dict[str, str]] = None,
                 endpoints: Optional[str] = None, credentials: Optional[str] = None,
                 rasa_args: Optional[List[str]] = None, token: Optional[str] = TOKEN) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.rasa_port = free_port()
        self.actions_port = free_port()
        self.url = f"http://127.0.0.1:{self.rasa_port}"
        self.actions_url = f"http://127.0.0.1:{self.actions_port}"
        self.token = token
        self.env = {**os.environ, "PYTHONUNBUFFERED": "1", "TF_CPP_MIN_LOG_LEVEL": "3", "RASA_TELEMETRY_ENABLED": "false",
                    "SQLALCHEMY_SILENCE_UBER_WARNING": "1", **(extra_env or {})}
        self.endpoints_path = self.workdir / "endpoints.yml"
        self.endpoints_path.write_text(endpoints or self.default_endpoints())
        self.credentials_path = self.workdir / "credentials.yml"
        self.credentials_path.write_text(credentials or "rest:\n")
        self.rasa_args = rasa_args or []
        self.rasa_log = self.workdir / "rasa.log"
        self.actions_log = self.workdir / "actions.log"
        self.rasa: Optional[subprocess.Popen] = None
        self.actions: Optional[subprocess.Popen] = None

    def default_endpoints(self) -> str:
        """The shipped endpoints.yml, on this test's action server and SQLite file."""
        return shipped_endpoints(f"{self.actions_url}/webhook", self.workdir)

    # --- processes ---------------------------------------------------------
    def start_actions(self) -> None:
        with open(self.actions_log, "ab") as log:
            self.actions = subprocess.Popen(
                [str(BIN / "rasa"), "run", "actions", "--actions", "actions", "--port", str(self.actions_port)],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        # 180 s like the Rasa server: importing the reading tables compiles ~3000 patterns (~27 s on an idle core),
        # and CI starts two replicas at once beside a busy test worker on 2 cores (stop 54 timed out at 60 s).
        wait_until(lambda: requests.get(f"{self.actions_url}/health", timeout=2).ok, 180, "action server",
                   self.actions, self.actions_log)

    def start_rasa(self) -> None:
        with open(self.rasa_log, "ab") as log:
            self.rasa = subprocess.Popen(
                [str(BIN / "rasa"), "run", "--enable-api", *(["--auth-token", self.token] if self.token else []),
                 "--port", str(self.rasa_port),
                 "--model", str(MODEL), "--endpoints", str(self.endpoints_path),
                 "--credentials", str(self.credentials_path), *self.rasa_args],
                cwd=self.workdir, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        wait_until(lambda: requests.get(f"{self.url}/status", params=self._auth(), timeout=2).ok, 180, "rasa server",
                   self.rasa, self.rasa_log)

    @staticmethod
    def _stop(process: Optional[subprocess.Popen]) -> None:
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(5)

    def stop_actions(self) -> None:
        self._stop(self.actions)

    def stop_rasa(self) -> None:
        self._stop(self.rasa)

    def stop(self) -> None:
        self.stop_rasa()
        self.stop_actions()

    # --- talking to it -----------------------------------------------------
    def _auth(self) -> Dict[str, str]:
        return {"token": self.token} if self.token else {}

    def send(self, sender: str, message: Any, metadata: Optional[dict] = None) -> List[dict]:
        body: Dict[str, Any] = {"sender": sender, "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        response = requests.post(f"{self.url}/webhooks/rest/webhook", json=body, timeout=60)
        response.raise_for_status()
        return response.json()

    def parse(self, text: str) -> dict:
        """What the model reads in `text` (Rasa's /model/parse: intent, entities), no conversation."""
        response = requests.post(f"{self.url}/model/parse", json={"text": text}, params=self._auth(), timeout=30)
        response.raise_for_status()
        return response.json()

    def tracker(self, sender: str) -> dict:
        response = requests.get(f"{self.url}/conversations/{sender}/tracker", params=self._auth(), timeout=30)
        response.raise_for_status()
        return response.json()

    def slots(self, sender: str) -> dict:
        return self.tracker(sender)["slots"]

    def logs(self) -> str:
        return "".join(p.read_text(errors="replace") for p in (self.rasa_log, self.actions_log) if p.exists())


@contextmanager
def start_assistant(workdir: Path, **kwargs: Any) -> Iterator[Assistant]:
    if not MODEL.exists():
        raise RuntimeError(f"no trained model at {MODEL}: run `make train` first")
    assistant = Assistant(workdir, **kwargs)
    try:
        assistant.start_actions()
        assistant.start_rasa()
        yield assistant
    finally:
        assistant.stop()


# --- reading the bot's replies ------------------------------------------------
def texts(messages: List[dict]) -> List[str]:
    return [m["text"] for m in messages if m.get("text")]


def joined(messages: List[dict]) -> str:
    return "\n".join(texts(messages))


def buttons(messages: List[dict]) -> List[dict]:
    return [b for m in messages for b in (m.get("buttons") or [])]


