"""Session 44, X (issue 12): words that mean something else here read as red flags, and a weight loss missed in dialect.

A thing that went from under the patient ("the step ladder went out from under me", "my scooter went out from under me on
the bend") was read as legs giving way (leg_weakness worsening): the thing, not the legs. Changed: a SWEPT_THING guard in
bot/reading/redflags.py _swept_by_slip (the packs' SWEPT_THING and SWEPT_LEG; the Dutch and French things were read right
already, kept below). A sensation told as "ça fait un coup" / "ça pique un coup dans le dos" was read as a blow (onset
trauma): changed in the French pack's blow rule. Weight lost told in dialect ("i lose near 8 pound and i ent try to lose
nothin", "didnt try nuttin", the typo reader read "nuttin" as "cuttin", a cutting phase) was missed: changed in the English
pack (STREET, UNINTENDED, a number of pound lost in WEIGHT_PATTERNS).
Kept: the legs that went ("my legs went out from under me", "mijn benen zakten onder mij weg", "mes jambes se sont
derobees"), the fall told (trauma), a real blow ("j'ai reçu un coup dans le dos", "un coup de pied"), the stab of pain
("a stab of pain", "een steek", "het schoot erin"), weight lost on purpose or only wished.
Not changed in this round: a cancer denied with a tail between the word and the denial ("kanker of zoiets heb ik nooit
gehad"), still read as a history.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"weight_loss": True}
T = {"onset": "trauma"}
LW = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    # ... or only "the whole thing" after the ladder (the lead at landing)
    ("was up the ladder painting, leaned out too far and the whole thing went out from under me", {}),
    ("the step ladder went out from under me when i reached for the gutter", {}),
    ("the bar stool went out from under me last night", {}),
    ("my scooter went out from under me on the bend", {}),
    ("the kitchen chair went out from under me and i landed on my back", T),
    ("I lose near 8 pound and I ent try to lose nothin", W),
    ("I lost about 8 pounds and I ain't try to lose nothin", W),
    ("i lost 10 pound and i never try nuttin", W),
    ("lost 4 kilo, ain't tried to lose none", W),
    ("ça fait un coup dans le bas du dos quand je me penche", {}),
    ("ça pique un coup dans le dos le matin", {}),
    ("ça piquait un coup dans les reins en me levant", {}),
    ("ça faisait un coup dans le bas du dos en toussant", {}),
    ("quand j'éternue ça fait un coup dans les lombaires", {}),
]
KEPT = [
    ("my legs went out from under me", LW),
    ("I lost 5 kilo on purpose", {}),
    ("I want to lose 10 pound", {}),
    ("if i lose 9 pound my back will be better", {}),
    ("a stab of pain when I bend", {}),
    ("I lost 10 pounds", W),
    ("mijn benen zakten onder mij weg", LW),
    ("de ladder schoof onder mij weg", {}),
    ("mijn fiets gleed onder me weg in de bocht", {}),
    ("het schoot erin toen ik me bukte", {}),
    ("een steek in mijn rug", {}),
    ("kanker gehad in 2017", {"cancer_history": True}),
    ("mes jambes se sont dérobées sous moi", LW),
    ("l'échelle s'est dérobée sous moi", {}),
    ("j'ai reçu un coup dans le dos", T),
    ("il m'a donné un coup de pied dans les reins", T),
    ("un coup de coude dans le dos au foot", T),
    ("tout à coup j'ai eu mal au dos", {}),
    ("ça me fait comme un coup dans le dos", {}),
    ("j'ai attrapé un coup de froid dans le dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
