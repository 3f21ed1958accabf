"""Session 28, helper I: a vehicle run into the patient's own car is a trauma for the red-flag reader and the story reader.

Round 28D taught the answer reader (answers TRAUMA_PHRASES) that "a taxi bashed my car", "tegen mijn auto gereden", "un bus a
tape ma voiture" are a trauma; find_red_flags (the packs' redflags TRAUMA_PATTERNS) and so read_story's onset still missed a
collision told with a plain verb and the car as what was struck: a first message "a lorry smashed my car ... my back is sore
since" gave no trauma flag and no onset.

1. TRAUMA_PATTERNS (en, nl, fr, session 28I): a verb of striking with the patient's car as object ("smashed/pranged/clipped/
   sideswiped/jam my car", "piled into our car", "a 4x4 rammed us", "my van got smashed"; "ramde mijn auto", "tikte mijn
   auto aan", "reed in mijn koffer", "heeft onze auto geraakt", "knalde tegen mijn auto", "botste achteraan op ons"; "a
   accroche ma voiture", "a tape dans ma voiture", "a enfonce l'arriere de ma voiture", "s'est encastree dans notre voiture",
   "une voiture est rentree dans la mienne"). Not "slammed the car door", "the traffic jammed my car in", "i rammed the box",
   "ik reed mijn auto aan de kant", "hij reed in mijn auto", "il est rentre dans ma voiture" (no vehicle before it), "j'ai
   accroche ma voiture"; a relative's car (only a few adjectives may stand between "my" and the car) stays someone else's.
2. OWN_VEHICLE, NOT_ABOARD (redflags, engine _not_aboard in _trauma_or_other): the patient's car struck with the patient told
   not in it ("my car got hit while parked, i wasnt in it", "ik zat er niet in", "je n'etais pas dedans") is no trauma; the
   patient struck ("a van hit me, i wasnt in the car") keeps it.

Read: (find_red_flags onset, read_story onset)."""

from datetime import date

from bot.reading.answers import read_story
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round


def read(text):
    return (find_red_flags(text).get("onset"), read_story(text, date(2026, 12, 1)).get("onset"))


