"""Sending the check to the practice (issue 14, items 1, 3, 4 and 6), end to end: the real Rasa
and action servers, the action server's CHATWOOT_* pointing at a fake Chatwoot
(tests/support/fake_chatwoot.py) that checks paths, token and bodies (the note's FHIR
attachment as multipart/form-data too) against the documented API, its SMTP_* at a real
SMTP server in this test (aiosmtpd), and the Rasa server's FHIR endpoint
(bot/channels/practice_fhir.py, PRACTICE_FHIR_TOKEN) reading the file the action server
keeps the QuestionnaireResponses in. The same assistant has the WhatsApp channel, its
Graph API a fake one (tests/support/fake_graph.py), so one start serves both channels.

Through REST, English and Dutch: consent with callback details (the note with the
QuestionnaireResponse attached as JSON, the e-mail notice at the practice's address
without health data, the QuestionnaireResponse read with the token), consent with skip,
decline (nothing received), an emergency (offered only once safe), Chatwoot down then
back (a kind message with the phone, delivered later by the background loop exactly
once, the outbox row gone); the endpoint without or with a wrong token (401) and for an
unknown reference (404). Through WhatsApp: the offer and the callback questions as reply
buttons (titles at most 20 characters), consent with callback details (en), with Skip
(nl), declined (nl): the note says channel whatsapp."""
from __future__ import annotations

import asyncio
import email
import json
import re
import threading
import time
import uuid
from email.policy import default as default_policy

import pytest
import requests
from aiosmtpd.controller import Controller
from fhir.resources.operationoutcome import OperationOutcome
from fhir.resources.questionnaireresponse import QuestionnaireResponse

from bot.clinical.rules import LEVELS
from bot.practice import current_practice
from bot.practice_inbox.fhir import CONDITIONS, RULES
from bot.practice_inbox.outbox import Outbox
from tests.support import whatsapp_webhook as wh
from tests.support.assistant import buttons, free_port, joined, start_assistant, triage_of
from tests.support.conversation import FIRST, LANGUAGES, Patient
from tests.support.fake_chatwoot import FakeChatwoot
from tests.support.fake_graph import FakeGraph, options, visible_text
from tests.support.whatsapp_patient import WhatsAppPatient

pytestmark = pytest.mark.e2e
PRACTICE = current_practice()
TOKEN = "e2e-chatwoot-token"
FHIR_TOKEN = "e2e-fhir-token-for-practice-software-0123"
FHIR_BASE = "https://assistant.example.be/webhooks/practice/fhir"  # as the practice's software reaches it
SMTP_FROM = "assistant@example.be"
WA_APP_SECRET = "e2e-inbox-app-secret"
WA_ACCESS_TOKEN = "e2e-inbox-access-token"
WA_VERIFY_TOKEN = "e2e-inbox-verify-token"
CREDENTIALS = "rest:\nbot.channels.practice_fhir.PracticeFhirInput:\nbot.channels.whatsapp.WhatsAppInput:\n"
ACUTE = {"onset": "sudden_movement", "age_band": "20_44"}
TEN_DAYS = {"en": "about 10 days", "nl": "ongeveer tien dagen", "fr": "ca fait une dizaine de jours"}
REFERENCE = re.compile(r"LB-[A-Z2-9]{4}-[A-Z2-9]{4}")
WORDS = {
    "en": {"offer": "Would you like to send your answers", "records": "own records", "delete": "Delete my data",
           "send": "Send my answers", "decline": "No, thanks", "skip": "Skip", "name_q": "What name",
           "contact_q": "phone number or e-mail", "sent": "Done. Your answers are in the inbox",
           "delayed": "cannot reach the practice's inbox", "declined": "I have not sent anything",
           "safe": "I am safe now", "when_safe": "Once you are safe", "again": "could not read that",
           "note_title": "Low back pain check shared by the patient", "not_understood": "didn't understand"},
    "nl": {"offer": "Wil je je antwoorden", "records": "eigen dossier", "delete": "verwijder mijn gegevens",
           "send": "Ja, stuur ze door", "decline": "Nee, bedankt", "skip": "Overslaan", "name_q": "Welke naam",
           "contact_q": "telefoonnummer of e-mailadres", "sent": "Klaar. Je antwoorden staan in de inbox",
           "delayed": "kan de inbox van de praktijk nu niet bereiken", "declined": "ik heb niets verstuurd",
           "safe": "Ik ben nu veilig", "when_safe": "Ben je veilig?", "again": "kon ik niet lezen",
           "note_title": "Rugpijncheck gedeeld door de patiënt", "not_understood": "begreep ik niet"},
    "fr": {"offer": "Voulez-vous envoyer vos réponses", "records": "propre dossier", "delete": "effacer mes données",
           "send": "Envoyer mes réponses", "decline": "Non merci", "skip": "Passer", "name_q": "Quel nom",
           "contact_q": "numéro de téléphone ou à quelle adresse e-mail", "sent": "C'est fait. Vos réponses sont dans",
           "delayed": "je ne peux pas joindre la boîte de réception du cabinet", "declined": "je n'ai rien envoyé",
           "safe": "Je suis en sécurité", "when_safe": "Quand vous êtes en sécurité", "again": "je n'ai pas pu lire",
           "note_title": "Test du mal de dos partagé par le patient", "not_understood": "je n'ai pas compris"},
}
# what the person types: yes to the offer, "safe now", send, skip, a word that is no phone number
TYPED = {"en": {"yes": "yes please", "safe": "I am safe now", "send": "send my answers to the practice", "skip": "skip",
                "no_number": "tomorrow"},
         "nl": {"yes": "ja graag", "safe": "ik ben nu veilig", "send": "stuur mijn antwoorden naar de praktijk",
                "skip": "overslaan", "no_number": "morgen"},
         "fr": {"yes": "oui svp", "safe": "ca va je suis en securite", "send": "envoyez mes reponses au cabinet",
                "skip": "passer", "no_number": "demain"}}
