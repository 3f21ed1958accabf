"""Session 43, S2 (issue 12): saddle numbness told by what is not felt in the shower, the bath or when drying or dressing
("the shower water running between my buttocks, i dont feel that at all", "het water loopt langs mijn poep en ik merk het
niet", "le papier toilette je le sens pas sur les fesses").

The thing that touches there (water, a towel, toilet paper, underwear) was named with the area, and the not-feeling was told
of "it", "that" or "ca", often after a comma or "and": no rule joined the thing, the area and the pronoun (the care rules of
session 40F did so only for a finger, a cream or a cloth). Changed: the packs' BATH_THING, BATH_NOT_FELT, BATH_NOT_FELT_AT and
three engine patterns in _SHARED_SADDLE (the thing and the area, then "it" not felt; or the thing, "it" not felt, then where);
a French SADDLE_PATTERNS entry for "je le sens pas sur les fesses" (the normaliser reads "pas sur" as "unsure").
Kept: the water felt fine or too hot, the outer thigh or the feet numb in the bath (a leg, no saddle), everything felt down
there, the sign denied, and the sign told plainly.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

S = {"saddle_numbness": True}
CHANGED = [
    ("the shower water running between my buttocks, i dont feel that at all", S),
    ("the water trickles down my bum crack and i dont notice it", S),
    ("in the bath the water round my bottom, i couldnt feel it, like its not there", S),
    ("the towel on my backside, i honestly dont feel that, all dead", S),
    ("the loo roll on my bum, i dont feel it, like its not there", S),
    ("the hot water runs over my bottom and i dont notice it at all", S),
    ("onder de douche loopt het water over mijn poep, ik voel er niks van", S),
    ("de handdoek op mijn zitvlak, ik voel hem niet, alles dood", S),
    ("de douche op mijn billen, 'k voel er niks van, precies dood", S),
    ("het water loopt langs mijn poep en ik merk het niet", S),
    ("t badwater rond mijn gat, 'k merk da nie", S),
    ("mijn onderbroek aan mijn billen, ik merk die niet meer", S),
    ("l'eau du bain autour des fesses, je la sens plus du tout, comme morte", S),
    ("le papier toilette je le sens pas sur les fesses", S),
    ("mon slip je le sens pas sur les fesses", S),
    ("la serviette sur les fesses, je la sens plus, comme morte", S),
    ("l'eau de la douche entre les fesses, je la sens pas du tout", S),
    ("la douche sur mes fesses, je sens pas ca du tout", S),
]
KEPT = [
    ("i cant feel the shower water on my bum or the inside of my thighs", S),
    ("i can feel the water fine, it is just too hot", {}),
    ("my outer thigh is numb in the shower", {}),
    ("i can feel everything down there", {}),
    ("no, i feel the water fine on my bum", {}),
    ("the towel on my bum is soft, i cant feel it on my left foot", {}),
    ("'k voel het water nie tussen mijn billen", S),
    ("het water is te heet maar ik voel het gewoon", {}),
    ("ik voel alles daar beneden", {}),
    ("nee, ik voel het water goed op mijn billen", {}),
    ("de buitenkant van mijn dij is doof", {}),
    ("je sens pas l'eau de la douche entre les fesses", S),
    ("l'eau est trop chaude mais je la sens bien", {}),
    ("je sens tout en bas", {}),
    ("non, je sens bien l'eau sur les fesses", {}),
    ("l'extérieur de ma cuisse est engourdi", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
