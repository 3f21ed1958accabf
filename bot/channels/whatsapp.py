"""WhatsApp Business Cloud API (Meta Graph API) channel for Rasa 3.6.

The channel in five modules: this one, the inbound webhook (:class:`WhatsAppInput`);
``whatsapp_outbound`` (:class:`WhatsAppOutput`, sending); ``whatsapp_format`` (texts and
choices within the Cloud API's limits); ``whatsapp_dedup`` (each message once);
``whatsapp_common`` (names and helpers they share); ``whatsapp_texts`` (the notices).

Input: :class:`WhatsAppInput`, a Rasa input channel named ``whatsapp``, so its
webhook is ``/webhooks/whatsapp/webhook``:

- ``GET``  Meta's verification: answers ``hub.challenge`` (text/plain) only when
  ``hub.mode`` is ``subscribe`` and ``hub.verify_token`` matches, else 403.
- ``POST`` messages: the raw body must carry a valid ``X-Hub-Signature-256``
  (HMAC-SHA256 with the app secret), else 403 and the body is not even parsed.
  Messages at ``entry[].changes[].value.messages[]`` are deduplicated on their id
  (Meta redelivers), acknowledged with 200 at once and processed in background
  tasks, one user's messages in order. Text, reply-button, list and template
  quick-reply answers go to Rasa as text; other types (photo, voice, location...)
  get a short bilingual notice (:mod:`bot.channels.whatsapp_texts`) and nothing
  goes to Rasa. Status callbacks (``statuses[]``) are ignored.

Output: :class:`WhatsAppOutput` sends through
``POST {api_base_url}/{api_version}/{phone_number_id}/messages``: texts, up to 3
reply buttons as an interactive ``button`` message, more as an interactive
``list``, buttons with a ``url`` as plain-text links, no custom JSON (the triage
payload is for machines). A reply button title may have 20 characters: when one
is longer, the choices go in a list instead (row title up to 24 characters, the
full title as the row's description), so that no answer is cut to something
ambiguous ("Yes, and getting…" / "Yes, but not gettin…").

The 24-hour rule: WhatsApp allows free-form (non-template) messages only within
24 hours of the user's last message. This channel only ever answers incoming
messages, right away, so it always is inside that window. Anything that would
message users later (reminders, ``/conversations/{id}/execute`` through this
channel's output) must use approved templates instead, which this channel does
not send.

Configuration (``credentials.yml`` key ``bot.channels.whatsapp.WhatsAppInput``):
``verify_token``, ``app_secret``, ``access_token``, ``phone_number_id``,
``api_base_url`` (default ``https://graph.facebook.com``), ``api_version``
(default ``v20.0``), each falling back to the environment variables in
:data:`ENV_VARS`. Without the first four the webhook answers 503 and the rest of
Rasa works as usual.

Privacy: logs at INFO and above contain no message text and no phone number; a
user appears as a short keyed hash of their WhatsApp id (random key per process).

Deduplication and ordering are per process: with several Rasa processes behind
one webhook URL, a redelivery can reach another process (Rasa's lock store still
serialises a conversation's turns).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import os
import time
import traceback
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Dict, Iterator, List, Optional, Tuple

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import whatsapp_texts as texts
from bot.channels.whatsapp_common import (
    CHANNEL_NAME,
    DEFAULT_API_BASE_URL,
    DEFAULT_API_VERSION,
    as_dict,
    as_list,
    user_ref,
)
from bot.channels.whatsapp_dedup import SEEN_IDS_MAX, SeenIds
from bot.channels.whatsapp_outbound import WhatsAppOutput

logger = logging.getLogger(__name__)


#: credentials.yml key -> environment variable used when the key is empty.
ENV_VARS = {
    "verify_token": "WHATSAPP_VERIFY_TOKEN",
    "app_secret": "WHATSAPP_APP_SECRET",
    "access_token": "WHATSAPP_ACCESS_TOKEN",
    "phone_number_id": "WHATSAPP_PHONE_NUMBER_ID",
    "api_base_url": "WHATSAPP_API_BASE_URL",
    "api_version": "WHATSAPP_API_VERSION",
}
REQUIRED = ("verify_token", "app_secret", "access_token", "phone_number_id")

UNSUPPORTED_NOTICE_INTERVAL_SECONDS = 30.0

# Message types that carry nothing to answer (no notice, nothing to Rasa).
_SILENT_TYPES = frozenset({"system", "request_welcome", "ephemeral"})


def _safe_equal(given: Any, expected: str) -> bool:
    if not isinstance(given, str) or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def signature_is_valid(body: bytes, header: Optional[str], app_secret: str) -> bool:
    """Whether ``X-Hub-Signature-256`` is ``sha256=`` + HMAC-SHA256(app secret, body)."""
    if not header or not app_secret:
        return False
    scheme, _, given = header.strip().partition("=")
    if scheme.lower() != "sha256" or not given:
        return False
    expected = hmac.new(app_secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return _safe_equal(given.strip().lower(), expected)


# --------------------------------------------------------------------------- input


def extract_user_text(message: Dict[str, Any]) -> Tuple[str, Optional[str]]:
    """What a webhook message means for the assistant.

    Returns ``("text", text)`` for what goes to Rasa (typed text, a reply button's
    or list row's id, a template quick reply's payload), ``("unsupported", type)``
    for what gets the bilingual notice, and ``("ignore", None)`` for what needs
    no answer (system notices, a removed reaction).
    """
    kind = message.get("type")
    if kind == "text":
        body = as_dict(message.get("text")).get("body")
        if isinstance(body, str):
            return "text", body
    elif kind == "interactive":
        interactive = as_dict(message.get("interactive"))
        reply = as_dict(interactive.get(interactive.get("type")))
        if interactive.get("type") in ("button_reply", "list_reply"):
            value = reply.get("id") or reply.get("title")
            if isinstance(value, str) and value:
                return "text", value
    elif kind == "button":
        button = as_dict(message.get("button"))
        value = button.get("payload") or button.get("text")
        if isinstance(value, str) and value:
            return "text", value
    elif kind in _SILENT_TYPES:
        return "ignore", None
    elif kind == "reaction" and not as_dict(message.get("reaction")).get("emoji"):
        return "ignore", None
    return "unsupported", str(kind or "unknown")


class WhatsAppInput(InputChannel):
    """Receives WhatsApp Cloud API webhooks (see the module docstring)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    def __init__(
        self,
        verify_token: Optional[str] = None,
        app_secret: Optional[str] = None,
        access_token: Optional[str] = None,
        phone_number_id: Optional[str] = None,
        api_base_url: str = DEFAULT_API_BASE_URL,
        api_version: str = DEFAULT_API_VERSION,
        seen_ids: Optional[SeenIds] = None,
    ) -> None:
        self.verify_token = verify_token or ""
        self.app_secret = app_secret or ""
        self.access_token = access_token or ""
        self.phone_number_id = str(phone_number_id or "")
        self.api_base_url = (api_base_url or DEFAULT_API_BASE_URL).rstrip("/")
        self.api_version = (api_version or DEFAULT_API_VERSION).strip("/")
        self.seen_ids = seen_ids or SeenIds()
        self.output = WhatsAppOutput(
            access_token=self.access_token,
            phone_number_id=self.phone_number_id,
            api_base_url=self.api_base_url,
            api_version=self.api_version,
        )
        self._tasks: set[asyncio.Task] = set()
        self._last_task: Dict[str, asyncio.Task] = {}
        self._notified: OrderedDict[str, float] = OrderedDict()

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[str, Any]]) -> WhatsAppInput:
        credentials = credentials if isinstance(credentials, dict) else {}

        def value(key: str) -> str:
            given = credentials.get(key)
            if given is None or str(given).strip() == "":
                given = os.environ.get(ENV_VARS[key], "")
            return str(given).strip()

        return cls(
            verify_token=value("verify_token"),
            app_secret=value("app_secret"),
            access_token=value("access_token"),
            phone_number_id=value("phone_number_id"),
            api_base_url=value("api_base_url") or DEFAULT_API_BASE_URL,
            api_version=value("api_version") or DEFAULT_API_VERSION,
        )

    @property
    def missing(self) -> List[str]:
        """Environment variable names of the required settings that are empty."""
        return [ENV_VARS[key] for key in REQUIRED if not getattr(self, key)]

    @property
    def configured(self) -> bool:
        return not self.missing

    def get_output_channel(self) -> WhatsAppOutput:
        return self.output

    def get_metadata(self, request: Request) -> Dict[str, Any]:
        return {"channel": CHANNEL_NAME}

    # ----------------------------------------------------------------- routes

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        if not self.configured:
            logger.warning(
                "WhatsApp channel not configured (missing %s): "
                "/webhooks/whatsapp/webhook answers 503.",
                ", ".join(self.missing),
            )
        whatsapp_webhook = Blueprint("whatsapp_webhook", __name__)

        @whatsapp_webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            if not self.configured:
                return self._not_configured()
            return response.json({"status": "ok"})

        @whatsapp_webhook.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            if not self.configured:
                return self._not_configured()
            mode = request.args.get("hub.mode")
            token = request.args.get("hub.verify_token")
            challenge = request.args.get("hub.challenge")
            if mode == "subscribe" and challenge and _safe_equal(token, self.verify_token):
                logger.info("WhatsApp webhook verified by Meta.")
                return response.text(challenge)
            logger.warning("WhatsApp webhook verification refused (bad mode or token).")
            return response.json({"error": "verification failed"}, status=403)

        @whatsapp_webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.configured:
                return self._not_configured()
            body = request.body or b""
            header = request.headers.get("X-Hub-Signature-256")
            if not signature_is_valid(body, header, self.app_secret):
                logger.warning(
                    "WhatsApp webhook: refused a POST with a %s signature.",
                    "missing" if not header else "bad",
                )
                return response.json({"error": "invalid signature"}, status=403)
            try:
                payload = json.loads(body)
            except ValueError:
                logger.warning("WhatsApp webhook: signed body is not JSON.")
                return response.json({"error": "body is not JSON"}, status=400)
            self.handle_payload(payload, on_new_message)
            return response.json({"status": "ok"})

        @whatsapp_webhook.listener("before_server_stop")
        async def finish_work(app: Any, loop: Any) -> None:
            await self.wait_idle(timeout=10.0)  # answer what was already acknowledged

        @whatsapp_webhook.listener("after_server_stop")
        async def close_output(app: Any, loop: Any) -> None:
            await self.output.close()

        from bot.channels.guarded import guard_whatsapp  # rate and size limits (issue 15)

        guard_whatsapp(whatsapp_webhook, self)
        return whatsapp_webhook

    @staticmethod
    def _not_configured() -> HTTPResponse:
        return response.json(
            {"error": "WhatsApp channel not configured"}, status=503
        )

    # ------------------------------------------------------------- processing

    def handle_payload(
        self,
        payload: Any,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> int:
        """Schedules the new messages of a verified webhook body; returns how many."""
        scheduled = 0
        for message in self._messages(payload):
            sender = message.get("from")
            if not isinstance(sender, str) or not sender:
                continue
            message_id = message.get("id")
            if isinstance(message_id, str) and message_id:
                if not self.seen_ids.first_time(message_id):
                    logger.debug("WhatsApp: redelivered message ignored (%s).", user_ref(sender))
                    continue
            else:
                message_id = None
            what, value = extract_user_text(message)
            if what == "text":
                self._spawn(sender, self._to_rasa(sender, value or "", message_id, on_new_message))
            elif what == "unsupported":
                logger.info(
                    "WhatsApp: '%s' message from %s cannot be read; notice sent.",
                    value,
                    user_ref(sender),
                )
                self._spawn(sender, self._send_notice(sender, value or ""))
            else:
                continue
            scheduled += 1
        return scheduled

    def _messages(self, payload: Any) -> Iterator[Dict[str, Any]]:
        for entry in as_list(as_dict(payload).get("entry")):
            for change in as_list(as_dict(entry).get("changes")):
                value = as_dict(as_dict(change).get("value"))
                messages = as_list(value.get("messages"))
                if not messages:
                    continue  # statuses[], errors[] and other fields
                to_number = as_dict(value.get("metadata")).get("phone_number_id")
                if to_number is not None and str(to_number) != self.phone_number_id:
                    logger.warning(
                        "WhatsApp webhook: messages for another phone number id ignored."
                    )
                    continue
                for message in messages:
                    if isinstance(message, dict):
                        yield message

    def _spawn(self, sender: str, coro: Awaitable[None]) -> None:
        """Runs ``coro`` after the sender's earlier messages, logging any failure."""
        previous = self._last_task.get(sender)
        ref = user_ref(sender)

        async def run() -> None:
            if previous is not None and not previous.done():
                await asyncio.wait([previous])
            try:
                await coro
            except Exception as exc:  # noqa: BLE001 - a background task must log, not die silently
                frame = traceback.extract_tb(exc.__traceback__)[-1:]
                where = f"{frame[0].filename}:{frame[0].lineno}" if frame else "?"
                logger.error(
                    "WhatsApp: processing a message from %s failed: %s at %s",
                    ref,
                    type(exc).__name__,
                    where,
                )
                logger.debug("WhatsApp: failure details", exc_info=True)
            finally:
                if self._last_task.get(sender) is asyncio.current_task():
                    del self._last_task[sender]

        task = asyncio.get_running_loop().create_task(run())
        self._last_task[sender] = task
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _to_rasa(
        self,
        sender: str,
        text: str,
        message_id: Optional[str],
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        logger.debug("WhatsApp: message from %s goes to Rasa.", user_ref(sender))
        await on_new_message(
            UserMessage(
                text,
                self.output,
                sender,
                input_channel=CHANNEL_NAME,
                message_id=message_id,
                metadata={"channel": CHANNEL_NAME},
            )
        )

    async def _send_notice(self, sender: str, message_type: str) -> None:
        now = time.monotonic()
        last = self._notified.get(sender)
        if last is not None and now - last < UNSUPPORTED_NOTICE_INTERVAL_SECONDS:
            return  # one notice for a burst (an album of photos)
        self._notified[sender] = now
        self._notified.move_to_end(sender)
        while len(self._notified) > SEEN_IDS_MAX:
            self._notified.popitem(last=False)
        await self.output.send_text_message(sender, texts.unsupported_reply(message_type))

    async def wait_idle(self, timeout: float = 10.0) -> None:
        """Waits for the background tasks scheduled so far (for tests and shutdown)."""
        pending = [task for task in self._tasks if not task.done()]
        if pending:
            await asyncio.wait(pending, timeout=timeout)
