"""Store until delivered: the shared checks waiting for Chatwoot or the SMTP server.

Pure Python (stdlib sqlite3), no Rasa import. A shared check is written here first, one
row per destination ("chatwoot": the whole summary; "mail": only the notice's fields),
and the patient can be told it is on its way. :meth:`Outbox.deliver_pending` hands each
due row to the destination's sender: delivered rows are deleted at once; a failure
(Chatwoot down, a 401, a timeout, the SMTP server refusing) keeps the row, with what
the sender had already done (its ``progress``, so a retry does not open a second
conversation) and the next attempt after a growing pause (30 s, 1 min, 2 min, ... up to
an hour). Nothing is lost in between, nor across a restart. :func:`keep_delivering` is
the background loop; :meth:`Outbox.purge_older_than` applies the retention period to
rows that could never be delivered.

The file holds health data until delivery: it is created readable by its owner only,
and deleted rows are overwritten (SQLite ``secure_delete``), not just unlinked.
Two processes may share the file: a row is leased to one delivery at a time.

Path: ``PRACTICE_OUTBOX_PATH``, default ``.data/practice_outbox.db`` in the project (a
relative path is taken from the project's directory). The same file holds the kept FHIR
QuestionnaireResponses in a table of their own (bot/practice_inbox/fhir_store.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Mapping, MutableMapping, Optional, Protocol, Union

ENV_VAR = "PRACTICE_OUTBOX_PATH"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = PROJECT_ROOT / ".data" / "practice_outbox.db"
FIRST_RETRY_SECONDS = 30.0
LONGEST_PAUSE_SECONDS = 3600.0
LEASE_SECONDS = 300.0  # a delivery that takes longer is taken to have died with its process
DAY_SECONDS = 86400.0
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out on the phone

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS practice_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    destination TEXT NOT NULL,
    payload TEXT NOT NULL,
    progress TEXT NOT NULL DEFAULT '{}',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL NOT NULL,
    leased_until REAL NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    last_error TEXT,
    UNIQUE (reference, destination)
)
"""


class Sender(Protocol):
    destination: str

    async def deliver(self, payload: Mapping[str, Any], progress: MutableMapping[str, Any]) -> None: ...


@dataclass(frozen=True)
class Pending:
    reference: str
    destination: str
    payload: Dict[str, Any]
    progress: Dict[str, Any]
    attempts: int
    next_attempt_at: float
    created_at: float
    last_error: Optional[str]


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0  # kept for a later attempt


