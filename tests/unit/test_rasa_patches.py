"""bot/rasa_patches.py: the pure helpers, and each patch against Rasa's own behaviour.
(The patches at work in the real servers: tests/e2e/test_bad_input.py, test_faults.py.)"""
from __future__ import annotations

import asyncio
import json
import re
import socket
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import rasa_patches
from bot.rasa_patches import (
    EMPTY_RESPONSE,
    MAX_MESSAGE_CHARS,
    OTHER_LANGUAGE_RESPONSE,
    TOO_LONG_RESPONSE,
    BadRequest,
    check_rest_body,
    clean_text,
    metadata_language,
    no_turn_reason,
    other_language,
)

ROOT = Path(__file__).resolve().parents[2]


def test_apply_is_idempotent():
    from rasa.core.actions.action import RemoteAction
    from rasa.core.channels import rest
    from rasa.core.processor import MessageProcessor

    patched = (MessageProcessor.handle_message, MessageProcessor._run_action, RemoteAction.run,
               RemoteAction._validate_action_result, rest.RestInput._extract_sender, rest.structlogger)
    rasa_patches.apply()
    rasa_patches.apply()
    assert patched == (MessageProcessor.handle_message, MessageProcessor._run_action, RemoteAction.run,
                       RemoteAction._validate_action_result, rest.RestInput._extract_sender, rest.structlogger)
    assert MessageProcessor.handle_message.__module__ == "bot.rasa_patches"


def test_rasa_imports_the_patches_with_our_nlu_components():
    source = (ROOT / "bot" / "nlu" / "__init__.py").read_text()
    assert "import bot.rasa_patches" in source


# --- REST body ---------------------------------------------------------------

@pytest.mark.parametrize("body", [
    None, [], "hi", 5, {}, {"message": "hi"}, {"sender": None, "message": "hi"}, {"sender": 5, "message": "hi"},
    {"sender": "", "message": "hi"}, {"sender": "   ", "message": "hi"}, {"sender": "s" * 256, "message": "hi"},
    {"sender": "a\x00b", "message": "hi"}, {"sender": "a", "message": None}, {"sender": "a", "message": ["a"]},
    {"sender": "a", "message": 1}, {"sender": "a"}, {"sender": "a", "message": "hi", "metadata": "nl"},
    {"sender": "a", "message": "hi", "metadata": []},
])
def test_malformed_bodies_are_refused_with_a_short_reason(body):
    with pytest.raises(BadRequest) as error:
        check_rest_body(body)
    assert 0 < len(str(error.value)) < 120


def test_good_bodies():
    assert check_rest_body({"sender": "a", "message": "hi"}) == {"sender": "a", "message": "hi", "metadata": None}
    body = {"sender": "s" * 255, "message": "", "metadata": {"language": "nl", "x": [1]}, "extra": 1}
    assert check_rest_body(body) == {"sender": "s" * 255, "message": "", "metadata": {"language": "nl", "x": [1]}}
    assert check_rest_body({"sender": "a", "message": "\udcff\x00ok\n"})["message"] == "\ufffd ok\n"


@settings(max_examples=300)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda children: st.lists(children) | st.dictionaries(st.text(), children), max_leaves=10))
def test_any_json_is_either_a_body_or_a_bad_request(body):
    candidates = [body, {**body, "sender": "x", "message": "y"}] if isinstance(body, dict) else [body]
    for candidate in candidates:
        try:
            checked = check_rest_body(candidate)
        except BadRequest:
            continue
        assert set(checked) == {"sender", "message", "metadata"} and isinstance(checked["message"], str)


def test_clean_text():
    assert clean_text("tab\tnew\nline") == "tab\tnew\nline"
    assert clean_text("\udcff\ud800x\x07\x7f") == "\ufffd\ufffdx  "
    assert clean_text("😀 ok") == "😀 ok"


# --- messages that are no turn -----------------------------------------------

@pytest.mark.parametrize("text, reason", [
    (None, EMPTY_RESPONSE), ("", EMPTY_RESPONSE), ("  \n\t", EMPTY_RESPONSE),
    ("x" * (MAX_MESSAGE_CHARS + 1), TOO_LONG_RESPONSE), ("x" * MAX_MESSAGE_CHARS, None),
    ("blah " * 2000 + "I can't feel my bum", None),  # a red flag is never held back
    ("j'ai mal au dos depuis une semaine", OTHER_LANGUAGE_RESPONSE),
    ("Ich habe seit zwei Wochen Rückenschmerzen", OTHER_LANGUAGE_RESPONSE),
    ("3 weeks", None), ("ja", None), ("😀", None),
])
def test_no_turn_reason(text, reason):
    assert no_turn_reason(text) == reason


