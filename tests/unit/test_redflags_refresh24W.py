"""Session 24, helper W, after the blind refresh 36/22 scored once: three false alarms and a missed fever.

1. The feet swept from under the person, then a hold caught: a near fall, no legs giving way: "my feet went out from under
   me but i caught the banister", "mijn voeten gingen onder me weg maar ik greep de leuning vast", "les pieds sont partis,
   je me suis retenue a la porte" (kept: the legs that go, caught or not; the feet that go with no hold told).
2. A sign asked about as a meaning, or told as a what-if of some day: "what does it mean, loss of feeling round the back
   passage?", "wat betekent precies een doof gevoel rond de anus", "que veut dire perte de sensation entre les jambes";
   "if i ever cant feel my bottom ...", "als ik ooit niks meer voel in mijn kruis ...", "si un jour j'ai les fesses
   engourdies ..." (kept: "what does it mean when my bum goes numb", a plain "if", a sign owned).
3. A fever over, then a well told "again" ("je suis de nouveau en forme") is no fever come back; a bare temperature told
   again is a fever: "again 39 last night", "vannacht weer 38,8", "de nouveau 39 ce matin" (kept: "again 40 minutes",
   "weer 40 kilo", "encore 40 minutes")."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
FEVER = {"fever": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}

CHANGED = [
    # 1. feet swept, then caught
    ("both feet went out from under me on the ice but i grabbed the car door, back hurts since", {}),
    ("me feet went from under me in the shower and i caught the rail just in time", {}),
    ("my foot went from under me on the stairs, i held on to the banister", {}),
    ("mijn voeten gingen onder me weg op de natte tegels maar ik kon me vasthouden aan de deur", {}),
    ("op het ijs gingen mijn voeten onder me weg, ik heb me kunnen opvangen aan de paal", {}),
    ("mes pieds se sont derobes sur le carrelage mais je me suis retenue au lavabo", {}),
    ("les pieds sont partis sous moi, je me suis rattrape a la rampe de justesse", {}),
    # 2. a meaning asked, a what-if of some day
    ("what does it mean, loss of feeling round the back passage? the physio asked about it", {}),
    ("what exactly does it mean numb groin and inner thighs? doctor said to watch for it", {}),
    ("if i ever cant feel my bottom when i wipe, do i go to a&e?", {}),
    ("wat betekent precies een doof gevoel rond de anus? stond op de folder", {}),
    ("als ik ooit niks meer voel rond mijn anus, moet ik dan naar de spoed?", {}),
    ("que veut dire exactement perte de sensation entre les jambes ? c'est sur la fiche", {}),
    ("si un jour j'ai les fesses engourdies, je vais aux urgences ?", {}),
    ("le jour ou je sens plus mes fesses, j'appelle qui ?", {}),
    # 3. well again is no fever back; a bare temperature again is
    ("grippe avec 39 de fievre, c'est fini, je suis de nouveau en forme", {}),
    ("angine avec 38,5 de fievre, c'est passe, je me sens a nouveau bien", {}),
    ("gastro avec 39 de fievre, c'est fini depuis mardi, je vais de nouveau mieux", {}),
    ("back up to 39 tonight after two good days", FEVER),
    ("de koorts was weg maar vannacht weer 39", FEVER),
    ("het leek over, vanavond weer boven de 38", FEVER),
    ("deux jours bien puis remontee a 39 cette nuit", FEVER),
    ("the flu is over but 39 again last night", FEVER),
    ("fine for two days, then again 39 tonight", FEVER),
    ("vanochtend weer 39 gemeten na twee goeie dagen", FEVER),
    ("ca allait mieux, hier soir de nouveau 39", FEVER),
    ("que signifie perte de sensation entre les cuisses ? je n'ai pas ca", {}),
]

KEPT = [
    # passing before too: a slip told, a hold told with a bare temperature again
    ("mijn voeten schoten onder mij vandaan, ik greep me nog net vast aan het aanrecht", {}),
    ("mes pieds sont partis sur le verglas, je me suis accrochee a la voiture", {}),
    ("mocht ik ooit gevoelloze billen krijgen, wie moet ik bellen", {}),
    ("the fever was gone on sunday but again 39 last night", FEVER),
    ("temp had settled, then again 38.6 this morning", FEVER),
    ("twee dagen niks en nu opnieuw 38,7", FEVER),
    ("la fievre etait finie mais de nouveau 39,2 ce matin", FEVER),
    ("c'etait passe, puis a nouveau 38,8 hier soir", FEVER),
    # 1. the legs that go, caught or not; the feet with no hold
    ("my legs went from under me but i grabbed the rail", BOTH_WEAK),
    ("my feet went from under me", BOTH_WEAK),
    ("mijn benen gingen onder me weg maar ik kon me vasthouden", BOTH_WEAK),
    ("mijn voeten gingen onder me weg", BOTH_WEAK),
    ("mes jambes sont parties sous moi, je me suis accrochee au mur", BOTH_WEAK),
    ("mes pieds se sont derobes sous moi", BOTH_WEAK),
    ("slipped on the wet floor, foot went from under me", {"onset": "trauma"}),
    # 2. a sign owned, a plain if
    ("what does it mean when my bum goes numb", SADDLE),
    ("what does it mean numbness in my saddle area since monday", SADDLE),
    ("i cant feel my bum since monday, what does it mean", SADDLE),
    ("wat betekent het als mijn billen gevoelloos zijn", SADDLE),
    ("mijn anus voelt doof sinds gisteren, wat betekent dat", SADDLE),
    ("als ik veeg voel ik niks rond mijn anus", SADDLE),
    ("ma fesse est engourdie depuis lundi, ca veut dire quoi", SADDLE),
    ("c'est quoi ce truc, j'ai les fesses engourdies", SADDLE),
    ("quand je m'essuie je sens plus rien au niveau des fesses", SADDLE),
    # 3. a fever now, numbers that are no temperature
    ("walked again 40 minutes today", {}),
    ("im 39 and my back hurts again", {}),
    ("weer 40 minuten gewandeld vandaag", {}),
    ("weer 39 euro betaald bij de apotheek", {}),
    ("je marche encore 40 minutes par jour", {}),
    ("la fievre etait partie mais c'est revenu cette nuit, 39", FEVER),
    ("grippe finie, mais de nouveau de la fievre hier", FEVER),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
