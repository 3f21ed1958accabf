"""Session 28, helper A: a foot that drops, told by what the person notices, with a weakening course.

Missed before: footwear that comes off or stays behind while walking, told with a worsening but no limb word ("my right
trainer keeps slipping off when i walk and its getting worse", "mijn slipper blijft achter als ik loop, elke dag erger",
"ma tong reste par terre quand j'avance et ca s'aggrave"); the high step that clears a dropping foot ("i have to lift my
knee really high when i walk", "ik moet mijn knie hoog optillen om de trap op te gaan", "je dois lever le genou tres haut
en marchant"); a foot that obeys less and less ("my left foot obeys me less and less", "mijn voet luistert steeds minder",
"mon pied m'obeit de moins en moins") or feels not one's own and gets worse; the heel stand lost, told with "that", "this",
"die", "ce" ("i cant stand on that heel"), or could yesterday and cannot today ("gisteren kon ik nog op mijn hiel staan,
vandaag niet meer", "hier je tenais encore sur le talon, aujourd'hui plus du tout"); the front of the foot lifted with
more and more trouble ("lifting the front of my foot is harder every day", "j'ai du mal a lever la pointe du pied et ca
empire").
Changed: new pack tables FOOT_SIGN_ALONE and FOOTWEAR_OTHER_CAUSE (en, nl, fr), read by the whole-message worsening net
(bot/reading/redflags.py _foot_sign_alone); WORSENING_PATTERNS (en, nl, fr: the high step, obeying less and less, the front
of the foot, the heel with "that"/"die"/"ce", "tenais encore"); FAILING_LIMB (en, nl: the foot not one's own; fr: obeying
less, trouble lifting the tip of the foot).
Kept: a shoe lost in the mud or snow, slippers too big, high knees as a drill, a foot asleep after sitting, one leg weak
and not getting worse, footwear falling off with no course told (round 27O), a fall stays trauma.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

TRAUMA = {"onset": "trauma"}
WORSE = {"leg_weakness": "worsening"}

CHANGED = [
    # 1. footwear that comes off or stays behind while walking, with a worsening
    ("my right trainer keeps slipping off when i walk and its getting worse", WORSE),
    ("i keep walking out of my left slipper, worse than last week", WORSE),
    ("the flip flop on my left side gets left behind when i step. its worse today", WORSE),
    ("i keep losing my sandal when i walk. it is getting worse every day", WORSE),
    ("my crocs keep coming off as i walk, its worse each day", WORSE),
    ("mijn slipper blijft steeds achter als ik loop en het wordt elke dag erger", WORSE),
    ("ik stap telkens uit mijn linkerschoen bij het wandelen, het wordt erger", WORSE),
    ("ik verlies mijn sloef als ik stap. het gaat elke dag wat achteruit", WORSE),
    ("mijn pantoffel blijft op de grond liggen als ik een stap zet, steeds erger", WORSE),
    ("ma chaussure droite reste derriere quand je marche, c'est de pire en pire", WORSE),
    ("je perds ma sandale gauche en marchant, et ca empire", WORSE),
    ("ma tong reste par terre quand j'avance et ca s'aggrave", WORSE),
    ("mon chausson sort tout seul quand je marche, de plus en plus", WORSE),
    # 2. the high step that clears a dropping foot
    ("i have to lift my right knee really high when i walk, like a horse", WORSE),
    ("going up the stairs i need to raise my left knee way up high now", WORSE),
    ("i have to pick my leg up high like a marching soldier to walk", WORSE),
    ("ik moet mijn linkerknie heel hoog optillen als ik de trap op ga", WORSE),
    ("bij het lopen moet ik mijn been extra hoog optrekken, als een soldaat", WORSE),
    ("je dois lever le genou tres haut en marchant, comme un soldat", WORSE),
    ("pour monter l'escalier je suis oblige de lever la jambe droite bien haut", WORSE),
    # 3. a foot that obeys less and less, that feels not one's own and gets worse
    ("my left foot obeys me less and less", WORSE),
    ("my right foot listens to me less every day", WORSE),
    ("my left foot doesnt feel like mine and its getting worse", WORSE),
    ("mijn voet luistert steeds minder", WORSE),
    ("mijn linkervoet gehoorzaamt steeds slechter", WORSE),
    ("mijn rechtervoet voelt niet meer als de mijne en het wordt erger", WORSE),
    ("mon pied m'obeit de moins en moins depuis mardi", WORSE),
    ("mon pied gauche repond de moins en moins", WORSE),
    ("ma jambe droite m'obeit de plus en plus mal", WORSE),
    # 4. the heel stand lost: "that heel", could yesterday and cannot today
    ("today i cant stand on that heel at all", WORSE),
    ("i cant walk on this heel since tuesday", WORSE),
    ("gisteren kon ik nog op mijn hiel staan, vandaag niet meer", WORSE),
    ("vandaag kan ik niet meer op die hiel staan", WORSE),
    ("hier je tenais encore sur le talon, aujourd'hui plus du tout", WORSE),
    ("depuis ce matin je tiens plus sur ce talon", WORSE),
    # 5. the front of the foot lifted with growing trouble
    ("lifting the front of my foot is harder every day", WORSE),
    ("its harder each day to pull my toes up on the right", WORSE),
    ("j'ai du mal a lever la pointe du pied et ca empire", WORSE),
    ("relever le bout du pied devient de plus en plus dur", WORSE),
]

KEPT = [
    # already read: a limb named with the footwear, the lift that grows harder
    ("my shoe keeps coming off my left foot since monday, its getting worse", WORSE),
    ("i can lift my toes up less and less", WORSE),
    ("yesterday i could still stand on my heel, today i cant", WORSE),
    ("ik krijg mijn tenen steeds moeilijker omhoog", WORSE),
    ("mijn voorvoet optillen lukt steeds slechter", WORSE),
    ("ik kan niet op mijn hiel staan", WORSE),
    ("couldnt stand on the left heel this morning", WORSE),
    ("j'ai de plus en plus de mal a relever la pointe du pied", WORSE),
    ("je n'arrive pas a tenir sur le talon gauche", WORSE),
    ("ik moet mijn knie heel hoog optrekken bij het lopen, anders blijft mijn voet haken", WORSE),
    # footwear falling off with no course told (round 27O): no red flag
    ("my sandal keeps falling off", {}),
    ("mijn slipper valt steeds af als ik loop", {}),
    ("ma sandale tombe quand je marche", {}),
    # a shoe lost in mud or snow, slippers too big, with a worse back
    ("lost my shoe in the mud on the dog walk and my back pain is getting worse", {}),
    ("my boot got stuck in the snow and came off, the back is worse today", {}),
    ("my new slippers are too big, i keep walking out of them. the back pain is getting worse", {}),
    ("mijn schoen bleef in de modder steken bij het wandelen, de rugpijn wordt erger", {}),
    ("mijn pantoffels zijn te groot, ik verlies ze steeds als ik loop. de rugpijn wordt erger", {}),
    ("j'ai perdu ma botte dans la boue en marchant, le mal de dos empire", {}),
    ("mes pantoufles sont trop grandes, je les perds en marchant, et le dos empire", {}),
    # high knees as a drill
    ("at football we do high knees as a warm up drill and my back gets worse after", {}),
    ("bij de training doen we knieheffen als opwarming, mijn rugpijn wordt erger", {}),
    ("a l'entrainement on fait des montees de genoux, et le mal de dos empire", {}),
    # a foot asleep after sitting
    ("my foot went to sleep after sitting on the loo for ages", {}),
    ("my foot feels like its not mine after sitting cross legged, it gets worse when i sit", {}),
    ("mijn voet sliep na lang zitten op de bank", {}),
    ("mon pied s'est endormi apres etre reste assis longtemps", {}),
    # one leg weak and not getting worse
    ("my left leg is weak but its not getting worse", {}),
    ("mijn linkerbeen is zwak maar het wordt niet erger", {}),
    ("ma jambe gauche est faible mais ca ne s'aggrave pas", {}),
    ("i keep losing my slipper when i walk but its not getting worse", {}),
    # obeying, heels and knees of something else
    ("my dog obeys me less and less", {}),
    ("mijn hond luistert steeds minder", {}),
    ("mon chien m'obeit de moins en moins", {}),
    ("i cant wear high heels anymore because of my back", {}),
    # a fall stays trauma
    ("my shoe came off and i fell down the stairs", TRAUMA),
    ("mijn slipper bleef haken en ik viel van de trap", TRAUMA),
    ("ma chaussure est restee coincee et je suis tombe dans l'escalier", TRAUMA),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
