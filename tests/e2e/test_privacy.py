"""Privacy, checked in the stores and the logs of the real assistant.

- "delete my data" / "verwijder mijn gegevens" removes the conversation's stored events
  (SQLite: the shared assistant of conftest.py; PostgreSQL: the production endpoints
  file with one replica), confirms in the user's language and starts fresh;
- declining consent stores no health answer;
- at the default log level, the logs of Rasa and of the action server hold no message
  text, no slot value and no phone number, over whole conversations in both languages.

The PostgreSQL cases skip when PostgreSQL or Redis can't be reached (fail under CI=true).
"""
from __future__ import annotations

import os
import uuid
from typing import Dict, List, Tuple

import pytest

from bot.practice import current_practice
from bot.reading.answers import CLINICAL_SLOTS
from tests.e2e.test_replicas import FIRST, RADICULAR, RADICULAR_TEXTS, postgres_schema, production_assistants
from tests.e2e.test_replicas import stored_events as postgres_events
from tests.support.assistant import Assistant, buttons, joined, triage_of
from tests.support.conversation import Patient

pytestmark = pytest.mark.e2e
PRACTICE = current_practice()


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    """(assistant, schema): one replica on the production endpoints file."""
    with postgres_schema() as schema:
        with production_assistants(tmp_path_factory.mktemp("privacy-pg"), schema, replicas=1) as (running,):
            yield running, schema


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request):
    """(assistant, function sender -> stored events) for each tracker store."""
    if request.param == "sqlite":
        from bot.stores.tracker_store import engine_from_settings, stored_events

        running: Assistant = request.getfixturevalue("assistant")
        engine = engine_from_settings({"dialect": "sqlite", "db": str(running.workdir / "tracker.db")})
        yield running, lambda sender: stored_events(engine, [sender])
        engine.dispose()
    else:
        running, schema = request.getfixturevalue("postgres")
        yield running, lambda sender: postgres_events(schema, sender)


def new_sender(prefix: str = "privacy") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def clinical_answers(events: List[dict]) -> Dict[str, object]:
    """Clinical slot values set in these events (non-empty only)."""
    return {e["name"]: e["value"] for e in events
            if e["event"] == "slot" and e["name"] in CLINICAL_SLOTS and e.get("value") not in (None, False)}


# --- delete my data ---------------------------------------------------------------------
@pytest.mark.parametrize("language, wish, confirmation", [
    ("en", "delete my data", "deleted"),
    ("nl", "verwijder mijn gegevens", "gewist"),
])
def test_delete_my_data_empties_the_store_and_starts_fresh(store, language, wish, confirmation):
    assistant, events_of = store
    sender = new_sender()
    patient = Patient(assistant, sender, language, {}, texts=RADICULAR_TEXTS[language])
    patient.say(FIRST[language])
    patient.answer("consent")
    patient.answer("onset")
    patient.answer("duration_days")
    before = events_of(sender)
    assert clinical_answers(before).get("onset") == "sudden_movement" and [e for e in before if e["event"] == "user"]

    reply = patient.say(wish)
    assert confirmation in joined(reply)
    after = events_of(sender)
    assert not [e for e in after if e["event"] == "user"], "no message of the user is left in the store"
    assert not clinical_answers(after), "no answer is left in the store"
    assert after[0]["event"] == "action" and after[0]["name"] == "action_delete_data", "only the fresh start"
    slots = assistant.slots(sender)
    assert slots["language"] == language and slots["onset"] is None and slots["duration_days"] is None

    # a fresh start: the next message is a new conversation, consent is asked again
    reply = patient.say(FIRST[language])
    assert {"en": "Yes, that's OK", "nl": "Ja, dat is goed"}[language] in [b["title"] for b in buttons(reply)]
    assert patient.requested_slot() == "consent"
    user_texts = [e.get("text") for e in events_of(sender) if e["event"] == "user"]
    assert user_texts == [FIRST[language]], "only what was said after the deletion"


def test_delete_my_data_at_the_very_start(store):
    assistant, events_of = store
    sender = new_sender()
    reply = assistant.send(sender, "delete my data")
    assert "deleted" in joined(reply)
    assert not [e for e in events_of(sender) if e["event"] == "user"]


