"""Deletes conversations older than the practice's retention period (`make purge`).

    python -m bot.operations.retention [--endpoints endpoints.yml] [--days N] [--dry-run] [--batch-size N]

Reads the tracker store settings from the endpoints file (SQLite or PostgreSQL, the same
`tracker_store` section Rasa reads, `${VAR}`s expanded), and deletes every conversation
(all the events of a sender, every session) whose LAST event is older than the cutoff:
`retention_days` from config/practice.yml unless `--days` is given. A conversation that is
still going on is never cut in half. Summaries a patient chose to send to the practice that
are still waiting for its inbox (bot/practice_inbox/outbox.py), and the FHIR
QuestionnaireResponses kept for practice software (bot/practice_inbox/fhir_store.py, same
file), are deleted after the same period. Prints counts only, never a sender id or a text.

Safe to run from cron while the assistant runs: each batch of conversations is deleted in
one transaction that first takes the same per-conversation locks as the tracker store's
saves (PostgreSQL advisory locks; SQLite's write lock), and the age of each conversation
is checked again under those locks, so a conversation that gets a new message meanwhile
is kept. No Rasa server is needed.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import warnings
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import List, Optional

# A quiet command for cron: the deprecation warnings Rasa's imports print are not ours.
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
with warnings.catch_warnings():
    warnings.showwarning = lambda *args, **kwargs: None
    import sqlalchemy as sa

    from bot.stores.tracker_store import (
        EVENTS,
        StoreSettingsError,
        engine_from_endpoints,
        has_events_table,
        lock_sender,
    )

DEFAULT_ENDPOINTS = "endpoints.yml"
DEFAULT_BATCH_SIZE = 500
DAY = 86400.0


@dataclass
class PurgeResult:
    cutoff: float
    conversations: int = 0  # deleted (or that would be, in a dry run)
    events: int = 0
    kept: int = 0  # conversations left in the store
    batches: int = 0
    dry_run: bool = False

    def summary(self, days: float) -> str:
        when = datetime.fromtimestamp(self.cutoff, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        verb = "would delete" if self.dry_run else "deleted"
        return (f"retention {days:g} days (last message before {when}): {verb} {self.conversations} "
                f"conversation(s), {self.events} event(s), in {self.batches} batch(es); "
                f"{self.kept} conversation(s) kept")


def _last_event_before(cutoff: float):
    """sender_ids whose newest event is older than the cutoff."""
    return (
        sa.select(EVENTS.c.sender_id)
        .group_by(EVENTS.c.sender_id)
        .having(sa.func.max(EVENTS.c.timestamp) < cutoff)
    )


def purge(engine: sa.engine.Engine, days: float, dry_run: bool = False,
          batch_size: int = DEFAULT_BATCH_SIZE, now: Optional[float] = None) -> PurgeResult:
    """Deletes (or counts, with dry_run) conversations whose last event is older than `days`."""
    if days < 0:
        raise ValueError("days must not be negative")
    result = PurgeResult(cutoff=(now if now is not None else time.time()) - days * DAY, dry_run=dry_run)
    if not has_events_table(engine):
        return result
    after = ""  # keyset pagination over sender_id: each batch starts after the last one seen
    while True:
        with engine.begin() as connection:
            candidates: List[str] = [
                row[0] for row in connection.execute(
                    _last_event_before(result.cutoff).where(EVENTS.c.sender_id > after)
                    .order_by(EVENTS.c.sender_id).limit(batch_size)
                )
            ]
            if not candidates:
                break
            after = candidates[-1]
            for sender_id in candidates:  # sorted: no deadlock with each other or with a save
                lock_sender(connection, sender_id)
            # again, under the locks: a conversation may have moved on since the first look
            stale = [row[0] for row in connection.execute(
                _last_event_before(result.cutoff).where(EVENTS.c.sender_id.in_(candidates))
            )]
            if stale:
                events = EVENTS.c.sender_id.in_(stale)
                if dry_run:
                    count = connection.execute(sa.select(sa.func.count()).select_from(EVENTS).where(events)).scalar()
                else:
                    count = connection.execute(EVENTS.delete().where(events)).rowcount
                result.conversations += len(stale)
                result.events += count or 0
            result.batches += 1
    with engine.connect() as connection:
        total = connection.execute(sa.select(sa.func.count(sa.distinct(EVENTS.c.sender_id)))).scalar() or 0
    result.kept = total - (result.conversations if dry_run else 0)
    return result


def purge_outbox(days: float, dry_run: bool = False) -> Optional[int]:
    """Undelivered summaries older than ``days`` deleted (or counted); None without an outbox."""
    from bot.practice_inbox.outbox import Outbox, outbox_path

    path = outbox_path()
    if not path.exists():
        return None  # never created here: the practice inbox was never used
    return Outbox(path).purge_older_than(days, dry_run=dry_run)


def purge_fhir(days: float, dry_run: bool = False) -> Optional[int]:
    """Kept QuestionnaireResponses older than ``days`` deleted (or counted); None without an outbox file."""
    from bot.practice_inbox.fhir_store import FhirStore
    from bot.practice_inbox.outbox import outbox_path

    path = outbox_path()
    if not path.exists():
        return None
    return FhirStore(path).purge_older_than(days, dry_run=dry_run)


def purge_handoff(days: float, dry_run: bool = False) -> Optional[int]:
    """Handoffs to a person and the agents' messages kept for the widget, older than ``days``,
    deleted (or counted); None without an outbox file."""
    from bot.practice_inbox.handoff_store import HandoffStore
    from bot.practice_inbox.outbox import outbox_path

    path = outbox_path()
    if not path.exists():
        return None
    return HandoffStore(path).purge_older_than(days, dry_run=dry_run)


def _report_outbox(days: float, dry_run: bool) -> None:
    verb = "would delete" if dry_run else "deleted"
    count = purge_outbox(days, dry_run)
    if count is not None:
        print(f"practice outbox: {verb} {count} undelivered summary(ies) older than {days:g} days")
    count = purge_fhir(days, dry_run)
    if count is not None:
        print(f"practice FHIR: {verb} {count} QuestionnaireResponse(s) older than {days:g} days")
    count = purge_handoff(days, dry_run)
    if count is not None:
        print(f"handoff to a person: {verb} {count} record(s) older than {days:g} days")


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.operations.retention", description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoints", default=DEFAULT_ENDPOINTS,
                        help="endpoints file with the tracker_store section (default: %(default)s)")
    parser.add_argument("--days", type=float, default=None,
                        help="keep conversations whose last message is newer than this (default: "
                             "retention_days of the practice config)")
    parser.add_argument("--dry-run", action="store_true", help="count what would be deleted; delete nothing")
    parser.add_argument("--batch-size", type=int, default=DEFAULT_BATCH_SIZE,
                        help="conversations per transaction (default: %(default)s)")
    args = parser.parse_args(argv)
    if args.days is None:
        from bot.practice import PracticeConfigError, current_practice

        try:
            args.days = current_practice().retention_days
        except PracticeConfigError as error:
            print(f"retention: {error}", file=sys.stderr)
            return 2
    if args.days < 0 or args.batch_size < 1:
        print("retention: --days must be 0 or more and --batch-size 1 or more", file=sys.stderr)
        return 2
    try:
        engine = engine_from_endpoints(args.endpoints, for_writing=True)
    except StoreSettingsError as error:
        print(f"retention: {error}", file=sys.stderr)
        return 2
    if engine is None:
        print(f"retention: nothing to do, the tracker store in {args.endpoints} has no database file yet")
        _report_outbox(args.days, args.dry_run)
        return 0
    try:
        result = purge(engine, args.days, dry_run=args.dry_run, batch_size=args.batch_size)
    except sa.exc.SQLAlchemyError as error:
        print(f"retention: database error, nothing more deleted: {error.__class__.__name__}: "
              f"{getattr(error, 'orig', error)}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    print(result.summary(args.days))
    _report_outbox(args.days, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
