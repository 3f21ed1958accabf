"""A person when asked (issue 14, item 5): thin glue around bot.practice_inbox.handoff.

- ``action_handoff`` ("I want to talk to a person", at any moment): without Chatwoot the
  phone and e-mail as before; with it, a contact, an ``open`` conversation in the API
  inbox and the answers so far as a private note, then whether someone is there now or
  when they will answer, and the pause: ``handoff_form`` becomes the active loop. Chatwoot
  down, refusing the token or too slow: a kind message with the phone, no pause.
- ``validate_handoff_form``: every message while paused is forwarded to the conversation
  as an ``incoming`` message, and a red flag in it gets the assistant's emergency or
  urgent advice at once (and a private note for the agent). The form ends only on the
  intent ``handoff_resolved`` that bot/channels/chatwoot_handoff.py triggers, and only
  when the shared store says that conversation is resolved.
- ``action_handoff_back``: "I'm back", then the check goes on where it was (or starts).

Pause state lives in the tracker (slot ``handoff_conversation``, the active loop) and
the conversation id -> sender mapping in the outbox's file (bot/practice_inbox/
handoff_store.py): nothing in this process's memory, so any replica can go on.
"""
from __future__ import annotations

import asyncio
import logging
import os
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import answers_latest_message, answers_of, latest_intent, latest_text
from actions.practice_inbox import FIRST_ATTEMPT_SECONDS, inbox
from actions.triage import dispatch_result
from bot.clinical.rules import red_flag_triage
from bot.clinical.safety import merge_answers
from bot.practice import current_practice, in_production
from bot.practice_inbox import handoff as decide
from bot.practice_inbox.chatwoot import ChatwootClient, ChatwootError, answer_lines
from bot.practice_inbox.handoff_store import HandoffStore
from bot.practice_inbox.outbox import new_reference
from bot.reading.answers import CLINICAL_SLOTS
from bot.reading.redflags import find_red_flags

log = logging.getLogger(__name__)

# Tests only: a file holding an ISO date-time (with offset) used as "now" for the opening
# hours; read at each handoff. Refused with ASSISTANT_ENV=production.
CLOCK_FILE_ENV = "HANDOFF_CLOCK_FILE"
DELETE_INTENT = "delete_data"  # never forwarded: the person's data is deleted, the pause ends


@lru_cache(maxsize=1)
def store() -> HandoffStore:
    box = inbox()
    return HandoffStore(box.outbox.path if box.outbox is not None else None)


def now() -> datetime:
    path = os.environ.get(CLOCK_FILE_ENV, "").strip()
    if path and not in_production():
        try:
            fixed = decide.fixed_now(Path(path).read_text(encoding="utf-8"))
        except OSError:
            fixed = None
        if fixed is not None:
            return fixed
    return datetime.now(timezone.utc)


def _language(tracker: Tracker) -> str:
    return tracker.get_slot("language") or current_practice().default_language


async def _open_conversation(reference: str, note: str) -> int:
    """Contact, open conversation in the API inbox, the private note; the conversation's id."""
    async with ChatwootClient(inbox().chatwoot, timeout=FIRST_ATTEMPT_SECONDS) as client:
        created = await client.create_contact(f"Chat {reference}", identifier=f"lowback-handoff-{reference}")
        contact_id = int((created.get("contact") or {})["id"])
        source_id = (created.get("contact_inbox") or {}).get("source_id")
        if not source_id:
            source_id = (await client.create_contact_inbox(contact_id))["source_id"]
        conversation = await client.create_conversation(str(source_id), contact_id, status="open")
        conversation_id = int(conversation["id"])
        await client.create_private_note(conversation_id, note)
        return conversation_id


class ActionHandoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        if not inbox().on:  # no Chatwoot: the practice's phone and e-mail, as always
            dispatcher.utter_message(response="utter_human_handoff")
            return []
        language = _language(tracker)
        channel = tracker.get_latest_input_channel() or "rest"
        reference = new_reference()
        answers = {slot: tracker.get_slot(slot) for slot in CLINICAL_SLOTS}
        note = decide.handoff_note(
            reference, answer_lines(answers, language), tracker.get_slot("triage_level"), language, channel
        )
        try:
            conversation_id = await asyncio.wait_for(_open_conversation(reference, note), FIRST_ATTEMPT_SECONDS + 2)
            handoffs = store()
            after = handoffs.last_message_id(tracker.sender_id)
            handoffs.open(conversation_id, tracker.sender_id, channel, language)
        except (ChatwootError, asyncio.TimeoutError, KeyError, TypeError, ValueError, OSError) as error:
            log.warning("handoff: the practice's inbox cannot be reached: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_handoff_failed")
            return []
        told = decide.availability(current_practice().opening_hours_weekly, now(), language)
        dispatcher.utter_message(response=told.response, **told.values)
        # the website widget polls for the agent's replies while this lasts (web/src/handoff.js)
        dispatcher.utter_message(json_message={"handoff": {"state": "started", "poll": decide.POLL_PATH, "after": after}})
        loop = tracker.active_loop.get("name") if tracker.active_loop else None
        return [
            SlotSet(decide.CONVERSATION_SLOT, conversation_id),
            SlotSet(decide.RESUME_SLOT, loop if loop in decide.RESUMABLE_LOOPS else None),
            SlotSet(decide.COUNT_SLOT, 0),
            SlotSet(decide.DONE_SLOT, None),
            ActiveLoop(decide.FORM),
            SlotSet("requested_slot", decide.DONE_SLOT),
        ]


