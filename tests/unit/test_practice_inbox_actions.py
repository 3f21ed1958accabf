"""The practice-inbox actions (actions/practice_inbox.py) with rasa_sdk's real Tracker,
Chatwoot on (settings patched in) or off (this process has no CHATWOOT_*)."""
import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import practice_inbox
from actions.practice_inbox import (
    ActionOfferShare,
    ActionShareAnswers,
    ActionShareDeclined,
    ActionShareStop,
    Inbox,
    ValidateShareForm,
)
from actions.triage import ActionTriage
from bot.practice_inbox.config import ChatwootSettings

CALM = {"consent": True, "onset": "sudden_movement", "duration_days": 9, "leg_pain": "none", "leg_numbness": False,
        "leg_weakness": "none", "saddle_numbness": False, "bladder_bowel": False, "fever": False,
        "cancer_history": False, "weight_loss": False, "night_pain": False, "age_band": "20_44",
        "osteoporosis_or_steroids": False, "answers_confirmed": True}


def tracker(slots=None, text="", intent="inform", requested=None, form=None):
    slots = {"language": "en", "language_confident": True, "duration_attempts": 0, **(slots or {})}
    slots["requested_slot"] = requested
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text}]
    return Tracker(
        sender_id="unit", slots=slots,
        latest_message={"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": [], "metadata": {}},
        events=events, paused=False, followup_action=None,
        active_loop={"name": form} if form else {}, latest_action_name="action_listen",
    )


async def run(action, t):
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, t, {})
    responses = [m.get("response") for m in dispatcher.messages if m.get("response")]
    return responses, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}, events


@pytest.fixture
def chatwoot_on(monkeypatch, tmp_path):
    settings = ChatwootSettings("http://127.0.0.1:9", 1, 7, "t0k3n")
    box = Inbox(chatwoot=settings, outbox=practice_inbox.Outbox(tmp_path / "outbox.db"))
    monkeypatch.setattr(practice_inbox, "inbox", lambda: box)
    return box


async def test_chatwoot_off_changes_nothing_after_a_result(monkeypatch):
    monkeypatch.setattr(practice_inbox, "inbox", lambda: Inbox())  # whatever this shell's environment says
    responses, slots, _ = await run(ActionTriage(), tracker(CALM))
    assert responses[-1] == "utter_check_done" and "share_step" not in slots


async def test_no_to_the_offer_forgets_the_callback_details(chatwoot_on):
    t = tracker({**CALM, "triage_level": "physio", "share_step": "offered", "callback_name": "An"}, "no", "deny")
    responses, slots, events = await run(ActionShareDeclined(), t)
    assert responses == ["utter_share_declined"]
    assert slots["share_step"] == "declined" and slots["callback_name"] is None
    assert chatwoot_on.outbox.pending() == []


async def test_chatwoot_on_offers_after_a_result(chatwoot_on):
    responses, slots, _ = await run(ActionTriage(), tracker(CALM))
    assert responses[-2:] == ["utter_check_done", "utter_share_offer"] and slots["share_step"] == "offered"


async def test_after_an_emergency_the_offer_waits(chatwoot_on):
    responses, slots, _ = await run(ActionTriage(), tracker({"saddle_numbness": True}))
    assert responses[0] == "utter_emergency_now" and responses[-1] == "utter_share_when_safe"
    assert slots["share_step"] == "wait_safe"
    t = tracker({"triage_level": "emergency", "share_step": "wait_safe"}, "I am safe now", intent="say_safe")
    responses, slots, _ = await run(ActionOfferShare(), t)
    assert responses == ["utter_share_offer"] and slots == {"share_step": "offered"}


async def test_the_form_reads_the_name_and_asks_again_once(chatwoot_on):
    _, slots, _ = await run(ValidateShareForm(), tracker({}, "", requested=None, form="share_form"))
    assert slots == {"requested_slot": "callback_name"}
    _, slots, _ = await run(ValidateShareForm(), tracker({}, "An", requested="callback_name", form="share_form"))
    assert slots["callback_name"] == "An" and slots["requested_slot"] == "callback_contact"
    responses, slots, _ = await run(
        ValidateShareForm(), tracker({}, "later", requested="callback_contact", form="share_form")
    )
    assert responses == ["utter_callback_contact_again"] and slots["requested_slot"] == "callback_contact"


@pytest.mark.parametrize("intent, text", [("delete_data", "delete my data"), ("report_red_flag", "I can't feel my bum"),
                                          ("start_over", "restart"), ("ask_question", "should I rest?")])
