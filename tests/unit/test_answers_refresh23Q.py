"""Session 23, helper Q: two answer readers.

1. leg_pain told with the copula dropped (Caribbean, spoken) and "stop by the knee": "down the back of the thigh, stops by
   the knee, calf and foot fine" is above the knee ("calf and foot fine" named the parts as a pain place); also "mollet et
   pied ok", "kuit en voet goed".
2. onset: "ramasser la gamelle du chien" is a bend, not the fall idiom "ramasser une gamelle"; "tombe sur un bon kine" is
   no fall (kept "tombe sur le dos")."""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)


def read(case):
    slot, text = case.split("|", 1)
    return parse_answer(slot, text, TODAY)


CHANGED = [
    ("leg_pain|goes down the back of my thigh and stops at the knee, shin and foot fine", "above_knee"),
    ("leg_pain|it run down mi backside to the knee, calf an foot alright", "above_knee"),
    ("leg_pain|from the buttock, stop by the knee, calf fine", "above_knee"),
    ("leg_pain|back of the thigh, the shin an foot alright", "above_knee"),
    ("leg_pain|ça descend dans la cuisse jusqu'au genou, mollet et pied impec", "above_knee"),
    ("leg_pain|dans la fesse et la cuisse, le mollet et le pied normal", "above_knee"),
    ("leg_pain|het trekt door mijn dij tot aan de knie, kuit en voet goed", "above_knee"),
    ("leg_pain|in de bil en de dij, onderbeen en voet prima", "above_knee"),
    ("onset|je me suis penché pour ramasser la gamelle du chien et crac", "sudden_movement"),
    ("onset|en me baissant pour poser sa gamelle au chat, crac", "sudden_movement"),
    ("onset|j'ai soulevé la gamelle du chien, d'un coup bloqué", "sudden_movement"),
    ("onset|en remplissant la gamelle de mon chat, je me suis baissé et crac", "sudden_movement"),
    ("onset|je suis tombé sur un bon kiné, mais ça a commencé en soulevant un carton", "sudden_movement"),
    ("onset|en me penchant pour prendre la gamelle des chiens, blocage", "sudden_movement"),
]

KEPT = [
    ("leg_pain|down the back of the leg into the calf", "below_knee"),
    ("leg_pain|all the way down to my foot", "below_knee"),
    ("leg_pain|only in the thigh", "above_knee"),
    ("leg_pain|it stops by the knee", "above_knee"),
    ("leg_pain|jusque dans le mollet", "below_knee"),
    ("leg_pain|tot in mijn kuit", "below_knee"),
    ("leg_pain|no leg pain", "none"),
    ("leg_pain|down to my foot ok", "below_knee"),
    ("leg_pain|jusqu'au pied ok", "below_knee"),
    ("leg_pain|tot in mijn voet ok", "below_knee"),
    ("onset|j'ai ramassé une gamelle dans l'escalier", "trauma"),
    ("onset|je me suis pris une gamelle en vélo", "trauma"),
    ("onset|ça a commencé quand je suis tombé sur le dos dans la douche", "trauma"),
    ("onset|je suis tombée sur la glace", "trauma"),
    ("onset|en soulevant un carton", "sudden_movement"),
    ("onset|petit à petit", "gradual"),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
