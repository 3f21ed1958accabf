"""A small in-process cache of conversation trackers, checked against the database.

Reading a whole conversation back from SQL and rebuilding its tracker was the largest
cost of a turn (about a quarter of Rasa's CPU time at saturation, see
docs/performance.md). The tracker a turn has just saved is kept here, with the id of
the last stored row; the next turn of the same conversation gets it back when that id
is still the newest row of the sender, so a turn handled meanwhile by another worker or
replica, a deletion or a retention purge always sends it back to the database.

An entry is *taken* (removed) when it is read: the turn that holds it may change it, and
a turn that fails before saving leaves nothing stale behind. Entries expire after
`idle_seconds` and the oldest go first beyond `max_entries`, so health data does not sit
in memory longer than a conversation is active.

Pure Python (no Rasa import): the store passes any object as the tracker.
"""
from __future__ import annotations

import time
from collections import OrderedDict
from typing import Any, Callable, Hashable, Optional, Tuple

DEFAULT_MAX_ENTRIES = 500
DEFAULT_IDLE_SECONDS = 300.0


class TrackerCache:
    def __init__(self, max_entries: int = DEFAULT_MAX_ENTRIES, idle_seconds: float = DEFAULT_IDLE_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.max_entries = max(0, int(max_entries))
        self.idle_seconds = float(idle_seconds)
        self._clock = clock
        self._entries: OrderedDict[Hashable, Tuple[Any, Any, float]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def enabled(self) -> bool:
        return self.max_entries > 0

    def put(self, key: Hashable, version: Any, value: Any) -> None:
        """Keeps `value` as the state of `key` at `version` (e.g. the newest row id)."""
        if not self.enabled:
            return
        self._entries.pop(key, None)
        self._entries[key] = (version, value, self._clock())
        self._expire()

    def take(self, key: Hashable, version: Any) -> Optional[Any]:
        """The value stored for `key` if it is still at `version`, removed from the cache;
        None otherwise (and a stale entry is dropped)."""
        entry = self._entries.pop(key, None)
        self._expire()
        if entry is None:
            self.misses += 1
            return None
        stored_version, value, stored_at = entry
        if stored_version != version or self._clock() - stored_at > self.idle_seconds:
            self.misses += 1
            return None
        self.hits += 1
        return value

    def forget(self, key: Hashable) -> None:
        self._entries.pop(key, None)

    def clear(self) -> None:
        self._entries.clear()

    def _expire(self) -> None:
        """Drops entries idle too long (the oldest come first) and the oldest beyond the size."""
        now = self._clock()
        while self._entries:
            key, (_, _, stored_at) = next(iter(self._entries.items()))
            if len(self._entries) > self.max_entries or now - stored_at > self.idle_seconds:
                del self._entries[key]
            else:
                break
