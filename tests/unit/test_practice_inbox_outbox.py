"""bot/practice_inbox/outbox.py: a shared check is kept until Chatwoot and the SMTP server
have it -- down, 401 or slow, nothing is lost -- and deleted once delivered."""

import asyncio
import re
import socket
import stat
import subprocess

import pytest
from aiosmtpd.controller import Controller

from bot.practice_inbox.chatwoot import ChatwootSender
from bot.practice_inbox.config import ChatwootSettings, SmtpSettings
from bot.practice_inbox.mail import MailSender, notice_fields
from bot.practice_inbox.outbox import DEFAULT_PATH, Outbox, keep_delivering, new_reference, pause_after
from tests.support.fake_chatwoot import FakeChatwoot

SUMMARY = {
    "reference": "LB-7K3M-Q9XD",
    "answers": {"onset": "gradual", "duration_days": 21, "fever": False, "leg_pain": "none"},
    "level": "physio",
    "condition": "nonspecific_acute",
    "rule": "R9",
    "reason": "back pain for less than 6 weeks, no warning signs",
    "duration_days": 21,
    "language": "en",
    "channel": "web",
    "date": "2024-05-01T10:00:00+00:00",
    "callback": {"name": "Wendelien Vermeulen", "email": "wendelien@example.be"},
}


class Clock:
    def __init__(self):
        self.now = 1_700_000_000.0

    def __call__(self):
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def outbox(tmp_path, clock):
    return Outbox(tmp_path / "outbox.db", clock=clock)


def chatwoot_sender(fake, token=None):
    return ChatwootSender(ChatwootSettings(fake.url, fake.account_id, fake.inbox_id, token or fake.token), timeout=2)


async def test_chatwoot_down_then_back_loses_nothing_and_the_row_goes_once_delivered(outbox, clock):
    async with FakeChatwoot() as chatwoot:
        sender = chatwoot_sender(chatwoot)
        assert outbox.add("chatwoot", SUMMARY["reference"], SUMMARY)
        chatwoot.mode = "down"

        report = await outbox.deliver_pending(sender)
        assert (report.delivered, report.failed) == (0, 1)
        [waiting] = outbox.pending()
        assert waiting.payload == SUMMARY and waiting.attempts == 1
        assert waiting.next_attempt_at == clock.now + 30 and "HTTP 503" in waiting.last_error

        chatwoot.mode = "up"
        clock.now += 29  # not due yet: Chatwoot is not asked again
        calls_before = len(chatwoot.requests)
        assert (await outbox.deliver_pending(sender)).delivered == 0
        assert len(chatwoot.requests) == calls_before

        clock.now += 1
        assert (await outbox.deliver_pending(sender)).delivered == 1
        assert outbox.pending() == []
        assert chatwoot.conversations[1]["labels"] == ["physio"]
        assert "Wendelien Vermeulen" in chatwoot.notes()[0]


async def test_a_delivered_summary_is_gone_from_the_file_too(outbox):
    async with FakeChatwoot() as chatwoot:
        outbox.add("chatwoot", SUMMARY["reference"], SUMMARY)
        assert b"Wendelien" in outbox.path.read_bytes()
        await outbox.deliver_pending(chatwoot_sender(chatwoot))
    assert b"Wendelien" not in outbox.path.read_bytes()  # overwritten, not only unlinked


async def test_a_wrong_token_is_kept_until_the_practice_fixes_it(outbox, clock):
    async with FakeChatwoot() as chatwoot:
        outbox.add("chatwoot", SUMMARY["reference"], SUMMARY)
        for _ in range(3):
            await outbox.deliver_pending(chatwoot_sender(chatwoot, token="expired"))
            clock.now += 3600
        [waiting] = outbox.pending()
        assert waiting.attempts == 3 and "HTTP 401" in waiting.last_error
        assert (await outbox.deliver_pending(chatwoot_sender(chatwoot))).delivered == 1
        assert outbox.pending() == [] and len(chatwoot.conversations) == 1


async def test_a_timeout_is_a_failure_like_any_other(outbox):
    async with FakeChatwoot() as chatwoot:
        chatwoot.delay = 1.0
        outbox.add("chatwoot", SUMMARY["reference"], SUMMARY)
        sender = ChatwootSender(ChatwootSettings(chatwoot.url, 1, 7, chatwoot.token), timeout=0.2)
        assert (await outbox.deliver_pending(sender)).failed == 1
        assert "no answer" in outbox.pending()[0].last_error


class FakeSender:
    destination = "chatwoot"

    def __init__(self, deliver):
        self.deliver = deliver


async def test_progress_survives_a_restart_so_a_retry_carries_on_where_it_stopped(tmp_path, clock):
    first = Outbox(tmp_path / "outbox.db", clock=clock)
    first.add("chatwoot", SUMMARY["reference"], SUMMARY)

    async def stops_after_the_conversation(summary, progress):
        progress.update(contact_id=1, source_id="abc", conversation_id=4)  # what the first steps recorded
        raise ConnectionResetError("Chatwoot went away")

    await first.deliver_pending(FakeSender(stops_after_the_conversation))
    assert first.pending()[0].progress == {"contact_id": 1, "source_id": "abc", "conversation_id": 4}

    clock.now += 60
    reopened = Outbox(tmp_path / "outbox.db", clock=clock)  # a new process on the same file
    handed_over = []

    async def carries_on(summary, progress):
        handed_over.append(dict(progress))

    assert (await reopened.deliver_pending(FakeSender(carries_on))).delivered == 1
    assert handed_over == [{"contact_id": 1, "source_id": "abc", "conversation_id": 4}]
    assert reopened.pending() == []


