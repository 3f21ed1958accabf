"""Runs after every user message outside the check (a custom slot mapping):
keeps the language right and catches a red flag said in any words."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import answers_of, language_events, latest_text, practice_events
from bot.clinical.safety import merge_answers
from bot.reading.redflags import find_red_flags


class ActionUnderstand(Action):
    def name(self) -> str:
        return "action_understand"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        events: List[EventType] = language_events(tracker) + practice_events(tracker)
        flags = merge_answers(answers_of(tracker), find_red_flags(latest_text(tracker)))
        events += [SlotSet(slot, value) for slot, value in flags.items()]
        return events
