"""A person when asked (issue 14, item 5), end to end: the real Rasa and action servers,
the action server's CHATWOOT_* pointing at the fake Chatwoot (tests/support/fake_chatwoot.py:
paths, token and bodies of the new calls checked against the documented API, and it
posts the agent's replies and the resolve to our webhook as Chatwoot does, with our own
notes and forwarded messages echoed too), the Rasa server's webhook and poll endpoint
(bot/channels/chatwoot_handoff.py) and the WhatsApp channel on the fake Graph API.
The clock of the opening hours is a file (HANDOFF_CLOCK_FILE) each test writes.

REST, in every offered language: handed over in opening hours and out of them (when they
answer), a message while paused forwarded as the person's incoming message and not
answered by the bot, the agent's reply read from the poll endpoint, a red flag while
paused escalated at once (and forwarded, with a note for the agent), resolved: the
assistant is back and the check goes on where it was. Chatwoot down at the handoff: the
kind message with the phone, no pause. The webhook without its token: 401. WhatsApp: the
agent's reply and the assistant's return reach the person through the Graph API."""
from __future__ import annotations

import time
import uuid

import pytest
import requests

from bot.practice import current_practice
from tests.support import whatsapp_webhook as wh
from tests.support.assistant import joined, start_assistant
from tests.support.conversation import FIRST, LANGUAGES, Patient
from tests.support.fake_chatwoot import ThreadedFakeChatwoot
from tests.support.fake_graph import FakeGraph, visible_text
from tests.support.whatsapp_patient import WhatsAppPatient

pytestmark = pytest.mark.e2e
PRACTICE = current_practice()
TOKEN = "e2e-handoff-chatwoot-token"
WEBHOOK_TOKEN = "e2e-handoff-webhook-token-0123456789"
WA_APP_SECRET = "e2e-handoff-app-secret"
WA_ACCESS_TOKEN = "e2e-handoff-access-token"
CREDENTIALS = "rest:\nbot.channels.whatsapp.WhatsAppInput:\nbot.channels.chatwoot_handoff.ChatwootHandoffInput:\n"
ASK = {"en": "I want to talk to a person", "nl": "ik wil iemand spreken", "fr": "je voudrais parler a quelqu'un"}
ONSET = {"en": {"onset": "It started suddenly when I lifted a box"},
         "nl": {"onset": "Het begon plots toen ik een doos optilde"},
         "fr": {"onset": "ca a commence dun coup en soulevant une caisse"}}
MONDAY_MORNING = "2024-05-06T10:00:00+02:00"   # open (Mon 08:00-20:00)
SATURDAY_AFTERNOON = "2024-05-11T13:00:00+02:00"  # closed until Monday 08:00
WORDS = {
    "en": {"open": "someone is there now", "closed": "they will answer you here from Monday at 08:00",
           "back": "I'm back", "onset_q": "How did the pain start", "failed": "cannot reach the team",
           "escalated": "also passed your message on", "emergency": "112"},
    "nl": {"open": "er is nu iemand", "closed": "ze antwoorden je hier vanaf maandag om 08:00",
           "back": "Ik ben terug", "onset_q": "Hoe is de pijn begonnen", "failed": "nu niet bereiken",
           "escalated": "ook doorgegeven", "emergency": "112"},
    "fr": {"open": "quelqu'un est là maintenant", "closed": "on vous répondra ici à partir de lundi à 08:00",
           "back": "Je suis de retour", "onset_q": "Comment la douleur a-t-elle commencé", "failed": "je ne peux pas joindre",
           "escalated": "aussi fait suivre votre message", "emergency": "112"},
}
# the practice's private note (bot/practice_inbox/handoff.py), and what the person and the agent write
NOTE = {"en": {"asked": "talk to a person", "channel": "Channel", "left": "deleted their data"},
        "nl": {"asked": "iemand spreken", "channel": "Kanaal", "left": "gegevens in de assistent gewist"},
        "fr": {"asked": "parler à une personne", "channel": "Canal", "left": "a effacé ses données"}}
PAUSED = {"en": ("When can I come in?", "Hi, this is Lies from the practice", "hello?"),
          "nl": ("Wanneer kan ik langskomen?", "Dag, met Lies van de praktijk", "hallo?"),
          "fr": ("je peux passer quand ?", "Bonjour, c'est Lies du cabinet", "allo ?")}