async def test_the_form_lets_the_rules_answer_interruptions(chatwoot_on, intent, text):
    t = tracker({}, text, intent=intent, requested="callback_name", form="share_form")
    assert await run(ValidateShareForm(), t) == ([], {}, [])


async def test_a_red_flag_stops_the_questions_and_keeps_the_flag(chatwoot_on):
    t = tracker({**CALM, "callback_name": "An"}, "I can't feel my bum", intent="report_red_flag",
                requested="callback_contact", form="share_form")
    _, slots, events = await run(ActionShareStop(), t)
    assert events[0] == {"event": "active_loop", "name": None, "timestamp": None}
    assert slots["saddle_numbness"] is True and slots["callback_name"] is None and slots["share_step"] is None


async def test_nothing_is_sent_without_the_offer_accepted(chatwoot_on):
    responses, _, _ = await run(ActionShareAnswers(), tracker({**CALM, "triage_level": "physio", "share_step": "declined"}))
    assert responses == ["utter_anything_else"] and chatwoot_on.outbox.pending() == []


async def test_chatwoot_unreachable_keeps_it_and_says_so_kindly(chatwoot_on, monkeypatch):
    monkeypatch.setattr(practice_inbox, "start_delivering", lambda: None)
    slots = {**CALM, "triage_level": "physio", "triage_condition": "nonspecific_acute", "share_step": "offered",
             "callback_name": "An", "callback_contact": {"phone": "+32470123456"}}
    responses, set_slots, _ = await run(ActionShareAnswers(), tracker(slots))
    assert responses == ["utter_share_delayed"] and set_slots["share_step"] == "sent"
    [pending] = chatwoot_on.outbox.pending()
    assert pending.reference == set_slots["share_reference"] and pending.attempts == 1
    assert pending.payload["callback"] == {"name": "An", "phone": "+32470123456"} and pending.payload["rule"] == "R9"
    assert set_slots["callback_name"] is None and set_slots["callback_contact"] is None



async def test_with_the_fhir_endpoint_on_the_shared_check_is_kept_as_a_questionnaire_response(chatwoot_on, monkeypatch):
    from bot.practice_inbox.fhir import validate
    from bot.practice_inbox.fhir_store import FhirStore

    monkeypatch.setattr(practice_inbox, "start_delivering", lambda: None)
    chatwoot_on.fhir, chatwoot_on.fhir_base = FhirStore(chatwoot_on.outbox.path), "https://bot.example.be/fhir"
    slots = {**CALM, "triage_level": "physio", "triage_condition": "nonspecific_acute", "share_step": "offered",
             "callback_name": "An", "callback_contact": {"phone": "+32470123456"}}
    _, set_slots, _ = await run(ActionShareAnswers(), tracker(slots))
    kept = FhirStore.reader(chatwoot_on.outbox.path).get(set_slots["share_reference"])
    validate(kept)
    assert kept["identifier"]["value"] == set_slots["share_reference"]
    assert "+32470123456" not in str(kept) and "An" not in [i.get("answer") for i in kept["item"]]


async def test_without_the_fhir_base_url_nothing_is_kept(chatwoot_on, monkeypatch):
    from bot.practice_inbox.fhir_store import FhirStore

    monkeypatch.setattr(practice_inbox, "start_delivering", lambda: None)
    slots = {**CALM, "triage_level": "physio", "triage_condition": "nonspecific_acute", "share_step": "offered"}
    await run(ActionShareAnswers(), tracker(slots))
    assert FhirStore.reader(chatwoot_on.outbox.path).search().total == 0

def test_every_text_in_english_and_dutch_with_buttons_that_fit_whatsapp():
    from pathlib import Path

    import yaml

    from bot.channels.whatsapp_format import MAX_BUTTON_TITLE

    path = Path(__file__).resolve().parents[2] / "domain" / "responses_practice_inbox.yml"
    responses = yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]
    for name, variants in responses.items():
        languages = [next((c["value"] for c in v.get("condition", []) if c["name"] == "language"), "en") for v in variants]
        assert {"en", "nl"} <= set(languages) and len(languages) == len(set(languages)), name
        for variant in variants:
            for button in variant.get("buttons", []):
                assert len(button["title"]) <= MAX_BUTTON_TITLE, (name, button["title"])
                assert not button["payload"].startswith("/"), "payloads are plain words that also work typed"
