"""Session 43, round NT (issue 12): a slip or a stumble caught before any fall, the person asking whether it "counts" as a
fall ("my mate grabbed my arm so i stayed on my feet . does that count as a fall?", "mijn vriendin kon me nog vastgrijpen,
ik bleef rechtstaan . telt dat als een val?", "mon pote m'a rattrapé, je suis resté debout . ça compte comme une chute ?").

Read as a trauma: staying upright ("i stayed standing", "ik ben blijven staan", "je suis restée debout") and a few ways of
nothing struck ("je me suis cogné nulle part", "aucun choc", "j'ai pas touché le sol") were no NOTHING_STRUCK, so the slip
stayed a fall; and the question "does that count as a fall?" (no "you" in it), "is dat een val?", "ça compte comme une
chute ?" was no GENERAL_SUBJECT, so its "a fall" stayed the person's own. Changed: the packs' NOTHING_STRUCK (staying upright,
nothing struck) and GENERAL_SUBJECT (the counts-as question); the engine's _fall_told_denied (session 38G) also drops the
asked fall when the person's own words tell a near fall (a slip or a catch, the packs' NEAR_FALL, then NOTHING_STRUCK).
Kept: a real fall after a slip, a fall told then asked about, a blow, a caught slip that went down anyway, the question with
nothing told (the safe side), round 42B's cases (their own file).
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    ("slipped on the wet kitchen floor but my mate grabbed my arm so i stayed on my feet. does that count as a fall?", {}),
    ("i slipped on the ice outside the shop, my husband caught me and i stayed standing, no bump anywhere. is that counting as"
     " a fall or not?", {}),
    ("my foot slide on the bathroom floor, i grab the sink and i stay standing. it count as injury from a fall?", {}),
    ("skidded on some leaves, a stranger caught me, i remained upright. does this count as an accident?", {}),
    ("i tripped over a cable at work, a colleague grabbed me and i stayed upright. does that count as a fall?", {}),
    ("slipped in the shower, grabbed the rail, kept my feet. does it count as a trauma?", {}),
    ("ik gleed uit op de natte vloer maar mijn vriendin kon me nog vastgrijpen, ik bleef rechtstaan, nergens tegen gebotst. "
     "telt dat als een val?", {}),
    ("ik ben uitgegleden op de gladde stoep maar ik ben blijven staan, heb me nergens gestoten. telt dat als een val?", {}),
    ("k schoof uit op het ijs, kon me nog aan de leuning vasthouden en bleef recht staan. is dat een val?", {}),
    ("ik ben gestruikeld over een tegel, mijn zoon ving me op en ik ben overeind gebleven. telt dat als een ongeval?", {}),
    ("gleed uit in de douche, greep de kraan vast en bleef staan. is dit een val?", {}),
    ("ik ben uitgegleden in de tuin maar bleef op mijn benen staan. geldt dat als een val?", {}),
    ("j'ai glissé sur le carrelage mouillé mais mon pote m'a rattrapé par le bras, je suis resté debout, je me suis cogné "
     "nulle part. ça compte comme une chute ?", {}),
    ("j'ai glissé dans la douche, je me suis rattrapée au lavabo et je suis restée debout. est-ce que ça compte comme une chute?",
     {}),
    ("mon pied a glissé sur le verglas, je me suis accroché à la rampe, j'ai pas touché le sol. ça compte comme une chute ou pas ?",
     {}),
    ("j'ai glissé sur une flaque, un collègue m'a retenu de justesse, aucun choc. ça compte comme un accident ?", {}),
    ("j'ai trébuché sur le trottoir, ma fille m'a rattrapée, je suis restée debout. cela compte comme une chute ?", {}),
    ("j'ai glissé sur le parquet, j'ai pu me rattraper à la table, touché nulle part. ça compte pour une chute ?", {}),
]
KEPT = [
    ("slipped and landed on my back", T),
    ("i fell on the stairs, does that count?", T),
    ("i slipped on ice, my friend grabbed me but we both went down. does that count as a fall?", T),
    ("i slipped on the stairs and hit my back on the step. does that count as a fall?", T),
    ("does that count as a fall?", T),
    ("i stayed standing all day at work and now my back hurts", {}),
    ("ik ben uitgegleden en op mijn rug gevallen", T),
    ("ik viel van de trap, telt dat als een val?", T),
    ("ik gleed uit en bleef staan, maar toen viel ik toch op mijn rug. telt dat als een val?", T),
    ("ik ben gebotst met mijn fiets tegen een auto", T),
    ("j'ai glissé et je suis tombé sur les fesses", T),
    ("je suis tombé dans l'escalier, ça compte comme une chute ?", T),
    ("j'ai glissé, il m'a rattrapé mais on est tombés tous les deux. ça compte comme une chute ?", T),
    ("je me suis cogné le dos contre le coin de la table", T),
    ("je suis restée debout toute la journée et j'ai mal au dos", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
