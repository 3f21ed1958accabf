"""Whole conversations over the WhatsApp channel, through the REAL Rasa server and
action server with the trained model.

Meta is played by signed webhook POSTs (tests/support/whatsapp_webhook.py); the
Graph API by FakeGraph (tests/support/fake_graph.py), which records the bot's
answers and checks their shape. A patient taps the options it is shown (reply
buttons or list rows) and types the rest, in each language the practice offers, and ends with
the advice and the booking link as plain text.

This module starts its own assistant (the shared one in conftest.py has only the
REST channel) with the channel's settings in the environment.
"""

from __future__ import annotations

import os
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from typing import Any, Dict, List

import pytest

from bot.channels import whatsapp_texts
from bot.practice import current_practice
from tests.support import whatsapp_patient
from tests.support import whatsapp_webhook as wh
from tests.support.assistant import MODEL, ROOT, start_assistant
from tests.support.conversation import BUTTON_TITLES, FIRST, GUESSED_SPORT, LANGUAGES
from tests.support.fake_graph import FakeGraph, visible_text
from tests.support.whatsapp_patient import message_id_of, wait_for_turn, webhook

pytestmark = pytest.mark.e2e

VERIFY_TOKEN = "e2e-verify-token"
APP_SECRET = "e2e-app-secret"
ACCESS_TOKEN = "e2e-access-token"
PHONE_NUMBER_ID = wh.DEFAULT_PHONE_NUMBER_ID
CREDENTIALS = "rest:\nbot.channels.whatsapp.WhatsAppInput:\n"


@pytest.fixture(scope="module")
def graph():
    with FakeGraph(ACCESS_TOKEN, PHONE_NUMBER_ID, version="v20.0") as fake:
        yield fake


@pytest.fixture(scope="module")
def whatsapp_assistant(tmp_path_factory, graph):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: `make test` trains it first")
    env = {
        # rasa runs in its own work directory: make `bot.channels.whatsapp` importable
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_API_BASE_URL": graph.url,
        "WHATSAPP_API_VERSION": "v20.0",
    }
    with start_assistant(tmp_path_factory.mktemp("whatsapp"), extra_env=env, credentials=CREDENTIALS) as running:
        yield running


@pytest.fixture
def wa_id() -> str:
    return "3247" + str(uuid.uuid4().int)[:7]  # a fresh Belgian mobile number per test


class WhatsAppPatient(whatsapp_patient.WhatsAppPatient):
    """A patient on WhatsApp (tests/support/whatsapp_patient.py), signing with this module's secret."""

    app_secret = APP_SECRET


def user_events(assistant, wa_id: str) -> List[Dict[str, Any]]:
    return [e for e in assistant.tracker(wa_id).get("events") or [] if e.get("event") == "user"]


# ----------------------------------------------------------------------------- tests


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_check_over_whatsapp(whatsapp_assistant, graph, wa_id, language):
    practice = current_practice()
    duration = {"en": "about 10 days", "nl": "ongeveer tien dagen", "fr": "10j a peu pres"}[language]
    patient = WhatsAppPatient(whatsapp_assistant, graph, wa_id, language,
                              {"onset": "sudden_movement", "age_band": "20_44"}, texts={"duration_days": duration})
    slots = patient.run_check(FIRST[language])
    assert (slots["triage_level"], slots["triage_condition"], slots["language"]) == (
        "physio", "nonspecific_acute", language), patient.show()

    tracker = whatsapp_assistant.tracker(wa_id)
    first_user = next(e for e in tracker["events"] if e.get("event") == "user")
    assert first_user["input_channel"] == "whatsapp"
    assert first_user["metadata"]["channel"] == "whatsapp"

    sent = graph.to(wa_id)
    assert graph.violations == [], graph.violations
    assert any(body["type"] == "interactive" for body in sent)
    final = [visible_text(body) for body in patient.last]
    advice = {"en": "Next step: book a physiotherapy appointment", "nl": "Volgende stap: maak een afspraak",
              "fr": "Étape suivante : prenez rendez-vous chez le kiné"}[language]
    assert any(advice in text for text in final), patient.show()
    booking = [body for body in patient.last if body["type"] == "text" and practice.booking_url in visible_text(body)]
    assert booking, f"no booking link as plain text\n{patient.show()}"
    assert booking[0]["text"]["preview_url"] is True
    # the triage payload is for machines: never shown on WhatsApp
    assert not any("triage" in visible_text(body) or visible_text(body).startswith("{") for body in sent)

    logs = whatsapp_assistant.logs()
    assert wa_id not in logs, "a phone number reached the logs"
    assert FIRST[language] not in logs and duration not in logs, "message text reached the logs"


