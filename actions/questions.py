"""Answers a question asked at any moment: the answers of its topics (at most two, as
bot.nlu.question_topics found them), or that it is not one this assistant can answer."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import practice_events
from bot.faq import TOPIC_PREFIX, topics_in

ANSWER_PREFIX = "utter_faq_"  # + the topic without its prefix: faq_work -> utter_faq_work
NO_TOPIC = "utter_no_topic"


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List:
        topics = topics_in(tracker.latest_message)
        for topic in topics:
            dispatcher.utter_message(response=ANSWER_PREFIX + topic[len(TOPIC_PREFIX):])
        if not topics:
            dispatcher.utter_message(response=NO_TOPIC)
        return practice_events(tracker)
