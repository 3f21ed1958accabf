"""Two Rasa replicas, one PostgreSQL tracker store, one Redis lock store.

One action server and TWO `rasa run --enable-api` processes with the production
endpoints file (endpoints.production.yml, its ${VAR}s pointing at the test services
and a fresh PostgreSQL schema). The turns of one conversation alternate between the
replicas, as behind a load balancer without sticky sessions; then one user sends
several messages at once to both replicas. The stored events must hold each user
message exactly once, in a tracker that replays, and the check must end with the
right triage.

PostgreSQL and Redis come from TEST_POSTGRES_URL / TEST_REDIS_URL (.ci/run starts
them); when they can't be reached the tests skip, except under CI=true, where they fail.
The set-up and the checks are in tests/support/production.py (shared with
test_production_faults.py, test_privacy.py and test_usage_report.py).
"""
from __future__ import annotations

import threading
import time
import uuid
from typing import Any, Dict, List, Tuple
from urllib.parse import urlsplit

import pytest
import requests

from tests.support.assistant import ROOT, Assistant, triage_of
from tests.support.conversation import Patient
from tests.support.production import (  # noqa: F401 (shared: test_privacy.py, test_usage_report.py)
    FIRST,
    POSTGRES_URL,
    PRODUCTION_ENDPOINTS,
    RADICULAR,
    RADICULAR_TEXTS,
    REDIS_URL,
    RoundRobin,
    check_store,
    log_figures,
    postgres_engine,
    postgres_schema,
    prepare,
    production_assistants,
    production_env,
    require_postgres,
    require_redis,
    stored_events,
    unavailable,
)

pytestmark = [pytest.mark.e2e, pytest.mark.services]


# --- the replicas ---------------------------------------------------------------------
@pytest.fixture(scope="module")
def schema():
    with postgres_schema() as name:
        yield name


@pytest.fixture(scope="module")
def replicas(tmp_path_factory, schema):
    with production_assistants(tmp_path_factory.mktemp("replicas"), schema, replicas=2) as running:
        yield running


@pytest.mark.parametrize("language", ["en", "nl"])
def test_turns_alternate_between_replicas(replicas, schema, language):
    sender = f"replica-{language}-{uuid.uuid4().hex[:8]}"
    patient = Patient(RoundRobin(replicas), sender, language, {}, texts=RADICULAR_TEXTS[language])
    triage = patient.run_check(FIRST[language])
    assert triage == {**RADICULAR, "language": language}, patient.show()
    user_texts = [text for who, text in patient.transcript if who == "user"]
    events = check_store(schema, replicas, sender, user_texts)
    figures = log_figures(replicas)
    print(f"\n[replicas] alternating {language}: {len(user_texts)} turns (A/B), {len(events)} stored events, {figures}")
    assert figures["lock_errors"] == 0 and figures["concurrent_writes"] == 0


