"""Session 29, lead: a fever that comes back every evening is not ended by a normal temperature at another time of day.

"fever every evening, temperature normal in the mornings" read no fever in en, nl and fr (a round's notice): the French
pack's RESOLVED "temperature normale" (merged for every language) read the fever as over. The packs' FEVER_EVERY_EVENING
(engine _FEVER_EVERY_EVENING in _resolved_after) keep it: a fever told at a time of every day is a fever now. A fever of
last week with the temperature normal since stays over."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round


def fever(text):
    return find_red_flags(text).get("fever")


CHANGED = [
    ("fever every evening, temperature normal in the mornings", True),
    ("koorts elke avond, 's ochtends is mijn temperatuur normaal", True),
    ("iedere avond koorts, overdag temperatuur normaal", True),
    ("de la fièvre tous les soirs, le matin température normale", True),
    ("chaque soir de la fièvre, la journée la température est normale", True),
]
KEPT = [
    ("i run a fever each evening but my temperature is normal during the day", True),
    ("had a fever last week but my temperature is normal since friday", None),
    ("vorige week koorts, nu is mijn temperatuur weer normaal", None),
    ("la semaine passée de la fièvre, maintenant la température est redevenue normale", None),
    ("fever every evening", True),
    ("i sweat every night but no fever", None),
]

test_changed, test_kept = reading_round(fever, CHANGED, KEPT)
