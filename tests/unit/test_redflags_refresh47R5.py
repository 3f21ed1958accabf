"""Session 47, round R5 (issue 12): a leg weakness that gets worse, told as a series of things the person could do less and
less ("monday i could still just about get on my tiptoes, thursday barely, now not at all, its getting worse") or as legs
that "have been losing strength".

A test or a task of the legs (tiptoes, heels, the big toe, the stairs, getting up from a chair) told first done, then barely,
then not at all, with a worsening word, was read by no rule: each step alone is no sign ("barely" is no weakness) and the
worsening net wants a failing limb. Changed: the engine's _declining_task_net (bot/reading/redflags.py) reads the whole
message: a task of the packs' DECLINE_TASK, a lessened step (DECLINE_LESS: "barely", "amper", "a peine", "presque plus"; or a
series' step, DECLINE_FIRST: "first", "eerst", "d'abord", the task in its clause or the one before, the lost step in a later
clause) told before a lost one (DECLINE_NONE: "at all", "couldnt", "helemaal niet meer", "plus du tout"), a
worsening told not of the pain, no stable course, no other cause told (DECLINE_OTHER_CAUSE: the pain, a cramp), and a task
told of the person, not of a relative. The en pack reads "have been losing strength/power" of a leg, and "my legs" or "both
legs" losing strength or power as both legs (BOTH_LEGS_WEAK_PATTERNS; Dutch "mijn benen verliezen kracht" too).
A worsening told of the back or of sleep (DECLINE_WORSE_NOT_OF) and a lessened step told of feeling (DECLINE_FELT) are none; the fr
pack keeps "levais" from the typo reader (it was read "devais").
Kept: the weakness told plainly, told stable ("weak but not worse"), the pain or the back getting worse with no weakness, "barely
walk because of the pain", a relative's stairs, the series told with the pain as its cause, the toes hardly felt.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
WB = {"leg_weakness": "worsening", "both_legs": True}
CHANGED = [
    # English
    ("on monday i could only just get onto my tiptoes on the left, by thursday barely, and now the left heel doesnt lift at all. "
     "its getting worse", W),
    ("two weeks ago i got up the stairs with one hand on the rail, then i needed both hands, and since yesterday i cant get up "
     "them at all. worse by the day", W),
    ("first i was pulling on the banister to climb the stairs, then i was going up on my hands and knees, now i cant manage "
     "them at all. getting worse every week", W),
    ("a fortnight ago i could barely stand up from the armchair, this morning i couldnt get out of it at all and its worse "
     "every day", W),
    ("my legs have been losing strength for a month and its getting worse", WB),
    ("both legs have been losing power since easter", WB),
    ("my right leg has been losing strength all week", W),
    # Dutch (Flemish and Netherlands)
    ("ik kon vorige maand nog met moeite de trap op, nu gaat het helemaal niet meer, elke week erger", W),
    ("eerst ging opstaan uit de stoel nog met de armen, dan amper, en nu lukt het niet meer. het gaat elke dag slechter", W),
    ("ik kon eerst nog net op mijn tenen lopen, nu helemaal niet meer, het wordt steeds erger", W),
    ("eerst moest ik de leuning vasthouden om de trap op te gaan, daarna kroop ik op handen en voeten en nu lukt het niet meer. "
     "elke week erger", W),
    ("ik geraakte vorige week met moeite uit de zetel, nu kan ik er niet meer uit zonder hulp. elke dag erger", W),
    ("eerst kon ik mijn grote teen nog een beetje optrekken, nu helemaal niet meer en het wordt erger", W),
    ("mijn benen verliezen kracht", WB),
    ("mijn benen zijn kracht aan het verliezen, elke week erger", WB),
    # French (Belgian)
    ("au début je montais encore sur la pointe des pieds, puis presque plus, maintenant plus du tout, ça empire de jour en jour", W),
    ("d'abord je me levais de la chaise avec les bras, puis à peine, et maintenant plus du tout. ça empire de semaine en semaine", W),
    ("samedi je savais encore monter l'escalier en tenant la rampe, mardi à peine, aujourd'hui plus du tout, c'est de pire en pire", W),
    ("d'abord je devais tenir la rampe pour monter l'escalier, puis je montais à quatre pattes, maintenant je sais plus du tout. "
     "c'est de pire en pire", W),
    ("je savais encore à peine me lever du canapé la semaine passée, maintenant plus moyen, ça s'aggrave", W),
    ("avant je me levais difficilement du fauteuil, maintenant je n'y arrive plus du tout. ça empire chaque jour", W),
    ("mon gros orteil droit, je savais encore à peine le relever mardi, aujourd'hui plus du tout. ça empire", W),
    ("il y a trois jours je pouvais à peine me mettre sur les talons, ce matin impossible, ça s'aggrave", W),
]
KEPT = [
    # English
    ("my legs feel weak but it hasnt changed", {"both_legs": True, "leg_weakness": "stable"}),
    ("the pain is getting worse every day", {}),
    ("I could barely walk because of the pain", {}),
    ("i could barely climb the stairs last week and now not at all because of the pain, its getting worse", {}),
    ("my mum could barely get up the stairs in june and now not at all, shes getting worse", {}),
    ("my right leg is getting weaker every day", W),
    ("my back is getting worse, i can barely walk and the stairs are a nightmare, cant sleep at all", {}),
    ("i hardly feel my toes and now not at all, getting worse", {}),
    ("last week i could hardly walk on my heels on the right side, now i cant do it at all. worse every day", W),
    # Dutch
    ("mijn benen voelen zwak maar het is niet erger", {"both_legs": True, "leg_weakness": "stable"}),
    ("de pijn wordt elke dag erger", {}),
    ("ik kon amper de trap op door de pijn en nu helemaal niet meer, het wordt erger", {}),
    ("mijn been wordt elke dag zwakker", W),
    ("mijn rug wordt elke dag erger, ik kan amper de trap op en slapen lukt helemaal niet meer", {}),
    ("zondag kon ik nog net op mijn hakken staan, vandaag helemaal niet meer. elke dag erger", W),
    # French
    ("mes jambes sont faibles mais c'est pas pire", {"both_legs": True, "leg_weakness": "stable"}),
    ("la douleur empire de jour en jour", {}),
    ("je montais à peine l'escalier à cause de la douleur, maintenant plus du tout, ça empire", {}),
    ("mes jambes perdent de la force", WB),
    ("la semaine passée je marchais encore un peu sur les talons, maintenant plus du tout, ça s'aggrave", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
