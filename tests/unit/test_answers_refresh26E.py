"""Session 26 (helper E), after the fresh sets 40b/26b were scored once: three kinds of answer misses, fixed as kinds in
en, nl and fr, in other words than the blind messages.

6. leg_pain: the pain told down to the knee with "below the knee" itself (or the knee joined to a part below it) named
   free of pain is above the knee: "below the knee it's fine", "onder de knie is het goed", "sous le genou ça va",
   "le genou et le pied , rien du tout" (what ends the clause after a comma: "down to my calf, no pain in the thigh"
   keeps the calf). The knee and a part below it named free with nothing else said: asked again (None).
7. fever: a temperature told in degrees below 37.5 C (99.5 F; a decimal or a degree word: "36" alone is an age) is no
   fever ("it's gone, this morning 36.8", "ik heb 37 graden", "j'ai 37,1"); a context word denied is no fever either
   ("pas de frissons", "no chills"). A fever's degrees (38.5, 39) and a fever told now still read a fever.
8. leg_numbness: dialect negations before what is felt: Gronings "gain", Fries "gjin", Drents/Twents "gin", "gen" (=
   geen), old and regional French "point de" (= pas de) before "fourmillements", "engourdissement", "picotements"
   ("weight gain", "un point de côté" stay).
"""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    # 6. below the knee named free of pain
    (("leg_pain", "down the back of my thigh to the knee, below the knee no pain at all"), "above_knee"),
    (("leg_pain", "front of the thigh, stops at the knee. below the knee it's fine"), "above_knee"),
    (("leg_pain", "thigh only. under the knee there is no pain"), "above_knee"),
    (("leg_pain", "into the hamstring, beneath the knee its ok"), "above_knee"),
    (("leg_pain", "achter in de dij tot aan de knie. onder de knie is het goed"), "above_knee"),
    (("leg_pain", "aan de voorkant van mijn bovenbeen, onder de knie is alles in orde"), "above_knee"),
    (("leg_pain", "het trekt tot boven de knie, de knie en de voet , niks hoor"), "above_knee"),
    (("leg_pain", "de knie en de kuit, helemaal niks"), None),
    (("leg_pain", "derrière la cuisse, sous le genou ça va"), "above_knee"),
    (("leg_pain", "dans la cuisse, le genou et le pied, rien du tout"), "above_knee"),
    (("leg_pain", "la cuisse seulement, sous le genou il y a rien"), "above_knee"),
    (("leg_pain", "ça descend dans la cuisse, le genou et la cheville , rien"), "above_knee"),
    (("leg_pain", "le genou et le pied, rien du tout"), None),
    # 7. a normal temperature, a denied context word
    (("fever", "I had a fever last week but it's gone, this morning it was 36.8"), False),
    (("fever", "my temperature is 37.1 today"), False),
    (("fever", "temp was 98.6 F this morning"), False),
    (("fever", "ik had koorts vorige week maar het is weg, vanochtend 36,9"), False),
    (("fever", "ik heb 37 graden"), False),
    (("fever", "de griep is voorbij, nu 36,5"), False),
    (("fever", "gemeten: 37,2"), False),
    (("fever", "J'ai eu de la fièvre mais c'est passé, ce matin 36,6"), False),
    (("fever", "j'ai 37,1"), False),
    (("fever", "pas de frissons, pas de sueurs"), False),
    (("fever", "je suis à 36,5"), False),
    (("fever", "pas de fièvre, pas de frissons"), False),
    # 8. dialect negations
    (("leg_numbness", "nee, gain tintelingen in mien bainen"), False),
    (("leg_numbness", "gain kriebels of zo"), False),
    (("leg_numbness", "nee hoor, gin kriebels"), False),
    (("leg_numbness", "gen doof gevoel in de benen"), False),
    (("leg_numbness", "gjin tintelingen"), False),
    (("leg_numbness", "point de fourmillements dans les jambes"), False),
    (("leg_numbness", "non, point d'engourdissement"), False),
    (("leg_numbness", "point de picotements"), False),
]

