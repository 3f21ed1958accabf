"""Session 46, R2 (issue 12): leg weakness told worse by the lifting, the car's pedals, a count over the days or "de + en +", and a
weakness of both legs told unchanged by "nothing worse" / "niks erger" / "rien de pire".

Missed before: the foot told harder to lift as the days go ("each day it gets a little harder to lift my right foot", "mijn
voet is elke dag moeilijker op te tillen", "chaque jour c'est plus dur de lever mon pied"), the foot that cannot be got onto or
off a car's pedal ("i cant get my foot onto the brake", "ik krijg mijn voet nie van t gaspedaal", "je n'arrive plus a mettre mon
pied sur le frein"), a giving way counted up ("once on friday, twice on saturday"), "lastiger dan gisteren" with a weak leg and
the French "de + en +" (the "+" read as "and"). Read as worsening before: both legs weak with "nothing worse", "niks erger",
"rien de pire" (the negation is the "nothing" itself).
Changed: WORSENING_PATTERNS, WORSE_NOW, STABLE/NOT_WORSE/NOT_WORSENING in the en, nl and fr packs, FAILING_LIMB in nl, a
STREET_PHRASES entry in fr ("de and en and" -> "de plus en plus").
Kept: the sign told plainly, the pain's "nothing worse than this pain", the back's "not worse" before a leg getting weaker, a
bike's pedal, tired of driving, a giving way once last month (a giving way is read as worsening, the safe side, as before).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

W = {"leg_weakness": "worsening"}
S = {"both_legs": True, "leg_weakness": "stable"}
BW = {"both_legs": True, "leg_weakness": "worsening"}
CHANGED = [
    # English
    ("each day it gets a little harder to lift my right foot", W),
    ("my left foot is getting harder to lift", W),
    ("my foot is harder to lift every day", W),
    ("i can't get my foot onto the brake properly, scared to drive now", W),
    ("cant get my right foot off the accelerator quick enough, had to lift it with my hand", W),
    ("my knee went on me once on friday, twice on saturday and three times today", W),
    ("my legs have been a bit weak since 2019, nothing worse", S),
    ("both my legs have been feeble for years, nothing worse than last winter", S),
    # Dutch (Netherlands)
    ("mijn voet is elke dag moeilijker op te tillen", W),
    ("mijn been wordt elke dag lastiger om op te heffen", W),
    ("mijn linkervoet krijg ik bijna niet meer op het rempedaal", W),
    ("mijn been is zwak, het is lastiger dan gisteren", W),
    ("mijn benen zijn slap, niets erger dan vorig jaar", S),
    # Flemish
    ("ik krijg mijn voet nie van t gaspedaal, vandaag durf ik nie meer te rijden", W),
    ("sinds gisteren krijg ik mijn rechtervoet niet goed van het gaspedaal, moet hem vanuit mijn knie optillen", W),
    ("mijn twee benen zijn al lang slap, niks erger", S),
    ("mn benen zijn al jaren wat zwak maar t is niks erger geworden", S),
    # French (Belgian)
    ("ma jambe devient de + en + faible", W),
    ("mon pied est de + en + mou", W),
    ("ma jambe est faible, c'est de + en + dur de lever le pied", W),
    ("chaque jour c'est plus dur de lever mon pied", W),
    ("je n'arrive plus à mettre mon pied sur le frein", W),
    ("j'arrive pas à enlever mon pied de l'accélérateur, j'ose plus conduire", W),
    ("mes jambes sont faibles depuis longtemps, rien de pire", S),
    ("mes deux jambes sont molles depuis 3 ans mais rien de pire depuis", S),
    # the lead, landing: the pedal told in a subordinate clause, the verb last (a fresh blind message read {} after the round)
    ("ik merk dat ik mijn linkervoet haast niet meer op de rem krijg, elke dag wat slechter", W),
    ("ik schrik omdat ik mn voet niet vlot van het gas af krijg", W),
]
KEPT = [
    ("ik weet niet hoe ik mijn voet op de rem krijg met die nieuwe schoenen", {}),
    ("ik vind dat ik mijn voet goed op de rem krijg", {}),
    # English
    ("my leg is weak and it's getting worse and worse", W),
    ("my leg gave way once on the stairs last month, not since", W),
    ("I'm tired of driving", {}),
    ("the pedal of my bike squeaks", {}),
    ("i cant get my foot onto the pedal of my bike because of the pain", {}),
    ("my legs are weak, nothing worse than the pain though", BW),
    ("my back is not any worse but my leg gets weaker by the day", W),
    # Dutch and Flemish
    ("ik krijg mijn voet niet op de rem", W),
    ("mijn benen zijn al jaren krachteloos maar het is niet erger geworden", S),
    ("mijn benen zijn slap, niks erger dan die pijn", BW),
    ("de pijn in mijn rug is niet erger maar mijn been wordt elke dag zwakker", W),
    ("het fietsen is lastiger dan gisteren door de pijn", {}),
    ("ik ben het autorijden beu", {}),
    # French
    ("ma jambe devient de plus en plus faible", W),
    ("mes jambes sont faibles depuis des mois, ça empire pas", S),
    ("rien de pire que cette douleur, mes deux jambes sont faibles", BW),
    ("pas pire au dos mais ma jambe est chaque jour plus faible", W),
    ("mal au dos de + en + fort", {}),
    ("la pédale de mon vélo grince", {}),
    ("j'en ai marre de conduire", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