def new_reference() -> str:
    """A reference the patient and the practice can read to each other: 'LB-7K3M-Q9XD'."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"LB-{code[:4]}-{code[4:]}"


def pause_after(attempts: int, first: float = FIRST_RETRY_SECONDS, longest: float = LONGEST_PAUSE_SECONDS) -> float:
    """Seconds to wait after the given number of failed attempts: doubling, capped."""
    return min(first * 2 ** max(attempts - 1, 0), longest)


class Outbox:
    def __init__(
        self,
        path: Union[str, Path, None] = None,
        first_retry: float = FIRST_RETRY_SECONDS,
        longest_pause: float = LONGEST_PAUSE_SECONDS,
        clock: Callable[[], float] = time.time,
    ):
        self.path = Path(path) if path else outbox_path()
        self.first_retry = first_retry
        self.longest_pause = longest_pause
        self.clock = clock
        owner_only_file(self.path)
        with closing(self._connect()) as db:
            db.execute(SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)  # autocommit: each statement stands
        db.execute("PRAGMA secure_delete = ON")  # a delivered summary is overwritten, not left in free pages
        return db

    def add(self, destination: str, reference: str, payload: Mapping[str, Any]) -> bool:
        """Keep a payload for a destination until delivered; False when that reference is
        already waiting there (a second tap on "send" sends nothing twice)."""
        now = self.clock()
        with closing(self._connect()) as db:
            added = db.execute(
                "INSERT OR IGNORE INTO practice_outbox (reference, destination, payload, next_attempt_at, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (reference, destination, json.dumps(payload, ensure_ascii=False), now, now),
            ).rowcount
        return added == 1

    def pending(self, destination: Optional[str] = None) -> List[Pending]:
        query = (
            "SELECT reference, destination, payload, progress, attempts, next_attempt_at, created_at, last_error"
            " FROM practice_outbox"
        )
        args: tuple = ()
        if destination is not None:
            query, args = query + " WHERE destination = ?", (destination,)
        with closing(self._connect()) as db:
            rows = db.execute(query + " ORDER BY id", args).fetchall()
        return [Pending(r[0], r[1], json.loads(r[2]), json.loads(r[3]), r[4], r[5], r[6], r[7]) for r in rows]

    def _lease(self, db: sqlite3.Connection, row_id: int, now: float) -> bool:
        """Take the row for this delivery, unless another process has it."""
        return (
            db.execute(
                "UPDATE practice_outbox SET leased_until = ? WHERE id = ? AND leased_until <= ?",
                (now + LEASE_SECONDS, row_id, now),
            ).rowcount
            == 1
        )

    async def deliver_pending(self, sender: Sender, limit: Optional[int] = None) -> DeliveryReport:
        """Try every due row of the sender's destination once, oldest first."""
        report = DeliveryReport()
        now = self.clock()
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT id, payload, progress, attempts FROM practice_outbox"
                " WHERE destination = ? AND next_attempt_at <= ? AND leased_until <= ? ORDER BY id"
                + (" LIMIT ?" if limit else ""),
                (sender.destination, now, now, *((limit,) if limit else ())),
            ).fetchall()
        for row_id, payload, progress_text, attempts in rows:
            with closing(self._connect()) as db:
                if not self._lease(db, row_id, self.clock()):
                    continue
            progress = json.loads(progress_text)
            try:
                await sender.deliver(json.loads(payload), progress)
            except asyncio.CancelledError:  # shutting down mid-delivery: keep what was done
                with closing(self._connect()) as db:
                    db.execute(
                        "UPDATE practice_outbox SET progress = ?, leased_until = 0 WHERE id = ?",
                        (json.dumps(progress), row_id),
                    )
                raise
            except Exception as error:  # any failure: keep it, try again later
                attempts += 1
                pause = pause_after(attempts, self.first_retry, self.longest_pause)
                with closing(self._connect()) as db:
                    db.execute(
                        "UPDATE practice_outbox SET attempts = ?, next_attempt_at = ?, progress = ?, last_error = ?,"
                        " leased_until = 0 WHERE id = ?",
                        (attempts, self.clock() + pause, json.dumps(progress), _describe(error), row_id),
                    )
                log.warning(
                    "practice outbox: %s delivery failed (attempt %d, next in %.0f s): %s",
                    sender.destination,
                    attempts,
                    pause,
                    _describe(error),
                )
                report.failed += 1
            else:
                with closing(self._connect()) as db:
                    db.execute("DELETE FROM practice_outbox WHERE id = ?", (row_id,))
                report.delivered += 1
        return report

    def purge_older_than(self, days: float, dry_run: bool = False) -> int:
        """Delete rows kept longer than the retention period (never delivered); their count
        (``dry_run``: count them, delete nothing)."""
        cutoff = self.clock() - days * DAY_SECONDS
        with closing(self._connect()) as db:
            if dry_run:
                return db.execute("SELECT COUNT(*) FROM practice_outbox WHERE created_at < ?", (cutoff,)).fetchone()[0]
            return db.execute("DELETE FROM practice_outbox WHERE created_at < ?", (cutoff,)).rowcount


def outbox_path() -> Path:
    """Where the outbox is (``PRACTICE_OUTBOX_PATH`` or the default), whether or not it exists yet.

    A relative ``PRACTICE_OUTBOX_PATH`` is taken from the project's directory, not from the
    process's working directory: the Rasa server (the FHIR endpoint) and the action server
    read the same file even when started from different directories."""
    given = os.environ.get(ENV_VAR, "").strip()
    if not given:
        return DEFAULT_PATH
    path = Path(given).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path


def owner_only_file(path: Path) -> None:
    """Create the file (and its directory) readable by its owner only, unless it exists."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        path.touch(mode=0o600)  # health data: the owner only, from the first byte


def _describe(error: BaseException) -> str:
    """The error for the log and the row: its type and message, short (senders' errors
    carry a status or the server's words, never the summary)."""
    return f"{type(error).__name__}: {error}"[:300]


async def keep_delivering(
    outbox: Outbox, senders: Iterable[Sender], stop: asyncio.Event, poll_seconds: float = 30.0
) -> None:
    """The background loop: deliver what is due for every sender, then wait, until stopped."""
    senders = list(senders)
    while not stop.is_set():
        for sender in senders:
            try:
                await outbox.deliver_pending(sender)
            except sqlite3.Error as error:  # a locked or full disk: the rows stay, try next round
                log.warning("practice outbox: %s", _describe(error))
        try:
            await asyncio.wait_for(stop.wait(), timeout=poll_seconds)
        except asyncio.TimeoutError:
            pass
