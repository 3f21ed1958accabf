"""The shared shape of our NLU components: nothing to train, load or persist."""
from __future__ import annotations

import logging
from typing import Any, Dict, Iterable, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)


class PerMessage:
    """Handles each message on its own; odd input never breaks the pipeline. Subclasses
    implement `_process_one`."""

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Training data is left as it is."""
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            try:
                self._process_one(message)
            except Exception:
                logger.exception("%s failed on a message (text not logged)", type(self).__name__)
        return messages

    def _process_one(self, message: Message) -> None:
        raise NotImplementedError


class StatelessComponent(PerMessage, GraphComponent):
    """A component configured by config.yml only: nothing to train, load or persist."""

    def __init__(self, config: Optional[Dict[str, Any]] = None) -> None:
        self.component_config = {**self.get_default_config(), **(config or {})}

    @classmethod
    def create(
        cls,
        config: Dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> StatelessComponent:
        """Creates the component (nothing to train or load)."""
        return cls(config)


def read_as(message: Message, name: str, drop: Iterable[str] = (), confidence: Optional[float] = None) -> None:
    """Gives `message` the intent `name`, first in the ranking, with `confidence` (by
    default the classifier's); the intents in `drop` leave the ranking."""
    if confidence is None:
        confidence = (message.get(INTENT) or {}).get(PREDICTED_CONFIDENCE_KEY, 0.0)
    intent = {INTENT_NAME_KEY: name, PREDICTED_CONFIDENCE_KEY: confidence}
    gone = {name, *drop}
    ranking = [
        dict(item)
        for item in (message.get(INTENT_RANKING_KEY) or [])
        if isinstance(item, dict) and item.get(INTENT_NAME_KEY) not in gone
    ]
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [dict(intent)] + ranking, add_to_output=True)