CHANGED = [
    # en
    ("a lorry smashed my car at the junction last week and my back is sore since", ("trauma", "trauma")),
    ("some guy rammed our van at the roundabout, back pain ever since", ("trauma", "trauma")),
    ("a truck bumped my car from behind yesterday and now my back hurts", ("trauma", "trauma")),
    ("a taxi slammed my car on tuesday, my lower back has been bad since", ("trauma", "trauma")),
    ("a lorry clipped my car on the motorway and my back has hurt since", ("trauma", "trauma")),
    ("a van hit my car at the lights, back stiff since", ("trauma", "trauma")),
    ("a coach smacked into our car last month, lower back pain", ("trauma", "trauma")),
    ("someone pranged my car at the junction and my back has ached since", ("trauma", "trauma")),
    ("a keke bashed my okada last week, back pain since", ("trauma", "trauma")),
    ("a bus banged our car from the side and my back is killing me", ("trauma", "trauma")),
    ("a truck sideswiped my car on monday and my back hurts since", ("trauma", "trauma")),
    ("a 4x4 rammed us at the lights and my back hurts", ("trauma", "trauma")),
    ("a danfo jam our car on sunday, my waist pain start since", ("trauma", "trauma")),
    ("some idiot piled into my car at the lights, back hurts since", ("trauma", "trauma")),
    ("a lorry wrecked my car at the roundabout, back sore since", ("trauma", "trauma")),
    ("a van bumped into my car at the lights and my back is sore", ("trauma", "trauma")),
    ("a bus knocked my car off the road, back pain since", ("trauma", "trauma")),
    ("my car was shunted on the motorway and my back has hurt since", ("trauma", "trauma")),
    ("my van got smashed by a lorry, back pain since", ("trauma", "trauma")),
    ("my car got hit while parked, i wasnt in it, my back pain came on slowly", (None, "gradual")),
    # nl
    ("er reed een bestelwagen in mijn koffer aan het rood licht, sindsdien rugpijn", ("trauma", "trauma")),
    ("een camion is in onze koffer gereden, mijn rug doet zeer", ("trauma", "trauma")),
    ("een vrachtwagen ramde mijn auto op de snelweg, sindsdien rugpijn", ("trauma", "trauma")),
    ("een taxi tikte mijn auto aan bij het stoplicht en nu heb ik rugpijn", ("trauma", "trauma")),
    ("een bestelbus heeft onze auto geraakt, sindsdien pijn in de rug", ("trauma", "trauma")),
    ("een auto ramde ons op de ring, mijn rug doet pijn", ("trauma", "trauma")),
    ("iemand botste achteraan op ons, nu rugpijn", ("trauma", "trauma")),
    ("een lijnbus reed onze auto aan, sinds maandag pijn in mijn rug", ("trauma", "trauma")),
    ("iemand reed mijn auto in de flank aan, rug doet zeer", ("trauma", "trauma")),
    ("een vrachtwagen knalde vol tegen mijn auto, nu pijn in de rug", ("trauma", "trauma")),
    ("een busje is tegen mijn wagen gereden vorige week, nu rugpijn", ("trauma", "trauma")),
    ("een taxi donderde tegen mijn auto, sindsdien last van mijn rug", ("trauma", "trauma")),
    ("er beukte een vrachtwagen tegen onze wagen, mijn onderrug doet pijn", ("trauma", "trauma")),
    ("mijn auto werd aangereden toen hij geparkeerd stond, ik zat er niet in", (None, None)),
    # fr
    ("un bus a accroché ma voiture et j'ai mal au dos depuis", ("trauma", "trauma")),
    ("un camion est venu taper l'arrière de ma voiture, mal au dos", ("trauma", "trauma")),
    ("un poids lourd a défoncé ma bagnole, mal au dos depuis", ("trauma", "trauma")),
    ("un taxi a cogné notre voiture au rond-point, mal au dos depuis", ("trauma", "trauma")),
    ("une voiture est venue s'encastrer dans la mienne, mal au dos depuis", ("trauma", "trauma")),
    ("un fourgon a enfoncé l'arrière de ma voiture, j'ai mal au dos", ("trauma", "trauma")),
    ("une moto s'est encastrée dans notre voiture, j'ai mal au bas du dos", ("trauma", "trauma")),
    ("un 4x4 a tapé dans ma voiture au feu, mal au dos", ("trauma", "trauma")),
    ("une voiture est rentrée dans la mienne au stop, mal au dos", ("trauma", "trauma")),
    ("un taxi a cogné dans ma voiture hier, mal au dos", ("trauma", "trauma")),
    ("un camion a accroché notre auto sur l'autoroute, j'ai mal au dos", ("trauma", "trauma")),
    ("une voiture a tapé l'arrière de la nôtre, mal au dos depuis", ("trauma", "trauma")),
    ("un chauffard a foncé dans ma voiture, mal au dos", ("trauma", "trauma")),
    (
        "ma voiture a été percutée sur le parking, je n'étais pas dedans, mal au dos depuis le jardinage",
        (None, "sudden_movement"),
    ),
]

