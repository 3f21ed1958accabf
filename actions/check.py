"""Starting the check and the form's validation: one question at a time."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    answers_latest_message,
    answers_of,
    language_events,
    latest_intent,
    latest_text,
    practice_events,
    today,
)
from bot.answers import extract_answers, parse_yes_no
from bot.questions import MAX_DURATION_ATTEMPTS, next_question
from bot.redflags import find_red_flags
from bot.safety import merge_answers

# Intents that interrupt the check: the form lets the rules answer them, then resumes.
INTERRUPTIONS = {
    "bot_challenge", "human_handoff", "start_over", "delete_data", "data_privacy",
    "choose_language", "out_of_scope", "goodbye", "thanks",
    "faq_nonspecific", "faq_disc_herniation", "faq_acute_vs_chronic", "faq_rest_or_move",
    "faq_heat_or_cold", "faq_painkillers", "faq_scan", "faq_physio_role", "faq_prescription",
    "faq_healing_time", "faq_sessions", "faq_reimbursement", "faq_location_hours", "faq_booking",
}  # fmt: skip


# A bare "yes" to these questions needs one more detail, asked kindly.
CLARIFY_YES = {"leg_pain": "utter_leg_pain_how_far"}


class ActionStartCheck(Action):
    """Introduces the check (the form then asks for consent), or says hello again after it."""

    def name(self) -> str:
        return "action_start_check"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        if tracker.get_slot("triage_level"):
            greeting = latest_intent(tracker) == "greet"
            dispatcher.utter_message(response="utter_greet_again" if greeting else "utter_anything_else")
        elif tracker.get_slot("requested_slot") is None:
            dispatcher.utter_message(response="utter_intro")
        return practice_events(tracker)


def _understand_answer(requested: str, text: str) -> Dict[str, Any]:
    """What the message says: the requested answer, red flags anywhere, other slots."""
    if requested == "consent":
        found: Dict[str, Any] = dict(find_red_flags(text))
        consent = parse_yes_no(text)
        if consent in (True, False):
            found["consent"] = consent
        return found
    return extract_answers(text, requested, today())


class ValidateTriageForm(Action):
    """Reads each answer, keeps red flags on the safe side, and picks the next question."""

    form = "triage_form"

    def name(self) -> str:
        return f"validate_{self.form}"

    @staticmethod
    def _ask_again(requested: str, text: str) -> str:
        """A bare "yes" to some questions needs one more detail; otherwise a kind "sorry"."""
        if requested in CLARIFY_YES and parse_yes_no(text) is True:
            return CLARIFY_YES[requested]
        return "utter_not_understood"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        events: List[EventType] = language_events(tracker)
        answers = answers_of(tracker)
        attempts = int(tracker.get_slot("duration_attempts") or 0)
        requested = tracker.get_slot("requested_slot")
        answering = (
            requested is not None
            and (tracker.active_loop or {}).get("name") == self.form
            and answers_latest_message(tracker, self.form)
        )
        if answering:
            changes = merge_answers(answers, _understand_answer(requested, latest_text(tracker)), requested)
            if requested not in changes and answers.get(requested) is None:
                switched_language = bool(events)
                if not changes and not switched_language and latest_intent(tracker) in INTERRUPTIONS:
                    return []  # not an answer: let the rules reply, then the form asks again
                if not changes and switched_language:
                    pass  # the same question is asked again, in the new language
                elif requested == "duration_days":
                    attempts += 1
                    events.append(SlotSet("duration_attempts", attempts))
                elif not changes:
                    dispatcher.utter_message(response=self._ask_again(requested, latest_text(tracker)))
            events += [SlotSet(slot, value) for slot, value in changes.items()]
            answers.update(changes)
        next_slot = next_question(answers, min(attempts, MAX_DURATION_ATTEMPTS), tracker.get_slot("triage_level"))
        if next_slot == requested and answering and not any(e["event"] == "slot" for e in events):
            events.append(SlotSet(requested, None))  # ask again: counts as handled, no rejection
        events.append(SlotSet("requested_slot", next_slot))
        return events


class ValidateSafetyForm(ValidateTriageForm):
    """The same reading for the questions that follow an urgent result
    (bot.questions picks them from the triage level)."""

    form = "safety_form"
