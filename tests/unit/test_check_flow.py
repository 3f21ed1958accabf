"""bot/check_flow.py at the check-your-answers step, in English and Dutch (no Rasa)."""
from datetime import date

import pytest

from bot.check_flow import ANSWER_TO_CHANGE, CheckState, read_reply
from bot.questions import CHECK_ANSWERS

TODAY = date(2026, 12, 1)
DONE = {"consent": True, "onset": "gradual", "duration_days": 10, "leg_pain": "none", "leg_numbness": False,
        "leg_weakness": "none", "saddle_numbness": False, "bladder_bowel": False, "fever": False,
        "cancer_history": False, "weight_loss": False, "night_pain": False, "age_band": "45_69",
        CHECK_ANSWERS: None}


def at_check(text, language="en"):
    return read_reply(CheckState(answers=dict(DONE), requested=CHECK_ANSWERS, language=language), text, TODAY)


@pytest.mark.parametrize("text", ["that's right", "yes", "correct", "dat klopt", "ja", "klopt", "ok, klopt"])
def test_confirming_gives_the_result(text):
    reply = at_check(text)
    assert reply.changes == {CHECK_ANSWERS: True} and reply.next_slot is None


@pytest.mark.parametrize("text", ["change an answer", "antwoord wijzigen", "no", "nee", "klopt niet", "wrong"])
def test_asking_to_change_lists_the_answers(text):
    reply = at_check(text)
    assert reply.next_slot == ANSWER_TO_CHANGE and reply.changes == {}


@pytest.mark.parametrize("text,slot", [("how long", "duration_days"), ("hoe lang", "duration_days"),
                                       ("change my age", "age_band"), ("leeftijd", "age_band")])
def test_naming_an_answer_asks_only_that_question(text, slot):
    reply = at_check(text)
    assert reply.changes.get(slot, "kept") is None and reply.next_slot == slot


@pytest.mark.parametrize("text,slot,value", [("no, it goes below the knee", "leg_pain", "below_knee"),
                                             ("nee, het is al 3 weken", "duration_days", 21),
                                             ("actually it was a fall", "onset", "trauma")])
def test_a_free_text_correction_changes_that_answer(text, slot, value):
    assert at_check(text).changes[slot] == value


def test_a_red_flag_in_a_correction_ends_the_check():
    reply = at_check("actually I can't feel my bum")
    assert reply.changes["saddle_numbness"] is True and reply.next_slot is None


@pytest.mark.parametrize("text, language, slot, value", [
    ("oh wait, it's been 3 weeks not 10 days. no leg pain", "en", "duration_days", 21),
    ("nee, het is al 3 weken", "nl", "duration_days", 21),
])
def test_a_correction_mid_check_is_said_back(text, language, slot, value):
    known = {k: v for k, v in DONE.items() if k not in ("leg_pain", "leg_numbness", "leg_weakness")}
    state = CheckState(answers={**known, "leg_pain": None}, requested="leg_pain", language=language)
    reply = read_reply(state, text, TODAY)
    assert reply.changes[slot] == value
    assert {"response": "utter_answer_changed", "items": [slot]} in reply.say


def test_a_plain_answer_mid_check_is_not_said_back():
    state = CheckState(answers={**DONE, "leg_pain": None}, requested="leg_pain", language="en")
    reply = read_reply(state, "no leg pain", TODAY)
    assert not any(m["response"] == "utter_answer_changed" for m in reply.say)
