"""The result: classify with bot.clinical.rules, explain, nudge, and send the triage payload.

Only what bot.clinical.safety.result_for allows is classified: a red flag, or a complete check.
"""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import answers_of
from actions.practice_inbox import offer_after_result
from bot.clinical.questions import next_question
from bot.clinical.rules import red_flag_triage
from bot.clinical.safety import result_for


def triage_payload(level: str, condition: str, tracker: Tracker) -> Dict[str, Any]:
    """The machine-readable result of the contract (product.md)."""
    days = tracker.get_slot("duration_days")
    return {
        "triage": {
            "level": level,
            "condition": condition,
            "duration_days": int(days) if isinstance(days, (int, float)) else None,
            "language": tracker.get_slot("language"),
        }
    }


def dispatch_result(dispatcher: CollectingDispatcher, level: str, condition: str, tracker: Tracker) -> None:
    payload = triage_payload(level, condition, tracker)
    if level == "emergency":  # 112 first, the practice only after
        dispatcher.utter_message(response="utter_emergency_now")
        dispatcher.utter_message(json_message=payload)
        dispatcher.utter_message(response=f"utter_explain_{condition}")
        dispatcher.utter_message(response="utter_emergency_practice_after")
        return
    dispatcher.utter_message(response="utter_result_intro")
    dispatcher.utter_message(response=f"utter_explain_{condition}")
    dispatcher.utter_message(response=f"utter_next_step_{level}")
    dispatcher.utter_message(response="utter_practice_contact")
    dispatcher.utter_message(json_message=payload)


class ActionTriage(Action):
    def name(self) -> str:
        return "action_triage"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        answers = answers_of(tracker)
        if answers.get("consent") is False and not red_flag_triage(answers):
            dispatcher.utter_message(response="utter_consent_declined")
            return [SlotSet("consent", None), SlotSet("safety_followup", False), SlotSet("story", None)]

        result = result_for(answers, int(tracker.get_slot("duration_attempts") or 0))
        if result is None:  # incomplete answers are never classified: the check goes on
            if answers.get("consent") is None and tracker.get_slot("requested_slot") is None:
                dispatcher.utter_message(response="utter_intro")
            return [SlotSet("safety_followup", False), FollowupAction("triage_form")]
        known = (tracker.get_slot("triage_level"), tracker.get_slot("triage_condition"))
        finishing_followup = bool(tracker.get_slot("safety_followup"))
        if known == (result.level, result.condition):
            if finishing_followup:  # the emergency questions changed nothing
                dispatcher.utter_message(response="utter_advice_unchanged")
                dispatcher.utter_message(json_message=triage_payload(result.level, result.condition, tracker))
                return [SlotSet("safety_followup", False), *offer_after_result(dispatcher, result.level, False)]
            return [SlotSet("safety_followup", False)]

        dispatch_result(dispatcher, result.level, result.condition, tracker)
        followup = result.level == "urgent" and next_question(answers, triaged_level="urgent") is not None
        dispatcher.utter_message(response="utter_safety_followup" if followup else "utter_check_done")
        return [
            SlotSet("triage_level", result.level),
            SlotSet("triage_condition", result.condition),
            SlotSet("safety_followup", followup),
            *offer_after_result(dispatcher, result.level, followup),  # send the answers to the practice?
        ]
