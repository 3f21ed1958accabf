"""Session 41, round D (issue 12): loss of bowel or bladder control told as a story, and saddle numbness found by a test.

1. Bladder and bowel: the stool or the urine that no longer holds, said of the stool ("my stools won't stay in any more",
   "mijn ontlasting blijft er niet meer in", "mes selles ne tiennent plus"), and what happened told as a story: "it came out"
   (the packs' CAME_OUT: "it came out", "it slipped out", "'t kwam eruit", "'t was er al uit", "c'est sorti", "ca m'a
   echappe") with, in the same sentence, not having felt it coming or not having been able to hold it (the packs'
   NOT_FELT_COMING: "didn't feel it coming", "voor ik het voelde", "pas senti venir", "pas senti que ca arrivait"; the
   packs' COULDNT_HOLD: "couldn't hold it", "niet kunnen ophouden", "pas pu le retenir"). Changed: bot/reading/redflags.py
   _SHARED_BLADDER (two shared patterns of these slots), the packs' new CAME_OUT, NOT_FELT_COMING, COULDNT_HOLD and a
   BLADDER_PATTERNS entry each for the stool that no longer holds (en, nl, fr).

2. Saddle numbness: a test of the seat told as a story was read only with the touch verb first, in the same clause as the
   not-feeling. Now also: across one comma ("pricked my bum with a needle, barely felt it"), the area named before the touch
   (the Dutch verb last: "met een naald rond mijn gat geprikt"), the instrument named first (the packs' TOUCHED now holds a
   pin, a needle, a nail, a spoon), and more ways of feeling it faintly or not (the packs' FELT_NOTHING: "voel het bijna
   niet", "je sens presque pas", "feels like nothing", "can't feel the pin"). Changed: bot/reading/redflags.py
   _SHARED_SADDLE (two patterns, no leg or pain right after the not-feeling), the packs' TOUCHED and FELT_NOTHING.

Kept: wind that escapes; a pain or news that "came out of nowhere", seen coming; a child's accident; the pin felt fine; a
jab or a doctor's needle in the arm felt faintly; acupuncture needles in the back; a finger pricked; diarrhoea told as an
illness ("gastro, ca sortait tout seul", read as no flag before and after); the flags read already.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
S = {"saddle_numbness": True}
CHANGED = [
    # en: bowel or bladder told as what happened
    ("my stools just won't stay in any more since the weekend", B),
    ("it came out while i was carrying the bags in, i didn't even feel it coming", B),
    ("couldn't hold it, it all came out in the car on the way home", B),
    ("i didnt feel it coming and it came out in the queue at the post office", B),
    ("it slipped out when i bent over the sink, never felt it coming", B),
    # en: saddle numbness found by a test
    ("pricked my bum with a needle, barely felt it", S),
    ("ran a cold spoon over my buttocks and it feels like nothing", S),
    ("poked around my back passage with a pin, i can hardly feel it", S),
    ("scratched between my bum cheeks with a fingernail, i barely feel it", S),
    # nl: bowel or bladder told as what happened
    ("mijn ontlasting blijft er niet meer in", B),
    ("t kwam eruit terwijl ik de vuilbak buitenzette, ik heb het niet voelen komen", B),
    ("ik kon het nie ophouden, 't is eruit gekomen op de fiets", B),
    ("'t was der al uit voor ik het voelde", B),
    ("ik heb het niet kunnen ophouden en het kwam er zomaar uit", B),
    ("'t kwam eruit in de winkel, ik kon het echt nie ophouden", B),
    # nl: saddle numbness found by a test
    ("met een naald rond mijn gat geprikt en ik voel er bijna niks van", S),
    ("ik heb met mijn nagel tussen mijn billen gekrabd en ik voel het amper", S),
    ("in mijn bilnaad geprikt met een speld, da voel ik bijna nie", S),
    ("'k heb mijn poep getest met e spelle, 'k voel 't bekans niet", S),
    # fr: bowel or bladder told as what happened
    ("mes selles ne tiennent plus depuis samedi", B),
    ("c'est sorti tout seul pendant que je passais l'aspirateur, j'ai même pas senti venir", B),
    ("j'ai pas pu le retenir, c'est sorti dans la voiture", B),
    ("ça m'a échappé en me relevant, je l'ai pas senti arriver", B),
    ("le pipi ne tient plus du tout", B),
    ("c'est sorti d'un coup au supermarché, j'ai rien pu retenir", B),
    ("j'ai même pas senti que ça venait, c'est sorti direct", B),
    ("mon caca ne tient plus", B),
    # fr: saddle numbness found by a test
    ("avec une épingle autour de l'anus, je sens presque pas", S),
    ("piqué le périnée avec une aiguille, je le sens à peine", S),
    ("mes fesses, je les ai touchées avec une aiguille et je sens presque pas", S),
]
KEPT = [
    # wind, news or a pain that came out of nowhere, seen coming
    ("the wind escapes, i cant hold it", {}),
    ("it came out of nowhere, i didnt feel it coming, my back just locked", {}),
    ("the results came out yesterday, i didnt see that coming", {}),
    ("t kwam eruit bij de dokter dat het een hernia is, ik had het niet zien komen", {}),
    ("c'est sorti dans le journal, je l'ai pas vu venir", {}),
    ("un pet m'a échappé, j'ai pas pu le retenir", {}),
    # someone else's accident
    ("my son had an accident in his pants", {}),
    ("mijn zoontje kon het niet ophouden en het kwam eruit in de auto", {}),
    # diarrhoea told as an illness
    ("gastro, ça sortait tout seul", {}),
    # the pin felt fine, a jab, a doctor's needle, acupuncture, a finger
    ("i pricked my bum with a pin and i can feel the pin fine", {}),
    ("got my flu jab in the arm, can barely feel it now", {}),
    ("le médecin m'a piqué au bras pour le vaccin, je le sens à peine", {}),
    ("ik heb een prik gekregen in mijn arm en ik voel het bijna niet", {}),
    ("i had acupuncture needles in my lower back and i barely felt them", {}),
    ("i pricked my finger with a needle sewing, can barely feel it", {}),
    ("pricked my bum with a pin and it hurt like hell", {}),
    ("met een naald in mijn bil geprikt, dat voel ik goed", {}),
    # the flags read already
    ("i had an accident in my pants yesterday, didn't feel it coming", B),
    ("i pricked my bum with a pin and can barely feel it", S),
    ("ik heb in mijn broek gedaan zonder het te voelen", B),
    ("j'ai fait dans mon pantalon sans le sentir venir", B),
    ("i can't hold my stools", B),
    ("ik kan mijn stoelgang niet meer ophouden", B),
    ("j'ai pique mes fesses avec une aiguille et j'ai rien senti", S),
    ("my wee won't stay in anymore", B),
    ("it just came out on its own in the kitchen, i couldnt hold it", B),
    ("my poo won't hold anymore", B),
    ("with a safety pin on my perineum i cant feel the pin at all", S),
    ("mijn stoelgang houdt niet meer", B),
    ("mijn plas blijft er niet meer in sinds gisteren", B),
    ("j'ai testé avec une aiguille entre les fesses et je sens quasiment pas", S),
    ("ik prikte in mijn bil met een speld en ik voel bijna niks", S),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
