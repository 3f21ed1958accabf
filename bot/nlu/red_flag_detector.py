"""Rasa 3.6 NLU component: a red flag in any words forces the intent `report_red_flag`.

config.yml, after the trained classifier (and after FallbackClassifier, so a red
flag in a message the model does not understand still wins):

    pipeline:
      - name: LogisticRegressionClassifier
      - name: FallbackClassifier
      - name: bot.nlu.red_flag_detector.RedFlagDetector

When ``bot.reading.redflags.find_red_flags(text)`` finds anything, the message gets

    intent:          {"name": "report_red_flag", "confidence": 1.0}
    intent_ranking:  report_red_flag first, the classifier's ranking after it
    entities:        + {"entity": "red_flag", "value": <slot name>,
                        "flag_value": <slot value>, "start": 0, "end": len(text),
                        "confidence": 1.0, "extractor": "RedFlagDetector"}

The entities are for debugging (the actions read the text with bot.reading.redflags
themselves); they span the whole message because the finding may be spread
over several words.

The intent classifier alone never reports a red flag: when it predicts
`report_red_flag` but `find_red_flags` finds none, the message is read as
`describe_pain` (symptoms told in words that are no red flag: the check starts and
asks the safety questions). Other messages are left untouched.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Type

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_CONFIDENCE,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.stateless import StatelessComponent, read_as
from bot.reading.redflags import find_red_flags

logger = logging.getLogger(__name__)

RED_FLAG_INTENT = "report_red_flag"
RED_FLAG_ENTITY = "red_flag"
DESCRIBE_INTENT = "describe_pain"


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class RedFlagDetector(StatelessComponent, IntentClassifier):
    """Sets the intent `report_red_flag` (confidence 1.0) when the text names a red flag."""

    @classmethod
    def required_components(cls) -> List[Type]:
        """Runs after a trained intent classifier (like FallbackClassifier)."""
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        """Default config: the intent and entity names it sets."""
        return {"intent": RED_FLAG_INTENT, "entity": RED_FLAG_ENTITY, "instead": DESCRIBE_INTENT}



    def _process_one(self, message: Message) -> None:
        text = message.get(TEXT)
        if not isinstance(text, str) or not text:
            return
        flags = find_red_flags(text)
        intent_name = self.component_config["intent"]
        if not flags:
            if (message.get(INTENT) or {}).get(INTENT_NAME_KEY) == intent_name:
                self._read_as_description(message)
            return
        read_as(message, intent_name, confidence=1.0)
        entities = [
            {
                ENTITY_ATTRIBUTE_TYPE: self.component_config["entity"],
                ENTITY_ATTRIBUTE_VALUE: slot,
                "flag_value": value,
                ENTITY_ATTRIBUTE_START: 0,
                ENTITY_ATTRIBUTE_END: len(text),
                ENTITY_ATTRIBUTE_CONFIDENCE: 1.0,
                EXTRACTOR: self.__class__.__name__,
            }
            for slot, value in flags.items()
        ]
        message.set(ENTITIES, list(message.get(ENTITIES) or []) + entities, add_to_output=True)
        logger.debug("RedFlagDetector: red flags %s", sorted(flags))

    def _read_as_description(self, message: Message) -> None:
        """The classifier said `report_red_flag` but the text names none."""
        read_as(message, self.component_config["instead"], drop=[self.component_config["intent"]])
