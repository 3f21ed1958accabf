"""The SQL tracker store (SQLite locally, PostgreSQL in production) with "delete my data",
and the helpers `bot.operations.retention` and `bot.operations.reports.usage_report` use to reach the same table.

Rasa's `SQLTrackerStore` keeps one `events` table and only appends. This subclass changes
three things:

* **Delete my data.** Rasa 3.6 has no delete endpoint, and deleting rows in the middle of
  a turn would make Rasa write the whole conversation back. So the deletion happens here,
  when the turn that ran `action_delete_data` is saved: every stored event of the sender
  (all sessions) is deleted in the same transaction, and only what follows the deletion
  (a fresh start that keeps the language) is stored.
* **Exactly this turn's events.** Rasa decides what to append by counting the rows stored
  now and skipping that many of the tracker's events. If another replica wrote to the same
  conversation in between (the lock store failed to keep two turns apart, e.g. rasa issue
  9213), that count is wrong and events are lost or duplicated. Here the tracker remembers
  how many of its events came from the store when it was read, and a save appends exactly
  the events added since, whatever happened meanwhile (and logs a warning when something
  did).
* **No rereading of a conversation it has just written.** The tracker a turn saved is
  kept in memory (`bot.stores.tracker_cache`) and handed to the next turn of the same sender
  when the newest stored row of that sender is still the one it wrote; otherwise, and for
  every read of all sessions, the conversation is read from the database as before.
  Endpoint keys `cache_size` (0 turns it off) and `cache_idle_seconds`.
* **SQLite in WAL mode, with pooled connections.** Rasa opens a new SQLite connection per
  read and per write and waits for a disk sync on every commit. Here a pool keeps them
  open and `synchronous=NORMAL` in WAL mode syncs at checkpoints: a crash of the process
  loses nothing, a power cut may lose the last turns (production uses PostgreSQL).
* **Reconnection.** On PostgreSQL every pooled connection is pinged when it is taken
  from the pool, so the connections a database restart or network outage dropped are
  replaced by themselves (`bot.stores.store_faults` answers the turns that fail meanwhile).
* **One writer per conversation.** On PostgreSQL each save takes a transaction-scoped
  advisory lock on the sender, so two replicas' saves of the same conversation never
  interleave their rows; `bot.operations.retention` takes the same lock before it deletes.

`SafeRedisLockStore` is Rasa's `RedisLockStore` with its lock updates made atomic. Rasa
reads a conversation's ticket lock from Redis, changes it and writes it back, so two
replicas that take a message of the same user at the same moment can overwrite each
other's tickets (rasa issue 9213): both then run a turn of the same conversation at once,
or one gets a `LockError` and its message is lost. Here every read-modify-write runs in
a Redis transaction (WATCH/MULTI) and is retried when another process got in between.

Nothing here logs a message text, a slot value or a sender id (which is a phone number
on WhatsApp).
"""
from __future__ import annotations

import json
import logging
import os
import re
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional, Tuple

os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")

import sqlalchemy as sa  # noqa: E402
import yaml  # noqa: E402
from rasa.core.lock import TicketLock  # noqa: E402
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore  # noqa: E402
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs  # noqa: E402
from rasa.shared.core.events import ActionExecuted, Event  # noqa: E402
from rasa.shared.core.trackers import DialogueStateTracker  # noqa: E402
from rasa.shared.nlu.constants import INTENT_NAME_KEY  # noqa: E402

from bot.stores.tracker_cache import DEFAULT_IDLE_SECONDS, DEFAULT_MAX_ENTRIES, TrackerCache  # noqa: E402

logger = logging.getLogger(__name__)

DELETE_ACTION = "action_delete_data"
# First key of PostgreSQL's two-key advisory locks: ours, so other users of the
# database don't collide with them. The second key is hashtext(sender_id).
ADVISORY_LOCK_NAMESPACE = 0x10BAC  # "low back"
# The tracker attribute that remembers (events read from the store, id of the last row read).
_STORED_MARK = "_privacy_store_mark"

SQLEvent = SQLTrackerStore.SQLEvent
EVENTS = SQLEvent.__table__
# a Core statement, compiled once: the ORM query cost ten times more per turn
LAST_ID = sa.select(sa.func.max(EVENTS.c.id)).where(EVENTS.c.sender_id == sa.bindparam("sender_id"))


def deletion_index(tracker: DialogueStateTracker) -> Optional[int]:
    """Position of the latest `action_delete_data` in the tracker's events, if any."""
    for index in range(len(tracker.events) - 1, -1, -1):
        event = tracker.events[index]
        if isinstance(event, ActionExecuted) and event.action_name == DELETE_ACTION:
            return index
    return None


