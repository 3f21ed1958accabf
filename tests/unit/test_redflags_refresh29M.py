"""Session 29, helper M: legs weaker, both or one, stable or worsening, told by what the person notices.

Missed before: both legs "less strong", "not as strong as before", "have lost their strength", "no longer have the
strength" with the course told unchanged ("beide benen zijn minder sterk dan vroeger ... al maanden hetzelfde", "les deux
jambes ont perdu de leur force, mais rien n'a change"): no weak word, so nothing was read (now both legs, stable; with no
course told, worsening, the safe side); both legs heavy as lead and full of pins and needles or ants, worse week by week
(the joining word cut the numbness from its legs, "lourdes" without a verb, "se degrade", "de semaine en semaine",
"worse from week to week" were no course); the front of the foot or the toes that no longer come up ("de punt van mijn
voet komt niet meer op", "la pointe du pied ne se releve plus", "mes orteils ne remontent plus") with a worsening.
Answers (leg_weakness): one leg weaker with a lost heel or toe stand, told explicitly as not worse ("my left leg is
weaker ... its not getting worse", "mijn rechterbeen voelt zwakker ... het wordt niet slechter") read worsening: the bare
comparative counted as a worse word; now stable. A clear no with the heel and toe test done and equal on both sides
("non, test des talons fait, pareil des deux cotes") read stable from "pareil"; now none.
Changed: redflags packs (en, nl, fr) WEAK, STABLE, NOT_WORSE (en, fr), WORSE_NOW, BOTH_LEGS_NUMB_PATTERNS, LEGS_FEEL
and HEAVY (en, nl), BOTH_LEGS_WEAK_PATTERNS (fr: heavy legs with no verb, or weighing a ton, and a worsening further on),
FAILING_LIMB (nl, fr); answers packs (en, nl, fr) new NOT_WORSE_TOLD, WEAKER_STATE, WEAK_STATE_WORD, SIDES_EQUAL, read by
bot/reading/answers.py _told_unchanged and _parse_leg_weakness.
Kept: French heavy legs alone (the circulation), arms or a relative's legs less strong, a back (not a leg) worse week by
week, heavy legs told not worse (stable), a course told ("getting weaker", "elke dag zwakker", "plus faible chaque jour")
stays worsening, sides equal with a yes or a worsening told.
"""

from bot.reading.answers import parse_answer
from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

