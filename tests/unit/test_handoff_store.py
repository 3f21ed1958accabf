"""The handoff's shared store (bot/practice_inbox/handoff_store.py): conversation <-> sender,
resolved once, the widget's messages numbered and a Chatwoot message passed on once."""
from __future__ import annotations

import stat

from bot.practice_inbox.handoff_store import HandoffStore


def test_a_handoff_is_found_by_its_conversation_and_resolved_once(tmp_path):
    store = HandoffStore(tmp_path / "outbox.db")
    assert stat.S_IMODE((tmp_path / "outbox.db").stat().st_mode) == 0o600
    store.open(12, "web-sender", "rest", "nl")
    found = store.find(12)
    assert (found.sender_id, found.channel, found.language, found.status) == ("web-sender", "rest", "nl", "open")
    assert store.handed_over("web-sender") and not store.handed_over("someone-else")
    assert store.resolve(12) is True and store.resolve(12) is False
    assert store.is_resolved(12) and not store.handed_over("web-sender")
    assert store.find(99) is None and store.resolve(99) is False


def test_messages_for_the_widget_are_numbered_per_sender_and_passed_on_once(tmp_path):
    store = HandoffStore(tmp_path / "outbox.db")
    assert store.last_message_id("a") == 0
    first = store.add_message("a", {"text": "Hello"}, chatwoot_message_id=41)
    assert store.add_message("a", {"text": "Hello"}, chatwoot_message_id=41) is None  # webhook delivered twice
    store.add_message("b", {"text": "other person"})
    second = store.add_message("a", {"text": "back", "custom": {"handoff": {"state": "ended"}}})
    assert [m["message"]["text"] for m in store.messages_after("a")] == ["Hello", "back"]
    assert [m["id"] for m in store.messages_after("a", first)] == [second]
    assert store.seen(41) and not store.seen(42)
    assert store.last_message_id("a") == second


def test_two_processes_share_the_file(tmp_path):
    writer, reader = HandoffStore(tmp_path / "outbox.db"), HandoffStore(tmp_path / "outbox.db")
    writer.open(5, "wa-32470000000", "whatsapp", "en")
    assert reader.find(5).channel == "whatsapp"


def test_retention_forgets_old_handoffs(tmp_path):
    now = [1_000_000.0]
    store = HandoffStore(tmp_path / "outbox.db", clock=lambda: now[0])
    store.open(1, "a", "rest", "en")
    store.add_message("a", {"text": "old"})
    now[0] += 31 * 86400
    store.open(2, "b", "rest", "en")
    assert store.purge_older_than(30) == 2
    assert store.find(1) is None and store.find(2) is not None and store.messages_after("a") == []


def test_delete_my_data_forgets_only_this_persons_handoff(tmp_path):
    store = HandoffStore(tmp_path / "outbox.db")
    store.open(1, "a", "rest", "en")
    store.add_message("a", {"text": "reply for a"})
    store.open(2, "b", "rest", "nl")
    store.add_message("b", {"text": "reply for b"})
    assert store.forget_sender("a") == 2
    assert store.find(1) is None and not store.handed_over("a") and store.messages_after("a") == []
    assert store.find(2) is not None and [m["message"]["text"] for m in store.messages_after("b")] == ["reply for b"]
    assert store.purge_older_than(-1, dry_run=True) == 2 and store.find(2) is not None, "a dry run only counts"
