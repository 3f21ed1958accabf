"""REST channel input: the body checked before Rasa reads it.

A body that is not a JSON object, a ``sender`` that is not a non-empty id of at most
255 characters ``A-Za-z0-9._:@+-`` (bot/channels/guard.py), a ``message`` that is not a string,
or ``metadata`` that is not an object gets ``400`` with a short JSON error (Rasa
answered ``200 []`` after a crash logged with the text, or joined the shared "default"
conversation). Lone surrogates (binary input) and control characters are replaced.
(That the channel never logs the message text: bot/patches/log_privacy.py.)

Replaces ``RestInput._extract_sender``, ``_extract_message`` and ``get_metadata``.

Why a patch of Rasa's ``RestInput`` and not methods of our subclass
``bot.channels.guarded.GuardedRestInput`` (credentials.yml): a plain ``rest:`` channel
keeps the checks too, and the end-to-end tests and ``make bench`` run with ``rest:``.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Optional

from bot.channels.guard import sender_problem

_SURROGATES = re.compile("[\ud800-\udfff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(text: str) -> str:
    """Lone surrogates (undecodable bytes) -> U+FFFD, control characters -> space."""
    return _CONTROLS.sub(" ", _SURROGATES.sub("\ufffd", text))


class BadRequest(ValueError):
    """A REST body that does not follow the contract; the message is for the client."""


def check_rest_body(body: Any) -> Dict[str, Any]:
    """The REST channel's body checked: {"sender", "message", "metadata"} or BadRequest.

    Contract (docs/product.md): ``sender`` and ``message`` strings,
    ``metadata`` optional object. Unknown keys are ignored.
    """
    if not isinstance(body, dict):
        raise BadRequest('the body must be a JSON object like {"sender": "...", "message": "..."}')
    sender = body.get("sender")
    problem = sender_problem(sender)  # an opaque id of bounded length and characters
    if problem:
        raise BadRequest(problem)
    message = body.get("message")
    if not isinstance(message, str):
        raise BadRequest('"message" must be a string')
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest('"metadata" must be a JSON object when given')
    return {"sender": sender, "message": clean_text(message), "metadata": metadata}


def patch_rest_body() -> None:
    from rasa.core.channels import rest
    from sanic.exceptions import InvalidUsage

    def body_of(request: Any) -> Dict[str, Any]:
        checked = getattr(request.ctx, "lowback_body", None)
        if checked is None:
            try:
                checked = check_rest_body(request.json)
            except BadRequest as error:
                raise InvalidUsage(str(error)) from None
            request.ctx.lowback_body = checked
        return checked

    async def _extract_sender(self: Any, request: Any) -> str:
        return body_of(request)["sender"]

    def _extract_message(self: Any, request: Any) -> str:
        return body_of(request)["message"]

    def get_metadata(self: Any, request: Any) -> Optional[Dict[str, Any]]:
        return body_of(request)["metadata"]

    rest.RestInput._extract_sender = _extract_sender
    rest.RestInput._extract_message = _extract_message
    rest.RestInput.get_metadata = get_metadata
