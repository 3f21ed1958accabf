"""Which question the check asks next (pure Python, no Rasa import).

The form asks the first slot of `required_slots()` that has no value yet, ending with
the check-your-answers step. A red flag (R1-R5) stops the questions at once so the
triage is given in the same turn; after an urgent result, the follow-up asks only what
could still make it an emergency.
"""
from __future__ import annotations

from typing import Any, List, Mapping, Optional, Sequence

from bot.clinical.rules import phase, red_flag_triage

MAX_DURATION_ATTEMPTS = 2  # then R12 applies (duration unknown after asking twice)

LEG_QUESTIONS = ["leg_pain", "leg_numbness", "leg_weakness"]
RED_FLAG_BLOCK = ["saddle_numbness", "bladder_bowel", "fever", "cancer_history", "weight_loss", "night_pain"]
# The GOV.UK "check answers" step: before a doctor or physio result the person sees
# the answers as understood and confirms them (never before an emergency or urgent one).
CHECK_ANSWERS = "answers_confirmed"


def has_leg_symptoms(answers: Mapping[str, Any]) -> bool:
    return (
        answers.get("leg_pain") in ("above_knee", "below_knee")
        or answers.get("leg_numbness") is True
        or answers.get("leg_weakness") in ("stable", "worsening")
    )


def emergency_checks(answers: Mapping[str, Any]) -> List[str]:
    """Questions that could still turn an urgent result into an emergency (R1)."""
    slots = ["saddle_numbness", "bladder_bowel"]
    if answers.get("leg_numbness") is True or answers.get("leg_weakness") in ("stable", "worsening"):
        slots.insert(0, "both_legs")
    return slots


def required_slots(
    answers: Mapping[str, Any],
    duration_attempts: int = 0,
    triaged_level: Optional[str] = None,
) -> List[str]:
    """The questions of the check, in order, given what is known so far."""
    flagged = red_flag_triage(answers)
    if flagged and flagged.level == "emergency":
        return []  # escalate at once, whatever else is unknown
    if triaged_level == "urgent":
        return emergency_checks(answers)
    if triaged_level or flagged:
        return []  # a finished check, or an urgent flag: the result is given at once
    if answers.get("consent") is not True:
        return ["consent"]
    slots = ["consent", "onset"]
    if duration_attempts < MAX_DURATION_ATTEMPTS:
        slots.append("duration_days")
    slots += LEG_QUESTIONS
    if has_leg_symptoms(answers):
        slots.append("both_legs")
    slots += RED_FLAG_BLOCK
    slots.append("age_band")
    if answers.get("onset") == "sudden_movement":
        slots.append("osteoporosis_or_steroids")
    if (
        answers.get("onset") == "gradual"
        and phase(answers.get("duration_days")) == "chronic"
        and answers.get("age_band") in ("under_20", "20_44")
    ):
        slots.append("morning_stiffness")
    slots.append(CHECK_ANSWERS)
    return slots


def next_question(
    answers: Mapping[str, Any],
    duration_attempts: int = 0,
    triaged_level: Optional[str] = None,
    ask_first: Sequence[str] = (),
) -> Optional[str]:
    """The first required slot still unanswered, or None when the check is complete.

    `ask_first`: red-flag questions a message hinted at (bot.reading.redflags.hinted_red_flags);
    once the check runs, they come before the others. Only the order changes: the
    questions asked are the same."""
    required = required_slots(answers, duration_attempts, triaged_level)
    for slot in [*(s for s in ask_first if s in required), *required]:
        if answers.get(slot) is None:
            return slot
    return None
