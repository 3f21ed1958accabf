"""Session 34, round Q (issue 12): two kinds read short.

1. Bladder: the pee that cannot be got started although the urge or a full bladder is there. French had no reading of a
   starting verb ("amorcer", "demarrer", "declencher", "lancer" the miction, the stream or the pee), nor of "ca ne veut pas
   sortir" with the urge or the full bladder told after it ("alors que", "pourtant"); English missed "but i just cant
   start", "cant get it to start", "nothing will start" and the urge told as "need to pee / a wee"; Dutch missed "het wil
   niet beginnen", "ik krijg de straal niet op gang" and "het wil er niet uit terwijl ik dringend moet". Changed: fr
   BLADDER_PATTERNS (three starting-verb patterns and the nothing-comes-then-the-urge pattern, beside the "impossible
   d'uriner" one); en _NOTHING_CAME (cannot get it started, nothing will start) and the urge opener of BLADDER_PATTERNS
   (session 33B, the pee named); nl _NIKS_KOMT (beginnen, starten) and BLADDER_PATTERNS (beside "terwijl ik nodig moest").

2. Leg weakness worsening: both legs going heavy when walking, the worsening told in the next sentence ("... . and it gets
   worse week by week", ". het wordt elke week erger", ". ca empire") or as "de plus en plus" / "steeds meer" after a
   comma. Changed: bot/reading/redflags.py _sentences joins a sentence opening on a worsening (the packs' RESOLVED_OPENS,
   then WORSE_NOW within 3 words, no pain word before it) to the sentence before when that one names a limb (LIMBS), so the
   course is read as told in one breath; en BOTH_LEGS_WEAK_PATTERNS (session 25M1: "legs get heavy"); nl
   BOTH_LEGS_WEAK_PATTERNS (25M1: the verb first, "worden mijn beide benen zwaar"; "steeds meer") and WORSE_NOW ("elke week
   erger"); fr BOTH_LEGS_WEAK_PATTERNS (25M1: "se degrade", "de plus en plus").

Kept: the readings already right, the car or the washing machine that will not start, the pain that will not go, heavy legs
told stable or one heavy leg, tired legs after a hike, heavy legs with the pain's course told.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

B = {"bladder_bowel": True}
W = {"both_legs": True, "leg_weakness": "worsening"}
WN = {**W, "leg_numbness": True}
CHANGED = [
    # bladder: cannot get the pee started although the urge / a full bladder is there
    ("I'm bursting to go but I just can't start", B),
    ("I really need to pee but can't get it to start", B),
    ("I need to urinate but I can't initiate it", B),
    ("I'm dying to go but nothing will start", B),
    ("I'm desperate for a wee but I can't get it going", B),
    ("having to go all the time but I cant get the flow going", B),
    ("ik moet heel nodig maar het wil niet beginnen", B),
    ("het wil er niet uit terwijl ik dringend moet", B),
    ("het komt niet op gang terwijl ik zo nodig moet", B),
    ("ik krijg de straal niet op gang", B),
    ("ik krijg het niet op gang terwijl ik hoge nood heb", B),
    ("impossible d'amorcer la miction depuis hier", B),
    ("je n'arrive pas à démarrer mon jet", B),
    ("pas moyen de déclencher le pipi ce matin", B),
    ("la miction ne veut pas se lancer", B),
    ("ça ne veut pas sortir alors que j'ai envie", B),
    ("ça ne part pas alors que la vessie est pleine", B),
    # both legs heavy when walking, worse week by week (told in the next sentence or after a comma)
    ("After 100 yards both my legs go heavy and I have to sit down. It's getting worse every week.", W),
    ("Both legs go heavy as lead when I walk, I have to stop. And it gets worse week by week.", W),
    ("my legs get heavy after a short walk and I need a bench. Getting worse each week.", W),
    ("Na 100 meter worden mijn beide benen zwaar en moet ik zitten. Het wordt elke week erger.", W),
    ("mijn benen worden zwaar bij het lopen, steeds meer", W),
    ("mijn benen worden zwaar als ik een stuk wandel. Het wordt steeds erger.", W),
    ("mes deux jambes deviennent lourdes en marchant, de plus en plus", W),
    ("mes jambes deviennent lourdes et pleines de picotements quand je marche. C'est de pire en pire.", WN),
    # heavy after a day on the feet, the worsening told in the next sentence: read as told in one breath (safe side)
    ("my legs feel heavy after standing all day. it's getting worse", W),
    ("mijn benen zijn zwaar na een dag staan. Het wordt erger.", W),
    ("mes deux jambes deviennent lourdes en marchant. Et ça empire de semaine en semaine", W),
    ("après 200 mètres mes jambes deviennent lourdes, je dois m'arrêter. Ça s'aggrave chaque semaine.", W),
]
KEPT = [
    ("de plas wil niet starten terwijl mijn blaas vol zit", B),
    ("j'ai du mal à lancer la miction", B),
    ("rien ne vient pourtant j'ai la vessie pleine", B),
    ("na een paar straten worden mijn benen loodzwaar. En het gaat elke week achteruit.", W),
    ("my dad's legs turn heavy after a few hundred metres. it's worse than last month", {}),
    ("I need to go to work but I can't start the car", {}),
    ("I need to go but I can't get going in the morning", {}),
    ("I need to go but nothing comes", B),
    ("can't get it started even with a full bladder", B),
    ("ik moet plassen maar het komt niet op gang", B),
    ("krijg het niet op gang terwijl mijn blaas vol zit", B),
    ("ik krijg de auto niet op gang", {}),
    ("het wil niet beginnen met regenen", {}),
    ("j'ai envie d'uriner mais rien ne sort", B),
    ("le pipi ne vient pas alors que j'ai envie", B),
    ("impossible de lancer le ballon avec mon dos", {}),
    ("je n'arrive pas à lancer la machine à laver", {}),
    ("la douleur ne veut pas partir alors que j'ai envie de dormir", {}),
    ("ça ne part pas alors que j'ai besoin de repos", {}),
    ("both legs become heavy after 200 m, more and more", W),
    ("mijn benen worden loodzwaar als ik wandel, ik moet gaan zitten. En het wordt steeds erger.", W),
    ("mes jambes lâchent après quelques pas, et c'est de pire en pire", W),
    ("after walking both legs get heavy. same as last year", {}),
    ("mijn benen worden zwaar na het wandelen, hetzelfde als vorig jaar", {}),
    ("mes jambes deviennent lourdes en marchant, pas pire qu'avant", {}),
    ("my left leg feels heavy when I walk", {}),
    ("mijn linkerbeen voelt zwaar bij het wandelen", {}),
    ("ma jambe gauche est lourde quand je marche", {}),
    ("tired legs after a long hike", {}),
    ("mijn benen zijn moe na een lange tocht", {}),
    ("les jambes fatiguées après une longue randonnée", {}),
    ("both legs go heavy when I walk. The pain is getting worse every week.", {}),
    ("mes jambes sont lourdes après une journée debout, de plus en plus souvent", {}),
]
test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
