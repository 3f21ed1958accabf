"""A person when asked (issue 14, item 5): the handoff's decisions, pure Python.

No Rasa import, no I/O but reading the catalogues once (its words); tested in milliseconds
(tests/unit/test_handoff_decisions.py). The glue is actions/handoff.py (the action server)
and bot/channels/chatwoot_handoff.py (the Rasa server's webhook for Chatwoot and the widget's
poll endpoint).

- :func:`availability`: is someone there now, and if not, when (from the practice's
  weekly hours, bot/opening_hours.py), as the response to say and its values;
- :func:`paused_message`: what happens to a message typed while the conversation is
  with a person: always forwarded to the agent; with a red flag also escalated at once;
- :func:`read_webhook`: what a Chatwoot webhook means for us: an agent's reply to pass
  on, the conversation resolved (the assistant is back), or nothing;
- :func:`handoff_note`: the private note for the agent with the answers so far.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, List, Mapping, Optional

from bot.opening_hours import WeeklyHours, is_open, next_opening
from bot.practice_inbox.texts import per_language, words_in

# The form that pauses the assistant while a person has the conversation
# (domain/handoff.yml); the slot it never fills until the agent resolves.
FORM = "handoff_form"
DONE_SLOT = "handoff_over"
CONVERSATION_SLOT = "handoff_conversation"
RESUME_SLOT = "handoff_resume"
COUNT_SLOT = "handoff_messages"
RESOLVED_INTENT = "handoff_resolved"  # triggered by the webhook channel, never typed
POLL_PATH = "/webhooks/chatwoot/messages"  # the widget's poll endpoint (bot/channels/chatwoot_handoff.py)
RESUMABLE_LOOPS = ("triage_form", "safety_form")
#: "today at {time}", "tomorrow at {time}", "{day} at {time}" and the days, per language
#: (handoff_when in bot/catalogue/<code>.yml).
WHEN_WORDS: Dict[str, Dict[str, Any]] = per_language("handoff_when")


@dataclass(frozen=True)
class Availability:
    response: str  # utter_handoff_open | utter_handoff_closed | utter_handoff_hours_unknown
    values: Dict[str, str] = field(default_factory=dict)  # the response's {handoff_...} values
    open_now: Optional[bool] = None


def when_words(moment: datetime, now: datetime, language: str, words: Mapping[str, Any]) -> str:
    """'today at 14:00', 'tomorrow at 08:00', 'Monday at 08:00' in the person's language;
    ``words`` is the language's entry of :data:`WHEN_WORDS` (handoff_when in its catalogue)."""
    local_now = now.astimezone(moment.tzinfo) if moment.tzinfo else now
    days = (moment.date() - local_now.date()).days
    clock = moment.strftime("%H:%M")
    if days == 0:
        return words["today"].format(time=clock)
    if days == 1:
        return words["tomorrow"].format(time=clock)
    return words["weekday"].format(day=words["days"][moment.weekday()], time=clock)


def availability(
    hours: Optional[WeeklyHours], now: datetime, language: str,
    words: Optional[Mapping[str, Mapping[str, Any]]] = None,
) -> Availability:
    """Someone is there now (``utter_handoff_open``), or when they will answer
    (``utter_handoff_closed`` with ``handoff_next_open``); without structured hours,
    ``utter_handoff_hours_unknown`` (it names the practice's hours text). ``words``:
    {code: when words}, by default :data:`WHEN_WORDS` (the catalogues)."""
    if hours is None:
        return Availability("utter_handoff_hours_unknown")
    if is_open(hours, now):
        return Availability("utter_handoff_open", open_now=True)
    moment = next_opening(hours, now)
    if moment is None:  # parse_weekly refuses a week without hours; kept safe anyway
        return Availability("utter_handoff_hours_unknown", open_now=False)
    words = WHEN_WORDS if words is None else words
    language_words = words.get(language) or next(iter(words.values()))
    return Availability(
        "utter_handoff_closed", {"handoff_next_open": when_words(moment, now, language, language_words)}, False
    )


@dataclass(frozen=True)
class PausedDecision:
    forward: bool  # to the agent, as the person's incoming message
    red_flags: Dict[str, Any]  # non-empty: escalate at once (the assistant's emergency/urgent advice)

    @property
    def escalate(self) -> bool:
        return bool(self.red_flags)


def paused_message(text: str, find_red_flags: Any) -> PausedDecision:
    """A message typed while a person has the conversation: forwarded unless empty; a red
    flag in it (``find_red_flags``, bot.reading.redflags.find_red_flags) is escalated at once too."""
    text = text if isinstance(text, str) else ""
    flags = dict(find_red_flags(text)) if text.strip() else {}
    return PausedDecision(forward=bool(text.strip()), red_flags=flags)


def resume_step(resume_loop: Optional[str], triage_level: Optional[str]) -> str:
    """What the assistant does when it is back: the emergency questions go on where they
    were; with no result yet, action_triage continues the check where it was (or offers
    to start it: the introduction and the consent question); else it offers more help."""
    if resume_loop == "safety_form":
        return resume_loop
    if not triage_level:
        return "action_triage"
    return "utter_anything_else"


