"""Session 43, lead (issue 12): a slip caught by someone who then went down with the person, told as "we" ("he grabbed me
but we both went down", "mijn vriend greep me nog vast maar we vielen allebei", "we vielen samen van de trap").

Found while landing round 43N (a near fall caught, no fall): a catch that failed, the fall told in the first person plural,
was read as no fall in English and Dutch (a missed trauma; French "on est tombés tous les deux" was read). Changed: en
TRAUMA_PATTERNS (after a catch, "we both went down", "both of us hit the floor"), nl TRAUMA_PATTERNS ("we vielen", "vielen
we", not asleep, silent or cancelled). Kept: a catch that held (round 43N), "we went down to the beach", "we vielen in
slaap", the French form read already.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    ("he grabbed me but we both went down", T),
    ("she caught my arm but we both went down hard on the stairs", T),
    ("my husband tried to catch me but we all went down on the ice", T),
    ("ik gleed uit, mijn vriend greep me nog vast maar we vielen allebei", T),
    ("we vielen samen van de trap met de kerstboom", T),
    ("op het ijs greep ze me vast en toen vielen we allebei op de grond", T),
]
KEPT = [
    ("slipped on the wet tiles, my sister caught my arm and both of us hit the floor", T),
    ("my mate grabbed my arm and i stayed on my feet, no fall", {}),
    ("we went down to the beach on sunday and my back was sore after", {}),
    ("we vielen in slaap in de zetel en nu heb ik een stijve rug", {}),
    ("de lessen vielen uit dus ik heb de hele dag gezeten", {}),
    ("j'ai glissé, mon mari m'a rattrapé mais on est tombés tous les deux", T),
    ("mon mari m'a rattrapée à temps, je suis restée debout", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