class ActionAskHandoffOver(Action):
    """The paused form asks nothing: the person talks to the practice."""

    def name(self) -> str:
        return f"action_ask_{decide.DONE_SLOT}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        return []


async def _forward(conversation_id: Any, text: Optional[str], note: Optional[str] = None) -> bool:
    """The person's message (None: none) as an incoming message, and a private note for the agent."""
    try:
        async with ChatwootClient(inbox().chatwoot, timeout=FIRST_ATTEMPT_SECONDS) as client:
            if text is not None:
                await asyncio.wait_for(client.create_incoming_message(int(conversation_id), text), FIRST_ATTEMPT_SECONDS + 2)
            if note:
                await asyncio.wait_for(client.create_private_note(int(conversation_id), note), FIRST_ATTEMPT_SECONDS + 2)
        return True
    except (ChatwootError, asyncio.TimeoutError, TypeError, ValueError) as error:
        log.warning("handoff: a message could not be passed on: %s", type(error).__name__)
        return False


class ValidateHandoffForm(Action):
    """Each message while a person has the conversation (see the module docstring)."""

    def name(self) -> str:
        return f"validate_{decide.FORM}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        if not answers_latest_message(tracker, decide.FORM):
            return []  # the form starting (right after action_handoff): "a person" is no message for them
        conversation_id = tracker.get_slot(decide.CONVERSATION_SLOT)
        count = int(tracker.get_slot(decide.COUNT_SLOT) or 0) + 1
        if latest_intent(tracker) == DELETE_INTENT:
            # "delete my data" while paused: the agent is told, this person's handoff is forgotten
            # (a later reply reaches no one), and the form rejects the message so that the rule
            # "delete my data while a person has the conversation" deletes the rest
            if conversation_id is not None:
                await _forward(conversation_id, None, decide.left_note(_language(tracker)))
            store().forget_sender(tracker.sender_id)
            return []
        if latest_intent(tracker) == decide.RESOLVED_INTENT:
            resolved = conversation_id is None or store().is_resolved(int(conversation_id))
            return [SlotSet(decide.DONE_SLOT, True)] if resolved else [SlotSet(decide.COUNT_SLOT, count)]
        text = latest_text(tracker)
        decision = decide.paused_message(text, find_red_flags)
        events: List[EventType] = [SlotSet(decide.COUNT_SLOT, count)]
        language = _language(tracker)
        note = None
        if decision.escalate:
            known = answers_of(tracker)
            flags = merge_answers(known, decision.red_flags)
            result = red_flag_triage({**known, **decision.red_flags})
            if result is not None:
                dispatch_result(dispatcher, result.level, result.condition, tracker)
                events += [SlotSet(slot, value) for slot, value in flags.items()]
                events += [SlotSet("triage_level", result.level), SlotSet("triage_condition", result.condition)]
                note = decide.escalation_note(result.level, language)
        forwarded = (
            await _forward(conversation_id, text, note) if decision.forward and conversation_id is not None else True
        )
        if note and forwarded:
            dispatcher.utter_message(response="utter_handoff_escalated")
        if not forwarded:
            dispatcher.utter_message(response="utter_handoff_forward_failed")
        return events


class ActionHandoffBack(Action):
    """The practice resolved the conversation: back, and the check goes on (or starts)."""

    def name(self) -> str:
        return "action_handoff_back"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_handoff_back")
        dispatcher.utter_message(json_message={"handoff": {"state": "ended"}})
        step = decide.resume_step(tracker.get_slot(decide.RESUME_SLOT), tracker.get_slot("triage_level"))
        events: List[EventType] = [
            SlotSet(decide.CONVERSATION_SLOT, None),
            SlotSet(decide.RESUME_SLOT, None),
            SlotSet(decide.COUNT_SLOT, None),
            SlotSet(decide.DONE_SLOT, None),
        ]
        if step.startswith("utter_"):
            dispatcher.utter_message(response=step)
        else:
            events.append(FollowupAction(step))
        return events