# --- Chatwoot's webhooks -----------------------------------------------------------------


@dataclass(frozen=True)
class WebhookEvent:
    kind: str  # "agent_reply", "resolved" or "ignored"
    conversation_id: Optional[int] = None
    text: str = ""
    message_id: Optional[int] = None
    why: str = ""  # for "ignored": a short reason, for the logs (no content)


def _int(value: Any) -> Optional[int]:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def _is_outgoing(message_type: Any) -> bool:
    # the webhook sends "outgoing"; a message object inside a conversation carries 1
    return message_type == "outgoing" or message_type == 1


def read_webhook(
    payload: Any, account_id: Optional[int] = None, inbox_id: Optional[int] = None
) -> WebhookEvent:
    """What a Chatwoot webhook (account or inbox webhook, or an API inbox's callback) means.

    ``message_created`` with ``message_type: outgoing``, not private, with text: an
    agent's reply (private notes, the person's own forwarded messages and the bot's
    notes are ignored). ``conversation_status_changed`` with ``status: resolved``, or
    ``conversation_resolved``: the assistant is back. Anything else, or another
    account or inbox than ours (when given): ignored."""
    if not isinstance(payload, dict):
        return WebhookEvent("ignored", why="not a JSON object")
    event = payload.get("event")
    if account_id is not None:
        account = _int((payload.get("account") or {}).get("id")) if isinstance(payload.get("account"), dict) else None
        if account is not None and account != account_id:
            return WebhookEvent("ignored", why="another account")
    if event == "message_created":
        conversation = payload.get("conversation") if isinstance(payload.get("conversation"), dict) else {}
        inbox = _int((payload.get("inbox") or {}).get("id")) if isinstance(payload.get("inbox"), dict) else None
        inbox = inbox if inbox is not None else _int(conversation.get("inbox_id"))
        if inbox_id is not None and inbox is not None and inbox != inbox_id:
            return WebhookEvent("ignored", why="another inbox")
        conversation_id = _int(conversation.get("id")) or _int(conversation.get("display_id"))
        if conversation_id is None:
            return WebhookEvent("ignored", why="no conversation id")
        if payload.get("private") is True:
            return WebhookEvent("ignored", conversation_id, why="private note")
        if not _is_outgoing(payload.get("message_type")):
            return WebhookEvent("ignored", conversation_id, why="not outgoing")
        content = payload.get("content")
        if not isinstance(content, str) or not content.strip():
            return WebhookEvent("ignored", conversation_id, why="no text")
        return WebhookEvent("agent_reply", conversation_id, content.strip(), _int(payload.get("id")))
    if event in ("conversation_status_changed", "conversation_resolved"):
        inbox = _int(payload.get("inbox_id"))
        if inbox_id is not None and inbox is not None and inbox != inbox_id:
            return WebhookEvent("ignored", why="another inbox")
        conversation_id = _int(payload.get("id")) or _int(payload.get("display_id"))
        if conversation_id is None:
            return WebhookEvent("ignored", why="no conversation id")
        if event == "conversation_resolved" or payload.get("status") == "resolved":
            return WebhookEvent("resolved", conversation_id)
        return WebhookEvent("ignored", conversation_id, why=f"status {payload.get('status')}")
    return WebhookEvent("ignored", why=f"event {str(event)[:40]}")


# --- the note for the agent ---------------------------------------------------------------

#: The note's words per language (handoff_note in bot/catalogue/<code>.yml).
NOTE_WORDS: Dict[str, Dict[str, str]] = per_language("handoff_note")


def _note_words(language: Optional[str]) -> Dict[str, str]:
    return words_in(NOTE_WORDS, language)


def handoff_note(
    reference: str, answer_lines: List[str], level: Optional[str], language: Optional[str], channel: Optional[str]
) -> str:
    """The private note: who asked, the channel and language, the advice and answers so far
    (``answer_lines``: bot.practice_inbox.chatwoot.answer_lines, the summary's words)."""
    words = _note_words(language)
    return "\n".join([
        words["title"].format(reference=reference),
        "",
        f"{words['channel']}: {channel or '-'}",
        f"{words['language']}: {language or '-'}",
        f"{words['level']}: {level or words['none']}",
        "",
        f"{words['answers']}:",
        *(answer_lines or [words["no_answers"]]),
    ])


def escalation_note(level: str, language: Optional[str]) -> str:
    return _note_words(language)["escalated"].format(level=level)


def left_note(language: Optional[str]) -> str:
    """For the agent when the person deleted their data while paused."""
    return _note_words(language)["left"]


def fixed_now(text: Optional[str]) -> Optional[datetime]:
    """The clock for tests (HANDOFF_CLOCK_FILE's content): an ISO date-time with its offset;
    None when empty or not such a time."""
    if not text or not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None and moment.utcoffset() is not None else None


__all__ = [
    "Availability", "PausedDecision", "WebhookEvent", "availability", "paused_message", "read_webhook",
    "handoff_note", "escalation_note", "resume_step", "when_words", "fixed_now",
]
