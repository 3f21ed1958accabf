"""The SQL tracker store (SQLite locally, PostgreSQL in production) with "delete my data".

Rasa 3.6 has no delete endpoint, and its SQL store only appends: deleting rows during
a turn would make it write the whole conversation back. So the deletion happens here,
when the turn that ran `action_delete_data` is saved: every stored event of the sender
is deleted, and only what follows the deletion (a fresh start) is kept.
"""
from __future__ import annotations

from typing import Optional

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker

DELETE_ACTION = "action_delete_data"


def deletion_index(tracker: DialogueStateTracker) -> Optional[int]:
    """Position of the latest `action_delete_data` in the tracker's events, if any."""
    for index in range(len(tracker.events) - 1, -1, -1):
        event = tracker.events[index]
        if isinstance(event, ActionExecuted) and event.action_name == DELETE_ACTION:
            return index
    return None


class PrivacySQLTrackerStore(SQLTrackerStore):
    async def save(self, tracker: DialogueStateTracker) -> None:
        cut = deletion_index(tracker)
        if cut is not None:
            with self.session_scope() as session:
                stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
                if cut >= stored:  # asked for in this turn, not an old deletion
                    self.delete_conversation(tracker.sender_id, session)
                    tracker = DialogueStateTracker.from_events(
                        tracker.sender_id, list(tracker.events)[cut:], slots=self.domain.slots
                    )
        await super().save(tracker)

    def delete_conversation(self, sender_id: str, session=None) -> int:
        """Deletes every stored event of one conversation; returns how many."""
        if session is None:
            with self.session_scope() as own_session:
                return self.delete_conversation(sender_id, own_session)
        deleted = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
        session.commit()
        return deleted
