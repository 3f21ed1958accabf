"""Misses of the second session-14 blind refresh (issues 12 and 13), fixed in general form: each sign is
tested in other words than the blind texts, in every language where it is told the same way, with hard
negatives that must stay as they are. Every positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- legs that go (out) from under the patient: plural legs failing are both legs ----
    ("my legs keep going from under me", {"both_legs": True, "leg_weakness": "worsening"}),
    ("both my legs went out from under me on the stairs", {"both_legs": True, "leg_weakness": "worsening"}),
    ("me legs keep going from under me", {"both_legs": True, "leg_weakness": "worsening"}),
    ("both legs went from underneath me twice today", {"both_legs": True, "leg_weakness": "worsening"}),
]

NEGATIVES = [
    # one leg going from under the patient is one leg; someone else's legs are not the patient's
    ("my left leg keeps going from under me", {"leg_weakness": "worsening"}),
    ("my dads legs keep going from under him", {}),
    ("my legs feel fine, no weakness at all", {}),
]


@pytest.mark.parametrize("text, expected", POSITIVES + NEGATIVES)
def test_reading(text, expected):
    assert find_red_flags(text) == expected
