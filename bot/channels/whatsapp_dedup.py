"""De-duplication of incoming WhatsApp messages: Meta redelivers a message until it is
acknowledged, so each message id is handled once (per process, for a day: with several
Rasa processes behind one webhook URL a redelivery can reach another one)."""
from __future__ import annotations

import time
from collections import OrderedDict
from typing import Optional

SEEN_IDS_MAX = 10_000
SEEN_IDS_TTL_SECONDS = 24 * 3600.0


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
