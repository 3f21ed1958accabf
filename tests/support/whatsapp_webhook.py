"""Webhook bodies as Meta's WhatsApp Cloud API sends them, and signed POSTs.

    body = text_message("32470123456", "I have back pain")
    status, answer = signed_post(url, "app-secret", body)

Every builder returns a whole webhook body (``object``/``entry``/``changes``/
``value``) for one message; ``message_id`` defaults to a fresh ``wamid``.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import time
import urllib.error
import urllib.request
from typing import Any, Dict, Optional, Tuple

DEFAULT_PHONE_NUMBER_ID = "106540352242922"
DEFAULT_DISPLAY_NUMBER = "3215000000"
WABA_ID = "102290129340398"

_counter = itertools.count(1)


def new_message_id() -> str:
    """A fresh, unique message id shaped like Meta's."""
    return f"wamid.HBgLTEST{int(time.time() * 1000):x}{next(_counter):06d}AA=="


def signature(raw: bytes, app_secret: str) -> str:
    """The ``X-Hub-Signature-256`` header value for a raw body."""
    return "sha256=" + hmac.new(app_secret.encode(), raw, hashlib.sha256).hexdigest()


def encode(payload: Dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def signed_post(
    url: str,
    app_secret: Optional[str],
    payload: Dict[str, Any],
    signature_header: Optional[str] = None,
    timeout: float = 30.0,
) -> Tuple[int, str]:
    """POSTs a webhook body like Meta does; returns (HTTP status, response text).

    ``app_secret=None`` sends no signature; ``signature_header`` overrides it.
    Blocking (urllib): from async tests use :func:`signed_post_async`.
    """
    raw = encode(payload)
    headers = {"Content-Type": "application/json", "User-Agent": "facebookexternalua"}
    header = signature_header or (signature(raw, app_secret) if app_secret else None)
    if header:
        headers["X-Hub-Signature-256"] = header
    request = urllib.request.Request(url, data=raw, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


async def signed_post_async(
    session: Any,
    url: str,
    app_secret: Optional[str],
    payload: Dict[str, Any],
    signature_header: Optional[str] = None,
) -> Tuple[int, str]:
    """Same as :func:`signed_post` with an ``aiohttp.ClientSession``."""
    raw = encode(payload)
    headers = {"Content-Type": "application/json"}
    header = signature_header or (signature(raw, app_secret) if app_secret else None)
    if header:
        headers["X-Hub-Signature-256"] = header
    async with session.post(url, data=raw, headers=headers) as answer:
        return answer.status, await answer.text()


def _envelope(value: Dict[str, Any], phone_number_id: str) -> Dict[str, Any]:
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": WABA_ID,
                "changes": [
                    {
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": DEFAULT_DISPLAY_NUMBER,
                                "phone_number_id": phone_number_id,
                            },
                            **value,
                        },
                        "field": "messages",
                    }
                ],
            }
        ],
    }


def message_body(
    wa_id: str,
    message_type: str,
    content: Dict[str, Any],
    message_id: Optional[str] = None,
    phone_number_id: str = DEFAULT_PHONE_NUMBER_ID,
    name: str = "Test Patient",
    context: Optional[Dict[str, Any]] = None,
) -> Dict[str, Any]:
    """A webhook body with one incoming message of any type."""
    message: Dict[str, Any] = {
        "from": wa_id,
        "id": message_id or new_message_id(),
        "timestamp": str(int(time.time())),
        "type": message_type,
        **content,
    }
    if context:
        message["context"] = context
    return _envelope(
        {
            "contacts": [{"profile": {"name": name}, "wa_id": wa_id}],
            "messages": [message],
        },
        phone_number_id,
    )


def text_message(wa_id: str, text: str, **kwargs: Any) -> Dict[str, Any]:
    """A typed text message."""
    return message_body(wa_id, "text", {"text": {"body": text}}, **kwargs)


def button_reply(wa_id: str, button_id: str, title: str = "", **kwargs: Any) -> Dict[str, Any]:
    """A tap on a reply button of an interactive ``button`` message."""
    kwargs.setdefault("context", {"from": DEFAULT_DISPLAY_NUMBER, "id": new_message_id()})
    content = {
        "interactive": {
            "type": "button_reply",
            "button_reply": {"id": button_id, "title": title or button_id[:20]},
        }
    }
    return message_body(wa_id, "interactive", content, **kwargs)


def list_reply(wa_id: str, row_id: str, title: str = "", **kwargs: Any) -> Dict[str, Any]:
    """A choice in an interactive ``list`` message."""
    kwargs.setdefault("context", {"from": DEFAULT_DISPLAY_NUMBER, "id": new_message_id()})
    content = {
        "interactive": {
            "type": "list_reply",
            "list_reply": {"id": row_id, "title": title or row_id[:24], "description": ""},
        }
    }
    return message_body(wa_id, "interactive", content, **kwargs)


def template_button(wa_id: str, payload: str, text: str = "", **kwargs: Any) -> Dict[str, Any]:
    """A tap on a quick-reply button of a template message."""
    content = {"button": {"payload": payload, "text": text or payload}}
    return message_body(wa_id, "button", content, **kwargs)


def image_message(wa_id: str, caption: str = "", **kwargs: Any) -> Dict[str, Any]:
    """A photo (with an optional caption)."""
    image = {
        "mime_type": "image/jpeg",
        "sha256": "y7pNBlZ6U0mOv9nP8qQ2p3xRQn8f1J2yGxg1wAq0cNk=",
        "id": "1543281793153213",
    }
    if caption:
        image["caption"] = caption
    return message_body(wa_id, "image", {"image": image}, **kwargs)


def audio_message(wa_id: str, voice: bool = True, **kwargs: Any) -> Dict[str, Any]:
    """A voice note (``voice=True``) or an audio file."""
    audio = {
        "mime_type": "audio/ogg; codecs=opus",
        "sha256": "1rV2l9iF5kP0Yw3hFzQyq0m4W3K8p7n6b5v4c3x2z1A=",
        "id": "2133174723752893",
        "voice": voice,
    }
    return message_body(wa_id, "audio", {"audio": audio}, **kwargs)


def location_message(wa_id: str, **kwargs: Any) -> Dict[str, Any]:
    """A shared location."""
    location = {"latitude": 51.0259, "longitude": 4.4776, "name": "Mechelen", "address": "Grote Markt"}
    return message_body(wa_id, "location", {"location": location}, **kwargs)


def reaction_message(wa_id: str, emoji: str = "👍", **kwargs: Any) -> Dict[str, Any]:
    """A reaction to one of the business's messages (``emoji=""`` removes it)."""
    reaction = {"message_id": new_message_id(), "emoji": emoji}
    return message_body(wa_id, "reaction", {"reaction": reaction}, **kwargs)


def status_update(
    wa_id: str,
    status: str = "delivered",
    message_id: Optional[str] = None,
    phone_number_id: str = DEFAULT_PHONE_NUMBER_ID,
) -> Dict[str, Any]:
    """A status callback (sent / delivered / read) about a message we sent."""
    item: Dict[str, Any] = {
        "id": message_id or new_message_id(),
        "status": status,
        "timestamp": str(int(time.time())),
        "recipient_id": wa_id,
        "pricing": {"billable": True, "pricing_model": "PMP", "category": "service"},
    }
    if status != "read":
        item["conversation"] = {"id": "c0ffee0123456789", "origin": {"type": "service"}}
    return _envelope({"statuses": [item]}, phone_number_id)