async def test_a_shutdown_in_the_middle_keeps_the_progress_and_does_not_count_an_attempt(outbox):
    outbox.add("chatwoot", SUMMARY["reference"], SUMMARY)

    async def cancelled_after_the_contact(summary, progress):
        progress["contact_id"] = 9
        raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        await outbox.deliver_pending(FakeSender(cancelled_after_the_contact))
    [waiting] = outbox.pending()
    assert waiting.progress == {"contact_id": 9} and waiting.attempts == 0


async def test_a_second_tap_on_send_sends_once(outbox):
    assert outbox.add("chatwoot", "LB-AAAA-BBBB", SUMMARY)
    assert not outbox.add("chatwoot", "LB-AAAA-BBBB", SUMMARY)
    assert len(outbox.pending()) == 1


async def test_two_deliveries_at_once_deliver_a_row_once(outbox):
    outbox.add("chatwoot", SUMMARY["reference"], SUMMARY)
    delivered = []

    class Slow:
        destination = "chatwoot"

        async def deliver(self, payload, progress):
            await asyncio.sleep(0.05)
            delivered.append(payload["reference"])

    reports = await asyncio.gather(outbox.deliver_pending(Slow()), outbox.deliver_pending(Slow()))
    assert delivered == ["LB-7K3M-Q9XD"] and sum(r.delivered for r in reports) == 1


def test_the_pause_doubles_up_to_an_hour():
    assert [pause_after(n) for n in (1, 2, 3, 4, 8, 20)] == [30, 60, 120, 240, 3600, 3600]


def test_purge_deletes_only_what_is_older_than_the_retention(outbox, clock):
    outbox.add("chatwoot", "LB-OLD1-0000", SUMMARY)
    clock.now += 29 * 86400
    outbox.add("chatwoot", "LB-NEW1-0000", SUMMARY)
    clock.now += 2 * 86400
    assert outbox.purge_older_than(30) == 1
    assert [p.reference for p in outbox.pending()] == ["LB-NEW1-0000"]


def test_the_file_and_its_folder_are_for_their_owner_only(tmp_path):
    outbox = Outbox(tmp_path / "data" / "outbox.db")
    assert stat.S_IMODE(outbox.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(outbox.path.parent.stat().st_mode) == 0o700


def test_the_default_file_is_ignored_by_git_and_can_be_moved(tmp_path, monkeypatch):
    ignored = subprocess.run(["git", "check-ignore", "-q", str(DEFAULT_PATH)], cwd=DEFAULT_PATH.parents[1])
    assert ignored.returncode == 0  # never committed by accident
    monkeypatch.setenv("PRACTICE_OUTBOX_PATH", str(tmp_path / "elsewhere" / "outbox.db"))
    assert Outbox().path == tmp_path / "elsewhere" / "outbox.db"
    assert (tmp_path / "elsewhere" / "outbox.db").exists()


def test_references_are_easy_to_read_out():
    references = {new_reference() for _ in range(200)}
    assert len(references) == 200
    assert all(re.fullmatch(r"LB-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", r) for r in references)


# --- both destinations, with a real SMTP server, in the background loop ------------------


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def test_the_background_loop_delivers_both_once_chatwoot_and_smtp_are_back(tmp_path):
    outbox = Outbox(tmp_path / "outbox.db", first_retry=0.05, longest_pause=0.1)
    smtp_port = free_port()
    async with FakeChatwoot() as chatwoot:
        chatwoot.mode = "down"
        mail = MailSender(
            SmtpSettings("127.0.0.1", smtp_port, "assistant@example.be", starttls=False),
            "info@example.be",
            "https://chat.example.be/app/accounts/1/inbox/7",
            timeout=1,
        )
        outbox.add("chatwoot", SUMMARY["reference"], SUMMARY)
        outbox.add("mail", SUMMARY["reference"], notice_fields(SUMMARY))
        assert "answers" not in outbox.pending("mail")[0].payload  # the mail row keeps no health data

        stop = asyncio.Event()
        loop = asyncio.create_task(keep_delivering(outbox, [chatwoot_sender(chatwoot), mail], stop, poll_seconds=0.05))
        await asyncio.sleep(0.3)  # both down: retried, kept
        assert {p.destination for p in outbox.pending()} == {"chatwoot", "mail"}
        assert all(p.attempts >= 1 for p in outbox.pending())  # tried and kept

        inbox = Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
        controller.start()
        chatwoot.mode = "up"
        try:
            for _ in range(100):
                if not outbox.pending():
                    break
                await asyncio.sleep(0.05)
        finally:
            stop.set()
            await loop
            controller.stop()
        assert outbox.pending() == []
        assert len(chatwoot.conversations) == 1 and len(inbox.envelopes) == 1
        assert b"LB-7K3M-Q9XD" in inbox.envelopes[0].content
