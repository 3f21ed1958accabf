"""A patient on WhatsApp for end-to-end tests: signed webhook POSTs to the real Rasa
server (tests/support/whatsapp_webhook.py) and the bot's answers read from the fake
Graph API (tests/support/fake_graph.py). Used by tests/e2e/test_whatsapp_e2e.py and
tests/e2e/test_practice_inbox.py (the check shared with the practice over WhatsApp).

    patient = WhatsAppPatient(assistant, graph, "32470123456", "en", app_secret="...")
    patient.run_check("Hello, my low back hurts")
    patient.tap("Send my answers")
"""

from __future__ import annotations

import time
from typing import Any, Dict, List, Optional

from tests.support import whatsapp_webhook as wh
from tests.support.conversation import BUTTON_TITLES, NO_BY_DEFAULT
from tests.support.fake_graph import FakeGraph, options, visible_text

TURN_TIMEOUT = 90.0


def webhook(assistant) -> str:
    return f"{assistant.url}/webhooks/whatsapp/webhook"


def message_id_of(payload: Dict[str, Any]) -> str:
    return payload["entry"][0]["changes"][0]["value"]["messages"][0]["id"]


def wait_for_turn(assistant, wa_id: str, message_id: str, timeout: float = TURN_TIMEOUT) -> None:
    """Waits until the tracker holds the message and the bot listens again."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        events = assistant.tracker(wa_id).get("events") or []
        users = [i for i, e in enumerate(events) if e.get("event") == "user" and e.get("message_id") == message_id]
        if users and any(
            e.get("event") == "action" and e.get("name") == "action_listen" for e in events[users[-1] + 1:]
        ):
            return
        time.sleep(0.2)
    raise AssertionError(f"message {message_id} not handled after {timeout} s")


class WhatsAppPatient:
    """A patient on WhatsApp: posts signed webhooks and reads FakeGraph.

    ``app_secret`` signs the webhooks (the channel's WHATSAPP_APP_SECRET); a subclass
    may set it as a class attribute instead."""

    app_secret: str = ""

    def __init__(self, assistant, graph: FakeGraph, wa_id: str, language: str,
                 answers: Optional[Dict[str, object]] = None, texts: Optional[Dict[str, str]] = None,
                 app_secret: Optional[str] = None) -> None:
        self.assistant, self.graph, self.wa_id, self.language = assistant, graph, wa_id, language
        self.answers, self.texts = answers or {}, texts or {}
        self.app_secret = app_secret or self.app_secret
        assert self.app_secret, "WhatsAppPatient needs the channel's app secret"
        self.last: List[Dict[str, Any]] = []
        self.transcript: List[str] = []

    def post(self, payload: Dict[str, Any]) -> List[Dict[str, Any]]:
        """Sends one webhook and waits until Rasa has handled it; returns the new messages."""
        before = len(self.graph.to(self.wa_id))
        status, answer = wh.signed_post(webhook(self.assistant), self.app_secret, payload)
        assert status == 200, answer
        wait_for_turn(self.assistant, self.wa_id, message_id_of(payload))
        self.last = self.graph.to(self.wa_id)[before:]
        for body in self.last:
            shown = [o.get("title") for o in options(body)]
            self.transcript.append(f" bot: {visible_text(body)} {shown if shown else ''}")
        return self.last

    def say(self, text: str) -> List[Dict[str, Any]]:
        self.transcript.append(f"user: {text}")
        return self.post(wh.text_message(self.wa_id, text))

    def tap(self, title: str) -> List[Dict[str, Any]]:
        """Taps the option whose (full) title is ``title`` in the last interactive message."""
        for body in reversed(self.last):
            if body.get("type") != "interactive":
                continue
            kind = body["interactive"]["type"]
            rows = (body["interactive"]["action"].get("sections") or [{}])[0].get("rows", [])
            described = {row["id"]: row.get("description") or row["title"] for row in rows}
            for option in options(body):
                if title in (option["title"], described.get(option["id"])):
                    self.transcript.append(f"user: [{option['title']}] -> {option['id']}")
                    if kind == "button":
                        return self.post(wh.button_reply(self.wa_id, option["id"], option["title"]))
                    return self.post(wh.list_reply(self.wa_id, option["id"], option["title"]))
        raise AssertionError(f"no option {title!r} on WhatsApp\n{self.show()}")

    def slots(self) -> Dict[str, Any]:
        return self.assistant.slots(self.wa_id)

    def answer(self, slot: str) -> List[Dict[str, Any]]:
        if slot in self.texts:
            return self.say(self.texts[slot])
        value = self.answers.get(slot, NO_BY_DEFAULT.get(slot, False))
        titles = BUTTON_TITLES[self.language]
        return self.tap(titles.get(slot, titles["yes_no"])[value])

    def run_check(self, first: str, max_turns: int = 30) -> Dict[str, Any]:
        """From the first message to the result; returns the slots at the end."""
        self.say(first)
        for _ in range(max_turns):
            slots = self.slots()
            if slots.get("triage_level"):
                return slots
            if not slots.get("requested_slot"):
                raise AssertionError(f"no question pending and no result\n{self.show()}")
            self.answer(slots["requested_slot"])
        raise AssertionError(f"no result after {max_turns} turns\n{self.show()}")

    def show(self) -> str:
        return "\n".join(self.transcript)