@pytest.fixture(scope="module")
def chatwoot():
    fake = ThreadedFakeChatwoot(token=TOKEN, account_id=1, inbox_id=7)
    yield fake
    fake.close()


@pytest.fixture(scope="module")
def graph():
    with FakeGraph(WA_ACCESS_TOKEN, wh.DEFAULT_PHONE_NUMBER_ID, version="v20.0") as fake:
        yield fake


@pytest.fixture(scope="module")
def handoff_assistant(tmp_path_factory, chatwoot, graph):
    workdir = tmp_path_factory.mktemp("handoff")
    clock = workdir / "now.txt"
    clock.write_text(MONDAY_MORNING)
    env = {
        "CHATWOOT_URL": chatwoot.fake.url, "CHATWOOT_ACCOUNT_ID": "1", "CHATWOOT_INBOX_ID": "7",
        "CHATWOOT_API_TOKEN": TOKEN, "CHATWOOT_WEBHOOK_TOKEN": WEBHOOK_TOKEN,
        "SMTP_HOST": "", "SMTP_FROM": "", "PRACTICE_FHIR_BASE_URL": "",
        "PRACTICE_OUTBOX_PATH": str(workdir / "outbox.db"),  # both servers: the handoff store too
        "PRACTICE_INBOX_FIRST_ATTEMPT_SECONDS": "3",
        "HANDOFF_CLOCK_FILE": str(clock),
        "WHATSAPP_VERIFY_TOKEN": "e2e-handoff-verify", "WHATSAPP_APP_SECRET": WA_APP_SECRET,
        "WHATSAPP_ACCESS_TOKEN": WA_ACCESS_TOKEN, "WHATSAPP_PHONE_NUMBER_ID": wh.DEFAULT_PHONE_NUMBER_ID,
        "WHATSAPP_API_BASE_URL": graph.url, "WHATSAPP_API_VERSION": "v20.0",
    }
    with start_assistant(workdir, extra_env=env, credentials=CREDENTIALS) as running:
        running.clock = clock
        chatwoot.fake.webhook_url = f"{running.url}/webhooks/chatwoot/webhook?token={WEBHOOK_TOKEN}"
        chatwoot.fake.echo_webhooks = True  # our notes and forwards come back as webhooks, as in Chatwoot
        yield running


def poll(assistant, sender: str, after: int = 0) -> dict:
    answer = requests.get(f"{assistant.url}/webhooks/chatwoot/messages",
                          params={"sender": sender, "after": after}, timeout=30)
    assert answer.status_code == 200, answer.text
    return answer.json()


def handoff_payload(messages: list) -> dict:
    found = [m["custom"]["handoff"] for m in messages if isinstance(m.get("custom"), dict) and "handoff" in m["custom"]]
    assert len(found) == 1, messages
    return found[0]


def conversation_of(chatwoot, assistant, sender: str) -> dict:
    conversation_id = assistant.slots(sender)["handoff_conversation"]
    assert conversation_id, assistant.slots(sender)
    return chatwoot.fake.conversations[int(conversation_id)]


def start_and_hand_over(assistant, chatwoot, language: str, now: str) -> tuple:
    """Consent, the first question, then "a person": (patient, handoff reply, conversation)."""
    assistant.clock.write_text(now)
    patient = Patient(assistant, f"e2e-handoff-{uuid.uuid4().hex[:10]}", language, {}, texts=ONSET[language])
    patient.say(FIRST[language])
    patient.answer("consent")
    assert patient.requested_slot() == "onset", patient.show()
    reply = patient.say(ASK[language])
    return patient, reply, conversation_of(chatwoot, assistant, patient.sender)


def wait_for(check, timeout: float = 30.0, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"{what} not met after {timeout} s")


