"""`python -m bot.operations.retention` (make purge): deletes whole conversations whose last event is
older than the retention period, and nothing else.

The stores are filled through the tracker store's own API (PrivacySQLTrackerStore.save)
with events dated in the past: an SQLite file, and the production endpoints file on
PostgreSQL (skipped when PostgreSQL can't be reached, failed under CI=true). The last test
purges the SQLite file of a real, running Rasa server while patients keep talking to it.
"""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Dict, List

import pytest

from bot.operations.retention import purge
from bot.stores.tracker_store import PrivacySQLTrackerStore, engine_from_endpoints, senders, stored_events
from tests.support.assistant import MODEL, ROOT, start_assistant, triage_of

DAY = 86400.0
NOW = time.time()


def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "domain"))


def conversation(sender: str, days_ago: List[float]) -> object:
    """A tracker with one session per entry of `days_ago` (a user message and an answer each)."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = []
    for age in days_ago:
        at = NOW - age * DAY
        events += [
            ActionExecuted("action_session_start", timestamp=at), SessionStarted(timestamp=at),
            SlotSet("language", "en", timestamp=at), ActionExecuted("action_listen", timestamp=at),
            UserUttered("my back hurts", intent={"name": "report_pain", "confidence": 1.0}, timestamp=at + 1),
            SlotSet("consent", True, timestamp=at + 2), BotUttered("How did the pain start?", timestamp=at + 2),
            ActionExecuted("action_listen", timestamp=at + 3),
        ]
    return DialogueStateTracker.from_events(sender, events, domain().slots)


# sender -> days ago of each session (the last one is what counts)
CONVERSATIONS: Dict[str, List[float]] = {
    "old-a": [45], "old-b": [31], "old-c": [400], "old-d": [90, 60], "old-e": [31.5], "old-f": [200], "old-g": [33],
    "recent": [1], "edge-kept": [29.9], "long-kept": [60, 2],  # an old session, then a recent one: kept whole
}
OLD = {name for name in CONVERSATIONS if name.startswith("old")}


def fill(store: PrivacySQLTrackerStore, conversations: Dict[str, List[float]]) -> None:
    async def save_all():
        for sender, ages in conversations.items():
            await store.save(conversation(sender, ages))

    asyncio.run(save_all())


def run_cli(*args: str, env: Dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot.operations.retention", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, **(env or {})})


@pytest.fixture(params=["sqlite", "postgresql"])
def filled(request, tmp_path, monkeypatch):
    """(endpoints file, environment for it) of a store holding CONVERSATIONS."""
    if request.param == "sqlite":
        endpoints = tmp_path / "endpoints.yml"
        endpoints.write_text(
            "tracker_store:\n  type: bot.stores.tracker_store.PrivacySQLTrackerStore\n"
            f'  dialect: "sqlite"\n  db: "{tmp_path / "rasa.db"}"\n'
        )
        store = PrivacySQLTrackerStore(domain(), dialect="sqlite", db=str(tmp_path / "rasa.db"))
        fill(store, CONVERSATIONS)
        store.engine.dispose()
        yield endpoints, {}
        return
    from tests.e2e.test_replicas import PRODUCTION_ENDPOINTS, postgres_schema, production_env

    with postgres_schema() as schema:
        env = {k: v for k, v in production_env(schema).items() if k.startswith(("DB_", "POSTGRESQL_"))}
        for name, value in env.items():  # only these: the command reads only the tracker_store section
            monkeypatch.setenv(name, value)
        store = PrivacySQLTrackerStore(domain(), dialect="postgresql", host=env["DB_HOST"], port=env["DB_PORT"],
                                       db=env["DB_NAME"], username=env["DB_USER"], password=env["DB_PASSWORD"])
        fill(store, CONVERSATIONS)
        store.engine.dispose()
        yield PRODUCTION_ENDPOINTS, env


def test_dry_run_counts_and_deletes_nothing(filled):
    endpoints, env = filled
    result = run_cli("--endpoints", str(endpoints), "--days", "30", "--dry-run", env=env)
    assert result.returncode == 0, result.stderr
    assert f"would delete {len(OLD)} conversation(s)" in result.stdout
    assert f"{len(CONVERSATIONS) - len(OLD)} conversation(s) kept" in result.stdout
    assert set(senders(engine_from_endpoints(endpoints))) == set(CONVERSATIONS)


def test_purge_deletes_whole_old_conversations_only(filled):
    endpoints, env = filled
    engine = engine_from_endpoints(endpoints)
    kept_before = {s: len(stored_events(engine, [s])) for s in set(CONVERSATIONS) - OLD}
    old_events = len(stored_events(engine, OLD))
    result = run_cli("--endpoints", str(endpoints), "--days", "30", "--batch-size", "3", env=env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"deleted {len(OLD)} conversation(s), {old_events} event(s), in 3 batch(es)" in out, out
    assert f"{len(kept_before)} conversation(s) kept" in out
    assert set(senders(engine)) == set(kept_before), "old conversations gone, whatever their number of sessions"
    assert {s: len(stored_events(engine, [s])) for s in kept_before} == kept_before, "kept ones untouched"
    for name in OLD:
        assert name not in out, "no sender id printed"
    again = run_cli("--endpoints", str(endpoints), "--days", "30", env=env)
    assert "deleted 0 conversation(s), 0 event(s)" in again.stdout, "nothing left to purge"


def test_days_default_to_the_practice_config(filled, tmp_path):
    endpoints, env = filled
    practice = (ROOT / "config" / "practice.yml").read_text().replace("retention_days: 30", "retention_days: 100")
    assert "retention_days: 100" in practice
    (tmp_path / "practice.yml").write_text(practice)
    result = run_cli("--endpoints", str(endpoints), env={**env, "PRACTICE_CONFIG": str(tmp_path / "practice.yml")})
    assert result.returncode == 0, result.stderr
    assert "retention 100 days" in result.stdout
    # older than 100 days: old-c (400) and old-f (200)
    assert "deleted 2 conversation(s)" in result.stdout


def test_a_conversation_that_moves_on_during_the_purge_is_kept(monkeypatch):
    """PostgreSQL: Rasa saves a new message of an old conversation after the purge picked
    it and before it took the conversation's lock: the age is checked again under the lock."""
    import bot.operations.retention as retention
    from tests.e2e.test_replicas import PRODUCTION_ENDPOINTS, postgres_schema, production_env

    with postgres_schema() as schema:
        env = production_env(schema)
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        store = PrivacySQLTrackerStore(domain(), dialect="postgresql", host=env["DB_HOST"], port=env["DB_PORT"],
                                       db=env["DB_NAME"], username=env["DB_USER"], password=env["DB_PASSWORD"])
        fill(store, {"old-moves-on": [40], "old-stays-old": [50]})
        real_lock = retention.lock_sender

        def rasa_saves_first(connection, sender_id):
            if sender_id == "old-moves-on":  # the user comes back at this very moment
                asyncio.run(store.save(conversation("old-moves-on", [40, 0])))
            real_lock(connection, sender_id)

        monkeypatch.setattr(retention, "lock_sender", rasa_saves_first)
        engine = engine_from_endpoints(PRODUCTION_ENDPOINTS, for_writing=True)
        result = purge(engine, 30)
        assert (result.conversations, result.kept) == (1, 1)
        assert senders(engine) == ["old-moves-on"]
        assert len(stored_events(engine, ["old-moves-on"])) == 16, "both sessions kept whole"
        engine.dispose()
        store.engine.dispose()


