"""Which question comes next, and combining answers on the safe side."""
from bot.clinical.questions import next_question, required_slots
from bot.clinical.safety import merge_answers


def test_consent_comes_before_any_health_question():
    assert next_question({}) == "consent"
    assert next_question({"consent": False}) is None  # declined: the check ends
    assert next_question({"consent": True}) == "onset"


def test_order_of_a_plain_check():
    answers = {"consent": True}
    asked = []
    values = {"onset": "gradual", "duration_days": 10, "leg_pain": "none", "leg_numbness": False,
              "leg_weakness": "none", "saddle_numbness": False, "bladder_bowel": False, "fever": False,
              "cancer_history": False, "weight_loss": False, "night_pain": False, "age_band": "45_69",
              "answers_confirmed": True}
    while (slot := next_question(answers)) is not None:
        asked.append(slot)
        answers[slot] = values[slot]
    assert asked == list(values)


def test_both_legs_only_with_leg_symptoms():
    base = {"consent": True, "onset": "gradual", "duration_days": 3, "leg_numbness": False, "leg_weakness": "none"}
    assert "both_legs" not in required_slots({**base, "leg_pain": "none"})
    assert "both_legs" in required_slots({**base, "leg_pain": "above_knee"})
    assert "both_legs" in required_slots({**base, "leg_pain": "none", "leg_numbness": True})


def test_conditional_questions():
    sudden = {"consent": True, "onset": "sudden_movement"}
    assert "osteoporosis_or_steroids" in required_slots(sudden)
    assert "osteoporosis_or_steroids" not in required_slots({**sudden, "onset": "gradual"})
    young_chronic = {"consent": True, "onset": "gradual", "duration_days": 84, "age_band": "20_44"}
    assert "morning_stiffness" in required_slots(young_chronic)
    assert "morning_stiffness" not in required_slots({**young_chronic, "duration_days": 83})
    assert "morning_stiffness" not in required_slots({**young_chronic, "age_band": "45_69"})
    assert "morning_stiffness" not in required_slots({**young_chronic, "onset": "sudden_movement"})


def test_duration_is_dropped_after_two_attempts():
    answers = {"consent": True, "onset": "gradual"}
    assert next_question(answers, duration_attempts=1) == "duration_days"
    assert next_question(answers, duration_attempts=2) == "leg_pain"


def test_red_flags_stop_the_questions_at_once():
    assert next_question({"consent": True, "saddle_numbness": True}) is None
    assert next_question({"consent": True, "onset": "trauma"}) is None
    assert next_question({"fever": True}) is None  # even before consent


def test_after_an_urgent_result_only_emergency_questions_remain():
    answers = {"consent": True, "onset": "trauma"}
    assert required_slots(answers, triaged_level="urgent") == ["saddle_numbness", "bladder_bowel"]
    assert next_question({**answers, "leg_numbness": True}, triaged_level="urgent") == "both_legs"
    assert next_question({**answers, "saddle_numbness": False, "bladder_bowel": False}, triaged_level="urgent") is None
    assert next_question({**answers, "saddle_numbness": True}, triaged_level="urgent") is None


def test_finished_check_asks_nothing():
    assert next_question({"consent": True}, triaged_level="physio") is None


def test_merge_never_lowers_a_red_flag():
    known = {"fever": True, "leg_weakness": "worsening", "onset": "trauma", "age_band": "20_44"}
    found = {"fever": False, "leg_weakness": "none", "onset": "gradual", "age_band": "45_69"}
    assert merge_answers(known, found, requested="age_band") == {"age_band": "45_69"}


def test_other_answers_change_only_in_reply_to_their_own_question():
    known = {"duration_days": 60, "age_band": "20_44", "bladder_bowel": None}
    found = {"duration_days": 1, "bladder_bowel": True}  # "I can't hold my pee since yesterday"
    assert merge_answers(known, found, requested="leg_pain") == {"bladder_bowel": True}
    assert merge_answers(known, {"duration_days": 70}, requested="duration_days") == {"duration_days": 70}
    assert merge_answers({"duration_days": None}, {"duration_days": 5}, requested="onset") == {"duration_days": 5}


def test_an_earlier_answer_is_not_overwritten_by_a_passing_mention():
    # asked about morning stiffness, "better when moving" must not turn "no idea, it just came" into lifting
    known = {"onset": "gradual", "duration_days": 120, "morning_stiffness": None}
    found = {"morning_stiffness": True, "onset": "sudden_movement"}
    assert merge_answers(known, found, requested="morning_stiffness") == {"morning_stiffness": True}


def test_an_explicit_correction_changes_an_answer_but_never_lowers_a_red_flag():
    known = {"duration_days": 10, "leg_pain": "below_knee", "onset": "trauma", "fever": True}
    found = {"duration_days": 21, "leg_pain": "none", "onset": "gradual", "fever": False}
    assert merge_answers(known, found, requested="age_band", correction=True) == {"duration_days": 21,
                                                                                  "leg_pain": "none"}


def test_a_finding_on_the_safe_side_raises_without_being_asked():
    known = {"leg_pain": "none", "leg_weakness": "stable", "onset": "gradual"}
    found = {"leg_pain": "below_knee", "leg_weakness": "worsening", "onset": "trauma"}
    assert merge_answers(known, found, requested="fever") == found


def test_the_check_ends_with_the_answers_checked():
    almost = {"consent": True, "onset": "gradual", "duration_days": 10, "leg_pain": "none", "leg_numbness": False,
              "leg_weakness": "none", "saddle_numbness": False, "bladder_bowel": False, "fever": False,
              "cancer_history": False, "weight_loss": False, "night_pain": False, "age_band": "45_69"}
    assert next_question(almost) == "answers_confirmed"
    assert next_question({**almost, "answers_confirmed": True}) is None
    assert next_question({**almost, "fever": True}) is None  # an urgent result is never delayed by it


def test_merge_reports_only_changes():
    assert merge_answers({"fever": False}, {"fever": False}) == {}
    assert merge_answers({"fever": False}, {"fever": True}) == {"fever": True}
    assert merge_answers({}, {"duration_days": 0}) == {"duration_days": 0}
    assert merge_answers({}, {"duration_days": None}) == {}
