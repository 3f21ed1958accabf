"""Limits against floods and abuse on the public endpoints: pure logic, no Rasa or Sanic.

The Sanic glue is bot/channels/guarded.py. What is limited (issue 15):

- requests per client address per minute (every request to a guarded channel),
- requests per sender id per minute (a conversation cannot be driven by a script),
- new conversations per client address per hour (a sender id not seen before from
  that address is a new conversation),
- the request body size (checked by the glue before the body is read).

Limiters keep a token bucket per key: ``limit`` requests per ``window`` on average (one
more every ``window / limit`` seconds), at most ``burst`` at once: a sixth of the limit,
so that one client's allowance cannot arrive all in the same second (a sender's 30 a
minute: 5 at once; a flood of new conversations gets 5 real turns, not 30, at once).
A key whose bucket is full again is forgotten, and at most
``max_keys`` keys are kept (the least recently used go first), so a flood of random
sender ids or addresses cannot grow memory without bound. Forgetting a key is lenient:
that key starts again with a full bucket.

State lives in one process: with several Sanic workers or replicas each has its own
counts (the limits are per process).
"""
from __future__ import annotations

import hashlib
import ipaddress
import math
import os
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Optional, Tuple

MAX_SENDER_CHARS = 255  # the tracker store's sender_id column
# Opaque ids: the web widget's UUID, WhatsApp's wa_id (digits), test and bench ids.
SENDER_PATTERN = re.compile(r"[A-Za-z0-9._:@+-]+")


def sender_problem(sender: object) -> Optional[str]:
    """Why ``sender`` is not an acceptable sender id (a short message for the client), or None."""
    if not isinstance(sender, str) or not sender.strip():
        return '"sender" must be a non-empty string'
    if len(sender) > MAX_SENDER_CHARS:
        return f'"sender" must be at most {MAX_SENDER_CHARS} characters'
    if not SENDER_PATTERN.fullmatch(sender):
        return '"sender" may only contain letters A-Z, digits and . _ : @ + -'
    return None


# ---------------------------------------------------------------------------
# Rate limiting
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after: int = 0  # whole seconds until the next request would be allowed (>= 1 when refused)


ALLOWED = Decision(True)


BURST_SHARE = 6
# A person tapping quick-reply buttons through the check sends about one message a
# second for 15-25 turns: a conversation may use half its minute at once, so nobody in
# pain is refused for answering fast (a flood of one id still gets at most that).
SENDER_BURST_SHARE = 2


def burst_of(limit: int, share: int = BURST_SHARE) -> int:
    """How many of ``limit`` may come at once."""
    return max(1, math.ceil(limit / share))


