"""The practice's replies from Chatwoot back to the person (issue 14, item 5, the handoff).

A Rasa input channel named ``chatwoot`` (credentials.yml key
``bot.channels.chatwoot_handoff.ChatwootHandoffInput``), so its routes are under
``/webhooks/chatwoot/``:

- ``POST /webhooks/chatwoot/webhook?token=<CHATWOOT_WEBHOOK_TOKEN>``: Chatwoot's webhook
  (an account webhook, an inbox webhook, or the API inbox's own webhook URL), events
  ``message_created`` and ``conversation_status_changed`` (``conversation_resolved`` too).
  Chatwoot signs nothing and sends no header of ours, so the shared secret is in the
  URL; it is compared in constant time and never logged. Wrong or missing: 401; no
  token configured (or shorter than 24 characters): 503. What the payload means is
  decided by bot.practice_inbox.handoff.read_webhook:

  * an agent's reply (``message_type: outgoing``, not private) in a conversation the
    handoff store knows and that is still open: on WhatsApp sent at once to the
    person's number through bot/channels/whatsapp_outbound.py; on the website kept in
    the store for the widget's poll (below). A message id seen before is passed on once.
  * resolved: the store marks it resolved, then the intent ``handoff_resolved`` is
    triggered in the person's conversation (under the conversation's lock, as Rasa's
    own trigger_intent endpoint does): ``validate_handoff_form`` ends the pause and
    ``action_handoff_back`` says the assistant is back and goes on with the check. Its
    words go out on WhatsApp directly, and are kept for the widget's poll on the website.

  Everything else (private notes, the person's own forwarded messages, other events,
  unknown conversations) is answered 200 and ignored, so Chatwoot does not retry it.

- ``GET /webhooks/chatwoot/messages?sender=<id>&after=<n>``: what the widget has not
  shown yet, ``{"messages": [{"id": n, "text": ...}, ...], "handed_over": bool}``. The
  widget polls it only while handed over (the handoff's reply carries
  ``{"custom": {"handoff": {"state": "started", "poll": ...}}}``) and stops at
  ``{"handoff": {"state": "ended"}}``. It holds what the REST channel would have answered
  that sender, so it asks for what the REST channel asks: the sender id.

State is in the outbox's file (bot/practice_inbox/handoff_store.py, ``PRACTICE_OUTBOX_PATH``,
the same file as the action server's), never in this process: any replica can answer.
The limits of bot/channels/guarded.py apply (per address; the webhook with the right
token counts for no address: Chatwoot's one server carries every conversation).
"""
from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guarded import _Refusals, guard_blueprint
from bot.practice_inbox import handoff as decide
from bot.practice_inbox.config import _positive_int, _value
from bot.practice_inbox.fhir_store import token_matches  # the one constant-time token check
from bot.practice_inbox.handoff_store import HandoffStore

logger = logging.getLogger(__name__)

CHANNEL_NAME = "chatwoot"
TOKEN_KEY = "CHATWOOT_WEBHOOK_TOKEN"
SHORTEST_TOKEN = 24
WHATSAPP = "whatsapp"


def _clean(message: Dict[str, Any]) -> Dict[str, Any]:
    return {key: value for key, value in message.items() if key != "recipient_id" and value not in (None, [], {})}


class ChatwootHandoffInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    def __init__(
        self,
        token: Optional[str],
        account_id: Optional[int] = None,
        inbox_id: Optional[int] = None,
        store: Optional[HandoffStore] = None,
        whatsapp: Optional[OutputChannel] = None,
    ) -> None:
        self.token = token if token and len(token) >= SHORTEST_TOKEN and not any(c.isspace() for c in token) else None
        self.token_given = bool(token)
        self.account_id = account_id
        self.inbox_id = inbox_id
        self._store = store
        self._whatsapp = whatsapp
        self._refusals = _Refusals("chatwoot webhook")

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> ChatwootHandoffInput:
        import os

        credentials = credentials if isinstance(credentials, dict) else {}
        env = os.environ
        return cls(
            _value(TOKEN_KEY, credentials, env) or None,
            _positive_int(_value("CHATWOOT_ACCOUNT_ID", credentials, env)),
            _positive_int(_value("CHATWOOT_INBOX_ID", credentials, env)),
        )

    @property
    def store(self) -> HandoffStore:
        if self._store is None:
            self._store = HandoffStore()
        return self._store

    def whatsapp(self) -> Optional[OutputChannel]:
        if self._whatsapp is None:
            from bot.channels.whatsapp import WhatsAppInput

            channel = WhatsAppInput.from_credentials(None)
            self._whatsapp = channel.get_output_channel() if channel.configured else None
        return self._whatsapp

    # ------------------------------------------------------------------ what happens

    async def agent_reply(self, event: decide.WebhookEvent) -> str:
        handoff = self.store.find(event.conversation_id)
        if handoff is None or handoff.status != "open":
            return "not a handoff in progress"
        if event.message_id is not None and self.store.seen(event.message_id):
            return "passed on before"
        message = {"text": event.text, "custom": {"handoff": {"from": "practice"}}}
        if handoff.channel == WHATSAPP:
            output = self.whatsapp()
            if output is None:
                logger.warning("Chatwoot webhook: an agent's reply for WhatsApp, but WhatsApp is not configured")
                return "whatsapp off"
            # a marker row (the widget never polls a WhatsApp sender), then the message
            self.store.add_message(handoff.sender_id, {"sent": "whatsapp"}, event.message_id)
            await output.send_text_message(handoff.sender_id, event.text)
        else:
            self.store.add_message(handoff.sender_id, message, event.message_id)
        return "passed on"

    async def resolved(self, event: decide.WebhookEvent, app: Any) -> str:
        handoff = self.store.find(event.conversation_id)
        if handoff is None:
            return "not a handoff"
        if not self.store.resolve(event.conversation_id):
            return "resolved before"
        whatsapp = handoff.channel == WHATSAPP and self.whatsapp() is not None
        output: OutputChannel = self.whatsapp() if whatsapp else CollectingOutputChannel()  # type: ignore[assignment]
        agent = app.ctx.agent
        async with agent.lock_store.lock(handoff.sender_id):
            tracker = await agent.processor.fetch_tracker_and_update_session(handoff.sender_id, output)
            await agent.trigger_intent(decide.RESOLVED_INTENT, [], output, tracker)
        if not whatsapp:
            messages: List[Dict[str, Any]] = [_clean(m) for m in output.messages]  # type: ignore[attr-defined]
            if not any((m.get("custom") or {}).get("handoff", {}).get("state") == "ended" for m in messages):
                messages.append({"custom": {"handoff": {"state": "ended"}}})
            for message in messages:
                self.store.add_message(handoff.sender_id, message)
        return "back"

    # ------------------------------------------------------------------ routes

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        if self.token:
            logger.info("Chatwoot handoff webhook on: POST /webhooks/chatwoot/webhook?token=... (file %s)",
                        self.store.path)
        else:
            logger.warning(
                "Chatwoot handoff webhook off: %s %s (it answers 503; agents' replies cannot reach patients)",
                TOKEN_KEY, "is shorter than 24 characters or has spaces" if self.token_given else "not set")
        bp = Blueprint("chatwoot_handoff", __name__)

        @bp.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.token else "off"}, status=200 if self.token else 503)

        @bp.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if self.token is None:
                return response.json({"error": "the Chatwoot webhook is not configured"}, status=503)
            if not token_matches(request.args.get("token"), self.token):
                self._refusals.note("wrong or missing token")
                return response.json({"error": "unauthorized"}, status=401)
            try:
                payload = request.json
            except Exception:  # noqa: BLE001 - a body that is not JSON
                return response.json({"error": "not JSON"}, status=400)
            event = decide.read_webhook(payload, self.account_id, self.inbox_id)
            outcome = event.why
            if event.kind == "agent_reply":
                outcome = await self.agent_reply(event)
            elif event.kind == "resolved":
                outcome = await self.resolved(event, request.app)
            logger.debug("Chatwoot webhook: %s (%s)", event.kind, outcome)
            return response.json({"status": "ok", "result": event.kind})

        @bp.route("/messages", methods=["GET"])
        async def messages(request: Request) -> HTTPResponse:
            sender = (request.args.get("sender") or "").strip()
            after = request.args.get("after") or "0"
            if not sender or len(sender) > 200 or not after.isdigit():
                return response.json({"error": "sender and a numeric after are needed"}, status=400)
            kept = self.store.messages_after(sender, int(after))
            return response.json(
                {
                    "messages": [{"id": item["id"], **item["message"]} for item in kept],
                    "handed_over": self.store.handed_over(sender),
                },
                headers={"Cache-Control": "no-store"},
            )

        def signed(request: Request) -> bool:
            return request.method == "POST" and self.token is not None and token_matches(
                request.args.get("token"), self.token)

        guard_blueprint(bp, CHANNEL_NAME, lambda request: [], new_conversations=False, signed=signed)
        return bp
