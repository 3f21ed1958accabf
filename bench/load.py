"""Load shapes through the REST channel: N simulated users at once, each either typing
(waiting a few seconds between turns) or not waiting at all (saturation)."""
from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import aiohttp

REQUEST_TIMEOUT = 30.0


@dataclass
class LoadResult:
    label: str
    users: int
    think: Optional[Tuple[float, float]]
    seconds: float = 0.0
    latencies_ms: List[float] = field(default_factory=list)
    errors: int = 0  # HTTP status other than 200, timeouts, connection errors
    silent: int = 0  # 200 with no message at all
    conversations: int = 0
    completed: int = 0  # conversations that reached their end (our check: the triage payload)
    memory: Dict[str, Dict[str, float]] = field(default_factory=dict)
    peak_total_rss: float = 0.0

    def merge(self, other: LoadResult) -> None:
        """Adds another round of the same shape (turns/s over both rounds' time)."""
        self.seconds += other.seconds
        self.latencies_ms += other.latencies_ms
        self.errors += other.errors
        self.silent += other.silent
        self.conversations += other.conversations
        self.completed += other.completed
        for name, peak in other.memory.items():
            mine = self.memory.setdefault(name, dict(peak))
            for key, value in peak.items():
                mine[key] = max(mine.get(key, 0.0), value)
        self.peak_total_rss = max(self.peak_total_rss, other.peak_total_rss)

    @property
    def turns(self) -> int:
        return len(self.latencies_ms)

    @property
    def turns_per_second(self) -> float:
        return self.turns / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        rank = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
        return ordered[rank]


async def run_load(url: str, make_user: Callable[[random.Random], object], users: int, seconds: float,
                   think: Optional[Tuple[float, float]], label: str, seed: int = 7,
                   sender_prefix: str = "bench") -> LoadResult:
    """Each of `users` users plays conversation after conversation until `seconds` have passed;
    turns that started before the end are counted."""
    result = LoadResult(label, users, think)
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    started = time.perf_counter()
    deadline = started + seconds
    last_finish = started

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def one_user(index: int) -> None:
            nonlocal last_finish
            rng = random.Random(seed * 100_003 + index)
            if think:
                await asyncio.sleep(rng.uniform(0, think[1]))  # people do not all start at once
            number = 0
            while time.perf_counter() < deadline:
                number += 1
                user = make_user(rng)
                result.conversations += 1
                sender = f"{sender_prefix}-{seed}-{index}-{number}-{rng.randrange(10**9)}"
                message = user.first()
                while message is not None and time.perf_counter() < deadline:
                    text, metadata = message
                    body = {"sender": sender, "message": text}
                    if metadata:
                        body["metadata"] = metadata
                    began = time.perf_counter()
                    try:
                        async with session.post(url, json=body) as response:
                            reply = await response.json(content_type=None) if response.status == 200 else None
                            ok = response.status == 200
                    except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
                        ok, reply = False, None
                    finished = time.perf_counter()
                    last_finish = max(last_finish, finished)
                    if not ok:
                        result.errors += 1
                        break  # this user starts a new conversation
                    result.latencies_ms.append((finished - began) * 1000)
                    if not reply:
                        result.silent += 1
                    message = user.next(reply or [])
                    if message is None and getattr(user, "triage", True):
                        result.completed += 1
                    elif think:
                        await asyncio.sleep(rng.uniform(*think))

        await asyncio.gather(*(one_user(i) for i in range(users)))
    result.seconds = max(last_finish - started, 1e-9)
    return result
