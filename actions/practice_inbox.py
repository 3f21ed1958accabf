"""Sending the check to the practice (issue 14): thin glue around bot.practice_inbox.

The decisions are bot/practice_inbox/flow.py; the texts domain/responses_practice_inbox.yml.
With Chatwoot configured (CHATWOOT_* in the action server's environment), a result is
followed by the offer (action_triage calls :func:`offer_after_result`); the consent
starts ``share_form`` (an optional name, phone or e-mail), then ``action_share_answers``
puts the summary in the outbox, tries Chatwoot once at once and tells the person their
reference -- or, when the practice's inbox cannot be reached, that it will be sent as
soon as possible and the practice's phone. The outbox's background loop
(bot.practice_inbox.outbox.keep_delivering) delivers the rest; it starts with the
action server (a Sanic listener of rasa_sdk's app), or at first use outside it.

With ``PRACTICE_FHIR_BASE_URL`` set, the shared check's FHIR QuestionnaireResponse is also
kept (bot/practice_inbox/fhir_store.py, until the retention purge) for the Rasa server's
token-protected endpoint (bot/channels/practice_fhir.py), and the note and the e-mail
name its URL.

At start-up one line each says whether Chatwoot, the e-mail notice and the FHIR
summaries are on, and why not.
"""
from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Dict, List, Optional, Set

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import answers_of, latest_intent, latest_text
from bot.clinical.rules import red_flag_triage
from bot.clinical.safety import merge_answers, result_for
from bot.practice import current_practice
from bot.practice_inbox import flow
from bot.practice_inbox.chatwoot import ChatwootSender
from bot.practice_inbox.config import ChatwootSettings, read_chatwoot, read_fhir_base_url, read_smtp
from bot.practice_inbox.fhir import FhirSummaryError, questionnaire_response
from bot.practice_inbox.fhir_store import FhirStore
from bot.practice_inbox.mail import MailSender, notice_fields, where_to_read
from bot.practice_inbox.outbox import Outbox, keep_delivering, new_reference
from bot.reading.answers import CLINICAL_SLOTS
from bot.reading.redflags import find_red_flags

log = logging.getLogger(__name__)

FORM = "share_form"
# The first attempt happens while the person waits: a short timeout, then the outbox retries.
FIRST_ATTEMPT_SECONDS = float(os.environ.get("PRACTICE_INBOX_FIRST_ATTEMPT_SECONDS", "8"))
POLL_SECONDS = float(os.environ.get("PRACTICE_OUTBOX_POLL_SECONDS", "30"))
FIRST_RETRY_SECONDS = float(os.environ.get("PRACTICE_OUTBOX_FIRST_RETRY_SECONDS", "30"))
# Messages that leave the callback questions (the rules answer them).
INTERRUPTIONS = {"report_red_flag", "delete_data", "start_over"}


@dataclass
class Inbox:
    chatwoot: Optional[ChatwootSettings] = None
    outbox: Optional[Outbox] = None
    senders: List[Any] = field(default_factory=list)
    fhir: Optional[FhirStore] = None  # kept QuestionnaireResponses, when PRACTICE_FHIR_BASE_URL is set
    fhir_base: Optional[str] = None
    stop: Optional[asyncio.Event] = None
    loop_task: Optional[asyncio.Task] = None
    tasks: Set[asyncio.Task] = field(default_factory=set)

    @property
    def on(self) -> bool:
        return self.chatwoot is not None and self.outbox is not None


@lru_cache(maxsize=1)
def inbox() -> Inbox:
    """The settings, the outbox and its senders, read once; says at start-up what is off."""
    chatwoot, reason = read_chatwoot()
    smtp, smtp_reason = read_smtp()
    fhir_base, fhir_reason = read_fhir_base_url()
    (log.info if chatwoot else log.warning)(reason)
    if chatwoot is None:
        if smtp is not None:
            log.warning("Practice e-mail notice off: it points to the Chatwoot inbox, which is off")
        if fhir_base is not None:
            log.warning("Practice FHIR summaries off: nothing is shared while the Chatwoot inbox is off")
        return Inbox()
    (log.info if smtp else log.warning)(smtp_reason)
    outbox = Outbox(first_retry=FIRST_RETRY_SECONDS)
    fhir = FhirStore(outbox.path) if fhir_base else None
    log.info("%s%s", fhir_reason, f" (file {outbox.path})" if fhir else "")
    senders: List[Any] = [ChatwootSender(chatwoot, fhir_base=fhir_base)]
    if smtp is not None:
        senders.append(MailSender(smtp, current_practice().email, where_to_read(chatwoot), fhir_base=fhir_base))
    return Inbox(chatwoot=chatwoot, outbox=outbox, senders=senders, fhir=fhir, fhir_base=fhir_base)


