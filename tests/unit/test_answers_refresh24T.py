"""Session 24, helper T: leg_pain told with a Caribbean negation ("eh", "ent" = isnt, "doh" = dont): "stops by the knee, it
ent reach the foot" is above the knee (the calf or foot named as not reached, as "never gets into the calf"); a part said to
hurt stays below the knee ("it run down to the calf yes", "it does reach the foot, eh")."""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def read(case):
    slot, text = case.split("|", 1)
    return parse_answer(slot, text, TODAY)


CHANGED = [
    ("leg_pain|stops at the knee, it doh go in the calf", "above_knee"),
    ("leg_pain|at the knee, it ent reach the foot", "above_knee"),
    ("leg_pain|pain in the thigh, it doh reach the calf", "above_knee"),
    ("leg_pain|back of the thigh, e doh go down to the foot", "above_knee"),
    ("leg_pain|it in the thigh, it ent going in the calf at all", "above_knee"),
    ("leg_pain|down the thigh, it eh reaching the shin or the foot", "above_knee"),
    ("leg_pain|from mi backside to the knee, it eint passing into the shin", "above_knee"),
]

KEPT = [
    ("leg_pain|it reach down to the calf eh", "below_knee"),
    ("leg_pain|it going down to my calf", "below_knee"),
    ("leg_pain|it does reach the foot, eh", "below_knee"),
    ("leg_pain|it run down to the calf yes", "below_knee"),
    ("leg_pain|down to the foot, doh know why", "below_knee"),
    ("leg_pain|it go in the calf and the foot", "below_knee"),
    ("leg_pain|only the thigh", "above_knee"),
    ("leg_pain|thigh only, it eh go pass the knee", "above_knee"),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