KEPT = [
    ("een tractor is keihard tegen mijn auto aangereden, rugpijn", ("trauma", "trauma")),
    ("een lijnbus reed tegen ons busje op de ring, mijn rug doet zeer", ("trauma", "trauma")),
    ("een bestelwagen is tegen onze wagen gebotst, sindsdien rugpijn", ("trauma", "trauma")),
    ("a van hit my car in the car park, nobody was in it, my back hurts from lifting", (None, "sudden_movement")),
    # en: read already, and the near misses
    ("got shunted at the lights on friday, lower back aching since", ("trauma", "trauma")),
    ("someone drove into the back of me at the lights, back hurts", ("trauma", "trauma")),
    ("some idiot shunted me at the roundabout, now my back is stiff", ("trauma", "trauma")),
    ("a car crashed into us on friday, my back hurts", ("trauma", "trauma")),
    ("jammed in traffic for hours and my back aches", (None, None)),
    ("i rammed the box into the shelf and my back went", (None, "sudden_movement")),
    ("my brothers car was rammed last week, my own back just started hurting", (None, "gradual")),
    ("my dad got shunted at the lights last month, my back started on its own", (None, "gradual")),
    ("slammed the car door and felt a twinge in my back", (None, "sudden_movement")),
    ("someone keyed my car and i bent down to look, back went", (None, "sudden_movement")),
    ("i bashed my car door on a post, my back has been sore for weeks from gardening", (None, None)),
    ("my son crashed his car, i have been stressed and my back hurts", (None, None)),
    ("my sons van got smashed by a lorry, my back started on its own", (None, "gradual")),
    ("i bumped my car into a bollard and then my back hurt when i got out", (None, None)),
    ("a van hit me, i wasnt in the car, i was on my bike", ("trauma", "trauma")),
    ("the kids banged my car door and i bent to check it", (None, "sudden_movement")),
    ("the traffic jammed my car in for an hour, back stiff", (None, None)),
    # nl
    ("ik ben achteraan aangereden op de autostrade en heb sindsdien last van mijn rug", ("trauma", "trauma")),
    ("iemand is achterop mijn auto geknald, rug doet pijn sindsdien", ("trauma", "trauma")),
    ("een vrachtwagen heeft ons van achteren geraakt, rug doet pijn", ("trauma", "trauma")),
    ("ik ben met de auto gereden en toen kreeg ik rugpijn", (None, None)),
    ("ik heb de hele dag in mijn auto gereden, rug stijf", (None, None)),
    ("hij reed in mijn auto naar huis en ik kreeg rugpijn", (None, None)),
    ("mijn vrouw werd vorige week aangereden, mijn eigen rug doet zomaar pijn", (None, "gradual")),
    ("ik stond in de file en mijn rug werd stijf", (None, None)),
    ("ik boog me in mijn koffer om een krat te pakken en mijn rug schoot", (None, None)),
    ("mijn broer is tegen een auto gereden, ik heb al weken rugpijn", (None, None)),
    ("de auto van mijn broer werd geramd, ik heb gewoon rugpijn", (None, None)),
    ("mijn auto werd geraakt op de parking, ik zat er niet in", (None, None)),
    ("ik reed mijn auto aan de kant en toen schoot het in mijn rug", (None, "sudden_movement")),
    ("ik tikte mijn auto aan met de deur van de garage, rugpijn van het tillen", (None, None)),
    ("hij reed mij naar huis aan het eind van de dag, mijn rug deed pijn", (None, None)),
    ("ik heb mijn fiets tegen mijn auto gezet en toen schoot het in mijn rug", (None, "sudden_movement")),
    # fr
    ("je me suis fait emboutir au feu rouge et depuis j'ai mal au dos", ("trauma", "trauma")),
    ("un camion m'a percuté par l'arrière, depuis j'ai mal au dos", ("trauma", "trauma")),
    ("une voiture a embouti la mienne au rond-point, j'ai mal au dos depuis", ("trauma", "trauma")),
    ("un camion a tamponné ma caisse, douleur au dos depuis", ("trauma", "trauma")),
    ("il est rentré dans ma voiture et on est partis, j'ai mal au dos", (None, None)),
    ("je suis rentrée dans ma voiture et en me penchant j'ai eu mal au dos", (None, "sudden_movement")),
    ("la voiture de mon frère s'est fait emboutir, moi j'ai mal au dos depuis des semaines", (None, None)),
    ("ma fille s'est fait percuter en vélo, moi j'ai mal au dos sans raison", (None, "gradual")),
    ("j'ai tapé dans le carton et mon dos s'est bloqué", (None, "sudden_movement")),
    ("j'étais coincée dans les bouchons pendant des heures, mal au dos", (None, None)),
    (
        "j'ai accroché ma voiture au portail en reculant et j'ai mal au dos depuis que j'ai soulevé un carton",
        (None, "sudden_movement"),
    ),
    ("j'ai accroché ma veste à la porte et en me penchant mon dos s'est bloqué", (None, "sudden_movement")),
    ("il est rentré dans la mienne et on est partis", (None, None)),
]

test_changed, test_kept = reading_round(read, CHANGED, KEPT)
