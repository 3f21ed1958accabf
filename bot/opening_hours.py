"""When someone of the practice answers the chat: the weekly hours, pure Python.

``config/practice.yml`` gives them per weekday in the practice's own time zone::

    timezone: "Europe/Brussels"
    opening_hours_weekly:
      mon: ["08:00", "20:00"]                       # one interval
      tue: [["08:00", "12:00"], ["13:00", "20:00"]]  # or several
      sun: []                                        # closed (or leave the day out)

Times are 24-hour ``HH:MM`` wall-clock times of that zone ("24:00" ends a day), so a
change to or from summer time moves nothing: Monday 08:00 is 08:00 in March and in
November. :func:`parse_weekly` checks the mapping (a ``ValueError`` naming the day and
the problem); :func:`is_open` and :func:`next_opening` answer for any aware datetime.
No Rasa import; tested in tests/unit/test_opening_hours.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Dict, Optional, Tuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # date.weekday() order
DEFAULT_TIMEZONE = "Europe/Brussels"
_HHMM = re.compile(r"([01][0-9]|2[0-4]):([0-5][0-9])")

Interval = Tuple[int, int]  # minutes since midnight, start < end <= 1440


@dataclass(frozen=True)
class WeeklyHours:
    """Open intervals per weekday (0 = Monday), in minutes of the local day."""

    days: Tuple[Tuple[Interval, ...], ...]
    timezone: str = DEFAULT_TIMEZONE

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, now: datetime) -> datetime:
        if now.tzinfo is None:
            raise ValueError("now must be an aware datetime (with its time zone)")
        return now.astimezone(self.zone)


def _minutes(text: Any, where: str) -> int:
    if not isinstance(text, str) or not _HHMM.fullmatch(text.strip()):
        raise ValueError(f"{where}: {text!r} is not a time like \"08:00\" (24-hour HH:MM)")
    hours, minutes = (int(part) for part in text.strip().split(":"))
    if hours == 24 and minutes:
        raise ValueError(f"{where}: {text!r} is after 24:00")
    return hours * 60 + minutes


def _intervals(value: Any, day: str) -> Tuple[Interval, ...]:
    if value is None or value == []:
        return ()
    if not isinstance(value, list):
        raise ValueError(f"{day}: give [\"08:00\", \"20:00\"], a list of such pairs, or [] when closed")
    pairs = [value] if len(value) == 2 and all(isinstance(v, str) for v in value) else value
    found = []
    for pair in pairs:
        if not isinstance(pair, list) or len(pair) != 2:
            raise ValueError(f"{day}: each interval is a pair [\"HH:MM\", \"HH:MM\"], not {pair!r}")
        start, end = _minutes(pair[0], day), _minutes(pair[1], day)
        if start >= end:
            raise ValueError(f"{day}: an interval must end after it starts ({pair[0]}-{pair[1]})")
        found.append((start, end))
    found.sort()
    for (_, end), (start, _) in zip(found, found[1:], strict=False):
        if start < end:
            raise ValueError(f"{day}: intervals overlap")
    return tuple(found)


def parse_weekly(raw: Any, timezone: Any = DEFAULT_TIMEZONE) -> WeeklyHours:
    """The checked weekly hours; ValueError naming the day or key that is wrong."""
    if not isinstance(timezone, str) or not timezone.strip():
        raise ValueError("timezone must be an IANA name like \"Europe/Brussels\"")
    try:
        ZoneInfo(timezone.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"timezone {timezone!r} is not a known IANA time zone (like \"Europe/Brussels\")") from None
    if not isinstance(raw, dict):
        raise ValueError("give a mapping of weekdays (mon ... sun) to opening intervals")
    unknown = [str(key) for key in raw if key not in DAYS]
    if unknown:
        raise ValueError(f"unknown day(s) {', '.join(unknown)}: use {', '.join(DAYS)}")
    days = tuple(_intervals(raw.get(day), day) for day in DAYS)
    if not any(days):
        raise ValueError("no day has opening hours")
    return WeeklyHours(days, timezone.strip())


def is_open(hours: WeeklyHours, now: datetime) -> bool:
    local = hours.local(now)
    minute = local.hour * 60 + local.minute
    return any(start <= minute < end for start, end in hours.days[local.weekday()])


def _at(hours: WeeklyHours, day: date, minute: int) -> datetime:
    """The aware local datetime of a wall-clock minute on a day (a time skipped by the
    spring change is taken as the first valid instant after it)."""
    naive = datetime.combine(day, time(0)) + timedelta(minutes=minute)
    aware = naive.replace(tzinfo=hours.zone)
    # round-trip through UTC: a non-existent local time (02:30 on the spring change) moves forward
    return aware.astimezone(ZoneInfo("UTC")).astimezone(hours.zone)


def next_opening(hours: WeeklyHours, now: datetime) -> Optional[datetime]:
    """When it next opens after ``now`` (local, aware); ``now`` itself when open now."""
    local = hours.local(now)
    if is_open(hours, now):
        return local
    minute = local.hour * 60 + local.minute
    for ahead in range(8):
        day = local.date() + timedelta(days=ahead)
        for start, _ in hours.days[day.weekday()]:
            if ahead == 0 and start <= minute:
                continue
            return _at(hours, day, start)
    return None


def describe(hours: WeeklyHours) -> Dict[str, str]:
    """{"mon": "08:00-20:00", ...} for logs and start-up lines."""
    def hhmm(m: int) -> str:
        return f"{m // 60:02d}:{m % 60:02d}"
    return {day: ", ".join(f"{hhmm(s)}-{hhmm(e)}" for s, e in spans) or "closed"
            for day, spans in zip(DAYS, hours.days, strict=True)}
