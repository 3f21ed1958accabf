"""Session 24, helper T, after the blind refresh 35/21 scored once: false alarms and a missed fall.

1. A sign heard from someone, then denied, or a sign's name asked about: "my brother told me that if you cant feel your bum
   ... i dont have that", "een collega vertelde me dat als je billen gevoelloos worden ... dat heb ik niet", "un collegue
   m'a dit que quand on a les fesses engourdies ... j'ai pas ca"; "wat is dat eigenlijk zadelanesthesie?", "zadelanesthesie,
   hoe merk je dat?", "c'est quoi ca l'anesthesie en selle ?" (kept: the sign owned after it, "thats exactly what i have").
2. Laid low by an illness or a drug is no blow: "was knocked for six by the flu", "ben knock-out geslagen door de griep",
   "la grippe m'a foutu par terre" (kept: "knocked out when i fell", "renverse par une voiture").
3. A fever told over, then named again as that past one ("... the fever from last week", "de koorts van vorige week", "la
   fievre de la semaine derniere"), and "vorige week koorts, nu helemaal weg" (kept: a fever now, one come back).
4. Someone else calls a caught slip a fall, the partner named in Quebec, street or Caribbean words: "ma blonde dit que c'est
   une chute, moi je dis que non", "my fella says its a fall", "mijn maat zegt dat het een val was" (kept: a fall told).
5. The pain that eases is no leg giving way: "als ik mijn benen strek zakt t weg", "with my knees pulled up
   the pain gives out", "les genoux plies, la douleur se derobe" (kept: "mijn knieen zakken onder me weg", "mes jambes
   lachent", "my legs and the pain give out").
6. A fall in street words: "ben van mijn brommer geklapt", "ik klapte achterover op het ijs", "took a spill on the ice",
   "ate pavement", "j'ai fait un vol plane" (kept: "in mijn handen geklapt", "het is geklapt", "my laptop bit the dust")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
BLADDER = {"bladder_bowel": True}
FEVER = {"fever": True}
TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}

CHANGED = [
    # 1. heard from someone, then denied; a sign's name asked about
    ("my brother told me that if you cant feel your bum when you wipe its an emergency. i dont have that, all normal down there", {}),
    ("a guy at the gym said when you lose control of your bladder its serious. not me, peeing is fine", {}),
    ("my coach said if you get numb between the legs you go straight to a&e. i havent got that", {}),
    ("saddle anaesthesia, how do you notice it? i just have back pain", {}),
    ("whats that saddle anaesthesia thing? i just have back ache", {}),
    ("een maat van mij zei dat als je je kont niet meer voelt het ernstig is. heb ik niet hoor, alles normaal daar", {}),
    ("een collega vertelde me dat als je billen gevoelloos worden het om je rug gaat. dat heb ik niet", {}),
    ("de huisarts noemde iets, wat is dit zadelanesthesie precies? bij mij is alleen de rug stijf", {}),
    ("zadelanesthesie, hoe merk je dat? ik heb alleen rugpijn", {}),
    ("un collègue m'a dit que quand on a les fesses engourdies c'est la moelle. j'ai pas ça du tout", {}),
    ("c est quoi ça l anesthésie en selle ? j ai juste mal au dos", {}),
    ("anesthésie en selle, comment on le remarque ? moi j'ai juste mal au dos", {}),
    # 2. laid low by an illness or a drug
    ("got knocked out by covid for a week, now the back is stiff", {}),
    ("was knocked flat by a tummy bug at the weekend", {}),
    ("i was hit hard by covid in october", {}),
    ("ik werd onderuitgehaald door een buikgriep", {}),
    ("ik werd vorige week geslagen door een virus", {}),
    ("je me suis fait ramasser par une gastro le mois dernier", {}),
    ("la gastro m'a foutu par terre trois jours", {}),
    # 3. a fever over, named again as the past one
    ("Fièvre à 38,5 il y a dix jours, c'est passé depuis lundi. Ça compte encore, la fièvre d'il y a dix jours ?", {}),
    ("had a temperature of 39 a week ago, thats all cleared now. should i worry about the fever from last week?", {}),
    ("vorige week griep met koorts, dat is allang over. moet ik me zorgen maken over de koorts van vorige week?", {}),
    ("vorige week 39 koorts, nu helemaal weg", {}),
    ("eergisteren nog koorts, inmiddels helemaal verdwenen", {}),
    ("début du mois de la fièvre, c'est fini depuis dimanche. ça peut jouer, la fièvre que j'ai eue ?", {}),
    # 4. a partner's word against the patient's
    ("j ai glissé sur le perron mais j ai pogné la rampe. ma blonde dit que c est une chute, moi je dis que non", {}),
    ("ma go dit que c est une chute, moi je dis non", {}),
    ("mon chum dit que c'est une chute mais j'ai même pas touché le sol", {}),
    ("my fella says its a fall but i never hit the ground", {}),
    ("me bloke reckons it was a fall but i never went down", {}),
    ("mijn maat zegt dat het een val was maar ik ben niet gevallen", {}),
    # 5. the pain that eases, not the legs
    ("als ik met een kussen tussen mijn knieen lig zakt het weg", {}),
    ("als ik mijn benen strek zakt t weg", {}),
    ("met mijn benen op een stoel zakte het langzaam weg", {}),
    ("als ik mijn knieen optrek de pijn zakt dan weg", {}),
    ("quand je plie les genoux la douleur se derobe", {}),
    ("couche avec les jambes surelevees la douleur lache", {}),
    ("when i pull my knees up the pain gives out", {}),
    # 6. a fall in street words
    ("ben van de scooter geklapt", TRAUMA),
    ("ik klapte achterover op het ijs", TRAUMA),
    ("klapte ik voorover tegen de grond", TRAUMA),
    ("ben gisteren keihard van mijn brommer geklapt", TRAUMA),
    ("took a spill on the ice", TRAUMA),
    ("i ate pavement off the scooter", TRAUMA),
    ("went over the handlebars and ate concrete", TRAUMA),
    ("i smacked down on the kerb off my scooter", TRAUMA),
    ("i bit the dust on the stairs last week", TRAUMA),
    ("j ai fait un vol plané en trottinette", TRAUMA),
    ("je me suis pris le trottoir en scooter", TRAUMA),
]

KEPT = [
    # 1. the sign owned after the question or the hearsay; one's own told
    ("a mate told me if your bum goes numb its serious. thats exactly what i have", SADDLE),
    ("my friend told me that if you cant pee its an emergency. i cant pee since yesterday", BLADDER),
    ("my wife says my bum is numb", SADDLE),
    ("een maat zei dat mijn kont gevoelloos is", SADDLE),
    ("wat is dat zadelanesthesie? dat heb ik denk ik", SADDLE),
    ("heb ik niet, maar mijn kont is gevoelloos", SADDLE),
    ("c est quoi ca l anesthésie en selle ? je crois que je l ai", SADDLE),
    ("c est quoi l anesthésie en selle ? je l ai aussi", SADDLE),
    ("un pote m'a dit que c'est grave, et moi je sens plus mes fesses", SADDLE),
    # 2. a blow, a fall, a vehicle
    ("i was knocked out when i fell", TRAUMA),
    ("got knocked down by a car", TRAUMA),
    ("was knocked off my bike by a van", TRAUMA),
    ("got knocked out by a cricket ball", TRAUMA),
    ("ik werd onderuitgehaald door een speler", TRAUMA),
    ("ik ben geslagen door mijn ex", TRAUMA),
    ("j'ai été renversé par une voiture", TRAUMA),
    ("je me suis ramassé dans l'escalier", TRAUMA),
    ("la gastro m'a mis ko, je suis tombé dans la douche", TRAUMA),
    # 3. a fever now, one come back
    ("had a fever last week, all gone now. the fever from last week came back today", FEVER),
    ("had a fever, long gone now. now i have a fever again", FEVER),
    ("ik heb 39 koorts , nu helemaal weg, sinds vanmorgen terug", FEVER),
    ("toujours de la fièvre depuis la semaine dernière", FEVER),
    ("j'ai 39 de fièvre depuis jeudi", FEVER),
    ("koorts van vorige week is er nog steeds", FEVER),
    # 4. a fall told
    ("je suis tombée dans l escalier, mon chum m a aidée", TRAUMA),
    ("j'ai glissé et je suis tombé sur le dos", TRAUMA),
    ("ik ben gevallen, mijn maat heeft me opgeraapt", TRAUMA),
    ("slipped on the ice and fell on my back, my fella picked me up", TRAUMA),
    ("my man bits are numb", SADDLE),
    ("mijn broek is een maat kleiner, 6 kilo kwijt zonder dieet", {"weight_loss": True}),
    # 5. the legs failing
    ("mijn benen zakken weg", BOTH_WEAK),
    ("mijn knieen zakken onder me weg", BOTH_WEAK),
    ("mijn been zakt soms weg", WORSE),
    ("mijn benen, ze zakken weg", BOTH_WEAK),
    ("de pijn is erg, mijn benen zakken weg", BOTH_WEAK),
    ("mes jambes lachent", BOTH_WEAK),
    ("mes genoux lachent d'un coup", BOTH_WEAK),
    ("la douleur est forte et mes jambes lachent", BOTH_WEAK),
    ("my knees give way", BOTH_WEAK),
    ("both legs give way and the pain is bad", BOTH_WEAK),
    ("my legs and the pain give out", WORSE),
    ("my leg with the pain gives way", WORSE),
    # 6. no fall
    ("ik heb in mijn handen geklapt", {}),
    ("het is geklapt met de verkoop", {}),
    ("ben dubbel geklapt van de pijn", {}),
    ("mijn band is op de snelweg geklapt", {}),
    ("ik klapte de laptop dicht", {}),
    ("mijn voet klapte neer op de stoep", WORSE),
    ("my laptop bit the dust", {}),
    ("took a spill of coffee on my shirt", {}),
    ("slammed the door on the way out", {}),
    ("the pans clattered onto the floor", {}),
    ("then my phone bit the dust", {}),
    ("the dog ate some gravel on the walk", {}),
    ("je me suis pris un rhume", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
