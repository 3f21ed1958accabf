"""Session 25 (helper A), after French refresh 23b was scored once: two kinds of leg_pain answers, fixed as kinds in en,
nl and fr, in other words than the blind messages.

1. A place told as higher than the buttocks or the hips ("au-dessus du bassin", "above my hips", "boven mijn heupen")
   is the low back, no part of the leg: it no longer reads as pain above the knee. A buttock or a thigh said to hurt
   ("au-dessus des fesses et ça descend derrière la cuisse") still does.
2. A part below the knee taken up again by a pronoun and said to be fine ("le mollet lui ça va", "the calf, that one's
   fine", "de kuit die is goed") is masked like "the calf is fine": the pain stops above the knee. A part said to hurt
   ("le mollet lui fait mal", "mijn kuit die doet pijn") still reads below the knee.
"""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    # 1. higher than the buttocks: no leg
    ("au dessus de la hanche droite, ça reste là, ça irradie pas", "none"),
    ("plutôt en haut, au-dessus du bassin, pas dans la jambe", "none"),
    ("non, le mal est au-dessus de mes fesses, il ne descend jamais", "none"),
    ("no, it sits above my hips, doesnt go down my legs", "none"),
    ("just above my buttocks, nothing in my legs", "none"),
    ("above the bum crack, it doesnt travel", "none"),
    ("nee, boven mijn heupen, het straalt niet uit", "none"),
    ("vlak boven de billen, niks in mijn benen", "none"),
    # 2. a part below the knee named as fine through a pronoun
    ("ça descend dans la cuisse jusqu'au genou, le mollet lui ça va", "above_knee"),
    ("la cuisse oui, mais le pied, lui, n'a rien", "above_knee"),
    ("derrière la cuisse, les mollets eux vont bien", "above_knee"),
    ("down the back of my thigh, the calf, that one's fine", "above_knee"),
    ("thigh mostly, my foot it is fine", "above_knee"),
    ("in de dij, de kuit die is goed", "above_knee"),
    ("mijn dij, mijn voet, dat is in orde", "above_knee"),
]
KEPT = [
    ("juste au-dessus des fesses et ça descend derrière la cuisse", "above_knee"),
    ("j'ai mal à la fesse et ça descend dans la cuisse", "above_knee"),
    ("just above my buttocks and it goes into the back of my thigh", "above_knee"),
    ("boven mijn billen en het trekt in mijn dij", "above_knee"),
    ("in my bum and down the thigh", "above_knee"),
    ("in mijn bil", "above_knee"),
    ("jusqu'au mollet, rien de grave", "below_knee"),
    ("le mollet lui fait mal", "below_knee"),
    ("mijn kuit die doet pijn", "below_knee"),
    ("my calf, it hurts", "below_knee"),
    ("dans le mollet, il va bien au-delà", "below_knee"),
    ("thigh yes, calf is fine", "above_knee"),
    ("tot net boven de knie, mijn kuit is in orde", "above_knee"),
]


test_changed, test_kept = reading_round(lambda text: parse_answer("leg_pain", text, TODAY), CHANGED, KEPT)
