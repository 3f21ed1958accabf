"""Sending the check to the practice (issue 14, item 1), end to end: the real Rasa and
action servers, the action server's CHATWOOT_* pointing at a fake Chatwoot
(tests/support/fake_chatwoot.py) that checks paths, token and bodies against the
documented API. English and Dutch: consent with callback details, consent with skip,
decline (nothing received), an emergency (offered only once safe), Chatwoot down then
back (a kind message with the phone, delivered later, nothing lost)."""
from __future__ import annotations

import asyncio
import re
import threading
import time

import pytest

from bot.practice import current_practice
from tests.support.assistant import buttons, joined, start_assistant, triage_of
from tests.support.conversation import Patient
from tests.support.fake_chatwoot import FakeChatwoot

pytestmark = pytest.mark.e2e
PRACTICE = current_practice()
TOKEN = "e2e-chatwoot-token"
FIRST = {"en": "Hello, my low back hurts", "nl": "Hallo, ik heb last van mijn lage rug"}
ACUTE = {"onset": "sudden_movement", "age_band": "20_44"}
TEN_DAYS = {"en": "about 10 days", "nl": "ongeveer tien dagen"}
REFERENCE = re.compile(r"LB-[A-Z2-9]{4}-[A-Z2-9]{4}")
WORDS = {
    "en": {"offer": "Would you like to send your answers", "records": "own records", "delete": "Delete my data",
           "send": "Send my answers", "decline": "No, thanks", "skip": "Skip", "name_q": "What name",
           "contact_q": "phone number or e-mail", "sent": "Done. Your answers are in the inbox",
           "delayed": "cannot reach the practice's inbox", "declined": "I have not sent anything",
           "safe": "I am safe now", "when_safe": "Once you are safe", "again": "could not read that",
           "note_title": "Low back pain check shared by the patient"},
    "nl": {"offer": "Wil je je antwoorden", "records": "eigen dossier", "delete": "verwijder mijn gegevens",
           "send": "Ja, stuur ze door", "decline": "Nee, bedankt", "skip": "Overslaan", "name_q": "Welke naam",
           "contact_q": "telefoonnummer of e-mailadres", "sent": "Klaar. Je antwoorden staan in de inbox",
           "delayed": "kan de inbox van de praktijk nu niet bereiken", "declined": "ik heb niets verstuurd",
           "safe": "Ik ben nu veilig", "when_safe": "Ben je veilig?", "again": "kon ik niet lezen",
           "note_title": "Rugpijncheck gedeeld door de patiënt"},
}


