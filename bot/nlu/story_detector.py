"""Rasa 3.6 NLU component: a message that tells the story of the pain starts the check.

config.yml, after the red-flag detector:

    - name: bot.nlu.story_detector.StoryDetector

Long first messages ("did my back in at work yesterday lifting boxes, no leg pain.
29m") are often read by the classifier as out of scope, a fallback or a question about
a topic, and the check never starts: the story is lost and every answer is asked again.
When the classifier's intent is one of those, the message is no question (no "?"), and
`bot.reading.answers.read_story` reads at least `min_answers` answers from it, the intent
becomes `describe_pain` (the check starts and keeps the story until consent). For a
fallback, out of scope or "no", one answer is enough when the message names the back
pain itself and is not shaped as a question ("sinds 3 weken rugpijn, wordt elke dag
erger"); for a topic's intent `QuestionTopics` decides, knowing the topic's words. Other
messages are left untouched; the reader runs only on those candidates (it costs a few
milliseconds on a long message).
"""
from __future__ import annotations

from typing import Any, Dict, List, Type

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.stateless import StatelessComponent, read_as
from bot.reading.answers import read_story, tells_back_pain
from bot.reading.faq import is_question_shaped
from bot.reading.language import without_language_request


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class StoryDetector(StatelessComponent, IntentClassifier):
    """Reads a story told as a first message as `describe_pain`."""

    @classmethod
    def required_components(cls) -> List[Type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return {
            "intent": "describe_pain",
            "min_answers": 2,
            "min_words": 6,
            # intents a story is often mistaken for that do not start the check themselves
            # (inform, affirm and unsure do: reading those would cost a few ms per answer)
            "overridable": ["nlu_fallback", "out_of_scope", "deny"],
            "overridable_prefix": "faq_",
        }


    def _candidate(self, message: Message) -> bool:
        # a request for a language in the message is no question ("... je peux écrire en
        # français? j'ai mal au dos depuis 2 semaines")
        text = without_language_request(message.get(TEXT))
        if not isinstance(text, str) or "?" in text or len(text.split()) < self.component_config["min_words"]:
            return False
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY) or ""
        return intent in self.component_config["overridable"] or intent.startswith(
            self.component_config["overridable_prefix"]
        )

    def _process_one(self, message: Message) -> None:
        if not self._candidate(message):
            return
        text = without_language_request(message.get(TEXT))
        intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
        needed = self.component_config["min_answers"]
        if intent in self.component_config["overridable"] and tells_back_pain(text) and not is_question_shaped(text):
            needed = 1
        if len(read_story(text)) < needed:
            return
        read_as(message, self.component_config["intent"])
