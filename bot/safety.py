"""Combining new answers with known ones on the safe side (pure Python).

A red flag, once known, is never lowered by a later message: "no" after a "yes"
about numbness keeps the "yes" (the person can restart the check). Other answers,
such as age or duration, change only in reply to their own question: "I can't hold
my pee since yesterday" must not turn a duration of two months into one day.
"""
from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from bot.answers import YES_NO_SLOTS

# For each slot whose values are ordered by severity: lowest to highest.
SEVERITY = {
    "onset": ("gradual", "sudden_movement", "trauma"),
    "leg_pain": ("none", "above_knee", "below_knee"),
    "leg_weakness": ("none", "stable", "worsening"),
}
BOOLEAN_FLAGS = YES_NO_SLOTS  # every yes/no answer: "yes" (or "not sure") stays


def _never_lower(slot: str, known: Any, new: Any, requested: Optional[str]) -> Any:
    if known is None:
        return new
    if slot in BOOLEAN_FLAGS:
        return known or new
    order = SEVERITY.get(slot)
    if order and known in order and new in order:
        return max(known, new, key=order.index)
    return new if slot == requested else known


def merge_answers(
    known: Mapping[str, Any], found: Mapping[str, Any], requested: Optional[str] = None
) -> Dict[str, Any]:
    """The slots that change when `found` (read from an answer to `requested`) is
    added to `known`, never lowering a flag."""
    changes = {}
    for slot, new in found.items():
        if new is None:
            continue
        value = _never_lower(slot, known.get(slot), new, requested)
        if value != known.get(slot):
            changes[slot] = value
    return changes
