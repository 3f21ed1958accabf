"""WhatsApp Business Cloud API (Meta Graph API) channel for Rasa 3.6.

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

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import whatsapp_texts as texts

logger = logging.getLogger(__name__)

CHANNEL_NAME = "whatsapp"
DEFAULT_API_BASE_URL = "https://graph.facebook.com"
DEFAULT_API_VERSION = "v20.0"

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

# Cloud API limits.
MAX_TEXT_BODY = 4096
MAX_INTERACTIVE_BODY = 1024
MAX_REPLY_BUTTONS = 3
MAX_BUTTON_TITLE = 20
MAX_BUTTON_ID = 256
MAX_LIST_ROWS = 10
MAX_ROW_TITLE = 24
MAX_ROW_ID = 200
MAX_ROW_DESCRIPTION = 72

SEEN_IDS_MAX = 10_000
SEEN_IDS_TTL_SECONDS = 24 * 3600.0
UNSUPPORTED_NOTICE_INTERVAL_SECONDS = 30.0
SEND_TIMEOUT_SECONDS = 10.0

# Message types that carry nothing to answer (no notice, nothing to Rasa).
_SILENT_TYPES = frozenset({"system", "request_welcome", "ephemeral"})

_LOG_KEY = os.urandom(16)


def user_ref(wa_id: Any) -> str:
    """A short keyed hash of a WhatsApp id, to tell users apart in logs."""
    digest = hmac.new(_LOG_KEY, str(wa_id).encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:10]


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


def _as_list(value: Any) -> List[Any]:
    return value if isinstance(value, list) else []


def _as_dict(value: Any) -> Dict[str, Any]:
    return value if isinstance(value, dict) else {}


# --------------------------------------------------------------------------- input


class SeenIds:
    """Bounded, time-limited memory of message ids (an LRU by first sight)."""

    def __init__(
        self, max_size: int = SEEN_IDS_MAX, ttl_seconds: float = SEEN_IDS_TTL_SECONDS
    ) -> None:
        self.max_size = max_size
        self.ttl_seconds = ttl_seconds
        self._seen: OrderedDict[str, float] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def first_time(self, message_id: str, now: Optional[float] = None) -> bool:
        """True the first time an id is seen (within the TTL), False afterwards."""
        now = time.monotonic() if now is None else now
        while self._seen:
            oldest_id, seen_at = next(iter(self._seen.items()))
            if now - seen_at < self.ttl_seconds:
                break
            del self._seen[oldest_id]
        if message_id in self._seen:
            return False
        self._seen[message_id] = now
        while len(self._seen) > self.max_size:
            self._seen.popitem(last=False)
        return True


def extract_user_text(message: Dict[str, Any]) -> Tuple[str, Optional[str]]:
    """What a webhook message means for the assistant.

    Returns ``("text", text)`` for what goes to Rasa (typed text, a reply button's
    or list row's id, a template quick reply's payload), ``("unsupported", type)``
    for what gets the bilingual notice, and ``("ignore", None)`` for what needs
    no answer (system notices, a removed reaction).
    """
    kind = message.get("type")
    if kind == "text":
        body = _as_dict(message.get("text")).get("body")
        if isinstance(body, str):
            return "text", body
    elif kind == "interactive":
        interactive = _as_dict(message.get("interactive"))
        reply = _as_dict(interactive.get(interactive.get("type")))
        if interactive.get("type") in ("button_reply", "list_reply"):
            value = reply.get("id") or reply.get("title")
            if isinstance(value, str) and value:
                return "text", value
    elif kind == "button":
        button = _as_dict(message.get("button"))
        value = button.get("payload") or button.get("text")
        if isinstance(value, str) and value:
            return "text", value
    elif kind in _SILENT_TYPES:
        return "ignore", None
    elif kind == "reaction" and not _as_dict(message.get("reaction")).get("emoji"):
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
        for entry in _as_list(_as_dict(payload).get("entry")):
            for change in _as_list(_as_dict(entry).get("changes")):
                value = _as_dict(_as_dict(change).get("value"))
                messages = _as_list(value.get("messages"))
                if not messages:
                    continue  # statuses[], errors[] and other fields
                to_number = _as_dict(value.get("metadata")).get("phone_number_id")
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


# -------------------------------------------------------------------------- output


def split_text(text: str, limit: int) -> List[str]:
    """Cuts a text into parts of at most ``limit`` characters, at paragraph, line,
    sentence or word boundaries when possible."""
    rest = (text or "").strip()
    parts: List[str] = []
    while len(rest) > limit:
        cut = _cut_position(rest, limit)
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return parts


def _cut_position(text: str, limit: int) -> int:
    floor = limit // 3
    for separator in ("\n\n", "\n"):
        position = text.rfind(separator, 0, limit + 1)
        if position > floor:
            return position
    for end in (". ", "! ", "? "):
        position = text.rfind(end, 0, limit)
        if position > floor:
            return position + 1
    position = text.rfind(" ", 0, limit + 1)
    if position > floor:
        return position
    return limit


def shorten(title: str, limit: int) -> str:
    """``title`` itself when it fits, else cut at a word boundary with an ellipsis."""
    title = " ".join(str(title).split())
    if len(title) <= limit:
        return title
    budget = limit - 1  # room for the ellipsis
    cut = title[:budget]
    space = cut.rfind(" ")
    if title[budget] != " " and space >= budget - 4:
        cut = cut[:space]  # drop a cut-off word when little is lost
    return cut.rstrip(" ,;:-–") + "…"


def _unique(titles: List[str], limit: int) -> List[str]:
    seen: Dict[str, int] = {}
    result = []
    for title in titles:
        candidate = title
        number = 1
        while candidate in seen:
            number += 1
            suffix = f" {number}"
            candidate = title[: limit - len(suffix)].rstrip() + suffix
        seen[candidate] = 1
        result.append(candidate)
    return result


def _compact(text: str) -> str:
    return "".join(str(text).split()).lower()


def link_line(title: str, url: str, body: str) -> Optional[str]:
    """The plain-text line for a link button, or None when the body already has it."""
    target = url
    for scheme in ("tel:", "mailto:"):
        if url.lower().startswith(scheme):
            target = url[len(scheme):]
    if _compact(target) in _compact(body):
        return None
    title = " ".join(str(title or "").split())
    if not title or _compact(target) in _compact(title):
        return title or target
    return f"{title}: {target}"


class WhatsAppOutput(OutputChannel):
    """Sends bot messages through the WhatsApp Cloud API (see the module docstring).

    Free-form messages are only delivered within 24 hours of the user's last
    message; this channel is only used to answer incoming messages.
    Errors from the Graph API are logged (HTTP status and error code only) and
    never raised: a failed send does not break the conversation's processing.
    """

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    def __init__(
        self,
        access_token: str,
        phone_number_id: str,
        api_base_url: str = DEFAULT_API_BASE_URL,
        api_version: str = DEFAULT_API_VERSION,
        timeout_seconds: float = SEND_TIMEOUT_SECONDS,
    ) -> None:
        self.access_token = access_token
        self.phone_number_id = str(phone_number_id)
        self.api_base_url = api_base_url.rstrip("/")
        self.api_version = api_version.strip("/")
        self.timeout = aiohttp.ClientTimeout(total=timeout_seconds)
        self._session: Optional[aiohttp.ClientSession] = None
        self._session_loop: Optional[asyncio.AbstractEventLoop] = None

    @property
    def messages_url(self) -> str:
        return f"{self.api_base_url}/{self.api_version}/{self.phone_number_id}/messages"

    def _get_session(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._session_loop is not loop:
            self._session = aiohttp.ClientSession(timeout=self.timeout)
            self._session_loop = loop
        return self._session

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None and not session.closed:
            try:
                await session.close()
            except RuntimeError:  # its event loop is gone
                pass

    async def _post(self, recipient_id: str, message: Dict[str, Any]) -> Optional[str]:
        """Sends one message; returns its WhatsApp id, or None when it failed."""
        payload = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": recipient_id,
            **message,
        }
        kind = message.get("type")
        if kind == "interactive":
            kind = f"interactive {message['interactive'].get('type')}"
        headers = {"Authorization": f"Bearer {self.access_token}"}
        ref = user_ref(recipient_id)
        try:
            session = self._get_session()
            async with session.post(self.messages_url, json=payload, headers=headers) as resp:
                data: Any = None
                try:
                    data = await resp.json(content_type=None)
                except (ValueError, aiohttp.ContentTypeError):
                    pass
                if resp.status >= 400:
                    error = _as_dict(_as_dict(data).get("error"))
                    logger.error(
                        "WhatsApp: Graph API refused a %s message to %s: HTTP %s, "
                        "error code %s, subcode %s, trace %s",
                        kind,
                        ref,
                        resp.status,
                        error.get("code"),
                        error.get("error_subcode"),
                        error.get("fbtrace_id"),
                    )
                    return None
                sent = _as_list(_as_dict(data).get("messages"))
                message_id = _as_dict(sent[0]).get("id") if sent else None
                logger.debug("WhatsApp: %s message sent to %s.", kind, ref)
                return message_id if isinstance(message_id, str) else None
        except asyncio.TimeoutError:
            logger.error("WhatsApp: Graph API timed out sending a %s message to %s.", kind, ref)
        except aiohttp.ClientError as exc:
            logger.error(
                "WhatsApp: could not reach the Graph API for a %s message to %s: %s",
                kind,
                ref,
                type(exc).__name__,
            )
        return None

    async def send_text_message(
        self, recipient_id: str, text: str, **kwargs: Any
    ) -> None:
        for part in split_text(text or "", MAX_TEXT_BODY):
            await self._post(
                recipient_id, {"type": "text", "text": {"body": part, "preview_url": True}}
            )

    async def send_text_with_buttons(
        self,
        recipient_id: str,
        text: str,
        buttons: List[Dict[str, Any]],
        **kwargs: Any,
    ) -> None:
        body = (text or "").strip()
        replies: List[Tuple[str, str]] = []  # (title, payload)
        links: List[str] = []
        for button in buttons or []:
            if not isinstance(button, dict):
                continue
            title = str(button.get("title") or "").strip()
            url = str(button.get("url") or "").strip()
            if url:
                line = link_line(title, url, body + "\n" + "\n".join(links))
                if line:
                    links.append(line)
                continue
            payload = str(button.get("payload") or title).strip()
            if payload and payload not in (p for _, p in replies):
                replies.append((title or payload, payload))
        if links:
            body = "\n".join([body, *links]).strip()
        if not replies:
            await self.send_text_message(recipient_id, body)
            return
        if len(replies) > MAX_LIST_ROWS:
            extra = "\n".join(f"• {payload}" for _, payload in replies[MAX_LIST_ROWS:])
            body = f"{body}\n{extra}".strip()
            replies = replies[:MAX_LIST_ROWS]
        parts = split_text(body, MAX_INTERACTIVE_BODY) or [texts.EMPTY_BODY]
        for part in parts[:-1]:
            await self._post(
                recipient_id, {"type": "text", "text": {"body": part, "preview_url": True}}
            )
        last = parts[-1]
        fits = all(len(" ".join(title.split())) <= MAX_BUTTON_TITLE for title, _ in replies)
        if len(replies) <= MAX_REPLY_BUTTONS and fits:
            interactive = self._button_message(last, replies)
        else:
            interactive = self._list_message(last, replies)
        await self._post(recipient_id, {"type": "interactive", "interactive": interactive})

    @staticmethod
    def _button_message(body: str, replies: List[Tuple[str, str]]) -> Dict[str, Any]:
        titles = _unique([shorten(t, MAX_BUTTON_TITLE) for t, _ in replies], MAX_BUTTON_TITLE)
        for _, payload in replies:
            if len(payload) > MAX_BUTTON_ID:
                logger.warning("WhatsApp: a button payload was cut to %s characters.", MAX_BUTTON_ID)
        return {
            "type": "button",
            "body": {"text": body},
            "action": {
                "buttons": [
                    {"type": "reply", "reply": {"id": payload[:MAX_BUTTON_ID], "title": title}}
                    for title, (_, payload) in zip(titles, replies, strict=True)
                ]
            },
        }

    @staticmethod
    def _list_message(body: str, replies: List[Tuple[str, str]]) -> Dict[str, Any]:
        language = texts.guess_language(body)
        titles = _unique([shorten(t, MAX_ROW_TITLE) for t, _ in replies], MAX_ROW_TITLE)
        rows = []
        for title, (full_title, payload) in zip(titles, replies, strict=True):
            if len(payload) > MAX_ROW_ID:
                logger.warning("WhatsApp: a list payload was cut to %s characters.", MAX_ROW_ID)
            row = {"id": payload[:MAX_ROW_ID], "title": title}
            if title != " ".join(full_title.split()):
                row["description"] = shorten(full_title, MAX_ROW_DESCRIPTION)
            rows.append(row)
        return {
            "type": "list",
            "body": {"text": body},
            "action": {
                "button": texts.LIST_BUTTON[language],
                "sections": [{"title": texts.LIST_SECTION[language], "rows": rows}],
            },
        }

    async def send_custom_json(
        self, recipient_id: str, json_message: Dict[str, Any], **kwargs: Any
    ) -> None:
        """Custom payloads (the triage result) are for machines: not sent to users."""
        keys = sorted(json_message) if isinstance(json_message, dict) else []
        logger.debug("WhatsApp: custom payload %s not sent to %s.", keys, user_ref(recipient_id))

    async def send_image_url(
        self, recipient_id: str, image: str, **kwargs: Any
    ) -> None:
        """Images are sent as a link (WhatsApp shows a preview)."""
        await self.send_text_message(recipient_id, str(image))

    async def send_attachment(
        self, recipient_id: str, attachment: Any, **kwargs: Any
    ) -> None:
        """Only text or link attachments are sent (as text)."""
        if isinstance(attachment, str):
            await self.send_text_message(recipient_id, attachment)
        else:
            logger.debug("WhatsApp: non-text attachment not sent to %s.", user_ref(recipient_id))
