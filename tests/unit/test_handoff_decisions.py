"""The handoff to a person, its pure decisions (issue 14, item 5): opening hours in the
practice's time zone (weekday, closed day, after hours, next opening, summer time in
Europe/Brussels), what the person is told, what a message while paused does, what a
Chatwoot webhook means, and the practice file's structured hours. No Rasa, no I/O."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from bot.opening_hours import describe, is_open, next_opening, parse_weekly
from bot.practice import PracticeConfigError, load_practice, parse_practice
from bot.practice_inbox import handoff as decide
from bot.reading.redflags import find_red_flags

BRUSSELS = ZoneInfo("Europe/Brussels")
WEEK = {
    "mon": ["08:00", "20:00"], "tue": ["08:00", "20:00"], "wed": [["08:00", "12:00"], ["13:00", "20:00"]],
    "thu": ["08:00", "20:00"], "fri": ["08:00", "20:00"], "sat": ["09:00", "12:00"], "sun": [],
}
HOURS = parse_weekly(WEEK, "Europe/Brussels")
WORDS = decide.WHEN_WORDS  # the catalogues' "today/tomorrow/Monday at" words


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=BRUSSELS)


# --- is it open now -------------------------------------------------------------------

@pytest.mark.parametrize("moment, expected", [
    (local(2024, 5, 6, 8, 0), True),     # Monday, opening minute
    (local(2024, 5, 6, 19, 59), True),
    (local(2024, 5, 6, 20, 0), False),   # closing minute: closed
    (local(2024, 5, 6, 7, 59), False),
    (local(2024, 5, 8, 12, 30), False),  # Wednesday lunch break
    (local(2024, 5, 8, 13, 0), True),
    (local(2024, 5, 11, 10, 0), True),   # Saturday morning
    (local(2024, 5, 11, 12, 0), False),
    (local(2024, 5, 12, 10, 0), False),  # Sunday: closed day
])
def test_is_open_on_weekdays_closed_days_and_after_hours(moment, expected):
    assert is_open(HOURS, moment) is expected


def test_is_open_reads_the_practices_zone_not_the_callers():
    # 06:30 UTC on a summer Monday is 08:30 in Brussels: open
    assert is_open(HOURS, datetime(2024, 7, 1, 6, 30, tzinfo=timezone.utc))
    # 06:30 UTC on a winter Monday is 07:30 in Brussels: closed
    assert not is_open(HOURS, datetime(2024, 1, 8, 6, 30, tzinfo=timezone.utc))


def test_naive_now_is_refused():
    with pytest.raises(ValueError, match="aware"):
        is_open(HOURS, datetime(2024, 5, 6, 9, 0))


# --- when does it open next --------------------------------------------------------------

@pytest.mark.parametrize("moment, expected", [
    (local(2024, 5, 6, 21, 0), local(2024, 5, 7, 8, 0)),     # Monday evening -> Tuesday 08:00
    (local(2024, 5, 6, 6, 0), local(2024, 5, 6, 8, 0)),      # Monday early -> today 08:00
    (local(2024, 5, 8, 12, 15), local(2024, 5, 8, 13, 0)),   # lunch break -> 13:00 the same day
    (local(2024, 5, 11, 13, 0), local(2024, 5, 13, 8, 0)),   # Saturday afternoon -> Monday (Sunday closed)
    (local(2024, 5, 12, 23, 59), local(2024, 5, 13, 8, 0)),  # Sunday night -> Monday
])
def test_next_opening(moment, expected):
    found = next_opening(HOURS, moment)
    assert found == expected and found.utcoffset() == expected.utcoffset()


def test_next_opening_when_open_is_now():
    moment = local(2024, 5, 6, 10, 0)
    assert next_opening(HOURS, moment) == moment


def test_summer_time_changes_keep_wall_clock_hours():
    # Brussels goes to summer time on Sunday 31 March 2024 (02:00 -> 03:00) and back on 27 October.
    spring = next_opening(HOURS, local(2024, 3, 30, 13, 0))  # Saturday after closing
    assert spring == local(2024, 4, 1, 8, 0)
    assert spring.utcoffset().total_seconds() == 2 * 3600  # CEST
    assert spring.astimezone(timezone.utc).hour == 6
    autumn = next_opening(HOURS, local(2024, 10, 26, 13, 0))
    assert autumn == local(2024, 10, 28, 8, 0)
    assert autumn.utcoffset().total_seconds() == 3600  # CET
    assert autumn.astimezone(timezone.utc).hour == 7
    # the same UTC instant is open in summer and closed in winter (07:30 UTC is 09:30 / 08:30)
    assert is_open(HOURS, datetime(2024, 4, 1, 5, 30, tzinfo=timezone.utc)) is False  # 07:30 CEST
    assert is_open(HOURS, datetime(2024, 10, 28, 6, 30, tzinfo=timezone.utc)) is False  # 07:30 CET
    assert is_open(HOURS, datetime(2024, 10, 28, 7, 0, tzinfo=timezone.utc)) is True  # 08:00 CET


def test_an_opening_in_the_skipped_hour_moves_to_the_first_valid_instant():
    night = parse_weekly({"sun": ["02:30", "04:00"]}, "Europe/Brussels")
    found = next_opening(night, local(2024, 3, 30, 12, 0))
    assert found.astimezone(timezone.utc) == datetime(2024, 3, 31, 1, 30, tzinfo=timezone.utc)  # 03:30 CEST


# --- the practice file's hours are checked -------------------------------------------------

@pytest.mark.parametrize("raw, message", [
    ({"mon": ["8:00", "20:00"]}, "not a time"),
    ({"mon": ["08:00", "25:00"]}, "not a time"),
    ({"mon": ["20:00", "08:00"]}, "end after it starts"),
    ({"mon": [["08:00", "12:00"], ["11:00", "14:00"]]}, "overlap"),
    ({"monday": ["08:00", "20:00"]}, "unknown day"),
    ({"mon": "08:00-20:00"}, "mon"),
    ({"mon": []}, "no day has opening hours"),
    ("mon-fri 8-20", "mapping"),
])
def test_bad_weekly_hours_are_refused_naming_the_problem(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_weekly(raw, "Europe/Brussels")


def test_an_unknown_timezone_is_refused():
    with pytest.raises(ValueError, match="time zone"):
        parse_weekly(WEEK, "Europe/Mechelen")


def test_24_00_closes_the_day():
    late = parse_weekly({"fri": ["18:00", "24:00"]})
    assert is_open(late, local(2024, 5, 10, 23, 59)) and not is_open(late, local(2024, 5, 11, 0, 0))
    assert describe(late)["fri"] == "18:00-24:00" and describe(late)["mon"] == "closed"


def test_the_shipped_practice_file_has_structured_hours_and_keeps_its_texts():
    practice = load_practice()
    assert practice.opening_hours_weekly is not None and practice.timezone == "Europe/Brussels"
    assert set(practice.opening_hours) >= {"en", "nl"}  # the texts stay for display


def _practice_raw(**changes):
    raw = yaml.safe_load((Path(__file__).resolve().parents[2] / "config" / "practice.yml").read_text())
    raw.update(changes)
    return raw


def test_the_practice_file_names_a_bad_weekly_value():
    with pytest.raises(PracticeConfigError, match="opening_hours_weekly"):
        parse_practice(_practice_raw(opening_hours_weekly={"mon": ["20:00", "08:00"]}))
    with pytest.raises(PracticeConfigError, match="timezone"):
        parse_practice(_practice_raw(timezone="Mars/Olympus"))


def test_a_practice_file_without_weekly_hours_still_loads():
    raw = _practice_raw()
    raw.pop("opening_hours_weekly")
    assert parse_practice(raw).opening_hours_weekly is None


# --- what the person is told ----------------------------------------------------------------

def test_open_now():
    told = decide.availability(HOURS, local(2024, 5, 6, 10, 0), "en", WORDS)
    assert told.response == "utter_handoff_open" and told.open_now is True and told.values == {}


@pytest.mark.parametrize("moment, language, words", [
    (local(2024, 5, 6, 21, 0), "en", "tomorrow at 08:00"),
    (local(2024, 5, 6, 21, 0), "nl", "morgen om 08:00"),
    (local(2024, 5, 6, 6, 30), "en", "today at 08:00"),
    (local(2024, 5, 8, 12, 15), "nl", "vandaag om 13:00"),
    (local(2024, 5, 11, 13, 0), "en", "Monday at 08:00"),
    (local(2024, 5, 11, 13, 0), "nl", "maandag om 08:00"),
])
def test_closed_says_when_they_answer(moment, language, words):
    told = decide.availability(HOURS, moment, language, WORDS)
    assert told.response == "utter_handoff_closed" and told.open_now is False
    assert told.values == {"handoff_next_open": words}


def test_when_words_use_the_practices_day_not_utc():
    # 23:30 UTC on Monday 6 May is already Tuesday 01:30 in Brussels: "today at 08:00"
    told = decide.availability(HOURS, datetime(2024, 5, 6, 23, 30, tzinfo=timezone.utc), "en", WORDS)
    assert told.values == {"handoff_next_open": "today at 08:00"}


def test_without_structured_hours_the_texts_are_named():
    assert decide.availability(None, local(2024, 5, 6, 10, 0), "en", WORDS).response == "utter_handoff_hours_unknown"


# --- a message while paused -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["When can I come in?", "Wanneer kan ik langskomen?", "ok thanks"])
def test_a_plain_message_is_forwarded_and_not_escalated(text):
    decision = decide.paused_message(text, find_red_flags)
    assert decision.forward and not decision.escalate


@pytest.mark.parametrize("text, slot", [
    ("I can't feel anything around my bottom and I wet myself", "saddle_numbness"),
    ("ik voel niks meer rond mijn anus", "saddle_numbness"),
    ("I have a high fever now", "fever"),
    ("ik heb hoge koorts", "fever"),
])
def test_a_red_flag_is_forwarded_and_escalated(text, slot):
    decision = decide.paused_message(text, find_red_flags)
    assert decision.forward and decision.escalate and slot in decision.red_flags


def test_an_empty_message_is_neither():
    decision = decide.paused_message("   ", find_red_flags)
    assert not decision.forward and not decision.escalate


@pytest.mark.parametrize("loop, level, step", [
    ("triage_form", None, "action_triage"),
    (None, None, "action_triage"),
    ("safety_form", "urgent", "safety_form"),
    (None, "physio", "utter_anything_else"),
])
def test_what_the_assistant_does_when_back(loop, level, step):
    assert decide.resume_step(loop, level) == step


# --- Chatwoot's webhooks --------------------------------------------------------------------

def message_created(**changes):
    payload = {
        "event": "message_created", "id": 41, "content": "Hello, this is Lies from the practice",
        "message_type": "outgoing", "private": False, "content_type": "text",
        "sender": {"id": 1, "name": "Lies", "type": "user"}, "inbox": {"id": 7, "name": "Practice"},
        "conversation": {"id": 12, "inbox_id": 7, "status": "open"}, "account": {"id": 1, "name": "Practice"},
    }
    payload.update(changes)
    return payload


def test_an_agents_reply_is_passed_on():
    event = decide.read_webhook(message_created(), account_id=1, inbox_id=7)
    assert (event.kind, event.conversation_id, event.text, event.message_id) == (
        "agent_reply", 12, "Hello, this is Lies from the practice", 41)


@pytest.mark.parametrize("changes, why", [
    ({"private": True}, "private note"),
    ({"message_type": "incoming"}, "not outgoing"),  # the person's own, forwarded by us
    ({"message_type": "template"}, "not outgoing"),
    ({"content": "  "}, "no text"),
    ({"inbox": {"id": 8}}, "another inbox"),
    ({"account": {"id": 2}}, "another account"),
    ({"conversation": {}}, "no conversation id"),
])
def test_other_messages_are_ignored(changes, why):
    event = decide.read_webhook(message_created(**changes), account_id=1, inbox_id=7)
    assert event.kind == "ignored" and event.why == why


def test_resolved_by_status_change_or_the_older_event():
    changed = {"event": "conversation_status_changed", "id": 12, "inbox_id": 7, "status": "resolved",
               "account": {"id": 1}}
    assert decide.read_webhook(changed, 1, 7) == decide.WebhookEvent("resolved", 12)
    assert decide.read_webhook({**changed, "status": "pending"}, 1, 7).kind == "ignored"
    older = {"event": "conversation_resolved", "id": "12", "inbox_id": 7, "status": "open"}
    assert decide.read_webhook(older, 1, 7).kind == "resolved"
    assert decide.read_webhook({**changed, "inbox_id": 9}, 1, 7).kind == "ignored"


@pytest.mark.parametrize("payload", [None, [], "x", {"event": "contact_created", "id": 3}])
def test_anything_else_is_ignored(payload):
    assert decide.read_webhook(payload).kind == "ignored"


# --- the note and the test clock ------------------------------------------------------------

def test_the_note_names_the_answers_and_the_channel_in_the_persons_language():
    note = decide.handoff_note("LB-AAAA-BBBB", ["How it started: suddenly"], "physio", "en", "whatsapp")
    assert "talk to a person" in note and "LB-AAAA-BBBB" in note and "Channel: whatsapp" in note
    assert "How it started: suddenly" in note and "physio" in note
    dutch = decide.handoff_note("LB-AAAA-BBBB", [], None, "nl", "rest")
    assert "iemand spreken" in dutch and "nog geen advies" in dutch


def test_fixed_now_needs_an_offset():
    assert decide.fixed_now("2024-05-06T10:00:00+02:00") == local(2024, 5, 6, 10, 0)
    assert decide.fixed_now("2024-05-06T10:00:00") is None
    assert decide.fixed_now("") is None and decide.fixed_now("soon") is None
