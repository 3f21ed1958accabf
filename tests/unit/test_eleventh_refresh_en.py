"""English readings found by the blind split's eleventh refresh (session 10), tested with
other phrasings of the same signs (never the blind texts) and hard negatives of the same kind."""
from datetime import date

import pytest

from bot.answers import parse_answer
from bot.redflags import find_red_flags

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize("text, expected", [
    # retention and straining told by what happens
    ("feel like i need to pee but it just wont come, been sat on the loo for ages", {"bladder_bowel": True}),
    ("only had one pee since breakfast yesterday", {"bladder_bowel": True}),
    ("sat on the toilet ages and theres only a trickle", {"bladder_bowel": True}),
    ("on the loo i have to push and push just to get it going", {"bladder_bowel": True}),
    # a leak not felt, the urge gone
    ("there was poo on the bath mat this morning and i never felt it come out", {"bladder_bowel": True}),
    ("havent felt the need to poo for days", {"bladder_bowel": True}),
    # the saddle in a list without "my"; the soles of both feet
    ("my bum and front bits feel numb since last night", {"saddle_numbness": True}),
    ("both legs feel strange and heavy since this morning, i cant feel my soles on the floor",
     {"both_legs": True, "leg_numbness": True}),
    # hard negatives: a fever that went, words that will not come, a normal wee, shoe soles
    ("had the flu with a fever last month, it was gone within 3 days", {}),
    ("the words just wont come out when im in this much pain", {}),
    ("had a wee this morning, all normal, its just the back", {}),
    ("the soles of my new trainers are really hard", {}),
])
def test_eleventh_refresh_signs_in_other_words_en(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a twinge "now and then" is no moment: what follows decides
    ("a twinge every now and then since the summer, it just built up", "gradual"),
    ("twinges on and off for a couple of months, no real moment", "gradual"),
    # a twinge at a moment still is one
    ("felt a twinge lifting the kettle", "sudden_movement"),
])
def test_a_twinge_now_and_then_is_no_moment(text, expected):
    assert parse_answer("onset", text, TODAY) == expected