def test_webhook_verification(whatsapp_assistant):
    query = {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "987654321"}
    url = webhook(whatsapp_assistant) + "?" + urllib.parse.urlencode(query)
    with urllib.request.urlopen(url, timeout=10) as answer:
        assert answer.status == 200 and answer.read() == b"987654321"
    query["hub.verify_token"] = "wrong"
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(webhook(whatsapp_assistant) + "?" + urllib.parse.urlencode(query), timeout=10)
    assert refused.value.code == 403


def test_bad_signature_is_refused_and_nothing_happens(whatsapp_assistant, graph, wa_id):
    payload = wh.text_message(wa_id, FIRST["en"])
    forged = wh.signature(wh.encode(payload), "not-the-app-secret")
    status, _ = wh.signed_post(webhook(whatsapp_assistant), None, payload, signature_header=forged)
    assert status == 403
    status, _ = wh.signed_post(webhook(whatsapp_assistant), None, payload)
    assert status == 403
    time.sleep(2)
    assert user_events(whatsapp_assistant, wa_id) == []
    assert graph.to(wa_id) == []


def test_redelivered_message_is_handled_once(whatsapp_assistant, graph, wa_id):
    patient = WhatsAppPatient(whatsapp_assistant, graph, wa_id, "en")
    patient.say(FIRST["en"])
    assert patient.slots()["requested_slot"] == "consent"
    payload = wh.button_reply(wa_id, "yes", "Yes, that's OK")
    for _ in range(3):  # Meta retries the same message
        status, _ = wh.signed_post(webhook(whatsapp_assistant), APP_SECRET, payload)
        assert status == 200
    wait_for_turn(whatsapp_assistant, wa_id, message_id_of(payload))
    time.sleep(2)  # time for a duplicate to show up, if any
    handled = [e for e in user_events(whatsapp_assistant, wa_id) if e.get("message_id") == message_id_of(payload)]
    assert len(handled) == 1
    assert patient.slots()["requested_slot"] == "onset", patient.show()


def test_photo_gets_the_notice_and_the_check_goes_on(whatsapp_assistant, graph, wa_id):
    patient = WhatsAppPatient(whatsapp_assistant, graph, wa_id, "nl")
    patient.say(FIRST["nl"])
    before = len(graph.to(wa_id))
    status, _ = wh.signed_post(webhook(whatsapp_assistant), APP_SECRET, wh.image_message(wa_id))
    assert status == 200
    deadline = time.monotonic() + 10
    while len(graph.to(wa_id)) == before and time.monotonic() < deadline:
        time.sleep(0.1)
    notice = graph.to(wa_id)[before:]
    assert [visible_text(body) for body in notice] == [whatsapp_texts.UNSUPPORTED_MESSAGE]
    assert len(user_events(whatsapp_assistant, wa_id)) == 1
    patient.last = graph.to(wa_id)[:before]
    patient.answer("consent")
    assert patient.slots()["requested_slot"] == "onset", patient.show()


def at_the_first_question(assistant, graph, wa_id: str, language: str) -> WhatsAppPatient:
    """A patient on WhatsApp who said hello and gave consent: the onset question is pending."""
    patient = WhatsAppPatient(assistant, graph, wa_id, language)
    patient.say(FIRST[language])
    patient.answer("consent")
    assert patient.slots()["requested_slot"] == "onset", patient.show()
    return patient


def seen(patient: WhatsAppPatient) -> str:
    """What the patient's last turn showed on the phone, lower case."""
    return " ".join(visible_text(body) for body in patient.last).lower()


@pytest.mark.parametrize("language, question, expected", [
    ("en", "can i still drive? and how many sessions will i need", ["brake hard", "a few sessions"]),
    ("nl", "mag ik nog autorijden en hoeveel sessies heb ik nodig?", ["hard kunt remmen", "enkele sessies"]),
    # a bath question sits on the line between "a question no topic fits" and out of scope (bath questions are trained
    # as out_of_scope since 3 Dec): both replies say honestly that it can't be answered here, and give the phone
    ("en", "can i take a bath?", ["can't answer that", current_practice().phone]),
    ("nl", "mag ik in bad?", ["kan ik hier geen antwoord", current_practice().phone]),
    ("fr", "je peux encore conduire ? et il faudra combien de seances", ["freiner fort", "quelques séances"]),
    ("fr", "je peux prendre un bain ?", ["je ne peux pas répondre à ce", current_practice().phone]),
])
def test_a_question_mid_check_over_whatsapp(whatsapp_assistant, graph, wa_id, language, question, expected):
    """Issue 16 on WhatsApp: two questions get both answers, one no topic fits the honest
    answer with the phone; then the pending question again."""
    patient = at_the_first_question(whatsapp_assistant, graph, wa_id, language)
    patient.say(question)
    text = seen(patient)
    positions = [text.find(phrase.lower()) for phrase in expected]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), patient.show()
    assert patient.slots()["requested_slot"] == "onset", patient.show()
    assert graph.violations == [], graph.violations


