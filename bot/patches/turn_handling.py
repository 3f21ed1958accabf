"""What Rasa's ``MessageProcessor`` does with one message: a turn, or no turn at all.

**Messages that are no turn at all** (bot/patches/no_turn_messages.py says which) get
a kind reply, the pending question again, and change nothing (not stored).

**Action server down or failing**: Rasa logs the error and goes on without the
action's events (a silent or half reply, a form step lost). Instead the user gets
``utter_try_again_later`` in the conversation's language, the turn is forgotten as if
the message had not been sent (nothing of it is stored, so no answer or slot is lost
and the user can simply send it again), and no further action runs that turn. Also
when ``action_understand`` fails inside ``action_extract_slots`` (Rasa catches that
one itself).

Rasa's ``UserUtteranceReverted`` is *not* used for this: after a form (loop) action,
Rasa's ``applied_events`` already drops the user message of the form's turn, so the
revert rewinds to the previous user message and loses that turn's answers
(tests/unit/test_patches_turn_handling.py shows it).

Replaces ``RemoteAction.run`` (to note the failure) and ``MessageProcessor``'s
``handle_message``, ``_run_action`` and ``_update_tracker_session``.
"""
from __future__ import annotations

import contextvars
import logging
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

from bot.patches.no_turn_messages import no_turn_reason

logger = logging.getLogger(__name__)

TRY_AGAIN_RESPONSE = "utter_try_again_later"


def metadata_language(metadata: Any) -> Optional[str]:
    """"en"/"nl" from channel metadata ({"language": "nl-BE"}), else None."""
    from bot.reading.language import language_from_metadata

    return language_from_metadata(metadata)


# ---------------------------------------------------------------------------
# Per-turn state (one message handled by MessageProcessor.handle_message)
# ---------------------------------------------------------------------------


@dataclass
class _Turn:
    metadata: Any = None
    start: Optional[int] = None  # events in the tracker before this turn added any
    failed: Optional[str] = None  # name of the custom action that failed
    answered: bool = False


_TURN: contextvars.ContextVar[Optional[_Turn]] = contextvars.ContextVar("lowback_turn", default=None)


def _mark_failed(action_name: str) -> None:
    turn = _TURN.get()
    if turn is not None and turn.failed is None:
        turn.failed = action_name


def patch_remote_action_failures() -> None:
    """A custom action that raises (other than a form's rejection) marks the turn failed."""
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction

    original_run = RemoteAction.run

    async def run(self: RemoteAction, output_channel, nlg, tracker, domain) -> List[Any]:
        try:
            return await original_run(self, output_channel, nlg, tracker, domain)
        except ActionExecutionRejection:
            raise
        except Exception:
            _mark_failed(self.name())
            raise

    RemoteAction.run = run


# ---------------------------------------------------------------------------
# Answering outside Rasa's actions, and forgetting a turn
# ---------------------------------------------------------------------------


async def render_response(processor: Any, response: str, tracker: Any, output_channel: Any,
                          language: Optional[str]) -> bool:
    """Sends one domain response, rendered for this tracker (or a bare one in `language`).

    Also used by bot/stores/store_faults.py for its kind answer."""
    from rasa.shared.core.events import SlotSet
    from rasa.shared.core.trackers import DialogueStateTracker

    if response not in processor.domain.responses:
        logger.warning("response %s is missing from the domain", response)
        return False
    practice = _practice_slots()
    known = tracker.current_slot_values() if tracker is not None else {}
    if tracker is None or known.get("language") is None or any(known.get(k) is None for k in practice):
        # a first message (or a store that lost the slots): the language and the
        # practice's details still fill the response's {templates}
        language = known.get("language") or language or _default_language()
        base = {**practice, **{k: v for k, v in known.items() if v is not None}}
        events = [SlotSet(k, v) for k, v in base.items() if k != "language"]
        events += [SlotSet("language", language)] if language else []
        slot_names = {slot.name for slot in processor.domain.slots}
        events = [e for e in events if e.key in slot_names]
        tracker = DialogueStateTracker.from_events(
            tracker.sender_id if tracker is not None else "rendering", events, slots=processor.domain.slots
        )
    message = await processor.nlg.generate(response, tracker, output_channel.name())
    if not message:
        return False
    await output_channel.send_response(tracker.sender_id, message)
    return True


def _practice_slots() -> Dict[str, Any]:
    try:
        from bot.practice import current_practice

        return current_practice().slots()
    except Exception:  # noqa: BLE001 - rendering goes on without them
        return {}


