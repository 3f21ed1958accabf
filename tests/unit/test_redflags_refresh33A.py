"""Session 33, round A: CI failed on two kept cases of round 21f after round 32AX widened the Dutch landing-on-the-seat
pattern ("op haar billen geland", "op het achterste ... geland").

Changed: a third person's possessive in the sign ("her", "haar", "ses": the packs' THEIR_POSSESSIVE) points back to the
relative named before it, across commas (bot/reading/redflags.py _someone_else): "mijn moeder is van de trap geklapt, op
haar billen geland" is the mother's fall. "Het achterste deel" (of a plane) is no seat.

Kept: the bare pronoun typed for the patient ("ze is op haar zitvlak geland") and the patient's own landing stay a trauma.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
CHANGED = [
    ("mijn moeder is van de laatste 3 treden naar beneden geklapt, op haar billen geland", {}),
    ("mijn zus is uitgegleden in de badkamer, op haar stuitje beland", {}),
    ("het vliegtuig is op het achterste deel geland", {}),
]
KEPT = [
    ("ze is vorige week op haar zitvlak geland", TRAUMA),
    ("ik ben uitgegleden, op mijn stuitje beland", TRAUMA),
    ("I slipped on the ice, landed on my bottom", TRAUMA),
    ("my sister slid off the bench and landed on her rear", {}),
    ("ma mere a glisse dans la salle de bain", {}),
    ("je suis tombe sur les fesses dans l escalier", TRAUMA),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
