"""Session 19, lead: a bladder trouble told at the toilet (the stream slow to start, weak), and a trouble
denied for another time or organ ("never had any problems before", "jamais eu de soucis de prostate"), which
denies nothing of the trouble told now. Changed cases failed on the code before; kept cases are hard negatives."""
import pytest

from bot.reading.redflags import find_red_flags

BLADDER = {"bladder_bowel": True}

CHANGED = [
    # the stream slow to start, told at the toilet
    "i stand at the toilet for 2 minutes before it starts",
    "sat on the loo for ages before anything happens, back is killing me",
    "ik sta 2 minuten voor de wc voor het begint te lopen",
    "het plassen komt heel traag op gang sinds gisteren",
    "je reste 2 minutes aux toilettes avant que ça vienne",
    "je reste planté devant la cuvette 2 minutes avant que ça démarre",
    "pour uriner ça coule tout mollement, un petit filet",
    # a denial of another time or organ beside a trouble told now
    "peeing is weird since yesterday, it wont come properly, never had any problems before",
    "peeing is weird since yesterday, it wont come properly, never had any problems with my prostate",
    "bizarre pour uriner : ça coule tout mollement, un petit filet, alors que j'ai jamais eu de soucis de prostate",
]

# read right before too, and must stay so
KEPT_FLAGGED = ["plassen gaat raar sinds gisteren, het komt niet goed, nooit problemen gehad voordien"]

KEPT = [
    "never had any problems peeing",
    "no problems with peeing before or now",
    "nooit problemen gehad met plassen",
    "geen problemen met plassen",
    "jamais eu de soucis pour uriner",
    "pas de souci pour uriner",
    "i went to the toilet before it starts hurting again",
    "ik ging naar de wc voor het begint te regenen",
    "je vais aux toilettes avant que ça commence à faire mal",
    "peeing is fine, takes a minute",
    "le pipi ça va bien",
]


@pytest.mark.parametrize("text", CHANGED + KEPT_FLAGGED)
def test_a_bladder_trouble_told_now_is_a_red_flag(text):
    assert find_red_flags(text) == BLADDER


@pytest.mark.parametrize("text", KEPT)
def test_all_well_and_other_things_stay_no_flag(text):
    assert find_red_flags(text) == {}
