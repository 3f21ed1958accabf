"""Restart and "delete my data": a fresh start that keeps only the language."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import practice_events


def fresh_start(tracker: Tracker) -> List[EventType]:
    """Forget every answer; keep the language and the practice's details."""
    return [
        ActiveLoop(None),
        AllSlotsReset(),
        SlotSet("language", tracker.get_slot("language")),
        SlotSet("language_confident", tracker.get_slot("language_confident")),
        *practice_events(tracker, force=True),
    ]


class ActionStartOver(Action):
    def name(self) -> str:
        return "action_start_over"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_start_over")
        return fresh_start(tracker)


class ActionDeleteData(Action):
    """Forgets the answers here; the tracker store deletes the stored conversation
    (bot/stores/tracker_store.py) when it sees this action."""

    def name(self) -> str:
        return "action_delete_data"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_data_deleted")
        dispatcher.utter_message(json_message={"data_deleted": True})  # the web widget clears its copy too
        return fresh_start(tracker)
