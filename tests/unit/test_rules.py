"""R1-R12 of clinical-rules.md, their boundaries and first-match order."""
import itertools

import pytest

from bot.clinical.rules import LEVELS, classify, phase, red_flag_triage

CALM = {  # a complete, harmless set of answers: acute non-specific pain
    "onset": "sudden_movement", "duration_days": 9, "leg_pain": "none", "both_legs": None,
    "leg_numbness": False, "leg_weakness": "none", "saddle_numbness": False, "bladder_bowel": False,
    "fever": False, "cancer_history": False, "weight_loss": False, "night_pain": False,
    "age_band": "20_44", "osteoporosis_or_steroids": False, "morning_stiffness": None,
}  # fmt: skip


def result(**changes):
    triage = classify({**CALM, **changes})
    return triage.rule, triage.level, triage.condition


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"saddle_numbness": True}, ("R1", "emergency", "cauda_equina")),
        ({"bladder_bowel": True}, ("R1", "emergency", "cauda_equina")),
        ({"leg_numbness": True, "both_legs": True}, ("R1", "emergency", "cauda_equina")),
        ({"leg_weakness": "stable", "both_legs": True}, ("R1", "emergency", "cauda_equina")),
        ({"leg_weakness": "worsening", "both_legs": True}, ("R1", "emergency", "cauda_equina")),
        ({"leg_weakness": "worsening"}, ("R2", "urgent", "progressive_neurological_deficit")),
        ({"fever": True}, ("R3", "urgent", "possible_infection")),
        ({"onset": "trauma"}, ("R4", "urgent", "possible_fracture")),
        ({"cancer_history": True}, ("R5", "urgent", "possible_serious_cause")),
        ({"weight_loss": True}, ("R5", "urgent", "possible_serious_cause")),
        ({"night_pain": True}, ("R5", "urgent", "possible_serious_cause")),
        ({"age_band": "70_plus"}, ("R6", "doctor", "possible_fracture")),
        ({"osteoporosis_or_steroids": True}, ("R6", "doctor", "possible_fracture")),
        ({"leg_pain": "below_knee", "both_legs": False}, ("R7", "doctor", "radicular_syndrome")),
        ({"leg_numbness": True, "both_legs": False}, ("R7", "doctor", "radicular_syndrome")),
        ({"leg_weakness": "stable", "both_legs": False}, ("R7", "doctor", "radicular_syndrome")),
        ({"onset": "gradual", "duration_days": 120, "morning_stiffness": True}, ("R8", "doctor", "inflammatory_back_pain")),
        ({"onset": "gradual", "duration_days": 120, "age_band": "under_20", "morning_stiffness": True},
         ("R8", "doctor", "inflammatory_back_pain")),
        ({}, ("R9", "physio", "nonspecific_acute")),
        ({"duration_days": 49}, ("R10", "physio", "nonspecific_subacute")),
        ({"duration_days": 400}, ("R11", "physio", "nonspecific_chronic")),
        ({"duration_days": None}, ("R12", "physio", "nonspecific")),
    ],
)
def test_each_rule(changes, expected):
    assert result(**changes) == expected


@pytest.mark.parametrize("days, expected", [(0, "acute"), (41, "acute"), (42, "subacute"), (83, "subacute"),
                                            (84, "chronic"), (90, "chronic"), (None, None)])
def test_phase_boundaries(days, expected):
    assert phase(days) == expected


@pytest.mark.parametrize("days, condition", [(41, "nonspecific_acute"), (42, "nonspecific_subacute"),
                                             (83, "nonspecific_subacute"), (84, "nonspecific_chronic")])
def test_duration_boundaries_in_classification(days, condition):
    assert result(duration_days=days)[2] == condition


def test_r8_needs_every_condition():
    base = {"onset": "gradual", "duration_days": 84, "age_band": "20_44", "morning_stiffness": True}
    assert result(**base)[0] == "R8"
    assert result(**{**base, "duration_days": 83})[0] == "R10"
    assert result(**{**base, "age_band": "45_69"})[0] == "R11"
    assert result(**{**base, "onset": "sudden_movement"})[0] == "R11"
    assert result(**{**base, "morning_stiffness": False})[0] == "R11"


def test_pain_above_the_knee_alone_is_referred_pain():
    assert result(leg_pain="above_knee", both_legs=False)[0] == "R9"
    assert result(leg_pain="above_knee", both_legs=True)[0] == "R9"  # no numbness or weakness


def test_first_match_wins():
    assert result(saddle_numbness=True, fever=True, onset="trauma")[0] == "R1"
    assert result(leg_weakness="worsening", fever=True)[0] == "R2"
    assert result(fever=True, onset="trauma", cancer_history=True)[0] == "R3"
    assert result(onset="trauma", night_pain=True)[0] == "R4"
    assert result(cancer_history=True, age_band="70_plus")[0] == "R5"
    assert result(age_band="70_plus", leg_pain="below_knee")[0] == "R6"
    assert result(leg_numbness=True, onset="gradual", duration_days=100, morning_stiffness=True)[0] == "R7"


def test_sudden_onset_fracture_rule_needs_sudden_movement():
    assert result(onset="gradual", age_band="70_plus")[0] == "R9"


def test_red_flags_escalate_from_partial_answers():
    assert red_flag_triage({"fever": True}).rule == "R3"
    assert red_flag_triage({"onset": "trauma"}).rule == "R4"
    assert red_flag_triage({"onset": "gradual", "duration_days": 3}) is None


FLAGS = {"saddle_numbness": True, "bladder_bowel": True, "fever": True, "cancer_history": True,
         "weight_loss": True, "night_pain": True, "onset": "trauma", "leg_weakness": "worsening"}


@pytest.mark.parametrize("base_changes", [{}, {"duration_days": 200}, {"leg_pain": "below_knee"},
                                          {"age_band": "70_plus"}, {"leg_numbness": True, "both_legs": True}])
@pytest.mark.parametrize("flag", sorted(FLAGS))
def test_adding_a_red_flag_never_lowers_the_level(base_changes, flag):
    before = classify({**CALM, **base_changes})
    after = classify({**CALM, **base_changes, flag: FLAGS[flag]})
    assert LEVELS.index(after.level) >= LEVELS.index(before.level)
    assert after.level in ("urgent", "emergency")


def test_total_over_every_combination():
    values = {
        "onset": ["sudden_movement", "trauma", "gradual", None],
        "leg_pain": ["none", "above_knee", "below_knee", None],
        "leg_weakness": ["none", "stable", "worsening", None],
        "both_legs": [True, False, None],
        "leg_numbness": [True, False, None],
        "age_band": ["under_20", "20_44", "45_69", "70_plus", None],
        "duration_days": [None, 0, 41, 42, 83, 84],
    }
    for combo in itertools.product(*values.values()):
        triage = classify(dict(zip(values, combo, strict=True)))
        assert triage.level in LEVELS
