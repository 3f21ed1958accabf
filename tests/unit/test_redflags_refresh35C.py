"""Session 35, round C (issue 12): trauma told as another vehicle running into the patient's car, read as no trauma.

A collision told with a plain verb of motion and the patient's car (or the patient) as what was struck, with the Scots words
for "into" and "of" ("intae the back o"), a vehicle that "ran into me", the car "dashed" (Indian English), the body "thrown
forward and back" in the seat; in Dutch "is in mijn auto gereden", "knalde in mijn wagen", "reed in op mijn auto", "achter op
mij geknald", "naar voren en naar achteren geslingerd"; in French the "accrochage" on the road, "secoue d'avant en arriere",
"rentre dans le derriere", "un choc arriere". Changed: the packs' TRAUMA_PATTERNS (en, nl, fr, a block each at the end of
bot/lang/<code>/redflags.py) and the en STREET word "intae" (into).

Kept: a car that broke down, driving a lot, a near miss ("nearly ran into me", "bijna aangereden", "a failli me percuter"),
someone else's accident, a bumpy road, driving in one's own car ("in mijn auto naar huis gereden"), rocking forward and back to
ease the pain, a quarrel ("un accrochage avec mon chef"), the collisions already read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en
    ("some numpty drove intae the back o ma van at the junction, back sore since", T),
    ("a bus went intae the back o us on the high street", T),
    ("somebody drove into my car at the crossroads and my lower back aches since", T),
    ("a taxi ran into my car while i was waiting at the lights", T),
    ("a car ran into me at the zebra crossing", T),
    ("a lorry came into the back of mine on the motorway", T),
    ("i was flung forward and back in the drivers seat, my back has ached since", T),
    ("got jolted backwards and forwards in the car, lower back sore", T),
    ("a bike dashed me on the main road, now back pain", T),
    ("an auto dashed my scooter near the signal", T),
    # nl (incl. Flemish)
    ("een bestelwagen is in mijn auto gereden aan het kruispunt", T),
    ("ne camion is vol in mijn gat gereden op de ring", T),
    ("er is een auto achter op mij geknald bij de lichten", T),
    ("een taxi knalde in mijn wagen", T),
    ("een auto botste op mijn auto aan het stoplicht", T),
    ("een busje reed in op mijn auto in de file", T),
    ("ik werd naar voren en naar achteren geslingerd in de auto", T),
    ("ik ben naar voor en naar achter gegooid in mijn gordel", T),
    ("ik werd voor- en achteruit geslingerd in mijn gordel", T),
    ("een auto is in de achterkant van mijn auto gereden", T),
    # fr
    ("petit accrochage sur le parking du supermarché, depuis mal au dos", T),
    ("on a eu un accrochage en voiture au rond-point", T),
    ("accrochage avec un camion sur l'autoroute la semaine passée", T),
    ("je me suis fait accrocher au feu rouge", T),
    ("j'ai été secouée d'avant en arrière dans la voiture", T),
    ("j'ai été projeté d'avant en arrière", T),
    ("ma tête est partie en avant puis en arrière sous le choc", T),
    ("un type m'est rentré dans le derrière au stop", T),
    ("un choc arrière au feu, mal au dos depuis", T),
    ("une camionnette m'est rentrée dans le derrière", T),
]
KEPT = [
    # en
    ("my car broke down on the motorway and i had to push it, back hurts", {}),
    ("i drive a lot for work and my back aches", {}),
    ("my brother had a car accident last week, i have back pain", {}),
    ("the road was bumpy and my back ached the whole trip", {}),
    ("i ran into my neighbour at the shop and my back hurts", {}),
    ("i ran into the back of the queue", {}),
    ("i drove into the car park and my back started aching", {}),
    ("a car nearly ran into me, back sore from walking", {}),
    ("a van almost ran into my car but stopped in time", {}),
    ("i rock forwards and backwards on the floor to ease it", {}),
    ("the kids dashed into the house and i bent to catch them", {}),
    ("the scan dashed my hopes", {}),
    ("watched a car crash in a film last night, back sore", {}),
    ("i was rear ended at the lights last week", T),
    ("some eejit went into the back of me at the lights", T),
    ("a van ploughed into the back of my car", T),
    # nl
    ("ik ben in mijn auto naar huis gereden en mijn rug doet pijn", {}),
    ("mijn auto viel stil op de snelweg, moest duwen, rugpijn", {}),
    ("ik rij veel met de auto voor mijn werk en mijn rug doet pijn", {}),
    ("een auto reed me bijna aan maar kon net op tijd remmen", {}),
    ("mijn broer heeft een ongeval gehad, ik heb rugpijn", {}),
    ("ik werd heen en weer geslingerd tussen twee dokters", {}),
    ("ik wieg naar voren en naar achteren om de pijn te verlichten", {}),
    ("ik reed achter een vrachtwagen en mijn rug deed pijn", {}),
    ("ik ben de parking ingereden en toen begon mijn rug", {}),
    ("iemand is achteraan op mijn auto ingereden", T),
    ("een camionette reed tegen mijn achterkant", T),
    # fr
    ("je conduis beaucoup pour le travail et j'ai mal au dos", {}),
    ("une voiture a failli me percuter mais a freiné à temps", {}),
    ("mon frère a eu un accident de voiture", {}),
    ("la route était pleine de bosses et j'avais mal au dos", {}),
    ("j'ai eu un accrochage avec mon chef, et mal au dos", {}),
    ("je me balance d'avant en arrière pour soulager le dos", {}),
    ("je roulais derrière un camion", {}),
    ("il est rentré dans ma voiture pour s'asseoir", {}),
    ("on m'a percuté par l'arrière au feu rouge", T),
    ("un camion m'est rentré dedans sur l'autoroute", T),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
