"""Session 45TR (issue 12): the onset "trauma" missed or read where there was none: a blow from another player's body
("their number eight's knee went into my lower back", "er kwam eentje vol in mijn rug", "il m'est rentre dans le dos"), a car
driven into the back of one's own ("er reed een busje achterop"), and a slip caught on the stairs while only a carried thing
went down ("the washing fell down the stairs", "de wasmand viel naar beneden maar ik bleef staan", "le linge est tombe mais pas
moi").

Changed: TRAUMA_PATTERNS in the three packs (en: another's knee, elbow, shoulder, studs or helmet that went or came into the
patient's back; nl: "reden ons achterop", "er reed een camionette achterop", a slip that ends "lag onderaan", someone who
came "vol in mijn rug"; fr: "il m'est rentre dans le dos / les lombaires"), and FALLEN_THINGS (the washing, the laundry
basket, "wasmand", "linge", "panier") so a carried thing's fall is not the patient's.
Kept: the blow, the crash and the fall told plainly; a sport strain with no contact; a car named with no crash (lifting into
the boot, getting out of the car); a slip that ends on the floor or at the bottom; the thing that fell onto the patient.

The lead (session 45) added the rear-end pattern's limb guard (en pack): the pain that "goes into the back of my thigh" after
a lift into the car's boot was read as a car driven into the back (a 66-year-old's blind street play got "possible fracture,
see a doctor today"). Left, still read as trauma (the safe side): a Dutch slip where the basket "viel naar beneden maar ik
bleef staan" and the French "le linge est tombé mais pas moi" (the slip itself reads as the fall there; the carried thing's
fall is not the trigger).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    ("their number eight's knee went straight into my lower back in a ruck", T),
    ("his helmet went into the small of my back during practice", T),
    ("his studs went into my lower back in the tackle", T),
    ("the full back's shoulder went into the small of my back", T),
    ("a lad's elbow went straight into my spine at basketball", T),
    ("their keeper's knee went into my back when we both went for the cross", T),
    ("i slipped on a step but caught myself on the banister, the washing fell down the stairs", {}),
    ("bij de rugby kwam er eentje vol in mijn rug", T),
    ("ze reden ons achterop aan de verkeerslichten", T),
    ("bij het rood licht reed er een camionette achterop", T),
    ("er reed een auto achterop bij het stoplicht", T),
    ("ik gleed uit op de trap en lag onderaan", T),
    ("hurt my back putting the cases in the boot. every so often it goes into the back of my thigh", {}),
    ("lifted the pram into the boot and now it goes right into the back of my left leg", {}),
    ("un joueur adverse m'est rentré dans le dos", T),
    ("je me suis fait découper par un défenseur, il m'est rentré dans le dos", T),
    ("au hand un pivot m'est rentré dans les lombaires", T),
    ("mon pied a glissé sur une marche, le panier est tombé en bas mais moi je suis resté sur mes pieds", {}),
    ("j'ai raté une marche, je me suis tenue à la rampe, le panier à linge est tombé jusqu'en bas", {}),
]
KEPT = [
    ("got hammered by their centre, his shoulder straight into my back and i hit the deck", T),
    ("twisted my back reaching for a header", {}),
    ("someone drove into the back of my car at the lights and now the pain goes into my thigh", T),
    ("a van hit us from behind at the lights", T),
    ("i was in a car crash last week", T),
    ("hurt my back getting the wheelchair out of the car boot", {}),
    ("my back went getting into the car", {}),
    ("slipped on the stairs and ended up on my backside", T),
    ("tripped on the stairs but grabbed the handrail so i didn't go down", {}),
    ("een speler van de tegenpartij dook met zijn schouder in mijn onderrug", T),
    ("ik heb mijn rug verdraaid toen ik naar de bal reikte", {}),
    ("ik heb een aanrijding gehad met de auto", T),
    ("mijn rug schoot erin toen ik de boodschappen in de koffer van de auto tilde", {}),
    ("ik stapte uit de wagen en voelde het schieten", {}),
    ("ik ben uitgegleden op de trap en onderaan beland", T),
    ("ik gleed uit op de trap maar kon me aan de leuning vastgrijpen en bleef staan", {}),
    ("j'ai pris un plaquage, son épaule dans mes lombaires", T),
    ("je me suis tordu le dos en allant chercher le ballon", {}),
    ("j'ai eu un accident de voiture", T),
    ("je me suis bloqué le dos en sortant de la voiture", {}),
    ("j'ai mal au dos depuis que j'ai mis la valise dans le coffre de la voiture", {}),
    ("j'ai glissé dans l'escalier et je me suis retrouvé en bas", T),
    ("j'ai glissé dans l'escalier mais je me suis rattrapé à la rampe, je suis resté debout", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