STABLE_BOTH = {"both_legs": True, "leg_weakness": "stable"}
WORSE_BOTH = {"both_legs": True, "leg_weakness": "worsening"}
HEAVY_NUMB = {"both_legs": True, "leg_weakness": "worsening", "leg_numbness": True}
NUMB_BOTH = {"both_legs": True, "leg_numbness": True}
WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    # 1. both legs less strong than before, the course told unchanged
    ("both my legs arent as strong as they were, climbing stairs takes longer, but its been the same for months", STABLE_BOTH),
    ("my two legs are less strong than they used to be. no change since last year", STABLE_BOTH),
    ("both legs dont have the strength they used to, but it isnt getting any worse", STABLE_BOTH),
    ("my legs both no longer have the power they had, it has stayed the same all year", STABLE_BOTH),
    ("both of my legs are weaker than before but nothing has changed in months", STABLE_BOTH),
    ("beide benen zijn minder sterk dan vroeger, maar het is al maanden hetzelfde", STABLE_BOTH),
    ("mijn twee benen zijn niet meer zo sterk als vroeger, het is niet erger geworden", STABLE_BOTH),
    ("allebei mijn benen hebben hun kracht verloren, maar er is sinds de zomer niets veranderd", STABLE_BOTH),
    ("mijn beide benen hebben niet meer de kracht van vroeger, het blijft gelijk", STABLE_BOTH),
    ("beide benen zijn krachtelozer dan een paar jaar geleden, al een jaar onveranderd", STABLE_BOTH),
    ("mes deux jambes sont moins fortes qu'avant, mais ça ne s'aggrave pas", STABLE_BOTH),
    ("les deux jambes ont perdu de leur force, mais rien n'a changé depuis un an", STABLE_BOTH),
    ("mes deux jambes ne sont plus aussi fortes, c'est toujours pareil", STABLE_BOTH),
    ("mes jambes n'ont plus leur force d'autrefois toutes les deux, c'est stable", STABLE_BOTH),
    # ... with no course told: read worsening (the safe side)
    ("both my legs arent as strong as they used to be", WORSE_BOTH),
    ("mijn beide benen zijn minder sterk dan vroeger", WORSE_BOTH),
    ("mes deux jambes ont perdu leur force", WORSE_BOTH),
    # 2. both legs heavy as lead and tingling, worse week by week
    ("both my legs are going heavy as lead and full of pins and needles, worse week by week", HEAVY_NUMB),
    ("my legs both feel like lead and tingle right down to my toes, it gets worse every week", HEAVY_NUMB),
    ("my two legs feel like concrete and are full of tingling, worse from week to week", HEAVY_NUMB),
    ("mijn twee benen worden loodzwaar en vol mieren tot in mijn tenen, elke week erger", HEAVY_NUMB),
    ("beide benen voelen zwaar als lood en tintelen, het wordt week na week slechter", HEAVY_NUMB),
    ("mijn beide benen worden zwaar en slapen tot aan de tenen, elke week wat meer", HEAVY_NUMB),
    ("les deux jambes lourdes et pleines de picotements, ça empire de semaine en semaine", HEAVY_NUMB),
    ("j'ai les jambes en plomb toutes les deux et des fourmillements jusqu'aux orteils, ça s'aggrave", HEAVY_NUMB),
    ("mes deux jambes pèsent une tonne et fourmillent, de pire en pire chaque semaine", HEAVY_NUMB),
    ("mes deux jambes sont lourdes avec des fourmis jusqu'aux pieds, et ça se dégrade", HEAVY_NUMB),
    ("mes deux jambes deviennent lourdes comme du plomb avec des fourmis, c'est pire chaque semaine", HEAVY_NUMB),
    # 3. the front of the foot or the toes that no longer come up, getting worse
    ("de punt van mijn voet komt niet meer op, het verergert", WORSE),
    ("mijn tenen komen sinds gisteren niet meer op en het wordt erger", WORSE),
    ("la pointe de mon pied gauche ne se relève plus, et ça s'aggrave", WORSE),
    ("mes orteils ne remontent plus du tout, et ça empire", WORSE),
    ("le bout du pied droit ne se lève plus, ça s'aggrave chaque jour", WORSE),
    ("mon pied ne se redresse plus quand je marche, c'est de pire en pire", WORSE),
    # a worsening told as "se degrade", "de semaine en semaine"
    ("ma jambe gauche est faible, ça se dégrade", WORSE),
    ("ma jambe droite est faible et ça va de semaine en semaine", WORSE),
    ("my left leg is weak, worse from week to week", WORSE),
]

