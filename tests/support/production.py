"""The production set-up for end-to-end tests: PostgreSQL tracker store, Redis lock store,
one action server and any number of Rasa replicas on endpoints.production.yml.

PostgreSQL and Redis come from TEST_POSTGRES_URL / TEST_REDIS_URL (.ci/run starts
them); when they can't be reached the tests skip, except under CI=true, where they fail.
Used by tests/e2e/test_replicas.py, test_production_faults.py, test_privacy.py and
test_usage_report.py.
"""
from __future__ import annotations

import functools
import json
import os
import re
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional
from urllib.parse import urlsplit

import pytest

from tests.support.assistant import MODEL, ROOT, Assistant

POSTGRES_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://rasa:rasa@127.0.0.1:5432/rasa_test")
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PRODUCTION_ENDPOINTS = ROOT / "endpoints.production.yml"
FIRST = {"en": "Hello, my low back hurts", "nl": "Hallo, ik heb last van mijn lage rug"}
RADICULAR_TEXTS = {
    "en": {"onset": "it started when I lifted a heavy box", "duration_days": "3 wks",
           "leg_pain": "yes down into my calf", "leg_numbness": "yes it tingles", "both_legs": "only the left one",
           "age_band": "I'm 52"},
    "nl": {"onset": "bij het tillen van een zware doos", "duration_days": "3 wkn",
           "leg_pain": "uitstralend tot in mijn kuit", "leg_numbness": "ja het tintelt", "both_legs": "maar in één been",
           "age_band": "ik ben 52"},
}
RADICULAR = {"level": "doctor", "condition": "radicular_syndrome", "duration_days": 21}



# --- the services -----------------------------------------------------------------------
def unavailable(message: str) -> None:
    """Skip with the reason, or fail under CI, where .ci/run must have started the service."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true: .ci/run should have started it)")
    pytest.skip(f"{message}; `.ci/run` installs and starts PostgreSQL and Redis on loopback")


def postgres_engine(schema: Optional[str] = None):
    import sqlalchemy as sa

    connect_args: Dict[str, Any] = {"connect_timeout": 5}
    if schema:
        connect_args["options"] = f"-csearch_path={schema}"
    return sa.create_engine(POSTGRES_URL, connect_args=connect_args)


def require_postgres() -> None:
    import sqlalchemy as sa

    try:
        with postgres_engine().connect() as connection:
            connection.execute(sa.text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure means "not reachable"
        unavailable(f"PostgreSQL not reachable at TEST_POSTGRES_URL={_no_password(POSTGRES_URL)}: "
                    f"{error.__class__.__name__}: {str(error).strip().splitlines()[0] if str(error).strip() else ''}")


def require_redis() -> None:
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=5, socket_connect_timeout=5).ping()
    except Exception as error:  # noqa: BLE001
        unavailable(f"Redis not reachable at TEST_REDIS_URL={_no_password(REDIS_URL)}: {error.__class__.__name__}: {error}")


def _no_password(url: str) -> str:
    return re.sub(r"//([^:/@]*):[^@]*@", r"//\1:***@", url)


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh, empty schema for one test module's tracker store; dropped afterwards."""
    import sqlalchemy as sa

    require_postgres()
    schema = f"test_{uuid.uuid4().hex[:10]}"
    engine = postgres_engine()
    with engine.begin() as connection:
        connection.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield schema
    finally:
        with engine.begin() as connection:
            connection.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        engine.dispose()


def production_env(schema: str) -> Dict[str, str]:
    """The environment endpoints.production.yml reads, pointed at the test services."""
    pg, rd = urlsplit(POSTGRES_URL), urlsplit(REDIS_URL)
    return {
        "DB_HOST": pg.hostname or "127.0.0.1", "DB_PORT": str(pg.port or 5432),
        "DB_NAME": pg.path.lstrip("/") or "postgres", "DB_USER": pg.username or "", "DB_PASSWORD": pg.password or "",
        "POSTGRESQL_SCHEMA": schema,
        "REDIS_HOST": rd.hostname or "127.0.0.1", "REDIS_PORT": str(rd.port or 6379),
        "REDIS_DB": rd.path.lstrip("/") or "0", "REDIS_PASSWORD": rd.password or "",
    }


def prepare(workdir: Path, env: Dict[str, str], actions_url: Optional[str] = None) -> Assistant:
    """An Assistant on the production endpoints file; its action server, or another one's."""
    assistant = Assistant(workdir, extra_env=env, endpoints=PRODUCTION_ENDPOINTS.read_text())
    assistant.env["ACTION_ENDPOINT_URL"] = f"{actions_url or assistant.actions_url}/webhook"
    return assistant


