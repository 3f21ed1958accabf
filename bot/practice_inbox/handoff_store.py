"""The handoff's shared state: which Chatwoot conversation is which person, and the
messages waiting for the website widget's poll. Pure Python (stdlib sqlite3).

It lives in the outbox's file (``PRACTICE_OUTBOX_PATH``, bot/practice_inbox/outbox.py),
in tables of its own, so the action server (which opens a handoff) and every Rasa
server replica (which receives Chatwoot's webhook and the widget's polls) read the same
state: nothing of a handoff is kept in a process's memory. Whether a conversation is
paused is the tracker's (the slot ``handoff_conversation`` and the active
``handoff_form``); this store maps Chatwoot's conversation id back to the sender.

- ``handoff_conversation``: conversation id -> sender id, channel, language, open/resolved;
- ``handoff_message``: what the widget has not shown yet (an agent's reply, the
  assistant's words when it is back), by sender, numbered; a Chatwoot message id is kept
  unique, so a webhook delivered twice is passed on once.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Union

from bot.practice_inbox.outbox import outbox_path, owner_only_file

SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS handoff_conversation (
        conversation_id INTEGER PRIMARY KEY,
        sender_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        language TEXT,
        status TEXT NOT NULL DEFAULT 'open',
        created_at REAL NOT NULL,
        resolved_at REAL
    )
    """,
    "CREATE INDEX IF NOT EXISTS handoff_conversation_sender ON handoff_conversation (sender_id)",
    """
    CREATE TABLE IF NOT EXISTS handoff_message (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        sender_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        chatwoot_message_id INTEGER UNIQUE,
        created_at REAL NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS handoff_message_sender ON handoff_message (sender_id, id)",
)


@dataclass(frozen=True)
class Handoff:
    conversation_id: int
    sender_id: str
    channel: str
    language: Optional[str]
    status: str  # "open" or "resolved"


class HandoffStore:
    def __init__(self, path: Union[str, Path, None] = None, clock: Callable[[], float] = time.time):
        self.path = Path(path) if path else outbox_path()
        self.clock = clock
        owner_only_file(self.path)
        with closing(self._connect()) as db:
            for statement in SCHEMA:
                db.execute(statement)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        db.execute("PRAGMA secure_delete = ON")
        return db

    # --- conversations -----------------------------------------------------------------

    def open(self, conversation_id: int, sender_id: str, channel: str, language: Optional[str]) -> None:
        with closing(self._connect()) as db:
            db.execute(
                "INSERT OR REPLACE INTO handoff_conversation"
                " (conversation_id, sender_id, channel, language, status, created_at) VALUES (?, ?, ?, ?, 'open', ?)",
                (int(conversation_id), sender_id, channel or "rest", language, self.clock()),
            )

    def find(self, conversation_id: int) -> Optional[Handoff]:
        with closing(self._connect()) as db:
            row = db.execute(
                "SELECT conversation_id, sender_id, channel, language, status FROM handoff_conversation"
                " WHERE conversation_id = ?",
                (int(conversation_id),),
            ).fetchone()
        return Handoff(*row) if row else None

    def resolve(self, conversation_id: int) -> bool:
        """Mark it resolved; True only the first time (a repeated webhook changes nothing)."""
        with closing(self._connect()) as db:
            changed = db.execute(
                "UPDATE handoff_conversation SET status = 'resolved', resolved_at = ?"
                " WHERE conversation_id = ? AND status = 'open'",
                (self.clock(), int(conversation_id)),
            ).rowcount
        return changed == 1

    def forget_sender(self, sender_id: str) -> int:
        """"Delete my data": this person's handoffs and kept messages go; a later agent reply
        finds no handoff and reaches no one. The count of rows deleted."""
        with closing(self._connect()) as db:
            messages = db.execute("DELETE FROM handoff_message WHERE sender_id = ?", (sender_id,)).rowcount
            conversations = db.execute("DELETE FROM handoff_conversation WHERE sender_id = ?", (sender_id,)).rowcount
        return messages + conversations

    def is_resolved(self, conversation_id: int) -> bool:
        found = self.find(conversation_id)
        return found is not None and found.status == "resolved"

    def handed_over(self, sender_id: str) -> bool:
        with closing(self._connect()) as db:
            row = db.execute(
                "SELECT 1 FROM handoff_conversation WHERE sender_id = ? AND status = 'open' LIMIT 1", (sender_id,)
            ).fetchone()
        return row is not None

    # --- messages for the widget ---------------------------------------------------------

    def add_message(self, sender_id: str, message: Dict[str, Any], chatwoot_message_id: Optional[int] = None) -> Optional[int]:
        """Keep a message for the sender's widget; its number, or None when that Chatwoot
        message was kept before (a webhook delivered twice)."""
        with closing(self._connect()) as db:
            try:
                cursor = db.execute(
                    "INSERT INTO handoff_message (sender_id, payload, chatwoot_message_id, created_at) VALUES (?, ?, ?, ?)",
                    (sender_id, json.dumps(message, ensure_ascii=False), chatwoot_message_id, self.clock()),
                )
            except sqlite3.IntegrityError:
                return None
            return int(cursor.lastrowid)

    def last_message_id(self, sender_id: str) -> int:
        """The number of the sender's latest kept message (0: none): a new handoff's widget
        polls from there, so nothing of an earlier handoff is shown again."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT MAX(id) FROM handoff_message WHERE sender_id = ?", (sender_id,)).fetchone()
        return int(row[0] or 0)

    def seen(self, chatwoot_message_id: int) -> bool:
        """Whether that Chatwoot message was passed on already (WhatsApp keeps a marker row)."""
        with closing(self._connect()) as db:
            row = db.execute(
                "SELECT 1 FROM handoff_message WHERE chatwoot_message_id = ?", (int(chatwoot_message_id),)
            ).fetchone()
        return row is not None

    def messages_after(self, sender_id: str, after: int = 0, limit: int = 50) -> List[Dict[str, Any]]:
        """The sender's kept messages numbered above ``after``, oldest first: {"id", "message"}."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT id, payload FROM handoff_message WHERE sender_id = ? AND id > ? ORDER BY id LIMIT ?",
                (sender_id, int(after), int(limit)),
            ).fetchall()
        return [{"id": row_id, "message": json.loads(payload)} for row_id, payload in rows]

    def purge_older_than(self, days: float, dry_run: bool = False) -> int:
        """Retention: forget handoffs and kept messages older than ``days`` (or count them); their count."""
        cutoff = self.clock() - days * 86400.0
        verb = "SELECT COUNT(*)" if dry_run else "DELETE"
        with closing(self._connect()) as db:
            counts = [db.execute(f"{verb} FROM {table} WHERE created_at < ?", (cutoff,))
                      for table in ("handoff_message", "handoff_conversation")]  # fmt: skip
            return sum(cursor.fetchone()[0] if dry_run else cursor.rowcount for cursor in counts)