KEPT = [
    # 6. the part below the knee that hurts still reads; free parts already read
    (("leg_pain", "outside of my thigh down to the knee, the knee and the calf nothing at all"), "above_knee"),
    (("leg_pain", "back of the leg to just above the knee. past the knee nothing"), "above_knee"),
    (("leg_pain", "pain goes past the knee, the knee itself is fine"), "below_knee"),
    (("leg_pain", "the knee is fine but the calf hurts"), "below_knee"),
    (("leg_pain", "down to my calf, no pain in the thigh"), "below_knee"),
    (("leg_pain", "down to my foot, ok"), "below_knee"),
    (("leg_pain", "goes below the knee, nothing above"), "below_knee"),
    (("leg_pain", "only in the thigh, nothing below the knee"), "above_knee"),
    (("leg_pain", "in mijn bovenbeen, de knie en de kuit helemaal niks"), "above_knee"),
    (("leg_pain", "tot in mijn dij, onder de knie voel ik niks"), "above_knee"),
    (("leg_pain", "tot in mijn bovenbeen, onder de knie niks"), "above_knee"),
    (("leg_pain", "tot in de kuit, de knie is oke"), "below_knee"),
    (("leg_pain", "het straalt uit tot onder de knie"), "below_knee"),
    (("leg_pain", "tot in de voet, de dij is goed"), "below_knee"),
    (("leg_pain", "jusqu'au-dessus du genou, en dessous du genou rien du tout"), "above_knee"),
    (("leg_pain", "le long de la cuisse, le genou et le mollet vont bien"), "above_knee"),
    (("leg_pain", "dans la cuisse jusqu'au genou, en dessous du genou rien"), "above_knee"),
    (("leg_pain", "ça descend jusqu'au mollet, le genou va bien"), "below_knee"),
    (("leg_pain", "ça descend sous le genou"), "below_knee"),
    (("leg_pain", "jusqu'au pied, la cuisse ça va"), "below_knee"),
    # 7. a fever's degrees, a fever told now, an age, a context word told
    (("fever", "I have a fever, 37.2"), True),
    (("fever", "I get chills at night"), True),
    (("fever", "39 last night"), True),
    (("fever", "no fever"), False),
    (("fever", "no chills, no sweats"), False),
    (("fever", "no"), False),
    (("fever", "ik heb 38,5"), True),
    (("fever", "ik heb rillingen 's nachts"), True),
    (("fever", "geen koorts"), False),
    (("fever", "geen rillingen, geen zweten"), False),
    # (session 27M: a past fever, then a normal temperature now told time first, is over, as "c'est passe, ce matin 36,6")
    (("fever", "ik had wat koorts maar nu weer 36,6 en geen koude rillingen"), False),
    (("fever", "j'ai 38,5"), True),
    (("fever", "36,8 hier soir mais 38,9 cette nuit"), True),
    (("fever", "j'ai 36 ans"), None),
    (("fever", "37,8 ce matin"), None),
    (("fever", "frissons la nuit"), True),
    # 8. the sign told, and the standard negations
    (("leg_numbness", "nae numbness, nae pins and needles"), False),
    (("leg_numbness", "no numbness at all"), False),
    (("leg_numbness", "weight gain lately, and numb legs"), True),
    (("leg_numbness", "ik heb een doof gevoel in mijn been"), True),
    (("leg_numbness", "geen doof gevoel"), False),
    (("leg_numbness", "gein gevuul in de bene"), True),
    (("leg_numbness", "ja, tintelingen in de voet"), True),
    (("leg_numbness", "pas d'engourdissement, pas de fourmis"), False),
    (("leg_numbness", "j'ai un point de côté et des fourmis dans la jambe"), True),
]

test_changed, test_kept = reading_round(lambda case: parse_answer(case[0], case[1], TODAY), CHANGED, KEPT)
