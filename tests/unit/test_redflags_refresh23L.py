"""Session 23 (helper L): three kinds missed on the last blind messages, fixed in en, nl and fr.

1. Night pain that no position eases, told as the positions tried and then a "nothing helps" word: "whether i sleep on my
   back or curled up, no relief", "tried flat, my side, the couch, nowt helps", "of ik nu plat lig of op mijn zij, de pijn
   blijft", "que je dorme sur le ventre ou en chien de fusil, aucun soulagement" (engine _SHARED_NIGHT, the packs'
   NIGHT_SCENE, POSITION_TRIED, NIGHT_POSITION, NO_RELIEF). The night or the lying is told, or the tries right before the
   first position; two positions named. Missed because the packs' patterns wanted a fixed list shape ("makes no odds",
   "rien ne change", "niks verandert") or a night word right before, and "me side", "straight", "the settee" were no
   positions; pain only with turning over, a position that helps, nights fine stay no night pain.
2. A fever that is over, told in a learner's grammar or subject first: "the fever break since monday", "my fever finish
   since two days", "de koorts is weg sinds zondag", "la fievre a casse dimanche" (Quebec) are no fever (packs'
   FEVER_OVER). "the fever hasnt broken", "fever since thursday", "koorts sinds dinsdag", "la fievre ne tombe pas" and a
   fever that came back stay fever.
3. Weight loss told by the trousers and the belt, standard and Picard: "mon pantalon ne tient plus", "min jean i tient pu",
   "un trou in plus a min ceinture" (fr SPOKEN_PHRASES read Picard min = mon, in plus = en plus, j'minge = je mange;
   STREET rin = rien), "my trousers wont stay up", "my jeans keep falling down", "mijn broek blijft niet meer omhoog". A
   diet, a new belt, a broken buckle, weight put on stay none.
"""
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

NIGHT = {"night_pain": True}
FEVER = {"fever": True}
WEIGHT = {"weight_loss": True}

CHANGED = [
    # 1. night pain, no position eases it
    ("nights are rough, whether i sleep on my back or curled up no relief whatsoever", NIGHT),
    ("at night ive tried on my belly, on me side, the armchair, nowt helps", NIGHT),
    ("it grinds away when i lie down, tried flat, the sofa, a pillow between me legs, still there", NIGHT),
    ("i sleep on my side or propped up with pillows, not a bit of difference", NIGHT),
    ("lying down is the worst, i try straight, on my front, the lazyboy, none of it helps", NIGHT),
    ("of ik nu plat lig of op mijn buik, de pijn blijft", NIGHT),
    ("s nachts probeer ik op mijn rug, op mijn zij, in de zetel, geen enkele verlichting", NIGHT),
    ("als ik lig, plat of met een kussen onder mijn knieen, het gaat niet weg", NIGHT),
    ("que je dorme sur le ventre ou en chien de fusil, aucun soulagement", NIGHT),
    ("la nuit j'essaye sur le dos, sur le cote, dans le fauteuil, ca change rien", NIGHT),
    ("couchee a plat ou avec un coussin sous les genoux, c'est pareil, ca me lance", NIGHT),
    # 2. a fever that is over
    ("i had flu with chills but the fever break since monday and i am better", {}),
    ("my fever finish since two days, only the back is sore", {}),
    ("the fever left since friday, now just my back", {}),
    ("de koorts is intussen al drie dagen weg, alleen mijn rug nog", {}),
    ("de koorts is al helemaal over sinds maandag, de rug niet", {}),
    ("ma fievre a casse dimanche pis depuis chu correct", {}),
    ("la fievre est cassee depuis mardi, reste le dos", {}),
    # 3. weight told by the trousers and the belt
    ("mon pantalon ne tient plus et je mange comme d'habitude", WEIGHT),
    ("min jean i tient pu, pourtant j'minge autant qu'avant", WEIGHT),
    ("j'ai fait un trou in plus a min ceinture, pas d'regime", WEIGHT),
    ("mes jeans tiennent plus sur les hanches depuis cet ete", WEIGHT),
    ("my trousers wont stay up any more and i havent changed my diet", WEIGHT),
    ("my jeans keep sliding down, no idea why", WEIGHT),
    ("mijn broek blijft nie meer omhoog, ik eet gewoon zoals altijd", WEIGHT),
]

KEPT = [
    # 1. night pain neighbours
    ("it only hurts at night when i turn over", {}),
    ("lying on my side helps, on my back it aches", {}),
    ("a pillow between my knees sorts it at night", {}),
    ("daytimes are bad, nights are fine whether on my back or side", {}),
    ("whether i lie flat or on my side, i sleep well", {}),
    ("tried flat, on my side, the recliner, nothing helps at night", NIGHT),
    ("op mijn zij liggen helpt, plat niet", {}),
    ("s nachts gaat het goed, op mijn rug of op mijn zij", {}),
    ("alleen als ik me omdraai s nachts doet het pijn", {}),
    ("couchee sur le cote ca va mieux", {}),
    ("la nuit, sur le dos ou sur le cote, ca va bien", {}),
    ("j'ai mal la nuit seulement quand je me retourne", {}),
    # 2. fever neighbours
    ("the fever hasnt broken", FEVER),
    ("fever since thursday", FEVER),
    ("the fever stopped since saturday but came back last night", FEVER),
    ("the fever not break since thursday", FEVER),
    ("koorts sinds dinsdag", FEVER),
    ("de koorts is nog niet weg", FEVER),
    ("de koorts was weg maar is terug sinds gisteren", FEVER),
    ("la fievre ne tombe pas", FEVER),
    ("la fievre est tombee a 38", FEVER),
    ("la fievre a casse mais elle est revenue", FEVER),
    # 3. weight neighbours
    ("mon pantalon ne tient plus, j'ai fait un regime", {}),
    ("ma ceinture ne tient plus, la boucle est cassee", {}),
    ("ce pantalon tient plus chaud", {}),
    ("je reste 10 min sur la toilette", {}),
    ("i put on weight, my trousers dont fit", {}),
    ("i got a new belt for christmas", {}),
    ("my trousers wont stay up since i started the diet", {}),
    ("mijn broek blijft niet meer omhoog sinds ik op dieet ben", {}),
    ("ik heb een nieuwe riem gekocht", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
