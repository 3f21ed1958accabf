"""Tests for bot/nlu/duration_extractor.py (the Rasa NLU component; no server)."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa")

from rasa.engine.recipes.default_recipe import DefaultV1Recipe  # noqa: E402
from rasa.shared.nlu.training_data.message import Message  # noqa: E402
from rasa.shared.nlu.training_data.training_data import TrainingData  # noqa: E402

from bot.nlu.duration_extractor import DurationExtractor  # noqa: E402
from bot.reading.duration import parse_duration  # noqa: E402


@pytest.fixture(scope="module")
def extractor() -> DurationExtractor:
    # create(config, model_storage, resource, execution_context)
    return DurationExtractor.create({}, None, None, None)


def _process(extractor: DurationExtractor, text: str) -> Message:
    message = Message(data={"text": text})
    result = extractor.process([message])
    assert result == [message]
    return message


@pytest.mark.parametrize(
    "text,value,phrase",
    [
        ("Ik heb al drie weken pijn", 21, "drie weken"),
        ("sinds 2 maanden", 60, "2 maanden"),
        ("anderhalf jaar", 548, "anderhalf jaar"),
        ("een week of drie", 21, "een week of drie"),
        ("It started about ten days ago when I lifted a box", 10, "ten days"),
        ("a couple of weeks", 14, "a couple of weeks"),
        ("for 3 weeks now", 21, "3 weeks"),
        ("half a year", 183, "half a year"),
    ],
)
def test_duration_entity_in_both_languages(extractor, text, value, phrase):
    message = _process(extractor, text)
    entities = message.get("entities")
    assert len(entities) == 1
    entity = entities[0]
    assert entity == {
        "entity": "duration",
        "value": value,
        "start": entity["start"],
        "end": entity["end"],
        "confidence": 1.0,
        "extractor": "DurationExtractor",
    }
    assert text[entity["start"]:entity["end"]] == phrase
    assert type(entity["value"]) is int
    assert str(entity["value"]) == str(value)  # rasa test compares strings


@pytest.mark.parametrize("text", ["sinds maandag", "since yesterday", "vandaag"])
def test_relative_phrases_use_the_current_date(extractor, text):
    entity = _process(extractor, text).get("entities")[0]
    assert entity["value"] == parse_duration(text, extractor._today())


@pytest.mark.parametrize("text", ["hallo", "I'm 31", "ik ben 58 jaar", "weet ik niet", ""])
def test_no_entity_without_duration(extractor, text):
    message = _process(extractor, text)
    assert not message.get("entities")


def test_existing_entities_are_kept(extractor):
    other = {"entity": "leg_pain", "value": "below_knee", "start": 0, "end": 4, "extractor": "RegexEntityExtractor"}
    message = Message(data={"text": "been tot onder de knie, al 2 weken", "entities": [other]})
    extractor.process([message])
    entities = message.get("entities")
    assert entities[0] == other
    assert entities[1]["entity"] == "duration" and entities[1]["value"] == 14


def test_several_messages_and_missing_text(extractor):
    messages = [Message(data={"text": "3 weken"}), Message(data={}), Message(data={"text": "two days"})]
    extractor.process(messages)
    assert [m.get("entities", [{}])[0].get("value") for m in messages] == [21, None, 2]


def test_process_training_data_returns_it_unchanged(extractor):
    data = TrainingData([Message(data={"text": "3 weken", "intent": "inform"})])
    assert extractor.process_training_data(data) is data
    assert not data.training_examples[0].get("entities")


def test_registered_as_a_non_trainable_entity_extractor():
    registered = DefaultV1Recipe._from_registry(DurationExtractor.__name__)
    assert registered.clazz is DurationExtractor
    assert DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR in registered.types
    assert registered.is_trainable is False


def test_timezone_config_gives_a_date(extractor):
    brussels = DurationExtractor.create({"timezone": "Europe/Brussels"}, None, None, None)
    assert _process(brussels, "sinds 3 weken").get("entities")[0]["value"] == 21
    broken = DurationExtractor.create({"timezone": "Nowhere/Nothing"}, None, None, None)
    assert broken._today() is not None


def test_server_date_when_timezone_is_null():
    local = DurationExtractor.create({"timezone": None}, None, None, None)
    assert _process(local, "2 weken").get("entities")[0]["value"] == 14
