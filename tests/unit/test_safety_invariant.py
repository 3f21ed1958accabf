"""The safety invariant (bot/clinical/safety.py), property-tested over any order of messages.

A patient sends any sequence of messages (answers, hedges, corrections, red flags,
nonsense, the check's buttons) to the check as bot.clinical.check_flow reads them; after every
message we check:
- a result below `urgent` exists only when every question that applies has been
  answered, the check-your-answers step included (R12 after two unknown durations);
- a known answer changes only in reply to its own question, through an explicit
  correction, or upward on the safe side; a red flag is never lowered;
- the result never falls below what the red flags already known demand.
"""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.clinical.check_flow import ANSWER_TO_CHANGE, ASK_FIRST, CheckState, read_reply
from bot.clinical.questions import CHECK_ANSWERS, MAX_DURATION_ATTEMPTS, next_question
from bot.clinical.rules import level_rank, red_flag_triage
from bot.clinical.safety import RED_FLAG_VALUES, SAFE_SIDE_ORDER, is_red_flag, result_for
from bot.reading.answers import correction_cue

TODAY = date(2026, 12, 1)
MESSAGES = [
    "yes", "no", "not sure", "ja", "nee", "weet ik niet", "nah", "yep",
    "3 weeks", "10 dagen", "since christmas", "idk", "forever", "4 months", "al 2 jaar",
    "it started when I lifted a box", "fell down the stairs", "gradually", "stillekesaan", "no idea just came",
    "below the knee", "only my back", "boven de knie", "a bit weak but not getting worse", "my foot drags, worse",
    "I can't feel my bum", "ik kan mijn plas niet ophouden", "I have a fever", "my dad had cancer", "not me",
    "only when I turn over in bed", "ive lost 5kg but on purpose", "I'm 34", "ik ben 72", "70 or older",
    "no, it goes below the knee", "actually it was a fall", "nee, het is al 3 weken", "sorry I meant 2 months",
    "that's right", "dat klopt", "change an answer", "how long", "hoe het begon", "warning signs",
    "yes stiff every morning for an hour, better when moving", "blue", "", "🙂", "<b>hi</b>",
    "hi so 10 days ago i bent over to pick up the washing basket, shooting pain to my ankle, pins and needles",
    "getting worse", "staying the same", "both legs", "one leg", "antwoord wijzigen", "change my answer",
    "when i wipe it feels a bit odd", "mijn kruis voelt wat wattig", "peeing is kinda strange",
]  # fmt: skip


def apply(state: CheckState, reply) -> None:
    for slot, value in reply.changes.items():
        if slot == "story":
            state.story = dict(value or {})
        elif slot == "clarifying":
            state.clarifying = value
        elif slot == "duration_attempts":
            state.attempts = value
        elif slot == ASK_FIRST:
            state.ask_first = list(value or [])
        else:
            state.answers[slot] = value
    state.requested = reply.next_slot


def check_change(slot, before, after, requested, text, ask_first=()):
    """A known answer changed: it must be allowed by the invariant."""
    if before is None or after == before or slot in ("consent", CHECK_ANSWERS):
        return
    if after is None and slot in ask_first and not is_red_flag(slot, before):
        return  # a "no" asked again, first: the message hinted at that sign
    assert not is_red_flag(slot, before), f"red flag {slot}={before} lowered to {after} by {text!r}"
    asked = slot == requested or requested in (CHECK_ANSWERS, ANSWER_TO_CHANGE, "clarifying")
    order = SAFE_SIDE_ORDER.get(slot)
    raised = is_red_flag(slot, after) or (
        bool(order) and before in order and after in order and order.index(after) > order.index(before)
    )
    assert asked or raised or correction_cue(text), f"{slot}: {before} -> {after} by {text!r} asked {requested}"


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(MESSAGES), st.booleans()), min_size=1, max_size=40))
def test_no_result_without_the_questions_and_no_answer_changes_by_surprise(messages):
    state = CheckState(answers={"consent": None}, requested="consent", language="en")
    for text, interruption in messages:
        if state.requested is None:
            break  # the form ends: action_triage gives result_for(answers)
        before = dict(state.answers)
        reply = read_reply(state, text, TODAY, interruption=interruption)
        if reply.not_an_answer:
            assert reply.changes == {}  # the rules answer; nothing is read from it
            continue
        requested = state.requested
        apply(state, reply)
        for slot in set(before) | set(state.answers):
            check_change(slot, before.get(slot), state.answers.get(slot), requested, text, state.ask_first)
        flagged_before = red_flag_triage(before)
        result = result_for(state.answers, state.attempts)
        if flagged_before:
            assert result is not None and level_rank(result.level) >= level_rank(flagged_before.level)
        if result is not None and result.level in ("physio", "doctor"):
            assert state.answers.get("consent") is True
            assert next_question(state.answers, min(state.attempts, MAX_DURATION_ATTEMPTS)) is None
            assert state.answers.get(CHECK_ANSWERS) is True
            if state.answers.get("duration_days") is None:
                assert state.attempts >= MAX_DURATION_ATTEMPTS and result.rule in ("R6", "R7", "R8", "R12")
        if result is None:
            assert state.requested is not None or state.answers.get("consent") is False


def test_the_red_flag_values_are_those_of_rules_r1_to_r5():
    for slot, values in RED_FLAG_VALUES.items():
        for value in values:
            answers = {slot: value, **({"leg_numbness": True} if slot == "both_legs" else {})}
            assert red_flag_triage(answers) is not None, (slot, value)


def test_r12_stays_after_two_unknown_durations():
    state = CheckState(answers={"consent": True, "onset": "gradual"}, requested="duration_days", language="en")
    for text in ("idk", "no idea really"):
        apply(state, read_reply(state, text, TODAY))
    assert state.requested == "leg_pain" and state.attempts == 2
    calm = {"leg_pain": "none", "leg_numbness": False, "leg_weakness": "none", "saddle_numbness": False,
            "bladder_bowel": False, "fever": False, "cancer_history": False, "weight_loss": False,
            "night_pain": False, "age_band": "45_69", CHECK_ANSWERS: True}
    result = result_for({**state.answers, **calm}, state.attempts)
    assert (result.level, result.rule) == ("physio", "R12")
    assert result_for({**state.answers, **calm, CHECK_ANSWERS: None}, state.attempts) is None


def test_asking_to_change_an_answer_mid_check_lists_the_answers():
    from bot.clinical.check_flow import ANSWER_TO_CHANGE

    for text in ("antwoord wijzigen", "i want to change my answer", "wrong answer", "ik heb verkeerd geantwoord"):
        state = CheckState(answers={"consent": True, "onset": "gradual"}, requested="duration_days", language="en")
        assert read_reply(state, text, TODAY).next_slot == ANSWER_TO_CHANGE, text
    state = CheckState(answers={"consent": True, "onset": "gradual"}, requested="bladder_bowel", language="en")
    assert read_reply(state, "no change in my bladder", TODAY).next_slot != ANSWER_TO_CHANGE