@pytest.mark.parametrize("language, question, offered, expected", [
    ("en", GUESSED_SPORT["en"], "Can I do sport?", "build up step by step"),
    ("nl", GUESSED_SPORT["nl"], "Mag ik sporten?", "stap voor stap"),
    ("fr", GUESSED_SPORT["fr"], "Faire du sport ?", "pas à pas"),
])
def test_an_unsure_question_is_asked_back_over_whatsapp(whatsapp_assistant, graph, wa_id, language, question,
                                                        offered, expected):
    """Issue 16 on WhatsApp: a question no topic was sure of is asked back with the likely
    topic's question as a reply button (whole, within WhatsApp's 20 characters); tapping it
    gets that answer, then the pending question again."""
    patient = at_the_first_question(whatsapp_assistant, graph, wa_id, language)
    patient.say(question)
    text = seen(patient)
    assert expected.lower() not in text and current_practice().phone in text, patient.show()
    patient.tap(offered)
    assert expected.lower() in seen(patient), patient.show()
    assert patient.slots()["requested_slot"] == "onset", patient.show()
    assert graph.violations == [], graph.violations


STORY = {
    "en": "hi so 10 days ago i bent over to pick up the washing basket and my back went. now its shooting down "
          "the back of my right leg to my ankle with pins and needles in my toes, legs strong enough tho",
    "nl": "hallo, 10 dagen geleden boog ik me voorover om de wasmand op te heffen en toen schoot het in mijn rug. "
          "nu schiet het langs de achterkant van mijn rechterbeen tot aan mijn enkel, met tintelingen in mijn tenen",
    "fr": "bjr il y a 10 jours je me suis penche pour ramasser le panier a linge et mon dos a lache. maintenant ca "
          "lance derriere la jambe droite jusqua la cheville avec des fourmis dans les orteils",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_whole_story_then_check_and_change_an_answer_over_whatsapp(whatsapp_assistant, graph, wa_id, language):
    """Issue 11, points 3 and 4 on WhatsApp: the story told at once is kept until consent
    and not asked again; the answers are checked, one is changed from the list."""
    patient = WhatsAppPatient(whatsapp_assistant, graph, wa_id, language, {"age_band": "20_44"})
    patient.say(STORY[language])
    assert patient.slots()["requested_slot"] == "consent" and patient.slots()["onset"] is None
    patient.answer("consent")
    told = " ".join(visible_text(body) for body in patient.last)
    assert {"en": "You already told me", "nl": "Je vertelde me al", "fr": "Vous m'avez déjà dit"}[language] in told, \
        patient.show()
    asked = []
    while (slot := patient.slots()["requested_slot"]) != "answers_confirmed":
        asked.append(slot)
        assert len(asked) < 20, patient.show()
        patient.answer(slot)
    assert not {"onset", "duration_days", "leg_pain", "leg_numbness"} & set(asked), asked
    summary = " ".join(visible_text(body) for body in patient.last)
    assert {"en": "10 days", "nl": "10 dagen", "fr": "10 jours"}[language] in summary, patient.show()

    patient.tap(BUTTON_TITLES[language]["answers_confirmed"][False])
    patient.tap({"en": "How long", "nl": "Hoe lang", "fr": "Durée"}[language])
    assert patient.slots()["requested_slot"] == "duration_days", patient.show()
    patient.say({"en": "3 weeks", "nl": "3 weken", "fr": "3 sem"}[language])
    summary = " ".join(visible_text(body) for body in patient.last)
    assert {"en": "about 3 weeks", "nl": "ongeveer 3 weken", "fr": "environ 3 semaines"}[language] in summary, \
        patient.show()
    patient.tap(BUTTON_TITLES[language]["answers_confirmed"][True])
    slots = patient.slots()
    assert (slots["triage_level"], slots["triage_condition"], slots["duration_days"]) == (
        "doctor", "radicular_syndrome", 21), patient.show()
    assert graph.violations == [], graph.violations
