"""Session-16 red-flag fixes (round 3), kinds still misread in other wordings: both legs numb and weak in one message
with the weakness told by a pronoun or in a later clause, the same ache all night whatever the position, a fall down
a counted number of steps with a landing, a stable course told after numb and weak legs with the verb first, a knee
that gives way told unchanged in the next sentence, and falling more often as a worsening. Every CHANGED case read
otherwise before; the KEPT ones read the same before and after."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}
NIGHT = {"night_pain": True}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_NUMB_WEAK = {"both_legs": True, "leg_numbness": True, "leg_weakness": "worsening"}
BOTH_NUMB_STABLE = {"both_legs": True, "leg_numbness": True, "leg_weakness": "stable"}

CHANGED = [
    # 1. numb and weak legs, the weakness a pronoun's image or a later clause
    ("both legs pins and needles down to the feet and theyre like jelly on the stairs, had to crawl up to bed",
     BOTH_NUMB_WEAK),
    ("my legs tingle all the way down and they feel like jelly", BOTH_NUMB_WEAK),
    ("mijn benen tintelen tot in mijn tenen en ze zijn als pudding", BOTH_NUMB_WEAK),
    ("les 2 jambes deviennent du coton, de plus en plus molles, et ça fourmille", BOTH_NUMB_WEAK),
    ("mes jambes deviennent du coton", BOTH_WEAK),
    # 2. the same ache all night whatever the position
    ("doesnt matter if i lie on my side or flat or sit in the recliner, same deep ache the whole night with no let up",
     NIGHT),
    # 3. a counted number of steps, then the landing
    ("ben zo 5 of 6 treden op mijn stuit naar beneden gestuiterd", TRAUMA),
    ("slid 5 or 6 steps on my tailbone", TRAUMA),
    ("j'ai descendu 5 marches sur le coccyx", TRAUMA),
    # 4. numb and weak with the verb first, a stable course told later
    ("na 200 meter worden mijn twee benen doof en slap ... en 't is sindsdien nie slechter geworden, echt nog 't zelfde",
     BOTH_NUMB_STABLE),
    ("na 200 meter worden mijn twee benen doof en slap", BOTH_NUMB_WEAK),
    # 5. a knee that gives way, told unchanged in the next sentence, pain in both legs
    ("my right knee gives way sometimes ... exactly the same for 2 weeks, not worse. both legs ache when i stand", {}),
    ("my knee gives way now and then. exactly the same, not worse", {}),
    # 6. falling more often is a worsening
    ("my knee gives way, the same as last week but im falling more", WORSE),
    ("mijn knie begeeft het soms, hetzelfde als vorige week maar ik val steeds vaker", WORSE),
]

KEPT = [
    # twins that were read already
    ("maakt nie uit hoe ik lig, de hele nacht dezelfde pijn", NIGHT),
    ("peu importe la position, la même douleur toute la nuit sans répit", NIGHT),
    ("bounced down 5 steps on my tailbone", TRAUMA),
    ("mon genou droit lâche de temps en temps, exactement pareil, pas pire. j'ai aussi mal dans les 2 jambes", {}),
    ("mon genou lâche, pareil que la semaine passée mais je tombe de plus en plus", WORSE),
    ("mon genou lâche, pareil que la semaine passée mais je tombe plus souvent", WORSE),
    ("same dull ache all night", NIGHT),
    ("both my legs go numb and weak when i walk, but its not got worse, still the same", BOTH_NUMB_STABLE),
    ("mes deux jambes deviennent engourdies et faibles quand je marche, mais c'est pas pire, toujours pareil",
     BOTH_NUMB_STABLE),
    # hard negatives: no weakness denied, no night, no fall, no worsening
    ("only hurts at night when i turn over", {}),
    ("both legs tingle and theyre not weak", BOTH_NUMB),
    ("mijn benen tintelen en ze zijn niet slap", BOTH_NUMB),
    ("mes deux jambes sont engourdies mais pas molles", BOTH_NUMB),
    ("doesnt matter how i lie, i sleep fine", {}),
    ("same ache all day but nights are fine", {}),
    ("i missed a step", {}),
    ("walked down 5 steps to the car", {}),
    ("ben 5 treden naar beneden gelopen", {}),
    ("j'ai descendu 5 marches sur la pointe des pieds", {}),
    ("my knee gives way sometimes. its getting worse", WORSE),
    ("my knee gives way, the same as last week", {}),
    ("mijn knie begeeft het soms, hetzelfde als vorige week", {}),
    ("mon genou lâche, pareil que la semaine passée", {}),
    ("i fall asleep more in the afternoon", {}),
]


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