@pytest.mark.parametrize("text, expected", [
    ("j'ai mal au dos", "fr"),
    ("Bonjour, vous parlez français ?", "fr"),
    ("j'ai très mal au bas du dos depuis hier", "fr"),
    ("ich habe rückenschmerzen", "de"),
    ("mir tut der Rücken weh", "de"),
    ("Sprechen Sie Deutsch?", "de"),
    ("Ich habe seit gestern Schmerzen im Bein", "de"),
    # not clearly French or German: left to the NLU
    ("merci", None), ("bonjour", None), ("bonjour, my back hurts since monday", None),
    ("hallo", None), ("ok merci", None), ("allee amai mijn rug", None), ("ik heb al 3 weken pijn", None),
    ("die pijn is erg", None), ("I have pain in my back since a week", None), ("c'mon", None),
    ("kan je het in het Nederlands zeggen", None), ("in English please", None),
    ("ik kan mijn plas niet ophouden", None),
    # a red flag in French words that our detector knows is never held back
    ("j'ai mal au dos et I can't feel my bum", None),
])
def test_other_language(text, expected):
    assert other_language(text) == expected


def _training_examples():
    texts = []
    for path in [*sorted((ROOT / "data" / "nlu").glob("*.yml")), ROOT / "tests" / "nlu" / "test_nlu.yml"]:
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if item.get("intent") == "out_of_scope":
                continue  # holds French, German, Spanish... examples on purpose
            for line in (item.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    texts.append(re.sub(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})", r"\1", line[2:]))
    rows = yaml.safe_load((ROOT / "tests" / "data" / "language_messages.yml").read_text(encoding="utf-8"))
    texts += [row["text"] for row in rows if row.get("lang") in ("en", "nl")]
    return texts


def test_no_english_or_dutch_example_is_taken_for_french_or_german():
    examples = _training_examples()
    assert len(examples) > 1500
    wrong = [text for text in examples if other_language(text)]
    assert wrong == []


@settings(max_examples=300)
@given(st.one_of(st.text(), st.none(), st.integers(), st.binary(), st.text(alphabet="jaiéèdosichbe' ", max_size=60)))
def test_helpers_never_raise(text):
    assert other_language(text) in ("fr", "de", None)
    assert no_turn_reason(text) in (None, EMPTY_RESPONSE, TOO_LONG_RESPONSE, OTHER_LANGUAGE_RESPONSE,
                                    rasa_patches.COMMAND_RESPONSE)


@pytest.mark.parametrize("text", ["/report_red_flag", '/inform{"triage_level": "physio"}', "  /affirm  ",
                                  '/report_red_flag{"red_flag": "fever"}', "/greet@0.9"])
def test_typed_intent_syntax_is_no_turn(text):
    assert no_turn_reason(text) == rasa_patches.COMMAND_RESPONSE


@pytest.mark.parametrize("text", ["/my back hurts", "my back / leg hurts", "i/o", "3/10 pain"])
def test_words_after_a_slash_are_a_turn(text):
    assert no_turn_reason(text) is None


def test_metadata_language():
    assert metadata_language({"language": "nl-BE"}) == "nl"
    assert metadata_language({"lang": "EN"}) == "en"
    assert metadata_language({"language": 7}) is None
    assert metadata_language("nl") is None and metadata_language(None) is None


# --- the responses the patches send ---------------------------------------------

def test_the_responses_exist_in_both_languages():
    responses = yaml.safe_load((ROOT / "domain" / "responses_chat.yml").read_text(encoding="utf-8"))["responses"]
    for name in (rasa_patches.TRY_AGAIN_RESPONSE, EMPTY_RESPONSE, OTHER_LANGUAGE_RESPONSE, TOO_LONG_RESPONSE,
                 rasa_patches.COMMAND_RESPONSE):
        variants = responses[name]
        assert any("condition" not in v for v in variants), f"{name}: an English default"
        assert any(v.get("condition") == [{"type": "slot", "name": "language", "value": "nl"}] for v in variants), name


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


# --- event classes by name --------------------------------------------------------

def test_event_lookup_gives_the_same_classes():
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    for cls in all_subclasses(Event):
        expected = next(c for c in all_subclasses(Event) if c.type_name == cls.type_name)
        assert Event.resolve_by_type(cls.type_name) is expected
        assert Event.resolve_by_type(cls.type_name) is expected  # from the cache
    assert Event.resolve_by_type("no_such_event", default=Event) is Event
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")


# --- forgetting a failed turn --------------------------------------------------------

FORM_DOMAIN = """
version: "3.1"
intents: [inform]
slots:
  a: {type: text, mappings: [{type: custom}]}
  b: {type: text, mappings: [{type: custom}]}
forms:
  f: {required_slots: [a, b]}
responses:
  utter_ask_a: [{text: "a?"}]
  utter_ask_b: [{text: "b?"}]
"""


def _form_tracker():
    """Two answered form turns, then a third whose form action failed (Rasa logs it without events)."""
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    domain = Domain.from_yaml(FORM_DOMAIN)
    stored = [
        ActionExecuted("action_listen"), UserUttered("start", {"name": "inform"}), ActionExecuted("f"),
        ActiveLoop("f"), SlotSet("requested_slot", "a"), BotUttered("a?"), ActionExecuted("action_listen"),
        UserUttered("x", {"name": "inform"}), ActionExecuted("f"), SlotSet("a", "x"),
        SlotSet("requested_slot", "b"), BotUttered("b?"), ActionExecuted("action_listen"),
    ]
    failed_turn = [UserUttered("y", {"name": "inform"}), ActionExecuted("f")]
    return DialogueStateTracker.from_events("s", stored + failed_turn, slots=domain.slots), len(stored)


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_rasa_revert_after_a_form_action_loses_earlier_answers():
    """Why the patch does not use UserUtteranceReverted: after a loop action, Rasa's
    applied_events already dropped that turn's user message, so the revert rewinds
    further and the earlier answer "a" is gone."""
    from rasa.shared.core.events import UserUtteranceReverted

    tracker, _ = _form_tracker()
    assert tracker.get_slot("a") == "x"
    tracker.update(UserUtteranceReverted())
    assert tracker.get_slot("a") is None


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_forgetting_the_failed_turn_keeps_everything_before_it():
    from rasa.shared.core.events import UserUttered

    tracker, stored = _form_tracker()
    rasa_patches._forget_turn(tracker, stored)
    assert len(tracker.events) == stored
    assert (tracker.get_slot("a"), tracker.get_slot("requested_slot"), tracker.active_loop_name) == ("x", "b", "f")
    assert tracker.latest_action_name == "action_listen"

    tracker, stored = _form_tracker()
    rasa_patches._forget_turn(tracker, None)  # without the start: up to the latest user message
    assert len(tracker.events) == stored and not isinstance(tracker.events[-1], UserUttered)
    assert tracker.get_slot("a") == "x"


# --- no message text in the REST channel's log ------------------------------------

def test_rest_log_entries_drop_the_text():
    calls = []

    class Recorder:
        def exception(self, *args, **kwargs):
            calls.append((args, kwargs))

    logger = rasa_patches._NoTextLogger(Recorder())
    logger.exception("rest.message.received.failure", text="my secret", other=1)
    assert calls == [(("rest.message.received.failure",), {"other": 1})]
    assert "my secret" not in json.dumps(calls)


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


# --- the graph runner gives what dask gave ------------------------------------------

MODEL = ROOT / "models" / "current.tar.gz"


@pytest.mark.skipif(not MODEL.exists(), reason="needs the trained model (make train)")
async def test_the_graph_runner_gives_the_same_results_as_dask():
    from rasa.core.agent import Agent
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    agent = Agent.load(str(MODEL))
    texts = ["Hello, my low back hurts", "ik heb al 3 weken pijn", "I can't feel my bum", "what is a hernia?", "ja",
             "😀", "x" * 300]
    patched = DaskGraphRunner.run
    results = {}
    for name, run in (("dask", rasa_patches.originals["DaskGraphRunner.run"]), ("ours", patched)):
        DaskGraphRunner.run = run
        try:
            parsed = [await agent.parse_message(text) for text in texts]
            predictions = []
            for data in parsed:
                tracker = DialogueStateTracker.from_events(
                    "s", [ActionExecuted("action_listen"), UserUttered(data["text"], data["intent"], data["entities"],
                                                                       parse_data=data)],
                    slots=agent.domain.slots)
                prediction = agent.processor.predict_next_with_tracker(tracker)
                predictions.append((prediction["policy"], prediction["confidence"], prediction["scores"][:3]))
            results[name] = (parsed, predictions)
        finally:
            DaskGraphRunner.run = patched
    assert results["ours"] == results["dask"]


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
    start = rasa_patches.turn_events_start(events)
    assert isinstance(events[start], ActionExecuted) and events[start].action_name == "action_listen"
    assert isinstance(events[start + 1], UserUttered) and events[start + 1].text == "lifting a box"
    assert rasa_patches.turn_events_start(events[:2]) == 0  # no message yet: everything


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
    original = rasa_patches.originals["RemoteAction._action_call_format"](
        RemoteAction("validate_triage_form", EndpointConfig("http://x")), tracker, domain)
    assert len(original["tracker"]["events"]) == len(tracker.events)
    original["tracker"].pop("events"), everything["tracker"].pop("events")
    assert original == everything


def test_fast_json_dumps_is_json():
    data = {"text": "héllo ☃ 😀 </script> \"quoted\"", "n": 0.1234567890123, "none": None, "list": [True, 1e-7]}
    assert json.loads(rasa_patches.fast_json_dumps(data)) == data
    assert json.loads(rasa_patches.fast_json_dumps({"lone": "\ud800"}))  # never raises



def test_the_patches_refuse_any_rasa_but_the_pinned_one():
    requirements = (Path(__file__).resolve().parents[2] / "requirements.txt").read_text()
    assert f"rasa[spacy]=={rasa_patches.PINNED_RASA}" in requirements  # one pin, two places: kept equal
    rasa_patches.check_rasa_version(rasa_patches.PINNED_RASA)
    with pytest.raises(RuntimeError, match=r"Rasa 3\.6\.21, but Rasa 3\.7\.0 is installed"):
        rasa_patches.check_rasa_version("3.7.0")
