"""Session 37, round B (issue 12): a fall told as the landing on the floor or the ground, after a near fall too.

A fall told by where the body ended up, the floor or the ground, was not read as trauma when the landing had no "i" right
before it or followed a near fall ("i almost tripped over the dog and landed on the floor", "nearly went over on the stairs,
ended up on the floor"), when it was told with "landed" or "ended" alone ("i landed on the floor of the bathroom"), by the
Dutch "op de grond beland", "kwam op de vloer terecht", "belandde op de grond", "op mijn gat beland" or "bijna gevallen, ik lag
op de vloer / lag ik plat", or by the French "je me suis retrouve au sol", "j'ai atterri / fini / termine par terre, au sol" or
"j'ai failli tomber, j'etais par terre". The rule: a near fall is no trauma only when the person did not end up on the floor.
Changed: the packs' TRAUMA_PATTERNS (bot/lang/en, nl, fr redflags.py, the session 37B block at the end): the landing told by
the patient (i, we, at the start) or after "and", "then", a comma; the near fall then the state on the floor or the ground. In
nl, the NOT_A_FALL entry for "bijna" inside the fall itself no longer takes a match that ends in the landing.

Kept: a near fall with no landing ("almost fell but caught myself", "bijna gevallen maar kon me nog vastgrijpen", "j'ai failli
tomber mais je me suis rattrapee"), the landing denied, lying on the floor on purpose (stretching, sleeping, exercises), picking
a thing up off the floor, a thing or a child that landed there, the falls already read.
"""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

T = {"onset": "trauma"}
CHANGED = [
    # en
    ("i landed on the floor of the bathroom yesterday, back has been bad since", T),
    ("we landed on the ground when the ladder slipped", T),
    ("i almost tripped over the dog and landed on the floor", T),
    ("nearly went over on the stairs, ended up on the floor of the landing", T),
    ("i nearly slipped on the ice and i was flat on the ground", T),
    ("i almost lost my balance and was lying on the floor", T),
    ("i almost fell over then wound up on the ground", T),
    ("practically fell out of the shower, i was on the floor in a heap", T),
    ("i almost went over on the wet deck and ended on the ground", T),
    # nl, Flemish too
    ("ik ben op de vloer beland in de badkamer", T),
    ("ik ben ne keer op de grond beland met de fiets", T),
    ("ik belandde op de grond naast de fiets", T),
    ("ik kwam op de vloer terecht toen ik de trap afging", T),
    ("ik ben bijna uitgegleden en kwam op de vloer terecht", T),
    ("ik ben bijna gestruikeld, ik lag op de grond", T),
    ("ik viel bijna en lag op de grond in de keuken", T),
    ("bijna gevallen en op mijn gat beland, nu pijn in de rug", T),
    ("bijna uitgegleden en lag ik plat", T),
    # fr
    ("je me suis retrouvé au sol après avoir glissé", T),
    ("j'ai presque glissé et je me suis retrouvée au sol", T),
    ("j'ai atterri au sol en descendant l'escalier", T),
    ("j'ai failli tomber et j'ai atterri par terre", T),
    ("j'ai failli chuter, j'ai terminé au sol", T),
    ("j'ai fini au sol dans la salle de bain", T),
    ("j'ai failli tomber et j'étais au sol", T),
    ("presque tombé dans la cuisine, j'étais par terre", T),
]
KEPT = [
    # a near fall with no landing
    ("i nearly fell on the stairs but caught myself on the rail", {}),
    ("i almost fell but i was fine", {}),
    ("i almost fell but never ended up on the ground", {}),
    ("i almost fell but i was not on the floor", {}),
    ("ik ben bijna uitgegleden maar kon me nog aan de kast vastgrijpen", {}),
    ("bijna gevallen maar ik ben niet op de grond beland", {}),
    ("ik ben niet op de grond beland", {}),
    ("j'ai failli tomber dans l'escalier mais je me suis rattrapée", {}),
    ("j'ai failli tomber mais je ne me suis pas retrouvé au sol", {}),
    ("je ne me suis pas retrouvée par terre", {}),
    # lying there on purpose, a thing picked up, a thing or another who landed
    ("i lie on the floor every evening to stretch my back", {}),
    ("i sleep on the floor since the mattress hurts", {}),
    ("i nearly fell asleep on the floor", {}),
    ("i bent down to get a pen off the floor", {}),
    ("the ball landed on the floor", {}),
    ("my phone slipped and landed on the floor", {}),
    ("i landed on my feet", {}),
    ("ik lig graag op de vloer om mijn rug te rekken", {}),
    ("ik kwam op de grond zitten om te spelen met de kleine", {}),
    ("je fais mes étirements allongée par terre", {}),
    ("je me retrouve au sol pour faire mes étirements", {}),
    ("le verre a atterri par terre", {}),
    ("mon fils a atterri par terre", {}),
    ("j'ai ramassé un papier par terre", {}),
    # the falls already read
    ("i tripped and ended up on the floor", T),
    ("i ended up on the ground", T),
    ("ik ben bijna gevallen en ben toch op de vloer terechtgekomen", T),
    ("ik ben op de grond gevallen", T),
    ("j'ai failli tomber et je me suis retrouvé par terre dans la cuisine", T),
    ("je me suis retrouvé par terre", T),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
