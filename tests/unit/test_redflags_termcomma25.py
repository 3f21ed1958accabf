"""Session 25 (issue 12): a sign's name asked about after a comma ("what is that exactly, saddle anaesthesia?") was read
as the sign: the asking stood in the clause before the comma and the term's own clause was empty. A described or owned
sign stays read."""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
CHANGED = [
    ("what is that exactly, saddle anaesthesia?", {}),
    ("whats that, saddle anesthesia??", {}),
    ("wat is dat precies, zadelanesthesie?", {}),
    ("wat is dat eigenlijk, zadelanesthesie", {}),
    ("c'est quoi exactement, l'anesthésie en selle ?", {}),
    ("c est quoi, l anesthesie en selle ?", {}),
]
KEPT = [
    ("what is saddle anaesthesia?", {}),
    ("numb saddle area, is that saddle anaesthesia?", SADDLE),
    ("what is that exactly, saddle anaesthesia? i think i have it", SADDLE),
    ("i have saddle anaesthesia, what is that exactly", SADDLE),
    ("my bum is numb, what is that, saddle anaesthesia?", SADDLE),
    ("wat is dat, zadelanesthesie? ik denk dat ik dat heb", SADDLE),
    ("c'est quoi, l'anesthésie en selle ? je crois que j'ai ça", SADDLE),
    ("what is happening, saddle anaesthesia and i cant pee", {"saddle_numbness": True, "bladder_bowel": True}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
