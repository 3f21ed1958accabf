"""A fake WhatsApp Cloud API (Meta Graph API) on loopback, for tests.

A real HTTP server in a thread with its own port, so it serves both sync tests
(Rasa in another process) and async ones (the channel in the test's event loop).
It records every ``POST /{version}/{phone_number_id}/messages``, checks the bearer
token and the message shape against the Cloud API's limits, and answers like the
Graph API: 200 with a message id, 401 (code 190) for a bad token, 400 (code
131009) for a malformed message. Anything wrong is recorded in ``.violations``.

    with FakeGraph("token", "1234567890") as graph:
        ...  # point the channel at graph.url
        graph.wait_for(2, timeout=10)
        assert graph.violations == []
        print(graph.sent, graph.texts())
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Dict, List, Optional

MAX_TEXT_BODY = 4096
MAX_INTERACTIVE_BODY = 1024
MAX_BUTTON_TITLE = 20
MAX_BUTTON_ID = 256
MAX_LIST_BUTTON = 20
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_ID = 200
MAX_ROW_DESCRIPTION = 72
MAX_SECTION_TITLE = 24


def message_violations(body: Any) -> List[str]:
    """What is wrong with a Cloud API message body (empty list when nothing)."""
    if not isinstance(body, dict):
        return ["body is not a JSON object"]
    problems = []
    if body.get("messaging_product") != "whatsapp":
        problems.append("messaging_product is not 'whatsapp'")
    if body.get("recipient_type", "individual") != "individual":
        problems.append("recipient_type is not 'individual'")
    to = body.get("to")
    if not isinstance(to, str) or not re.fullmatch(r"\+?\d{6,20}", to):
        problems.append("'to' is not a phone number / wa_id")
    kind = body.get("type")
    if kind == "text":
        text = body.get("text")
        value = text.get("body") if isinstance(text, dict) else None
        if not isinstance(value, str) or not value.strip():
            problems.append("text.body is empty")
        elif len(value) > MAX_TEXT_BODY:
            problems.append(f"text.body longer than {MAX_TEXT_BODY}")
    elif kind == "interactive":
        problems.extend(_interactive_violations(body.get("interactive")))
    else:
        problems.append(f"type {kind!r} is not text or interactive")
    return problems


def _interactive_violations(interactive: Any) -> List[str]:
    if not isinstance(interactive, dict):
        return ["interactive is not an object"]
    problems = []
    body = interactive.get("body")
    text = body.get("text") if isinstance(body, dict) else None
    if not isinstance(text, str) or not text.strip():
        problems.append("interactive.body.text is empty")
    elif len(text) > MAX_INTERACTIVE_BODY:
        problems.append(f"interactive.body.text longer than {MAX_INTERACTIVE_BODY}")
    action = interactive.get("action")
    if not isinstance(action, dict):
        return problems + ["interactive.action is not an object"]
    kind = interactive.get("type")
    if kind == "button":
        buttons = action.get("buttons")
        if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
            return problems + ["a button message needs 1 to 3 buttons"]
        ids, titles = [], []
        for button in buttons:
            reply = button.get("reply") if isinstance(button, dict) else None
            if button.get("type") != "reply" or not isinstance(reply, dict):
                problems.append("a button is not {'type': 'reply', 'reply': {...}}")
                continue
            ids.append(reply.get("id"))
            titles.append(reply.get("title"))
            problems.extend(_field("button id", reply.get("id"), MAX_BUTTON_ID))
            problems.extend(_field("button title", reply.get("title"), MAX_BUTTON_TITLE))
        if len(set(map(str, ids))) != len(ids):
            problems.append("button ids are not unique")
        if len(set(map(str, titles))) != len(titles):
            problems.append("button titles are not unique")
    elif kind == "list":
        problems.extend(_field("list button", action.get("button"), MAX_LIST_BUTTON))
        sections = action.get("sections")
        if not isinstance(sections, list) or not 1 <= len(sections) <= 10:
            return problems + ["a list needs 1 to 10 sections"]
        rows: List[Dict[str, Any]] = []
        for section in sections:
            if not isinstance(section, dict) or not isinstance(section.get("rows"), list):
                problems.append("a section has no rows")
                continue
            if len(sections) > 1 or "title" in section:
                problems.extend(_field("section title", section.get("title"), MAX_SECTION_TITLE))
            rows.extend(row for row in section["rows"] if isinstance(row, dict))
        if not 1 <= len(rows) <= MAX_LIST_ROWS:
            problems.append(f"a list needs 1 to {MAX_LIST_ROWS} rows, got {len(rows)}")
        for row in rows:
            problems.extend(_field("row id", row.get("id"), MAX_ROW_ID))
            problems.extend(_field("row title", row.get("title"), MAX_ROW_TITLE))
            if "description" in row:
                problems.extend(_field("row description", row.get("description"), MAX_ROW_DESCRIPTION))
        if len({str(row.get("id")) for row in rows}) != len(rows):
            problems.append("row ids are not unique")
    else:
        problems.append(f"interactive type {kind!r} is not button or list")
    return problems


def _field(name: str, value: Any, limit: int) -> List[str]:
    if not isinstance(value, str) or not value.strip():
        return [f"{name} is empty"]
    if len(value) > limit:
        return [f"{name} longer than {limit}: {value!r}"]
    return []


def visible_text(body: Dict[str, Any]) -> str:
    """The text a WhatsApp user reads in a message body (with its options)."""
    if body.get("type") == "text":
        return str(body.get("text", {}).get("body", ""))
    interactive = body.get("interactive") or {}
    return str((interactive.get("body") or {}).get("text", ""))


def options(body: Dict[str, Any]) -> List[Dict[str, str]]:
    """The choices of an interactive message as ``{"id", "title"}`` dicts."""
    interactive = body.get("interactive") or {}
    action = interactive.get("action") or {}
    if interactive.get("type") == "button":
        return [dict(button.get("reply") or {}) for button in action.get("buttons") or []]
    if interactive.get("type") == "list":
        return [
            {"id": row.get("id"), "title": row.get("title")}
            for section in action.get("sections") or []
            for row in section.get("rows") or []
        ]
    return []


class FakeGraph:
    """The fake Graph API server. Use as a context manager."""

    def __init__(self, token: str, phone_number_id: str, version: Optional[str] = None) -> None:
        self.token = token
        self.phone_number_id = str(phone_number_id)
        self.version = version  # None: any "v<number>" version
        self.sent: List[Dict[str, Any]] = []
        self.violations: List[str] = []
        self.requests: List[Dict[str, Any]] = []  # every request: method, path, status
        self.fail_next: List[tuple] = []  # (status, error code) to answer next POSTs with
        self.url = ""
        self._condition = threading.Condition()
        self._ids = itertools.count(1)
        self._server: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    # -- lifecycle
    def __enter__(self) -> FakeGraph:
        self.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def start(self) -> None:
        graph = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                status, answer = graph._handle_post(self.path, self.headers, raw)
                self._reply(status, answer)

            def do_GET(self) -> None:  # noqa: N802
                graph._record("GET", self.path, 404)
                self._reply(404, _error(404, 100, "Unsupported get request"))

            def _reply(self, status: int, answer: Dict[str, Any]) -> None:
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-graph", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # -- the API
    def _handle_post(self, path: str, headers: Any, raw: bytes) -> tuple:
        match = re.fullmatch(r"/(v\d+(?:\.\d+)?)/([^/?]+)/messages", path.split("?")[0])
        if not match or (self.version and match.group(1) != self.version):
            self._violation(f"POST to unknown path {path}")
            self._record("POST", path, 404)
            return 404, _error(404, 100, "Unknown path")
        if match.group(2) != self.phone_number_id:
            self._violation(f"POST for phone number id {match.group(2)}")
            self._record("POST", path, 400)
            return 400, _error(400, 100, "Unknown phone number id")
        if headers.get("Authorization") != f"Bearer {self.token}":
            self._violation("missing or wrong Authorization bearer token")
            self._record("POST", path, 401)
            return 401, _error(401, 190, "Invalid OAuth access token")
        try:
            body = json.loads(raw)
        except ValueError:
            self._violation("body is not JSON")
            self._record("POST", path, 400)
            return 400, _error(400, 100, "Invalid JSON")
        problems = message_violations(body)
        with self._condition:
            self.sent.append(body)
            forced = self.fail_next.pop(0) if self.fail_next else None
            self._condition.notify_all()
        if problems:
            for problem in problems:
                self._violation(problem)
            self._record("POST", path, 400)
            return 400, _error(400, 131009, "Parameter value is not valid")
        if forced:
            self._record("POST", path, forced[0])
            return forced[0], _error(forced[0], forced[1], "Forced failure")
        self._record("POST", path, 200)
        to = body.get("to")
        return 200, {
            "messaging_product": "whatsapp",
            "contacts": [{"input": to, "wa_id": to}],
            "messages": [{"id": f"wamid.fake{next(self._ids):08d}"}],
        }

    def _violation(self, problem: str) -> None:
        with self._condition:
            self.violations.append(problem)
            self._condition.notify_all()

    def _record(self, method: str, path: str, status: int) -> None:
        with self._condition:
            self.requests.append({"method": method, "path": path, "status": status})

    # -- waiting and reading
    def wait_for(self, n: int, timeout: float = 10.0) -> List[Dict[str, Any]]:
        """Blocks until at least ``n`` messages were posted; returns them all.

        Raises AssertionError on timeout. Do not call it from the event loop that
        sends the messages (use :meth:`wait_for_async` there)."""
        deadline = time.monotonic() + timeout
        with self._condition:
            while len(self.sent) < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(
                        f"FakeGraph: {len(self.sent)} message(s) after {timeout} s, wanted {n}"
                    )
                self._condition.wait(left)
            return list(self.sent)

    async def wait_for_async(self, n: int, timeout: float = 10.0) -> List[Dict[str, Any]]:
        """Like :meth:`wait_for`, without blocking the event loop."""
        deadline = time.monotonic() + timeout
        while len(self.sent) < n:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"FakeGraph: {len(self.sent)} message(s) after {timeout} s, wanted {n}"
                )
            await asyncio.sleep(0.01)
        return list(self.sent)

    def wait_quiet(self, quiet: float = 1.0, timeout: float = 60.0) -> List[Dict[str, Any]]:
        """Blocks until nothing was posted for ``quiet`` seconds; returns all messages."""
        deadline = time.monotonic() + timeout
        count, since = len(self.sent), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            if len(self.sent) != count:
                count, since = len(self.sent), time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
        return list(self.sent)

    def to(self, wa_id: str) -> List[Dict[str, Any]]:
        """The messages sent to one user."""
        return [body for body in list(self.sent) if body.get("to") == wa_id]

    def texts(self, wa_id: Optional[str] = None) -> List[str]:
        """The visible texts of the messages (of one user, or all)."""
        bodies = self.to(wa_id) if wa_id else list(self.sent)
        return [visible_text(body) for body in bodies]


def _error(status: int, code: int, message: str) -> Dict[str, Any]:
    return {
        "error": {
            "message": message,
            "type": "OAuthException",
            "code": code,
            "error_subcode": 2494010 if status == 400 else None,
            "fbtrace_id": "AfakeTraceId",
        }
    }
