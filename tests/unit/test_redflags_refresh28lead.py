"""Session 28 (lead), after round 28B: Dutch puts the negation last, after the place ("ik voelde het water op mijn
billen niet meer"); round B's pattern read it only before the place ("ik voel het warme water niet meer op mijn billen"),
so the saddle sign told verb-last was missed (a fresh Flemish refresh-44 message, not copied here). The packs' nl
SADDLE_PATTERNS now read the water, the towel or the paper, the saddle area, then the negation with "meer"/"mi" or at
a clause's end; "maar" ends the reach ("ik voel het water op mijn billen, maar niet op mijn rug"). English and French
read these already (KEPT)."""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}

CHANGED = [
    ("ik voelde het water van de douche op mijn billen en aan mijn dijen niet meer", SADDLE),
    ("bij het afdrogen voel ik de handdoek aan de binnenkant van mijn dijen niet meer", SADDLE),
    ("ik voelde het warme water op mijn billen niet meer", SADDLE),
    ("k voelde t water op mijn poep en mijn dijen nie mi", SADDLE),
    ("onder de douche voelde ik de straal op mijn achterwerk niet meer", SADDLE),
]

KEPT = [
    ("ik voelde het warme water niet meer op mijn billen", SADDLE),
    ("ik voel het water op mijn billen, maar niet op mijn rug", {}),
    ("ik voel de handdoek op mijn billen gewoon, niet erg", {}),
    ("ik voel het water op mijn billen prima, geen probleem", {}),
    ("sinds vanmorgen voel ik het wc papier tussen mijn benen amper", SADDLE),
    ("ik voel het water niet meer op mijn voeten", {"both_legs": True, "leg_numbness": True}),  # both feet: R1
    ("i cant feel the shower water on my bum and inner thighs anymore", SADDLE),
    ("i can feel the water on my bum fine", {}),
    ("je ne sens plus l'eau de la douche sur mes fesses", SADDLE),
    ("je sens bien l'eau sur mes fesses", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
