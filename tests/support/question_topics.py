"""A QuestionTopics component trained on a few examples, and a message read by it, for the unit tests of
bot/nlu/question_topics.py (trained, persisted and loaded again, as Rasa does between `rasa train` and `rasa run`)."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.question_topics import QuestionTopics
from bot.reading.faq import topics_in


def trained_question_topics(directory: Path, examples: Dict[str, List[str]]) -> QuestionTopics:
    storage = LocalModelStorage(directory)
    resource = Resource("question_topics")
    component = QuestionTopics.create({}, storage, resource, None)
    component.train(TrainingData([Message(data={"text": t, "intent": i}) for i, ts in examples.items() for t in ts]))
    return QuestionTopics.load({}, storage, resource, None)


def classified(text: str, intent: str, confidence: float, *others: Tuple[str, float]) -> Message:
    """`text` as the classifier left it: its intent, then the others of its ranking."""
    ranking = [(intent, confidence), *others]
    return Message(data={"text": text, "intent": {"name": intent, "confidence": confidence},
                         "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking], "entities": []})


def read(component: QuestionTopics, message: Message) -> Tuple[str, List[str]]:
    """The intent and the topics to answer, after the component."""
    component.process([message])
    return message.get("intent")["name"], topics_in(message.as_dict())
