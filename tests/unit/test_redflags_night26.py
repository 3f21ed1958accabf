"""Red flags (session 26, lead, found by helper H): "rien ne la calme" at night is night pain.

The French night pattern "la nuit ... rien ne calme" had no room for the pronoun that people put before the verb
("rien ne la calme", "rien ne le soulage", "rien ne me soulage"): a night pain that nothing eases was missed. English
and Dutch have no pronoun there and read right already (kept).
"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}

CHANGED = [
    ("je me réveille la nuit à cause du dos, rien ne la calme", NIGHT),
    ("la nuit j'ai mal au dos, rien ne la soulage", NIGHT),
]

KEPT = [
    ("la nuit ça va, rien ne me gêne", {}),
    ("la nuit je dors bien, le jour rien ne la calme", {}),
    ("la nuit rien ne calme la douleur", NIGHT),
    ("i wake up at night because of my back, nothing eases it", NIGHT),
    ("ik word s nachts wakker van mijn rug, niets helpt", NIGHT),
    ("toutes les nuits ça me réveille et rien ne le calme", NIGHT),
    ("couchée sur le dos ou sur le côté, rien ne l'apaise", NIGHT),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
