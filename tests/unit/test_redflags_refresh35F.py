"""Session 35, round F (issue 12): saddle numbness told by what is not felt there, in dialect or by a comparison.

The saddle area told as not feeling the water, the touch or the seat, or feeling as at the dentist or under something
thick worn there, was read as nothing or as numb legs:
1. West-Flemish "tusse" (tussen) and "min" (mijn) before the legs: "tusse min benen" was two numb legs, not the area between
   them. Changed: nl CROTCH_PHRASES (bot/lang/nl/redflags.py: "tuss(?:en|e)", "min" among the possessives; only after
   "tussen", as "min" is the English and French minute).
2. The comparison told first, then a comma, then the area ("like a jab at the dentist, round my bum", "gelijk een spuitje bij
   den tandarts, tussen mijn benen", "comme une piqure du dentiste, entre mes jambes"): the comma cut the image from its
   area. Changed: a SADDLE_PATTERNS entry in each pack (en, nl, fr; not when pain, "fine", "normal" follows the area).
3. Something thick worn there (ski trousers, salopettes, a nappy, "skibroek", "luier", "pamper", "pantalon de ski",
   "couche"), numb as after an injection, the seat felt "like nothing": new NUMB_SADDLE words in each pack (read near the
   area only; not "like i need a nappy", "alsof ik een luier nodig heb", "besoin d'une couche").

Kept: numb legs only (the image told of the legs stays the legs'), the dentist's anaesthesia of the mouth, the area's pain
or its being fine after the comparison, a nappy needed, feeling everything there, cold water felt fine, a saddle sore with
normal feeling, the readings that were already right.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
L = {"both_legs": True, "leg_numbness": True}
CHANGED = [
    # en: the comparison first, a comma, then the area
    ("like after an injection, between my legs and round my bum it feels like that", S),
    ("like the dentist numbed me, between my legs", S),
    ("like at the dentist, around my backside", S),
    ("like a jab at the dentist, my bum and between my legs", S),
    ("same as a dentist injection, round my anus", S),
    # en: something thick worn there, the seat felt as nothing
    ("between my legs it feels like i've got salopettes on, can't feel a thing", S),
    ("as if i had ski pants on down there", S),
    ("my bum felt like nothing on the bike seat", S),
    # nl, Flemish: "tusse", "min"
    ("tussen min benen voel ik niks", S),
    ("onder de douche voel ik het water nie tusse min bienen", S),
    ("tusse mijn benen is alles verdoofd", S),
    ("tussen min dijen voelt het doof", S),
    # nl: something thick worn there; the comparison, a comma, the area
    ("mijn gat voelt alsof ik een luier aanheb", S),
    ("tussen mijn benen voelt het alsof ik een dikke skibroek draag", S),
    ("gelijk een spuitje bij den tandarts, tussen mijn benen", S),
    ("lik of da k ne skibroek aanheb rond min gat", S),
    ("precies alsof ik een pamper draag daar beneden", S),
    # fr
    ("entre les jambes comme si je portais un pantalon de ski", S),
    ("autour des fesses on dirait que j'ai une couche, je sens rien", S),
    ("comme chez le dentiste, autour de l'anus", S),
    ("comme une piqûre du dentiste, entre mes jambes", S),
    ("comme une anesthésie, entre les jambes et autour des fesses", S),
    ("mes fesses c'est comme si j'avais une combinaison de ski", S),
    ("on dirait une couche épaisse entre les jambes", S),
    ("assis sur le vélo, comme une piqûre chez le dentiste, au niveau du périnée", S),
]
KEPT = [
    # already read
    ("under the shower i cant feel the water on my bum, like wearing thick ski trousers", S),
    ("the bike saddle felt like nothing under me", S),
    ("zoals verdoving bij de tandarts, rond mijn poep", S),
    ("ik voel het warme water niet tussen mijn benen en rond mijn gat", S),
    ("sous la douche je ne sens pas l'eau chaude entre les jambes", S),
    ("je sens plus la selle du vélo sous mes fesses", S),
    # numb legs only
    ("both my legs feel numb like after an injection", L),
    ("mijn benen voelen doof, alsof ik een skibroek aanheb", L),
    ("mes jambes sont engourdies comme si je portais un pantalon de ski", L),
    ("my legs feel like ski trousers are on them, heavy", {}),
    # the dentist's anaesthesia of the mouth
    ("like at the dentist, my mouth is still numb", {}),
    ("zoals bij de tandarts, mijn mond is nog verdoofd", {}),
    ("comme chez le dentiste, ma bouche est encore engourdie", {}),
    # the area's pain or its being fine after the comparison
    ("like a jab at the dentist, my bum hurts", {}),
    ("my jaw was numb like at the dentist, my bum is sore from sitting", {}),
    ("comme une piqûre du dentiste, les fesses ça va normal", {}),
    # a nappy needed: no numbness
    ("i feel like i need a nappy", {}),
    ("het voelt alsof ik een luier nodig heb", {}),
    ("j'ai l'impression d'avoir besoin d'une couche", {}),
    ("my wife says it feels like she's wearing a nappy", {}),
    # feeling fine there, a saddle sore with normal feeling
    ("i can feel everything down there", {}),
    ("saddle sore from cycling but i can feel everything down there", {}),
    ("my bum hurts at first but now it feels like nothing", {}),
    ("tussen min benen voel ik alles normaal", {}),
    ("onder de douche voel ik het water goed tussen min benen", {}),
    ("mijn poep doet pijn van het fietsen maar ik voel alles", {}),
    ("je sens tout entre les jambes", {}),
    ("l'eau froide je la sens bien entre les jambes", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