class ThreadedChatwoot:
    """The fake Chatwoot in its own event loop on a thread (the tests are synchronous)."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.fake = FakeChatwoot(token=TOKEN, account_id=1, inbox_id=7)
        asyncio.run_coroutine_threadsafe(self.fake.__aenter__(), self.loop).result(10)

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self.fake.__aexit__(None, None, None), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)

    def conversations_with(self, reference: str) -> list:
        return [c for c in list(self.fake.conversations.values())
                if any(reference in m["content"] for m in c["messages"])]

    def contact_of(self, conversation: dict) -> dict:
        return self.fake.contacts[conversation["contact_id"]]


@pytest.fixture(scope="module")
def chatwoot():
    fake = ThreadedChatwoot()
    yield fake
    fake.close()


@pytest.fixture(scope="module")
def inbox_assistant(tmp_path_factory, chatwoot):
    workdir = tmp_path_factory.mktemp("practice-inbox")
    env = {
        "CHATWOOT_URL": chatwoot.fake.url, "CHATWOOT_ACCOUNT_ID": "1", "CHATWOOT_INBOX_ID": "7",
        "CHATWOOT_API_TOKEN": TOKEN, "SMTP_HOST": "", "SMTP_FROM": "",
        "PRACTICE_OUTBOX_PATH": str(workdir / "outbox.db"),
        "PRACTICE_OUTBOX_POLL_SECONDS": "1", "PRACTICE_OUTBOX_FIRST_RETRY_SECONDS": "1",
        "PRACTICE_INBOX_FIRST_ATTEMPT_SECONDS": "3",
    }
    with start_assistant(workdir, extra_env=env) as running:
        yield running


@pytest.fixture(autouse=True)
def chatwoot_up(chatwoot):
    chatwoot.fake.mode = "up"
    yield
    chatwoot.fake.mode = "up"


def finish_acute_check(assistant, sender, language) -> Patient:
    patient = Patient(assistant, sender, language, ACUTE, texts={"duration_days": TEN_DAYS[language]})
    triage = patient.run_check(FIRST[language])
    assert triage["level"] == "physio", patient.show()
    return patient


def assert_offer(patient, language):
    words = WORDS[language]
    text = joined(patient.last)
    assert words["offer"] in text and words["records"] in text and words["delete"] in text, patient.show()
    assert PRACTICE.name in text
    assert [b["title"] for b in buttons(patient.last)][-2:] == [words["send"], words["decline"]], patient.show()


def reference_in(messages) -> str:
    found = REFERENCE.findall(joined(messages))
    assert found, joined(messages)
    return found[0]


@pytest.mark.parametrize("language, name, contact, phone", [
    ("en", "An Peeters", "0470 12 34 56", "+32470123456"),
    ("nl", "ik heet Noor", "+32 471 98 76 54", "+32471987654"),
])
def test_consent_with_callback_details(inbox_assistant, chatwoot, sender, language, name, contact, phone):
    words = WORDS[language]
    patient = finish_acute_check(inbox_assistant, sender, language)
    assert_offer(patient, language)
    assert inbox_assistant.slots(sender)["share_step"] == "offered"

    patient.tap(words["send"])
    assert words["name_q"] in joined(patient.last) and [b["title"] for b in buttons(patient.last)] == [words["skip"]]
    patient.say(name)
    assert words["contact_q"] in joined(patient.last), patient.show()
    patient.say("tomorrow")  # not a number: kindly asked once more
    assert words["again"] in joined(patient.last) and words["contact_q"] in joined(patient.last), patient.show()
    patient.say(contact)
    assert words["sent"] in joined(patient.last), patient.show()
    reference = reference_in(patient.last)

    [conversation] = chatwoot.conversations_with(reference)
    contact_record = chatwoot.contact_of(conversation)
    assert contact_record["name"] == name.replace("ik heet ", "")
    assert contact_record["phone_number"] == phone
    [note] = [m for m in conversation["messages"] if m["private"]]
    assert words["note_title"] in note["content"] and "R9" in note["content"] and "physio" in note["content"]
    assert conversation["labels"] == ["physio"]
    slots = inbox_assistant.slots(sender)
    assert slots["share_step"] == "sent" and slots["share_reference"] == reference
    assert slots["callback_name"] is None and slots["callback_contact"] is None  # kept in the outbox, not here


@pytest.mark.parametrize("language", ["en", "nl"])
def test_consent_with_skip(inbox_assistant, chatwoot, sender, language):
    words = WORDS[language]
    patient = finish_acute_check(inbox_assistant, sender, language)
    patient.say({"en": "yes please", "nl": "ja graag"}[language])  # typed yes to the offer
    assert words["name_q"] in joined(patient.last), patient.show()
    patient.tap(words["skip"])
    assert words["contact_q"] in joined(patient.last), patient.show()
    patient.tap(words["skip"])
    assert words["sent"] in joined(patient.last), patient.show()
    reference = reference_in(patient.last)
    [conversation] = chatwoot.conversations_with(reference)
    contact_record = chatwoot.contact_of(conversation)
    assert contact_record["name"] == f"Back check {reference}"
    assert not contact_record.get("phone_number") and not contact_record.get("email")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_decline_sends_nothing(inbox_assistant, chatwoot, sender, language):
    words = WORDS[language]
    before = len(chatwoot.fake.requests)
    patient = finish_acute_check(inbox_assistant, sender, language)
    patient.tap(words["decline"])
    assert words["declined"] in joined(patient.last), patient.show()
    assert not buttons(patient.last) or words["send"] not in [b["title"] for b in buttons(patient.last)]
    time.sleep(1.5)  # a background round of the outbox
    assert len(chatwoot.fake.requests) == before
    slots = inbox_assistant.slots(sender)
    assert slots["share_step"] == "declined" and slots["callback_name"] is None


@pytest.mark.parametrize("language, flag", [("en", "I can't feel my bum"), ("nl", "ik kan mijn plas niet ophouden")])
def test_after_an_emergency_only_once_safe(inbox_assistant, chatwoot, sender, language, flag):
    words = WORDS[language]
    reply = inbox_assistant.send(sender, flag, {"language": language})
    assert triage_of(reply)["level"] == "emergency"
    assert "112" in joined(reply).split("\n")[0]
    assert words["offer"] not in joined(reply)
    assert words["when_safe"] in joined(reply) and [b["title"] for b in buttons(reply)][-1] == words["safe"]
    reply = inbox_assistant.send(sender, {"en": "I am safe now", "nl": "ik ben nu veilig"}[language])
    assert words["offer"] in joined(reply), joined(reply)
    reply = inbox_assistant.send(sender, {"en": "send my answers to the practice",
                                          "nl": "stuur mijn antwoorden naar de praktijk"}[language])
    assert words["name_q"] in joined(reply)
    inbox_assistant.send(sender, {"en": "skip", "nl": "overslaan"}[language])
    reply = inbox_assistant.send(sender, "an.peeters@example.be")
    reference = reference_in(reply)
    [conversation] = chatwoot.conversations_with(reference)
    assert chatwoot.contact_of(conversation)["email"] == "an.peeters@example.be"
    assert conversation["labels"] == ["emergency"]


@pytest.mark.parametrize("language, flag", [("en", "I can't feel my bum"), ("nl", "ik kan mijn plas niet ophouden")])
def test_a_red_flag_during_the_callback_questions_escalates_and_sends_nothing(
        inbox_assistant, chatwoot, sender, language, flag):
    words = WORDS[language]
    before = len(chatwoot.fake.requests)
    patient = finish_acute_check(inbox_assistant, sender, language)
    patient.tap(words["send"])
    reply = patient.say(flag)
    assert triage_of(reply)["level"] == "emergency", patient.show()
    assert "112" in joined(reply).split("\n")[0]
    assert words["when_safe"] in joined(reply) and words["sent"] not in joined(reply)
    tracker = inbox_assistant.tracker(sender)
    assert not (tracker["active_loop"] or {}).get("name") and tracker["slots"]["share_step"] == "wait_safe"
    assert len(chatwoot.fake.requests) == before


def test_a_question_during_the_callback_questions_is_answered_then_asked_again(inbox_assistant, chatwoot, sender):
    words = WORDS["en"]
    patient = finish_acute_check(inbox_assistant, sender, "en")
    patient.tap(words["send"])
    reply = patient.say("can I still go to work?")
    assert words["name_q"] in joined(reply) and len(reply) >= 2, patient.show()
    patient.say("An")
    patient.tap(words["skip"])
    assert words["sent"] in joined(patient.last), patient.show()


def test_delete_my_data_during_the_callback_questions_sends_nothing(inbox_assistant, chatwoot, sender):
    words = WORDS["nl"]
    before = len(chatwoot.fake.requests)
    patient = finish_acute_check(inbox_assistant, sender, "nl")
    patient.tap(words["send"])
    patient.say("Noor")
    reply = patient.say("verwijder mijn gegevens")
    assert any(m.get("custom", {}).get("data_deleted") for m in reply), patient.show()
    time.sleep(1.5)
    assert len(chatwoot.fake.requests) == before
    assert inbox_assistant.slots(sender)["share_step"] is None


@pytest.mark.parametrize("language, failure", [("en", "down"), ("nl", "401")])
def test_chatwoot_down_then_back(inbox_assistant, chatwoot, sender, language, failure):
    words = WORDS[language]
    patient = finish_acute_check(inbox_assistant, sender, language)
    patient.tap(words["send"])
    patient.say("An")
    chatwoot.fake.mode = failure
    patient.say("0470 12 34 56")
    text = joined(patient.last)
    assert words["delayed"] in text and PRACTICE.phone in text, patient.show()
    reference = reference_in(patient.last)
    assert chatwoot.conversations_with(reference) == []
    time.sleep(2.5)  # retried in the background while still failing: kept
    assert chatwoot.conversations_with(reference) == []
    chatwoot.fake.mode = "up"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not chatwoot.conversations_with(reference):
        time.sleep(0.5)
    [conversation] = chatwoot.conversations_with(reference)  # delivered once, nothing lost
    assert chatwoot.contact_of(conversation)["phone_number"] == "+32470123456"
    [note] = [m for m in conversation["messages"] if m["private"]]
    assert "An" in note["content"] and words["note_title"] in note["content"]
    assert conversation["labels"] == ["physio"]


def test_start_up_says_what_is_on_and_off(inbox_assistant):
    logs = inbox_assistant.logs()
    assert "Practice inbox (Chatwoot) on" in logs
    assert "Practice e-mail notice off: SMTP_HOST and SMTP_FROM not set" in logs
    assert TOKEN not in logs
