"""Answers, session 29 (helper O): leg pain "none" told as the pain kept in the low back, in other words than the blind
message.

Missed before: the pain told as staying in or not moving from the (low) back in French ("ca reste dans le bas du dos",
"ca bouge pas du dos", "ca quitte pas les reins", "c'est localise au niveau des lombaires") and in Dutch with "onderrug"
or "lage rug" ("het blijft in mijn onderrug", "het komt niet uit mijn rug", "het gaat niet naar beneden"), and in English
with other verbs ("its confined to my low back", "it doesnt move from my back", "it sits in the small of my back"), was
None; with the buttocks denied too ("... not even in my bum", "meme pas dans les fesses", "zelfs niet in mijn billen") the
denied buttocks left it None (ask again).
Changed: new pack tables BACK_KEPT (en, nl, fr), read in bot/reading/answers.py _LEG_PAIN_NONE and, with the buttocks
denied, in _parse_leg_pain (as LEGS_DENIED, session 28D); a "but", "sometimes", "mais", "parfois", "maar", "soms" after
it keeps it None (it may go further at times: ask again).
Kept: a part told as reached ("stays in my back and my thigh", "ca reste dans le dos et la cuisse", "het blijft in mijn
rug en mijn dij": above_knee), the pain that sometimes goes down (None), the buttocks denied alone (None), someone else's
back (None), what was already read ("it stays in my lower back", "ca ne descend pas", "het trekt niet door").
"""

from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)
A = "above_knee"


def read(text: str):
    return parse_answer("leg_pain", text, TODAY)


CHANGED = [
    # French: stays in, does not move from the low back
    ("ça reste dans le bas du dos", "none"),
    ("c'est localisé en bas du dos", "none"),
    ("ça bouge pas du dos", "none"),
    ("ça quitte pas le bas du dos, même pas la fesse", "none"),
    ("ça sort jamais du bas du dos", "none"),
    ("ça reste au niveau des reins, ça va pas dans les fesses", "none"),
    ("la douleur reste cantonnée au creux du dos", "none"),
    ("elle reste au bas du dos, même pas les fesses", "none"),
    ("ça demeure dans le bas du dos", "none"),
    ("ça reste dans le bas du dos et pas plus bas", "none"),
    # English: other verbs, the buttocks denied
    ("its confined to my low back", "none"),
    ("it doesnt move from my back", "none"),
    ("it sits in the small of my back, thats all", "none"),
    ("it stays put in my back, not even in my buttocks", "none"),
    ("never leaves my lower back, not even my backside", "none"),
    ("it stays in my lower back, doesnt even get to my bum", "none"),
    ("it remains in my lower back", "none"),
    ("it doesnt budge from my lower back", "none"),
    ("the pain stays across my low back and never reaches the buttocks", "none"),
    # Dutch: onderrug, lage rug, not down
    ("het blijft in mijn onderrug", "none"),
    ("het blijft beperkt tot mijn lage rug", "none"),
    ("het komt niet uit mijn rug", "none"),
    ("het gaat niet naar beneden", "none"),
    ("t blijft in de onderrug, niet eens tot in mijn bil", "none"),
    ("het blijft echt in de onderrug, zelfs mijn billen niet", "none"),
    ("het blijft ter hoogte van mijn lende", "none"),
    ("het blijft in mijn onderrug en niet verder", "none"),
]

KEPT = [
    # already read
    ("it stays in my lower back", "none"),
    ("it doesn't go down", "none"),
    ("ça ne descend pas", "none"),
    ("ça descend pas dans les jambes", "none"),
    ("non c'est juste le bas du dos", "none"),
    ("het trekt niet door", "none"),
    ("nee alleen onderrug", "none"),
    ("non ça reste vraiment dans les lombaires", "none"),
    ("nee het gaat nooit weg uit mijn onderrug", "none"),
    ("ça reste bloqué dans les reins", "none"),
    ("het blijft onderaan in mijn rug", "none"),
    # a part told as reached
    ("it stays in my back and my thigh", A),
    ("ça reste dans le dos et la cuisse", A),
    ("ça reste dans le bas du dos et ça descend dans la fesse", A),
    ("het blijft in mijn rug en mijn dij", A),
    ("het blijft in mijn onderrug en mijn bil", A),
    ("it stays in my low back and my bum", A),
    ("ça reste dans le bas du dos et la fesse", A),
    # sometimes further, the buttocks alone, someone else's back: ask again
    ("ça reste dans le bas du dos, parfois ça descend", None),
    ("ça reste dans le bas du dos mais des fois ça descend", None),
    ("het blijft in mijn onderrug maar soms trekt het naar beneden", None),
    ("même pas dans les fesses", None),
    ("my husband's pain stays in his back", None),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