def _offered_languages() -> Optional[Tuple[str, ...]]:
    """The practice's languages; None (every pack) when the practice cannot be read."""
    try:
        from bot.practice import current_practice

        return current_practice().languages
    except Exception:  # noqa: BLE001
        return None


def _default_language() -> Optional[str]:
    try:
        from bot.practice import current_practice

        return current_practice().default_language
    except Exception:  # noqa: BLE001 - rendering falls back to the default variant
        return None


def _pending_question(processor: Any, tracker: Any) -> Optional[str]:
    """The response that asks the active form's pending question, if any."""
    if tracker is None:
        return None
    form = tracker.active_loop_name
    slot = tracker.get_slot("requested_slot")
    if not form or not slot:
        return None
    for name in (f"utter_ask_{form}_{slot}", f"utter_ask_{slot}"):
        if name in processor.domain.responses:
            return name
    return None


def _forget_turn(tracker: Any, start: Optional[int]) -> None:
    """Drops every event this turn added, so nothing of it is stored."""
    from rasa.shared.core.events import UserUttered

    events = list(tracker.events)
    if start is None:  # fall back: up to the latest user message
        start = next((i for i in range(len(events) - 1, -1, -1) if isinstance(events[i], UserUttered)), len(events))
    del events[start:]
    tracker.events.clear()
    tracker.events.extend(events)
    tracker._reset()
    tracker.replay_events()


# ---------------------------------------------------------------------------
# The patch of MessageProcessor
# ---------------------------------------------------------------------------


def patch_message_processor() -> None:
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.constants import ACTION_SESSION_START_NAME

    original_handle = MessageProcessor.handle_message
    original_run_action = MessageProcessor._run_action
    original_update_session = MessageProcessor._update_tracker_session

    async def handle_message(self: MessageProcessor, message: Any) -> Optional[List[Dict[str, Any]]]:
        reason = no_turn_reason(message.text, _offered_languages())
        if reason is not None:
            return await _answer_without_turn(self, message, reason)
        token = _TURN.set(_Turn(metadata=message.metadata))
        try:
            result = await original_handle(self, message)
            turn = _TURN.get()
            if turn is not None and turn.failed and not turn.answered:
                # the failure came after the last action (nothing was predicted): still say so
                await render_response(self, TRY_AGAIN_RESPONSE, None, message.output_channel,
                                      metadata_language(message.metadata))
                if isinstance(message.output_channel, CollectingOutputChannel):
                    result = message.output_channel.messages
            return result
        finally:
            _TURN.reset(token)

    async def _answer_without_turn(self: MessageProcessor, message: Any, reason: str) -> Optional[List[Dict[str, Any]]]:
        tracker = await self.tracker_store.retrieve(message.sender_id)
        language = metadata_language(message.metadata)
        logger.info("message answered without a turn: %s", reason)
        await render_response(self, reason, tracker, message.output_channel, language)
        question = _pending_question(self, tracker)
        if question:
            await render_response(self, question, tracker, message.output_channel, language)
        if isinstance(message.output_channel, CollectingOutputChannel):
            return message.output_channel.messages
        return None

    async def _update_tracker_session(self: MessageProcessor, tracker, output_channel, metadata=None) -> None:
        turn = _TURN.get()
        if turn is not None and turn.start is None:
            turn.start = len(tracker.events)
        return await original_update_session(self, tracker, output_channel, metadata)

    async def _run_action(self: MessageProcessor, action, tracker, output_channel, nlg, prediction) -> bool:
        turn = _TURN.get()
        if turn is None:
            return await original_run_action(self, action, tracker, output_channel, nlg, prediction)
        if turn.failed is None:
            keep_going = await original_run_action(self, action, tracker, output_channel, nlg, prediction)
            if turn.failed is None or action.name() == ACTION_SESSION_START_NAME:
                return keep_going  # a failed session start is answered by the first action of the turn
        if not turn.answered:
            turn.answered = True
            logger.warning("custom action %s failed: the user is asked to try again; this turn is not stored",
                           turn.failed)
            await render_response(self, TRY_AGAIN_RESPONSE, tracker, output_channel, metadata_language(turn.metadata))
            _forget_turn(tracker, turn.start)
        return False

    MessageProcessor.handle_message = handle_message
    MessageProcessor._run_action = _run_action
    MessageProcessor._update_tracker_session = _update_tracker_session
