"""Session 46, round R1 (issue 12): a road collision told by what hit what ("a car came from the side and hit my door",
"il m'est rentré dans la portière", "een busje reed in op mijn portier", "the airbag opened", "mijn wagen is total loss"),
and night pain that no way of holding the body eases, told in the patient's own turns ("in the night whichever way i keep
my body it is same pain", "la nuit, rien de ce que je fais ne la calme", "'s nachts, hoe ik me ook draai, het blijft").

Changed: TRAUMA_PATTERNS in the en, fr and nl packs (a vehicle that struck the patient's door, side, car or bike, with a
plain verb or "rentré dans"; the airbag gone off; nl the car total loss) and NIGHT_PATTERNS (en: any way the body is kept
or held, the pain the same, the night named in the sentence; fr: "rien de ce que je fais ne la calme" with the night, its
"ne" as the reading leaves it; nl: "hoe ik me ook draai / mijn lijf ook leg" and "niks van wat ik doe helpt" with the
night, and the turning there is no pain that comes only with turning over: NIGHT_STRONG).
Kept: a bump on a car door getting in (read as today), driving for work, a heavy door, a near miss, the airbag light,
climbing into one's car; night pain only on turning over, sleep fine once a position is found, a position that eases
it, nothing helping at work (no night), and the plain forms read already.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
N = {"night_pain": True}
CHANGED = [
    # English
    ("a lorry came out of nowhere and smashed into my driver door", T),
    ("the other car ran the red light and went straight into my side", T),
    ("a taxi hit my door at the junction, the police came", T),
    ("a van ran into my bike on the roundabout", T),
    ("both airbags deployed and the windscreen cracked", T),
    ("at night whichever way i hold my body it is the same pain", N),
    ("every night from 3 am i sit in the kitchen since any way i keep myself the pain is the same", N),
    # French
    ("un camion m'est rentré en plein dans la portière côté passager", T),
    ("un 4x4 a percuté mon vélo au carrefour", T),
    ("un bus a défoncé l'aile de ma voiture", T),
    ("l'airbag s'est déclenché et la voiture est à la casse", T),
    ("les airbags se sont ouverts, les pompiers sont venus", T),
    ("la nuit, rien de ce que j'essaie ne la soulage", N),
    ("rien de ce que je fais ne la calme, surtout la nuit", N),
    # Dutch (Netherlands and Flemish)
    ("een busje reed in op mijn portier bij de rotonde", T),
    ("ne camion is in mijne flank gereden", T),
    ("een taxi knalde in op mijn fiets", T),
    ("de airbags klapten open", T),
    ("de airbag ging af en de politie kwam", T),
    ("mijn wagen is total loss", T),
    ("'s nachts, hoe ik me ook draai, het blijft dezelfde pijn", N),
    ("hoe ik mezelf ook keer, de pijn blijft even hevig, heel de nacht", N),
    ("niks van wat ik doe verzacht het 's nachts", N),
]
KEPT = [
    # English
    ("i was in a car accident last month", T),
    ("i hit my head on the car door getting in", T),
    ("i drive a lot for work", {}),
    ("my car door is heavy to open", {}),
    ("a car nearly hit my door but swerved", {}),
    ("the airbag warning light went off", {}),
    ("whatever way i sit at my desk the pain is the same", {}),
    ("at night it only hurts when i roll over", {}),
    ("once i find a position i sleep fine", {}),
    ("on my side with a pillow between my knees it eases at night", {}),
    ("whatever position, same pain", N),
    # French
    ("une voiture m'a percuté à vélo", T),
    ("une camionnette a accroché ma voiture au rond-point", T),
    ("je suis rentré dans ma voiture", {}),
    ("la portière de ma voiture est lourde", {}),
    ("une voiture a failli percuter mon vélo", {}),
    ("le voyant de l'airbag s'est allumé", {}),
    ("rien de ce que je fais ne la calme au travail", {}),
    ("la nuit, ça fait mal seulement quand je me retourne", {}),
    ("peu importe comment je me mets, aucun soulagement", N),
    # Dutch
    ("ik werd aangereden door een auto op de fiets", T),
    ("een vrachtwagen botste tegen de zijkant van mijn auto", T),
    ("ik rij veel met de auto voor mijn werk", {}),
    ("het portier van mijn auto is zwaar", {}),
    ("een auto reed bijna in op mijn portier maar remde op tijd", {}),
    ("het lampje van de airbag brandt", {}),
    ("'s nachts doet het enkel pijn als ik me omdraai", {}),
    ("ik slaap prima als ik eenmaal een houding gevonden heb", {}),
    ("niks van wat ik doe helpt op het werk", {}),
    ("hoe ik ook lig, het blijft even erg", N),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
