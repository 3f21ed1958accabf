"""Session-15 red-flag fixes found while checking round 3 (issue 12): a word that only starts like the stool word,
and the Dutch fall that reads like weight lost ("afvallen" is both). Every case here read otherwise before, except
the kept ones, which must stay as they are."""
import pytest

from bot.reading.redflags import find_red_flags

TRAUMA = {"onset": "trauma"}

CASES = [
    # "poor" and "poorly" are no poo: "an accident" with them was a soiling and a call to 112
    ("had an accident, a poor driver hit me", TRAUMA),
    ("car accident last week, poor visibility, my back took the hit", TRAUMA),
    ("accident at work, poor lifting technique they said", TRAUMA),
    # fallen off something, told with "afvallen" (also: losing weight): a fall, not weight lost
    ("ik viel van de trap af", TRAUMA),
    ("ik viel van de ladder af gisteren", TRAUMA),
    ("ik ben van de ladder afgetuimeld", TRAUMA),
]
KEPT = [
    ("had an accident, a poo, didnt feel it", {"bladder_bowel": True}),
    ("couldnt hold my poo, accident in the pants", {"bladder_bowel": True}),
    ("ik val de laatste tijd veel af zonder te proberen", {"weight_loss": True}),
    ("ik ben 5 kilo afgevallen van de stress", {"weight_loss": True}),
]


@pytest.mark.parametrize("text,expected", CASES + KEPT)
def test_reads(text, expected):
    assert find_red_flags(text) == expected


def test_fallen_off_a_bike_is_a_fall():
    # "afgevallen" also reads as weight lost here; the fall must be read (both are urgent)
    assert find_red_flags("ben van mijn fiets afgevallen")["onset"] == "trauma"
