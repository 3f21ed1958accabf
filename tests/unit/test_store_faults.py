"""bot/stores/store_faults.py: which errors are store faults, the language of the kind answer, the
lock released without failing a stored turn, no fallback to memory, the kind answer alone.
(The real servers with PostgreSQL and Redis broken: tests/e2e/test_production_faults.py.)"""
from __future__ import annotations

import asyncio
from pathlib import Path

import psycopg2
import pytest
import redis
import sqlalchemy.exc as sa_exc
from rasa.core.lock_store import InMemoryLockStore, LockError

from bot import patches
from bot.stores import store_faults
from bot.stores.store_faults import StoreUnavailable, fault_language, is_store_fault, remember_language, turn_lock

ROOT = Path(__file__).resolve().parents[2]

patches.apply_all()  # the Rasa patches, store_faults among them


def _raised_from(cause: BaseException, outer: BaseException) -> BaseException:
    try:
        try:
            raise cause
        except BaseException as error:
            raise outer from error
    except BaseException as error:  # noqa: BLE001
        return error


@pytest.mark.parametrize("error", [
    sa_exc.OperationalError("SELECT 1", {}, psycopg2.OperationalError("server closed the connection")),
    sa_exc.InterfaceError("SELECT 1", {}, Exception("connection already closed")),
    psycopg2.OperationalError("could not connect to server"),
    redis.exceptions.ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused."),
    redis.exceptions.TimeoutError("Timeout reading from socket"),
    LockError("Could not acquire lock for conversation_id 'x'."),
    ConnectionRefusedError(111, "Connection refused"),
    StoreUnavailable("saving a conversation failed: OperationalError"),
])
def test_store_faults(error):
    assert is_store_fault(error)


def test_a_fault_raised_from_a_store_fault_is_one():
    wrapped = _raised_from(redis.exceptions.ConnectionError("gone"), RuntimeError("while issuing a ticket"))
    assert is_store_fault(wrapped)


@pytest.mark.parametrize("error", [ValueError("bad slot"), KeyError("x"), RuntimeError("bug"),
                                   sa_exc.IntegrityError("INSERT", {}, Exception("duplicate key"))])
def test_other_errors_are_not_store_faults(error):
    assert not is_store_fault(error)


def test_the_kind_answer_speaks_the_channel_then_the_conversation_then_the_message_language():
    sender = "unit-language-1"
    remember_language(sender, "nl")
    assert fault_language(sender, {"language": "en"}, "whatever") == "en"  # the channel says so
    assert fault_language(sender, None, "3 weeks") == "nl"  # the conversation as last seen
    assert fault_language("unit-language-unknown", None, "Hallo, ik heb al drie weken last van mijn rug") == "nl"
    assert fault_language("unit-language-unknown", None, "ok") is None  # the practice default then


def test_remembered_languages_are_bounded(monkeypatch):
    monkeypatch.setattr(store_faults, "LANGUAGES_KEPT", 3)
    for index in range(5):
        remember_language(f"unit-bounded-{index}", "en")
    assert len(store_faults._languages) <= 3
    assert store_faults.remembered_language("unit-bounded-4") == "en"
    assert store_faults.remembered_language("unit-bounded-0") is None
    remember_language("unit-bounded-x", "de")  # only the assistant's languages
    assert store_faults.remembered_language("unit-bounded-x") is None
    remember_language("unit-bounded-y", "fr")
    assert store_faults.remembered_language("unit-bounded-y") == "fr"


class FlakyLockStore(InMemoryLockStore):
    """Releasing fails `failures` times with a Redis connection error."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def cleanup(self, conversation_id, ticket_number):
        if self.failures:
            self.failures -= 1
            raise redis.exceptions.ConnectionError("Connection refused")
        super().cleanup(conversation_id, ticket_number)


def test_a_failed_release_does_not_fail_the_turn_and_is_retried(monkeypatch):
    monkeypatch.setattr(store_faults, "RELEASE_RETRY_SECONDS", 0.01)
    store = FlakyLockStore(failures=2)

    async def turn() -> str:
        async with turn_lock(store, "unit-lock"):
            result = "stored and answered"
        assert store.get_lock("unit-lock") is not None  # the ticket is still there ...
        await asyncio.sleep(0.2)
        assert store.get_lock("unit-lock") is None  # ... and released in the background
        return result

    before = store_faults.counts["release_retried"]
    assert asyncio.run(turn()) == "stored and answered"
    assert store_faults.counts["release_retried"] == before + 1


def test_a_store_fault_inside_the_lock_is_raised_and_the_lock_released():
    store = InMemoryLockStore()

    async def turn() -> None:
        async with turn_lock(store, "unit-lock-2"):
            raise StoreUnavailable("saving a conversation failed: OperationalError")

    with pytest.raises(StoreUnavailable):
        asyncio.run(turn())
    assert store.get_lock("unit-lock-2") is None


def test_the_fail_safe_tracker_store_raises_instead_of_answering_from_memory():
    from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
    from rasa.shared.core.trackers import DialogueStateTracker

    class Broken(InMemoryTrackerStore):
        async def retrieve(self, sender_id):
            raise sa_exc.OperationalError("SELECT", {}, psycopg2.OperationalError("server closed the connection"))

        async def retrieve_full_tracker(self, sender_id):
            return await self.retrieve(sender_id)

        async def save(self, tracker):
            await self.retrieve(tracker.sender_id)

    store = FailSafeTrackerStore(Broken(None))

    async def run() -> None:
        for call in (lambda: store.retrieve("x"), lambda: store.retrieve_full_tracker("x"),
                     lambda: store.save(DialogueStateTracker("x", []))):
            with pytest.raises(StoreUnavailable) as raised:
                await call()
            assert isinstance(raised.value.__cause__, sa_exc.OperationalError)
        assert store._fallback_tracker_store is None, "nothing kept in memory"

    asyncio.run(run())


@pytest.mark.parametrize("metadata, language, words", [
    ({"language": "nl"}, "nl", "stuur je laatste bericht zo meteen nog eens"),
    ({"language": "en"}, "en", "send your last message again in a moment"),
])
def test_the_kind_answer_replaces_what_the_turn_had_collected(metadata, language, words):
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
    from rasa.core.nlg import TemplatedNaturalLanguageGenerator
    from rasa.shared.core.domain import Domain

    domain = Domain.load(str(ROOT / "domain"))

    class Processor:
        pass

    processor = Processor()
    processor.domain = domain
    processor.nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    channel = CollectingOutputChannel()
    channel.messages.append({"recipient_id": "x", "text": "an answer to a turn that was never stored"})
    message = UserMessage("3 weeks", channel, "unit-kind", metadata=metadata)
    replies = asyncio.run(store_faults.answer_fault(processor, message, StoreUnavailable("saving failed")))
    assert len(replies) == 1 and words in replies[0]["text"] and "112" in replies[0]["text"]


def test_apply_is_idempotent():
    from rasa.core.agent import Agent

    patched = Agent.handle_message
    store_faults.apply()
    assert Agent.handle_message is patched and patched.__module__ == "bot.stores.store_faults"