class RateLimiter:
    """``limit`` requests per ``window`` seconds per key, ``burst`` (default: all) at once
    (token bucket); limit 0 = no limit."""

    def __init__(self, limit: int, window: float, max_keys: int = 100_000, burst: Optional[int] = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 0 or window <= 0 or max_keys < 1 or (burst is not None and burst < 1):
            raise ValueError("limit >= 0, window > 0, max_keys >= 1 and burst >= 1")
        self.limit, self.window, self.max_keys, self.clock = limit, float(window), max_keys, clock
        self.capacity = float(min(burst or limit, limit))
        self.rate = limit / self.window  # tokens back per second
        self._buckets: OrderedDict[str, Tuple[float, float]] = OrderedDict()  # key -> (tokens, when)

    def __len__(self) -> int:
        return len(self._buckets)

    def _tokens(self, key: str, now: float) -> float:
        tokens, when = self._buckets.pop(key, (self.capacity, now))
        return min(self.capacity, tokens + (now - when) * self.rate)

    def hit(self, key: str) -> Decision:
        """Counts one request for ``key`` if it is allowed; a refused one costs nothing."""
        if not self.limit:
            return ALLOWED
        now = self.clock()
        tokens = self._tokens(key, now)
        if tokens >= 1:
            decision, tokens = ALLOWED, tokens - 1
        else:
            decision = Decision(False, self._wait(tokens))
        self._buckets[key] = (tokens, now)  # now the most recently used
        self._forget(now)
        return decision

    def _wait(self, tokens: float) -> int:
        return max(1, math.ceil((1 - tokens) / self.rate - 1e-9))

    def _forget(self, now: float) -> None:
        buckets = self._buckets
        while len(buckets) > self.max_keys:
            buckets.popitem(last=False)
        # Oldest first: a bucket untouched for a whole window is full again, same as absent.
        while buckets:
            key, (_, when) = next(iter(buckets.items()))
            if now - when < self.window:
                break
            del buckets[key]


class NewConversations:
    """At most ``limit`` new sender ids per address per ``window`` seconds (0 = no limit).

    The (address, sender) pairs seen are kept as 16-byte digests, at most ``max_pairs``
    (least recently used forgotten first: such a sender counts as new once more).
    """

    def __init__(self, limit: int, window: float = 3600.0, max_pairs: int = 200_000, burst: Optional[int] = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limiter = RateLimiter(limit, window, max_keys=max_pairs, burst=burst, clock=clock)
        self.max_pairs = max_pairs
        self._seen: OrderedDict[bytes, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self._seen)

    def hit(self, address: str, sender: str) -> Decision:
        if not self.limiter.limit:
            return ALLOWED
        pair = hashlib.blake2b(f"{address}\0{sender}".encode("utf-8", "replace"), digest_size=16).digest()
        if pair in self._seen:
            self._seen.move_to_end(pair)
            return ALLOWED
        decision = self.limiter.hit(address)
        if decision.allowed:
            self._seen[pair] = None
            while len(self._seen) > self.max_pairs:
                self._seen.popitem(last=False)
        return decision


# ---------------------------------------------------------------------------
# Configuration and the client's address
# ---------------------------------------------------------------------------

ENV_DEFAULTS = {
    "LIMIT_PER_SENDER_PER_MINUTE": 60,
    "LIMIT_PER_ADDRESS_PER_MINUTE": 120,
    "LIMIT_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR": 30,
    "MAX_BODY_BYTES": 65536,
}
PROXY_HEADER_ENV = "TRUSTED_PROXY_HEADER"


@dataclass(frozen=True)
class Limits:
    per_sender_per_minute: int = ENV_DEFAULTS["LIMIT_PER_SENDER_PER_MINUTE"]
    per_address_per_minute: int = ENV_DEFAULTS["LIMIT_PER_ADDRESS_PER_MINUTE"]
    new_conversations_per_address_per_hour: int = ENV_DEFAULTS["LIMIT_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR"]
    max_body_bytes: int = ENV_DEFAULTS["MAX_BODY_BYTES"]
    trusted_proxy_header: Optional[str] = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ) -> Limits:
        """The limits from the environment; a bad value raises ValueError naming the variable."""
        values = {}
        for name, default in ENV_DEFAULTS.items():
            raw = (environ.get(name) or "").strip()
            try:
                value = int(raw) if raw else default
            except ValueError:
                raise ValueError(f"{name} must be a whole number, not {raw!r}") from None
            if value < 0 or (name == "MAX_BODY_BYTES" and value < 1024):
                raise ValueError(f"{name} must be {'1024 or more' if name == 'MAX_BODY_BYTES' else '0 or more'}")
            values[name] = value
        header = (environ.get(PROXY_HEADER_ENV) or "").strip() or None
        if header is not None and not re.fullmatch(r"[A-Za-z0-9-]+", header):
            raise ValueError(f"{PROXY_HEADER_ENV} must be a header name like X-Forwarded-For, not {header!r}")
        return cls(values["LIMIT_PER_SENDER_PER_MINUTE"], values["LIMIT_PER_ADDRESS_PER_MINUTE"],
                   values["LIMIT_NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR"], values["MAX_BODY_BYTES"], header)


def client_address(peer: str, header_values: Iterable[str] = ()) -> str:
    """The client's address: the right-most entry of the trusted proxy header, else the peer.

    ``header_values`` are the values of the trusted header (all its lines, in order); pass
    nothing when no header is configured, so a client cannot choose its own address. The
    right-most entry is the one our proxy added (the address that connected to it); entries
    to its left come from the client and anyone in between and cannot be trusted. Not an
    IP address (a misconfigured proxy): the peer address is used.
    """
    entries = [entry.strip() for value in header_values for entry in str(value).split(",")]
    entries = [entry for entry in entries if entry]
    if entries:
        candidate = entries[-1]
        if candidate.startswith("[") and "]" in candidate:  # [v6]:port
            candidate = candidate[1:candidate.index("]")]
        elif candidate.count(":") == 1:  # v4:port
            candidate = candidate.split(":", 1)[0]
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            pass
    return peer or "unknown"


class Guard:
    """All limits of one process, keyed by channel so REST and WhatsApp ids never mix."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        per_address, per_sender = limits.per_address_per_minute, limits.per_sender_per_minute
        new = limits.new_conversations_per_address_per_hour
        self.addresses = RateLimiter(per_address, 60.0, burst=burst_of(per_address), clock=clock)
        self.senders = RateLimiter(per_sender, 60.0, burst=burst_of(per_sender, SENDER_BURST_SHARE), clock=clock)
        self.new_conversations = NewConversations(new, 3600.0, burst=burst_of(new), clock=clock)

    def address(self, address: str) -> Decision:
        return self.addresses.hit(address)

    def sender(self, channel: str, sender: str) -> Decision:
        return self.senders.hit(f"{channel}\0{sender}")

    def new_conversation(self, channel: str, address: str, sender: str) -> Decision:
        return self.new_conversations.hit(address, f"{channel}\0{sender}")

    def body_too_large(self, content_length: Optional[str]) -> Optional[bool]:
        """True/False from a Content-Length header; None when there is none (read with the cap)."""
        if content_length is None:
            return None
        try:
            return int(content_length) > self.limits.max_body_bytes
        except ValueError:
            return True  # Sanic refuses a non-numeric length itself; never read it
