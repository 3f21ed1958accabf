"""The tracker store keeps the tracker a turn saved, and hands it to the next turn only
while the database still ends where that turn left it (real SQLite files)."""
from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.stores.tracker_store import PrivacySQLTrackerStore
from tests.support.assistant import ROOT


@pytest.fixture(scope="module")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "domain"))


def store(domain, path, **kwargs) -> PrivacySQLTrackerStore:
    return PrivacySQLTrackerStore(domain=domain, dialect="sqlite", db=str(path), **kwargs)


def run(coroutine):
    return asyncio.run(coroutine)


def turn(tracker, text: str, slot_value: str) -> None:
    """What a turn adds: the user's message, a slot, the bot's answer, listen."""
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

    tracker.update(UserUttered(text, intent={"name": "inform", "confidence": 1.0}))
    tracker.update(SlotSet("onset", slot_value))
    tracker.update(BotUttered(f"noted: {slot_value}"))
    tracker.update(ActionExecuted("action_listen"))


def new_conversation(domain, sender: str):
    from rasa.shared.core.events import ActionExecuted, SessionStarted
    from rasa.shared.core.trackers import DialogueStateTracker

    return DialogueStateTracker.from_events(
        sender, [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")],
        domain.slots)


def saved_conversation(domain, tracker_store, sender: str, text: str):
    """A new conversation with one turn, saved through `tracker_store`."""
    tracker = new_conversation(domain, sender)
    turn(tracker, text, "sudden")
    run(tracker_store.save(tracker))
    return tracker


def texts(tracker) -> list:
    return [event.text for event in tracker.events if type(event).__name__ == "UserUttered"]


def test_the_next_turn_gets_the_saved_tracker_without_reading_the_database(domain, tmp_path):
    tracker_store = store(domain, tmp_path / "t.db")
    tracker = saved_conversation(domain, tracker_store, "alice", "it started lifting a box")

    again = run(tracker_store.retrieve("alice"))
    assert again is tracker and tracker_store.cache.hits == 1
    turn(again, "two weeks", "sudden")
    run(tracker_store.save(again))

    tracker_store.cache.clear()  # what the database holds is the same conversation
    from_disk = run(tracker_store.retrieve("alice"))
    assert from_disk is not tracker
    assert texts(from_disk) == ["it started lifting a box", "two weeks"]
    assert from_disk.get_slot("onset") == "sudden"


def test_a_turn_served_by_another_worker_is_read_from_the_database(domain, tmp_path):
    worker_a, worker_b = store(domain, tmp_path / "t.db"), store(domain, tmp_path / "t.db")
    tracker = saved_conversation(domain, worker_a, "bob", "first message")

    on_b = run(worker_b.retrieve("bob"))
    turn(on_b, "second message on the other worker", "gradual")
    run(worker_b.save(on_b))

    on_a = run(worker_a.retrieve("bob"))  # A still holds its copy of the first turn
    assert on_a is not tracker and worker_a.cache.hits == 0
    assert texts(on_a) == ["first message", "second message on the other worker"]
    assert on_a.get_slot("onset") == "gradual"
    turn(on_a, "third message", "gradual")
    run(worker_a.save(on_a))
    assert worker_a.concurrent_writes == 0  # it appended after B's rows, not over them
    assert texts(run(store(domain, tmp_path / "t.db").retrieve("bob"))) == [
        "first message", "second message on the other worker", "third message"]


def test_a_deleted_conversation_is_not_served_from_memory(domain, tmp_path):
    tracker_store = store(domain, tmp_path / "t.db")
    saved_conversation(domain, tracker_store, "carol", "my back hurts")
    # the retention purge (another process) deletes the rows
    store(domain, tmp_path / "t.db", cache_size=0).delete_conversation("carol")
    assert run(tracker_store.retrieve("carol")) is None


def test_delete_my_data_keeps_nothing_in_memory(domain, tmp_path):
    from rasa.shared.core.events import ActionExecuted

    tracker_store = store(domain, tmp_path / "t.db")
    tracker = saved_conversation(domain, tracker_store, "dave", "my back hurts since last week")
    tracker = run(tracker_store.retrieve("dave"))
    tracker.update(ActionExecuted("action_delete_data"))
    tracker.update(ActionExecuted("action_listen"))
    run(tracker_store.save(tracker))
    assert len(tracker_store.cache) == 0
    after = run(tracker_store.retrieve("dave"))
    assert after is not tracker and texts(after) == []


def test_all_sessions_are_always_read_from_the_database(domain, tmp_path):
    from rasa.shared.core.events import ActionExecuted, SessionStarted

    tracker_store = store(domain, tmp_path / "t.db")
    tracker = new_conversation(domain, "erin")
    turn(tracker, "last month", "sudden")
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    turn(tracker, "today", "gradual")
    run(tracker_store.save(tracker))
    full = run(tracker_store.retrieve_full_tracker("erin"))
    assert full is not tracker and texts(full) == ["last month", "today"]
    assert texts(run(tracker_store.retrieve("erin"))) == ["last month", "today"]  # the cached one
    assert texts(run(tracker_store.retrieve("erin"))) == ["today"]  # the database's latest session


def test_cache_size_zero_always_reads_the_database(domain, tmp_path):
    tracker_store = store(domain, tmp_path / "t.db", cache_size=0)
    tracker = saved_conversation(domain, tracker_store, "fred", "hello")
    assert run(tracker_store.retrieve("fred")) is not tracker


def test_sqlite_runs_in_wal_mode(domain, tmp_path):
    tracker_store = store(domain, tmp_path / "t.db")
    saved_conversation(domain, tracker_store, "gina", "hello")
    with sqlite3.connect(tmp_path / "t.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_turn_saved_over_another_workers_turn_is_not_kept(domain, tmp_path):
    """Two turns of one conversation at once (a lock store that failed): the later save
    appends after the other's rows, and its tracker, which lacks them, is not reused."""
    worker_a, worker_b = store(domain, tmp_path / "t.db"), store(domain, tmp_path / "t.db")
    saved_conversation(domain, worker_a, "hank", "first message")
    on_a = run(worker_a.retrieve("hank"))  # from A's cache
    on_b = run(worker_b.retrieve("hank"))  # from the database
    turn(on_b, "on B meanwhile", "gradual")
    run(worker_b.save(on_b))
    turn(on_a, "on A", "sudden")
    run(worker_a.save(on_a))
    assert worker_a.concurrent_writes == 1 and len(worker_a.cache) == 0
    assert texts(run(worker_a.retrieve("hank"))) == ["first message", "on B meanwhile", "on A"]
