"""Session 38, round F2 (issue 12): two missed weakness flags, a dropping foot told worse and a half heel-and-toe walk lost.

1. A foot (or the toes) that drops, hangs, flops or no longer lifts, told as the writer's own with a worsening in the same
   sentence ("my left foot drops a bit more every week", "mijn voet valt weg, steeds meer", "mon pied ne se releve plus, de
   pire en pire"), was read as no flag in English and Dutch (French read "tombe" but missed "ne se releve plus"): the drop
   verbs were read only with "down", "when", "as" after them. Changed: the packs' new FOOT_DROPS (the dropping foot's verbs,
   a place it drops over left out: "off the edge of the bed", "uit bed") and DROP_WORSE (the worsening told after it), put
   together in WORSENING_PATTERNS (en, nl, fr).
2. A heel or toe walk told fine on one part but not on the other ("i can walk on my heels fine but not on my toes anymore",
   "op mijn hielen lukt het nog, op mijn tenen niet meer", "sur les talons ca va mais plus sur la pointe") was read as no
   flag: the loss is elliptical ("not on my toes"). Changed: the packs' WORSENING_PATTERNS read the other part's loss after
   the first part told fine. With a weakness term asked before it (round 38F's _weak_terms_asked), the own reading now keeps
   the weakness, so round F's walking-told-fine denial no longer drops it.

Kept: a dropping foot with no worsening told (read as today: "my foot drops" nothing, "my foot drops when i walk" a flag);
a foot dropping off a bed's edge, hung out of bed; temperatures and prices dropping, dropping off the kids, "laisse tomber";
the heel and toe walk told fine on both parts; round 38F's cases (tests/unit/test_redflags_refresh38F.py).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
CHANGED = [
    # en: the dropping foot told worse
    ("my left foot drops a bit more every week", W),
    ("my toes droop more and more", W),
    ("my foot has started to drop and it is getting worse", W),
    ("my toes drop more and more when i go up the stairs", W),
    ("the front of my foot drops, worse every day", W),
    ("my foot drops worse and worse on long walks", W),
    # en: one part of the heel and toe walk lost
    ("i can still stand on my toes fine but not on my heels anymore", W),
    ("walking on my heels is ok but not on my toes any more", W),
    ("what does foot drop mean? i can get up on my heels fine but not on my toes anymore", W),
    ("standing on my heels is fine, but on my toes i can't any more", W),
    # nl, Flemish too
    ("mijn rechtervoet valt weg en dat wordt elke week erger", W),
    ("mijn linkervoet hangt steeds meer als ik stap", W),
    ("mijn tenen zakken door, het wordt steeds erger", W),
    ("mijne voet valt weg, steeds meer", W),
    ("op mijn tenen staan lukt nog, op mijn hielen niet meer", W),
    ("op mijn hielen lopen gaat, maar op mijn tenen niet meer", W),
    ("mijn voet valt weg als ik stap, steeds erger", W),
    ("mijn tenen hangen en het wordt erger", W),
    ("ik kan op mijn hielen lopen maar niet meer op mijn tenen", W),
    # fr
    ("mes orteils tombent, c'est de pire en pire", W),
    ("mon pied droit retombe chaque semaine un peu plus", W),
    ("sur les pointes ça va mais plus sur les talons", W),
    ("je marche sur les talons sans problème mais plus sur la pointe des pieds", W),
    ("c'est quoi un pied tombant ? je tiens sur les talons sans souci mais plus sur la pointe", W),
    ("ma pointe de pied retombe de pire en pire", W),
    ("mon pied gauche retombe, ça s'aggrave de jour en jour", W),
    ("je monte sur la pointe des pieds mais plus sur les talons", W),
    ("je tiens sur les talons mais plus sur les orteils", W),
    ("sur les talons ça va encore, sur la pointe plus du tout", W),
]
KEPT = [
    # a dropping foot with no worsening: as today
    ("my foot drops", {}),
    ("my foot drops when i walk", W),
    ("mon pied tombe de plus en plus quand je marche", W),
    ("mijn voet blijft hangen bij het stappen", W),
    # a bed's edge, a foot hung out of bed, things that drop
    ("my foot drops off the edge of the bed at night", {}),
    ("my foot drops off the side of the sofa, the back pain is getting worse", {}),
    ("the temperature drops at night and my back gets stiff", {}),
    ("prices drop in january", {}),
    ("i drop off the kids at school and my back hurts more and more", {}),
    ("ik laat mijn voet hangen uit bed", {}),
    ("je laisse tomber le sport, le dos me fait mal", {}),
    ("my foot drops off the bed and it is getting worse", {}),
    ("mijn voet hangt uit bed, de pijn wordt erger", {}),
    ("i dropped my foot on the floor and the pain is getting worse", {}),
    ("my foot dropped into a pothole and my back is getting worse", {}),
    ("the temperature drops more and more each night", {}),
    ("my foot doesnt drop more and more, its stable", {}),
    ("mijn voet hangt over de rand van het bed, de rugpijn wordt erger", {}),
    ("mijn broek hangt steeds meer af", {}),
    ("les prix tombent de plus en plus", {}),
    ("i can walk on my heels fine but not on my toes without pain", W),
    # fine on both parts, the past, another person
    ("i can walk on my heels and toes fine, just a sore back", {}),
    ("op mijn hielen en tenen lopen lukt prima", {}),
    # (a relative's nerve sign told alone is typed for him since round 38H: "my dad's foot drops more and more" is his flag)
    ("my dad's foot drops more and more, i just have a stiff back", {}),
    ("my foot drops and it is not getting any worse", {}),
    ("mon pied tombe mais ça empire pas", {}),
    ("i can't walk on my toes anymore", W),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