def test_a_turn_waits_for_another_writer_on_the_sqlite_file_instead_of_failing(tmp_path):
    """A purge batch (or any other writer) holding the sqlite file's write lock for longer than
    sqlite's default 5 s must not fail the person's turn with "database is locked": the turn
    waits (a clean clone's run on a busy machine once answered "Sorry, ... send it again")."""
    import sqlite3

    database = tmp_path / "tracker.db"
    store = PrivacySQLTrackerStore(domain(), dialect="sqlite", db=str(database))
    fill(store, {"before": [1]})
    tracker = conversation("during", [0])  # built first: loading the domain takes seconds
    writer = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")  # the other writer holds the lock for 8 s
    releaser = threading.Timer(8, lambda: writer.execute("COMMIT"))
    releaser.start()
    try:
        asyncio.run(store.save(tracker))
    finally:
        releaser.join()
        writer.close()
    assert "during" in senders(store.engine)


@pytest.mark.parametrize("args, message", [
    (["--endpoints", "does-not-exist.yml"], "endpoints file not found"),
    (["--days", "-1"], "--days must be 0 or more"),
])
def test_bad_arguments_are_named(args, message):
    result = run_cli(*args)
    assert result.returncode == 2 and message in result.stderr


def test_other_store_types_and_missing_files(tmp_path):
    (tmp_path / "redis.yml").write_text("tracker_store:\n  type: redis\n  url: localhost\n")
    result = run_cli("--endpoints", str(tmp_path / "redis.yml"))
    assert result.returncode == 2 and "not an SQL store" in result.stderr
    (tmp_path / "sqlite.yml").write_text(f'tracker_store:\n  type: sql\n  dialect: sqlite\n  db: "{tmp_path / "none.db"}"\n')
    result = run_cli("--endpoints", str(tmp_path / "sqlite.yml"))
    assert result.returncode == 0 and "nothing to do" in result.stdout
    assert not (tmp_path / "none.db").exists(), "no empty database created"


