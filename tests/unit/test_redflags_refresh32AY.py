"""Session 32, round AY: night pain that wakes the person only when they turn onto one side, and they are back asleep at once
on the other side (a false alarm).

A fresh blind message told waking from the back only when lying down on the sore side, and falling back asleep at once once
back on the other side: read as night pain. Pain that comes with one lying position and goes with the other is mechanical, no
red flag; the sleep lost, a pain whatever the side, or hours awake stay read.

Changed (en, nl, fr packs, session 32AY entries):
- MECHANICAL (en): shifted, rolled or turned onto a side or a hip ("shift onto my bad side", "roll onto my left hip").
- NIGHT_TURNED: back on the other, right, left or good side (en); "op mijn rechterzij/linkerkant/andere kant/andere heup" (nl);
  "sur le gauche/droit", "sur l'autre cote", "sur ma bonne hanche" (fr).
- NIGHT_EASED_SOON: asleep again at once (bot/reading/redflags.py _night_eased_next, the eased sentence after the waking one):
  "nod/drift/doze off again", "fall straight back to sleep", "asleep again in no time" (en, not after "cant", "never", not
  "takes hours"); "slaap ik zo/meteen weer in", "slaap ik gewoon verder", "val ik direct weer in slaap" (nl, not "niet meer in");
  "je me rendors (tout de suite, aussitot, direct)" (fr, not "ne me rendors pas", not "au bout de deux heures").

Kept: the sleep lost after turning over; pain whatever the side; a pain named in every position; hours awake."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}

CHANGED = [
    # 1. woken only on one side, asleep again at once on the other (en)
    ("I get woken by the pain if I roll onto my left hip. as soon as I'm on my other side I nod off again", {}),
    ("the pain wakes me up if I end up on my left side in the night. when I get back onto my right I drift off again", {}),
    ("it wakes me in the night when I'm on my sore side. onto my good side and I'm asleep again in no time", {}),
    ("my back wakes me at night when I roll onto my bad hip. I roll back and doze off again", {}),
    ("it wakes me at night when i shift onto my right side, on my left i fall straight back to sleep", {}),
    # (nl)
    ("ik word s nachts wakker van pijn als ik op mijn linkerzij lig. op mijn rechterzij val ik zo weer in slaap", {}),
    ("s nachts maakt de pijn me wakker als ik op mijn slechte heup lig. op mijn andere heup val ik meteen weer in slaap", {}),
    ("ik word wakker van de pijn als ik op mijn rechterkant lig. op de goede kant slaap ik gewoon weer verder", {}),
    ("ik word wakker van mijn rug als ik op mijn linkerheup lig. draai ik naar de andere kant dan slaap ik direct weer", {}),
    # (fr)
    ("la douleur me réveille si je dors sur le mauvais côté. une fois sur l'autre côté je me rendors tout de suite", {}),
    ("mon dos me réveille quand je suis allongé sur le flanc droit. je me remets sur le gauche et je me rendors aussitôt", {}),
    ("la douleur me réveille quand je dors sur le ventre. sur le côté je me rendors immédiatement", {}),
    ("je suis réveillé par mon dos si je me couche sur la mauvaise hanche. une fois retourné je me rendors direct", {}),
]

KEPT = [
    # the sleep lost, the pain whatever the side (en)
    ("pain wakes me at night. I turn over but I cant get back to sleep", NIGHT),
    ("pain wakes me at night no matter which side. I turn over and drift off again", NIGHT),
    ("the pain wakes me every night whatever side I lie on", NIGHT),
    ("pain wakes me at night, I cant get back to sleep", NIGHT),
    ("it hurts even lying still at night. I roll onto my other side and it is just as bad", NIGHT),
    # (nl)
    ("ik word elke nacht wakker van de pijn. ik draai me om maar ik slaap pas na uren weer in", NIGHT),
    ("ik word elke nacht wakker van de pijn, in elke houding", NIGHT),
    # (fr)
    ("la douleur me réveille la nuit. je me retourne mais je ne me rendors pas", NIGHT),
    ("la douleur me réveille toute la nuit, sur le côté ou sur le dos", NIGHT),
    # already read right: one side, back to sleep on the other
    ("la douleur me réveille la nuit seulement quand je me tourne sur le côté gauche. dès que je suis sur le côté droit je me rendors sans souci", {}),
    ("j'ai mal la nuit uniquement couchée sur la gauche. sur le droit je me rendors direct", {}),
    ("de pijn maakt me wakker als ik op mijn slechte kant lig. op de andere kant slaap ik meteen weer in", {}),
    ("my back wakes me at night if I lie on my right hip. I turn over and fall straight back to sleep", {}),
    ("it wakes me at night when I lie on the bad side. once I turn over I go straight back to sleep", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
