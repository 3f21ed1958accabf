"""Misses of the session-14 blind refresh (issues 12 and 13), fixed in general form: each sign is tested
in other words than the blind texts, in every language where it is told the same way, with hard negatives
that must stay as they are. Every positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- a past fever told as over ("c fini", "its over now"): not a fever now ----
    ("j avais de la fievre la semaine derniere mais c termine", {}),
    ("grippe avec fievre le mois dernier, fini depuis longtemps", {}),
    ("i had a fever last month but its over now", {}),
    ("had the flu with a temp 2 weeks ago, that was over in a few days", {}),
    ("fever a fortnight ago, over and done with now", {}),
]

NEGATIVES = [
    # a fever now, or one that is asked about or not over, stays a fever
    ("ive got a fever and its over 39", {"fever": True}),
    ("i have a fever, its over now but the chills are back", {"fever": True}),
    ("j ai de la fievre et c pas fini", {"fever": True}),
    ("j ai de la fievre depuis hier c fini quand", {"fever": True}),
    ("j ai de la fievre depuis hier c est fini quand", {"fever": True}),
    ("fievre depuis 3 jours, c pas termine", {"fever": True}),
    ("numb all over my bum", {"saddle_numbness": True}),
]


@pytest.mark.parametrize("text, expected", POSITIVES + NEGATIVES)
def test_reading(text, expected):
    assert find_red_flags(text) == expected
