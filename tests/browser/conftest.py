"""Fixtures for the browser tests: the built widget served over HTTP, the real
assistant (Rasa with --cors "*"), a scripted fake Rasa for error cases, and
Debian's headless Chromium driven by selenium (never downloaded)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Iterator, List, Optional

import pytest

from tests.support.assistant import MODEL, start_assistant

ROOT = Path(__file__).resolve().parents[2]
WEB = ROOT / "web"
DIST = WEB / "dist"
SCREENSHOTS = ROOT / "tests" / "artifacts" / "screenshots"
CHROMIUM = Path(os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium"))
CHROMEDRIVER = Path(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
# Run against an assistant that is already up (e.g. `make run`; it has --cors "*").
EXTERNAL_RASA = os.environ.get("LBP_BROWSER_RASA_URL", "").rstrip("/")


def unavailable(reason: str) -> None:
    """Skip on a developer machine; fail in CI, where everything must run."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


# --- the widget ------------------------------------------------------------------
def _stale() -> bool:
    built = DIST / "widget.js"
    if not built.exists() or not (DIST / "index.html").exists() or not (DIST / "nl.html").exists():
        return True
    sources = [*WEB.glob("src/**/*"), *WEB.glob("demo/*"), WEB / "build.mjs", WEB / "package-lock.json"]
    newest = max(p.stat().st_mtime for p in sources if p.is_file())
    return newest > built.stat().st_mtime


@pytest.fixture(scope="session")
def web_dist() -> Path:
    """web/dist, built with npm when it is missing or older than its sources."""
    if _stale():
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is not installed: cannot build web/dist (cd web && npm ci && npm run build)")
        if not _node_modules_complete():
            subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=WEB, check=True)
        subprocess.run([npm, "run", "build"], cwd=WEB, check=True)
    return DIST


def _node_modules_complete() -> bool:
    """Every devDependency of web/package.json is in web/node_modules (esbuild to build,
    axe-core for the accessibility test)."""
    wanted = json.loads((WEB / "package.json").read_text(encoding="utf-8")).get("devDependencies", {})
    return all((WEB / "node_modules" / name / "package.json").exists() for name in wanted)


@pytest.fixture(scope="session")
def axe_source() -> str:
    """The pinned axe-core (web/package.json devDependencies), installed by `npm ci` in web/."""
    path = WEB / "node_modules" / "axe-core" / "axe.min.js"
    if not path.exists():
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is not installed: cannot install axe-core (cd web && npm ci)")
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=WEB, check=True)
    if not path.exists():
        unavailable(f"{path} is missing after npm ci: is axe-core in web/package.json devDependencies?")
    return path.read_text(encoding="utf-8")


class _QuietFiles(SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args) -> None:  # keep the test output readable
        pass


def _serve(server: ThreadingHTTPServer) -> str:
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return f"http://{host}:{port}"


@pytest.fixture(scope="session")
def site(web_dist) -> Iterator[str]:
    """The demo pages and widget.js over HTTP on a free port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietFiles, directory=str(web_dist)))
    try:
        yield _serve(server)
    finally:
        server.shutdown()
        server.server_close()


# --- the assistant ---------------------------------------------------------------
@pytest.fixture(scope="session")
def rasa_url(tmp_path_factory) -> Iterator[str]:
    """The real assistant: action server + Rasa with the trained model and CORS open."""
    if EXTERNAL_RASA:
        yield EXTERNAL_RASA
        return
    if not MODEL.exists():
        unavailable(f"no trained model at {MODEL}: run `make train` first")
    with start_assistant(tmp_path_factory.mktemp("browser-assistant"), rasa_args=["--cors", "*"]) as running:
        yield running.url


class FakeRasa:
    """A tiny stand-in for Rasa's REST channel, for the error cases: `reply`
    decides each answer (status, body) from the request body."""

    def __init__(self, reply: Callable[[dict, int], tuple]) -> None:
        self.reply = reply
        self.requests: List[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _cors(self) -> None:
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Access-Control-Allow-Headers", "Content-Type")
                self.send_header("Access-Control-Allow-Methods", "POST, OPTIONS")

            def do_OPTIONS(self) -> None:  # noqa: N802 (http.server's naming)
                self.send_response(204)
                self._cors()
                self.end_headers()

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                fake.requests.append(body)
                status, answer = fake.reply(body, len(fake.requests))
                data = answer if isinstance(answer, bytes) else json.dumps(answer).encode()
                self.send_response(status)
                self._cors()
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = _serve(self.server)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake_rasa() -> Iterator[Callable[[Callable[[dict, int], tuple]], FakeRasa]]:
    started: List[FakeRasa] = []

    def start(reply: Callable[[dict, int], tuple]) -> FakeRasa:
        fake = FakeRasa(reply)
        started.append(fake)
        return fake

    yield start
    for fake in started:
        fake.close()


# --- the browser -----------------------------------------------------------------
@pytest.fixture(scope="session")
def chrome_available() -> None:
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            unavailable(f"{path} is missing: apt-get install -y {package}")
    try:
        import selenium  # noqa: F401
    except ImportError:
        unavailable("selenium is not installed in this virtualenv")


@pytest.fixture
def browser(chrome_available, tmp_path, monkeypatch) -> Iterator[Callable[[], object]]:
    """A factory of fresh headless Chromium sessions (each with its own profile)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # never let Selenium Manager download anything
    drivers: List[webdriver.Chrome] = []

    def launch(profile: Optional[str] = None) -> webdriver.Chrome:
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for arg in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
            "--disable-sync",
            "--disable-extensions",
            "--window-size=1280,800",
            f"--user-data-dir={tmp_path / (profile or f'profile-{len(drivers)}')}",
        ):
            options.add_argument(arg)
        driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
        driver.set_page_load_timeout(30)
        drivers.append(driver)
        return driver

    yield launch
    for driver in drivers:
        try:
            driver.quit()
        except Exception:  # noqa: BLE001 - a crashed browser must not hide the test's result
            pass


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
