"""Session 25, helper F2, after the blind refresh 38/24 scored once: two false alarms of kinds seen before.

1. A sign asked about by a leaflet one was given or by a doctor some time ago, then denied: the paper named with who gave it
   ("the sheet the hospital gave me says come back if ..."), the question with its time ("my physio asked last week whether
   ...", "de huisarts vroeg vorige week of ...", "mon kine m'a demande la derniere fois si ..."), the answer "i said no", "ik
   zei nee", "nothing like that going on"; the French "plus" of a negation is no join ("si je sens plus mes fesses"). Kept:
   the sign owned after the question or the warning, a "no" followed by a "but" that owns the sign.
2. A worry named as what keeps one awake: "it keeps me up at night worrying", "ik lig er wakker van, van het piekeren", "ce
   mal de dos m'empeche de dormir tellement je m'inquiete", "the worry keeps me up at night". Kept: the night pain itself,
   the idiom alone ("ik lig er wakker van"), a worry told after a join ("it keeps me up at night and im worrying ...")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
NIGHT = {"night_pain": True}

CHANGED = [
    # 1. a leaflet's or a doctor's question, then denied
    ("the sheet the hospital gave me says come back if i get numbness around my bottom or lose control of my bladder. what "
     "would that feel like? i only have sciatica, nothing like that going on", {}),
    ("the handout the physio gave me says to go to a&e if i cant feel my bum when i wipe. nothing like that happening, just "
     "curious", {}),
    ("my physio asked last time if i had saddle anaesthesia. i said no but i didnt really get it, what do they mean by that?",
     {}),
    ("my gp asked last week whether i had numbness in the saddle area. i said no, what is that exactly?", {}),
    ("de huisarts vroeg vorige week of ik zadelanesthesie had. ik zei nee, maar wat is dat eigenlijk?", {}),
    ("mijn kine vroeg of ik een doof gevoel rond mijn anus had. ik zei nee. wat bedoelt hij daarmee?", {}),
    ("de fysiotherapeut vroeg gisteren of ik zadelanesthesie had, ik heb nee gezegd maar ik begreep het niet goed", {}),
    ("ma kine m'a demande la derniere fois si j'avais une anesthesie en selle. j'ai dit non mais j'ai pas compris, ca veut "
     "dire quoi ?", {}),
    ("le papier de l'hopital dit de revenir si je sens plus mes fesses ou si j'arrive plus a retenir mes urines. ca fait "
     "quoi ? moi j'ai rien de tout ca", {}),
    # 2. a worry named as what keeps one awake
    ("it keeps me up at night worrying about what it could be", {}),
    ("im up all night worrying about it, the back itself is just sore when i bend", {}),
    ("the worry keeps me up at night more than the back does", {}),
    ("ik lig er wakker van, van het piekeren", {}),
    ("ik lig er nachten wakker van, zo ongerust ben ik", {}),
    ("het houdt me s nachts wakker, al dat gepieker over wat het kan zijn", {}),
    ("ce mal de dos m'empeche de dormir tellement je m'inquiete", {}),
    ("ma douleur au dos me tient eveille la nuit tellement ca m'angoisse", {}),
]

KEPT = [
    # 1. the sign owned after the question or the warning
    ("the sheet says come back if i get numbness around my bottom or lose control of my bladder. i think i have that",
     {"saddle_numbness": True, "bladder_bowel": True}),
    ("my physio asked last week whether i had numbness down there. i said no, but now i cant feel anything down there",
     SADDLE),
    ("my gp asked last time if i had any bladder trouble, i said no, but now i keep wetting myself", BLADDER),
    ("the leaflet the physio gave me says go to a&e if your bum goes numb. well mine has gone numb since this morning",
     SADDLE),
    ("the doctor asked me again if i had numbness round my bottom and i said yes, its numb when i wipe", SADDLE),
    ("de fysio vroeg vorige week of ik een doof gevoel rond mijn anus had. ik zei nee, maar nu voel ik daar echt niks meer",
     SADDLE),
    ("mon medecin m'a demande la derniere fois si j'avais les fesses engourdies. j'ai dit oui, je sens plus rien quand je "
     "m'essuie", SADDLE),
    ("le papier dit de revenir si je sens plus mes fesses, et justement je sens plus mes fesses depuis ce matin", SADDLE),
    ("pins plus needles in both feet and my bum is numb", SADDLE),
    ("the nurse asked me if i was incontinent and i said no since im not soaked. but now and then a little leaks out before i "
     "reach the toilet", BLADDER),
    ("la fiche des urgences dit de revenir si je sens plus rien entre les jambes. c'est quoi comme sensation ? rien de "
     "tout ca chez moi", {}),
    # 2. night pain itself, the idiom alone, a worry after a join
    ("it keeps me up at night", NIGHT),
    ("it keeps me up at night and im worrying its something bad", NIGHT),
    ("ik lig er wakker van", NIGHT),
    ("ik lig s nachts wakker van de pijn", NIGHT),
    ("de pijn houdt me s nachts wakker, geen houding helpt", NIGHT),
    ("de pijn houdt me s nachts wakker en ik maak me zorgen", NIGHT),
    ("la douleur me reveille la nuit", NIGHT),
    ("la douleur m'empeche de dormir et je m'inquiete beaucoup", NIGHT),
    ("ca m'empeche de dormir tellement ca m'inquiete", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