def send_all_at_once(replicas: List[Assistant], sender: str, texts: List[str]) -> List[Tuple[str, Any]]:
    """Sends every text at the same moment, alternating replicas; (text, reply or error)."""
    barrier = threading.Barrier(len(texts))
    results: List[Tuple[str, Any]] = [("", None)] * len(texts)

    def post(index: int, text: str) -> None:
        replica = replicas[index % len(replicas)]
        barrier.wait()
        try:
            results[index] = (text, replica.send(sender, text))
        except requests.RequestException as error:
            results[index] = (text, error)

    threads = [threading.Thread(target=post, args=(i, t)) for i, t in enumerate(texts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return results


BURSTS = [
    ["what is a hernia?", "should I rest or keep moving?", "do I need a scan?", "what does a physio do?"],
    ["is heat or cold better?", "can I take painkillers?", "how long will it take to heal?", "where are you located?"],
    ["do I need a prescription?", "how many sessions will I need?", "what is a hernia?", "should I rest or keep moving?"],
]


def test_concurrent_messages_of_one_user_on_both_replicas(replicas, schema):
    sender = f"burst-{uuid.uuid4().hex[:8]}"
    patient = Patient(RoundRobin(replicas), sender, "en", {}, texts=RADICULAR_TEXTS["en"])
    patient.say(FIRST["en"])
    patient.answer("consent")
    patient.answer("onset")
    assert patient.requested_slot() == "duration_days"
    answered: List[str] = []  # burst messages that got a reply: each must be stored once
    errors: List[str] = []
    started = time.monotonic()
    for burst in BURSTS:
        for text, reply in send_all_at_once(replicas, sender, burst):
            if isinstance(reply, Exception):
                errors.append(f"{text!r}: {reply}")
            else:
                answered.append(text)
        stored = [e.get("text") for e in stored_events(schema, sender) if e["event"] == "user"]
        expected = [text for who, text in patient.transcript if who == "user"] + answered
        assert sorted(stored) == sorted(expected), f"each answered message stored once (errors: {errors})"
    burst_seconds = time.monotonic() - started
    assert patient.requested_slot() == "duration_days", "the check waits while the questions are answered"
    triage = None
    for _ in range(20):  # the check goes on, still alternating, and ends well
        triage = triage_of(patient.last)
        if triage:
            break
        patient.answer(patient.requested_slot())
    assert triage == {**RADICULAR, "language": "en"}, patient.show()
    events = stored_events(schema, sender)
    stored = [e.get("text") for e in events if e["event"] == "user"]
    assert sorted(stored) == sorted([text for who, text in patient.transcript if who == "user"] + answered)
    check_store(schema, replicas, sender, stored)
    figures = log_figures(replicas)
    sent = sum(len(burst) for burst in BURSTS)
    print(f"\n[replicas] burst: {sent} messages sent at once in {len(BURSTS)} bursts of {len(BURSTS[0])} "
          f"({burst_seconds:.1f} s), {len(stored)} user turns, {len(events)} stored events, "
          f"{len(errors)} HTTP errors {errors}, {figures}")
    assert not errors, errors
    assert figures["lock_errors"] == 0 and figures["concurrent_writes"] == 0, "one turn at a time"


# --- the lock store alone: several processes, one conversation ----------------------------
def _hammer_lock(redis_url: str, key_prefix: str, conversation: str, turns: int, lock_type: str) -> Tuple[int, int]:
    """In a separate process: `turns` times, take the conversation's lock and do a slow
    read-modify-write of a counter. Returns (overlaps seen, lock errors)."""
    import asyncio

    import redis as redis_client
    from rasa.core.lock_store import LockError, RedisLockStore

    from bot.stores.tracker_store import SafeRedisLockStore

    url = urlsplit(redis_url)
    kind = SafeRedisLockStore if lock_type == "safe" else RedisLockStore
    store = kind(host=url.hostname, port=url.port or 6379, db=int(url.path.lstrip("/") or 0),
                 password=url.password, key_prefix=key_prefix)
    red = redis_client.Redis.from_url(redis_url)
    overlaps = errors = 0

    async def run() -> None:
        nonlocal overlaps, errors
        for _ in range(turns):
            try:
                async with store.lock(conversation, wait_time_in_seconds=0.005):
                    if red.incr(f"{key_prefix}:inside") > 1:
                        overlaps += 1
                    value = int(red.get(f"{key_prefix}:counter") or 0)
                    await asyncio.sleep(0.002)
                    red.set(f"{key_prefix}:counter", value + 1)
                    red.decr(f"{key_prefix}:inside")
            except LockError:
                errors += 1

    asyncio.run(run())
    return overlaps, errors


def lock_store_figures(lock_type: str, processes: int = 4, turns: int = 40) -> Dict[str, int]:
    import multiprocessing

    import redis as redis_client

    require_redis()
    prefix = f"test{uuid.uuid4().hex[:10]}"
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        results = pool.starmap(_hammer_lock, [(REDIS_URL, prefix, "one-user", turns, lock_type)] * processes)
    red = redis_client.Redis.from_url(REDIS_URL)
    counted = int(red.get(f"{prefix}:counter") or 0)
    for key in red.scan_iter(f"{prefix}:*"):
        red.delete(key)
    return {"turns": processes * turns, "counted": counted, "overlaps": sum(r[0] for r in results),
            "lock_errors": sum(r[1] for r in results)}


def test_lock_store_keeps_turns_of_one_conversation_apart_across_processes():
    figures = lock_store_figures("safe")
    print(f"\n[replicas] SafeRedisLockStore, 4 processes: {figures}")
    assert figures == {"turns": 160, "counted": 160, "overlaps": 0, "lock_errors": 0}


# --- the tracker store alone: two turns of one conversation that overlap -------------------
def test_tracker_store_stores_both_turns_when_two_replicas_overlap(tmp_path):
    """If the lock store ever lets two turns run at once (both read the same tracker), each
    save appends exactly its own turn's events: nothing lost, nothing twice."""
    import asyncio

    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered

    from bot.stores.tracker_store import PrivacySQLTrackerStore
    from bot.stores.tracker_store import stored_events as rows_of

    domain = Domain.load(str(ROOT / "domain"))
    store = PrivacySQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "rasa.db"))

    def turn(text: str, answer: str) -> list:
        return [UserUttered(text, intent={"name": "inform", "confidence": 1.0}), BotUttered(answer),
                ActionExecuted("action_listen")]

    async def overlap() -> None:
        first = await store.get_or_create_tracker("overlap")
        first.update_with_events(turn("hello", "hi"), domain)
        await store.save(first)
        replica_a = await store.retrieve("overlap")  # both read the conversation ...
        replica_b = await store.retrieve("overlap")
        replica_a.update_with_events(turn("question a", "answer a"), domain)
        replica_b.update_with_events(turn("question b", "answer b") + [BotUttered("and more")], domain)
        await store.save(replica_a)  # ... and both save
        await store.save(replica_b)

    asyncio.run(overlap())
    events = rows_of(store.engine, ["overlap"])
    assert [e["text"] for e in events if e["event"] == "user"] == ["hello", "question a", "question b"]
    assert [e["text"] for e in events if e["event"] == "bot"] == ["hi", "answer a", "answer b", "and more"]
    assert store.concurrent_writes == 1