KEPT = [
    ("mijn benen zijn allebei loodzwaar met tintelingen tot in mijn voeten, het gaat achteruit", HEAVY_NUMB),
    ("both legs are heavy like lead with pins and needles, and its getting worse", HEAVY_NUMB),
    # already read
    ("both my legs have lost their strength, but no change for a year", STABLE_BOTH),
    ("j'ai moins de force dans les deux jambes qu'avant, c'est toujours pareil, pas pire", STABLE_BOTH),
    ("my legs are heavy and tingly", HEAVY_NUMB),
    ("both legs heavy like lead with pins and needles, getting worse each week", HEAVY_NUMB),
    ("my toes wont lift anymore and it is getting worse", WORSE),
    ("i cant pull my foot up anymore, worse every day", WORSE),
    ("mijn voet komt niet meer omhoog en het wordt erger", WORSE),
    ("ik kan mijn voorvoet niet meer optrekken, het gaat achteruit", WORSE),
    ("je n'arrive plus à relever le pied gauche, c'est de pire en pire", WORSE),
    # heavy legs, told stable: stable (both legs weak, not worse)
    ("both my legs feel like lead but its not getting worse", STABLE_BOTH),
    # French heavy legs alone: the circulation
    ("j'ai les jambes lourdes le soir", {}),
    ("les deux jambes lourdes quand il fait chaud", {}),
    # near misses and the other side
    ("my arms arent as strong as they were", {}),
    ("my legs are strong, no problem at all", {}),
    ("both my legs are fine, i still have my strength", {}),
    ("my husbands legs arent as strong as they used to be", {}),
    ("mijn benen zijn sterk genoeg, geen probleem", {}),
    ("de benen van mijn moeder zijn minder sterk dan vroeger", {}),
    ("mes bras sont moins forts qu'avant", {}),
    ("ça ne se dégrade pas, j'ai juste mal au dos", {}),
    ("my back is worse from week to week", {}),
    ("mijn rug is elke week erger", {}),
    ("j'ai mal au dos, ça empire de semaine en semaine", {}),
    ("i get pins and needles in my hands", {}),
    ("the stairs are heavy going but my legs are fine", {}),
    ("mes orteils ne se lèvent pas avant 9h", {}),
    ("ik sta niet meer op voor 8 uur", {}),
]

ANSWERS_CHANGED = [
    # 4. one leg weaker, a lost heel or toe stand, told explicitly as not worse: stable
    ("yes my left leg is weaker, i cant walk on my heel on that side, but it has been like that since last week and its not getting worse", "stable"),
    ("yes the right leg feels weaker and i cant stand on that heel, but it hasnt got any worse", "stable"),
    ("ja, mijn rechterbeen voelt zwakker en op mijn tenen staan gaat niet, maar het wordt niet slechter", "stable"),
    # the heel and toe test done and equal on both sides, with a clear no: none
    ("no. i tried standing on my toes and then on my heels, both sides the same", "none"),
    ("no, i did the heel and toe test this morning, both legs the same", "none"),
    ("nee. ik heb de test gedaan op mijn tenen en op mijn hielen, aan beide kanten hetzelfde", "none"),
    ("nee, op mijn hielen en tenen gestaan, links en rechts gelijk", "none"),
    ("non, j'ai essayé de marcher sur les talons et sur la pointe des pieds, c'est pareil à gauche et à droite", "none"),
    ("non. test des talons fait, pareil des deux côtés", "none"),
]

ANSWERS_KEPT = [
    ("ja mijn linkerbeen is slapper, op mijn hiel lopen lukt niet goed, maar het is sinds vorige week niet erger geworden", "stable"),
    ("oui la jambe gauche est un peu plus faible, je marche pas sur la pointe, mais c'est pas pire", "stable"),
    ("oui ma jambe droite est plus faible, je tiens pas sur le talon, mais ça ne s'aggrave pas depuis lundi", "stable"),
    ("my right leg is weaker, standing on my heel doesnt work, but no worse than last week", "stable"),
    ("no, i did the tiptoe and heel walking test, equal on both sides", "none"),
    ("non, test des talons et des pointes fait, aucune différence entre les deux côtés", "none"),
    # a course told: worsening
    ("my left leg is getting weaker and i cant stand on my heel, the pain is not worse though", "worsening"),
    ("mijn linkerbeen wordt elke dag zwakker, de pijn is niet erger", "worsening"),
    ("ma jambe est plus faible chaque jour, la douleur pas pire", "worsening"),
    ("my leg is weaker than yesterday, not the pain", "worsening"),
    # sides equal but a yes or a weakness told: not a no
    ("yes, both legs weak, the same on both sides", "stable"),
    ("my leg is weak, i cant stand on my heels, both sides the same, and its getting worse", "worsening"),
    ("no", "none"),
    ("yes", None),
    ("its the same as last week", "stable"),
    ("het blijft hetzelfde", "stable"),
    ("c'est pareil", "stable"),
]


def _leg_weakness(text: str):
    return parse_answer("leg_weakness", text)


test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
test_answers_changed, test_answers_kept = reading_round(_leg_weakness, ANSWERS_CHANGED, ANSWERS_KEPT)
