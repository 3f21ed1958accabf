"""Session 27 (helper O): footwear or clothing that falls off told in the answer to the leg-weakness question read as a
fall of the patient's (onset trauma), fixed as a kind in en, nl and fr, in other words than the blind messages.

1. Footwear falling off is the foot drop's sign, not a fall: English with "is", "was", "were" between the thing and the
   verb ("the sandal is always falling off", "the crocs were falling off") was missed (the thing's helper words had no
   "is"); French "la tong est tombee du pied", "ma chaussure gauche m'est tombee en marchant" had no rule at all.
   A fall off a ladder, a bike, a horse stays trauma; trousers that fall down stay weight ("too loose").
"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}

CHANGED = [
    ("the sandal is always falling off on my right side", {}),
    ("yes, the trainer was falling off my left foot all day", {}),
    ("the crocs were falling off when i went to the shop", {}),
    ("flip flops are falling off, i cant keep them on", {}),
    ("a bit, the slipper is constantly falling off that foot", {}),
    ("the shoe was often falling off when i walked the dog", {}),
    ("oui, la tong est tombée du pied en allant au marché", {}),
    ("ma savate droite est tombée plusieurs fois en marchant", {}),
    ("la chaussure gauche m'est tombée du pied hier", {}),
    ("ma pantoufle est tombée quand je marchais", {}),
    ("le chausson gauche est encore tombé dans le couloir", {}),
    ("ma basket droite est tombée en courant après le bus", {}),
]

KEPT = [
    ("i fell off the ladder clearing the gutter", TRAUMA),
    ("fell off my bike on the way to work", TRAUMA),
    ("my shoe slipped on the wet floor and i fell", TRAUMA),
    ("my sandal keeps falling off", {}),
    ("trousers keep falling down, they are too loose", {"weight_loss": True}),
    ("the shoe has fallen off twice today", {}),
    ("mijn slipper valt steeds af als ik loop", {}),
    ("de schoen valt van mijn voet bij het wandelen", {}),
    ("mijn sloefen vallen uit", {}),
    ("ik ben van de ladder gevallen", TRAUMA),
    ("met mijn slippers op het natte terras uitgegleden en gevallen", TRAUMA),
    ("mijn broek valt af", {"weight_loss": True}),
    ("je suis tombée de l'échelle", TRAUMA),
    ("je suis tombé de vélo samedi", TRAUMA),
    ("avec mes bottes sur la glace je suis tombé", TRAUMA),
    ("ma sandale tombe quand je marche", {}),
    ("les sandales sont tombées de mes pieds dans la rue", {}),
    ("mes babouches sont toujours tombées quand je marche", {}),
    ("la claquette est retombée dans l'escalier", {}),
    ("mon pantalon tombe", {"weight_loss": True}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
