"""Session start: the practice's details and the language the channel sent."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, ActiveLoop, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import metadata_language, practice_events
from bot.practice import current_practice


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        events: List[EventType] = [SessionStarted()]
        # carry the language and the answers over from an expired session
        for name, value in tracker.current_slot_values().items():
            if value is not None and name != "session_started_metadata":
                events.append(SlotSet(name, value))
        channel_language = metadata_language(tracker)
        if channel_language:
            events += [SlotSet("language", channel_language), SlotSet("language_confident", True)]
        elif not tracker.get_slot("language"):
            events += [SlotSet("language", current_practice().default_language), SlotSet("language_confident", False)]
        events += practice_events(tracker, force=True)
        if tracker.get_slot("handoff_conversation") is not None:
            # a person of the practice still has the conversation (actions/handoff.py): a new
            # session (an answer the next morning) keeps the pause, which lives in the loop
            events.append(ActiveLoop("handoff_form"))
        events.append(ActionExecuted("action_listen"))
        return events
