"""The tracker store or the lock store failing in the middle of a turn (PostgreSQL
restarted or unreachable, Redis restarted): a kind answer, nothing half-written.

Rasa takes the conversation's lock (`lock_store.lock(sender)`) in `Agent.handle_message`
and reads and saves the tracker inside it (`MessageProcessor.handle_message`). When one
of the stores raises there, the REST channel logs the exception and answers `200` with
whatever the turn had collected so far: nothing at all when the tracker could not be
read, or the bot's full answer to a turn that was never stored when the save failed.

Worse, Rasa wraps the tracker store in a `FailSafeTrackerStore` that hides its errors: a
conversation it cannot read is treated as a new one (the person is greeted again, their
answers seem gone), and a turn it cannot save is kept in the process's memory only,
where no later turn reads it, while the person was answered as if it had been stored.

`apply()` (called from `bot.patches.apply_all()`) makes the fail-safe wrapper raise
`StoreUnavailable` instead of falling back to memory (reads and saves), and replaces
`Agent.handle_message`:

* a store fault (`is_store_fault`: SQLAlchemy/psycopg2 operational and interface errors,
  redis-py connection and timeout errors, Rasa's `LockError`, refused or reset
  connections) answers `utter_try_again_later` instead, in the person's language (the
  channel's metadata, else the language of the conversation as last read or saved by
  this process, else the message's own language, else the practice default). What the
  turn had collected for a REST reply is dropped: the person only sees the kind answer.
* nothing of the turn is stored: the tracker store saves a turn in one transaction at
  its end, so a failed read or save leaves the stored conversation as it was, and the
  person's next message continues from there. (A connection lost while PostgreSQL is
  committing can leave it unknown whether the commit happened; that is not detectable
  here.)
* the lock: taking it or waiting for it fails the turn as above; releasing it after a
  turn that was stored never fails the turn (the answer stands) and is retried in the
  background until it works or the ticket has expired, so the person's next turn does
  not wait for a ticket no one serves.

Reconnection: PrivacySQLTrackerStore pings pooled PostgreSQL connections before using
them (`pool_pre_ping`), so connections dropped during an outage are replaced; redis-py
replaces a dropped connection when it is next taken from its pool.
"""
from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Dict, List, Optional

from bot.lang import CODES

logger = logging.getLogger(__name__)

TRY_AGAIN_RESPONSE = "utter_try_again_later"
#: how many conversations' languages one process remembers for the kind answer
LANGUAGES_KEPT = 10_000
RELEASE_RETRY_SECONDS = 1.0

_applied = False
_languages: OrderedDict[str, str] = OrderedDict()
#: counters for tests and logs: faults answered, lock releases retried later
counts: Dict[str, int] = {"answered": 0, "release_retried": 0}


# ---------------------------------------------------------------------------
# Pure helpers
# ---------------------------------------------------------------------------

class StoreUnavailable(RuntimeError):
    """The tracker store failed to read or save a conversation (raised from its error)."""


def _fault_types() -> tuple:
    types: List[type] = [StoreUnavailable, ConnectionError, TimeoutError]  # builtin: refused, reset
    try:
        import sqlalchemy.exc as sa_exc

        types += [sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.DisconnectionError,
                  sa_exc.TimeoutError, sa_exc.ResourceClosedError]
    except ImportError:  # pragma: no cover
        pass
    try:
        import psycopg2

        types += [psycopg2.OperationalError, psycopg2.InterfaceError]
    except ImportError:  # pragma: no cover
        pass
    try:
        import redis.exceptions as redis_exc

        types += [redis_exc.ConnectionError, redis_exc.TimeoutError, redis_exc.BusyLoadingError]
    except ImportError:  # pragma: no cover
        pass
    try:
        from rasa.core.lock_store import LockError

        types.append(LockError)
    except ImportError:  # pragma: no cover
        pass
    return tuple(types)


_FAULTS: Optional[tuple] = None


def is_store_fault(error: BaseException) -> bool:
    """Whether `error` (or an error it was raised from) is a tracker/lock store that
    cannot be reached or went away: the turn can be tried again later."""
    global _FAULTS
    if _FAULTS is None:
        _FAULTS = _fault_types()
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, _FAULTS):
            return True
        if getattr(error, "connection_invalidated", False):  # SQLAlchemy: a disconnect
            return True
        error = error.__cause__ or error.__context__
    return False


def remember_language(sender_id: Optional[str], language: Optional[str]) -> None:
    """Keeps the conversation's language for a kind answer when its tracker can't be read."""
    if not sender_id or language not in CODES:
        return
    _languages[sender_id] = language
    _languages.move_to_end(sender_id)
    while len(_languages) > LANGUAGES_KEPT:
        _languages.popitem(last=False)


def remembered_language(sender_id: Optional[str]) -> Optional[str]:
    return _languages.get(sender_id) if sender_id else None


def fault_language(sender_id: Optional[str], metadata: Any, text: Any) -> Optional[str]:
    """The language of the kind answer: the channel's, the conversation's, the message's."""
    from bot.reading.language import detect_language, language_from_metadata

    language = language_from_metadata(metadata) or remembered_language(sender_id)
    if language:
        return language
    try:
        return detect_language(text)
    except Exception:  # noqa: BLE001 - the practice default then
        return None


# ---------------------------------------------------------------------------
# The lock, released without failing a stored turn
# ---------------------------------------------------------------------------