def start_delivering() -> None:
    """The outbox's background loop, once per process, in the running event loop."""
    box = inbox()
    if not box.on or (box.loop_task is not None and not box.loop_task.done()):
        return
    box.stop = asyncio.Event()
    box.loop_task = asyncio.get_running_loop().create_task(
        keep_delivering(box.outbox, box.senders, box.stop, poll_seconds=POLL_SECONDS)
    )
    log.info("Practice inbox: delivering from the outbox every %.0f s", POLL_SECONDS)


async def _after_server_start(app: Any, loop: Any) -> None:
    start_delivering()


async def _before_server_stop(app: Any, loop: Any) -> None:
    box = inbox()
    if box.stop is not None:
        box.stop.set()
    if box.loop_task is not None:
        box.loop_task.cancel()  # a delivery half-way keeps its progress in the outbox
        await asyncio.gather(box.loop_task, return_exceptions=True)


def _attach_to_action_server() -> None:
    """rasa_sdk creates its Sanic app before importing the actions: start the loop with it."""
    try:
        from sanic import Sanic

        app = Sanic.get_app("rasa_sdk")
    except Exception:  # not in the action server (tests): started at first use
        return
    app.register_listener(_after_server_start, "after_server_start")
    app.register_listener(_before_server_stop, "before_server_stop")


inbox()
_attach_to_action_server()


# --- the offer ------------------------------------------------------------------------

def offer_after_result(dispatcher: CollectingDispatcher, level: Optional[str], followup: bool) -> List[EventType]:
    """After a result: the offer, or after an emergency the wait until safe (action_triage)."""
    response, step = flow.after_result(inbox().on, level, followup)
    if response is None:
        return []
    dispatcher.utter_message(response=response)
    return [SlotSet("share_step", step)]


class ActionOfferShare(Action):
    """"I am safe now", or "send my answers" with no offer waiting."""

    def name(self) -> str:
        return "action_offer_share"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        step = tracker.get_slot("share_step")
        response, new_step = flow.on_request(
            inbox().on, tracker.get_slot("triage_level"), step, says_safe=latest_intent(tracker) == "say_safe"
        )
        dispatcher.utter_message(response=response)
        return [SlotSet("share_step", new_step)] if new_step != step else []


class ActionShareDeclined(Action):
    """"No" to the offer. Then the assistant listens: the rule "no to the offer" in
    data/rules/practice_inbox.yml names the ``share_step: declined`` this action sets (without
    it, the policies predicted ``utter_default``, "Sorry, I didn't understand", until Rasa's
    circuit breaker stopped them; found end to end)."""

    def name(self) -> str:
        return "action_share_declined"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        dispatcher.utter_message(response="utter_share_declined")
        return [SlotSet("share_step", flow.DECLINED), *_forget_callback()]


# --- the callback details -------------------------------------------------------------

def _forget_callback() -> List[EventType]:
    return [SlotSet(slot, None) for slot in (*flow.CALLBACK_SLOTS, flow.RETRY_SLOT)]


class ValidateShareForm(Action):
    """Hands each reply to bot.practice_inbox.flow.read_callback and applies it."""

    def name(self) -> str:
        return f"validate_{FORM}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        requested = tracker.get_slot("requested_slot")
        if requested not in flow.CALLBACK_SLOTS:  # the form starts: the name first
            return [SlotSet("requested_slot", flow.NAME_SLOT)]
        text = latest_text(tracker)
        intent = latest_intent(tracker)
        if intent in INTERRUPTIONS or (intent == "ask_question" and "?" in text):
            return []  # the rules answer it (a red flag stops the questions: action_share_stop)
        reply = flow.read_callback(
            requested, text, bool(tracker.get_slot(flow.RETRY_SLOT)), current_practice().country
        )
        for response in reply.say:
            dispatcher.utter_message(response=response)
        return [SlotSet(slot, value) for slot, value in reply.changes.items()] + [
            SlotSet("requested_slot", reply.next_slot)
        ]


