"""Ask first (issue 12): a message that hints at an emergency sign brings that red-flag
question forward, in English and Dutch (bot.reading.redflags.hinted_red_flags, bot.clinical.check_flow,
bot.clinical.questions; no Rasa). Only the order changes: a hint never sets an answer."""
from datetime import date

import pytest

from bot.clinical.check_flow import ASK_FIRST, CheckState, read_reply, told_at_start
from bot.clinical.questions import next_question
from bot.reading.redflags import find_red_flags, hinted_red_flags

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, slot", [
    ("my bum feels a bit off", "saddle_numbness"),
    ("when i sit on the loo it feels kinda different down there", "saddle_numbness"),
    ("peeing is strange since monday", "bladder_bowel"),
    ("my wee smells funny and i go loads", "bladder_bowel"),
    ("both feet r a bit meh", "both_legs"),
    ("my foot slaps a bit when i walk", "leg_weakness"),
    ("mijn poep voelt wat raar", "saddle_numbness"),
    ("plassen is anders dan vroeger", "bladder_bowel"),
    ("allebei mijn voeten doen raar", "both_legs"),
    ("mijn been is wat zwakjes", "leg_weakness"),
    # the tenth refresh's three emergency slots the net did not hint at, in other words
    ("my legs were trembling on the stairs", "leg_weakness"),
    ("mijn benen trillen als ik sta", "leg_weakness"),
    ("my legs feel kind of weird today", "both_legs"),
    ("ik voel mijn onderbenen niet goed", "both_legs"),
    # the twelfth refresh's emergency slots the net did not hint at, in other words
    ("my undies were damp after the walk", "bladder_bowel"),
    ("normally i pee every two hours, today not once", "bladder_bowel"),
    ("normaal ga ik elke twee uur plassen, nu niet meer", "bladder_bowel"),
    ("geen enkele keer drang gehad vandaag", "bladder_bowel"),
    ("de zetel was nat toen ik opstond", "bladder_bowel"),
    ("my left foot wont lift off the pedal properly", "leg_weakness"),
    ("mijn knie klapte weer dubbel op de trap", "leg_weakness"),
])
def test_a_hint_names_the_question(text, slot):
    assert slot in hinted_red_flags(text)


@pytest.mark.parametrize("text", [
    "pain in my bum going down my leg",  # the sciatic pain, not the saddle's feeling
    "peeing is fine, all normal",
    "can feel everything fine down there",
    "no weakness in my legs",
    "hurt it lifting something heavy",
    "pijn in mijn bil tot in mijn knie",
    "plassen gaat goed",
    "geen zwakte in mijn benen",
    "pain in my legs", "mijn benen doen pijn",  # pain alone is no feeling
    "putting my trousers on hurts", "mijn broek aandoen doet pijn",  # clothes alone are no sign
    "i cant bend down to tie my shoes",  # the back that will not bend, not a leg
    "", None, b"\xff", 12,
])
def test_no_hint(text):
    assert hinted_red_flags(text) == []


def test_a_hint_never_sets_an_answer():
    text = "my bum feels a bit off"
    assert find_red_flags(text) == {}
    state = CheckState(answers={"consent": True, "onset": None}, requested="onset", language="en")
    reply = read_reply(state, text, TODAY)
    assert "saddle_numbness" not in reply.changes


@pytest.mark.parametrize("text, language, slot", [
    ("my back hurts since tuesday and my bum feels a bit off", "en", "saddle_numbness"),
    ("rugpijn sinds dinsdag en mijn plas voelt wat vreemd", "nl", "bladder_bowel"),
])
def test_a_first_message_hint_is_the_first_question_after_consent(text, language, slot):
    told = told_at_start(text, TODAY)
    assert told[ASK_FIRST] == [slot]
    state = CheckState(answers={}, requested="consent", story=told.get("story", {}), ask_first=told[ASK_FIRST],
                       language=language)
    reply = read_reply(state, "yes" if language == "en" else "ja", TODAY)
    assert reply.next_slot == slot  # not the onset: the hinted sign first


def test_declining_consent_drops_the_hints():
    state = CheckState(answers={}, requested="consent", ask_first=["saddle_numbness"])
    reply = read_reply(state, "no thanks", TODAY)
    assert reply.changes[ASK_FIRST] is None


@pytest.mark.parametrize("text, language", [
    ("it comes and goes, my bum feels kinda weird too", "en"),
    ("komt en gaat, en als ik me afveeg is het wat gek", "nl"),
])
def test_a_hint_mid_check_asks_that_question_next(text, language):
    state = CheckState(answers={"consent": True, "onset": "gradual"}, requested="duration_days", language=language)
    reply = read_reply(state, text, TODAY)
    assert reply.next_slot == "saddle_numbness"
    assert reply.changes[ASK_FIRST] == ["saddle_numbness"]
    assert {"response": "utter_not_understood"} not in reply.say  # no "sorry": the hinted question comes


def test_an_answered_hint_leaves_the_list():
    state = CheckState(answers={"consent": True, "onset": "gradual", "duration_days": 10}, requested="saddle_numbness",
                       ask_first=["saddle_numbness"], language="en")
    reply = read_reply(state, "no", TODAY)
    assert reply.changes["saddle_numbness"] is False and reply.changes[ASK_FIRST] is None
    assert reply.next_slot == "leg_pain"


def test_a_hint_at_a_question_answered_no_asks_it_again():
    known = {"consent": True, "onset": "gradual", "duration_days": 10, "leg_pain": "none", "leg_numbness": False,
             "leg_weakness": "none", "saddle_numbness": False, "bladder_bowel": False}
    state = CheckState(answers=dict(known), requested="fever", language="en")
    reply = read_reply(state, "no fever. when i wipe it feels a bit odd tho", TODAY)
    assert reply.changes["fever"] is False
    assert reply.next_slot == "saddle_numbness" and reply.changes["saddle_numbness"] is None


def test_the_hinted_question_waits_for_consent():
    assert next_question({}, ask_first=["saddle_numbness"]) == "consent"
    assert next_question({"consent": True}, ask_first=["saddle_numbness"]) == "saddle_numbness"
    assert next_question({"consent": True}) == "onset"