def _release(lock_store: Any, sender_id: str, ticket: int) -> bool:
    try:
        lock_store.cleanup(sender_id, ticket)
        return True
    except Exception as error:  # noqa: BLE001
        if not is_store_fault(error):
            raise
        return False


async def _release_later(lock_store: Any, sender_id: str, ticket: int, lifetime: float) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + lifetime
    while loop.time() < deadline:
        await asyncio.sleep(RELEASE_RETRY_SECONDS)
        if _release(lock_store, sender_id, ticket):
            logger.info("lock store: a conversation's lock released after a lock store fault")
            return
    logger.warning("lock store: a conversation's lock could not be released; its ticket has expired")


_background: set = set()


@asynccontextmanager
async def turn_lock(lock_store: Any, sender_id: str) -> AsyncIterator[Any]:
    """`lock_store.lock(sender_id)`, except that releasing it never raises a store fault:
    a failed release is retried in the background while the ticket lives."""
    from rasa.core.lock_store import LOCK_LIFETIME

    ticket = lock_store.issue_ticket(sender_id, LOCK_LIFETIME)
    try:
        yield await lock_store._acquire_lock(sender_id, ticket, 1)
    finally:
        if not _release(lock_store, sender_id, ticket):
            counts["release_retried"] += 1
            logger.warning("lock store: releasing a conversation's lock failed; retrying in the background")
            task = asyncio.get_running_loop().create_task(_release_later(lock_store, sender_id, ticket,
                                                                         LOCK_LIFETIME))
            _background.add(task)
            task.add_done_callback(_background.discard)


# ---------------------------------------------------------------------------
# The patch
# ---------------------------------------------------------------------------

async def answer_fault(processor: Any, message: Any, error: BaseException) -> Optional[List[Dict[str, Any]]]:
    """The kind answer for a turn a store fault stopped; what the turn collected is dropped."""
    from rasa.core.channels.channel import CollectingOutputChannel

    from bot.patches.turn_handling import render_response

    counts["answered"] += 1
    what = str(error) if isinstance(error, StoreUnavailable) else error.__class__.__name__
    logger.warning("tracker/lock store fault: the user is asked to try again; this turn is not stored (%s)", what)
    channel = message.output_channel
    collected = isinstance(channel, CollectingOutputChannel) and isinstance(channel.messages, list)
    if collected:  # (a streaming channel has sent them already)
        del channel.messages[:]
    language = fault_language(message.sender_id, message.metadata, message.text)
    try:
        await render_response(processor, TRY_AGAIN_RESPONSE, None, channel, language)
    except Exception:  # noqa: BLE001 - the channel's own error handling then
        logger.exception("the kind answer to a store fault could not be sent")
        raise error from None
    return channel.messages if collected else None


def apply() -> None:
    """Patches Rasa once (later calls do nothing); see the module docstring."""
    global _applied
    if _applied:
        return
    _applied = True
    from rasa.core.agent import Agent
    from rasa.core.processor import MessageProcessor

    original_handle = Agent.handle_message
    original_get_tracker = MessageProcessor.get_tracker
    original_save_tracker = MessageProcessor.save_tracker

    async def handle_message(self: Agent, message: Any) -> Optional[List[Dict[str, Any]]]:
        if not self.is_ready() or self.lock_store is None:
            return await original_handle(self, message)
        try:
            async with turn_lock(self.lock_store, message.sender_id):
                return await self.processor.handle_message(message)
        except Exception as error:
            if not is_store_fault(error):
                raise
            return await answer_fault(self.processor, message, error)

    async def get_tracker(self: MessageProcessor, conversation_id: str) -> Any:
        tracker = await original_get_tracker(self, conversation_id)
        remember_language(tracker.sender_id, tracker.get_slot("language"))
        return tracker

    async def save_tracker(self: MessageProcessor, tracker: Any) -> None:
        remember_language(tracker.sender_id, tracker.get_slot("language"))
        return await original_save_tracker(self, tracker)

    Agent.handle_message = handle_message
    _patch_fail_safe_store()
    MessageProcessor.get_tracker = get_tracker
    MessageProcessor.save_tracker = save_tracker


def _patch_fail_safe_store() -> None:
    """`FailSafeTrackerStore` reads and saves through the real store only: its errors are
    raised (as `StoreUnavailable`), never answered from or written to process memory."""
    from rasa.core.tracker_store import FailSafeTrackerStore

    async def retrieve(self: FailSafeTrackerStore, sender_id: str) -> Any:
        try:
            return await self._tracker_store.retrieve(sender_id)
        except Exception as error:
            raise StoreUnavailable(f"reading a conversation failed: {error.__class__.__name__}") from error

    async def retrieve_full_tracker(self: FailSafeTrackerStore, sender_id: str) -> Any:
        try:
            return await self._tracker_store.retrieve_full_tracker(sender_id)
        except Exception as error:
            raise StoreUnavailable(f"reading a conversation failed: {error.__class__.__name__}") from error

    async def save(self: FailSafeTrackerStore, tracker: Any) -> None:
        try:
            await self._tracker_store.save(tracker)
        except Exception as error:
            raise StoreUnavailable(f"saving a conversation failed: {error.__class__.__name__}") from error

    FailSafeTrackerStore.retrieve = retrieve
    FailSafeTrackerStore.retrieve_full_tracker = retrieve_full_tracker
    FailSafeTrackerStore.save = save
