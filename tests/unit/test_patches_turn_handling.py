"""bot/patches/turn_handling.py: the responses it sends, the language they are in, and a
failed turn forgotten without losing what came before it.
(Through the real servers: tests/e2e/test_faults.py, test_bad_input.py.)"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.patches.no_turn_messages import COMMAND_RESPONSE, EMPTY_RESPONSE, OTHER_LANGUAGE_RESPONSE, TOO_LONG_RESPONSE
from bot.patches.turn_handling import TRY_AGAIN_RESPONSE, _forget_turn, metadata_language

ROOT = Path(__file__).resolve().parents[2]


def test_metadata_language():
    assert metadata_language({"language": "nl-BE"}) == "nl"
    assert metadata_language({"lang": "EN"}) == "en"
    assert metadata_language({"language": 7}) is None
    assert metadata_language("nl") is None and metadata_language(None) is None


# --- the responses the patches send ---------------------------------------------

def test_the_responses_exist_in_every_language():
    from bot.lang import CODES

    responses = yaml.safe_load((ROOT / "domain" / "responses_chat.yml").read_text(encoding="utf-8"))["responses"]
    for name in (TRY_AGAIN_RESPONSE, EMPTY_RESPONSE, OTHER_LANGUAGE_RESPONSE, TOO_LONG_RESPONSE, COMMAND_RESPONSE):
        variants = responses[name]
        assert any("condition" not in v for v in variants), f"{name}: an English default"
        for code in CODES[1:]:
            assert any(v.get("condition") == [{"type": "slot", "name": "language", "value": code}]
                       for v in variants), (name, code)


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
    _forget_turn(tracker, stored)
    assert len(tracker.events) == stored
    assert (tracker.get_slot("a"), tracker.get_slot("requested_slot"), tracker.active_loop_name) == ("x", "b", "f")
    assert tracker.latest_action_name == "action_listen"

    tracker, stored = _form_tracker()
    _forget_turn(tracker, None)  # without the start: up to the latest user message
    assert len(tracker.events) == stored and not isinstance(tracker.events[-1], UserUttered)
    assert tracker.get_slot("a") == "x"
