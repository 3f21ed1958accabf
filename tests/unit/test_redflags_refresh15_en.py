"""English misses of the session-15 blind refresh (issue 12), and the English twins of the Dutch and French
misses, fixed in general form: each sign in other words than the blind texts, with hard negatives that must
stay as they are. Every positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- an accident in one's clothes or bed, "me" for "my" and a word before the place: soiling, no fall ----
    ("had an accident in me trousers on the way back from the shop, the brown sort, never felt a thing",
     {"bladder_bowel": True}),
    ("bit of an accident in me kecks at work, number one, only noticed when i stood up", {"bladder_bowel": True}),
    ("had an accident in my work trousers this morning and didnt feel it coming", {"bladder_bowel": True}),
    ("had a little accident all over the sheets last night, didnt wake up for it", {"bladder_bowel": True}),
    ("had an accident in me joggers in the queue at tesco", {"bladder_bowel": True}),
]

NEGATIVES = [
    # an accident somewhere else is still a trauma
    ("had an accident at work, fell off a ladder", {"onset": "trauma"}),
    ("had an accident in the car on monday", {"onset": "trauma"}),
    ("had an accident in the car park, a van reversed into me", {"onset": "trauma"}),
    ("had an accident on my bike in the new cycle lane", {"onset": "trauma"}),
    ("had an accident in my new car", {"onset": "trauma"}),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_signs_told_in_other_words_are_read(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text,expected", NEGATIVES)
def test_look_alikes_stay_as_they_were(text, expected):
    assert find_red_flags(text) == expected