# --- while Rasa keeps serving --------------------------------------------------------------
FIRST = {"en": "Hello, my low back hurts", "nl": "Hallo, ik heb last van mijn lage rug"}


@pytest.mark.e2e
def test_purge_while_a_rasa_server_on_that_sqlite_file_keeps_serving(tmp_path):
    from tests.support.conversation import Patient

    if not MODEL.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"no trained model at {MODEL}")
        pytest.skip(f"no trained model at {MODEL}: `make train` first")
    with start_assistant(tmp_path / "assistant") as assistant:
        database = assistant.workdir / "tracker.db"
        endpoints = assistant.endpoints_path
        store = PrivacySQLTrackerStore(domain(), dialect="sqlite", db=str(database))
        old = {f"old-{i}": [40 + i] for i in range(40)}
        fill(store, old)  # written while Rasa has the file open
        store.engine.dispose()

        outcomes: Dict[str, object] = {}

        def talk(language: str) -> None:
            sender = f"live-{language}-{uuid.uuid4().hex[:8]}"
            patient = Patient(assistant, sender, language, {"onset": "sudden_movement", "age_band": "20_44"},
                              texts={"duration_days": {"en": "about 10 days", "nl": "ongeveer tien dagen"}[language]})
            try:
                triage = patient.run_check(FIRST[language])
                outcomes[language] = (sender, triage, [t for who, t in patient.transcript if who == "user"])
            except Exception as error:  # noqa: BLE001 - reported below
                outcomes[language] = error

        talkers = [threading.Thread(target=talk, args=(language,)) for language in ("en", "nl")]
        for thread in talkers:
            thread.start()
        runs: List[subprocess.CompletedProcess] = []
        while any(thread.is_alive() for thread in talkers) or len(runs) < 3:
            runs.append(run_cli("--endpoints", str(endpoints), "--days", "30", "--batch-size", "7",
                                cwd=assistant.workdir))
        for thread in talkers:
            thread.join(120)

        assert all(run.returncode == 0 for run in runs), [run.stderr for run in runs]
        assert f"deleted {len(old)} conversation(s)" in runs[0].stdout, runs[0].stdout
        engine = engine_from_endpoints(endpoints)
        assert not set(senders(engine)) & set(old), "every old conversation purged"
        for language in ("en", "nl"):
            assert not isinstance(outcomes[language], Exception), outcomes[language]
            sender, triage, user_texts = outcomes[language]
            assert triage == {"level": "physio", "condition": "nonspecific_acute", "duration_days": 10,
                              "language": language}
            stored = [e.get("text") for e in stored_events(engine, [sender]) if e["event"] == "user"]
            assert stored == user_texts, "the live conversation is whole"
            assert triage_of(assistant.send(sender, "thanks")) is None  # still served afterwards
        log = assistant.logs()
        assert "database is locked" not in log and "Traceback" not in log
        print(f"\n[retention] {len(runs)} purge runs while 2 patients completed their checks; "
              f"first run: {runs[0].stdout.strip()}")