@pytest.mark.parametrize("language", LANGUAGES)
def test_handoff_in_opening_hours_forward_reply_and_back(handoff_assistant, chatwoot, language):
    assistant, words = handoff_assistant, WORDS[language]
    patient, reply, conversation = start_and_hand_over(assistant, chatwoot, language, MONDAY_MORNING)
    assert words["open"] in joined(reply), patient.show()
    started = handoff_payload(reply)
    assert started["state"] == "started" and started["poll"] == "/webhooks/chatwoot/messages"
    # Chatwoot: an open conversation in the API inbox, the answers so far as a private note
    assert conversation["status"] == "open" and conversation["inbox_id"] == 7
    [note] = [m for m in conversation["messages"] if m["private"]]
    assert NOTE[language]["asked"] in note["content"]
    assert f"{NOTE[language]['channel']}: rest" in note["content"]
    create = [r for r in chatwoot.fake.requests if r["method"] == "POST" and r["path"] == "/api/v1/accounts/1/conversations"]
    assert create[-1]["json"]["status"] == "open" and create[-1]["token"] == TOKEN
    slots = assistant.slots(patient.sender)
    assert assistant.tracker(patient.sender)["active_loop"]["name"] == "handoff_form"

    # paused: the person's message goes to the practice, the bot says nothing
    question = PAUSED[language][0]
    assert patient.say(question) == [], patient.show()
    incoming = [m for m in conversation["messages"] if m["message_type"] == "incoming"]
    assert [m["content"] for m in incoming] == [question] and not incoming[0]["private"]
    forward = [r for r in chatwoot.fake.requests if r["json"] and r["json"].get("message_type") == "incoming"]
    assert forward[-1]["path"] == f"/api/v1/accounts/1/conversations/{conversation['id']}/messages"
    assert forward[-1]["json"] == {"content": question, "message_type": "incoming", "private": False}
    assert assistant.slots(patient.sender)["onset"] is None  # not read as an answer

    # the agent answers in Chatwoot: the widget's poll has it
    text = PAUSED[language][1]
    _, status = chatwoot.call(chatwoot.fake.agent_reply(conversation["id"], text))
    assert status == 200
    polled = poll(assistant, patient.sender, started["after"])
    assert [m["text"] for m in polled["messages"]] == [text] and polled["handed_over"] is True
    # Chatwoot's echo of our own note and forwarded message reached the webhook and was ignored
    assert all(h["status"] == 200 for h in chatwoot.fake.webhooks)
    last = polled["messages"][-1]["id"]
    # a webhook delivered twice is passed on once
    repeat = chatwoot.fake.message_created_payload(conversation, conversation["messages"][-1])
    assert chatwoot.call(chatwoot.fake.post_webhook(repeat)) == 200
    assert poll(assistant, patient.sender, last)["messages"] == []

    # resolved: the assistant is back and the check goes on where it was (the onset question)
    assert chatwoot.call(chatwoot.fake.resolve(conversation["id"])) == 200
    back = poll(assistant, patient.sender, last)
    shown = "\n".join(m.get("text", "") for m in back["messages"])
    assert words["back"] in shown and words["onset_q"] in shown, back
    assert {"handoff": {"state": "ended"}} in [m.get("custom") for m in back["messages"]]
    assert back["handed_over"] is False
    slots = assistant.slots(patient.sender)
    assert slots["handoff_conversation"] is None and slots["requested_slot"] == "onset"
    assert assistant.tracker(patient.sender)["active_loop"]["name"] == "triage_form"
    patient.answer("onset")
    assert patient.requested_slot() == "duration_days", patient.show()
    # a second resolve changes nothing
    assert chatwoot.call(chatwoot.fake.resolve(conversation["id"])) == 200
    assert poll(assistant, patient.sender, back["messages"][-1]["id"])["messages"] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_handoff_out_of_hours_says_when_they_answer(handoff_assistant, chatwoot, language):
    patient, reply, conversation = start_and_hand_over(handoff_assistant, chatwoot, language, SATURDAY_AFTERNOON)
    text = joined(reply)
    assert WORDS[language]["closed"] in text and PRACTICE.phone in text, patient.show()
    assert conversation["status"] == "open"
    assert patient.say(PAUSED[language][2]) == []
    assert [m["content"] for m in conversation["messages"] if m["message_type"] == "incoming"][-1] == PAUSED[language][2]