FLAG = {"en": "I can't feel my bum", "nl": "ik kan mijn plas niet ophouden", "fr": "jsens plus mes fesses"}


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

    def note_of(self, reference: str) -> dict:
        """The one private note naming the reference (delivered exactly once)."""
        notes = [m for c in self.conversations_with(reference) for m in c["messages"] if m["private"]]
        assert len(notes) == 1, f"{len(notes)} notes for {reference}"
        return notes[0]


def assert_fhir_attachment(note: dict, reference: str, level: str, channel: str) -> dict:
    """The note carries the check as a JSON file: FHIR's media type, valid R4, the same reference."""
    [attachment] = note["attachments"]
    assert attachment["file_name"] == f"QuestionnaireResponse-{reference}.json"
    assert attachment["content_type"] == "application/fhir+json"
    resource = json.loads(attachment["data"].decode("utf-8"))
    model = QuestionnaireResponse.parse_obj(resource)
    assert model.identifier.value == reference and model.status == "completed"
    groups = {item["linkId"]: {i["linkId"]: i["answer"][0] for i in item.get("item") or []} for item in resource["item"]}
    assert groups["triage"]["triage_level"]["valueCoding"]["code"] == level
    assert groups["context"]["channel"]["valueString"] == channel
    return resource


@pytest.fixture(scope="module")
def chatwoot():
    fake = ThreadedChatwoot()
    yield fake
    fake.close()