def test_undelivered_summaries_for_the_practice_are_purged_after_the_same_period(tmp_path):
    """Issue 14: a summary waiting for the practice's inbox is deleted by `make purge` once it is
    older than the retention period; a newer one is kept; a dry run deletes nothing."""
    from bot.practice_inbox.outbox import Outbox

    path = tmp_path / "outbox.db"
    Outbox(path, clock=lambda: NOW - 40 * DAY).add("chatwoot", "LB-OLD1", {"answers": "old"})
    Outbox(path, clock=lambda: NOW - 1 * DAY).add("chatwoot", "LB-NEW1", {"answers": "new"})
    (tmp_path / "sqlite.yml").write_text(f'tracker_store:\n  type: sql\n  dialect: sqlite\n  db: "{tmp_path / "none.db"}"\n')
    env = {"PRACTICE_OUTBOX_PATH": str(path)}
    dry = run_cli("--endpoints", str(tmp_path / "sqlite.yml"), "--days", "30", "--dry-run", env=env)
    assert dry.returncode == 0 and "practice outbox: would delete 1 undelivered" in dry.stdout
    result = run_cli("--endpoints", str(tmp_path / "sqlite.yml"), "--days", "30", env=env)
    assert result.returncode == 0 and "practice outbox: deleted 1 undelivered" in result.stdout
    assert "LB-" not in result.stdout, "counts only"
    assert Outbox(path).purge_older_than(0, dry_run=True) == 1, "the newer summary is kept"


def test_handoffs_and_agent_messages_are_purged_after_the_same_period(tmp_path):
    """Issue 14 item 5: who talked to a person and the agents' messages kept for the widget are
    deleted by `make purge` after the retention period; newer ones are kept; a dry run deletes nothing."""
    from bot.practice_inbox.handoff_store import HandoffStore

    path = tmp_path / "outbox.db"
    HandoffStore(path, clock=lambda: NOW - 40 * DAY).open(7, "old-sender", "rest", "en")
    HandoffStore(path, clock=lambda: NOW - 1 * DAY).open(8, "new-sender", "rest", "nl")
    (tmp_path / "sqlite.yml").write_text(f'tracker_store:\n  type: sql\n  dialect: sqlite\n  db: "{tmp_path / "none.db"}"\n')
    env = {"PRACTICE_OUTBOX_PATH": str(path)}
    dry = run_cli("--endpoints", str(tmp_path / "sqlite.yml"), "--days", "30", "--dry-run", env=env)
    assert dry.returncode == 0 and "handoff to a person: would delete 1 record(s)" in dry.stdout
    assert HandoffStore(path).find(7) is not None, "a dry run deletes nothing"
    result = run_cli("--endpoints", str(tmp_path / "sqlite.yml"), "--days", "30", env=env)
    assert result.returncode == 0 and "handoff to a person: deleted 1 record(s)" in result.stdout
    assert HandoffStore(path).find(7) is None and HandoffStore(path).find(8) is not None
    assert "sender" not in result.stdout, "counts only"


def test_no_outbox_is_created_by_the_purge(tmp_path):
    (tmp_path / "sqlite.yml").write_text(f'tracker_store:\n  type: sql\n  dialect: sqlite\n  db: "{tmp_path / "none.db"}"\n')
    result = run_cli("--endpoints", str(tmp_path / "sqlite.yml"), env={"PRACTICE_OUTBOX_PATH": str(tmp_path / "ob.db")})
    assert result.returncode == 0 and "practice outbox" not in result.stdout
    assert not (tmp_path / "ob.db").exists()
