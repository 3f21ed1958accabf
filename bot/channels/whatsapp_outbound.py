"""Sending the assistant's messages through the WhatsApp Cloud API (Meta Graph API):
texts, reply buttons, lists and links, within the limits of bot/channels/whatsapp_format.py."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List, Optional, Tuple

import aiohttp
from rasa.core.channels.channel import OutputChannel

from bot.channels import whatsapp_texts as texts
from bot.channels.whatsapp_common import (
    CHANNEL_NAME,
    DEFAULT_API_BASE_URL,
    DEFAULT_API_VERSION,
    as_dict,
    as_list,
    user_ref,
)
from bot.channels.whatsapp_format import (
    MAX_BUTTON_ID,
    MAX_BUTTON_TITLE,
    MAX_INTERACTIVE_BODY,
    MAX_LIST_ROWS,
    MAX_REPLY_BUTTONS,
    MAX_ROW_DESCRIPTION,
    MAX_ROW_ID,
    MAX_ROW_TITLE,
    MAX_TEXT_BODY,
    link_line,
    shorten,
    split_text,
    unique_titles,
)

logger = logging.getLogger("bot.channels.whatsapp")  # the channel's one logger: log settings and tests use its name

SEND_TIMEOUT_SECONDS = 10.0


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
                    error = as_dict(as_dict(data).get("error"))
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
                sent = as_list(as_dict(data).get("messages"))
                message_id = as_dict(sent[0]).get("id") if sent else None
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
        titles = unique_titles([shorten(t, MAX_BUTTON_TITLE) for t, _ in replies], MAX_BUTTON_TITLE)
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
        titles = unique_titles([shorten(t, MAX_ROW_TITLE) for t, _ in replies], MAX_ROW_TITLE)
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