class SmtpInbox:
    """A real SMTP server (aiosmtpd, its own thread) that keeps what it is given."""

    def __init__(self) -> None:
        self.envelopes: list = []
        self.controller = Controller(self, hostname="127.0.0.1", port=free_port())

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted for delivery"

    def mail_about(self, reference: str, timeout: float = 30) -> tuple:
        """(envelope, message) of the one notice naming the reference, waiting for it."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = [e for e in list(self.envelopes) if reference.encode() in e.content]
            if found:
                assert len(found) == 1, f"{len(found)} notices for {reference}"
                return found[0], email.message_from_bytes(found[0].content, policy=default_policy)
            time.sleep(0.3)
        raise AssertionError(f"no e-mail notice for {reference} in {timeout} s")


@pytest.fixture(scope="module")
def smtp():
    server = SmtpInbox()
    server.controller.start()
    yield server
    server.controller.stop()


@pytest.fixture(scope="module")
def graph():
    with FakeGraph(WA_ACCESS_TOKEN, wh.DEFAULT_PHONE_NUMBER_ID, version="v20.0") as fake:
        yield fake


@pytest.fixture(scope="module")
def inbox_assistant(tmp_path_factory, chatwoot, smtp, graph):
    workdir = tmp_path_factory.mktemp("practice-inbox")
    env = {
        "CHATWOOT_URL": chatwoot.fake.url, "CHATWOOT_ACCOUNT_ID": "1", "CHATWOOT_INBOX_ID": "7",
        "CHATWOOT_API_TOKEN": TOKEN,
        "SMTP_HOST": "127.0.0.1", "SMTP_PORT": str(smtp.controller.port), "SMTP_FROM": SMTP_FROM,
        "SMTP_STARTTLS": "false", "SMTP_USERNAME": "", "SMTP_PASSWORD": "",
        "PRACTICE_FHIR_TOKEN": FHIR_TOKEN, "PRACTICE_FHIR_BASE_URL": FHIR_BASE,
        # the same file for both servers (the Rasa server runs in workdir, the action server in the project)
        "PRACTICE_OUTBOX_PATH": str(workdir / "outbox.db"),
        "PRACTICE_OUTBOX_POLL_SECONDS": "1", "PRACTICE_OUTBOX_FIRST_RETRY_SECONDS": "1",
        "PRACTICE_INBOX_FIRST_ATTEMPT_SECONDS": "3",
        # the WhatsApp channel on the same Rasa server, its Graph API the fake one
        "WHATSAPP_VERIFY_TOKEN": WA_VERIFY_TOKEN, "WHATSAPP_APP_SECRET": WA_APP_SECRET,
        "WHATSAPP_ACCESS_TOKEN": WA_ACCESS_TOKEN, "WHATSAPP_PHONE_NUMBER_ID": wh.DEFAULT_PHONE_NUMBER_ID,
        "WHATSAPP_API_BASE_URL": graph.url, "WHATSAPP_API_VERSION": "v20.0",
    }
    with start_assistant(workdir, extra_env=env, credentials=CREDENTIALS) as running:
        running.outbox = Outbox(workdir / "outbox.db")  # the file both servers share
        yield running


def fhir_get(assistant, reference: str, token=FHIR_TOKEN) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.get(f"{assistant.url}/webhooks/practice/fhir/QuestionnaireResponse/{reference}",
                        headers=headers, timeout=30)


def read_fhir(assistant, reference: str) -> dict:
    """The shared check as practice software reads it: 200, valid FHIR R4, the same reference."""
    answer = fhir_get(assistant, reference)
    assert answer.status_code == 200, answer.text
    assert answer.headers["Content-Type"].startswith("application/fhir+json")
    resource = answer.json()
    model = QuestionnaireResponse.parse_obj(resource)
    assert model.identifier.value == reference and model.status == "completed"
    return resource


def health_texts(resource: dict) -> set:
    """What the QuestionnaireResponse says about the person's health: every question and
    answer (codes and their words), the level, condition, rule and its reason; and every
    level, condition and rule there is."""
    found = set(LEVELS) | set(CONDITIONS) | {c.replace("_", " ") for c in CONDITIONS} | set(RULES)

    def walk(items):
        for item in items:
            found.add(item.get("text", ""))
            for answer in item.get("answer") or []:
                for key, value in answer.items():
                    if key == "valueCoding":
                        found.update({value["code"], value["code"].replace("_", " "), value.get("display", "")})
                    elif key == "valueString":
                        found.add(value)
            walk(item.get("item") or [])

    walk(resource["item"])
    return {text.lower() for text in found if len(text) >= 2 and text.lower() not in {"no", "yes", "en", "nl", "web"}}


def assert_notice(smtp, resource, reference, callback_words):
    """The e-mail notice: at the practice's address, with the reference, the callback details,
    where to read it (Chatwoot, the FHIR URL), and nothing of the check itself."""
    envelope, message = smtp.mail_about(reference)
    assert envelope.rcpt_tos == [PRACTICE.email] and message["To"] == PRACTICE.email
    assert envelope.mail_from == SMTP_FROM and reference in message["Subject"]
    body = message.get_content()
    assert f"Reference / Referentie: {reference}" in body
    for word in callback_words:
        assert word in body, (word, body)
    assert "/app/accounts/1/inbox/7" in body
    assert f"{FHIR_BASE}/QuestionnaireResponse/{reference}" in body
    text = message.as_string().lower().replace("none / geen", "")  # "no callback details", not an answer
    leaked = sorted(w for w in health_texts(resource) if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text))
    assert leaked == [], (leaked, body)


@pytest.fixture(autouse=True)
def chatwoot_up(chatwoot):
    chatwoot.fake.mode = "up"
    yield
    chatwoot.fake.mode = "up"


def assert_listens_after_decline(assistant, sender, said, language):
    """After "no" the assistant says it sent nothing and listens: no "Sorry, I didn't
    understand" loop up to Rasa's circuit breaker (found end to end, see ActionShareDeclined)."""
    assert WORDS[language]["not_understood"] not in said, said
    events = assistant.tracker(sender)["events"]
    last_user = max(i for i, e in enumerate(events) if e["event"] == "user")
    actions = [e["name"] for e in events[last_user:] if e["event"] == "action"]
    assert actions == ["action_share_declined", "action_listen"], actions


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


