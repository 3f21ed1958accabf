"""Tests for bot/nlu/red_flag_detector.py (the Rasa NLU component; no server)."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.engine.recipes.default_recipe import DefaultV1Recipe  # noqa: E402
from rasa.nlu.classifiers.classifier import IntentClassifier  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from bot.nlu.red_flag_detector import RED_FLAG_INTENT, RedFlagDetector  # noqa: E402
from bot.reading.redflags import find_red_flags  # noqa: E402

FORCED = {"name": "report_red_flag", "confidence": 1.0}


@pytest.fixture(scope="module")
def detector() -> RedFlagDetector:
    # create(config, model_storage, resource, execution_context)
    return RedFlagDetector.create({}, None, None, None)


def _classified(text, intent="deny", confidence=0.91, ranking=None):
    """A message as the trained classifier (and FallbackClassifier) left it."""
    ranking = ranking or [
        {"name": intent, "confidence": confidence},
        {"name": "affirm", "confidence": round(1 - confidence, 2)},
    ]
    return Message(data={"text": text, "intent": {"name": intent, "confidence": confidence}, "intent_ranking": ranking})


@pytest.mark.parametrize(
    "text",
    [
        "I can't feel my bum",
        "ik kan mijn plas niet ophouden",
        "no fever but I can't feel my bum",
        "ik ben vorige week van de trap gevallen",
        "my foot drags",
        "tintelingen in beide benen",
    ],
)
def test_red_flag_forces_the_intent_with_full_confidence(detector, text):
    message = _classified(text)
    assert detector.process([message]) == [message]
    assert message.get("intent") == FORCED
    ranking = message.get("intent_ranking")
    assert ranking[0] == FORCED
    assert [r["name"] for r in ranking[1:]] == ["deny", "affirm"]  # the classifier's ranking follows
    flags = find_red_flags(text)
    entities = [e for e in message.get("entities") if e["entity"] == "red_flag"]
    assert {e["value"] for e in entities} == set(flags)
    for entity in entities:
        assert entity["flag_value"] == flags[entity["value"]]
        assert entity["extractor"] == "RedFlagDetector"
        assert entity["confidence"] == 1.0
        assert 0 == entity["start"] < entity["end"] == len(text)


def test_each_flag_gets_an_entity(detector):
    message = _classified("I fell off my bike, now I have a fever and I can't pee")
    detector.process([message])
    values = sorted(e["value"] for e in message.get("entities"))
    assert values == ["bladder_bowel", "fever", "onset"]
    onset = next(e for e in message.get("entities") if e["value"] == "onset")
    assert onset["flag_value"] == "trauma"


def test_works_after_the_fallback_classifier(detector):
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.25},
        {"name": "out_of_scope", "confidence": 0.2},
        {"name": "inform", "confidence": 0.19},
    ]
    message = Message(
        data={"text": "gevoelloos rond mijn aars", "intent": dict(ranking[0]), "intent_ranking": ranking}
    )
    detector.process([message])
    assert message.get("intent") == FORCED
    assert [r["name"] for r in message.get("intent_ranking")] == [
        "report_red_flag", "nlu_fallback", "out_of_scope", "inform",
    ]  # fmt: skip


def test_existing_red_flag_prediction_is_not_duplicated(detector):
    ranking = [{"name": "inform", "confidence": 0.6}, {"name": "report_red_flag", "confidence": 0.4}]
    message = _classified("ik heb koorts", intent="inform", confidence=0.6, ranking=ranking)
    detector.process([message])
    names = [r["name"] for r in message.get("intent_ranking")]
    assert names == ["report_red_flag", "inform"]
    assert message.get("intent_ranking")[0]["confidence"] == 1.0


def test_without_a_classifier_before_it(detector):
    message = Message(data={"text": "I wet myself"})
    detector.process([message])
    assert message.get("intent") == FORCED
    assert message.get("intent_ranking") == [FORCED]
    assert message.get("entities")[0]["value"] == "bladder_bowel"


@pytest.mark.parametrize(
    "text",
    ["my back hurts when I sit", "geen koorts", "I didn't fall", "ik kan nog goed plassen", "3 weeks", "hallo"],
)
def test_no_red_flag_leaves_the_message_alone(detector, text):
    message = _classified(text)
    before = {key: message.get(key) for key in ("intent", "intent_ranking", "entities")}
    detector.process([message])
    assert {key: message.get(key) for key in ("intent", "intent_ranking", "entities")} == before
    assert message.get("intent")["name"] == "deny"


def test_existing_entities_are_kept(detector):
    duration = {"entity": "duration", "value": 21, "start": 15, "end": 22, "extractor": "DurationExtractor"}
    message = Message(data={"text": "I fell, it was 3 weeks ago", "entities": [duration]})
    detector.process([message])
    entities = message.get("entities")
    assert entities[0] == duration
    assert entities[1]["entity"] == "red_flag" and entities[1]["value"] == "onset"


@pytest.mark.parametrize("data", [{}, {"text": None}, {"text": ""}, {"text": 42}, {"text": "😀" * 100}])
def test_missing_or_odd_text(detector, data):
    message = Message(data=dict(data))
    detector.process([message])
    assert message.get("intent") is None
    assert not message.get("entities")


def test_several_messages(detector):
    messages = [Message(data={"text": "koorts"}), Message(data={}), Message(data={"text": "hello"})]
    detector.process(messages)
    assert [(m.get("intent") or {}).get("name") for m in messages] == [RED_FLAG_INTENT, None, None]


def test_process_training_data_returns_it_unchanged(detector):
    data = TrainingData([Message(data={"text": "I can't feel my bum", "intent": "inform"})])
    assert detector.process_training_data(data) is data
    assert data.training_examples[0].get("intent") == "inform"


def test_custom_intent_name():
    custom = RedFlagDetector.create({"intent": "emergency"}, None, None, None)
    message = Message(data={"text": "I can't feel my bum"})
    custom.process([message])
    assert message.get("intent") == {"name": "emergency", "confidence": 1.0}


def test_registered_as_a_non_trainable_intent_classifier():
    registered = DefaultV1Recipe._from_registry(RedFlagDetector.__name__)
    assert registered.clazz is RedFlagDetector
    assert DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER in registered.types
    assert registered.is_trainable is False
    assert RedFlagDetector.required_components() == [IntentClassifier]
    assert issubclass(RedFlagDetector, IntentClassifier)


def test_output_properties_are_set(detector):
    message = Message(data={"text": "I can't feel my bum"})
    detector.process([message])
    # add_to_output makes the parse result (model/parse, tracker) carry them
    assert {"intent", "intent_ranking", "entities"} <= set(message.output_properties)


@pytest.mark.parametrize(
    "text",
    [
        "hi so 10 days ago i bent over to pick up the washing basket and my back went, shooting down my leg",
        "mijn rug doet al drie weken pijn en het straalt uit naar mijn been",
    ],
)
def test_the_classifier_alone_never_reports_a_red_flag(detector, text):
    """Predicted report_red_flag, but the text names none: read as a description of pain."""
    message = _classified(text, intent=RED_FLAG_INTENT, confidence=0.7,
                          ranking=[{"name": RED_FLAG_INTENT, "confidence": 0.7}, {"name": "faq_scan", "confidence": 0.2}])
    detector.process([message])
    assert message.get("intent") == {"name": "describe_pain", "confidence": 0.7}
    assert [r["name"] for r in message.get("intent_ranking")] == ["describe_pain", "faq_scan"]
    assert not [e for e in message.get("entities") or [] if e.get("entity") == "red_flag"]
