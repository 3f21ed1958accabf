"""Starting the check, the form's validation (bot.clinical.check_flow) and the asks of its own steps."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    answers_latest_message,
    answers_of,
    check_state,
    language_events,
    latest_intent,
    latest_text,
    practice_events,
    today,
)
from actions.questions import answer_asked_in_story
from bot.clinical.check_flow import ASK_FIRST, before_the_check, clarifying_responses, read_reply, told_at_start
from bot.clinical.questions import MAX_DURATION_ATTEMPTS, next_question
from bot.clinical.summary import change_buttons, summary

# Intents that interrupt the check: the form lets the rules answer them, then resumes.
INTERRUPTIONS = {
    "bot_challenge", "human_handoff", "start_over", "delete_data", "data_privacy",
    "choose_language", "out_of_scope", "goodbye", "thanks", "ask_question",
}


class ActionStartCheck(Action):
    """Introduces the check (the form then asks for consent), or says hello again after it."""

    def name(self) -> str:
        return "action_start_check"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        answer_asked_in_story(dispatcher, tracker)
        if tracker.get_slot("triage_level"):
            greeting = latest_intent(tracker) == "greet"
            dispatcher.utter_message(response="utter_greet_again" if greeting else "utter_anything_else")
        elif tracker.get_slot("requested_slot") is None:
            dispatcher.utter_message(response="utter_intro")
        return practice_events(tracker)


class ValidateTriageForm(Action):
    """Hands each answer to bot.clinical.check_flow and applies what it says: the slots, the
    kind words, the next question."""

    form = "triage_form"

    def name(self) -> str:
        return f"validate_{self.form}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        events: List[EventType] = language_events(tracker)
        state = check_state(tracker)
        requested = state.requested
        answering = (
            requested is not None
            and (tracker.active_loop or {}).get("name") == self.form
            and answers_latest_message(tracker, self.form)
        )
        if not answering:  # the form starts (or resumes after an interruption)
            ask_first = state.ask_first
            if before_the_check(state):
                told = told_at_start(latest_text(tracker), today(), state)  # kept until consent
                events += [SlotSet(slot, value) for slot, value in told.items()]
                ask_first = told.get(ASK_FIRST, ask_first)
            attempts = min(state.attempts, MAX_DURATION_ATTEMPTS)
            next_slot = next_question(state.answers, attempts, state.triaged_level, ask_first)
            return events + [SlotSet("requested_slot", next_slot)]

        switched_language = bool(events)
        intent = latest_intent(tracker)
        interruption = not switched_language and intent in INTERRUPTIONS
        reply = read_reply(
            state, latest_text(tracker), today(), interruption=interruption, language_switch=switched_language
        )
        if reply.not_an_answer:
            return []  # not an answer: let the rules reply, then the form asks again
        answer_asked_in_story(dispatcher, tracker)
        answers = {**state.answers, **reply.changes}
        for message in reply.say:
            if "items" in message:  # the answers named, in words
                told = {**answers, **message.get("values", {})}  # values: a story not yet kept as answers
                dispatcher.utter_message(
                    response=message["response"], story_summary=summary(told, state.language, message["items"])
                )
            else:
                dispatcher.utter_message(response=message["response"])
        events += [SlotSet(slot, value) for slot, value in reply.changes.items()]
        if not any(e["event"] == "slot" for e in events):
            # a slot event tells Rasa the message was handled (no rejection); the value stays
            events.append(SlotSet(requested, tracker.get_slot(requested)))
        events.append(SlotSet("requested_slot", reply.next_slot))
        return events


class ValidateSafetyForm(ValidateTriageForm):
    """The same reading for the questions that follow an urgent result
    (bot.clinical.questions picks them from the triage level)."""

    form = "safety_form"


class ActionAskClarifying(Action):
    """One short follow-up about a hedged answer, with buttons for that answer."""

    def name(self) -> str:
        return "action_ask_clarifying"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        for response in clarifying_responses(tracker.get_slot("clarifying")):
            dispatcher.utter_message(response=response)
        return []


class ActionAskAnswersConfirmed(Action):
    """Check your answers: the answers as understood, "That's right" / "Change an answer"."""

    def name(self) -> str:
        return "action_ask_answers_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        language = tracker.get_slot("language")
        dispatcher.utter_message(response="utter_check_answers", answers_summary=summary(answers_of(tracker), language))
        return []


class ActionAskAnswerToChange(Action):
    """Which answer to change: one button per answer that applies."""

    def name(self) -> str:
        return "action_ask_answer_to_change"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        buttons = [
            {"title": title, "payload": payload}
            for title, payload in change_buttons(answers_of(tracker), tracker.get_slot("language"))
        ]
        dispatcher.utter_message(response="utter_which_answer", buttons=buttons)
        return []
