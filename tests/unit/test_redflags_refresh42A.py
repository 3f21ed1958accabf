"""Session 42, round A (issue 12): a fall from a height told by where the person came down, words between.

A fall told without "fell" but by the landing ("came down ... on my back", "kwam ... op mijn rug terecht", "j'ai atterri ...
sur le dos") read as a trauma only when the landing followed the verb at once: a distance ("about three metres", "twee
meter lager", "trois mètres plus bas"), a manner ("flat", "keihard", "lourdement"), where from ("off the scaffold", "van de
ladder") or a dialect possessive ("me back", "mijne rug") between them read nothing.
Changed: the packs' TRAUMA_PATTERNS (bot/lang/{en,nl,fr}/redflags.py, "session 42A"): a past landing verb, up to nine words
of a closed class (distances, manners, where from), then on/op/sur and the body's back, bum or side; the Dutch participles
"neergekomen", "geland", "terechtgekomen" on one's back; the French "réceptionné", "écrasé", and "me suis retrouvé" only with
"plus bas" / "en contrebas".
Kept: a near fall caught ("nearly came down ... but grabbed the rail"), "came down with the flu", a temperature or a pain
that "came down", a plane that landed, lying down at home or to sleep, the falls read before.
Left alone: "i go down the stairs on my bum because it hurts" reads a trauma on the code before and after (a way to cope,
read as a fall: the safe side, not this round's kind).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    ("the ladder went and i came down about three metres flat on me back onto the patio", T),
    ("came down a good six foot onto me backside off the shed roof", T),
    ("i came down off the scaffold flat on me back", T),
    ("seriously the net gave way and i landed a metre below flat on my back", T),
    ("ik kwam twee meter lager plat op mijn rug terecht", T),
    ("ik ben neergekomen op mijn rug van de ladder", T),
    ("ik ben geland op mijn rug toen de stoel wegschoof", T),
    ("ik kwam van de ladder keihard op mijne rug neer", T),
    ("je me suis réceptionné sur le dos en sautant du mur", T),
    ("je me suis écrasé trois mètres plus bas sur le dos", T),
    ("je me suis retrouvé deux mètres plus bas sur le dos", T),
]
KEPT = [
    ("the branch snapped and i came down two metres straight onto my tailbone", T),
    ("the stool tipped and i came down hard with a thud on me bum", T),
    ("i came down hard on my back onto the concrete", T),
    ("'t trapje zakte weg en ik kwam anderhalve meter lager op mijn stuit terecht", T),
    ("ik ben van het dak op mijn zij terechtgekomen", T),
    ("ik ben van de ladder gevallen", T),
    ("je suis retombé deux mètres plus bas à plat sur le dos", T),
    ("j'ai atterri sur le dos, trois mètres plus bas", T),
    ("l'échelle a glissé et j'ai atterri lourdement sur les fesses", T),
    ("je suis tombé de l'échelle sur le dos", T),
    ("i nearly came down on my back but grabbed the rail", {}),
    ("i came down with the flu last week", {"fever": True}),
    ("my temperature came down two degrees", {}),
    ("the pain came down from my back onto my bum", {}),
    ("geland op het vliegveld en mijn rug doet pijn", {}),
    ("ik kwam thuis op mijn rug te liggen", {}),
    ("j'ai atterri à Bruxelles et j'ai mal au dos", {}),
    ("je me suis retrouvé sur le dos pour dormir", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
