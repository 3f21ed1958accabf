"""Session 42, lead (issue 12): the urge not noticed, told as "no idea" ("i had no idea i needed a wee and then it was
running down my leg", "j'avais aucune idée que je devais faire pipi").

The hedges rewrite "no idea" / "aucune idée" as "unsure" before the rules read the message (so "no idea if it's
numb" is a hedged sign), and no bladder rule read "unsure i needed the loo": the urge not felt, like "didn't feel it
coming", was missed unless a leak was told too. Changed: a BLADDER_PATTERNS entry in the en and fr packs (Dutch "geen
idee dat ik moest plassen" was read already, kept below).
Kept: "no idea" about anything else (physio, how long), the Dutch form, the leak told with it.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
CHANGED = [
    ("I had no idea I needed a wee and then it was running down my leg", B),
    ("i had no idea i needed the loo", B),
    ("honestly had no idea i needed to pee till i stood up", B),
    ("j'avais aucune idée que je devais faire pipi, c'est parti tout seul", B),
    ("j'avais aucune idée que j'avais besoin d'aller aux toilettes", B),
]
KEPT = [
    ("had no idea I needed the toilet till it was too late", B),
    ("i have no idea if i need physio", {}),
    ("no idea how long it has been", {}),
    ("i had no idea i needed physio for this", {}),
    ("j'ai aucune idée si je dois faire de la kiné", {}),
    ("ik had geen idee dat ik moest plassen", B),
    ("ik heb geen idee hoe lang het al duurt", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