@pytest.mark.parametrize("language, text", [
    ("en", "I can't feel anything around my bottom and I wet myself"),
    ("nl", "ik voel niks meer rond mijn anus en ik plas in mijn broek"),
    ("fr", "je sens plus rien autour de mes fesses et je me suis fait pipi dessus"),
])
def test_a_red_flag_while_paused_escalates_at_once(handoff_assistant, chatwoot, language, text):
    patient, _, conversation = start_and_hand_over(handoff_assistant, chatwoot, language, MONDAY_MORNING)
    reply = patient.say(text)
    shown = joined(reply)
    assert WORDS[language]["emergency"] in shown and WORDS[language]["escalated"] in shown, patient.show()
    triage = [m["custom"]["triage"] for m in reply if isinstance(m.get("custom"), dict) and "triage" in m["custom"]]
    assert triage and triage[0]["level"] == "emergency"
    # forwarded to the agent, with a note that the assistant gave its emergency advice
    assert [m["content"] for m in conversation["messages"] if m["message_type"] == "incoming"] == [text]
    notes = [m["content"] for m in conversation["messages"] if m["private"]]
    assert len(notes) == 2 and "emergency" in notes[-1]
    slots = handoff_assistant.slots(patient.sender)
    assert slots["triage_level"] == "emergency" and slots["saddle_numbness"] is True
    # still with the practice
    assert handoff_assistant.tracker(patient.sender)["active_loop"]["name"] == "handoff_form"


@pytest.mark.parametrize("language, text, deleted", [
    ("en", "delete my data", "deleted"),
    ("nl", "verwijder mijn gegevens", "gewist"),
    ("fr", "effacer mes donnees", "effacé"),
])
def test_delete_my_data_while_paused_deletes_and_ends_the_pause(handoff_assistant, chatwoot, language, text, deleted):
    """Privacy first: "delete my data" is not forwarded as a chat message; the agent gets a private
    note, the answers here are gone, and a later reply from the practice reaches no one."""
    patient, reply, conversation = start_and_hand_over(handoff_assistant, chatwoot, language, MONDAY_MORNING)
    after = handoff_payload(reply)["after"]
    answer = patient.say(text)
    assert deleted in joined(answer).lower(), patient.show()
    assert {"data_deleted": True} in [m.get("custom") for m in answer]
    assert [m for m in conversation["messages"] if m["message_type"] == "incoming"] == [], "the request is no chat message"
    notes = [m["content"] for m in conversation["messages"] if m["private"]]
    assert len(notes) == 2 and NOTE[language]["left"] in notes[-1]
    slots = handoff_assistant.slots(patient.sender)
    assert slots["handoff_conversation"] is None and slots["consent"] is None
    assert (handoff_assistant.tracker(patient.sender).get("active_loop") or {}).get("name") is None
    # the practice answers anyway: nothing is kept for this person, the widget's poll is empty
    assert chatwoot.call(chatwoot.fake.agent_reply(conversation["id"], "are you still there?"))[1] == 200
    assert poll(handoff_assistant, patient.sender, after) == {"messages": [], "handed_over": False}


def test_chatwoot_down_at_the_handoff_gives_the_phone_and_no_pause(handoff_assistant, chatwoot):
    chatwoot.fake.mode = "down"
    try:
        patient = Patient(handoff_assistant, f"e2e-handoff-{uuid.uuid4().hex[:10]}", "en", {}, texts=ONSET["en"])
        patient.say(FIRST["en"])
        patient.answer("consent")
        reply = patient.say(ASK["en"])
    finally:
        chatwoot.fake.mode = "up"
    text = joined(reply)
    assert WORDS["en"]["failed"] in text and PRACTICE.phone in text, patient.show()
    slots = handoff_assistant.slots(patient.sender)
    assert slots["handoff_conversation"] is None and slots["requested_slot"] == "onset"
    assert handoff_assistant.tracker(patient.sender)["active_loop"]["name"] == "triage_form"
    assert not any(m.get("custom", {}).get("handoff") for m in reply if isinstance(m.get("custom"), dict))
    patient.answer("onset")  # the check goes on
    assert patient.requested_slot() == "duration_days", patient.show()


def test_the_webhook_needs_its_token(handoff_assistant):
    url = f"{handoff_assistant.url}/webhooks/chatwoot/webhook"
    body = {"event": "conversation_status_changed", "id": 1, "status": "resolved"}
    assert requests.post(url, json=body, timeout=10).status_code == 401
    assert requests.post(url, params={"token": "wrong" * 6}, json=body, timeout=10).status_code == 401
    assert requests.get(f"{handoff_assistant.url}/webhooks/chatwoot/messages", params={"after": 0},
                        timeout=10).status_code == 400


class HandoffWhatsAppPatient(WhatsAppPatient):
    app_secret = WA_APP_SECRET


