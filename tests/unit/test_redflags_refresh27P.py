"""Session 27, helper P, after the blind refresh scored once: the bladder and the bowel told by what the person notices,
the weight told by the scales.

1. The bladder told in everyday words: the British "waterworks" slow to start or weak ("my waterworks are weird, takes
   forever to get started"), a feeble trickle with no stop told after ("on the loo its a pathetic little trickle"), the
   bladder not emptied told as not finished ("feels like im not done"); Dutch "nooit helemaal uitgeplast"; French "un
   filet tout faible quand j'urine", "l'impression de pas avoir termine" (the "termine" the reader writes "terminee").
2. The stool (or the wee) not felt while it happens, told shyly: "i didnt feel myself having a poo", "something in my
   pants and i hadnt felt a thing"; "ik voelde niet dat ik aan het poepen was", "er zat iets in mijn slip, ik had het
   niet gevoeld", "ik merkte pas achteraf dat ik gepoept had"; "je ne me suis pas senti faire caca", "un truc dans ma culotte
   sans m'en etre rendu compte" (not a pocket, not a period, not "no blood seen in the stool").
3. The weight told by the scales with the number in words: "six kilos down since june", "huit kilos de moins qu'au
   printemps" (the digits read already; weight lost on a diet stays no flag).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BB = {"bladder_bowel": True}
WEIGHT = {"weight_loss": True}

CHANGED = [
    # 1. the bladder told in everyday words
    ("my waterworks are weird, takes forever to get started", BB),
    ("the waterworks have gone funny, slow to start and a weak flow", BB),
    ("when i pee its just a feeble trickle", BB),
    ("on the loo its a pathetic little trickle these days", BB),
    ("a weak trickle when i go", BB),
    ("after a wee I feel like I haven't finished", BB),
    ("back on the toilet an hour later, feels like im not done", BB),
    ("ik heb het gevoel dat ik nooit helemaal uitgeplast ben", BB),
    ("na het plassen ben ik nooit echt uitgeplast", BB),
    ("un filet tout faible quand j'urine", BB),
    ("pour faire pipi, un maigre filet", BB),
    ("aux toilettes c'est juste un mince filet", BB),
    ("quand je fais pipi j'ai l'impression de pas avoir terminé", BB),
    # 2. the stool or the wee not felt while it happens
    ("i didnt really feel myself having a poo", BB),
    ("I can't feel myself pooing anymore", BB),
    ("there was something in my pants and i hadnt felt a thing", BB),
    ("ik voelde niet dat ik aan het poepen was", BB),
    ("ik voel mezelf niet poepen", BB),
    ("er zat iets in mijn slip, ik had het niet gevoeld", BB),
    ("ik heb niet gevoeld dat ik mijn broek vuil maakte", BB),
    ("ik merkte pas achteraf dat ik gepoept had", BB),
    ("il y avait quelque chose dans mon slip et je n'ai rien senti", BB),
    ("un truc dans ma culotte sans m'en être rendu compte", BB),
    ("je n'ai pas senti que je faisais caca", BB),
    ("je ne me suis pas senti faire caca", BB),
    ("sans me rendre compte que j'allais à la selle", BB),
    # 3. the weight by the scales, the number in words
    ("the scales say im six kilos down since june", WEIGHT),
    ("seven pounds lighter and I eat like a horse", WEIGHT),
    ("nine kilos gone since easter, no idea why", WEIGHT),
    ("la balance indique six kilos de moins depuis mars", WEIGHT),
    ("j'ai huit kilos de moins qu'au printemps et je mange normalement", WEIGHT),
    ("quelques kilos de moins sans rien changer", WEIGHT),
    ("le pese-personne montre dix kilos de moins qu'a noel", WEIGHT),
]

KEPT = [
    # 1. neighbours of the bladder told in everyday words
    ("my waterworks are fine, no problems", {}),
    ("no problems with the waterworks", {}),
    ("the stream of emails takes ages to come", {}),
    ("my back takes ages to get going in the morning, then the loo", {}),
    ("went to the loo, I feel like I haven't finished my physio course", {}),
    ("there's a thin trickle of blood from the cut", {}),
    ("the pee takes ages to get going", BB),
    ("ik ben goed uitgeplast, geen probleem", {}),
    ("er komt maar een dun straaltje", BB),
    ("un petit filet de sang quand je vais aux toilettes", {}),
    ("j'ai l'impression de pas avoir terminé mon dossier", {}),
    ("quand je fais pipi j'ai l'impression de ne jamais avoir fini", BB),
    # 2. neighbours of the stool not felt
    ("I don't feel like having a poo", {}),
    ("I left something in my pants pocket and didnt notice", {}),
    ("there was something in my knickers, my period I think, didnt notice it start", {}),
    ("found poo in my pants and never felt it happen", BB),
    ("er zat iets in mijn broekzak zonder dat ik het merkte", {}),
    ("ik had iets in mijn broek gestoken zonder het te merken", {}),
    ("er zat iets in mijn onderbroek, ik denk dat ik ongesteld word, niks gevoeld", {}),
    ("ik heb in mijn broek gepoept zonder het te voelen", BB),
    ("je n'ai pas remarqué de sang dans les selles", {}),
    ("j'ai mis quelque chose dans la poche de mon pantalon sans y penser", {}),
    ("quelque chose dans mon pantalon, je crois que ce sont mes règles, pas senti", {}),
    ("j'ai retrouvé des selles dans mon slip sans le sentir", BB),
    ("a bit of a mess in my undies without noticing", BB),
    ("ik had niet door dat ik gepoept had", BB),
    ("pas later zag ik dat ik geplast had", BB),
    # 3. neighbours of the weight by the scales
    ("twelve kilos down since I started my diet", {}),
    ("the scales say 6 kilos less since I started my diet", {}),
    ("I lift ten kilos less at the gym now", {}),
    ("de weegschaal geeft zes kilo minder aan sinds ik op dieet ben", {}),
    ("de weegschaal toont zes kilo minder", WEIGHT),
    ("la balance affiche cinq kilos de moins depuis mon régime", {}),
    ("la balance marque 4 kilos en moins", WEIGHT),
    ("j'ai perdu six kilos sans faire de régime", WEIGHT),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