@pytest.mark.parametrize("language, name, called, contact, phone", [
    ("en", "An Peeters", "An Peeters", "0470 12 34 56", "+32470123456"),
    ("nl", "ik heet Noor", "Noor", "+32 471 98 76 54", "+32471987654"),
    ("fr", "je mappelle Amelie Dubois", "Amelie Dubois", "0485 11 22 33", "+32485112233"),
])
def test_consent_with_callback_details(inbox_assistant, chatwoot, smtp, sender, language, name, called, contact,
                                       phone):
    words = WORDS[language]
    patient = finish_acute_check(inbox_assistant, sender, language)
    assert_offer(patient, language)
    assert inbox_assistant.slots(sender)["share_step"] == "offered"

    patient.tap(words["send"])
    assert words["name_q"] in joined(patient.last) and [b["title"] for b in buttons(patient.last)] == [words["skip"]]
    patient.say(name)
    assert words["contact_q"] in joined(patient.last), patient.show()
    patient.say(TYPED[language]["no_number"])  # not a number: kindly asked once more
    assert words["again"] in joined(patient.last) and words["contact_q"] in joined(patient.last), patient.show()
    patient.say(contact)
    assert words["sent"] in joined(patient.last), patient.show()
    reference = reference_in(patient.last)

    [conversation] = chatwoot.conversations_with(reference)
    contact_record = chatwoot.contact_of(conversation)
    assert contact_record["name"] == called
    assert contact_record["phone_number"] == phone
    [note] = [m for m in conversation["messages"] if m["private"]]
    assert words["note_title"] in note["content"] and "R9" in note["content"] and "physio" in note["content"]
    assert conversation["labels"] == ["physio"]
    assert f"{FHIR_BASE}/QuestionnaireResponse/{reference}" in note["content"]
    attached = assert_fhir_attachment(note, reference, "physio", "rest")
    assert phone not in json.dumps(attached) and contact_record["name"] not in json.dumps(attached)
    slots = inbox_assistant.slots(sender)
    assert slots["share_step"] == "sent" and slots["share_reference"] == reference
    assert slots["callback_name"] is None and slots["callback_contact"] is None  # kept in the outbox, not here

    # practice software reads the same check as FHIR R4 with the token (issue 14, item 3)
    resource = read_fhir(inbox_assistant, reference)
    answered = {item["linkId"] for item in resource["item"]}
    assert {"onset", "age_band", "duration_days", "triage"} <= answered, answered
    assert resource["language"] == language
    [triage] = [item for item in resource["item"] if item["linkId"] == "triage"]
    assert {i["linkId"]: i["answer"][0] for i in triage["item"]}["triage_level"]["valueCoding"]["code"] == "physio"
    assert phone not in str(resource) and contact_record["name"] not in str(resource)  # no callback details in it
    # the e-mail notice through the real SMTP server (issue 14, item 4)
    assert_notice(smtp, resource, reference, [f"Name / Naam: {contact_record['name']}", f"Phone / Telefoon: {phone}"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_consent_with_skip(inbox_assistant, chatwoot, smtp, sender, language):
    words = WORDS[language]
    patient = finish_acute_check(inbox_assistant, sender, language)
    patient.say(TYPED[language]["yes"])  # typed yes to the offer
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
    assert_notice(smtp, read_fhir(inbox_assistant, reference), reference, ["none / geen"])
    for token in (None, "a-wrong-token-of-the-same-length-012345"):  # a kept check, without the right token
        answer = fhir_get(inbox_assistant, reference, token=token)
        assert answer.status_code == 401 and "item" not in answer.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_decline_sends_nothing(inbox_assistant, chatwoot, sender, language):
    words = WORDS[language]
    before = len(chatwoot.fake.requests)
    patient = finish_acute_check(inbox_assistant, sender, language)
    patient.tap(words["decline"])
    assert words["declined"] in joined(patient.last), patient.show()
    assert not buttons(patient.last) or words["send"] not in [b["title"] for b in buttons(patient.last)]
    assert_listens_after_decline(inbox_assistant, sender, joined(patient.last), language)
    time.sleep(1.5)  # a background round of the outbox
    assert len(chatwoot.fake.requests) == before
    slots = inbox_assistant.slots(sender)
    assert slots["share_step"] == "declined" and slots["callback_name"] is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_after_an_emergency_only_once_safe(inbox_assistant, chatwoot, sender, language):
    flag = FLAG[language]
    words = WORDS[language]
    reply = inbox_assistant.send(sender, flag, {"language": language})
    assert triage_of(reply)["level"] == "emergency"
    assert "112" in joined(reply).split("\n")[0]
    assert words["offer"] not in joined(reply)
    assert words["when_safe"] in joined(reply) and [b["title"] for b in buttons(reply)][-1] == words["safe"]
    reply = inbox_assistant.send(sender, TYPED[language]["safe"])
    assert words["offer"] in joined(reply), joined(reply)
    reply = inbox_assistant.send(sender, TYPED[language]["send"])
    assert words["name_q"] in joined(reply)
    inbox_assistant.send(sender, TYPED[language]["skip"])
    reply = inbox_assistant.send(sender, "an.peeters@example.be")
    reference = reference_in(reply)
    [conversation] = chatwoot.conversations_with(reference)
    assert chatwoot.contact_of(conversation)["email"] == "an.peeters@example.be"
    assert conversation["labels"] == ["emergency"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_red_flag_during_the_callback_questions_escalates_and_sends_nothing(inbox_assistant, chatwoot, sender, language):
    flag = FLAG[language]
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
    time.sleep(2.5)  # more rounds of the background loop: nothing is sent twice
    [conversation] = chatwoot.conversations_with(reference)  # delivered once, nothing lost
    assert chatwoot.contact_of(conversation)["phone_number"] == "+32470123456"
    note = chatwoot.note_of(reference)
    assert "An" in note["content"] and words["note_title"] in note["content"]
    assert_fhir_attachment(note, reference, "physio", "rest")
    assert conversation["labels"] == ["physio"]
    assert len(conversation["messages"]) == 1
    deadline = time.monotonic() + 15  # the outbox keeps nothing of it once delivered (the notice too)
    while time.monotonic() < deadline and any(p.reference == reference for p in inbox_assistant.outbox.pending()):
        time.sleep(0.5)
    assert [p for p in inbox_assistant.outbox.pending() if p.reference == reference] == []


def test_the_fhir_endpoint_refuses_without_the_token_and_knows_no_other_reference(inbox_assistant):
    unknown = "LB-ZZZZ-ZZZZ"
    for token in (None, "a-wrong-token-of-the-same-length-012345", FHIR_TOKEN[:-1]):
        answer = fhir_get(inbox_assistant, unknown, token=token)
        assert answer.status_code == 401 and answer.headers["WWW-Authenticate"].startswith("Bearer")
        OperationOutcome.parse_obj(answer.json())
    answer = fhir_get(inbox_assistant, unknown)
    assert answer.status_code == 404 and answer.headers["Content-Type"].startswith("application/fhir+json")
    assert OperationOutcome.parse_obj(answer.json()).issue[0].code == "not-found"


def test_start_up_says_what_is_on_and_off(inbox_assistant, smtp):
    logs = inbox_assistant.logs()
    assert "Practice inbox (Chatwoot) on" in logs
    assert f"Practice e-mail notice on: 127.0.0.1:{smtp.controller.port}, no encryption" in logs
    assert "Practice FHIR endpoint on: bearer token set" in logs  # the Rasa server
    assert f"Practice FHIR summaries on: kept for {FHIR_BASE}" in logs  # the action server
    assert TOKEN not in logs and FHIR_TOKEN not in logs


# --- the same over WhatsApp ------------------------------------------------------------------

WA_FIRST = FIRST


@pytest.fixture
def wa_id() -> str:
    return "3247" + str(uuid.uuid4().int)[:7]  # a fresh Belgian mobile number per test


def finish_acute_check_on_whatsapp(assistant, graph, wa_id, language) -> WhatsAppPatient:
    patient = WhatsAppPatient(assistant, graph, wa_id, language, ACUTE, texts={"duration_days": TEN_DAYS[language]},
                              app_secret=WA_APP_SECRET)
    slots = patient.run_check(WA_FIRST[language])
    assert slots["triage_level"] == "physio", patient.show()
    return patient


def wa_offer(patient, language) -> dict:
    """The offer as a WhatsApp reply-button message: its text, and Send / No thanks as buttons."""
    words = WORDS[language]
    [offer] = [b for b in patient.last if words["offer"] in visible_text(b)]
    assert offer["type"] == "interactive" and offer["interactive"]["type"] == "button", patient.show()
    text = visible_text(offer)
    assert words["records"] in text and words["delete"] in text and PRACTICE.name in text
    titles = [o["title"] for o in options(offer)]
    assert titles == [words["send"], words["decline"]] and all(len(t) <= 20 for t in titles), titles
    return offer


def wa_buttons(patient) -> list:
    return [o["title"] for body in patient.last for o in options(body)]


def wa_text(patient) -> str:
    return "\n".join(visible_text(body) for body in patient.last)


def test_whatsapp_consent_with_callback_details(inbox_assistant, chatwoot, smtp, graph, wa_id):
    words = WORDS["en"]
    patient = finish_acute_check_on_whatsapp(inbox_assistant, graph, wa_id, "en")
    wa_offer(patient, "en")
    patient.tap(words["send"])
    assert words["name_q"] in wa_text(patient) and wa_buttons(patient) == [words["skip"]], patient.show()
    patient.say("An Peeters")
    assert words["contact_q"] in wa_text(patient) and wa_buttons(patient) == [words["skip"]], patient.show()
    patient.say("0470 12 34 56")
    assert words["sent"] in wa_text(patient), patient.show()
    reference = REFERENCE.findall(wa_text(patient))[0]

    [conversation] = chatwoot.conversations_with(reference)
    contact = chatwoot.contact_of(conversation)
    assert contact["name"] == "An Peeters" and contact["phone_number"] == "+32470123456"
    note = chatwoot.note_of(reference)
    assert "Channel: whatsapp" in note["content"] and "Language: en" in note["content"]
    assert "Name: An Peeters" in note["content"] and "Phone: +32470123456" in note["content"]
    assert conversation["labels"] == ["physio"]
    assert_fhir_attachment(note, reference, "physio", "whatsapp")
    assert_notice(smtp, read_fhir(inbox_assistant, reference), reference,
                  ["Name / Naam: An Peeters", "Phone / Telefoon: +32470123456"])
    slots = patient.slots()
    assert slots["share_step"] == "sent" and slots["callback_name"] is None and slots["callback_contact"] is None
    assert graph.violations == [], graph.violations
    logs = inbox_assistant.logs()
    assert wa_id not in logs and "An Peeters" not in logs and "0470 12 34 56" not in logs


def test_whatsapp_consent_with_skip(inbox_assistant, chatwoot, smtp, graph, wa_id):
    words = WORDS["nl"]
    patient = finish_acute_check_on_whatsapp(inbox_assistant, graph, wa_id, "nl")
    wa_offer(patient, "nl")
    patient.tap(words["send"])
    assert words["name_q"] in wa_text(patient), patient.show()
    patient.tap(words["skip"])
    assert words["contact_q"] in wa_text(patient), patient.show()
    patient.tap(words["skip"])
    assert words["sent"] in wa_text(patient), patient.show()
    reference = REFERENCE.findall(wa_text(patient))[0]
    [conversation] = chatwoot.conversations_with(reference)
    contact = chatwoot.contact_of(conversation)
    assert contact["name"] == f"Back check {reference}" and not contact.get("phone_number")
    note = chatwoot.note_of(reference)
    assert words["note_title"] in note["content"] and "Kanaal: whatsapp" in note["content"]
    assert_fhir_attachment(note, reference, "physio", "whatsapp")
    assert wa_id not in note["content"]  # the WhatsApp number is not sent unless given
    assert_notice(smtp, read_fhir(inbox_assistant, reference), reference, ["none / geen"])
    assert graph.violations == [], graph.violations


def test_whatsapp_decline_sends_nothing(inbox_assistant, chatwoot, graph, wa_id):
    words = WORDS["nl"]
    before = len(chatwoot.fake.requests)
    patient = finish_acute_check_on_whatsapp(inbox_assistant, graph, wa_id, "nl")
    wa_offer(patient, "nl")
    patient.tap(words["decline"])
    assert words["declined"] in wa_text(patient) and words["send"] not in wa_buttons(patient), patient.show()
    assert_listens_after_decline(inbox_assistant, wa_id, wa_text(patient), "nl")
    time.sleep(1.5)  # a background round of the outbox
    assert len(chatwoot.fake.requests) == before
    assert patient.slots()["share_step"] == "declined"
    assert graph.violations == [], graph.violations
