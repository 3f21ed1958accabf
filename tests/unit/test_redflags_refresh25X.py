"""Session 25, helper X: bladder and bowel signs missed (refresh 37/23) and the lead's probes.

1. A relative's doubt about having been to the toilet, and wet underwear found in the laundry, often told by a carer
   writing for the patient: "he cant remember whether hes been to the loo or not", "i keep finding damp boxers in the
   washing basket", "ik vergeet of ik al geplast heb", "vochtige slips in de wasmand", "je ne me souviens plus si je suis
   allee aux toilettes", "des slips humides dans le panier a linge" (not "not sure if ive been to the gp", not fresh from
   the washing machine, not from a swim).
2. Wet underwear with the urge not felt: "damp undies without realising i had to go", "mijn boxer was nat, ik had niet
   door dat ik moest", "culotte mouillee sans que je sente que je devais aller aux toilettes" (not "ik had niet door dat
   ik moest vertrekken", "without realising i was going to fall").
3. A slow, hard start in everyday words: "peeing took forever, it wouldnt start", "het duurde eeuwen voordat de plas
   kwam", "op het toilet wou het maar niet komen", "j'ai mis une eternite a faire pipi", "ca voulait pas venir" (French
   "voulait" is no longer read as "coulait"); a bus, a doctor or a pain that takes long stays none.
4. The urge not felt, the toilet named after "go": "i did not feel the need to go to the loo", "ik heb niet de behoefte
   gehad om naar de wc te gaan", "je n'ai pas ressenti le besoin d'aller aux toilettes" (not the gym, going out, a doctor,
   nor the need gone at night).
5. The need to go of a doctor told past the segment's cut: "i have not felt the need to go and see a doctor", "the need to
   go and get it checked", "geen aandrang om te gaan en de huisarts te bellen" (the rules' skip_after reads the words after
   the segment). "never felt the need to go, and i leaked" stays a sign. French had no such false alarm: kept cases only.
   Left: "i found wet pants in the laundry after the rain" still reads the bladder (the rain after the hard cut "after").
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
N: dict = {}
T = {"onset": "trauma"}
TB = {"onset": "trauma", "bladder_bowel": True}

CHANGED = [
    # 1. a relative's doubt about having been, wet underwear found in the laundry
    ("im messaging for my dad, he cant remember whether hes been to the loo or not", B),
    ("i honestly cant remember if ive been or not, it all feels the same down there", B),
    ("writing for my nan, 84, she forgets if shes gone to the toilet", B),
    ("asking for my husband, i keep finding damp boxers in the washing basket", B),
    ("writing for my mum, there have been soiled undies in her laundry basket all week", B),
    ("mijn rug is kapot en ik vergeet of ik al geplast heb", B),
    ("ik vind de laatste tijd vochtige slips in de wasmand, dat had ik nooit", B),
    ("ik schrijf voor mijn moeder, ze weet niet zeker of ze al geweest is of niet", B),
    ("je ne me souviens plus si je suis allee aux toilettes ce matin", B),
    ("mon pere a mal au dos, il sait plus s'il est alle aux wc ou non", B),
    ("je trouve des slips humides dans le panier a linge depuis quelques jours", B),
    ("on retrouve des culottes trempees dans le linge sale de ma grand mere", B),
    # 2. wet underwear, the urge not felt
    ("damp undies again today without realising i had to go", B),
    ("wet boxers this week, without even noticing i needed the loo", B),
    ("twee keer een natte boxer, ik voelde niet dat ik moest", B),
    ("mijn onderbroek was nat zonder dat ik het merkte", B),
    ("mijn boxer was weer nat, ik had niet door dat ik moest", B),
    ("culotte mouillee deux fois sans que je sente que je devais aller aux toilettes", B),
    ("slip humide ce matin sans que je sache que je devais y aller", B),
    # 3. a slow, hard start in everyday words
    ("on the loo this morning it took ages to get going, then the wee just wouldnt start", B),
    ("peeing this morning took forever, it wouldnt start", B),
    ("het duurde eeuwen voordat de plas kwam", B),
    ("op het toilet wou het maar niet komen", B),
    ("il m'a fallu une eternite pour uriner ce matin", B),
    ("aux toilettes ca prend des plombes a sortir", B),
    ("pipi ce matin, ca voulait pas venir du tout", B),
    ("j'ai mis une eternite a faire pipi", B),
    # 4. the urge not felt, the toilet named after "go"
    ("i did not feel the need to go to the loo yesterday at all", B),
    ("asking for my dad, he doesnt feel the need to go to the loo these days", B),
    ("i didnt feel any need to go to the loo today", B),
    ("ik heb sinds gisteren niet de behoefte gehad om naar de wc te gaan", B),
    ("ik voelde niet de drang om naar het toilet te gaan", B),
    ("k heb nie de nood gevoeld om naar het toilet te gaan", B),
    ("je n'ai pas ressenti le besoin d'aller aux toilettes depuis hier", B),
    ("je n'ai pas ressenti l'envie d'aller aux toilettes", B),
    ("je n'ai pas eu l'envie d'aller aux wc aujourd'hui", B),
    # 5. the need to go of a doctor, past the segment's cut
    ("i have not felt the need to go and see a doctor about it", N),
    ("never felt the need to go and get it checked, it eases with rest", N),
    ("i havent felt the need to go and have it looked at", N),
    ("ive never felt the need to go and see my gp about my back", N),
    ("i had no need to go and see the doctor", N),
    ("ik voelde geen aandrang om te gaan en de huisarts te bellen", N),
    ("geen aandrang gehad om te gaan en het te laten nakijken", N),
]
KEPT = [
    # 1.
    ("im not sure if ive been to the gp about this before", N),
    ("not sure if ive been clear, the pain is in my lower back", N),
    ("i put my wet pants in the wash after the walk home", N),
    ("my son is not sure if hes been picked for the team", N),
    ("ik schrijf voor mijn vader, hij weet niet meer of hij al naar het toilet is geweest", B),
    ("ik weet niet of ik al ziek geweest ben van die pillen", N),
    ("ik weet niet meer of ik al bij de dokter geweest ben", N),
    ("ik haal natte onderbroeken uit de wasmachine en mijn rug schiet vast", N),
    ("natte slips in de was van het zwemmen", N),
    ("je sais pas si je suis alle aux urgences pour ca il y a deux ans", N),
    ("des slips mouilles dans le linge de la piscine", N),
    ("je sais plus si j'ai pris mon doliprane", N),
    # 2.
    ("my boxers were wet twice this week without me noticing i needed a wee", B),
    ("without realising i was going to fall, i slipped on the ice", T),
    ("mijn slip was nat en ik had het niet gemerkt", B),
    ("ik wist niet dat ik moest bellen voor een afspraak", N),
    ("ik had niet door dat ik moest vertrekken", N),
    ("mijn slip was nat van het zweet na het sporten", N),
    ("mijn onderbroek was wat vochtig, zeker zweet", N),
    ("mon calecon etait mouille trois fois sans que je sente que je devais aller aux toilettes", B),
    ("culotte humide sans m'etre rendu compte que j'avais besoin", B),
    ("sans savoir que je devais aller au travail", N),
    ("my shorts were wet from the rain and i didnt notice", N),
    # 3.
    ("stood at the urinal and it took forever before anything came", B),
    ("went for a wee and the bus took ages to come", N),
    ("went to the loo but the pain wouldnt go away", N),
    ("op de wc duurde het een eeuwigheid voor er iets kwam", B),
    ("ik moest echt plassen maar het wilde gewoon niet komen", B),
    ("het duurde lang voor de dokter kwam", N),
    ("het duurde een eeuwigheid voor de ambulance kwam", N),
    ("le bus a mis un temps fou a venir", N),
    ("j'ai mis un temps fou a trouver une place pour me garer", N),
    ("j'ai fait pipi mais la douleur voulait pas partir", N),
    # 4.
    ("i dont feel the need to go to the gym", N),
    ("i dont feel the need to go out much", N),
    ("i dont feel the need to go to the toilet at night anymore", N),
    ("ik voel de aandrang niet meer om te plassen", B),
    ("ik heb geen behoefte om naar de dokter te gaan", N),
    ("ik heb geen behoefte om naar de wc te gaan s nachts", N),
    ("j'ai pas senti l'envie d'uriner de toute la journee", B),
    ("j'ai pas eu envie d'aller chez le medecin, et ca passe", N),
    ("je n'ai pas ressenti le besoin d'aller voir le medecin", N),
    ("j'avais la culotte mouillee, sans avoir senti que je devais faire pipi", B),
    ("since the fall i dont get the urge to go to the bathroom anymore", TB),
    ("im writing for my dad, he doesnt feel the need to go for a wee", B),
    # 5.
    ("i never felt the need to go, and i leaked", B),
    ("never felt the need to go and i wet myself", B),
    ("i havent felt the need to go to the toilet and i leaked", B),
    ("didnt feel the need to go and see anyone, its just stiff", N),
    ("ik heb niet de behoefte gehad om naar de dokter te gaan en de pijn is nu beter", N),
    ("ik had geen aandrang en de dokter zegt dat het ernstig is", B),
    ("je n'ai pas ressenti le besoin d'aller voir le medecin et ca va mieux", N),
    ("jamais senti le besoin d'aller me faire examiner et ca passe", N),
    ("je ne sens plus l'envie d'uriner et le medecin est inquiet", B),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
