"""Session 38, round C (issue 12): a fall or a blow told without "fell" / "fall" / "gevallen" / "tombe" was read as no
trauma; and a foot that slipped, told in Caribbean English ("di foot slip"), was read as both feet asleep.

1. Trauma (the packs' TRAUMA_PATTERNS, a session 38C block at the end of each):
   - en: going down told first ("down i went", "and down we go"; not "down i went to the kitchen"), gone down like a sack or a
     ton of bricks (not the idiom "went down like a lead balloon"), a drop told by its height or what it was from ("dropped
     about six feet", "dropped off the scaffold"; not "dropped two stone", "dropped off the kids", a dropped box), the Caribbean
     landing "lan" ("an lan flat pon mi back"), sent flying or sprawling (not "sent me flying to the doctor"), a charge into the
     legs or the back ("a dog careered into the back of my knees"; not "the pain ploughed into my back"). STRUCK_OWN also names
     the legs and the back charged into, so a kid or a relative's dog doing it stays the patient's trauma.
   - nl: "ik val" / "val ik" (and "ik donder", "ik smak" ...) in the present told of a past fall, with the place or the body
     part ("vrijdag ik val van mijn velo"; not "ik val in slaap", "ik val af", "ik val bijna"), "neergeknald", tegen de grond
     or de vlakte gegaan (not "tegen de grond liggen"), a vehicle that hits or rams the bike ("een auto raakte mijn fiets"; not
     "mijn fiets kwijt").
   - fr: s'ecraser sur le dos, un choc qui "fonce" ou "rentre dedans", alle au tapis ou au sol (not "au tapis de course"),
     projete, envoye au sol ou valser, "m'a fait tomber" (not "tomber de haut"), valdinguer, les quatre fers en l'air,
     embrasser le bitume.
2. Both legs numb (bot/reading/redflags.py _slipped_then_fell, the en pack's SLIP_ASLEEP and FALL_AFTER_SLIP, and a lookahead
   in the BOTH_LEGS_NUMB_PATTERNS "foot slip" entry): "foot slip" is the Singlish or Pidgin "foot asleep", but not when a
   drop, a fall or a landing is told after it in the sentence, past a comma too.

Kept: a near fall, a dropped object, prices or temperatures that drop, weight dropped, "ik val in slaap", "ik val af" (weight),
"het valt niet mee", "je tombe de sommeil", "ca tombe bien", a relative's fall told as theirs, the back from bending, and the
feet asleep told as sleeping or slipping with no fall after.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
NUMB = {"both_legs": True, "leg_numbness": True}
CHANGED = [
    # en: going down, a drop, a landing, sent flying, a charge into the legs
    ("down i went like a bag of cement, right on my tailbone", T),
    ("and down we go, the two of us, onto the wet decking", T),
    ("slipped no, i just went down like a ton of bricks at five a side", T),
    ("i dropped about six feet off the scaffold last week", T),
    ("i dropped three metres into the trench at work", T),
    ("dropped off the garage wall onto the drive, back is sore since", T),
    ("mi drop off di roof of di shed pon mi back", T),
    ("mi was fixing di roof an mi lan pon mi back pon di step", T),
    ("di wind tek di sheet an den mi lan hard pon mi bottom", T),
    ("a cyclist on the towpath sent me flying, back hurts", T),
    ("the neighbours alsatian sent me sprawling on the path", T),
    ("a huge dog careered into the back of my knees at the park", T),
    ("a kid on a scooter ploughed into my legs outside school", T),
    # en: the foot that slipped, then the drop: no feet asleep
    ("di foot slip off di step, mi drop pon mi back", T),
    ("mi foot slip, an mi tumble down di bank", T),
    # nl (incl. Flemish): "ik val" in the present, neergeknald, tegen de grond, a car that hits the bike
    ("gisteren ik val van trap, nu rugpijn", T),
    ("zaterdag val ik van mijn velo op de kasseien", T),
    ("dinsdag ik smak op de kasseien met mijn velo", T),
    ("ik donder van de ladder vorige week", T),
    ("ik ben neergeknald op de stoep, nu doet mijn rug pijn", T),
    ("ik ben tegen de grond gegaan op het werk", T),
    ("ik ben tegen de vlakte gegaan bij het voetballen", T),
    ("ik knalde tegen de grond toen ik uitgleed", T),
    ("een bestelwagen raakte mijn fiets op het kruispunt", T),
    ("een auto ramde mijn fiets van achteren", T),
    # fr: s'ecraser, foncer dedans, au tapis, projete, fait tomber, valdinguer
    ("je me suis écrasé sur le dos en bas de l'échelle", T),
    ("je m'écrase par terre samedi en courant", T),
    ("un gros chien m'a foncé dedans au parc", T),
    ("le chien me fonce dedans et je pars en arrière", T),
    ("je suis allé au tapis au judo hier", T),
    ("le cheval m'a projeté au sol", T),
    ("un cycliste m'a envoyé valser sur la piste", T),
    ("le chien m'a fait tomber dans le jardin", T),
    ("j'ai valdingué dans les escaliers de la cave", T),
    ("j'ai raté une marche et je me suis retrouvée les quatre fers en l'air", T),
    ("j'ai embrassé le bitume en trottinette", T),
]
KEPT = [
    # already read, to stay read
    ("i went down hard on the ice", T),
    ("landed flat on my back on the tiles", T),
    ("a dog knocked me off my feet last week", T),
    ("je me suis retrouvé par terre dans la salle de bain", T),
    ("j'ai chuté dans l'escalier", T),
    ("samedi je tombe de vélo", T),
    ("une voiture percute mon vélo au rond-point", T),
    ("ik ben van de ladder gedonderd", T),
    ("zondag ik val op het ijs", T),
    ("woensdag ik val op het trottoir op mijn stuit", T),
    ("il m'est rentré dedans avec son vélo", T),
    # a near fall, a dropped thing, prices, temperatures and weight that drop, a relative's fall, bending
    ("nearly went down but caught the railing", {}),
    ("dropped the box on my foot and my back hurts", {}),
    ("prices dropped so i bought a new mattress", {}),
    ("the temperature dropped two degrees and my back stiffened", {}),
    ("i dropped off the kids at school and my back went", {}),
    ("dropped off to sleep on the sofa, back stiff", {}),
    ("i dropped my phone off the balcony bending over", {}),
    ("my wife went down on the ice", {}),
    ("my wife went down like a sack of spuds on the ice", {}),
    ("my son's dog barrelled into his legs", {}),
    ("the joke went down like a lead balloon", {}),
    ("down i went to the kitchen to get ice for my back", {}),
    ("the pain ploughed into my back", {}),
    ("the news sent me flying to the doctor", {}),
    ("it started when bending to tie my shoe", {}),
    ("ik val in slaap op de bank met rugpijn", {}),
    ("ik val bijna van de trap, mijn rug doet pijn", {}),
    ("het valt niet mee met die rug", {}),
    ("ik raakte mijn fiets kwijt", {}),
    ("ik ga tegen de grond liggen om te strekken", {}),
    ("ik val af sinds een maand", {"weight_loss": True}),
    ("je tombe de sommeil le soir", {}),
    ("ça tombe bien, j'ai rendez-vous demain", {}),
    ("je suis allé au tapis de course hier", {}),
    ("ça m'a fait tomber de haut", {}),
    ("je me suis écrasé sur le canapé", {}),
    ("la douleur me rentre dedans", {}),
    # the feet asleep told as sleeping or slipping, no fall after
    ("my feet are always sleeping", NUMB),
    ("both my feet slipping one", NUMB),
    ("my two leg dey sleep", NUMB),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
