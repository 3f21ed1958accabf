"""Clinical classification rules R1-R12 (docs/clinical-rules.md).

Pure Python: no Rasa import. The first rule that matches wins; levels never rise
down the table, so an added red flag can only raise the result.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Optional

LEVELS = ("physio", "doctor", "urgent", "emergency")  # lowest to highest

ACUTE_MAX_DAYS = 41
SUBACUTE_MAX_DAYS = 83


@dataclass(frozen=True)
class Triage:
    level: str
    condition: str
    rule: str


def phase(duration_days: Optional[int]) -> Optional[str]:
    """acute (< 6 weeks), subacute (6-12 weeks), chronic (12 weeks or more), or None."""
    if isinstance(duration_days, bool) or not isinstance(duration_days, (int, float)):
        return None  # unknown (or not a number): R12 territory, never a crash
    if duration_days <= ACUTE_MAX_DAYS:
        return "acute"
    if duration_days <= SUBACUTE_MAX_DAYS:
        return "subacute"
    return "chronic"


def _yes(answers: Mapping[str, Any], slot: str) -> bool:
    return answers.get(slot) is True


def red_flag_triage(answers: Mapping[str, Any]) -> Optional[Triage]:
    """R1-R5: the rules that escalate at once, from whatever is known so far."""
    legs_affected = _yes(answers, "leg_numbness") or answers.get("leg_weakness") in ("stable", "worsening")
    if _yes(answers, "saddle_numbness") or _yes(answers, "bladder_bowel") or (
        legs_affected and _yes(answers, "both_legs")
    ):
        return Triage("emergency", "cauda_equina", "R1")
    if answers.get("leg_weakness") == "worsening":
        return Triage("urgent", "progressive_neurological_deficit", "R2")
    if _yes(answers, "fever"):
        return Triage("urgent", "possible_infection", "R3")
    if answers.get("onset") == "trauma":
        return Triage("urgent", "possible_fracture", "R4")
    if _yes(answers, "cancer_history") or _yes(answers, "weight_loss") or _yes(answers, "night_pain"):
        return Triage("urgent", "possible_serious_cause", "R5")
    return None


def classify(answers: Mapping[str, Any]) -> Triage:
    """The triage for a complete (or early-stopped) set of answers."""
    flagged = red_flag_triage(answers)
    if flagged:
        return flagged
    if answers.get("onset") == "sudden_movement" and (
        answers.get("age_band") == "70_plus" or _yes(answers, "osteoporosis_or_steroids")
    ):
        return Triage("doctor", "possible_fracture", "R6")
    if (
        answers.get("leg_pain") == "below_knee"
        or _yes(answers, "leg_numbness")
        or answers.get("leg_weakness") == "stable"
    ):
        return Triage("doctor", "radicular_syndrome", "R7")
    current_phase = phase(answers.get("duration_days"))
    if (
        current_phase == "chronic"
        and answers.get("onset") == "gradual"
        and answers.get("age_band") in ("under_20", "20_44")
        and _yes(answers, "morning_stiffness")
    ):
        return Triage("doctor", "inflammatory_back_pain", "R8")
    if current_phase == "acute":
        return Triage("physio", "nonspecific_acute", "R9")
    if current_phase == "subacute":
        return Triage("physio", "nonspecific_subacute", "R10")
    if current_phase == "chronic":
        return Triage("physio", "nonspecific_chronic", "R11")
    return Triage("physio", "nonspecific", "R12")


def level_rank(level: str) -> int:
    return LEVELS.index(level)
