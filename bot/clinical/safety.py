"""The safety invariant of the check, in one place (pure Python, no Rasa import).

1. A result exists only when the answers allow it (`result_for`): a red flag (R1-R5)
   may end the check at once; any result below `urgent` needs every question that
   applies to the answers so far answered, the check-your-answers step included
   (`bot.clinical.questions.required_slots`). R12 (duration unknown after asking twice) stays.
2. An answer changes only (`merge_answers`):
   - when it was not known yet (the whole story told at once fills the gaps);
   - in reply to its own question;
   - through an explicit correction by the person ("actually it was a fall");
   - upward on the safe side: a red flag, or a finding that can only raise the level.
   A red flag, once known, is never lowered by anything but a fresh start: "no" after
   "yes" about numbness keeps the "yes".
3. Clinical slots are set only from what the person wrote, read by `bot.reading.answers` and
   `bot.reading.redflags`; an intent prediction alone never sets one and never gives a result
   (the actions follow this; tests/unit/test_safety_invariant.py checks it).
"""
from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from bot.clinical.questions import MAX_DURATION_ATTEMPTS, next_question
from bot.clinical.rules import Triage, classify, red_flag_triage
from bot.reading.answers import RED_FLAG_SLOTS

# Values that are red flags in themselves (R1-R5): never lowered once known.
RED_FLAG_VALUES: Dict[str, tuple] = {
    **{slot: (True,) for slot in RED_FLAG_SLOTS},
    "both_legs": (True,),
    "leg_weakness": ("worsening",),
    "onset": ("trauma",),
}

# Slots whose values only ever raise the level of bot.clinical.rules as they rise, lowest first.
# "onset" is not here: sudden_movement is not "more" than gradual (R8 needs gradual).
SAFE_SIDE_ORDER: Dict[str, tuple] = {
    "leg_pain": ("none", "above_knee", "below_knee"),
    "leg_weakness": ("none", "stable", "worsening"),
    "leg_numbness": (False, True),
    "morning_stiffness": (False, True),
    "osteoporosis_or_steroids": (False, True),
    **{slot: (False, True) for slot in RED_FLAG_VALUES if slot not in ("leg_weakness", "onset")},
}


def is_red_flag(slot: str, value: Any) -> bool:
    return value is not None and value in RED_FLAG_VALUES.get(slot, ())


def _raises(slot: str, known: Any, new: Any) -> bool:
    """Whether `new` is on the safe side of `known` (a red flag, or higher in the order)."""
    if is_red_flag(slot, new):
        return True
    order = SAFE_SIDE_ORDER.get(slot)
    return bool(order) and known in order and new in order and order.index(new) > order.index(known)


def _merged(slot: str, known: Any, new: Any, requested: Optional[str], correction: bool) -> Any:
    if known is None:
        return new
    if is_red_flag(slot, known):
        return known  # never lowered
    if slot == requested or correction or _raises(slot, known, new):
        return new
    return known


def merge_answers(
    known: Mapping[str, Any],
    found: Mapping[str, Any],
    requested: Optional[str] = None,
    correction: bool = False,
) -> Dict[str, Any]:
    """The slots that change when `found` (read from one message that answers
    `requested`, possibly an explicit correction) is added to `known`."""
    changes = {}
    for slot, new in found.items():
        if new is None:
            continue
        value = _merged(slot, known.get(slot), new, requested, correction)
        if value != known.get(slot):
            changes[slot] = value
    return changes


def result_for(answers: Mapping[str, Any], duration_attempts: int = 0) -> Optional[Triage]:
    """The triage the answers allow now, or None when the check must go on."""
    flagged = red_flag_triage(answers)
    if flagged:
        return flagged
    if answers.get("consent") is not True:
        return None
    if next_question(answers, min(duration_attempts, MAX_DURATION_ATTEMPTS)) is not None:
        return None
    return classify(answers)