def lock_sender(connection: Any, sender_id: str) -> None:
    """Serialises writers of one conversation until the end of the current transaction
    (PostgreSQL; SQLite serialises all writers of the file anyway)."""
    bind = connection.get_bind() if hasattr(connection, "get_bind") else connection
    if bind.dialect.name == "postgresql":
        connection.execute(
            sa.text("SELECT pg_advisory_xact_lock(:namespace, hashtext(:sender))"),
            {"namespace": ADVISORY_LOCK_NAMESPACE, "sender": sender_id},
        )


def _row(sender_id: str, event: Event) -> Dict[str, Any]:
    """The row Rasa's SQLTrackerStore would write for this event."""
    data = event.as_dict()
    intent = (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY)
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": intent,
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class PrivacySQLTrackerStore(SQLTrackerStore):
    """`SQLTrackerStore` with "delete my data" and safe appends (see the module docstring)."""

    def __init__(self, *args: Any, cache_size: int = DEFAULT_MAX_ENTRIES,
                 cache_idle_seconds: float = DEFAULT_IDLE_SECONDS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # how often a save found rows it had not read (another writer in between)
        self.concurrent_writes = 0
        self.cache = TrackerCache(int(cache_size), float(cache_idle_seconds))
        if self.engine.dialect.name == "sqlite":
            self._pool_sqlite()
        else:
            self._ping_before_use()

    def _pool_sqlite(self) -> None:
        url = self.engine.url
        self.engine.dispose()
        # a turn waits up to 30 s for another writer (`make purge`'s batch on a busy machine) instead of
        # failing after sqlite's default 5 s with "database is locked"
        self.engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=2, max_overflow=8,
                                       connect_args={"check_same_thread": False, "timeout": 30})
        sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _ping_before_use(self) -> None:
        """Rasa's engine, with every pooled connection checked when it is taken from the
        pool (`pool_pre_ping`): connections the database dropped (a restart, a network
        outage) are replaced instead of failing a turn after the database is back. On
        PostgreSQL a connection attempt gives up after 10 s and a connection whose data
        goes unacknowledged for 20 s is dropped (`connect_timeout`, `tcp_user_timeout`),
        so a database behind a broken network path fails a turn in seconds, not after the
        system's TCP timeouts (minutes)."""
        url = self.engine.url
        self.engine.dispose()
        kwargs = create_engine_kwargs(url)
        if self.engine.dialect.name == "postgresql":
            kwargs["connect_args"] = {"connect_timeout": 10, "tcp_user_timeout": 20_000,
                                      **kwargs.get("connect_args", {})}
        self.engine = sa.create_engine(url, pool_pre_ping=True, **kwargs)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    async def _retrieve(
        self, sender_id: str, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            # the newest row of the sender, also when the session query leaves it out
            last_id = self._last_id(session, sender_id)
            if last_id is None:
                self.cache.forget(sender_id)
                return None
            if not fetch_events_from_all_sessions:
                cached = self.cache.take(sender_id, last_id)
                if cached is not None:
                    return cached
            rows = self._event_query(
                session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions
            ).all()
            if not self.domain or not rows:
                return None
            tracker = DialogueStateTracker.from_dict(
                sender_id, [json.loads(row.data) for row in rows], self.domain.slots
            )
            setattr(tracker, _STORED_MARK, (len(tracker.events), last_id))
            return tracker

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Appends the events this tracker gained since it was read; on the turn that ran
        `action_delete_data`, deletes the stored conversation first."""
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        events = list(tracker.events)
        self.cache.forget(sender_id)
        mark: Optional[Tuple[int, Optional[int]]] = getattr(tracker, _STORED_MARK, None)
        with self.session_scope() as session:
            lock_sender(session, sender_id)
            last_id = self._last_id(session, sender_id)
            # the tracker in memory is exactly what is stored after this save (worth keeping)
            # unless someone else wrote to the conversation since it was read
            whole = last_id is None if mark is None else last_id == mark[1]
            if mark is None:  # not read by this store (new, or replaced via the HTTP API): Rasa's rule
                start = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).count()
            else:
                start, read_last_id = mark
                if last_id != read_last_id:
                    self.concurrent_writes += 1
                    logger.warning(
                        "A conversation was %s by another process during this turn; "
                        "storing this turn's %d events after it. Is the lock store shared by all replicas?",
                        "deleted" if last_id is None else "changed", max(len(events) - start, 0),
                    )
            cut = deletion_index(tracker)
            deleted_now = cut is not None and cut >= start  # asked for in this turn, not an old deletion
            if deleted_now:
                deleted = self._delete_rows(session, sender_id)
                logger.info("Deleted a conversation at the user's request (%d stored events).", deleted)
                start = cut
            rows = [_row(sender_id, event) for event in events[start:]]
            if rows:  # one statement for all of them; then the id of the last one
                session.execute(EVENTS.insert(), rows)
                last_id = self._last_id(session, sender_id)
            elif deleted_now:
                last_id = None
            session.commit()
        setattr(tracker, _STORED_MARK, (len(events), last_id))
        if whole and last_id is not None and not deleted_now:
            # a deleted conversation is never kept in memory: the next turn reads what is left
            self.cache.put(sender_id, last_id, tracker)
        logger.debug("Tracker stored (%d new events).", len(rows))

    def _last_id(self, session: Any, sender_id: str) -> Optional[int]:
        return session.execute(LAST_ID, {"sender_id": sender_id}).scalar()

    @staticmethod
    def _delete_rows(session: Any, sender_id: str) -> int:
        return session.query(SQLEvent).filter(SQLEvent.sender_id == sender_id).delete(synchronize_session=False)

    def delete_conversation(self, sender_id: str) -> int:
        """Deletes every stored event of one conversation (all sessions); returns how many."""
        self.cache.forget(sender_id)
        with self.session_scope() as session:
            lock_sender(session, sender_id)
            deleted = self._delete_rows(session, sender_id)
            session.commit()
        return deleted


# --- the lock store -------------------------------------------------------------------
_UNCHANGED = object()


class SafeRedisLockStore(RedisLockStore):
    """`RedisLockStore` whose ticket updates are atomic across processes (see the module
    docstring). Endpoints: `lock_store: {type: bot.stores.tracker_store.SafeRedisLockStore, url:
    ..., port: ..., db: ..., password: ..., key_prefix: ...}`, as for `type: redis`."""

    MAX_ATTEMPTS = 200

    def __init__(self, endpoint_config: Any = None, **kwargs: Any) -> None:
        if endpoint_config is not None:  # how Rasa builds a lock store named by its module path
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)

    def _update(self, conversation_id: str, change: Callable[[Optional[TicketLock]], Tuple[Any, Any]]) -> Any:
        """Applies `change(lock) -> (new lock | None to delete | _UNCHANGED, result)` atomically."""
        import redis

        key = self.key_prefix + conversation_id
        with self.red.pipeline() as pipe:
            for _ in range(self.MAX_ATTEMPTS):
                try:
                    pipe.watch(key)
                    raw = pipe.get(key)
                    lock = TicketLock.from_dict(json.loads(raw)) if raw else None
                    new_lock, result = change(lock)
                    if new_lock is _UNCHANGED:
                        pipe.unwatch()
                        return result
                    pipe.multi()
                    if new_lock is None:
                        pipe.delete(key)
                    else:
                        pipe.set(key, new_lock.dumps())
                    pipe.execute()
                    return result
                except redis.WatchError:  # another process changed the lock: read it again
                    continue
        raise LockError(f"Could not update the lock of a conversation after {self.MAX_ATTEMPTS} attempts.")

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        def change(lock: Optional[TicketLock]) -> Tuple[Any, Any]:
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._update(conversation_id, change)
        except Exception as error:  # as Rasa: the caller expects a LockError
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        def change(lock: Optional[TicketLock]) -> Tuple[Any, Any]:
            if lock is None:
                return _UNCHANGED, None
            lock.remove_expired_tickets()
            return lock, None

        self._update(conversation_id, change)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        def change(lock: Optional[TicketLock]) -> Tuple[Any, Any]:
            if lock is None:
                return _UNCHANGED, None
            lock.remove_ticket_for(ticket_number)
            return lock, None

        self._update(conversation_id, change)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        """Removes the ticket and, in the same transaction, the lock if no one waits."""

        def change(lock: Optional[TicketLock]) -> Tuple[Any, Any]:
            if lock is None:
                return _UNCHANGED, None
            lock.remove_ticket_for(ticket_number)
            return (lock if lock.is_someone_waiting() else None), None

        self._update(conversation_id, change)


# --- the same table, for the command-line tools (no Rasa server needed) ------------
class StoreSettingsError(ValueError):
    """The endpoints file names no SQL tracker store we can read."""


SQL_STORE_TYPES = {"sql", "bot.stores.tracker_store.PrivacySQLTrackerStore", "rasa.core.tracker_store.SQLTrackerStore"}


def _expand(value: Any, path: Path) -> Any:
    """`${VAR}` in a text replaced by the environment variable, as Rasa does; a missing
    variable is an error that names it."""
    if isinstance(value, dict):
        return {key: _expand(item, path) for key, item in value.items()}
    if isinstance(value, list):
        return [_expand(item, path) for item in value]
    if not isinstance(value, str):
        return value

    def variable(match: re.Match[str]) -> str:
        if match.group(1) not in os.environ:
            raise StoreSettingsError(f"{path}: environment variable {match.group(1)} is not set")
        return os.environ[match.group(1)]

    return re.sub(r"\$\{([^}]*)\}", variable, value)


def tracker_store_settings(endpoints: Path | str) -> Dict[str, Any]:
    """The `tracker_store` section of an endpoints file, its `${VAR}`s expanded. Only this
    section is read: the tools need no action server or Redis variables."""
    path = Path(endpoints)
    if not path.is_file():
        raise StoreSettingsError(f"endpoints file not found: {path}")
    try:
        # BaseLoader: plain texts, and none of the environment expansion Rasa adds to PyYAML
        content = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    except yaml.YAMLError as error:
        raise StoreSettingsError(f"{path} is not valid YAML: {error}") from None
    settings = content.get("tracker_store") if isinstance(content, dict) else None
    if not isinstance(settings, dict):
        raise StoreSettingsError(f"{path} has no tracker_store section")
    settings = _expand(settings, path)
    if settings.get("type") not in SQL_STORE_TYPES:
        raise StoreSettingsError(
            f"{path}: tracker_store type {settings.get('type')!r} is not an SQL store ({sorted(SQL_STORE_TYPES)})"
        )
    return settings


def sqlite_file(settings: Dict[str, Any]) -> Optional[Path]:
    """The SQLite database file these settings name (relative to the working directory,
    as for Rasa), or None for another database."""
    if settings.get("dialect", "sqlite") != "sqlite" or "://" in str(settings.get("url") or ""):
        return None
    return Path(str(settings.get("db", "rasa.db")))


def engine_from_settings(settings: Dict[str, Any], for_writing: bool = False) -> sa.engine.Engine:
    """An SQLAlchemy engine on the database Rasa would use with these settings (the same
    URL rules, POSTGRESQL_SCHEMA and pool settings from the environment). With
    `for_writing`, SQLite transactions take the write lock when they begin (BEGIN
    IMMEDIATE), so a read-then-delete cannot interleave with Rasa's writes."""
    url = SQLTrackerStore.get_db_url(
        dialect=settings.get("dialect", "sqlite"),
        host=settings.get("url"),
        port=int(settings["port"]) if settings.get("port") not in (None, "") else None,
        db=settings.get("db", "rasa.db"),
        username=settings.get("username"),
        password=settings.get("password"),
        query=settings.get("query"),
    )
    kwargs = create_engine_kwargs(url)
    if sa.engine.make_url(url).get_backend_name() != "sqlite":
        return sa.create_engine(url, **kwargs)
    engine = sa.create_engine(url, connect_args={"timeout": 30}, **kwargs)  # wait for Rasa's writes
    if for_writing:
        @sa.event.listens_for(engine, "connect")
        def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        @sa.event.listens_for(engine, "begin")
        def _begin_immediate(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    return engine


def engine_from_endpoints(endpoints: Path | str, for_writing: bool = False) -> Optional[sa.engine.Engine]:
    """The tracker store's database, or None when it is an SQLite file that does not exist yet."""
    settings = tracker_store_settings(endpoints)
    path = sqlite_file(settings)
    if path is not None and not path.is_file():
        return None
    engine = engine_from_settings(settings, for_writing=for_writing)
    try:
        with engine.connect():
            pass
    except sa.exc.SQLAlchemyError as error:
        raise StoreSettingsError(
            f"cannot connect to the tracker store: {error.__class__.__name__}: {getattr(error, 'orig', error)}"
        ) from None
    return engine


def has_events_table(engine: sa.engine.Engine) -> bool:
    return sa.inspect(engine).has_table(EVENTS.name)


def senders(engine: sa.engine.Engine) -> List[str]:
    with engine.connect() as connection:
        return [row[0] for row in connection.execute(sa.select(EVENTS.c.sender_id).distinct())]


def stored_events(engine: sa.engine.Engine, sender_ids: Iterable[str]) -> List[dict]:
    """The stored events of these senders, in the order they were stored (for tests)."""
    with engine.connect() as connection:
        rows = connection.execute(
            sa.select(EVENTS.c.data).where(EVENTS.c.sender_id.in_(list(sender_ids))).order_by(EVENTS.c.id)
        )
        return [json.loads(row[0]) for row in rows]
