"""Session 42, round T (issue 12): three missed red flags, two in English and one in French (the same kinds read in Dutch).

1. Caribbean creole and West African pidgin spellings hid a sign: the creole "a" = at before the night ("di pain a night nuh
   ease"), "kyaan" = can't, "wid" = with, "siddung" = sit down, the bottom named "batty" ("mi cyaan feel mi batty"), and the
   same pain told bare after every way tried at night ("at night every way same pain"). Changed: bot/lang/en/redflags.py
   (session 42T block): STREET gets only the forms that clash with no Dutch or French word (the tables are merged; "mi", "di",
   "fi", "nuh" stay themselves: the French "mi-", the Dutch "di", and the patterns that read them inline), a SPOKEN_PHRASES
   "pain a night" -> "pain at night", AREA "batty" as one's own (not "drives me batty"), NIGHT_STRONG and NO_RELIEF "same pain".
2. One's own limb taken up by its pronoun after a comma, a few words between ("keep an eye on my foot, it drags more every
   week", "ik hou mijn linkervoet in de gaten, die sleept elke week meer"), was read as nothing. Changed: bot/reading/redflags.py
   (a substitution after _LIMB_TAKEN_UP, the packs' OWN_POSSESSIVE, LIMBS, LIMB_PRONOUN): the pronoun is read as the limb.
3. A missed step whose landing is told by where one ended up, after a comma or with a verb of ending up ("j'ai rate la derniere
   marche, je me suis retrouve sur le dos", "i missed a step and ended up on my side", "ik miste de laatste tree, lag op mijn
   rug"). Changed: bot/lang/fr/redflags.py (the step-missed patterns read past a comma, the landing on the back, side, belly,
   "a plat ventre"), bot/lang/en/redflags.py and bot/lang/nl/redflags.py (a step missed, then ended up / landed / lag / belandde
   on one's back, side, hip...).

Kept: creole text with no sign, "mi" as a note name, "it drives me batty", "twice a night", "call it a night"; "keep an eye on me"
(a relative watching), one's own limb told fine after the comma ("my leg, it's fine now", "mijn voet, die is in orde"); a step
nearly missed, the bus missed then sleeping on one's side, "je me suis retrouve sur le dos pour dormir"; each sign told plainly.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
N = {"night_pain": True}
S = {"saddle_numbness": True}
W = {"leg_weakness": "worsening"}
CHANGED = [
    # 1. creole and pidgin spellings (English)
    ("the pain a night nuh ease at all, mi try every way", N),
    ("mi cyaan feel mi batty when mi siddung pon di toilet", S),
    ("kyaan feel nutten round mi batty", S),
    ("at night every way same pain", N),
    ("di back pain a night wake mi up, nuttin help", N),
    ("mi back ache a night, every way same pain", N),
    # 2. one's own limb taken up after a comma
    ("keep an eye on my right foot, it's dragging more and more each week", W),
    ("i have to watch my left leg, it gives way more every week", W),
    ("ik hou mijn linkervoet in de gaten, die sleept elke week meer", W),
    ("ik moet op mijne voet letten, die sleept alsmaar meer", W),
    ("ik let op mijn rechtervoet, die sleept steeds erger", W),
    # 3. a missed step, then where one ended up
    ("i missed a step and ended up on my side", T),
    ("ik miste de laatste tree, lag op mijn rug", T),
    ("ik miste een trede, belandde op mijn zij", T),
    ("ik miste de onderste tree op de trap, lag op mijn heup", T),
    ("j'ai loupé une marche, je me suis retrouvée sur le côté", T),
    ("j'ai raté une marche dans le noir, retrouvé sur les fesses", T),
    ("j'ai manqué une marche en descendant, je me suis retrouvé à plat ventre", T),
    ("j'ai raté la dernière marche, je me suis retrouvée sur le dos", T),
    ("j'ai raté une marche hier soir, je me suis retrouvé sur le flanc", T),
    ("j'ai loupé la marche du garage, je me suis retrouvé sur le ventre", T),
]
KEPT = [
    ("my foot drags more every week", W),
    ("i missed the last step and fell on my back", T),
    ("keep an eye on me, my wife says", {}),
    ("mi, re, fa, so, my back aches", {}),
    ("it drives me batty, my back hurts", {}),
    ("i wake twice a night to pee", {}),
    ("call it a night, my back aches a bit", {}),
    ("mi back a hurt mi from mi lift di box", {}),
    ("nearly missed the last step but held the rail", {}),
    ("i missed the bus and ended up sleeping on my side", {}),
    ("my leg, it's fine now", {}),
    ("mijn voet sleept steeds meer", W),
    ("ik miste een trede en lag op mijn rug", T),
    ("ik slaap op mijn zij, ik miste gisteren de bus", {}),
    ("bijna een trede gemist, kon me nog vastgrijpen", {}),
    ("mijn voet, die is in orde", {}),
    ("hou mijn zoontje in de gaten, hij is druk", {}),
    ("k let op mijn been, het is al beter", {}),
    ("je me suis retrouvé sur le dos pour dormir", {}),
    ("j'ai raté la dernière marche et je suis tombé", T),
    ("j'ai failli rater une marche, je me suis rattrapé à la rampe", {}),
    ("mon pied, il va bien maintenant", {}),
    ("j'ai raté une marche. je me suis retrouvé sur le dos pour dormir ensuite", {}),
    ("mon genou, il craque un peu", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
