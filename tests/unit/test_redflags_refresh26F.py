"""Session 26, helper F, after the blind refresh scored once: the legs told by carers and in dialect.

1. Both legs weak told stable, by a carer whose message opens on the relative and the back with no verb ("my mum, 80,
   bad back for months", "mijn vader, 75 jaar, al jaren rugpijn", "mon pere, 75 ans, mal de dos depuis longtemps"; a
   Singlish particle after the age), the course told as "no change since last year"; Dutch "zijn" read as the verb
   ("are") after a fronted phrase ("sinds de zomer zijn beide benen slap"), not as "his". Both legs weak with no course
   told stays worsening (the safe side).
2. A foot that slaps or catches, worse every day, the foot named at one sentence's end and taken up by a pronoun in the
   next ("its my left foot now. it flops down every step", "het is mijn rechtervoet. die klapt ...", "c'est mon pied
   droit. il claque a chaque pas"); Gronings "bie" (bij), "dij" (die); a foot caught "achter elke stoep"; French "a chaque
   pas" is a step, not a negation; "c'est pire chaque jour".
3. Both feet asleep: the left and the right named ("my left foot and my right foot have gone to sleep", "mijn linker- en
   rechtervoet slapen", "mon pied gauche et mon pied droit dorment"), "sleeping" in Singlish and Pidgin, French
   "dorment", Drents and Twents "veuten".
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

BOTH_STABLE = {"both_legs": True, "leg_weakness": "stable"}
BOTH_WEAK = {"both_legs": True, "leg_weakness": "worsening"}
BOTH_NUMB = {"both_legs": True, "leg_numbness": True}
WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    # 1. both legs weak told stable, by a carer, with no verb; Dutch "zijn" as the verb
    ("my mum, 80, bad back for months. both her legs have no strength but the doctor says its the same as last year", BOTH_STABLE),
    ("my father 70 years old, back pain for years. both his legs weak, no change since last year", BOTH_STABLE),
    ("my husband 68 years old leh, chronic back pain. both his legs no power, doctor say same same", BOTH_STABLE),
    ("both my legs weak, no change since last year", BOTH_STABLE),
    ("my legs are both weak but no real change since the spring", BOTH_STABLE),
    ("sinds de zomer zijn beide benen slap, het is niet erger geworden", BOTH_STABLE),
    ("mijn vader, 75 jaar, al jaren rugpijn. zijn beide benen zijn slap, maar de huisarts zegt dat het hetzelfde is", BOTH_STABLE),
    ("nu zijn beide benen zwak", BOTH_WEAK),
    ("sinds een maand zijn beide benen slap", BOTH_WEAK),
    ("mon pere, 75 ans, mal de dos depuis longtemps. ses deux jambes sont faibles, le medecin dit que c'est stable", BOTH_STABLE),
    ("ma mere, 80 ans, lombalgie depuis des annees. ses deux jambes sont sans force, c'est pareil depuis un an", BOTH_STABLE),
    ("mon mari, 70 ans, douleurs au dos depuis l'hiver. ses jambes sont faibles, ca bouge pas", BOTH_STABLE),
    # 2. a foot that slaps or catches, worse every day, taken up by a pronoun after a full stop
    ("its my left foot now. it flops down every step, worse every day", WORSE),
    ("my right foot. it slaps on the floor every step and its getting worse every day", WORSE),
    ("the trouble is my right foot. it flaps down when i walk, getting worse by the day", WORSE),
    ("het is mijn rechtervoet. die klapt neer bij elke stap, elke dag erger", WORSE),
    ("mijn linkervoet. hij klapt bie elke stap op de stoep, het wordt met de dag erger", WORSE),
    ("ik blijf met mijn rechtervoet achter elke stoep hangen, het wordt elke dag erger", WORSE),
    ("mijn voet klapt bie elke stap, elke dag slechter", WORSE),
    ("cest mon pied droit maintenant. il claque par terre a chaque pas et ca empire de jour en jour", WORSE),
    ("c'est mon pied droit. il claque a chaque pas, c'est pire chaque jour", WORSE),
    ("mon pied droit traine a chaque pas et ca empire", WORSE),
    # 3. both feet asleep: the left and the right named, "sleeping", "dorment", "veuten"
    ("left foot and right foot both asleep", BOTH_NUMB),
    ("my left foot and my right foot have gone to sleep", BOTH_NUMB),
    ("my right leg and left leg are both numb", BOTH_NUMB),
    ("both my feet sleeping one", BOTH_NUMB),
    ("my two feet dey sleep", BOTH_NUMB),
    ("mijn linker- en rechtervoet slapen", BOTH_NUMB),
    ("mijn linkervoet en rechtervoet slapen allebei", BOTH_NUMB),
    ("mijn linkerbeen en rechterbeen tintelen", BOTH_NUMB),
    ("mijn beide veuten slapen", BOTH_NUMB),
    ("sinds gisteren zijn beide voeten doof", BOTH_NUMB),
    ("mes pieds dorment", BOTH_NUMB),
    ("j'ai les deux pieds qui dorment", BOTH_NUMB),
    ("mon pied gauche et mon pied droit dorment", BOTH_NUMB),
    ("mes pieds dorment tous les deux", BOTH_NUMB),
]

KEPT = [
    # 1. someone else's legs, a past back pain, a writer who names themself; no course told; told stable already
    # his part alone is typed for him since session 37A (the safe side), read as "mijn benen zijn zwak"
    ("zijn benen zijn zwak", {"both_legs": True, "leg_weakness": "worsening"}),
    ("ik zie dat zijn benen slap worden", {}),
    ("mijn rug doet pijn, mijn broer zegt dat zijn benen zwak zijn", {}),
    ("mijn zoon valt vaak, daarom zijn zijn benen zwak", {}),
    ("mijn vader, zijn beide benen zwak", {}),
    ("my dad had back pain years ago, now both his legs are weak", {}),
    ("mon pere 80 ans mal au dos, moi je vais bien. ses jambes sont faibles", {}),
    ("both legs weak", BOTH_WEAK),
    ("beide benen krachteloos", BOTH_WEAK),
    ("mes deux jambes sont faibles", BOTH_WEAK),
    ("both legs have no strength, same as last year", BOTH_STABLE),
    ("mes deux jambes sont sans force, c'est stable, pas pire", BOTH_STABLE),
    ("beide benen zijn krachteloos, het is al maanden hetzelfde", BOTH_STABLE),
    ("al twee jaar zijn allebei de benen krachteloos, nog altijd hetzelfde", BOTH_STABLE),
    # 2. a foot that hurts, a course denied, a walk every day
    ("its my left foot. it hurts every step, worse every day", {}),
    ("mijn rechtervoet. die doet pijn bij elke stap, elke dag erger", {}),
    ("mon pied droit claque par terre, ca empire pas", {}),
    ("mon pied droit claque a chaque pas mais c'est pas pire", {}),
    ("je marche chaque jour, c'est pire chaque jour", {}),
    ("ik blijf achter de computer hangen, elke dag erger", {}),
    ("my foot catches on every kerb, getting worse by the day", WORSE),
    ("mon pied gauche claque a chaque pas, c'est pire chaque jour", WORSE),
    # 3. one side numb, sleep told, feet asleep denied
    ("pain in my left leg and my right leg is numb", {}),
    ("my feet are cold when i sleep", {}),
    ("my legs ache at night, i cant sleep", {}),
    ("mijn linkerbeen doet pijn en mijn rechterbeen is doof", {}),
    ("ik slaap slecht, mijn voeten zijn koud", {}),
    ("mon mari dort, moi j'ai mal aux deux jambes", {}),
    ("mes pieds ne dorment pas", {}),
    ("both my feet are asleep", BOTH_NUMB),
    ("mes deux pieds sont endormis", BOTH_NUMB),
    ("slapen mijn beide voeten al een week", BOTH_NUMB),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