class ActionShareStop(Action):
    """A red flag during the callback questions: they stop, nothing is sent, the flag
    is kept (action_triage then gives the new result)."""

    def name(self) -> str:
        return "action_share_stop"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        flags = merge_answers(answers_of(tracker), find_red_flags(latest_text(tracker)))
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("share_step", None),
            *_forget_callback(),
            *[SlotSet(slot, value) for slot, value in flags.items()],
        ]


# --- sending ----------------------------------------------------------------------------

def summary_of(tracker: Tracker, reference: str) -> Dict[str, Any]:
    answers = {slot: tracker.get_slot(slot) for slot in CLINICAL_SLOTS}
    level, condition = tracker.get_slot("triage_level"), tracker.get_slot("triage_condition")
    result = result_for(answers_of(tracker), int(tracker.get_slot("duration_attempts") or 0)) or red_flag_triage(
        answers
    )
    rule = result.rule if result and (result.level, result.condition) == (level, condition) else None
    return flow.build_summary(
        reference=reference,
        answers=answers,
        level=level,
        condition=condition,
        rule=rule,
        language=tracker.get_slot("language"),
        channel=tracker.get_latest_input_channel(),
        callback=flow.callback_of(tracker.get_slot(flow.NAME_SLOT), tracker.get_slot(flow.CONTACT_SLOT)),
    )


def keep_fhir(summary: Dict[str, Any]) -> bool:
    """The check as a QuestionnaireResponse for the FHIR endpoint, when it is on; True when kept.
    A failure is logged by its kind only (its words could name an answer) and sends on."""
    box = inbox()
    if box.fhir is None:
        return False
    try:
        return box.fhir.keep(questionnaire_response(summary))
    except (FhirSummaryError, sqlite3.Error, ValueError) as error:
        log.warning("practice FHIR: QuestionnaireResponse not kept: %s", type(error).__name__)
        return False


async def send(summary: Dict[str, Any]) -> bool:
    """Into the outbox, then one attempt at Chatwoot now; True when delivered."""
    box = inbox()
    start_delivering()  # outside the action server's listener (tests), at first use
    reference = summary["reference"]
    keep_fhir(summary)  # before the note names its URL
    box.outbox.add("chatwoot", reference, summary)
    mail = [s for s in box.senders if s.destination == "mail"]
    if mail:
        box.outbox.add("mail", reference, notice_fields(summary))  # the notice holds no health data
    chatwoot = ChatwootSender(box.chatwoot, timeout=FIRST_ATTEMPT_SECONDS, fhir_base=box.fhir_base)
    try:
        await asyncio.wait_for(box.outbox.deliver_pending(chatwoot), FIRST_ATTEMPT_SECONDS + 2)
    except Exception as error:  # kept in the outbox: the background loop tries again
        log.warning("practice inbox: first attempt failed: %s", type(error).__name__)
    if mail:  # the notice does not keep the person waiting
        task = asyncio.get_running_loop().create_task(box.outbox.deliver_pending(mail[0]))
        box.tasks.add(task)
        task.add_done_callback(box.tasks.discard)
    return not any(p.reference == reference for p in box.outbox.pending("chatwoot"))


class ActionShareAnswers(Action):
    """With consent and the callback details given or skipped: send, and say how it went."""

    def name(self) -> str:
        return "action_share_answers"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[EventType]:
        if not inbox().on or tracker.get_slot("share_step") != flow.OFFERED or not tracker.get_slot("triage_level"):
            dispatcher.utter_message(response="utter_anything_else")
            return _forget_callback()
        reference = new_reference()
        delivered = await send(summary_of(tracker, reference))
        dispatcher.utter_message(
            response="utter_share_sent" if delivered else "utter_share_delayed", share_reference=reference
        )
        # the callback details now live in the outbox until delivered, not in the conversation's slots
        return [SlotSet("share_step", flow.SENT), SlotSet("share_reference", reference), *_forget_callback()]