# --- consent ------------------------------------------------------------------------------
@pytest.mark.parametrize("language, first", [
    ("en", "Hi, my low back hurts since 3 weeks, it started when I lifted a box and it goes into my leg"),
    ("nl", "Hoi, ik heb sinds 3 weken rugpijn, het begon bij het tillen van een doos en het straalt uit naar mijn been"),
])
def test_declining_consent_stores_no_health_answer(store, language, first):
    assistant, events_of = store
    sender = new_sender()
    patient = Patient(assistant, sender, language, {"consent": False})
    reply = patient.say(first)
    assert patient.requested_slot() == "consent", "consent is asked before any health question"
    assert not triage_of(reply)
    reply = patient.answer("consent")
    assert PRACTICE.phone in joined(reply), "the practice's contact"
    assert patient.requested_slot() is None
    events = events_of(sender)
    assert not clinical_answers(events), f"health answers stored: {clinical_answers(events)}"
    assert not [e for e in events if e["event"] == "slot" and e["name"] == "consent" and e.get("value") is True]
    slots = assistant.slots(sender)
    assert all(slots.get(slot) in (None, False) for slot in CLINICAL_SLOTS)
    assert slots["triage_level"] is None
    # they may still ask questions: answered, and still no health question
    reply = patient.say({"en": "what is a hernia?", "nl": "wat is een hernia?"}[language])
    assert joined(reply) and patient.requested_slot() is None


# --- logs ---------------------------------------------------------------------------------
TYPED_PHONE = "0470 12 34 56"


def whole_conversations(assistant: Assistant) -> Tuple[List[str], List[str]]:
    """Both languages, typed answers, a phone number typed, and a phone-number sender id
    (as on WhatsApp). Returns (what the users typed, slot values the store now holds)."""
    typed: List[str] = []
    values: List[str] = []
    for language in ("en", "nl"):
        sender = "3247" + str(uuid.uuid4().int)[:7]
        patient = Patient(assistant, sender, language, {}, texts=RADICULAR_TEXTS[language])
        assert patient.run_check(FIRST[language]) == {**RADICULAR, "language": language}, patient.show()
        patient.say({"en": f"you can call me on {TYPED_PHONE}", "nl": f"bel me op {TYPED_PHONE}"}[language])
        slots = assistant.slots(sender)
        values += [v for k, v in slots.items() if k in (*CLINICAL_SLOTS, "triage_condition") and isinstance(v, str)]
        typed += [text for who, text in patient.transcript if who == "user"] + [sender]
    return typed, values


@pytest.mark.parametrize("which", ["sqlite", "postgresql"])
def test_logs_hold_no_text_slot_value_or_phone_number(request, which):
    if os.environ.get("LOG_LEVEL", "INFO").upper() not in ("INFO", "WARNING", "ERROR"):
        pytest.skip(f"LOG_LEVEL={os.environ['LOG_LEVEL']} is not the default level")
    if which == "sqlite":
        assistant: Assistant = request.getfixturevalue("assistant")
    else:
        assistant, _schema = request.getfixturevalue("postgres")
    logs = (assistant.rasa_log, assistant.actions_log)
    offsets = [path.stat().st_size if path.exists() else 0 for path in logs]
    typed, values = whole_conversations(assistant)
    text = ""
    for path, offset in zip(logs, offsets, strict=True):
        with open(path, "rb") as log:
            log.seek(offset)
            text += log.read().decode("utf-8", errors="replace")
    whole = "".join(path.read_text(errors="replace") for path in logs)
    assert "Starting Rasa server" in whole and "Action endpoint is up" in whole, "the logs are captured"
    leaks = [t for t in typed if len(t) >= 5 and t in text]  # short answers ("no", "ja") are ordinary words
    leaks += [v for v in values if v in text]
    phones = {PRACTICE.phone, PRACTICE.phone.replace(" ", ""), TYPED_PHONE, TYPED_PHONE.replace(" ", "")}
    leaks += [p for p in phones if p in text]
    assert not leaks, f"found in the logs: {leaks}"
    print(f"\n[privacy] {which}: {len(typed)} user messages and sender ids, {len(values)} slot values, "
          f"{len(phones)} phone numbers: none in {len(text.splitlines())} new log lines")
