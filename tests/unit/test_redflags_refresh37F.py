"""Session 37, round F (issue 12): numbness of both legs that comes with walking, eased by sitting, told in everyday words.

1. A missed flag: both legs going numb or tingling after some minutes of walking (a walk into town, the dog round the block,
   "au bout de dix minutes de marche"), then a sitting on a bench or a wall and it is gone within minutes, was read as legs
   asleep from sitting (bot/reading/redflags.py _legs_asleep_from_sitting, session 33F) or as a numbness over and done with
   (_resolved_after): the sitting is its relief, not its cause. Changed: bot/reading/redflags.py _came_with_walking (walking
   told before the legs' first numbness word, no position told before it) read by both, from the packs' new
   LEGS_ASLEEP_WALKING (en, nl, fr).
2. A false alarm: the range of both legs' numbness told as starting at the buttocks and going "down" ("from the bottom down",
   "vanaf mijn billen naar beneden", "depuis les fesses"), with no end named or the range told first, or the legs named in the
   clause before "and", was read as saddle numbness. Changed: the packs' ONE_LEG_DOWN (en, nl, fr: the range with "down" alone,
   the legs before or after it) and bot/reading/redflags.py _leg_range_in_sentence (a new Rule.skip_in_sentence of the saddle
   rules: the range read in the whole sentence, past the segment's cut at "and").

Kept: legs asleep after sitting cross-legged, kneeling or on the loo, walked off in a minute (no flag, as today); one leg numb after
walking (no both legs); the saddle area told numb itself ("my bum is numb", "rond mijn gat voel ik niks", the bum named numb
beside the legs' range); numbness "from the bottom down" with no legs named; one leg from the bum down (the saddle, as today).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

L = {"both_legs": True, "leg_numbness": True}
LS = {"both_legs": True, "leg_numbness": True, "saddle_numbness": True}
S = {"saddle_numbness": True}
CHANGED = [
    # walking brings it on, sitting eases it
    ("i walk into town and after ten minutes both legs go numb, sitting on a wall for a few minutes and it's gone", L),
    ("walking down to the post office my legs both go dead after a bit, sitting on a bench a minute and it's gone", L),
    ("out with the dog and both my legs get pins and needles, sitting down for a couple of minutes and its gone", L),
    ("when i stroll to the park both legs go numb and tingly, sitting on a bench for a minute and they're back to normal", L),
    ("ik wandel naar de bakker en na tien minuten worden mijn twee benen gevoelloos, even zitten en na een paar minuten is het weg", L),
    ("als ik met de hond rond de kerk ga worden mijn beide benen doof, ik ga op een bank zitten en binnen een minuut is het over", L),
    ("ik stap naar de winkel en allebei mijn benen slapen in, dan zitten op een muurtje en na twee minuten is het weg", L),
    ("na een kwartier lopen tintelen mijn benen allebei, ik ga zitten en na een minuutje is het weer normaal", L),
    ("je vais au marché à pied et au bout de dix minutes les deux jambes deviennent engourdies, assise sur un muret c'est parti en deux minutes", L),
    ("en promenant le chien mes deux jambes s'engourdissent, je m'assois sur un banc et c'est passé en quelques minutes", L),
    ("quand je me balade mes jambes fourmillent des deux côtés, assis deux minutes et c'est fini", L),
    ("après un quart d'heure de marche, les deux jambes deviennent engourdies, assise un instant et c'est passé", L),
    # the legs' range from the buttocks "down": the legs, not the saddle
    ("my legs go numb and tingly from the bottom down when i walk, both sides", L),
    ("from the bottom down my legs go numb when i walk, both of them", L),
    ("my legs tingle and go numb from my buttocks downwards, both at once", L),
    ("my legs go numb from the buttocks down, both together", L),
    ("my legs both go numb from my backside downwards after a few minutes", L),
    ("mijn benen worden doof en tintelen vanaf mijn billen naar beneden, allebei tegelijk", L),
    ("vanaf mijn billen naar beneden worden mijn twee benen doof", L),
    ("mijn benen beginnen te tintelen en worden doof van mijn poep naar onder, allebei", L),
    ("mes jambes fourmillent et s'engourdissent depuis les fesses, les deux en même temps", L),
    ("mes jambes deviennent engourdies depuis les fesses, des deux côtés", L),
    ("mes deux jambes s'engourdissent et fourmillent depuis mes fesses", L),
    ("mes jambes picotent et s'engourdissent à partir des fesses, les deux pareil", L),
    ("en marchant vers la boulangerie mes deux jambes s'engourdissent, assise sur un banc c'est passé en deux minutes", L),
    ("tijdens een wandeling naar de markt worden mijn twee benen doof, ik ga op een bankje zitten en na een minuut of twee is het weg", L),
    ("mijn benen worden allebei gevoelloos vanaf mijn kont naar beneden als ik een eind loop", L),
]
KEPT = [
    # legs asleep from sitting, walked off: no flag, as today
    ("sat on the loo for an hour, both legs dead when i got up, walked around and fine in a minute", {}),
    ("both legs went numb after sitting cross legged, gone in a minute", {}),
    ("te lang in kleermakerszit, mijn benen sliepen, even gestapt en binnen een minuut weer normaal", {}),
    ("a genoux au jardin, les deux jambes mortes, j'ai marché un peu et c'est passé en une minute", {}),
    # walking, numbness that stays: flagged before and after
    ("both my legs go numb after a few minutes of walking", L),
    ("na vijf minuten wandelen worden mijn benen doof. ik zit dan even en na een minuut is het weg", L),
    ("quand je promène le chien, après dix minutes mes deux jambes s'engourdissent. je m'assois sur un banc et en quelques minutes c'est passé", L),
    # someone else
    # (session 44W3: her legs in the first clause, the writer named nowhere: typed for her, the safe side)
    ("elle marche dix minutes et ses deux jambes s'engourdissent", L),
    # one leg only
    ("mijn linkerbeen wordt doof na vijf minuten stappen", {}),
    # the saddle area itself
    ("my bum is numb", S),
    ("rond mijn gat voel ik niks", S),
    ("the numbness goes from my bum down both legs and my bum itself is numb", LS),
    ("my bum is numb and both legs go numb from my bottom down", LS),
    ("mijn benen tintelen vanaf mijn billen naar beneden en rond mijn gat voel ik niks", LS),
    ("mes jambes s'engourdissent depuis les fesses et les fesses elles-mêmes sont engourdies", LS),
    ("my legs are numb from the bottom down there", LS),
    ("i'm numb from my bottom down", S),
    ("my left leg goes numb from my bum down", S),
    # the ranges already read
    ("both legs get pins and needles when i walk, from my buttocks to my toes", L),
    ("mijn benen slapen allebei tegelijk in van mijn billen tot mijn tenen", L),
    ("mes deux jambes s'endorment depuis les fesses jusqu'aux pieds", L),
    ("à partir des fesses vers le bas, mes deux jambes s'engourdissent", L),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
