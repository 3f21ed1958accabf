"""Red flags (session 18, helper E): a dropped foot getting worse, a blind refresh missed, fixed in general form with
en/nl/fr twins.

A foot that flaps down and slaps the ground ("my foot's gone lazy, flaps down", "mijn voet klapt neer op de stoep",
"mon pied fait flap flap sur le trottoir") with a worsening told as a comparison with the day before ("floppier than
the day before", "slapper dan de dag ervoor", "plus mou que la veille") or "de pire en pire". Each CHANGED case failed
on the code before (d428af1); each KEPT case passes before and after."""
import pytest

from bot.reading.redflags import find_red_flags

WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    ("my right foot has gone lazy, sort of flaps down and slaps the road. every day its a bit floppier than the day before",
     WORSE),
    ("my foot has gone lazy. every day its a bit worse than the day before", WORSE),
    ("my foot is gone lazy, it gets worse every day", WORSE),
    ("mijn rechtervoet flapt neer op de stoep, hij is slapper dan de dag ervoor", WORSE),
    ("mijne voet kletst op de kasseien en hij is slapper dan de dag ervoor", WORSE),
    ("mon pied droit fait flap sur le trottoir, je dois lever le genou super haut sinon j'accroche. c'est de pire en pire",
     WORSE),
    ("mon pied droit fait flap sur le trottoir, c'est de pire en pire", WORSE),
]

KEPT = [
    # a dropped foot told unchanged stays without a worsening
    ("my right foot flaps down on the pavement, the same as in summer, not getting worse", {}),
    ("mijn voet klapt op de stoep, al maanden hetzelfde, niet erger", {}),
    ("mon pied claque sur le trottoir depuis l'été, c'est pareil, ça empire pas", {}),
    # the back getting worse, no failing limb
    ("c'est de pire en pire mon mal de dos", {}),
    ("my back is worse than the day before", {}),
    ("mijn rug is erger dan de dag ervoor", {}),
    # feeling better is no worsening
    ("my foot is lazy, feels better than yesterday", {}),
    ("the dog is lazy, my back is worse than the day before", {}),
]


@pytest.mark.parametrize("text,expected", CHANGED + KEPT)
def test_redflags_refresh18e(text: str, expected: dict) -> None:
    assert find_red_flags(text) == expected
