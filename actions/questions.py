"""Answers a question asked at any moment: the answers of its topics (at most two, as
bot.nlu.question_topics found them); when none was sure but one was likely, asks whether
the person meant that topic's question (a button that asks it); else says it is not one
this assistant can answer."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import check_state, latest_intent, latest_text, practice_events, today
from bot.clinical.check_flow import before_the_check, told_at_start
from bot.clinical.summary import catalogue
from bot.reading.faq import TOPIC_PREFIX, guess_in, topics_in, unanswered_in

ANSWER_PREFIX = "utter_faq_"  # + the topic without its prefix: faq_work -> utter_faq_work
NO_TOPIC = "utter_no_topic"
TOPIC_GUESS = "utter_topic_guess"
TOLD_INTENTS = ("describe_pain", "inform")  # the pain told, an answer: either may ask a question too


def answer_asked_in_story(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The answers of a question asked inside the pain told ("im 52, a deep ache for 3 weeks now, should i be
    worried"): the check reads the story, and the question is answered too (bot.nlu.question_topics found its
    topics only when the question has their words), or honestly not when no topic fits it."""
    if latest_intent(tracker) not in TOLD_INTENTS:
        return
    for topic in topics_in(tracker.latest_message):
        dispatcher.utter_message(response=ANSWER_PREFIX + topic[len(TOPIC_PREFIX):])
    if unanswered_in(tracker.latest_message):
        dispatcher.utter_message(response=NO_TOPIC)


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]) -> List:
        topics = topics_in(tracker.latest_message)
        for topic in topics:
            dispatcher.utter_message(response=ANSWER_PREFIX + topic[len(TOPIC_PREFIX):])
        if not topics:
            guess = guess_in(tracker.latest_message)
            question = catalogue(tracker.get_slot("language")).get("topic_questions", {}).get(guess)
            if question:
                dispatcher.utter_message(response=TOPIC_GUESS, buttons=[{"title": question, "payload": question}])
            else:
                dispatcher.utter_message(response=NO_TOPIC)
        return practice_events(tracker) + _story_before_check(tracker)


def _story_before_check(tracker: Tracker) -> List[SlotSet]:
    """What a question asked before the check tells of the pain, kept until consent as a first message's story is:
    the check that starts next does not ask it again."""
    state = check_state(tracker)
    if not before_the_check(state):
        return []
    return [SlotSet(slot, value) for slot, value in told_at_start(latest_text(tracker), today(), state).items()]