WHATSAPP_TEXTS = {  # the person's message while paused, the agent's reply, the note's channel line
    "en": ("Can I come in tomorrow?", "Yes, tomorrow at 9 is fine.", "Channel: whatsapp"),
    "nl": ("Kan ik morgen langskomen?", "Ja, morgen om 9u kan het.", "Kanaal: whatsapp"),
    "fr": ("je peux passer demain ?", "Oui, demain à 9h c'est bon.", "Canal: whatsapp"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_whatsapp_agent_reply_and_return_go_through_the_graph_api(handoff_assistant, chatwoot, graph, language):
    question, answer, channel = WHATSAPP_TEXTS[language]
    handoff_assistant.clock.write_text(MONDAY_MORNING)
    wa_id = f"3247{uuid.uuid4().int % 10**7:07d}"
    patient = HandoffWhatsAppPatient(handoff_assistant, graph, wa_id, language)
    patient.say(FIRST[language])
    patient.answer("consent")
    reply = patient.say(ASK[language])
    assert any(WORDS[language]["open"] in visible_text(body) for body in reply), patient.show()
    conversation = conversation_of(chatwoot, handoff_assistant, wa_id)
    assert channel in [m for m in conversation["messages"] if m["private"]][0]["content"]
    assert patient.say(question) == []  # paused: nothing from the bot
    assert conversation["messages"][-1]["content"] == question

    before = len(graph.to(wa_id))
    _, status = chatwoot.call(chatwoot.fake.agent_reply(conversation["id"], answer))
    assert status == 200
    sent = wait_for(lambda: graph.to(wa_id)[before:], what="the agent's reply on WhatsApp")
    assert [visible_text(body) for body in sent] == [answer]
    assert sent[0]["type"] == "text" and sent[0]["to"] == wa_id

    before = len(graph.to(wa_id))
    assert chatwoot.call(chatwoot.fake.resolve(conversation["id"])) == 200
    back = wait_for(lambda: [b for b in graph.to(wa_id)[before:] if WORDS[language]["onset_q"] in visible_text(b)],
                    what="the assistant's return on WhatsApp")
    assert back
    assert any(WORDS[language]["back"] in visible_text(body) for body in graph.to(wa_id)[before:])
    assert patient.slots()["requested_slot"] == "onset" and patient.slots()["handoff_conversation"] is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_chatwoot_the_phone_and_email_as_before(assistant, language):
    """The shared assistant of tests/e2e/conftest.py has no CHATWOOT_*: nothing changes."""
    patient = Patient(assistant, f"e2e-nohandoff-{uuid.uuid4().hex[:10]}", language, {}, texts=ONSET[language])
    patient.say(FIRST[language])
    patient.answer("consent")
    reply = patient.say(ASK[language])
    text = joined(reply)
    assert PRACTICE.phone in text and PRACTICE.email in text, patient.show()
    assert WORDS[language]["onset_q"] in text  # the check goes on, as before
    assert not any(isinstance(m.get("custom"), dict) and "handoff" in m["custom"] for m in reply)
    assert assistant.tracker(patient.sender)["active_loop"]["name"] == "triage_form"
    assert assistant.slots(patient.sender)["handoff_conversation"] is None


def test_a_new_session_keeps_the_pause(handoff_assistant, chatwoot):
    """An answer the next morning comes after Rasa's session expired: action_session_start
    (run here through Rasa's API) carries the pause over, so the next message still goes
    to the practice and the resolve still brings the assistant back."""
    patient, _, conversation = start_and_hand_over(handoff_assistant, chatwoot, "en", SATURDAY_AFTERNOON)
    answer = requests.post(f"{handoff_assistant.url}/conversations/{patient.sender}/execute",
                           params={"token": handoff_assistant.token}, json={"name": "action_session_start"}, timeout=60)
    assert answer.status_code == 200, answer.text
    assert handoff_assistant.tracker(patient.sender)["active_loop"]["name"] == "handoff_form"
    assert patient.say("Good morning, are you there?") == []
    assert conversation["messages"][-1]["content"] == "Good morning, are you there?"
    before = handoff_assistant.slots(patient.sender)
    assert before["handoff_conversation"] == conversation["id"]
    assert chatwoot.call(chatwoot.fake.resolve(conversation["id"])) == 200
    shown = "\n".join(m.get("text", "") for m in poll(handoff_assistant, patient.sender)["messages"])
    assert WORDS["en"]["back"] in shown and WORDS["en"]["onset_q"] in shown