@contextmanager
def production_assistants(workdir: Path, schema: str, replicas: int = 1,
                          env_overrides: Optional[Dict[str, str]] = None) -> Iterator[List[Assistant]]:
    """One action server and `replicas` Rasa servers on the production endpoints file
    (`env_overrides`: e.g. DB_PORT of a proxy, REDIS_PORT of a private Redis), all started
    at the same time (the schema's table is created first, so no replica races for it)."""
    import threading

    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: `make test` trains it first")
    require_redis()
    env = {**production_env(schema), **(env_overrides or {})}
    create_events_table(schema)
    first = prepare(workdir / "replica-a", env)
    started: List[Assistant] = [first]
    for index in range(1, replicas):
        started.append(prepare(workdir / f"replica-{'abcdefgh'[index]}", env, actions_url=first.actions_url))
    failures: List[BaseException] = []

    def run(start: Any) -> None:
        try:
            start()
        except BaseException as error:  # noqa: BLE001 - raised below
            failures.append(error)

    try:
        threads = [threading.Thread(target=run, args=(start,), daemon=True)
                   for start in [first.start_actions] + [assistant.start_rasa for assistant in started]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if failures:
            raise failures[0]
        yield started
    finally:  # all at once: each takes a few seconds to shut down
        stops = [threading.Thread(target=assistant.stop) for assistant in reversed(started)]
        for thread in stops:
            thread.start()
        for thread in stops:
            thread.join()


def create_events_table(schema: str) -> None:
    """The tracker store's table in the schema, as Rasa creates it at start."""
    from rasa.core.tracker_store import SQLTrackerStore

    engine = postgres_engine(schema)
    try:
        SQLTrackerStore.Base.metadata.create_all(engine)
    finally:
        engine.dispose()


def stored_events(schema: str, sender: str) -> List[dict]:
    import sqlalchemy as sa

    from bot.stores.tracker_store import EVENTS

    engine = postgres_engine(schema)
    try:
        with engine.connect() as connection:
            rows = connection.execute(sa.select(EVENTS.c.data).where(EVENTS.c.sender_id == sender).order_by(EVENTS.c.id))
            return [json.loads(row[0]) for row in rows]
    finally:
        engine.dispose()


class RoundRobin:
    """Looks like one assistant to `Patient`; every message goes to the next replica."""

    def __init__(self, replicas: List[Assistant]) -> None:
        self.replicas = replicas
        self.turns = 0

    def send(self, sender: str, message: Any, metadata: Optional[dict] = None) -> List[dict]:
        replica = self.replicas[self.turns % len(self.replicas)]
        self.turns += 1
        return replica.send(sender, message, metadata)

    def tracker(self, sender: str) -> dict:  # read from the replica that takes the next turn
        return self.replicas[self.turns % len(self.replicas)].tracker(sender)

    def slots(self, sender: str) -> dict:
        return self.tracker(sender)["slots"]


@functools.lru_cache(maxsize=1)
def _domain() -> Any:
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "domain"))  # 2 s: once per test process


def check_store(schema: str, replicas: List[Assistant], sender: str, user_texts: List[str]) -> List[dict]:
    """The stored conversation holds each user message once, in order, and replays into the
    tracker both replicas serve; returns the stored events."""
    from rasa.shared.core.trackers import DialogueStateTracker

    events = stored_events(schema, sender)
    stored_texts = [e.get("text") for e in events if e["event"] == "user"]
    assert stored_texts == user_texts, "each user message stored exactly once, in the order sent"
    serialised = [repr(sorted(e.items())) for e in events]
    assert len(set(serialised)) == len(serialised), "no event stored twice"
    for index, event in enumerate(events):
        if event["event"] == "user":  # no gap: every message was taken while listening
            before = [e for e in events[:index] if e["event"] == "action"]
            assert before and before[-1]["name"] == "action_listen", f"user event {index} not after action_listen"
    assert events[-1]["event"] == "action" and events[-1]["name"] == "action_listen", "the turn finished"
    domain = _domain()
    replayed = DialogueStateTracker.from_dict(sender, events, domain.slots)
    for replica in replicas:
        served = replica.tracker(sender)
        assert len(served["events"]) == len(events), "the replica serves exactly the stored events"
        for slot in ("requested_slot", "language", "triage_level", "triage_condition", "onset", "duration_days"):
            assert served["slots"].get(slot) == replayed.get_slot(slot), slot
    return events


def log_figures(replicas: List[Assistant]) -> Dict[str, int]:
    text = "".join(r.rasa_log.read_text(errors="replace") for r in replicas if r.rasa_log.exists())
    return {
        "log_errors": len(re.findall(r"\bERROR\b", text)),
        "lock_errors": text.count("LockError") + text.count("Could not acquire lock"),
        "concurrent_writes": text.count("by another process during this turn"),
    }

