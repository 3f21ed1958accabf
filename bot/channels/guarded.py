"""The limits of bot/channels/guard.py on the public channels' Sanic blueprints.

- ``GuardedRestInput``: Rasa's REST channel with the guard; named in credentials.yml
  instead of ``rest:``. Its name stays "rest", so its URL stays /webhooks/rest/webhook.
- ``guard_whatsapp``: the same guard on bot/channels/whatsapp.py's blueprint.

A blueprint request middleware answers, in this order:

1. ``429`` (``Retry-After``) when the client address is over its per-minute limit;
   every request counts, except CORS pre-flight ``OPTIONS`` and, on WhatsApp, correctly
   signed webhooks (Meta's few servers carry every patient's messages);
2. for a POST, ``413`` when ``Content-Length`` is over ``MAX_BODY_BYTES``, or when a body
   without one (chunked) grows past it: the POST handlers are marked as streaming, so
   Sanic does not read the body before this middleware (it would otherwise read up to
   its own ``REQUEST_MAX_SIZE``, 100 MB, first); the middleware reads it with the cap;
3. ``429`` when a sender id of the body is over its per-minute limit (REST: the body's
   ``sender``; WhatsApp: the senders of a correctly signed body only, so a forged body
   cannot use up a patient's allowance);
4. REST only, ``429`` when the address started too many new conversations this hour.
   (WhatsApp webhooks all come from Meta's servers: per address they are every patient.)

A body that is not valid is left to the handler, which answers 400 as before
(bot/patches/rest_input.py check_rest_body, which also checks the sender id).
"""
from __future__ import annotations

import json
import logging
import time
from typing import Any, Awaitable, Callable, Collection, Dict, Optional

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.exceptions import PayloadTooLarge, SanicException
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.guard import Decision, Guard, Limits, client_address

logger = logging.getLogger(__name__)

Senders = Callable[[Request], Collection[str]]


def too_many(decision: Decision, what: str) -> HTTPResponse:
    return response.json({"error": f"too many requests: {what}", "retry_after": decision.retry_after},
                         status=429, headers={"Retry-After": str(decision.retry_after)})


def too_large(limit: int) -> HTTPResponse:
    return response.json({"error": f"request body over {limit} bytes"}, status=413)


class _Refusals:
    """One warning a minute at most about refused requests (a flood must not flood the log).
    Neither addresses nor sender ids are logged: both can identify a patient."""

    def __init__(self, channel: str) -> None:
        self.channel, self.counts, self.since = channel, {}, time.monotonic()

    def note(self, kind: str) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + 1
        now = time.monotonic()
        if now - self.since >= 60:
            summary = ", ".join(f"{n} {k}" for k, n in sorted(self.counts.items()))
            logger.warning("%s channel: refused requests in the last %.0f s: %s.", self.channel, now - self.since,
                           summary)
            self.counts, self.since = {}, now


def guard_blueprint(bp: Blueprint, channel: str, senders: Senders, new_conversations: bool,
                    guard: Optional[Guard] = None, signed: Optional[Callable[[Request], bool]] = None) -> Guard:
    """Adds the guard to ``bp`` (after its routes are defined); returns the guard.

    One guard per blueprint, its limits read from the environment (bot/channels/guard.py Limits).
    ``signed``: a request it accepts (after its body is read) comes from the platform
    itself, for every patient at once (WhatsApp: Meta's servers), and is not limited
    per address; without it, the address is limited before the body is read."""
    guard = guard or Guard(Limits.from_env())
    limits = guard.limits
    refusals = _Refusals(channel)
    for route in bp._future_routes:
        if "POST" in route.methods:
            route.handler.is_stream = True  # Sanic leaves the body unread until the middleware reads it

    def over_address(address: str) -> Optional[HTTPResponse]:
        decision = guard.address(address)
        if decision.allowed:
            return None
        refusals.note("over the per-address limit")
        return too_many(decision, "this address")

    @bp.middleware("request")
    async def guard_request(request: Request) -> Optional[HTTPResponse]:
        header = limits.trusted_proxy_header
        address = client_address(request.ip, request.headers.getall(header, []) if header else ())
        if request.method != "OPTIONS" and signed is None:  # CORS pre-flights come with every widget message
            refused = over_address(address)
            if refused:
                return refused
        # The body, whatever the method, is read with our cap (a no-op when already read)
        cap = min(limits.max_body_bytes, request.app.config.REQUEST_MAX_SIZE)
        stream = request.stream
        if stream is not None:
            stream.request_max_size = cap  # also for what Sanic drains after our answer
        if guard.body_too_large(request.headers.get("content-length")):
            refusals.note("too large")
            return too_large(cap)
        try:
            await request.receive_body()
        except PayloadTooLarge:
            refusals.note("too large")
            return too_large(cap)
        if signed is not None and request.method != "OPTIONS" and not signed(request):
            refused = over_address(address)
            if refused:
                return refused
        if request.method != "POST":
            return None
        for sender in senders(request):
            decision = guard.sender(channel, sender)
            if not decision.allowed:
                refusals.note("over the per-sender limit")
                return too_many(decision, "this conversation")
            if new_conversations:
                decision = guard.new_conversation(channel, address, sender)
                if not decision.allowed:
                    refusals.note("over the new-conversation limit")
                    return too_many(decision, "new conversations from this address")
        return None

    return guard


# --- REST ---------------------------------------------------------------------


def rest_senders(request: Request) -> Collection[str]:
    """The body's sender when the body is valid; else none (the handler answers 400)."""
    from bot.patches.rest_input import BadRequest, check_rest_body

    try:
        return [check_rest_body(request.json)["sender"]]
    except (BadRequest, SanicException):
        return []


class GuardedRestInput(RestInput):
    """Rasa's REST channel (with bot/patches/rest_input.py's checks) behind the guard."""

    @classmethod
    def name(cls) -> str:
        return "rest"  # the URL prefix: /webhooks/rest/webhook, as the widget expects

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = super().blueprint(on_new_message)
        guard_blueprint(bp, "rest", rest_senders, new_conversations=True)
        return bp


# --- WhatsApp -----------------------------------------------------------------


def guard_whatsapp(bp: Blueprint, channel: Any) -> Guard:
    """The guard on the WhatsApp channel's blueprint (``channel``: its WhatsAppInput)."""
    from bot.channels.whatsapp import signature_is_valid

    def signed(request: Request) -> bool:
        return request.method == "POST" and channel.configured and signature_is_valid(
            request.body or b"", request.headers.get("X-Hub-Signature-256"), channel.app_secret)

    def senders(request: Request) -> Collection[str]:
        if not signed(request):
            return []  # the handler refuses it; a forged body counts for no sender
        try:
            payload: Dict[str, Any] = json.loads(request.body or b"")
        except ValueError:
            return []
        return {m["from"] for m in channel._messages(payload) if isinstance(m.get("from"), str) and m["from"]}

    # Every patient's messages come from Meta's few addresses: only what is not signed
    # (forged or broken requests, the verification GET) counts per address.
    return guard_blueprint(bp, "whatsapp", senders, new_conversations=False, signed=signed)
