"""bot/patches/speed_action_calls.py: action server calls give what Rasa's gave: the
same validation verdicts and errors, one kept-alive connection (a closed one retried),
this turn's events and otherwise Rasa's own payload."""
from __future__ import annotations

import asyncio
import json
import socket
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import patches
from bot.patches.originals import originals
from bot.patches.speed_action_calls import fast_json_dumps, turn_events_start

ROOT = Path(__file__).resolve().parents[2]

patches.apply_all()  # these tests compare the patched Rasa with Rasa's own functions


# --- action server responses: validator built once ------------------------------

def _original_validation(result):
    from rasa.core.actions.action import RemoteAction

    jsonschema.validate(result, RemoteAction.action_response_format_spec())


GOOD_RESPONSES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "onset", "value": "gradual", "timestamp": None}],
     "responses": [{"response": "utter_ask_onset", "text": None, "buttons": [], "custom": {}}]},
    {"events": [{"event": "active_loop", "name": None}, {"event": "reset_slots"},
                {"event": "action", "name": "action_listen", "policy": None, "confidence": None}]},
]
BAD_RESPONSES = [
    {"events": [{"event": "slot"}]},
    {"events": [{"event": "no_such_event"}]},
    {"events": "not a list"},
    {"responses": [1, 2]},
]


@pytest.mark.parametrize("result", GOOD_RESPONSES)
def test_valid_action_responses_pass(result):
    from rasa.core.actions.action import RemoteAction

    _original_validation(result)
    assert RemoteAction("x", None)._validate_action_result(result) is True


@pytest.mark.parametrize("result", BAD_RESPONSES)
def test_invalid_action_responses_fail_as_before(result):
    from rasa.core.actions.action import RemoteAction

    with pytest.raises(jsonschema.ValidationError) as before:
        _original_validation(result)
    with pytest.raises(jsonschema.ValidationError) as now:
        RemoteAction("x", None)._validate_action_result(result)
    assert now.value.message.startswith(before.value.message)
    assert "Failed to validate Action server response" in now.value.message


# --- the validator gives the same verdict as jsonschema.validate -------------------

EVENT_NAMES = ["user", "action", "slot", "entities", "bot", "active_loop", "reset_slots", "rewind", "undo",
               "session_started", "restart", "followup", "reminder", "form", "nonsense", None, 3]
FIELD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=5),
                         st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(),
                                                                              max_size=2))
EVENTS = st.fixed_dictionaries(
    {},
    optional={"event": st.sampled_from(EVENT_NAMES), "name": FIELD_VALUES, "value": FIELD_VALUES,
              "timestamp": FIELD_VALUES, "metadata": FIELD_VALUES, "text": FIELD_VALUES, "policy": FIELD_VALUES,
              "confidence": FIELD_VALUES, "entities": FIELD_VALUES, "parse_data": FIELD_VALUES},
)
RESULTS = st.one_of(
    st.fixed_dictionaries({}, optional={"events": st.one_of(st.lists(EVENTS, max_size=4), FIELD_VALUES),
                                        "responses": st.one_of(st.lists(FIELD_VALUES, max_size=3), FIELD_VALUES)}),
    FIELD_VALUES,
)


@settings(max_examples=400)
@given(RESULTS)
def test_the_validator_agrees_with_jsonschema(result):
    from rasa.core.actions.action import RemoteAction

    try:
        _original_validation(result)
        valid = True
    except jsonschema.ValidationError:
        valid = False
    try:
        RemoteAction("x", None)._validate_action_result(result)
        accepted = True
    except jsonschema.ValidationError:
        accepted = False
    assert accepted == valid


# --- kept-alive connections to the action server ------------------------------------

async def test_action_calls_reuse_one_connection_and_retry_a_closed_one():
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    peers, calls = [], []

    async def webhook(request):
        calls.append(1)
        if len(calls) == 3:  # the server drops a kept-alive connection without answering
            request.transport.close()
            await asyncio.sleep(0.1)
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    runner = web.AppRunner(app)
    await runner.setup()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    site = web.TCPSite(runner, "127.0.0.1", port)
    await site.start()
    try:
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
        assert await endpoint.request(json={"a": 1}) == {"events": [], "responses": []}
        assert await endpoint.request(json={"a": 2}) == {"events": [], "responses": []}
        assert peers[0] == peers[1], "the second call used the same connection"
        assert await endpoint.request(json={"a": 3}) == {"events": [], "responses": []}, "retried once"
        assert len(calls) == 4
    finally:
        await runner.cleanup()


def test_fast_json_dumps_is_json():
    data = {"text": "héllo ☃ 😀 </script> \"quoted\"", "n": 0.1234567890123, "none": None, "list": [True, 1e-7]}
    assert json.loads(fast_json_dumps(data)) == data
    assert json.loads(fast_json_dumps({"lone": "\ud800"}))  # never raises


# --- what an action call sends ---------------------------------------------------------

def _form_turn_tracker():
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.load(str(ROOT / "domain"))
    events = [ActionExecuted("action_session_start"), ActionExecuted("action_listen"),
              UserUttered("my back hurts", intent={"name": "report_pain", "confidence": 1.0}),
              ActionExecuted("triage_form"), ActiveLoop("triage_form"), SlotSet("requested_slot", "onset"),
              BotUttered("How did the pain start?"), ActionExecuted("action_listen"),
              UserUttered("lifting a box", intent={"name": "inform", "confidence": 0.9}),
              ActionExecuted("action_understand"), SlotSet("onset", "sudden")]
    return domain, DialogueStateTracker.from_events("patient", events, domain.slots)


def test_turn_events_start_is_the_listen_before_the_latest_message():
    from rasa.shared.core.events import ActionExecuted, UserUttered

    _, tracker = _form_turn_tracker()
    events = list(tracker.events)
    start = turn_events_start(events)
    assert isinstance(events[start], ActionExecuted) and events[start].action_name == "action_listen"
    assert isinstance(events[start + 1], UserUttered) and events[start + 1].text == "lifting a box"
    assert turn_events_start(events[:2]) == 0  # no message yet: everything


def test_action_calls_send_this_turns_events_and_no_domain_when_selective():
    from rasa.core.actions.action import RemoteAction
    from rasa.utils.endpoints import EndpointConfig

    domain, tracker = _form_turn_tracker()
    selective = RemoteAction("validate_triage_form", EndpointConfig("http://x", enable_selective_domain=True))
    body = selective._action_call_format(tracker, domain)
    assert [e["event"] for e in body["tracker"]["events"]] == ["action", "user", "action", "slot"]
    assert body["tracker"]["latest_message"]["text"] == "lifting a box"
    assert body["tracker"]["slots"]["onset"] == "sudden" and body["tracker"]["active_loop"]["name"] == "triage_form"
    assert "domain" not in body
    everything = RemoteAction("validate_triage_form", EndpointConfig("http://x"))._action_call_format(tracker, domain)
    assert everything["domain"]["slots"]["onset"]
    # apart from the events, what Rasa itself sends
    original = originals["RemoteAction._action_call_format"](
        RemoteAction("validate_triage_form", EndpointConfig("http://x")), tracker, domain)
    assert len(original["tracker"]["events"]) == len(tracker.events)
    original["tracker"].pop("events"), everything["tracker"].pop("events")
    assert original == everything
