"""Small helpers shared by the actions: reading the tracker, language and practice slots."""
from __future__ import annotations

from datetime import date
from typing import Any, Dict, List, Optional

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from bot.clinical.check_flow import CheckState
from bot.clinical.questions import CHECK_ANSWERS
from bot.practice import current_practice
from bot.reading.answers import CLINICAL_SLOTS
from bot.reading.language import choose_language, language_from_metadata

PRACTICE_SLOTS = tuple(current_practice().slots())


def answers_of(tracker: Tracker) -> Dict[str, Any]:
    """The clinical answers (with consent and the check-your-answers step) known so far."""
    return {slot: tracker.get_slot(slot) for slot in (*CLINICAL_SLOTS, "consent", CHECK_ANSWERS)}


def check_state(tracker: Tracker) -> CheckState:
    """The state of the check that bot.clinical.check_flow reads a reply with."""
    return CheckState(
        answers=answers_of(tracker),
        requested=tracker.get_slot("requested_slot"),
        attempts=int(tracker.get_slot("duration_attempts") or 0),
        triaged_level=tracker.get_slot("triage_level"),
        clarifying=tracker.get_slot("clarifying"),
        story=dict(tracker.get_slot("story") or {}),
        language=tracker.get_slot("language"),
        ask_first=list(tracker.get_slot("ask_first") or []),
    )


def latest_text(tracker: Tracker) -> str:
    text = (tracker.latest_message or {}).get("text")
    return text if isinstance(text, str) else ""


def latest_intent(tracker: Tracker) -> Optional[str]:
    return ((tracker.latest_message or {}).get("intent") or {}).get("name")


def answers_latest_message(tracker: Tracker, form: str) -> bool:
    """Whether the form is validating a fresh user message (not activating or
    resuming after an interruption): Rasa appends the form's own ActionExecuted to
    the tracker it sends, so look at the action before it."""
    actions = [e.get("name") for e in reversed(tracker.events) if e.get("event") == "action"]
    if actions and actions[0] == form:
        actions = actions[1:]
    return bool(actions) and actions[0] == "action_listen"


def metadata_language(tracker: Tracker) -> Optional[str]:
    """The language the channel sent, on this message or when the session started."""
    for metadata in ((tracker.latest_message or {}).get("metadata"), tracker.get_slot("session_started_metadata")):
        language = language_from_metadata(metadata)
        if language:
            return language
    return None


def language_events(tracker: Tracker) -> List[SlotSet]:
    """SlotSets for the conversation's language after the latest message, only when it changes."""
    current = tracker.get_slot("language")
    confident = bool(tracker.get_slot("language_confident"))
    language, now_confident = choose_language(
        current,
        latest_text(tracker),
        metadata_language=metadata_language(tracker),
        confident=confident,
        default=current_practice().default_language,
        offered=current_practice().languages,
    )
    events = []
    if language != current:
        events.append(SlotSet("language", language))
    if now_confident != confident:
        events.append(SlotSet("language_confident", now_confident))
    return events


def practice_events(tracker: Tracker, force: bool = False) -> List[SlotSet]:
    """The practice's details as slots, for the responses' {practice_...} templates."""
    if not force and tracker.get_slot("practice_phone"):
        return []
    return [SlotSet(name, value) for name, value in current_practice().slots().items()]


def today() -> date:
    return date.today()
